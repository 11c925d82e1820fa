#!/usr/bin/env python3
"""Reference fixtures for Redes' "decision" helpers: which single tie to add to a network to best reduce its
fragmentation / distance fragmentation or increase its 2-step reach, a greedy k = 3 version for distance
fragmentation, and a few Spearman rank-correlation cases.

Run from the repository root:

    python3 Scripts/reference/decision_fixtures.py

Needs Python 3 with networkx (3.6.1 here), numpy and scipy.  It READS the reference networks written by
make_fixtures.py (Tests/RedesTests/Fixtures/reference/NAME.nodes.csv and NAME.edges.csv; node order = nodes.csv
order) for NAME in karate, florentine, random-undirected, and WRITES Tests/RedesTests/Fixtures/decisions/NAME.json.
Everything is computed by brute force with NetworkX (shortest-path lengths / connected components) and is
independent of Redes.  Output is deterministic (JSON with sorted keys, indent=1; floats written by Python's repr,
i.e. the shortest string that round-trips); running it twice gives byte-identical files.

Graphs
------
Every network is treated as UNDIRECTED and UNWEIGHTED here: edge weights in the CSV are ignored, an edge list entry
u,v is the undirected tie {u, v}.  All nodes of nodes.csv are kept, including isolates (florentine's Pucci).
n = number of nodes (isolates included).

Measures (Borgatti 2006, "Identifying sets of key players in a social network", CMOT 12:21-34)
-------------------------------------------------------------------------------------------------
* distance fragmentation DF = 1 - sum_{i != j} (1/d_ij) / (n(n-1)), over ORDERED pairs, 1/inf = 0.
  (= 1 - networkx.global_efficiency(G); asserted.)
* fragmentation F = 1 - sum_k s_k(s_k - 1) / (n(n-1)) over the connected-component sizes s_k
  (= 1 - (ordered reachable pairs) / (n(n-1)); asserted).
* 2-step reach R2 = |{(i, j) ordered : i != j, d_ij <= 2}| / (n(n-1)).

All three are computed as exact rationals (fractions.Fraction), and every comparison/ranking is done on the exact
values, so ties are real ties (no floating-point noise).  Each score is written both as a float ("...") and as the
exact fraction string "p/q" ("..._exact").

Suggestions (one added tie)
---------------------------
Candidates = EVERY unordered pair {u, v} of distinct nodes that are NOT already adjacent (n(n-1)/2 - m of them;
"candidates_evaluated").  For each candidate the measure is recomputed from scratch on G + {u, v}.  A pair is written
with position(u) < position(v) (positions = 0-based indices in nodes.csv order) as {"u", "v", "positions": [i, j]}.

* suggest_DF: best = the pair with the LOWEST DF after adding it; suggest_F: LOWEST F after; suggest_reach2: HIGHEST
  R2 after.  Ties are broken by the lexicographically smallest (position(u), position(v)).
  Each block records: baseline (measure of G), best {u, v, positions, after, gain}, n_tied_best (how many candidates
  share the best value), and top5 = the first 5 candidates in the ranking (value, then (position(u), position(v))).
  gain is the improvement: baseline - after for DF and F, after - baseline for R2 (so gain >= 0 always).
* For a connected graph (karate) adding any tie leaves F = 0: every candidate ties, "all_candidates_equal" is true
  and the best pair is, by the tie rule, the lexicographically smallest non-adjacent pair.
  "all_candidates_equal" is recorded for every block.
* suggest_DF_greedy3: greedy k = 3 for DF: pick the best pair by the rule above, add it, recompute everything from
  scratch on the new graph (the candidates are the non-adjacent pairs of the NEW graph), repeat 3 times.  Each step
  records the pair, the DF after the step, the gain of the step, n_tied_best and candidates_evaluated.  Step 1 equals
  suggest_DF.best (asserted).

Spearman cases
--------------
spearman_cases: fixed vector pairs (x, y) with rho = scipy.stats.spearmanr(x, y).statistic (ties get average ranks,
i.e. Pearson correlation of scipy.stats.rankdata(..., method="average") ranks; asserted against numpy.corrcoef of
those ranks).  rho is null when undefined (a constant vector -> NaN in scipy).  The average ranks of x and y are
recorded too.  The cases are the same in every NAME.json.
"""

