#!/usr/bin/env python3
"""Reference fixtures for Redes' network-diagnosis measures (fragmentation, structural holes, brokerage, bloc
cohesion, communities vs blocs, key players).

Run from the repository root:

    python3 Scripts/reference/diagnosis_fixtures.py

Needs Python 3 with networkx (3.6.1 here), python-igraph, numpy, scikit-learn (NMI / ARI: `pip install scikit-learn`)
and R with the `sna` package (Scripts/reference/diagnosis_brokerage.R computes Gould-Fernandez brokerage).
It READS the reference networks
written by make_fixtures.py (Tests/RedesTests/Fixtures/reference/NAME.nodes.csv, NAME.edges.csv and, for the
`directed` flag only, NAME.json; node order = nodes.csv order) and WRITES, into Tests/RedesTests/Fixtures/diagnosis/:

    NAME.json                       {"name", "directed", "nodes", "group_attribute", "groups" (group labels in
                                     file order, or null), "group_of" ({id: group}, or null),
                                     "results": {"unweighted": R, "weighted": R (weighted graphs only)},
                                     "cross_check": {...}, "versions": {...}}
    random-directed.groups.csv      id,group: a deterministic 4-group attribute for random-directed (the reference
                                     nodes.csv has no attribute; it is not modified)

Every key of R has a "source" entry (R["source"][key]) saying which library produced it, or that it is an explicit
hand formula (written below) because no installed library has the measure; R["conventions"] states the conventions.
Values that are undefined are null (JSON), never NaN.  The script asserts its cross-checks (NetworkX vs igraph, sna vs
a hand count, hand formulas vs NetworkX) and fails loudly.  Output is deterministic: JSON with sorted keys, fixed seeds,
exact rational arithmetic (fractions.Fraction) wherever a score is compared or maximised; running it twice gives
byte-identical files.

Definitions (the Redes contract) and what they were checked against
---------------------------------------------------------------------
Borgatti, S. P. (2006). Identifying sets of key players in a social network. Computational and Mathematical
Organization Theory 12(1):21-34 (KPP-NEG fragmentation, KPP-POS reach); Borgatti (2003), "The key player problem",
in Dynamic Social Network Modeling and Analysis, National Academies Press, pp. 241-252.

* fragmentation F = 1 - sum_{i != j} r_ij / (n(n-1)), r_ij = 1 when j is reachable from i (directed: along arcs).
  Undirected this equals 1 - sum_k s_k(s_k - 1) / (n(n-1)) over component sizes (asserted).  Hand formula
  (exact), cross-checked against igraph reachability.  Weights never matter.
* distance_fragmentation DF = 1 - sum_{i != j} (1/d_ij) / (n(n-1)), 1/inf = 0; weighted: d with length 1/weight
  (exact rationals).  Hand formula on NetworkX shortest-path lengths, cross-checked against igraph distances.
* fragmentation_if_removed / distance_fragmentation_if_removed: F / DF of G - v (on n - 1 nodes).
  NB weighted DF is not confined to [0, 1]: with tie strengths > 1 the lengths 1/weight are < 1, so 1/d can exceed 1
  and DF goes negative (karate weighted: DF = -0.402).  That is what the formula gives; it is recorded as such.
* keyplayer_negative_F / keyplayer_negative_DF (karate, florentine; unweighted): brute force over all k-sets,
  k = 1, 2, 3, maximising F (DF) of G - K on n - k nodes; ties broken by the lexicographically smallest list of
  node positions (sets enumerated with itertools.combinations in node order, first strict maximum kept, scores
  compared as exact fractions).
* keyplayer_positive_reach: distance-weighted reach DR = (1/n) sum_{j in V} 1/d_Kj, d_Kj = min_{k in K} d(k, j),
  1/inf = 0, and for j in K the term 1/d_Kj is taken as 1.  Borgatti (2006, eq. 14) sums over all n nodes and
  divides by n, and states that DR reaches its maximum 1 when every node outside K is adjacent to a member of K;
  that only holds when members count as reached with weight 1, which is the convention used here.  Pyntacle's
  implementation of the same equation (sum over V - K only, still divided by n) and Csardi's 2007 igraph-list code
  (which drops the zero distances) give DR - k/n; because k is fixed within a search the optimal set is the same
  under both, and that variant's score is recorded as "score_members_excluded".
* keyplayer_positive_mreach (m = 2): score = |{j not in K : d_Kj <= 2}| / (n - k), the fraction of NON-members
  within 2 steps of K (the brief's definition).  Borgatti (2006, eq. 13) defines m-reach as the COUNT of unique
  nodes reached by any member of K in m links or less (pyntacle counts non-members only); the count of non-members
  ("count") and the fraction of all n nodes with members counted as reached ("fraction_of_all_with_members") are
  recorded too.  All three are increasing functions of the same count for fixed k, so the optimal set is the same.

Burt, R. S. (1992). Structural Holes. Harvard University Press (constraint eq. 2.4; effective size; hierarchy).

* constraint = nx.constraint(G, weight=None|'weight'); effective_size = nx.effective_size(G, nodes=list(G),
  weight=...) (nodes=list(G) forces NetworkX 3.6.1's correct loop; its default fast path is wrong for weighted
  and directed graphs -- see shared/notes/metric-conventions.md); the effective size of A in Borgatti's
  structural-holes example (weighted) is asserted to be 2.475.  Effective size is cross-checked against an explicit
  implementation of Burt's formula ES_i = sum_{j in N(i)} [1 - sum_{q in N(i)} p_iq m_jq], p from mutual weights
  (a_iq + a_qi) over i's total, m_jq = mutual weight(j, q) / max_k mutual weight(j, k); constraint against igraph.
  Directed graphs: NetworkX's directed definitions (contacts N(i) = in- U out-neighbours, mutual weights).
  NetworkX 3.6.1's effective_size loop tests `len(G[v]) == 0` (no OUT-neighbours) and returns NaN for an actor that
  only receives arcs, although its formula (contacts = in U out) is defined there; for those actors (listed in
  cross_check.*.effective_size_networkx_nan_in_arcs_only) the explicit formula's value is written.
* efficiency = effective_size / |N(i)| (distinct contacts); null for isolates.
* hierarchy H_i = sum_{j in N(i)} r_ij ln r_ij / (N ln N), r_ij = c_ij / (C_i / N), c_ij = nx.local_constraint(G, i, j,
  weight), C_i = sum_j c_ij (= nx.constraint), N = |N(i)| (the Coleman-Theil disorder index Burt uses).  Hand
  formula on NetworkX local constraints.  H = null when N <= 1 (undefined: N ln N = 0).  NB Burt's STRUCTURE
  program reports 1 for a single contact and 0 for isolates; Redes reports null for both.

Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation. Sociological Methodology 19:89-126; R sna 2.7
`brokerage(g, cl)` (Butts).  brokerage (raw.nli), brokerage_expected (exp.nli), brokerage_z (z.nli) per actor and
brokerage_network {raw, expected, z} (raw.gli, exp.gli, z.gli) straight from sna; raw counts cross-checked against a
hand count.  Undirected graphs are passed as their symmetric adjacency matrix.  Weights ignored.

Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises: an experimental simulation.
Social Psychology Quarterly 51(2):123-140.  E-I = (E - I) / (E + I); UCINET 6 help, Network > Cohesion > E-I Index
(edge values ignored; "for a given network density and group sizes its range may be restricted and so it can be
rescaled").  Hand formulas (no installed library has E-I):
* ei_index over all ties (directed: arcs); ei_group[g]: ties with at least one end in g, I = ties inside g, E = ties
  between g and the other groups; ei_actor[v]: ties incident to v (directed: in- and out-arcs, a mutual pair counts
  twice), E = to other groups, I = to v's own group; null when there are no such ties.
* ei_rescaled: null.  UCINET's help says only that the range "may be restricted and so it can be rescaled"; the
  exact rescaling formula UCINET uses could not be established from public documentation, so no value is claimed.
  What is exactly defined is recorded in "ei_range_given_ties": the minimum and maximum E-I attainable with the
  observed number of ties L and the group sizes (undirected: P_in = sum_g C(n_g, 2) within-group pairs,
  P_out = C(n, 2) - P_in; directed: ordered pairs; max E-I = (2 min(L, P_out) - L) / L,
  min E-I = (L - 2 min(L, P_in)) / L) -- hand formula.
* mixing_ties: nx.attribute_mixing_dict(G, attribute) counts, as nested {row group: {column group: count}}
  with every group present (0 filled): undirected graphs count each edge both ways (symmetric matrix, within-group
  cells doubled), directed graphs count arcs source group -> target group.
* mixing_density: ties between a and b / possible pairs: undirected n_a n_b (a != b) and n_a (n_a - 1) / 2 (within),
  each edge counted once; directed arcs a -> b / (n_a n_b), within n_a (n_a - 1); null when no pair is possible.
* bloc_modularity = nx.community.modularity(G, partition by group, weight=None|'weight'), checked against igraph.

Where these conventions were looked up: Borgatti (2006) as summarised in public course notes ("a maximum value of
1 ... when every outside node is adjacent to at least one member"); pyntacle (KeyPlayer.dR / mreach, "equation 14",
sum over V - K divided by n; m-reach counts V - K); UCINET 6 help page hs4360 (Network>Cohesion>E-I Index); the
source of R sna 2.7.1 brokerage(); NetworkX 3.6.1 source of constraint / effective_size / local_constraint;
rdrr.io cograph centrality_coleman_theil (Burt's STRUCTURE conventions for hierarchy with 0 or 1 contacts).

Communities vs blocs: louvain = nx.community.louvain_communities(G, weight=None|'weight', seed=42) (all graphs; its
labels, communities numbered by their first node in node order, are recorded so that NMI / ARI can be reproduced);
louvain_modularity = nx.community.modularity of that partition (Redes' own Louvain is tested by being >= this
- 0.02).  nmi_group_louvain = sklearn.metrics.normalized_mutual_info_score (arithmetic normalisation) and
ari_group_louvain = sklearn.metrics.adjusted_rand_score between the group labels and the Louvain labels (checked
against igraph.compare_communities "nmi" / "adjusted_rand"); nmi_ari_cases: three fixed label-list pairs with their
sklearn NMI and ARI.
"""

