#!/usr/bin/env python3
"""Reference fixture for key-player ties: how many k-sets reach the best fragmentation F (and distance fragmentation
DF), and which one comes first in file order, by brute force over every k-subset.

Run from the repository root:

    python3 Scripts/reference/keyplayer_ties.py

Needs Python 3 with networkx.  It READS Tests/RedesTests/Fixtures/reference/NAME.nodes.csv and NAME.edges.csv
(node order = nodes.csv order; edges undirected and unweighted, as the key-player search reads them) for NAME in
karate, florentine, antofagasta, random-undirected, and WRITES Tests/RedesTests/Fixtures/decisions/keyplayer-ties.json.

Measures (Borgatti 2006), on the graph without the k removed nodes (n - k nodes), as exact fractions:
* F = 1 - sum_c s_c (s_c - 1) / (m (m - 1)) over the component sizes s_c, m = n - k;
* DF = 1 - sum_{i != j} (1/d_ij) / (m (m - 1)), 1/inf = 0.
A set ties when its value equals the best exactly.  "first" is the lexicographically smallest list of node positions
among the tied sets (itertools.combinations order = file order).  Deterministic output (sorted keys, indent=1).
"""
import csv, itertools, json, os
from fractions import Fraction
import networkx as nx

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
REFERENCE = os.path.join(ROOT, 'Tests', 'RedesTests', 'Fixtures', 'reference')
OUT = os.path.join(ROOT, 'Tests', 'RedesTests', 'Fixtures', 'decisions', 'keyplayer-ties.json')


def graph(name):
    with open(os.path.join(REFERENCE, name + '.nodes.csv')) as f:
        ids = [row['id'] for row in csv.DictReader(f)]
    position = {v: i for i, v in enumerate(ids)}
    g = nx.Graph()
    g.add_nodes_from(range(len(ids)))
    with open(os.path.join(REFERENCE, name + '.edges.csv')) as f:
        for row in csv.DictReader(f):
            g.add_edge(position[row['source']], position[row['target']])
    return g


def fragmentation(h):
    m = h.number_of_nodes()
    if m < 2:
        return Fraction(0)
    return 1 - Fraction(sum(len(c) * (len(c) - 1) for c in nx.connected_components(h)), m * (m - 1))


def distance_fragmentation(h):
    m = h.number_of_nodes()
    if m < 2:
        return Fraction(0)
    total = Fraction(0)
    for _, lengths in nx.all_pairs_shortest_path_length(h):
        total += sum(Fraction(1, d) for d in lengths.values() if d > 0)
    return 1 - total / (m * (m - 1))


def ties(g, k, measure):
    best, count, first = None, 0, None
    for removed in itertools.combinations(range(g.number_of_nodes()), k):
        value = measure(g.subgraph(v for v in g if v not in removed))
        if best is None or value > best:
            best, count, first = value, 1, list(removed)
        elif value == best:
            count += 1
    return {'best': float(best), 'best_exact': f'{best.numerator}/{best.denominator}', 'tied_sets': count, 'first': first}


result = {}
for name in ['karate', 'florentine', 'antofagasta', 'random-undirected']:
    g = graph(name)
    result[name] = {f'F_k{k}': ties(g, k, fragmentation) for k in (1, 2, 3)}
    result[name].update({f'DF_k{k}': ties(g, k, distance_fragmentation) for k in (1, 2)})
with open(OUT, 'w') as f:
    json.dump(result, f, indent=1, sort_keys=True)
    f.write('\n')
