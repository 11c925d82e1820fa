#!/usr/bin/env python3
"""Eigenvector-centrality fixtures for the graphs where power iteration is slow or ambiguous.

Run from the repository root:

    python3 Scripts/reference/eigenvector_fixtures.py

Needs networkx, python-igraph, numpy and PyYAML. Writes Tests/RedesTests/Fixtures/eigenvector/NAME.json, one per
graph: the nodes (0..n-1 unless named), the edges [u, v(, weight)], and

    leading        NetworkX `eigenvector_centrality` (power iteration on A + I from the uniform vector, run until
                   its change is below n*tol with max_iter large enough): the leading eigenvector of the whole
                   graph, unit L2 norm; on a disconnected graph zero outside the component with the largest
                   eigenvalue.
    per_component  (disconnected graphs) NetworkX `eigenvector_centrality` on each component of two or more
                   nodes, each with unit norm; isolates 0.
    cross_check    the largest difference from a dense LAPACK eigendecomposition (numpy.linalg.eigh; exact up to
                   about 1e-16 / spectral gap) and from igraph's ARPACK `eigenvector_centrality`, rescaled to unit
                   norm. The script fails if either exceeds 1e-9.

The graphs are the cases power iteration handles badly: paths of 150 and 300 nodes (spectral gap 3 pi^2 / n^2),
an even cycle, a grid and complete bipartite graphs (eigenvalues +-lambda), a star, a graph whose weights span
1e-3..1e3 (its most negative eigenvalue is -0.9999 lambda_1), a directed strongly connected graph (left
eigenvector, NetworkX's in-orientation), disconnected graphs (one dominant component; two tied components, where
NetworkX's limit from the uniform vector weights each tied Perron vector p_c by sum(p_c) and igraph picks one) and
the bundled network (Networks/antofagasta-tp.yaml; NetworkX at tol 1e-12, as issue 16 asks). Deterministic: fixed
seeds; two runs give identical files.
"""

import json
import os
import random
import sys
import warnings
from pathlib import Path

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import igraph as ig  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_fixtures import antofagasta  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "RedesTests" / "Fixtures" / "eigenvector"
TOL = 1e-9


def weighted_wide():
    """The largest component of G(200, 600), seed 3, weights 10^U(-3, 3) (seed 1)."""
    rng = random.Random(1)
    G = nx.gnm_random_graph(200, 600, seed=3)
    G = nx.convert_node_labels_to_integers(G.subgraph(max(nx.connected_components(G), key=len)).copy())
    for u, v in sorted(G.edges()):
        G[u][v]["weight"] = 10 ** rng.uniform(-3, 3)
    return G


def directed_strong():
    """The largest strongly connected component of a directed G(80, 0.06), seed 5."""
    D = nx.gnp_random_graph(80, 0.06, seed=5, directed=True)
    core = max(nx.strongly_connected_components(D), key=len)
    return nx.convert_node_labels_to_integers(D.subgraph(sorted(core)).copy())


def disconnected():
    """K5, a 10-path, a 6-star and three isolates, node labels interleaved (seed 2)."""
    parts = [nx.complete_graph(5), nx.path_graph(10), nx.star_graph(6)]
    G = nx.disjoint_union_all(parts)
    G.add_nodes_from(range(G.number_of_nodes(), G.number_of_nodes() + 3))
    labels = list(range(G.number_of_nodes()))
    random.Random(2).shuffle(labels)
    H = nx.Graph()
    H.add_nodes_from(range(G.number_of_nodes()))
    H.add_edges_from((labels[u], labels[v]) for u, v in G.edges())
    return H