import csv
import itertools
import json
import math
import os
import random
import subprocess
import sys
import tempfile
from collections import Counter, deque
from fractions import Fraction
from pathlib import Path

if os.environ.get("PYTHONHASHSEED") != "0":
    # Louvain and some NetworkX loops iterate over sets of string ids: fix the hash seed for byte-identical reruns.
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import igraph as ig  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
import scipy  # noqa: E402
import sklearn  # noqa: E402
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
REF = ROOT / "Tests" / "RedesTests" / "Fixtures" / "reference"
OUT = ROOT / "Tests" / "RedesTests" / "Fixtures" / "diagnosis"
R_SCRIPT = Path(__file__).resolve().with_name("diagnosis_brokerage.R")

NETS = ["karate", "florentine", "davis", "random-undirected", "random-directed", "star", "path5", "antofagasta"]
GROUP_ATTR = {"karate": "club", "antofagasta": "bloc", "random-directed": "group"}
KEYPLAYER_NETS = {"karate", "florentine"}
KEYPLAYER_K = (1, 2, 3)
MREACH_M = 2
TOL = 1e-9
ROLES = ["w_I", "w_O", "b_IO", "b_OI", "b_O", "t"]

NMI_ARI_CASES = [
    # identical partitions under a relabelling: NMI = ARI = 1
    ([0, 0, 1, 1, 2, 2], [5, 5, 3, 3, 9, 9]),
    # a generic pair with different numbers of clusters
    ([0, 0, 0, 1, 1, 1, 2, 2, 2, 2], [0, 0, 1, 1, 1, 2, 2, 2, 3, 3]),
    # a pair that agrees less than chance: ARI < 0
    ([0, 0, 0, 1, 1, 1, 2, 2], [0, 1, 2, 0, 1, 2, 0, 1]),
]


