#!/usr/bin/env python3
"""Reference fixtures for `redes compare`: two mappings of one network (two waves), generated with a fixed seed, and
what changed between them, computed directly with NetworkX — independent of Redes.

Run from the repository root:

    python3 Scripts/reference/compare_fixtures.py

Needs Python 3 with networkx (3.6.1 here).  WRITES, for NAME in `undirected` and `directed`,
Tests/RedesTests/Fixtures/compare/NAME-a.edges.csv, NAME-a.nodes.csv, NAME-b.edges.csv, NAME-b.nodes.csv (the two
mappings: `source,target,weight` and `id,bloc`) and NAME.json (what changed).  Output is deterministic (random.Random
with a fixed seed, JSON with sorted keys); running it twice gives byte-identical files.

The two mappings
----------------
A: 40 nodes `n00`…`n39` with a bloc among p, q, r, s, and 90 edges (networkx.gnm_random_graph, seed 18; for
`directed`, a gnm directed graph with 110 arcs), each with an integer weight 1–3.
B: A with 4 nodes removed (with their edges), 5 new nodes `m0`…`m4` each tied to 2–4 nodes of A, 15 edges of A
removed, 12 new edges among A's remaining nodes, and the weight of 5 kept edges changed.  A node keeps its bloc.

What is computed (NetworkX on the graphs as read back from the CSV files)
------------------------------------------------------------------------
* actors: entered (in B only), left (A only), stayed (both), sorted ids.
* links: an undirected edge is the unordered pair {u, v}; a directed one the ordered pair (u, v).  gained = edges of
  B not in A, lost = edges of A not in B, kept = in both (over all nodes).
* stability, on the nodes present in both (common): N11 = edges among common nodes in both graphs, N01 = in B only,
  N10 = in A only; jaccard = N11 / (N11 + N01 + N10); hamming = N01 + N10 (Snijders, van de Bunt & Steglich 2010).
* by_bloc_pair: for each unordered pair of blocs (sorted by bloc name), the gained / lost / kept edges whose ends
  have those blocs.
* weight_changes: edges in both graphs whose weight differs: [u, v, weight in A, weight in B] (u, v as in A).
* degree: G.degree(v) (in + out for a directed graph; unweighted) in A and in B, for every node of either graph
  (null where absent); degree_delta = B − A for the common nodes.
* betweenness: networkx.betweenness_centrality(G, normalized=True) (unweighted), in A and B for the common nodes.
"""

import csv
import json
import random
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "RedesTests" / "Fixtures" / "compare"
BLOCS = ["p", "q", "r", "s"]


def make_pair(directed, seed):
    rng = random.Random(seed)
    n = 40
    base = nx.gnm_random_graph(n, 110 if directed else 90, seed=seed, directed=directed)
    a = nx.DiGraph() if directed else nx.Graph()
    names = [f"n{i:02d}" for i in range(n)]
    bloc = {name: rng.choice(BLOCS) for name in names}
    for name in names:
        a.add_node(name, bloc=bloc[name])
    for u, v in base.edges():
        a.add_edge(names[u], names[v], weight=rng.randint(1, 3))
    b = a.copy()
    removed_nodes = rng.sample(names, 4)
    b.remove_nodes_from(removed_nodes)
    edges = sorted(b.edges())
    for u, v in rng.sample(edges, 15):
        b.remove_edge(u, v)
    remaining = sorted(b.nodes())
    added = 0
    while added < 12:
        u, v = rng.sample(remaining, 2)
        if not b.has_edge(u, v) and not a.has_edge(u, v):
            b.add_edge(u, v, weight=rng.randint(1, 3))
            added += 1
    for i in range(5):
        name = f"m{i}"
        bloc[name] = rng.choice(BLOCS)
        b.add_node(name, bloc=bloc[name])
        for v in rng.sample(remaining, rng.randint(2, 4)):
            if directed and rng.random() < 0.5:
                b.add_edge(v, name, weight=rng.randint(1, 3))
            else:
                b.add_edge(name, v, weight=rng.randint(1, 3))
    kept = sorted(set(a.edges()) & set(b.edges()))
    for u, v in rng.sample(kept, 5):
        b[u][v]["weight"] = b[u][v]["weight"] % 3 + 1
    return a, b