def tied():
    """Two triangles, an edge and an isolate: the largest eigenvalue (2) is shared by the two triangles."""
    G = nx.Graph()
    G.add_nodes_from(range(9))
    G.add_edges_from([(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (6, 7)])
    return G


GRAPHS = [
    ("path150", "Path graph of 150 nodes (spectral gap 1.3e-3).", nx.path_graph(150), None, 1e-15),
    ("path300", "Path graph of 300 nodes (spectral gap 3.3e-4).", nx.path_graph(300), None, 1e-15),
    ("cycle200", "Even cycle of 200 nodes (bipartite; the leading eigenvector is uniform).", nx.cycle_graph(200), None, 1e-15),
    ("grid12x25", "12 x 25 grid (bipartite, 300 nodes).", nx.convert_node_labels_to_integers(nx.grid_2d_graph(12, 25)), None, 1e-15),
    ("star200", "Star with 200 leaves (bipartite; eigenvalues +-sqrt(200)).", nx.star_graph(200), None, 1e-15),
    ("k3-7", "Complete bipartite graph K(3,7).", nx.complete_bipartite_graph(3, 7), None, 1e-15),
    ("k20-50", "Complete bipartite graph K(20,50).", nx.complete_bipartite_graph(20, 50), None, 1e-14),
    ("weighted-wide", "Largest component of G(200, 600) (seed 3), weights 10^U(-3,3) (seed 1): "
     "lambda_n = -0.9999 lambda_1.", weighted_wide(), "weight", 3e-15),
    ("directed-strong", "Largest strongly connected component of a directed G(80, 0.06) (seed 5): left "
     "eigenvector (x_v proportional to the sum over in-neighbours).", directed_strong(), None, 1e-15),
    ("disconnected", "K5, a 10-path, a 6-star and 3 isolates, labels shuffled (seed 2): K5 dominates (lambda 4).",
     disconnected(), None, 1e-15),
    ("tied", "Two triangles, an edge and an isolate: the two triangles share the largest eigenvalue 2.", tied(), None, 1e-15),
]


def unit(x):
    x = np.asarray(x, dtype=float)
    return x / np.linalg.norm(x)


def networkx_leading(G, weight, tol):
    return nx.eigenvector_centrality(G, weight=weight, max_iter=10**6, tol=tol)


def fixture(name, description, G, weight, tol):
    nodes = list(G)
    pos = {v: i for i, v in enumerate(nodes)}
    directed = G.is_directed()
    leading = networkx_leading(G, weight, tol)
    doc = {
        "name": name,
        "description": description,
        "directed": directed,
        "weighted": weight is not None,
        "networkx_tol": tol,
        "nodes": [str(v) for v in nodes],
        "edges": [[pos[u], pos[v]] + ([d[weight]] if weight else []) for u, v, d in G.edges(data=True)],
        "leading": [leading[v] for v in nodes],
        "versions": {"networkx": nx.__version__, "igraph": ig.__version__, "numpy": np.__version__},
    }
    cross = {}
    A = nx.to_numpy_array(G, nodelist=nodes, weight=weight)
    connected = nx.is_strongly_connected(G) if directed else nx.is_connected(G)
    if directed:
        w, V = np.linalg.eig(A.T)
        top = np.argmax(w.real)
        x = V[:, top].real
    else:
        w, V = np.linalg.eigh(A)
        top = len(w) - 1
        x = V[:, top]
    tied_top = not directed and w[-1] - w[-2] <= 1e-9 * w[-1]
    if not tied_top:
        dense = unit(x * np.sign(x.sum()))
        cross["leading_vs_dense"] = float(np.max(np.abs(dense - doc["leading"])))
        g = ig.Graph(n=len(nodes), edges=[(pos[u], pos[v]) for u, v in G.edges()], directed=directed)
        ig.set_random_number_generator(random.Random(0))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            weights = [d[weight] for _, _, d in G.edges(data=True)] if weight else None
            ev = unit(g.eigenvector_centrality(directed=True, weights=weights))
        cross["leading_vs_igraph"] = float(np.max(np.abs(ev - doc["leading"])))
    else:
        # NetworkX's limit from the uniform vector: each tied Perron vector weighted by its sum.
        tied_values = np.zeros(len(nodes))
        for component in nx.connected_components(G):
            S = G.subgraph(component)
            if S.number_of_edges() == 0:
                continue
            sub = [pos[v] for v in S]
            wc, Vc = np.linalg.eigh(A[np.ix_(sub, sub)])
            if wc[-1] >= w[-1] * (1 - 1e-9):
                p = Vc[:, -1] * np.sign(Vc[:, -1].sum())
                tied_values[sub] = p.sum() * p
        cross["leading_vs_tied_formula"] = float(np.max(np.abs(unit(tied_values) - doc["leading"])))
        cross["igraph"] = "not compared: igraph picks one of the tied components, depending on its random start"
    cross["spectral_gap"] = float(w.real[np.argsort(-w.real)][0] - w.real[np.argsort(-w.real)][1])
    if not connected:
        per = np.zeros(len(nodes))
        dense_per = np.zeros(len(nodes))
        for component in nx.connected_components(G):
            S = G.subgraph(component)
            if S.number_of_edges() == 0:
                continue
            values = networkx_leading(S, weight, tol)
            for v in S:
                per[pos[v]] = values[v]
            sub = [pos[v] for v in S]
            wc, Vc = np.linalg.eigh(A[np.ix_(sub, sub)])
            dense_per[sub] = unit(Vc[:, -1] * np.sign(Vc[:, -1].sum()))
        doc["per_component"] = list(map(float, per))
        cross["per_component_vs_dense"] = float(np.max(np.abs(dense_per - per)))
    for key, value in cross.items():
        if "_vs_" in key:
            assert value <= TOL, f"{name}: {key} = {value}"
    doc["cross_check"] = cross
    return doc


def bundled():
    """The bundled network's actor graph, unweighted and weighted, NetworkX at tol 1e-12."""
    net = antofagasta()
    G = net.G
    nodes = list(G)
    pos = {v: i for i, v in enumerate(nodes)}
    doc = {
        "name": "antofagasta",
        "description": "Actor graph of Networks/antofagasta-tp.yaml (3 components: 25, 4 and 1 actors), as "
                       "make_fixtures.py builds it. NetworkX eigenvector_centrality, power iteration, tol 1e-12.",
        "nodes": nodes,
        "versions": {"networkx": nx.__version__, "igraph": ig.__version__, "numpy": np.__version__},
        "cross_check": {},
    }
    g = ig.Graph(n=len(nodes), edges=[(pos[u], pos[v]) for u, v in G.edges()])
    for variant, weight in [("unweighted", None), ("weighted", "weight")]:
        values = nx.eigenvector_centrality(G, weight=weight, max_iter=10**6, tol=1e-12)
        doc[variant] = {v: values[v] for v in nodes}
        ig.set_random_number_generator(random.Random(0))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            ev = unit(g.eigenvector_centrality(weights=[d["weight"] for _, _, d in G.edges(data=True)] if weight else None))
        difference = float(np.max(np.abs(ev - [values[v] for v in nodes])))
        assert difference <= TOL, f"antofagasta {variant}: igraph differs by {difference}"
        doc["cross_check"][f"{variant}_vs_igraph"] = difference
    return doc


def write(doc):
    text = json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False, allow_nan=False) + "\n"
    (OUT / f"{doc['name']}.json").write_text(text, encoding="utf-8")
    worst = max((v for k, v in doc["cross_check"].items() if "_vs_" in k and isinstance(v, float)), default=0.0)
    print(f"{doc['name']}: max cross-check difference {worst:.3g}")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[1:])
    for name, description, G, weight, tol in GRAPHS:
        if not only or name in only:
            write(fixture(name, description, G, weight, tol))
    if not only or "antofagasta" in only:
        write(bundled())


if __name__ == "__main__":
    main()
