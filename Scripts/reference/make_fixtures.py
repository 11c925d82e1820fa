#!/usr/bin/env python3
"""Generate the reference fixtures that Redes' Swift tests compare against.

Run from the repository root:

    python3 Scripts/reference/make_fixtures.py

Needs Python 3 with networkx (the contract: every expected value comes from NetworkX), python-igraph and numpy
(independent cross-checks), PyYAML (only for the optional `antofagasta` network), and R with the `sna` package
(`apt-get install -y r-cran-sna`), which computes the Freeman centralizations through
Scripts/reference/centralization.R.

It writes, into Tests/RedesTests/Fixtures/reference/, for every network NAME:

    NAME.edges.csv   source,target[,weight]  (undirected: each edge once, the earlier node in node order first)
    NAME.nodes.csv   id[,attributes]         every node, isolates included, in *node order*
    NAME.json        metadata, per-actor and network-level results (unweighted and, when weighted, weighted),
                     library versions and the NetworkX-vs-igraph (and -vs-sna) cross-check maxima

plus davis-two-mode.csv (woman,event).  The script asserts that NetworkX agrees with igraph (1e-9) wherever
both implement the same definition and that sna agrees with the explicit centralization formula (1e-12); it
fails loudly otherwise.  Everything is deterministic (fixed seeds, fixed orders): running it twice gives
byte-identical files.  The network `antofagasta` is built from Networks/antofagasta-tp.yaml only when that
file exists; otherwise it is skipped with a message.

Definitions (the Redes contract) are documented next to the code that computes them, in `results()` below.
Weighted shortest paths use length = 1 / weight (weights are tie strengths).
"""

import csv
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import warnings
from fractions import Fraction
from pathlib import Path

if os.environ.get("PYTHONHASHSEED") != "0":
    # NetworkX sums some results (e.g. harmonic centrality) while iterating over sets of node ids, whose
    # order depends on Python's per-process string-hash seed; fix it so that reruns are byte-identical.
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import igraph as ig  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
import scipy.sparse.linalg  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "RedesTests" / "Fixtures" / "reference"
R_SCRIPT = Path(__file__).resolve().with_name("centralization.R")
ANTOFAGASTA = ROOT / "Networks" / "antofagasta-tp.yaml"

TOL = 1e-9  # NetworkX vs igraph
TOL_SNA = 1e-12  # R sna vs explicit formula
PR = dict(alpha=0.85, tol=1e-15, max_iter=100000)
EV = dict(max_iter=100000, tol=1e-15)


# --------------------------------------------------------------------------------------------------------------
# Networks
# --------------------------------------------------------------------------------------------------------------

class Net:
    """A network: `G` has string node ids inserted in node order and, when `weighted`, an integer/float edge
    attribute 'weight'.  `attrs` maps extra nodes.csv columns to {id: value}."""

    def __init__(self, name, description, G, weighted, attrs=None):
        self.name = name
        self.description = description
        self.G = G
        self.weighted = weighted
        self.attrs = attrs or {}


def karate():
    K = nx.karate_club_graph()
    G = nx.Graph()
    G.add_nodes_from(str(v) for v in K)
    for u, v, d in K.edges(data=True):
        G.add_edge(str(u), str(v), weight=d["weight"])
    return Net(
        "karate",
        "Zachary's karate club (Zachary 1977, 'An information flow model for conflict and fission in small "
        "groups', J. Anthropological Research 33:452-473), as nx.karate_club_graph(): 34 members, 78 "
        "friendship ties; weight = number of contexts in which the two members interacted (Zachary's "
        "weighted matrix). Node ids are NetworkX's 0..33; club = faction after the split.",
        G, True, {"club": {str(v): K.nodes[v]["club"] for v in K}})


def florentine():
    F = nx.florentine_families_graph()
    G = nx.Graph()
    G.add_nodes_from(list(F) + ["Pucci"])
    G.add_edges_from(F.edges())
    return Net(
        "florentine",
        "Padgett's Florentine families, marriage ties (Padgett & Ansell 1993, 'Robust action and the rise of "
        "the Medici, 1400-1434', American Journal of Sociology 98:1259-1319; Breiger & Pattison 1986): "
        "nx.florentine_families_graph() (15 families, 20 marriages) plus the family Pucci, which has no "
        "marriage tie in the 16-family data and is an isolate here. Unweighted.",
        G, False)