import csv
import itertools
import json
import math
import time
import warnings
from collections import Counter
from fractions import Fraction
from pathlib import Path

import networkx as nx
import numpy as np
import scipy
import scipy.stats

ROOT = Path(__file__).resolve().parents[2]
REF = ROOT / "Tests" / "RedesTests" / "Fixtures" / "reference"
DIAG = ROOT / "Tests" / "RedesTests" / "Fixtures" / "diagnosis"
OUT = ROOT / "Tests" / "RedesTests" / "Fixtures" / "decisions"
NETS = ["karate", "florentine", "random-undirected"]
TOP = 5
GREEDY_K = 3
TOL = 1e-12

SPEARMAN_CASES = [
    ("perfect increasing (no ties)", [1, 2, 3, 4, 5], [2, 4, 6, 8, 10]),
    ("perfect decreasing, monotone non-linear", [1, 2, 3, 4, 5, 6], [100, 50, 10, 5, 1, 0.5]),
    ("no ties, imperfect", [3.1, -0.5, 2.2, 7.0, 0.0, 4.4, 1.5], [2.0, 0.1, 3.5, 6.0, -1.0, 2.5, 0.7]),
    ("ties in x only", [1, 2, 2, 3, 4, 4, 4, 5], [1, 3, 2, 4, 6, 5, 8, 7]),
    ("ties in both", [1, 1, 2, 2, 3, 3, 4], [3, 1, 2, 2, 1, 3, 3]),
    ("ties in both, negative", [0, 0, 0, 1, 1, 2, 2, 2, 3], [5, 4, 5, 3, 3, 2, 1, 2, 0]),
    ("zero correlation", [1, 2, 3, 4, 5], [2, 5, 3, 1, 4]),
    ("constant y -> undefined", [1, 2, 3, 4], [5, 5, 5, 5]),
    ("both constant -> undefined", [0, 0, 0], [1, 1, 1]),
    ("length 2", [1, 2], [3, 1]),
]


# --------------------------------------------------------------------------------------------------------------
# Input
# --------------------------------------------------------------------------------------------------------------

def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def load(name):
    """Undirected unweighted graph; returns (G, order, pos)."""
    _, rows = read_csv(REF / f"{name}.nodes.csv")
    order = [r[0] for r in rows]
    pos = {v: i for i, v in enumerate(order)}
    assert len(pos) == len(order), f"{name}: duplicate node ids"
    _, rows = read_csv(REF / f"{name}.edges.csv")
    G = nx.Graph()
    G.add_nodes_from(order)
    for r in rows:
        u, v = r[0], r[1]
        assert u in pos and v in pos and u != v, f"{name}: bad edge {r}"
        G.add_edge(u, v)
    return G, order, pos


# --------------------------------------------------------------------------------------------------------------
# Measures (exact)
# --------------------------------------------------------------------------------------------------------------

def distance_histogram(G):
    """Counter {d: number of ordered pairs (i, j), i != j, at finite distance d}."""
    hist = Counter()
    for _, dist in nx.all_pairs_shortest_path_length(G):
        hist.update(d for d in dist.values() if d > 0)
    return hist


def measures(G):
    """(DF, F, R2) as Fractions, from one all-pairs BFS plus the component sizes."""
    n = G.number_of_nodes()
    N = n * (n - 1)
    hist = distance_histogram(G)
    inv = sum((Fraction(c, d) for d, c in hist.items()), Fraction(0))
    DF = 1 - inv / N
    reach_components = sum(len(c) * (len(c) - 1) for c in nx.connected_components(G))
    assert reach_components == sum(hist.values()), "component formula vs reachable ordered pairs"
    F = 1 - Fraction(reach_components, N)
    R2 = Fraction(hist.get(1, 0) + hist.get(2, 0), N)
    return DF, F, R2


def fx(q):
    return float(q)


def fs(q):
    return f"{q.numerator}/{q.denominator}"


# --------------------------------------------------------------------------------------------------------------
# Candidate evaluation
# --------------------------------------------------------------------------------------------------------------

