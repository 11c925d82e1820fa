#!/usr/bin/env python3
"""Checks a GEXF written by `redes convert NETWORK FILE.gexf --with-metrics` the way a Gephi user would open it:
NetworkX's read_gexf must give every node a colour, a position and a size (the viz module), and every per-actor
metric as a node attribute. The metrics are compared with NetworkX's own values on the same graph (degree, normalised
betweenness, core number), so the check is against an independent reference, not against Redes.

Usage: check_gexf_viz.py FILE.gexf   (exit status 0 when every check holds; prints what failed otherwise)
"""
import math
import sys

import networkx as nx

OKABE_ITO = {(0xE6, 0x9F, 0x00), (0x56, 0xB4, 0xE9), (0x00, 0x9E, 0x73), (0xF0, 0xE4, 0x42), (0x00, 0x72, 0xB2),
             (0xD5, 0x5E, 0x00), (0xCC, 0x79, 0xA7), (0x99, 0x99, 0x99), (0xDD, 0xDD, 0xDD)}
METRICS = ["degree", "betweenness", "closeness", "pagerank", "core_number", "constraint", "effective_size", "brokerage"]


def main(path):
    graph = nx.read_gexf(path)
    problems = []
    positions = set()
    colour_of_bloc = {}
    for node, data in graph.nodes(data=True):
        viz = data.get("viz", {})
        colour = viz.get("color", {})
        rgb = (colour.get("r"), colour.get("g"), colour.get("b"))
        if rgb not in OKABE_ITO:
            problems.append(f"{node}: colour {rgb} is not of the bloc palette")
        bloc = data.get("bloc")
        if bloc is not None and colour_of_bloc.setdefault(bloc, rgb) != rgb:
            problems.append(f"{node}: bloc {bloc} drawn in two colours")
        position = viz.get("position", {})
        x, y = position.get("x"), position.get("y")
        if not (isinstance(x, float) and isinstance(y, float) and math.isfinite(x) and math.isfinite(y)):
            problems.append(f"{node}: no position ({position})")
        else:
            positions.add((x, y))
        size = viz.get("size")
        if not (isinstance(size, float) and size > 0):
            problems.append(f"{node}: no size ({size})")
        for metric in METRICS:
            # Burt's measures are undefined for an isolate (NetworkX gives nan): left out, as the analysis leaves them.
            if metric in ("constraint", "effective_size") and data.get("degree") == 0.0 and metric not in data:
                continue
            if not isinstance(data.get(metric), float):
                problems.append(f"{node}: metric {metric} missing ({data.get(metric)!r})")
    if len(positions) != graph.number_of_nodes():
        problems.append("two nodes share a position")
    # The metrics against NetworkX on the same (undirected, unweighted) graph.
    simple = nx.Graph(graph)
    betweenness = nx.betweenness_centrality(simple, normalized=True)
    cores = nx.core_number(simple)
    for node, data in graph.nodes(data=True):
        if data.get("degree") != float(simple.degree(node)):
            problems.append(f"{node}: degree {data.get('degree')}, NetworkX {simple.degree(node)}")
        if abs(data.get("betweenness", -1) - betweenness[node]) > 1e-9:
            problems.append(f"{node}: betweenness {data.get('betweenness')}, NetworkX {betweenness[node]}")
        if data.get("core_number") != float(cores[node]):
            problems.append(f"{node}: core number {data.get('core_number')}, NetworkX {cores[node]}")
    for problem in problems:
        print(problem)
    print(f"{path}: {graph.number_of_nodes()} nodes with colour, position, size and {len(METRICS)} metrics checked: "
          f"{'ok' if not problems else f'{len(problems)} problems'}")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