# --------------------------------------------------------------------------------------------------------------
# Input
# --------------------------------------------------------------------------------------------------------------

def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def wvalue(text):
    f = float(text)
    return int(f) if f.is_integer() else f


class Net:
    def __init__(self, name):
        self.name = name
        self.directed = json.loads((REF / f"{name}.json").read_text(encoding="utf-8"))["directed"]
        header, rows = read_csv(REF / f"{name}.nodes.csv")
        self.order = [r[0] for r in rows]
        self.pos = {v: i for i, v in enumerate(self.order)}
        self.attrs = {h: {r[0]: r[k] for r in rows} for k, h in enumerate(header) if k > 0}
        header, rows = read_csv(REF / f"{name}.edges.csv")
        self.weighted = "weight" in header
        self.edges = [(r[0], r[1], r[2] if self.weighted else None) for r in rows]
        self.group_attr = GROUP_ATTR.get(name)
        self.groups = None  # {id: label}
        if self.group_attr is not None:
            if self.group_attr not in self.attrs:
                self.attrs[self.group_attr] = make_groups(self)
            self.groups = self.attrs[self.group_attr]

    def graph(self, weighted):
        """Nodes in node order; weighted: 'weight' (int/float as in the CSV) and 'length' = 1/weight (Fraction)."""
        G = nx.DiGraph() if self.directed else nx.Graph()
        G.add_nodes_from(self.order)
        for u, v, w in self.edges:
            if weighted:
                G.add_edge(u, v, weight=wvalue(w), length=1 / Fraction(w))
            else:
                G.add_edge(u, v)
        return G

    def group_order(self):
        seen = []
        for v in self.order:
            if self.groups[v] not in seen:
                seen.append(self.groups[v])
        return seen


def make_groups(net):
    """random-directed has no attribute: a deterministic 4-group label (sizes 20, 15, 10, 5) from a seeded shuffle,
    written to Fixtures/diagnosis/random-directed.groups.csv (id,group)."""
    assert net.name == "random-directed" and len(net.order) == 50
    labels = ["A"] * 20 + ["B"] * 15 + ["C"] * 10 + ["D"] * 5
    random.Random(20250303).shuffle(labels)
    groups = dict(zip(net.order, labels))
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / f"{net.name}.groups.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "group"])
        w.writerows([v, groups[v]] for v in net.order)
    return groups


# --------------------------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------------------------

def fl(x):
    """JSON-ready float (None for None / nan / inf)."""
    if x is None:
        return None
    x = float(x)
    return None if (math.isnan(x) or math.isinf(x)) else x


def close(a, b, tol=TOL, what=""):
    if a is None or b is None:
        assert a is None and b is None, f"{what}: {a} vs {b}"
        return 0.0
    d = abs(float(a) - float(b))
    assert d <= tol, f"{what}: {a} vs {b} (diff {d})"
    return d


def to_igraph(G, order, pos, weighted):
    g = ig.Graph(n=len(order), edges=[(pos[u], pos[v]) for u, v in G.edges()], directed=G.is_directed())
    if weighted:
        g.es["weight"] = [d["weight"] for _, _, d in G.edges(data=True)]
        g.es["length"] = [1.0 / d["weight"] for _, _, d in G.edges(data=True)]
    return g


# --------------------------------------------------------------------------------------------------------------
# 1. Fragmentation (Borgatti 2006)
# --------------------------------------------------------------------------------------------------------------

def reach_count(G):
    """sum_{i} |{j != i : j reachable from i}|."""
    if G.is_directed():
        return sum(len(nx.descendants(G, v)) for v in G)
    return sum(len(c) * (len(c) - 1) for c in nx.connected_components(G))


def inverse_distance_sum(G, weighted):
    """sum_{i != j} 1/d_ij as an exact Fraction (unreachable pairs contribute 0)."""
    total = Fraction(0)
    if weighted:
        for _, dist in nx.all_pairs_dijkstra_path_length(G, weight="length"):
            for d in dist.values():
                if d != 0:
                    total += 1 / d
    else:
        hist = Counter()
        for _, dist in nx.all_pairs_shortest_path_length(G):
            hist.update(d for d in dist.values() if d > 0)
        total = sum((Fraction(c, d) for d, c in hist.items()), Fraction(0))
    return total


def fragmentation(G):
    n = G.number_of_nodes()
    if n < 2:
        return None
    return 1 - Fraction(reach_count(G), n * (n - 1))


def distance_fragmentation(G, weighted):
    n = G.number_of_nodes()
    if n < 2:
        return None
    return 1 - inverse_distance_sum(G, weighted) / (n * (n - 1))