def evaluate_candidates(G, order, check=True):
    """[(i, j, DF, F, R2)] for every non-adjacent pair i < j (positions), each on G + {u, v} from scratch."""
    out = []
    for i, j in itertools.combinations(range(len(order)), 2):
        u, v = order[i], order[j]
        if G.has_edge(u, v):
            continue
        H = G.copy()
        H.add_edge(u, v)
        DF, F, R2 = measures(H)
        if check:
            assert abs(fx(DF) - (1 - nx.global_efficiency(H))) <= TOL, "DF vs global_efficiency"
        out.append((i, j, DF, F, R2))
    n, m = G.number_of_nodes(), G.number_of_edges()
    assert len(out) == n * (n - 1) // 2 - m
    return out


def pair(order, i, j):
    return {"u": order[i], "v": order[j], "positions": [i, j]}


def suggestion(order, cands, idx, baseline, maximise):
    """Rank candidates by value (lowest first, or highest first if maximise), then (i, j)."""
    key = (lambda c: (-c[idx], c[0], c[1])) if maximise else (lambda c: (c[idx], c[0], c[1]))
    ranked = sorted(cands, key=key)
    best = ranked[0]
    after = best[idx]
    gain = (after - baseline) if maximise else (baseline - after)
    assert gain >= 0
    # the first strict optimum in itertools.combinations order must be the same pair
    first = None
    for c in cands:
        if first is None or (c[idx] > first[idx] if maximise else c[idx] < first[idx]):
            first = c
    assert (first[0], first[1]) == (best[0], best[1])
    tied = sum(1 for c in cands if c[idx] == after)
    top = []
    for c in ranked[:TOP]:
        e = pair(order, c[0], c[1])
        e.update({"after": fx(c[idx]), "after_exact": fs(c[idx])})
        top.append(e)
    b = pair(order, best[0], best[1])
    b.update({"after": fx(after), "after_exact": fs(after), "gain": fx(gain), "gain_exact": fs(gain)})
    return {
        "objective": "maximise" if maximise else "minimise",
        "baseline": fx(baseline),
        "baseline_exact": fs(baseline),
        "best": b,
        "n_tied_best": tied,
        "all_candidates_equal": tied == len(cands),
        "top5": top,
        "candidates_evaluated": len(cands),
    }


def greedy_DF(G, order, k):
    H = G.copy()
    DF0, _, _ = measures(H)
    prev = DF0
    steps = []
    for step in range(1, k + 1):
        cands = evaluate_candidates(H, order, check=False)
        s = suggestion(order, cands, 2, prev, maximise=False)
        b = s["best"]
        i, j = b["positions"]
        H.add_edge(order[i], order[j])
        DF_now, _, _ = measures(H)
        assert fs(DF_now) == b["after_exact"]
        e = pair(order, i, j)
        e.update({"step": step, "after": b["after"], "after_exact": b["after_exact"], "gain": b["gain"],
                  "gain_exact": b["gain_exact"], "n_tied_best": s["n_tied_best"],
                  "candidates_evaluated": s["candidates_evaluated"]})
        steps.append(e)
        prev = DF_now
    total = DF0 - prev
    return {"k": k, "baseline": fx(DF0), "baseline_exact": fs(DF0), "steps": steps,
            "final_DF": fx(prev), "final_DF_exact": fs(prev), "total_gain": fx(total), "total_gain_exact": fs(total)}


# --------------------------------------------------------------------------------------------------------------
# Spearman
# --------------------------------------------------------------------------------------------------------------

def spearman_cases():
    out = []
    for label, x, y in SPEARMAN_CASES:
        assert len(x) == len(y)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rho = float(scipy.stats.spearmanr(x, y).statistic)
            rx = scipy.stats.rankdata(x, method="average")
            ry = scipy.stats.rankdata(y, method="average")
            alt = float(np.corrcoef(rx, ry)[0, 1]) if (np.ptp(rx) > 0 and np.ptp(ry) > 0) else float("nan")
        if math.isnan(rho):
            assert math.isnan(alt), label
            rho = None
        else:
            assert abs(rho - alt) <= TOL, (label, rho, alt)
        out.append({"label": label, "x": x, "y": y, "rho": rho,
                    "ranks_x": [float(r) for r in rx], "ranks_y": [float(r) for r in ry]})
    return out


# --------------------------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------------------------