def davis():
    B = nx.davis_southern_women_graph()
    women, events = B.graph["top"], B.graph["bottom"]
    P = nx.bipartite.weighted_projected_graph(B, women)
    G = nx.Graph()
    G.add_nodes_from(women)
    for u, v, d in P.edges(data=True):
        G.add_edge(u, v, weight=d["weight"])
    wpos = {w: i for i, w in enumerate(women)}
    epos = {e: i for i, e in enumerate(events)}
    two_mode = sorted(((w, e) if w in wpos else (e, w) for w, e in B.edges()),
                      key=lambda we: (wpos[we[0]], epos[we[1]]))
    net = Net(
        "davis",
        "Davis' Southern Women (Davis, Gardner & Gardner 1941, 'Deep South', University of Chicago Press): "
        "18 women x 14 social events, nx.davis_southern_women_graph(), projected onto the women with "
        "nx.bipartite.weighted_projected_graph (weight = number of events both attended). The raw two-mode "
        "edges are in davis-two-mode.csv (woman,event).",
        G, True)
    net.two_mode = two_mode
    return net


def _assemble(name, description, directed, parts, isolates, seed_rng, prefix):
    """Put component edge lists (local indices 0..k-1) into one graph whose labels are a seeded permutation,
    so that components interleave in node order.  Integer weights 1..5 drawn in a fixed order."""
    sizes = [k for k, _ in parts] + [1] * isolates
    total = sum(sizes)
    labels = list(range(total))
    seed_rng.shuffle(labels)
    G = nx.DiGraph() if directed else nx.Graph()
    width = len(str(total - 1))
    ids = [f"{prefix}{i:0{width}d}" for i in range(total)]
    G.add_nodes_from(ids)  # node order = label order
    offset = 0
    arcs = []
    for k, edges in parts:
        for a, b in edges:
            arcs.append((ids[labels[offset + a]], ids[labels[offset + b]]))
        offset += k
    pos = {v: i for i, v in enumerate(ids)}
    if not directed:
        arcs = [(a, b) if pos[a] < pos[b] else (b, a) for a, b in arcs]
    arcs.sort(key=lambda e: (pos[e[0]], pos[e[1]]))
    for a, b in arcs:
        G.add_edge(a, b, weight=seed_rng.randint(1, 5))
    return Net(name, description, G, True)


def random_undirected():
    rng = random.Random(20250101)
    parts = []
    while True:  # G(24, 0.18), redrawn until connected
        e = [(i, j) for i in range(24) for j in range(i + 1, 24) if rng.random() < 0.18]
        if nx.is_connected(nx.Graph(e)) and nx.Graph(e).number_of_nodes() == 24:
            break
    parts.append((24, e))
    parts.append((14, [(i, rng.randrange(i)) for i in range(1, 14)]))  # random recursive tree
    parts.append((7, [(i, (i + 1) % 7) for i in range(7)]))  # 7-cycle
    parts.append((7, [(i, i + 1) for i in range(6)]))  # 7-path (same size as the cycle: tests tie-breaking)
    parts.append((3, [(0, 1), (1, 2), (2, 0)]))  # triangle
    parts.append((2, [(0, 1)]))  # dyad
    return _assemble(
        "random-undirected",
        "Synthetic undirected test network (Python random.Random(20250101), see make_fixtures.py): a "
        "connected G(24, 0.18), a 14-node random recursive tree, a 7-cycle, a 7-path, a triangle, a dyad and "
        "3 isolates (60 nodes); labels randomly permuted so components interleave in node order; integer "
        "weights 1..5.",
        False, parts, 3, rng, "v")


def random_directed():
    rng = random.Random(20250202)
    parts = []
    while True:  # directed G(18, 0.12) with 40 % of arcs reciprocated, weakly connected, SCC >= 6
        e = [(i, j) for i in range(18) for j in range(18) if i != j and rng.random() < 0.12]
        e = sorted(set(e) | {(j, i) for i, j in e if rng.random() < 0.4})
        D = nx.DiGraph(e)
        if (D.number_of_nodes() == 18 and nx.is_weakly_connected(D)
                and max(len(c) for c in nx.strongly_connected_components(D)) >= 6):
            break
    parts.append((18, e))
    tree = [(rng.randrange(i), i) for i in range(1, 10)]  # out-arborescence, two arcs reciprocated
    tree += [(b, a) for a, b in tree[2:4]]
    parts.append((10, tree))
    parts.append((6, [(i, (i + 1) % 6) for i in range(6)] + [(0, 3)]))  # directed 6-cycle with a chord
    parts.append((4, [(0, 1), (1, 0), (1, 2), (2, 1), (2, 3), (3, 2)]))  # reciprocated path
    parts.append((5, [(i, 0) for i in range(1, 5)]))  # in-star
    parts.append((2, [(0, 1), (1, 0)]))  # mutual dyad
    parts.append((2, [(0, 1)]))  # single arc
    return _assemble(
        "random-directed",
        "Synthetic directed test network (Python random.Random(20250202), see make_fixtures.py): a directed "
        "G(18, 0.12) with 40% of arcs reciprocated (weakly connected), a 10-node out-tree with two reciprocated "
        "arcs, a directed 6-cycle with a chord, a reciprocated 4-path, a 5-node in-star, a mutual dyad, a "
        "single arc and 3 isolates (50 nodes); labels randomly permuted; integer weights 1..5. Transitivity "
        "is computed on G.to_undirected().",
        True, parts, 3, rng, "d")