def fragmentation_block(net, G, weighted, X):
    order = net.order
    F = fragmentation(G)
    DF = distance_fragmentation(G, weighted)
    F_rm, DF_rm = {}, {}
    for v in order:
        H = G.copy()
        H.remove_node(v)
        F_rm[v] = fragmentation(H)
        DF_rm[v] = distance_fragmentation(H, weighted)
    # cross-checks: component formula (undirected) and igraph distances (float)
    n = len(order)
    if not net.directed:
        comp = 1 - Fraction(sum(len(c) * (len(c) - 1) for c in nx.connected_components(G)), n * (n - 1))
        assert comp == F
    g = to_igraph(G, order, net.pos, weighted)
    D = np.array(g.distances(weights="length" if weighted else None, mode="out"), dtype=float)
    off = ~np.eye(n, dtype=bool)
    X["fragmentation_igraph"] = close(F, 1 - np.isfinite(D[off]).sum() / (n * (n - 1)), 1e-12, "F")
    with np.errstate(divide="ignore"):
        inv = np.where(np.isfinite(D) & off, 1.0 / np.where(D == 0, 1, D), 0.0)
    X["distance_fragmentation_igraph"] = close(DF, 1 - inv.sum() / (n * (n - 1)), 1e-12, "DF")
    worst = 0.0
    for i, v in enumerate(order):
        m = n - 1
        offm = ~np.eye(m, dtype=bool)
        # removing v can lengthen paths, so recompute distances without v in igraph
        gi = g.copy()
        gi.delete_vertices([i])
        Dv = np.array(gi.distances(weights="length" if weighted else None, mode="out"), dtype=float)
        with np.errstate(divide="ignore"):
            invv = np.where(np.isfinite(Dv) & offm, 1.0 / np.where(Dv == 0, 1, Dv), 0.0)
        worst = max(worst, close(DF_rm[v], 1 - invv.sum() / (m * (m - 1)), 1e-12, f"DF-{v}"))
        worst = max(worst, close(F_rm[v], 1 - np.isfinite(Dv[offm]).sum() / (m * (m - 1)), 1e-12, f"F-{v}"))
    X["if_removed_igraph"] = worst
    return {
        "fragmentation": fl(F),
        "distance_fragmentation": fl(DF),
        "fragmentation_if_removed": {v: fl(F_rm[v]) for v in order},
        "distance_fragmentation_if_removed": {v: fl(DF_rm[v]) for v in order},
    }


# --------------------------------------------------------------------------------------------------------------
# 6. Key players (Borgatti 2006), brute force, exact arithmetic
# --------------------------------------------------------------------------------------------------------------

def adjacency_lists(G, order, pos):
    """Undirected adjacency (the key-player networks are undirected) as lists of positions."""
    return [[pos[u] for u in G[v]] for v in order]


def bfs_hist(adj, src, removed):
    """Distances from src avoiding `removed`: (number reached excluding src, Counter of distances)."""
    seen = {src: 0}
    q = deque([src])
    hist = Counter()
    while q:
        x = q.popleft()
        dx = seen[x] + 1
        for y in adj[x]:
            if y not in seen and y not in removed:
                seen[y] = dx
                hist[dx] += 1
                q.append(y)
    return len(seen) - 1, hist


def keyplayers(net, G):
    order, pos = net.order, net.pos
    n = len(order)
    adj = adjacency_lists(G, order, pos)
    # full distance matrix for the positive measures (None = unreachable)
    full = []
    for s in range(n):
        dist = {s: 0}
        q = deque([s])
        while q:
            x = q.popleft()
            for y in adj[x]:
                if y not in dist:
                    dist[y] = dist[x] + 1
                    q.append(y)
        full.append(dist)
    res = {"keyplayer_negative_F": {}, "keyplayer_negative_DF": {}, "keyplayer_positive_reach": {},
           "keyplayer_positive_mreach": {}}
    for k in KEYPLAYER_K:
        m = n - k
        best = {key: None for key in res}
        for K in itertools.combinations(range(n), k):
            removed = set(K)
            reach, inv = 0, Counter()
            for s in range(n):
                if s in removed:
                    continue
                r, h = bfs_hist(adj, s, removed)
                reach += r
                inv.update(h)
            F = 1 - Fraction(reach, m * (m - 1))
            DF = 1 - sum((Fraction(c, d) for d, c in inv.items()), Fraction(0)) / (m * (m - 1))
            # positive: distances from the set
            dr_out = Fraction(0)
            within = 0
            for j in range(n):
                if j in removed:
                    continue
                ds = [full[a][j] for a in K if j in full[a]]
                if ds:
                    d = min(ds)
                    dr_out += Fraction(1, d)
                    if d <= MREACH_M:
                        within += 1
            DR = (k + dr_out) / n
            MR = Fraction(within, m)
            extra = {
                "keyplayer_negative_F": {},
                "keyplayer_negative_DF": {},
                "keyplayer_positive_reach": {"score_members_excluded": dr_out / n},
                "keyplayer_positive_mreach": {"count": within, "fraction_of_all_with_members": Fraction(within + k, n)},
            }
            for key, score in (("keyplayer_negative_F", F), ("keyplayer_negative_DF", DF),
                               ("keyplayer_positive_reach", DR), ("keyplayer_positive_mreach", MR)):
                if best[key] is None or score > best[key][0]:
                    best[key] = (score, K, extra[key])
        for key in res:
            score, K, extra = best[key]
            entry = {"set": [order[i] for i in K], "score": fl(score)}
            for a, b in extra.items():
                entry[a] = b if isinstance(b, int) else fl(b)
            res[key][str(k)] = entry
    # cross-check winners' negative scores with igraph
    g = to_igraph(G, order, pos, False)
    for key in ("keyplayer_negative_F", "keyplayer_negative_DF"):
        for k, entry in res[key].items():
            gi = g.copy()
            gi.delete_vertices([pos[v] for v in entry["set"]])
            m = gi.vcount()
            D = np.array(gi.distances(), dtype=float)
            off = ~np.eye(m, dtype=bool)
            if key.endswith("_F"):
                ref = 1 - np.isfinite(D[off]).sum() / (m * (m - 1))
            else:
                ref = 1 - (1.0 / D[off & np.isfinite(D)]).sum() / (m * (m - 1))
            close(entry["score"], ref, 1e-12, f"{net.name} {key} {k}")
    return res


