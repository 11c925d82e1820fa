#!/usr/bin/env python3
"""Reference fixture for `redes sensitivity --missing-respondents`: the diagnosis without the answers of every
k-subset of survey respondents, computed with NetworkX and SciPy.

Run from the repository root:

    python3 Scripts/reference/missing_respondents.py

Needs Python 3 with networkx, scipy and pyyaml.  It READS Tests/RedesTests/Fixtures/survey/red-8-encuesta.yaml (the
eight-actor survey fixture joined to its map by `redes survey import`) and WRITES
Tests/RedesTests/Fixtures/survey/missing-respondents.json.

Model (docs/survey.md): the actor graph joins every pair of members of an arrangement and the ends of every tie
(undirected, unweighted). The respondents are the actors named by the `respondents` of the `reported` ties, in file
order. Removing a subset S drops every reported tie whose respondents all lie in S. For every k-subset of the
respondents (itertools.combinations order, k = 2 of 7), on the remaining graph:
* betweenness: nx.betweenness_centrality (normalized); degree: number of neighbours; closeness:
  nx.closeness_centrality (Wasserman-Faust improved);
* the Spearman correlation of each with the full graph's (scipy.stats.spearmanr, average ranks; null when constant);
* F = 1 - sum_c s_c (s_c - 1) / (n (n - 1)); DF = 1 - sum_{i != j} (1/d_ij) / (n (n - 1)) (Borgatti 2006);
* ties_lost: the number of reported ties dropped.
Deterministic output (sorted keys, indent=1).
"""
import itertools, json, os
import networkx as nx
import yaml
from scipy.stats import spearmanr

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
SURVEY = os.path.join(ROOT, 'Tests', 'RedesTests', 'Fixtures', 'survey')
K = 2


def graph(ids, arrangements, ties):
    position = {v: i for i, v in enumerate(ids)}
    g = nx.Graph()
    g.add_nodes_from(range(len(ids)))
    for a in arrangements:
        for u, v in itertools.combinations(a['members'], 2):
            g.add_edge(position[u], position[v])
    for t in ties:
        g.add_edge(position[t['source']], position[t['target']])
    return g


def fragmentation(g):
    n = g.number_of_nodes()
    return 1 - sum(len(c) * (len(c) - 1) for c in nx.connected_components(g)) / (n * (n - 1))


def distance_fragmentation(g):
    n = g.number_of_nodes()
    total = 0.0
    for _, lengths in nx.all_pairs_shortest_path_length(g):
        total += sum(1 / d for d in lengths.values() if d > 0)
    return 1 - total / (n * (n - 1))


def measures(g):
    n = g.number_of_nodes()
    b = nx.betweenness_centrality(g, normalized=True)
    c = nx.closeness_centrality(g)
    return ([b[v] for v in range(n)], [float(g.degree(v)) for v in range(n)], [c[v] for v in range(n)])


def rho(x, y):
    if len(set(x)) < 2 or len(set(y)) < 2:
        return None
    return float(spearmanr(x, y).statistic)


def main():
    with open(os.path.join(SURVEY, 'red-8-encuesta.yaml')) as f:
        network = yaml.safe_load(f)
    ids = [a['id'] for a in network['actors']]
    arrangements = network.get('arrangements', [])
    ties = network.get('ties', [])
    reported = [t for t in ties if t['evidence']['status'] == 'reported']
    respondents = sorted({r for t in reported for r in t['evidence']['respondents']}, key=ids.index)
    full = measures(graph(ids, arrangements, ties))
    runs = []
    for removed in itertools.combinations(respondents, K):
        lost = [t for t in reported if set(t['evidence']['respondents']) <= set(removed)]
        g = graph(ids, arrangements, [t for t in ties if t not in lost])
        b, d, c = measures(g)
        runs.append({'removed': list(removed), 'ties_lost': len(lost),
                     'fragmentation': fragmentation(g), 'distance_fragmentation': distance_fragmentation(g),
                     'betweenness_rank_correlation': rho(full[0], b), 'degree_rank_correlation': rho(full[1], d),
                     'closeness_rank_correlation': rho(full[2], c)})
    out = {'respondents': respondents, 'removed_per_run': K, 'runs': runs}
    with open(os.path.join(SURVEY, 'missing-respondents.json'), 'w') as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write('\n')


if __name__ == '__main__':
    main()
