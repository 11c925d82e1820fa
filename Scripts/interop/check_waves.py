#!/usr/bin/env python3
"""Checks what `redes waves` writes, the way the longitudinal tools read it:

* the dynamic GEXF opens in NetworkX's read_gexf as a dynamic graph, every node and edge with its spells, and the
  spells agree with the RSiena files (an actor is in wave k exactly when one of its spells holds k; a pair is linked
  in wave k exactly when the wave's matrix has a 1 there);
* every wave-K.dat is an n × n matrix of 0/1 with n the lines of actors.csv, in the same actor order as the GEXF;
  composition.dat has one line per actor whose intervals hold the waves the actor is in;
* with --network FILE.yaml --at D1 D2 …, the matrices equal an independent computation from the YAML file (pyyaml):
  the network as it stands on each date — an element is there when its period shares a day with the date's span
  (a year, a month or a day; open ends reach as far as they must), a tie when both its ends are there too — then the
  actor graph (every pair of members of an arrangement, and the ties).

Usage: check_waves.py WAVES.gexf SIENA_FOLDER [--network FILE.yaml --at D1 D2 …]
Exit status 0 when every check holds; prints what failed otherwise.
"""
import argparse
import calendar
import csv
import sys
from pathlib import Path

import networkx as nx


def span(text):
    """The first and last day of the span a date names, as (y, m, d) tuples."""
    parts = [int(p) for p in str(text).split("-")]
    year = parts[0]
    month_first, month_last = (parts[1], parts[1]) if len(parts) > 1 else (1, 12)
    day_first = parts[2] if len(parts) > 2 else 1
    day_last = parts[2] if len(parts) > 2 else calendar.monthrange(year, month_last)[1]
    return (year, month_first, day_first), (year, month_last, day_last)


def overlaps(period, date):
    if not period:
        return True
    first, last = span(date)
    if period.get("start") is not None and span(period["start"])[0] > last:
        return False
    if period.get("end") is not None and span(period["end"])[1] < first:
        return False
    return True


def expected_matrix(network, date, order, directed):
    present = {a["id"] for a in network["actors"] if overlaps(a.get("period"), date)}
    index = {actor: i for i, actor in enumerate(order)}
    n = len(order)
    matrix = [[0] * n for _ in range(n)]

    def link(u, v):
        matrix[index[u]][index[v]] = 1
        if not directed:
            matrix[index[v]][index[u]] = 1

    for arrangement in network.get("arrangements", []):
        if not overlaps(arrangement.get("period"), date):
            continue
        members = [m for m in arrangement["members"] if m in present]
        for i, u in enumerate(members):
            for v in members[i + 1:]:
                link(u, v)
                if directed:
                    link(v, u)
    for tie in network.get("ties", []):
        if overlaps(tie.get("period"), date) and tie["source"] in present and tie["target"] in present:
            link(tie["source"], tie["target"])
    return matrix, present


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("gexf")
    parser.add_argument("siena")
    parser.add_argument("--network")
    parser.add_argument("--at", nargs="*", default=[])
    args = parser.parse_args()
    problems = []
    graph = nx.read_gexf(args.gexf)
    if graph.graph.get("mode") != "dynamic":
        problems.append(f"the GEXF is not dynamic: {graph.graph}")
    folder = Path(args.siena)
    with open(folder / "actors.csv") as f:
        order = [row["id"] for row in csv.DictReader(f)]
    waves = sorted(folder.glob("wave-*.dat"), key=lambda p: int(p.stem.split("-")[1]))
    count = len(waves)
    if list(graph.nodes()) != order:
        problems.append("the GEXF's nodes are not in the order of actors.csv")
    matrices = []
    for path in waves:
        rows = [[int(x) for x in line.split()] for line in path.read_text().splitlines()]
        if len(rows) != len(order) or any(len(r) != len(order) for r in rows) or any(x not in (0, 1) for r in rows for x in r):
            problems.append(f"{path.name}: not a {len(order)} × {len(order)} matrix of 0 and 1")
        matrices.append(rows)
    composition = [line.split() for line in (folder / "composition.dat").read_text().splitlines()]
    if len(composition) != len(order):
        problems.append(f"composition.dat has {len(composition)} lines for {len(order)} actors")

    def held(spells, k):
        return any(float(s) <= k <= float(e) for s, e in spells)

    directed = graph.is_directed()
    for i, actor in enumerate(order):
        spells = graph.nodes[actor].get("spells")
        if not spells:
            problems.append(f"{actor}: no spells")
            continue
        times = [float(x) for x in composition[i]] if i < len(composition) else []
        intervals = list(zip(times[0::2], times[1::2]))
        for k in range(1, count + 1):
            if held(spells, k) != any(s <= k <= e for s, e in intervals):
                problems.append(f"{actor}: wave {k}: GEXF spells and composition.dat disagree")
    index = {actor: i for i, actor in enumerate(order)}
    linked = {}
    for u, v, data in graph.edges(data=True):
        spells = data.get("spells")
        if not spells:
            problems.append(f"{u}–{v}: no spells")
            continue
        linked[(u, v)] = spells
    for k, rows in enumerate(matrices, start=1):
        for (u, v), spells in linked.items():
            if held(spells, k) != (rows[index[u]][index[v]] == 1):
                problems.append(f"{u}–{v}: wave {k}: GEXF spells and wave-{k}.dat disagree")
        ones = sum(map(sum, rows))
        in_gexf = sum(1 for spells in linked.values() if held(spells, k)) * (1 if directed else 2)
        if ones != in_gexf:
            problems.append(f"wave-{k}.dat has {ones} ones; the GEXF links {in_gexf} in wave {k}")
    if args.network:
        import yaml
        network = yaml.safe_load(Path(args.network).read_text())
        if len(args.at) != count:
            problems.append(f"{len(args.at)} dates for {count} waves")
        for k, date in enumerate(args.at, start=1):
            expected, present = expected_matrix(network, date, order, network.get("directed", False))
            if matrices[k - 1] != expected:
                problems.append(f"wave {k} ({date}): the matrix differs from the network as it stands on {date}")
            for actor in order:
                if held(graph.nodes[actor]["spells"], k) != (actor in present):
                    problems.append(f"{actor}: wave {k} ({date}): presence differs")
    for problem in problems:
        print(problem)
    print(f"{args.gexf}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, {count} waves "
          f"({'checked against ' + args.network if args.network else 'GEXF and RSiena files agree'}): "
          f"{'ok' if not problems else f'{len(problems)} problems'}")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