# --------------------------------------------------------------------------------------------------------------
# 2. Structural holes (Burt 1992, NetworkX)
# --------------------------------------------------------------------------------------------------------------

def mutual(G, u, v, wt):
    """a_uv + a_vu (directed); a_uv (undirected: Burt's proportions are scale-free, so NetworkX's 2 a_uv is the same)."""
    def a(x, y):
        if not G.has_edge(x, y):
            return 0
        return G[x][y][wt] if wt else 1
    return a(u, v) + (a(v, u) if G.is_directed() else 0)


def hand_effective_size(G, v, wt):
    """Burt (1992): ES_i = sum_{j in N(i)} [1 - sum_{q in N(i)} p_iq m_jq]."""
    N = set(nx.all_neighbors(G, v))
    if not N:
        return None
    tot = sum(mutual(G, v, q, wt) for q in N)
    es = 0.0
    for j in N:
        mx = max(mutual(G, j, k, wt) for k in set(nx.all_neighbors(G, j)))
        es += 1 - sum(mutual(G, v, q, wt) / tot * mutual(G, j, q, wt) / mx for q in N)
    return es


def borgatti_example_check():
    H = nx.Graph()
    for u, v, w in [("A", "B", 2), ("A", "F", 3), ("A", "G", 5), ("A", "E", 2), ("E", "G", 8), ("F", "G", 3),
                    ("B", "G", 4), ("B", "D", 1), ("D", "G", 3), ("G", "C", 10)]:
        H.add_edge(u, v, weight=w)
    es = nx.effective_size(H, nodes=list(H), weight="weight")["A"]
    assert abs(es - 2.475) < 1e-12, es
    assert abs(hand_effective_size(H, "A", "weight") - 2.475) < 1e-12
    return es


def holes_block(net, G, weighted, X):
    order = net.order
    wt = "weight" if weighted else None
    C = nx.constraint(G, weight=wt)
    ES = nx.effective_size(G, nodes=list(G), weight=wt)
    con, eff, effi, hier = {}, {}, {}, {}
    worst_es = 0.0
    sinks = []
    for v in order:
        N = sorted(set(nx.all_neighbors(G, v)), key=net.pos.__getitem__)
        con[v] = fl(C[v])
        eff[v] = fl(ES[v])
        hand = hand_effective_size(G, v, wt)
        if eff[v] is None and N:
            # NetworkX 3.6.1's loop path tests `len(G[v]) == 0`, i.e. no OUT-neighbours, before summing over
            # in U out neighbours: on a directed graph it returns NaN for an actor with in-arcs only.  Its own
            # definition (contacts = in U out) gives a value; take the explicit formula there.
            assert net.directed
            sinks.append(v)
            eff[v] = fl(hand)
        worst_es = max(worst_es, close(eff[v], hand, TOL, f"ES {v}"))
        effi[v] = None if not N else fl(ES[v] / len(N))
        if len(N) <= 1:
            hier[v] = None
            continue
        c = [nx.local_constraint(G, v, j, weight=wt) for j in N]
        Ctot = sum(c)
        close(Ctot, C[v], 1e-12, f"constraint sum {v}")
        mean = Ctot / len(N)
        s = sum((x / mean) * math.log(x / mean) for x in c if x > 0)
        hier[v] = fl(s / (len(N) * math.log(len(N))))
    X["effective_size_vs_hand_formula"] = worst_es
    if net.directed:
        X["effective_size_networkx_nan_in_arcs_only"] = sinks
    loop = nx.constraint(G, nodes=list(G), weight=wt)
    X["constraint_fast_path_vs_loop"] = max(
        (abs(C[v] - loop[v]) for v in order if not math.isnan(loop[v])), default=0.0)
    assert X["constraint_fast_path_vs_loop"] <= TOL
    g = to_igraph(G, order, net.pos, weighted)
    igc = g.constraint(weights="weight" if weighted else None)
    X["constraint_igraph"] = max(close(con[v], fl(igc[i]), TOL, f"constraint {v}") for i, v in enumerate(order))
    return {"constraint": con, "effective_size": eff, "efficiency": effi, "hierarchy": hier}


# --------------------------------------------------------------------------------------------------------------
# 3. Brokerage (R sna)
# --------------------------------------------------------------------------------------------------------------

def run_sna(nets):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        manifest = []
        for net in nets:
            n = len(net.order)
            A = np.zeros((n, n), dtype=int)
            for u, v, _ in net.edges:
                A[net.pos[u], net.pos[v]] = 1
                if not net.directed:
                    A[net.pos[v], net.pos[u]] = 1
            np.savetxt(tmp / f"{net.name}.csv", A, fmt="%d", delimiter=",")
            (tmp / f"{net.name}.groups").write_text("".join(net.groups[v] + "\n" for v in net.order),
                                                    encoding="utf-8")
            manifest.append(f"{net.name}\t{tmp / (net.name + '.csv')}\t{tmp / (net.name + '.groups')}")
        (tmp / "manifest.tsv").write_text("\n".join(manifest) + "\n")
        try:
            subprocess.run(["Rscript", str(R_SCRIPT), str(tmp / "manifest.tsv"), str(tmp / "out.tsv")],
                           check=True, capture_output=True, text=True)
        except FileNotFoundError:
            sys.exit("Rscript not found: install R and sna (apt-get install -y r-cran-sna)")
        except subprocess.CalledProcessError as e:
            sys.exit(f"diagnosis_brokerage.R failed:\n{e.stderr}")
        res, version = {}, None
        for line in (tmp / "out.tsv").read_text(encoding="utf-8").splitlines():
            f = line.split("\t")
            if f[0] == "__sna_version__":
                version = f[1]
                continue
            key, what, row, vals = f
            vals = [float(x) for x in vals.split(",")]
            res.setdefault(key, {}).setdefault(what, {})[int(row)] = vals
    return res, version