def diagnosis_cross_check(name, DF, F):
    """Baseline DF / F against Fixtures/diagnosis/NAME.json (unweighted), when that file exists."""
    path = DIAG / f"{name}.json"
    if not path.exists():
        return None
    r = json.loads(path.read_text(encoding="utf-8"))["results"]["unweighted"]
    close_df = abs(r["distance_fragmentation"] - fx(DF)) <= TOL
    close_f = abs(r["fragmentation"] - fx(F)) <= TOL
    assert close_df and close_f, f"{name}: baseline differs from diagnosis fixture"
    return {"distance_fragmentation": r["distance_fragmentation"], "fragmentation": r["fragmentation"]}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    versions = {"networkx": nx.__version__, "numpy": np.__version__, "scipy": scipy.__version__}
    spear = spearman_cases()
    for name in NETS:
        t0 = time.perf_counter()
        G, order, pos = load(name)
        n, m = G.number_of_nodes(), G.number_of_edges()
        DF0, F0, R20 = measures(G)
        assert abs(fx(DF0) - (1 - nx.global_efficiency(G))) <= TOL
        cands = evaluate_candidates(G, order)
        sDF = suggestion(order, cands, 2, DF0, maximise=False)
        sF = suggestion(order, cands, 3, F0, maximise=False)
        sR2 = suggestion(order, cands, 4, R20, maximise=True)
        if nx.is_connected(G):
            assert sF["all_candidates_equal"] and sF["best"]["positions"] == [cands[0][0], cands[0][1]]
        g3 = greedy_DF(G, order, GREEDY_K)
        assert g3["steps"][0]["positions"] == sDF["best"]["positions"]
        doc = {
            "name": name,
            "directed": False,
            "weighted": False,
            "nodes": order,
            "n": n,
            "m": m,
            "components": sorted((len(c) for c in nx.connected_components(G)), reverse=True),
            "candidate_pairs": len(cands),
            "suggest_DF": sDF,
            "suggest_F": sF,
            "suggest_reach2": sR2,
            "suggest_DF_greedy3": g3,
            "spearman_cases": spear,
            "conventions": {
                "graph": "undirected, unweighted (CSV weights ignored); all nodes of nodes.csv incl. isolates; "
                         "positions = 0-based index in nodes.csv order",
                "DF": "1 - sum_{i != j} (1/d_ij) / (n(n-1)), ordered pairs, 1/inf = 0",
                "F": "1 - sum_k s_k(s_k - 1) / (n(n-1)) over component sizes",
                "reach2": "|{(i, j) ordered, i != j, d_ij <= 2}| / (n(n-1))",
                "candidates": "every unordered pair of distinct non-adjacent nodes; measure recomputed from "
                              "scratch on G plus that edge",
                "best": "DF, F: lowest value after; reach2: highest; ties -> lexicographically smallest "
                        "(position(u), position(v)) with position(u) < position(v); top5 follows the same order",
                "gain": "DF, F: baseline - after; reach2: after - baseline",
                "greedy": "k = 3 for DF: add the best pair, recompute on the new graph, repeat",
                "exact": "*_exact = exact rational p/q; all ranking done on exact values",
                "spearman": "scipy.stats.spearmanr, average ranks for ties; NaN (constant vector) -> null",
            },
            "cross_check": {
                "DF_equals_1_minus_networkx_global_efficiency": True,
                "diagnosis_fixture_baseline_unweighted": diagnosis_cross_check(name, DF0, F0),
            },
            "versions": versions,
        }
        text = json.dumps(doc, sort_keys=True, indent=1, ensure_ascii=False, allow_nan=False) + "\n"
        (OUT / f"{name}.json").write_text(text, encoding="utf-8")
        dt = time.perf_counter() - t0
        print(f"{name}: n={n} m={m} candidates={len(cands)} "
              f"DF {sDF['best']['u']}-{sDF['best']['v']} ({sDF['baseline']:.6f} -> {sDF['best']['after']:.6f}); "
              f"F {sF['best']['u']}-{sF['best']['v']} ({sF['baseline']:.6f} -> {sF['best']['after']:.6f}); "
              f"R2 {sR2['best']['u']}-{sR2['best']['v']} ({sR2['baseline']:.6f} -> {sR2['best']['after']:.6f}); "
              f"greedy3 " + ", ".join(f"{s['u']}-{s['v']}" for s in g3["steps"]) + f" [{dt:.1f}s]")


if __name__ == "__main__":
    main()