def write(graph, stem):
    with open(OUT / f"{stem}.edges.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "weight"])
        for u, v, data in sorted(graph.edges(data=True)):
            w.writerow([u, v, data["weight"]])
    with open(OUT / f"{stem}.nodes.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "bloc"])
        for node, data in sorted(graph.nodes(data=True)):
            w.writerow([node, data["bloc"]])


def read(stem, directed):
    graph = nx.DiGraph() if directed else nx.Graph()
    with open(OUT / f"{stem}.nodes.csv") as f:
        for row in csv.DictReader(f):
            graph.add_node(row["id"], bloc=row["bloc"])
    with open(OUT / f"{stem}.edges.csv") as f:
        for row in csv.DictReader(f):
            graph.add_edge(row["source"], row["target"], weight=float(row["weight"]))
    return graph


def link(graph, u, v):
    return (u, v) if graph.is_directed() or u <= v else (v, u)


def links(graph):
    return {link(graph, u, v) for u, v in graph.edges()}


def reference(a, b):
    nodes_a, nodes_b = set(a.nodes()), set(b.nodes())
    common = nodes_a & nodes_b
    la, lb = links(a), links(b)
    within = lambda ls: {e for e in ls if e[0] in common and e[1] in common}
    ca, cb = within(la), within(lb)
    n11, n01, n10 = len(ca & cb), len(cb - ca), len(ca - cb)
    bloc = {**nx.get_node_attributes(a, "bloc"), **nx.get_node_attributes(b, "bloc")}
    by_pair = {}
    for label, edges in (("gained", lb - la), ("lost", la - lb), ("kept", la & lb)):
        for u, v in edges:
            key = "|".join(sorted([bloc[u], bloc[v]]))
            by_pair.setdefault(key, {"gained": 0, "lost": 0, "kept": 0})[label] += 1
    weight_changes = []
    for u, v in sorted(a.edges()):
        if b.has_edge(u, v) and a[u][v]["weight"] != b[u][v]["weight"]:
            weight_changes.append([u, v, a[u][v]["weight"], b[u][v]["weight"]])
    every = sorted(nodes_a | nodes_b)
    degree_a = {v: (a.degree(v) if v in nodes_a else None) for v in every}
    degree_b = {v: (b.degree(v) if v in nodes_b else None) for v in every}
    bet_a = nx.betweenness_centrality(a, normalized=True)
    bet_b = nx.betweenness_centrality(b, normalized=True)
    return {
        "actors": {"entered": sorted(nodes_b - nodes_a), "left": sorted(nodes_a - nodes_b), "stayed": sorted(common)},
        "links": {"gained": len(lb - la), "lost": len(la - lb), "kept": len(la & lb)},
        "stability": {"common_actors": len(common), "kept": n11, "gained": n01, "lost": n10,
                      "jaccard": n11 / (n11 + n01 + n10), "hamming": n01 + n10},
        "by_bloc_pair": by_pair,
        "weight_changes": weight_changes,
        "degree_a": degree_a,
        "degree_b": degree_b,
        "degree_delta": {v: degree_b[v] - degree_a[v] for v in sorted(common)},
        "betweenness_a": {v: bet_a[v] for v in sorted(common)},
        "betweenness_b": {v: bet_b[v] for v in sorted(common)},
    }


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, directed, seed in (("undirected", False, 18), ("directed", True, 1818)):
        a, b = make_pair(directed, seed)
        write(a, f"{name}-a")
        write(b, f"{name}-b")
        # The reference reads the files back, as Redes does.
        result = reference(read(f"{name}-a", directed), read(f"{name}-b", directed))
        result["directed"] = directed
        with open(OUT / f"{name}.json", "w") as f:
            json.dump(result, f, sort_keys=True, indent=1)
            f.write("\n")
        print(name, result["links"], result["stability"])


if __name__ == "__main__":
    main()