def hand_brokerage(net):
    """Raw Gould-Fernandez counts as defined in metric-conventions.md (for the cross-check)."""
    arcs = set()
    for u, v, _ in net.edges:
        arcs.add((u, v))
        if not net.directed:
            arcs.add((v, u))
    out_n, in_n = {v: [] for v in net.order}, {v: [] for v in net.order}
    for a, b in arcs:
        out_n[a].append(b)
        in_n[b].append(a)
    g = net.groups
    counts = {}
    for v in net.order:
        c = dict.fromkeys(ROLES, 0)
        for a in in_n[v]:
            for b in out_n[v]:
                if a == b or (a, b) in arcs:
                    continue
                if g[a] == g[v] == g[b]:
                    c["w_I"] += 1
                elif g[a] == g[b]:
                    c["w_O"] += 1
                elif g[a] == g[v]:
                    c["b_IO"] += 1
                elif g[v] == g[b]:
                    c["b_OI"] += 1
                else:
                    c["b_O"] += 1
        c["t"] = sum(c[r] for r in ROLES[:5])
        counts[v] = c
    return counts


def brokerage_block(net, sna, X):
    order = net.order
    hand = hand_brokerage(net)

    def row(vals, integer=False):
        return {r: (int(x) if integer else fl(x)) for r, x in zip(ROLES, vals)}

    raw = {v: row(sna["raw.nli"][i + 1], True) for i, v in enumerate(order)}
    for i, v in enumerate(order):
        assert all(float(sna["raw.nli"][i + 1][k]).is_integer() for k in range(6))
        assert raw[v] == hand[v], f"{net.name} brokerage {v}: sna {raw[v]} vs hand {hand[v]}"
    X["brokerage_raw_vs_hand_count"] = "identical"
    nonfinite = sum(1 for i in range(len(order)) for x in sna["z.nli"][i + 1] if not math.isfinite(x))
    X["brokerage_z_nonfinite_to_null"] = nonfinite
    return {
        "brokerage": raw,
        "brokerage_expected": {v: row(sna["exp.nli"][i + 1]) for i, v in enumerate(order)},
        "brokerage_z": {v: row(sna["z.nli"][i + 1]) for i, v in enumerate(order)},
        "brokerage_network": {"raw": row(sna["raw.gli"][0], True), "expected": row(sna["exp.gli"][0]),
                              "z": row(sna["z.gli"][0])},
    }


# --------------------------------------------------------------------------------------------------------------
# 4. Bloc cohesion
# --------------------------------------------------------------------------------------------------------------

def ei(E, I):
    return None if E + I == 0 else Fraction(E - I, E + I)