def star():
    G = nx.Graph()
    G.add_nodes_from(str(i) for i in range(7))
    G.add_edges_from(("0", str(i)) for i in range(1, 7))
    return Net("star", "Star graph: centre '0' and leaves '1'..'6' (hand-checkable). Unweighted.", G, False)


def path5():
    G = nx.Graph()
    G.add_nodes_from(str(i) for i in range(5))
    G.add_edges_from((str(i), str(i + 1)) for i in range(4))
    return Net("path5", "Path graph 0-1-2-3-4 (hand-checkable). Unweighted.", G, False)


def antofagasta():
    """Actor graph of Networks/antofagasta-tp.yaml (format: docs/file-format.md); scenarios ignored."""
    if not ANTOFAGASTA.exists():
        print(f"SKIP antofagasta: {ANTOFAGASTA.relative_to(ROOT)} does not exist (yet)", file=sys.stderr)
        return None
    import yaml
    with open(ANTOFAGASTA, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    directed = bool(doc.get("directed", False))
    actors = doc["actors"]
    ids = [str(a["id"]) for a in actors]
    pos = {v: i for i, v in enumerate(ids)}
    weights = {}

    def add(a, b, w):
        if not directed and pos[a] > pos[b]:
            a, b = b, a
        weights[(a, b)] = weights.get((a, b), 0) + w

    for arr in doc.get("arrangements") or []:
        w = arr.get("weight", 1)
        members = [str(m) for m in arr["members"]]
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                add(members[i], members[j], w)
                if directed:  # co-membership is symmetric: both arcs
                    add(members[j], members[i], w)
    for t in doc.get("ties") or []:
        w = t.get("weight", 1)
        a, b = str(t["source"]), str(t["target"])
        add(a, b, w)
        if directed and t.get("directed", True) is False:
            add(b, a, w)
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(ids)
    for (a, b) in sorted(weights, key=lambda e: (pos[e[0]], pos[e[1]])):
        w = weights[(a, b)]
        G.add_edge(a, b, weight=int(w) if float(w).is_integer() else float(w))
    name = doc.get("name", "")
    return Net(
        "antofagasta",
        f"Actor graph of Networks/antofagasta-tp.yaml ('{name}'): nodes = actors in file order; every pair of "
        "members of an arrangement is joined with weight += the arrangement's weight (default 1), every tie "
        "adds its weight (default 1); scenarios ignored. "
        + ("Directed (arrangements count both ways); transitivity on G.to_undirected()." if directed
           else "Undirected."),
        G, True, {"bloc": {str(a["id"]): a.get("bloc") or "" for a in actors}})


# --------------------------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------------------------

def num(x):
    """JSON-ready number: Python int/float, None for nan."""
    if x is None:
        return None
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    x = float(x)
    return None if math.isnan(x) else x


def fnum(x):
    x = num(x)
    return None if x is None else float(x)


def maxdiff(a, b):
    """Max |a - b| over aligned sequences; None == None (both undefined) counts as 0."""
    m = 0.0
    for x, y in zip(a, b, strict=True):
        if x is None or y is None or (isinstance(x, float) and math.isnan(x)) or (
                isinstance(y, float) and math.isnan(y)):
            xn = x is None or (isinstance(x, float) and math.isnan(x))
            yn = y is None or (isinstance(y, float) and math.isnan(y))
            assert xn and yn, (x, y)
            continue
        m = max(m, abs(float(x) - float(y)))
    return m


def check(log, key, a, b, tol=TOL, what=""):
    d = maxdiff(a, b)
    assert d <= tol, f"{what} {key}: NetworkX and the reference differ by {d} (> {tol})"
    log[key] = d


def ordered_components(comps, pos):
    """Components sorted by decreasing size, ties broken by the node-order position of their first node."""
    comps = [sorted(c, key=pos.__getitem__) for c in comps]
    return sorted(comps, key=lambda c: (-len(c), pos[c[0]]))


def wtext(w):
    return str(int(w)) if float(w).is_integer() else repr(float(w))


def to_igraph(G, order, pos):
    g = ig.Graph(n=len(order), edges=[(pos[u], pos[v]) for u, v in G.edges()], directed=G.is_directed())
    g.es["weight"] = [d.get("weight", 1) for _, _, d in G.edges(data=True)]
    g.es["length"] = [1.0 / w for w in g.es["weight"]]
    return g


# --------------------------------------------------------------------------------------------------------------
# Centralization: R sna and the explicit formula
# --------------------------------------------------------------------------------------------------------------

def run_sna(nets):
    """Run centralization.R once for all networks (unweighted adjacency); returns {name: (dc, bc, deg, bet)}
    and the sna version."""
    if not R_SCRIPT.exists():
        sys.exit(f"missing {R_SCRIPT}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        manifest = []
        for net in nets:
            order = list(net.G)
            pos = {v: i for i, v in enumerate(order)}
            A = np.zeros((len(order), len(order)), dtype=int)
            for u, v in net.G.edges():
                A[pos[u], pos[v]] = 1
                if not net.G.is_directed():
                    A[pos[v], pos[u]] = 1
            f = tmp / f"{net.name}.csv"
            np.savetxt(f, A, fmt="%d", delimiter=",")
            manifest.append(f"{net.name}\t{'digraph' if net.G.is_directed() else 'graph'}\t{f}")
        (tmp / "manifest.tsv").write_text("\n".join(manifest) + "\n")
        try:
            subprocess.run(["Rscript", str(R_SCRIPT), str(tmp / "manifest.tsv"), str(tmp / "out.tsv")],
                           check=True, capture_output=True, text=True)
        except FileNotFoundError:
            sys.exit("Rscript not found: install R and sna (apt-get install -y r-cran-sna)")
        except subprocess.CalledProcessError as e:
            sys.exit(f"centralization.R failed:\n{e.stderr}")
        res, version = {}, None
        for line in (tmp / "out.tsv").read_text().splitlines():
            f = line.split("\t")
            if f[0] == "__sna_version__":
                version = f[1]
                continue
            res[f[0]] = (float(f[1]), float(f[2]), [float(x) for x in f[3].split(",")],
                         [float(x) for x in f[4].split(",")])
    return res, version


def centralization_formula(G):
    """Freeman centralization normalised by the star graph, as sna::centralization(normalize=TRUE):

        C_D = sum_i (max_j d_j - d_i) / T_D,   d = degree (undirected) or in+out degree (directed),
              T_D = (n-1)(n-2) undirected,  2(n-1)(n-2) directed;
        C_B = sum_i (max_j b_j - b_i) / T_B,   b = raw betweenness (undirected: each unordered pair once;
              directed: ordered pairs), T_B = (n-1)^2 (n-2) / 2 undirected,  (n-1)^2 (n-2) directed.
    Weights are ignored."""
    n = G.number_of_nodes()
    d = [deg for _, deg in G.degree()]
    b = list(nx.betweenness_centrality(G, normalized=False, weight=None).values())
    if G.is_directed():
        td, tb = 2 * (n - 1) * (n - 2), (n - 1) ** 2 * (n - 2)
    else:
        td, tb = (n - 1) * (n - 2), (n - 1) ** 2 * (n - 2) / 2
    return sum(max(d) - x for x in d) / td, sum(max(b) - x for x in b) / tb, d, b


# --------------------------------------------------------------------------------------------------------------
# Results (NetworkX) and cross-checks (igraph, numpy, exact rationals)
# --------------------------------------------------------------------------------------------------------------

def eigenvector_results(G, order, pos, wt, what):
    """Eigenvector centrality as Redes defines it, and its cross-checks: NetworkX's power iteration
    `eigenvector_centrality` (the contract). Connected (strongly connected when directed): checked against NetworkX's
    ARPACK variant and igraph. Undirected and disconnected: NetworkX's power iteration gives the leading
    eigenvector of the whole graph, zero outside the component with the largest eigenvalue (the numpy variant
    refuses disconnected graphs); checked against a dense LAPACK eigendecomposition and igraph (which warns).
    Directed and not strongly connected, or without edges: undefined (None)."""
    directed = G.is_directed()
    connected = nx.is_strongly_connected(G) if directed else nx.is_connected(G)
    X = {}
    if not connected and (directed or G.number_of_edges() == 0):
        X["eigenvector"] = "not computed: directed graph not strongly connected (or no ties), Redes reports it as undefined (null)"
        return {v: None for v in order}, X
    values = {v: fnum(x) for v, x in nx.eigenvector_centrality(G, weight=wt, **EV).items()}
    col = [values[v] for v in order]
    g = to_igraph(G, order, pos)
    iw = "weight" if wt else None
    if connected:
        # SciPy's ARPACK draws its start vector from fresh OS entropy unless given an rng: pin it so the
        # recorded cross-check difference is the same on every run.
        eigs = scipy.sparse.linalg.eigs
        scipy.sparse.linalg.eigs = lambda *a, **k: eigs(*a, rng=np.random.default_rng(0), **k)
        try:
            ev_np = nx.eigenvector_centrality_numpy(G, weight=wt)
        finally:
            scipy.sparse.linalg.eigs = eigs
        check(X, "eigenvector_numpy", col, [ev_np[v] for v in order], TOL, what)
    else:
        M = nx.to_numpy_array(G, nodelist=order, weight=wt)
        w, V = np.linalg.eigh(M)
        assert w[-1] - w[-2] > 1e-9 * w[-1], f"{what}: tied leading eigenvalues; the fixture needs a unique one"
        x = V[:, -1] * np.sign(V[:, -1].sum())
        check(X, "eigenvector_dense", col, list(x / np.linalg.norm(x)), TOL, what)
    ig.set_random_number_generator(random.Random(0))  # ARPACK start vector: keep runs byte-identical
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # igraph warns on disconnected graphs
        ev = np.array(g.eigenvector_centrality(directed=True, weights=iw))
    ev = ev / np.linalg.norm(ev)
    check(X, "eigenvector", col, list(ev), TOL, what)
    return values, X


def results(net, weighted, sna):
    """Return (R, cross_check) for one variant.  R = {"actor": {metric: {id: value}}, "network": {...}}."""
    directed = net.G.is_directed()
    order = list(net.G)
    pos = {v: i for i, v in enumerate(order)}
    n = len(order)
    G = net.G.__class__()
    G.add_nodes_from(order)
    if weighted:
        # length = 1/weight as an exact rational: with float lengths, sums such as 1/3+1/3+1/3+1/2 (= 1.5) and
        # 1/3+1/3+1/2+1/3 (= 1.4999999999999998) break genuine shortest-path ties, and NetworkX (which compares
        # distances with ==) then drops tied paths (karate 12 -> 14: 12-3-13-33-14 and 12-3-2-32-14, weights
        # 3,3,3,2 and 3,3,2,3).  Exact lengths give the
        # mathematically intended values, which igraph (epsilon comparison) also finds.
        for u, v, d in net.G.edges(data=True):
            G.add_edge(u, v, weight=d["weight"], length=Fraction(1) / Fraction(d["weight"]))
    else:
        G.add_edges_from(net.G.edges())
    wt = "weight" if weighted else None
    dist = "length" if weighted else None
    U = G.to_undirected() if directed else G
    A, N = {}, {}

    def per(d, conv=num):
        return {v: conv(d[v]) for v in order}

    # ---- per-actor (NetworkX) ----
    A["degree"] = per(dict(G.degree()))
    if directed:
        A["in_degree"] = per(dict(G.in_degree()))
        A["out_degree"] = per(dict(G.out_degree()))
    A["degree_centrality"] = per(nx.degree_centrality(G), fnum)
    A["strength"] = per(dict(G.degree(weight=wt)))
    A["betweenness"] = per(nx.betweenness_centrality(G, normalized=True, weight=dist), fnum)
    A["closeness"] = per(nx.closeness_centrality(G, distance=dist), fnum)
    A["harmonic"] = per(nx.harmonic_centrality(G, distance=dist), fnum)
    connected = nx.is_strongly_connected(G) if directed else nx.is_connected(G)
    A["eigenvector"], eigenvector_cross = eigenvector_results(G, order, pos, wt, f"{net.name} ({'weighted' if weighted else 'unweighted'})")
    A["pagerank"] = per(nx.pagerank(G, weight=wt, **PR), fnum)
    A["clustering"] = per(nx.clustering(G, weight=wt), fnum)
    A["core_number"] = per(nx.core_number(G))
    aps = set(nx.articulation_points(U))
    A["articulation_point"] = {v: v in aps for v in order}
    comps = ordered_components(nx.weakly_connected_components(G) if directed else nx.connected_components(G),
                               pos)
    index = {v: i for i, c in enumerate(comps) for v in c}
    A["component"] = {v: index[v] for v in order}

    # ---- network (NetworkX) ----
    N["actors"] = n
    N["ties"] = G.number_of_edges()
    N["directed"] = directed
    N["density"] = fnum(nx.density(G))
    N["components"] = len(comps)
    N["largest_component"] = len(comps[0])
    iso = [v for v in order if G.degree(v) == 0]
    N["isolates"] = len(iso)
    N["isolate_ids"] = iso
    N["transitivity"] = fnum(nx.transitivity(U))
    N["average_clustering"] = fnum(nx.average_clustering(G, weight=wt))
    core = ordered_components(nx.strongly_connected_components(G), pos)[0] if directed else comps[0]
    C = G.subgraph(core)
    if weighted:  # nx.diameter ignores weights: eccentricities from Dijkstra with length = 1/weight
        N["diameter"] = fnum(max(max(d.values()) for _, d in nx.all_pairs_dijkstra_path_length(C, weight=dist)))
    else:
        N["diameter"] = num(nx.diameter(C))
    N["average_distance"] = fnum(nx.average_shortest_path_length(C, weight=dist))
    dc, bc, sna_deg, sna_bet = sna
    N["degree_centralization"] = fnum(dc)
    N["betweenness_centralization"] = fnum(bc)
    N["articulation_points"] = [v for v in order if v in aps]
    br = [tuple(sorted(e, key=pos.__getitem__)) for e in nx.bridges(U)]
    N["bridges"] = [list(e) for e in sorted(br, key=lambda e: (pos[e[0]], pos[e[1]]))]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        N["assortativity"] = fnum(nx.degree_assortativity_coefficient(G, weight=wt))

    # ---- cross-checks ----
    X = {}
    what = f"{net.name} ({'weighted' if weighted else 'unweighted'})"
    g = to_igraph(G, order, pos)
    gu = g.as_undirected(mode="collapse") if directed else g
    iw = "weight" if weighted else None
    il = "length" if weighted else None

    def col(metric):
        return [A[metric][v] for v in order]

    check(X, "degree", col("degree"), g.degree(mode="all"), 0, what)
    if directed:
        check(X, "in_degree", col("in_degree"), g.degree(mode="in"), 0, what)
        check(X, "out_degree", col("out_degree"), g.degree(mode="out"), 0, what)
    check(X, "degree_centrality", col("degree_centrality"), [d / (n - 1) for d in g.degree(mode="all")],
          TOL, what)
    check(X, "strength", col("strength"), g.strength(mode="all", weights=iw), TOL, what)
    scale = 1 / ((n - 1) * (n - 2)) * (1 if directed else 2)
    check(X, "betweenness", col("betweenness"), [b * scale for b in g.betweenness(directed=True, weights=il)],
          TOL, what)
    # closeness: Wasserman-Faust improved closeness rebuilt from igraph's distance matrix (incoming distances)
    D = np.array(g.distances(weights=il, mode="out"), dtype=float)  # D[i, j] = d(i -> j)
    wf = []
    for j in range(n):
        colj = D[:, j]
        fin = colj[np.isfinite(colj)]
        r, s = len(fin), fin.sum()
        wf.append(0.0 if s == 0 else (r - 1) / s * (r - 1) / (n - 1))
    check(X, "closeness", col("closeness"), wf, TOL, what)
    if connected:
        check(X, "closeness_igraph_builtin", col("closeness"), g.closeness(mode="in", weights=il, normalized=True),
              TOL, what)
    else:
        X["closeness_igraph_builtin"] = ("not compared: graph not (strongly) connected; igraph closeness ignores "
                                         "unreachable nodes, NetworkX uses Wasserman-Faust (checked above from "
                                         "igraph distances)")
    check(X, "harmonic", col("harmonic"), g.harmonic_centrality(mode="in", weights=il, normalized=False), TOL, what)
    X.update(eigenvector_cross)
    check(X, "pagerank", col("pagerank"),
          g.pagerank(directed=True, damping=0.85, weights=iw, implementation="prpack"), TOL, what)
    check(X, "core_number", col("core_number"), g.coreness(mode="all"), 0, what)
    ig_aps = sorted(gu.articulation_points())
    assert ig_aps == sorted(pos[v] for v in aps), f"{what}: articulation points differ"
    X["articulation_points"] = "identical sets"
    ig_br = sorted(tuple(sorted(gu.es[e].tuple)) for e in gu.bridges())
    assert ig_br == sorted((pos[a], pos[b]) for a, b in br), f"{what}: bridges differ"
    X["bridges"] = "identical sets"
    ig_comps = {frozenset(c) for c in g.connected_components(mode="weak")}
    assert ig_comps == {frozenset(pos[v] for v in c) for c in comps}, f"{what}: components differ"
    X["component"] = "identical partition"
    check(X, "density", [N["density"]], [g.density(loops=False)], TOL, what)
    check(X, "transitivity", [N["transitivity"]], [gu.transitivity_undirected()], TOL, what)
    # clustering: igraph has neither Onnela's weighted nor Fagiolo's directed local clustering (its weighted
    # one is Barrat's), so those are rebuilt with numpy from igraph's (weighted) adjacency matrix:
    #   undirected  c_i = [(W^[1/3])^3]_ii / (k_i (k_i - 1)),  W normalised by max weight (A when unweighted)
    #   directed    c_i = [(S + S^T)^3]_ii / (2 (k_i^tot (k_i^tot - 1) - 2 k_i^<->)),  S = W^[1/3]
    W = np.zeros((n, n))
    for e in g.es:
        W[e.source, e.target] = e["weight"] if weighted else 1.0
        if not directed:
            W[e.target, e.source] = W[e.source, e.target]
    S = np.cbrt(W / W.max()) if W.max() > 0 else W
    Abin = (W > 0).astype(float)
    if directed:
        T = np.diag(np.linalg.matrix_power(S + S.T, 3))
        ktot = Abin.sum(0) + Abin.sum(1)
        kbi = np.diag(Abin @ Abin)
        den = 2 * (ktot * (ktot - 1) - 2 * kbi)
    else:
        T = np.diag(np.linalg.matrix_power(S, 3))
        k = Abin.sum(1)
        den = k * (k - 1)
    cl = [0.0 if den[i] == 0 else T[i] / den[i] for i in range(n)]
    check(X, "clustering", col("clustering"), cl, TOL, what)
    check(X, "average_clustering", [N["average_clustering"]], [sum(cl) / n], TOL, what)
    if not directed and not weighted:
        check(X, "clustering_igraph_builtin", col("clustering"), gu.transitivity_local_undirected(mode="zero"),
              TOL, what)
    sub = g.induced_subgraph([pos[v] for v in core])
    Dc = np.array(sub.distances(weights=il, mode="out"), dtype=float)
    off = ~np.eye(len(core), dtype=bool)
    check(X, "diameter", [N["diameter"]], [Dc[off].max() if len(core) > 1 else 0.0], TOL, what)
    check(X, "average_distance", [N["average_distance"]], [Dc[off].mean() if len(core) > 1 else 0.0], TOL, what)
    if weighted:
        s_out, s_in = g.strength(mode="out", weights="weight"), g.strength(mode="in", weights="weight")
        ig_r = g.assortativity(types1=s_out, types2=s_in, directed=True) if directed else \
            g.assortativity(types1=g.strength(weights="weight"), directed=False)
    else:
        ig_r = g.assortativity_degree(directed=True)
    check(X, "assortativity", [N["assortativity"]], [ig_r], TOL, what)
    # centralization: R sna vs the explicit formula (unweighted graph, see centralization_formula)
    fdc, fbc, fd, fb = centralization_formula(net.G)
    check(X, "degree_centralization_sna_vs_formula", [dc], [fdc], TOL_SNA, what)
    check(X, "betweenness_centralization_sna_vs_formula", [bc], [fbc], TOL_SNA, what)
    check(X, "raw_degree_sna", sna_deg, fd, 0, what)
    check(X, "raw_betweenness_sna", sna_bet, fb, TOL, what)
    if weighted:
        # Informational, not asserted: NetworkX with float lengths 1.0/w (see the note on exact lengths above).
        Q = G.__class__()
        Q.add_nodes_from(order)
        for u, v, d in G.edges(data=True):
            Q.add_edge(u, v, length=1.0 / d["weight"])
        qb = nx.betweenness_centrality(Q, normalized=True, weight="length")
        qc = nx.closeness_centrality(Q, distance="length")
        qh = nx.harmonic_centrality(Q, distance="length")
        qs = Q.subgraph(core)
        qd = max(max(d.values()) for _, d in nx.all_pairs_dijkstra_path_length(qs, weight="length"))
        X["networkx_float_lengths"] = {
            "note": "max |NetworkX with float lengths 1.0/w - fixture (exact rational lengths)|; not asserted",
            "betweenness": maxdiff(col("betweenness"), [qb[v] for v in order]),
            "closeness": maxdiff(col("closeness"), [qc[v] for v in order]),
            "harmonic": maxdiff(col("harmonic"), [qh[v] for v in order]),
            "diameter": abs(N["diameter"] - qd),
            "average_distance": abs(N["average_distance"] - nx.average_shortest_path_length(qs, weight="length")),
        }
    return {"actor": A, "network": N}, X


# --------------------------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------------------------

def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def write_net(net, sna, versions):
    G = net.G
    order = list(G)
    pos = {v: i for i, v in enumerate(order)}
    edges = []
    for u, v, d in G.edges(data=True):
        if not G.is_directed() and pos[u] > pos[v]:
            u, v = v, u
        edges.append((u, v, d.get("weight")))
    edges.sort(key=lambda e: (pos[e[0]], pos[e[1]]))
    if net.weighted:
        write_csv(OUT / f"{net.name}.edges.csv", ["source", "target", "weight"],
                  [(u, v, wtext(w)) for u, v, w in edges])
    else:
        write_csv(OUT / f"{net.name}.edges.csv", ["source", "target"], [(u, v) for u, v, _ in edges])
    cols = list(net.attrs)
    write_csv(OUT / f"{net.name}.nodes.csv", ["id"] + cols, [[v] + [net.attrs[c][v] for c in cols] for v in order])
    res, cross = {}, {}
    res["unweighted"], cross["unweighted"] = results(net, False, sna)
    if net.weighted:
        res["weighted"], cross["weighted"] = results(net, True, sna)
    desc = net.description
    if net.weighted:
        desc += (" Weighted results: strength, eigenvector, PageRank, clustering, average_clustering and "
                 "assortativity use weight; betweenness, closeness, harmonic, diameter and average_distance use "
                 "length = 1/weight (as exact rationals, so that tied shortest paths stay tied; see "
                 "cross_check.weighted.networkx_float_lengths); degree, core_number, components, transitivity, articulation points and "
                 "bridges ignore weights; degree_centralization and betweenness_centralization are those of the "
                 "unweighted graph (R sna ignores weights there).")
    doc = {
        "name": net.name,
        "description": desc,
        "directed": G.is_directed(),
        "nodes": order,
        "versions": versions,
        "results": res,
        "cross_check": cross,
    }
    text = json.dumps(doc, sort_keys=True, indent=1, ensure_ascii=False, allow_nan=False) + "\n"
    (OUT / f"{net.name}.json").write_text(text, encoding="utf-8")
    return cross


def eigenvector_only(nets):
    """Rewrite only the eigenvector values and cross-checks of the existing fixtures (what a full run would write
    for them), for machines without R; the other values are left as they are."""
    for net in nets:
        path = OUT / f"{net.name}.json"
        doc = json.loads(path.read_text(encoding="utf-8"))
        order = list(net.G)
        pos = {v: i for i, v in enumerate(order)}
        for variant in doc["results"]:
            G = net.G.__class__()
            G.add_nodes_from(order)
            if variant == "weighted":
                G.add_edges_from((u, v, {"weight": d["weight"]}) for u, v, d in net.G.edges(data=True))
            else:
                G.add_edges_from(net.G.edges())
            wt = "weight" if variant == "weighted" else None
            values, cross = eigenvector_results(G, order, pos, wt, f"{net.name} ({variant})")
            doc["results"][variant]["actor"]["eigenvector"] = values
            X = doc["cross_check"][variant]
            for key in [k for k in X if k.startswith("eigenvector")]:
                del X[key]
            X.update(cross)
        text = json.dumps(doc, sort_keys=True, indent=1, ensure_ascii=False, allow_nan=False) + "\n"
        path.write_text(text, encoding="utf-8")
        print(f"{net.name}: eigenvector rewritten")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    if "--eigenvector-only" in sys.argv:
        nets = [karate(), florentine(), davis(), random_undirected(), random_directed(), star(), path5()]
        a = antofagasta()
        eigenvector_only(nets + ([a] if a is not None else []))
        return
    nets = [karate(), florentine(), davis(), random_undirected(), random_directed(), star(), path5()]
    a = antofagasta()
    if a is not None:
        nets.append(a)
    sna, sna_version = run_sna(nets)
    versions = {"networkx": nx.__version__, "igraph": ig.__version__, "R_sna": sna_version}
    for net in nets:
        cross = write_net(net, sna[net.name], versions)
        worst = max((v for c in cross.values() for v in c.values() if isinstance(v, float)), default=0.0)
        print(f"{net.name}: {net.G.number_of_nodes()} nodes, {net.G.number_of_edges()} ties, "
              f"max cross-check difference {worst:.3g}")
        if hasattr(net, "two_mode"):
            write_csv(OUT / "davis-two-mode.csv", ["woman", "event"], net.two_mode)


if __name__ == "__main__":
    main()