def bloc_block(net, G, weighted, X):
    order, g = net.order, net.groups
    groups = net.group_order()
    size = Counter(g[v] for v in order)
    ties = [(u, v) for u, v in G.edges()]  # undirected: each edge once; directed: arcs
    E = sum(1 for u, v in ties if g[u] != g[v])
    I = len(ties) - E
    ei_group = {}
    for a in groups:
        Ea = sum(1 for u, v in ties if (g[u] == a) != (g[v] == a))
        Ia = sum(1 for u, v in ties if g[u] == a and g[v] == a)
        ei_group[a] = fl(ei(Ea, Ia))
    ei_actor = {}
    for v in order:
        inc = [(u, w) for u, w in ties if v in (u, w)]
        Ev = sum(1 for u, w in inc if g[u] != g[w])
        ei_actor[v] = fl(ei(Ev, len(inc) - Ev))
    n, L = len(order), len(ties)
    if net.directed:
        p_in = sum(s * (s - 1) for s in size.values())
        p_out = n * (n - 1) - p_in
    else:
        p_in = sum(s * (s - 1) // 2 for s in size.values())
        p_out = n * (n - 1) // 2 - p_in
    rng = None if L == 0 else {"max": fl(Fraction(2 * min(L, p_out) - L, L)),
                               "min": fl(Fraction(L - 2 * min(L, p_in), L))}
    # mixing
    H = G.copy()
    nx.set_node_attributes(H, g, "grp")
    md = nx.attribute_mixing_dict(H, "grp")
    mixing = {a: {b: int(md.get(a, {}).get(b, 0)) for b in groups} for a in groups}
    cnt = Counter((g[u], g[v]) for u, v in ties)
    density = {}
    for a in groups:
        density[a] = {}
        for b in groups:
            if net.directed:
                t = cnt[(a, b)]
                possible = size[a] * (size[a] - 1) if a == b else size[a] * size[b]
                assert mixing[a][b] == t
            else:
                t = cnt[(a, b)] + (cnt[(b, a)] if a != b else 0)
                possible = size[a] * (size[a] - 1) // 2 if a == b else size[a] * size[b]
                assert mixing[a][b] == (2 * t if a == b else t)
            density[a][b] = None if possible == 0 else fl(Fraction(t, possible))
    X["mixing_ties_vs_hand_count"] = "identical"
    wt = "weight" if weighted else None
    part = [{v for v in order if g[v] == a} for a in groups]
    Q = nx.community.modularity(G, part, weight=wt)
    gi = to_igraph(G, order, net.pos, weighted)
    memb = [groups.index(g[v]) for v in order]
    X["bloc_modularity_igraph"] = close(Q, gi.modularity(memb, weights="weight" if weighted else None,
                                                         directed=net.directed), 1e-12, "bloc modularity")
    return {
        "ei_index": fl(ei(E, I)),
        "ei_group": ei_group,
        "ei_actor": ei_actor,
        "ei_rescaled": None,
        "ei_range_given_ties": rng,
        "mixing_ties": mixing,
        "mixing_density": density,
        "bloc_modularity": fl(Q),
    }


# --------------------------------------------------------------------------------------------------------------
# 5. Communities vs blocs
# --------------------------------------------------------------------------------------------------------------

def community_block(net, G, weighted, X):
    order, pos = net.order, net.pos
    wt = "weight" if weighted else None
    comms = nx.community.louvain_communities(G, weight=wt, seed=42)
    comms = sorted((sorted(c, key=pos.__getitem__) for c in comms), key=lambda c: pos[c[0]])
    label = {v: i for i, c in enumerate(comms) for v in c}
    lab = [label[v] for v in order]
    Q = nx.community.modularity(G, [set(c) for c in comms], weight=wt)
    gi = to_igraph(G, order, pos, weighted)
    X["louvain_modularity_igraph"] = close(Q, gi.modularity(lab, weights="weight" if weighted else None,
                                                            directed=net.directed), 1e-12, "louvain modularity")
    out = {"louvain_modularity": fl(Q), "louvain_labels": {v: label[v] for v in order},
           "louvain_communities": len(comms), "nmi_group_louvain": None, "ari_group_louvain": None}
    if net.groups is not None:
        groups = net.group_order()
        glab = [groups.index(net.groups[v]) for v in order]
        nmi = normalized_mutual_info_score(glab, lab)
        ari = adjusted_rand_score(glab, lab)
        X["nmi_igraph"] = close(nmi, ig.compare_communities(glab, lab, method="nmi"), 1e-12, "nmi")
        X["ari_igraph"] = close(ari, ig.compare_communities(glab, lab, method="adjusted_rand"), 1e-12, "ari")
        out["nmi_group_louvain"] = fl(nmi)
        out["ari_group_louvain"] = fl(ari)
    return out


def nmi_ari_cases(X):
    cases = []
    worst = 0.0
    for a, b in NMI_ARI_CASES:
        nmi = normalized_mutual_info_score(a, b)
        ari = adjusted_rand_score(a, b)
        worst = max(worst, close(nmi, ig.compare_communities(a, b, method="nmi"), 1e-12, "case nmi"),
                    close(ari, ig.compare_communities(a, b, method="adjusted_rand"), 1e-12, "case ari"))
        cases.append({"a": a, "b": b, "nmi": fl(nmi), "ari": fl(ari)})
    X["nmi_ari_cases_igraph"] = worst
    return cases


# --------------------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------------------

SOURCES = {
    "fragmentation": "hand formula (Borgatti 2006, reachability form), exact; checked against igraph",
    "distance_fragmentation": "hand formula on NetworkX shortest-path lengths (weighted: length = 1/weight, exact "
                              "rationals), exact; checked against igraph distances",
    "fragmentation_if_removed": "hand formula on G - v (n - 1 nodes), exact; checked against igraph",
    "distance_fragmentation_if_removed": "hand formula on NetworkX distances of G - v, exact; checked against igraph",
    "constraint": "NetworkX nx.constraint (checked against igraph Graph.constraint)",
    "effective_size": "NetworkX nx.effective_size(G, nodes=list(G), weight) (checked against an explicit Burt-1992 "
                      "formula); directed actors with in-arcs only, where NetworkX 3.6.1 returns NaN, take the "
                      "explicit formula (listed in cross_check.*.effective_size_networkx_nan_in_arcs_only)",
    "efficiency": "NetworkX effective_size / number of distinct contacts (in U out)",
    "hierarchy": "hand formula (Burt 1992 hierarchy, Coleman-Theil index) on NetworkX nx.local_constraint; null when "
                 "the actor has <= 1 contact",
    "brokerage": "R sna::brokerage raw.nli (checked against a hand count)",
    "brokerage_expected": "R sna::brokerage exp.nli",
    "brokerage_z": "R sna::brokerage z.nli (NaN/Inf -> null)",
    "brokerage_network": "R sna::brokerage raw.gli / exp.gli / z.gli",
    "ei_index": "hand formula (Krackhardt & Stern 1988)",
    "ei_group": "hand formula (Krackhardt & Stern 1988; UCINET group E-I)",
    "ei_actor": "hand formula (Krackhardt & Stern 1988; UCINET individual E-I)",
    "ei_rescaled": "not computed: UCINET's exact rescaling could not be established (null)",
    "ei_range_given_ties": "hand formula: min / max E-I attainable with the observed tie count and group sizes",
    "mixing_ties": "NetworkX nx.attribute_mixing_dict (checked against a hand count)",
    "mixing_density": "hand formula on tie counts",
    "bloc_modularity": "NetworkX nx.community.modularity (checked against igraph)",
    "louvain_modularity": "NetworkX nx.community.louvain_communities(seed=42) + nx.community.modularity (checked "
                          "against igraph modularity of the same partition)",
    "louvain_labels": "NetworkX nx.community.louvain_communities(seed=42), communities numbered by first node in "
                      "node order",
    "louvain_communities": "NetworkX nx.community.louvain_communities(seed=42): number of communities",
    "nmi_group_louvain": "scikit-learn normalized_mutual_info_score (arithmetic), checked against igraph",
    "ari_group_louvain": "scikit-learn adjusted_rand_score, checked against igraph",
    "nmi_ari_cases": "scikit-learn normalized_mutual_info_score / adjusted_rand_score, checked against igraph",
    "keyplayer_negative_F": "hand brute force (Borgatti 2006 KPP-NEG, F), exact; winners checked against igraph",
    "keyplayer_negative_DF": "hand brute force (Borgatti 2006 KPP-NEG, DF), exact; winners checked against igraph",
    "keyplayer_positive_reach": "hand brute force (Borgatti 2006 KPP-POS, distance-weighted reach, eq. 14), exact",
    "keyplayer_positive_mreach": "hand brute force (Borgatti 2006 KPP-POS, m-reach with m = 2), exact",
}

CONVENTIONS = {
    "undefined": "null wherever a value is undefined (isolates for constraint / effective_size / efficiency / "
                 "ei_actor, <= 1 contact for hierarchy, zero-size denominators, NaN or Inf from sna)",
    "weights": "weighted results use 'weight' as tie strength for constraint, effective size, modularity and "
               "Louvain, and length = 1/weight for distances (DF); F, brokerage, E-I and mixing ignore weights "
               "(identical in both variants); key players are computed on the unweighted graph only (null in "
               "'weighted')",
    "directed": "F / DF use directed reachability / distances (ordered pairs); structural holes use NetworkX's "
                "directed definitions (contacts = in U out neighbours, mutual weights a_ij + a_ji); E-I, mixing "
                "and density count arcs; modularity and Louvain are NetworkX's directed versions",
    "ei": "network E-I over all ties; group E-I over ties with at least one end in the group (I inside, E "
          "across); actor E-I over the actor's incident ties (directed: in- and out-arcs)",
    "mixing_ties": "nx.attribute_mixing_dict convention: undirected edges counted both ways (symmetric, "
                   "within-group cells doubled); directed arcs counted source group -> target group; rows and "
                   "columns in the order of the top-level 'groups' list (JSON keys are sorted)",
    "mixing_density": "undirected: ties (each once) / n_a n_b, within n_a (n_a - 1) / 2; directed: arcs a -> b / "
                      "n_a n_b, within n_a (n_a - 1)",
    "hierarchy": "H = sum_j r_j ln r_j / (N ln N), r_j = c_ij / (C_i / N); null when N <= 1 (Burt's STRUCTURE "
                 "reports 1 for N = 1 and 0 for isolates)",
    "keyplayer": "sets maximise the score; ties -> lexicographically smallest list of node positions; 'set' in "
                 "node order; F / DF are those of the graph with K removed (n - k nodes)",
    "keyplayer_positive_reach": "DR = (1/n) [k + sum_{j not in K} 1/d_Kj] (members count 1; Borgatti 2006: max 1 "
                                "when every outsider is adjacent to K); score_members_excluded = DR - k/n",
    "keyplayer_positive_mreach": "score = |{j not in K : d_Kj <= 2}| / (n - k); count = that number; "
                                 "fraction_of_all_with_members = (count + k) / n",
    "nmi": "arithmetic normalisation, I / ((H_a + H_b) / 2) (sklearn default)",
}


def results(net, weighted, sna, X):
    G = net.graph(weighted)
    R = {}
    R.update(fragmentation_block(net, G, weighted, X))
    R.update(holes_block(net, G, weighted, X))
    group_keys = ["brokerage", "brokerage_expected", "brokerage_z", "brokerage_network", "ei_index", "ei_group",
                  "ei_actor", "ei_rescaled", "ei_range_given_ties", "mixing_ties", "mixing_density",
                  "bloc_modularity"]
    if net.groups is not None:
        R.update(brokerage_block(net, sna[net.name], X))
        R.update(bloc_block(net, G, weighted, X))
    else:
        R.update(dict.fromkeys(group_keys))
    R.update(community_block(net, G, weighted, X))
    R["nmi_ari_cases"] = nmi_ari_cases(X)
    kp_keys = ["keyplayer_negative_F", "keyplayer_negative_DF", "keyplayer_positive_reach",
               "keyplayer_positive_mreach"]
    if net.name in KEYPLAYER_NETS and not weighted:
        R.update(keyplayers(net, G))
    else:
        R.update(dict.fromkeys(kp_keys))
    assert set(R) <= set(SOURCES), set(R) - set(SOURCES)
    R["source"] = {k: SOURCES[k] for k in R}
    R["conventions"] = CONVENTIONS
    return R


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    borgatti_example_check()
    nets = [Net(name) for name in NETS]
    sna, sna_version = run_sna([n for n in nets if n.groups is not None])
    versions = {"networkx": nx.__version__, "igraph": ig.__version__, "numpy": np.__version__,
                "scipy": scipy.__version__, "scikit-learn": sklearn.__version__, "R_sna": sna_version}
    for net in nets:
        res, cross = {}, {}
        for variant, weighted in (("unweighted", False), ("weighted", True)):
            if weighted and not net.weighted:
                continue
            X = {}
            res[variant] = results(net, weighted, sna, X)
            cross[variant] = X
        cross["borgatti_structural_holes_example_effective_size_A"] = 2.475
        doc = {
            "name": net.name,
            "directed": net.directed,
            "nodes": net.order,
            "group_attribute": net.group_attr,
            "groups": net.group_order() if net.groups is not None else None,
            "group_of": {v: net.groups[v] for v in net.order} if net.groups is not None else None,
            "results": res,
            "cross_check": cross,
            "versions": versions,
        }
        text = json.dumps(doc, sort_keys=True, indent=1, ensure_ascii=False, allow_nan=False) + "\n"
        (OUT / f"{net.name}.json").write_text(text, encoding="utf-8")
        print(f"{net.name}: written ({len(net.order)} nodes)")


if __name__ == "__main__":
    main()
