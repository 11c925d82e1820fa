#!/usr/bin/env python3
"""Time Redes against igraph and NetworKit on the same graph files, in the same run, and print ratios.

    python3 Benchmarks/compare.py                  # everything (a few minutes on 2 cores)
    python3 Benchmarks/compare.py --quick          # smoke test: ba-1k only
    python3 Benchmarks/compare.py --goals          # the rows with a target only, once each (about 5 minutes)
    python3 Benchmarks/compare.py --graphs ba-1k,er-10k --metrics pagerank,load
    python3 Benchmarks/compare.py --no-build --libraries igraph,networkit

Each (library, graph, metric) runs in its own process, so that its peak RSS is its own: Redes through
`.build/release/redes-bench FILE --metric NAME --repeat R`, igraph and NetworKit through this script started again
as a worker (`--worker LIB`). Each process loads the graph from the CSV file, then times the library call only
(time.perf_counter around the call; for "load", around reading the CSV and building the graph) and reports the
median of its repetitions. See Benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import hashlib
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
DATA_DIR = BENCH_DIR / "data"
RESULTS_DIR = BENCH_DIR / "results"
DEFAULT_REDES_BENCH = REPO_ROOT / ".build" / "release" / "redes-bench"
DEFAULT_REDES = REPO_ROOT / ".build" / "release" / "redes"

# ---------------------------------------------------------------------------------------------------------------
# The benchmark graphs. Generated with igraph's generators, Python's `random` seeded with `seed` (igraph draws its
# random numbers from Python's `random` module). Isolated vertices, if a generator makes any, are removed and the
# ids renumbered, so that every node appears in the edge list and every library sees the same n.
# ---------------------------------------------------------------------------------------------------------------
GRAPHS = {
    "ba-1k": {"model": "barabasi", "n": 1_000, "m": 5, "seed": 1001},
    "ba-10k": {"model": "barabasi", "n": 10_000, "m": 5, "seed": 1002},
    "ba-100k": {"model": "barabasi", "n": 100_000, "m": 5, "seed": 1003},
    "er-10k": {"model": "erdos_renyi", "n": 10_000, "mean_degree": 10, "seed": 2001},
    # The same edges with a third column `weight`, whole numbers 1..10 drawn with `seed` (lengths 1/weight).
    "ba-1k-weighted": {"model": "weights", "base": "ba-1k", "low": 1, "high": 10, "seed": 3001},
    "ba-10k-weighted": {"model": "weights", "base": "ba-10k", "low": 1, "high": 10, "seed": 3002},
}
GRAPH_ORDER = ["ba-1k", "ba-1k-weighted", "ba-10k", "ba-10k-weighted", "er-10k", "ba-100k"]

# Which metrics run on which graph. Betweenness and closeness are O(nm): not on ba-100k.
METRICS = ["load", "betweenness", "closeness", "pagerank", "linear", "weighted-betweenness", "constraint", "louvain",
           "analyze", "analyze-exact"]
METRIC_GRAPHS = {
    "load": {"ba-1k", "ba-10k", "er-10k", "ba-100k"},
    "betweenness": {"ba-1k", "ba-10k", "er-10k"},
    "closeness": {"ba-1k", "ba-10k", "er-10k"},
    "pagerank": {"ba-1k", "ba-10k", "er-10k", "ba-100k"},
    "linear": {"ba-1k", "ba-10k", "er-10k", "ba-100k"},  # Redes only: the references have no single equivalent
    # Issue 14: weighted paths, Burt's constraint, Louvain and the whole `redes analyze` process.
    "weighted-betweenness": {"ba-1k-weighted", "ba-10k-weighted"},
    "constraint": {"ba-10k", "ba-100k"},
    "louvain": {"ba-10k", "ba-100k"},
    "analyze": {"ba-10k", "ba-100k"},
    "analyze-exact": {"ba-100k"},
}
# The libraries that have each metric (all three when not listed).
METRIC_LIBRARIES = {
    "linear": {"redes"},
    "constraint": {"redes", "igraph"},  # NetworKit has no structural-hole measures
    "analyze": {"redes", "igraph"},
    "analyze-exact": {"redes"},
}
REFERENCE_METRICS = {"load", "betweenness", "closeness", "pagerank", "weighted-betweenness", "constraint", "louvain",
                     "analyze"}
LIBRARIES = ["redes", "igraph", "networkit"]
# Run --slow-repeat times (not --repeat) on graphs of SLOW_NODES nodes or more.
SLOW_METRICS = {"betweenness", "weighted-betweenness", "louvain", "analyze", "analyze-exact"}
SLOW_NODES = 5_000
# `--goals`: the rows the targets read, once each.
GOAL_ROWS = {("ba-10k-weighted", "weighted-betweenness"), ("ba-100k", "constraint"), ("ba-100k", "louvain"),
             ("ba-10k", "analyze"), ("ba-100k", "analyze")}

# The targets. kind "ratio": Redes seconds / reference seconds ≤ limit; kind "rss": Redes peak RSS (MB) ≤ limit.
TARGETS = [
    {"name": "exact betweenness, ba-10k ≤ 0.25× igraph", "kind": "ratio", "graph": "ba-10k",
     "metric": "betweenness", "reference": "igraph", "limit": 0.25},
    {"name": "exact betweenness, er-10k ≤ 0.25× igraph", "kind": "ratio", "graph": "er-10k",
     "metric": "betweenness", "reference": "igraph", "limit": 0.25},
    {"name": "closeness, ba-10k ≤ 0.5× NetworKit", "kind": "ratio", "graph": "ba-10k",
     "metric": "closeness", "reference": "networkit", "limit": 0.5},
    {"name": "closeness, er-10k ≤ 0.5× NetworKit", "kind": "ratio", "graph": "er-10k",
     "metric": "closeness", "reference": "networkit", "limit": 0.5},
    {"name": "PageRank, ba-100k ≤ NetworKit", "kind": "ratio", "graph": "ba-100k",
     "metric": "pagerank", "reference": "networkit", "limit": 1.0},
    {"name": "load (CSV + build), ba-100k ≤ NetworKit", "kind": "ratio", "graph": "ba-100k",
     "metric": "load", "reference": "networkit", "limit": 1.0},
    {"name": "peak RSS of `linear`, ba-100k ≤ 80 MB", "kind": "rss", "graph": "ba-100k",
     "metric": "linear", "limit": 80.0},
    # Issue 14.
    {"name": "weighted betweenness, ba-10k ≤ 0.35× igraph (Redes on all cores)", "kind": "ratio",
     "graph": "ba-10k-weighted", "metric": "weighted-betweenness", "reference": "igraph", "limit": 0.35},
    {"name": "weighted betweenness, ba-10k, one core ≤ 0.5× igraph (≥ 2× per core)", "kind": "ratio_one_thread",
     "graph": "ba-10k-weighted", "metric": "weighted-betweenness", "reference": "igraph", "limit": 0.5},
    {"name": "Burt constraint, ba-100k ≤ igraph", "kind": "ratio", "graph": "ba-100k", "metric": "constraint",
     "reference": "igraph", "limit": 1.0},
    {"name": "Louvain, ba-100k: modularity ≥ igraph multilevel", "kind": "quality", "graph": "ba-100k",
     "metric": "louvain", "reference": "igraph"},
    {"name": "Louvain, ba-100k ≤ NetworKit PLM (the speed anchor)", "kind": "ratio", "graph": "ba-100k",
     "metric": "louvain", "reference": "networkit", "limit": 1.0},
    {"name": "`redes analyze --sample 100 --format json`, ba-100k ≤ 5 s", "kind": "seconds", "graph": "ba-100k",
     "metric": "analyze", "limit": 5.0},
    {"name": "peak RSS of `redes analyze --sample 100`, ba-100k ≤ 250 MB", "kind": "rss", "graph": "ba-100k",
     "metric": "analyze", "limit": 250.0},
    {"name": "`redes analyze` exact, everything, ba-100k ≤ 180 s", "kind": "seconds", "graph": "ba-100k",
     "metric": "analyze-exact", "limit": 180.0},
]

# The `redes` command line of the whole-process rows (`{file}` and `{out}` are filled in).
ANALYZE_COMMANDS = {
    "analyze": ["analyze", "{file}", "--sample", "100", "--format", "json", "-o", "{out}"],
    "analyze-exact": ["analyze", "{file}", "--allow-slow", "--format", "json", "-o", "{out}"],
}

NETWORKIT_THREADS = 2


def display(path: Path | str) -> str:
    path = Path(path).resolve()
    return str(path.relative_to(REPO_ROOT)) if path.is_relative_to(REPO_ROOT) else str(path)


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------------------------
# Graph generation and cache
# ---------------------------------------------------------------------------------------------------------------
def graph_path(name: str) -> Path:
    return DATA_DIR / f"{name}.csv"


def meta_path(name: str) -> Path:
    return DATA_DIR / f"{name}.meta.json"


def generate_weights(name: str) -> dict:
    """The base graph's edges with a weight column: whole numbers low..high drawn in edge order with `seed`."""
    spec = GRAPHS[name]
    base = graph_path(spec["base"])
    rng = random.Random(spec["seed"])
    lines = base.read_text().splitlines()
    tmp = graph_path(name).with_suffix(".csv.tmp")
    with open(tmp, "w", newline="") as f:
        f.write("source,target,weight\n")
        f.writelines(f"{line},{rng.randint(spec['low'], spec['high'])}\n" for line in lines[1:])
    os.replace(tmp, graph_path(name))
    base_meta = json.loads(meta_path(spec["base"]).read_text())
    meta = {"spec": spec, "generator": "Python random", "nodes": base_meta["nodes"], "edges": base_meta["edges"],
            "isolated_removed": 0, "connected": base_meta["connected"],
            "sha256": hashlib.sha256(graph_path(name).read_bytes()).hexdigest()}
    meta_path(name).write_text(json.dumps(meta, indent=2) + "\n")
    return meta


def generate_graph(name: str) -> dict:
    import igraph as ig

    spec = GRAPHS[name]
    if spec["model"] == "weights":
        return generate_weights(name)
    ig.set_random_number_generator(random)
    random.seed(spec["seed"])
    n = spec["n"]
    if spec["model"] == "barabasi":
        g = ig.Graph.Barabasi(n, m=spec["m"], directed=False)
    elif spec["model"] == "erdos_renyi":
        g = ig.Graph.Erdos_Renyi(n=n, p=spec["mean_degree"] / (n - 1), directed=False)
    else:
        raise ValueError(spec["model"])
    g.simplify()
    isolated = [v for v, d in enumerate(g.degree()) if d == 0]
    if isolated:
        g.delete_vertices(isolated)
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    tmp = graph_path(name).with_suffix(".csv.tmp")
    with open(tmp, "w", newline="") as f:
        f.write("source,target\n")
        f.writelines(f"{a},{b}\n" for a, b in g.get_edgelist())
    os.replace(tmp, graph_path(name))
    meta = {
        "spec": spec,
        "generator": f"python-igraph {ig.__version__}",
        "nodes": g.vcount(),
        "edges": g.ecount(),
        "isolated_removed": len(isolated),
        "connected": g.is_connected(),
        "sha256": hashlib.sha256(graph_path(name).read_bytes()).hexdigest(),
    }
    meta_path(name).write_text(json.dumps(meta, indent=2) + "\n")
    return meta


def ensure_graph(name: str, regenerate: bool) -> dict:
    """The graph's metadata, generating the CSV file when it is missing or was made with other parameters."""
    if not regenerate and graph_path(name).exists() and meta_path(name).exists():
        try:
            meta = json.loads(meta_path(name).read_text())
            if meta.get("spec") == GRAPHS[name]:
                return meta
        except (OSError, ValueError):
            pass
    if GRAPHS[name]["model"] == "weights":
        ensure_graph(GRAPHS[name]["base"], regenerate)
    t0 = time.perf_counter()
    # In a child process: this one stays small, because a child's getrusage peak starts from its parent's.
    meta, error = run_internal(["generate", "--graph", name], timeout=1800)
    if meta is None:
        raise SystemExit(f"could not generate {name}: {error}")
    log(f"generated {display(graph_path(name))}: {meta['nodes']:,} nodes, {meta['edges']:,} edges"
        f"{', ' + str(meta['isolated_removed']) + ' isolated removed' if meta['isolated_removed'] else ''}"
        f" ({time.perf_counter() - t0:.1f} s)")
    return meta


# ---------------------------------------------------------------------------------------------------------------
# Worker: one library, one graph, one metric, in its own process
# ---------------------------------------------------------------------------------------------------------------
def read_weighted(path: str) -> tuple[int, list[tuple[int, int]], list[float]]:
    """The node count, edges and weights of a `source,target,weight` file."""
    edges, weights = [], []
    with open(path, newline="") as f:
        rows = csv.reader(f)
        next(rows)  # header
        for a, b, w in rows:
            edges.append((int(a), int(b)))
            weights.append(float(w))
    return (1 + max(map(max, edges)) if edges else 0), edges, weights


def igraph_load(path: str):
    import igraph as ig

    with open(path, newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        if len(header) == 3:
            n, edges, weights = read_weighted(path)
            g = ig.Graph(n=n, edges=edges, directed=False)
            g.es["weight"] = weights
            return g
        edges = [(int(a), int(b)) for a, b in rows]
    n = 1 + max(map(max, edges)) if edges else 0
    return ig.Graph(n=n, edges=edges, directed=False)


def networkit_load(path: str):
    import networkit as nk

    with open(path) as f:
        weighted = len(f.readline().split(",")) == 3
    if weighted:
        # Edge weights are NetworKit's path lengths: 1/weight, the lengths Redes and igraph use.
        n, edges, weights = read_weighted(path)
        g = nk.Graph(n, weighted=True)
        for (a, b), w in zip(edges, weights):
            g.addEdge(a, b, 1 / w)
        return g
    # The header "source,target" starts with 's' and is skipped as a comment line.
    reader = nk.graphio.EdgeListReader(",", 0, commentPrefix="s", continuous=True, directed=False)
    return reader.read(path)


def igraph_analyze(g) -> None:
    """igraph's counterparts of the sections `redes analyze --sample 100` computes, where igraph has one: degree,
    components, core numbers, local and global clustering, PageRank, eigenvector, cut points, bridges, assortativity,
    Burt's constraint and Louvain (no sampled betweenness, F/DF or brokerage; no JSON written)."""
    g.degree()
    g.connected_components()
    g.coreness()
    g.transitivity_local_undirected(mode="zero")
    g.transitivity_undirected()
    g.pagerank()
    g.eigenvector_centrality()
    g.articulation_points()
    g.bridges()
    g.assortativity_degree(directed=False)
    g.constraint()
    g.community_multilevel()


def worker(library: str, path: str, metric: str, repeat: int, threads: int = NETWORKIT_THREADS) -> dict:
    if library == "igraph":
        import igraph as ig

        load = igraph_load
        calls = {
            "betweenness": lambda g: g.betweenness(),
            "closeness": lambda g: g.closeness(),
            "pagerank": lambda g: g.pagerank(),
            "weighted-betweenness": lambda g: g.betweenness(weights=[1 / w for w in g.es["weight"]]),
            "constraint": lambda g: g.constraint(),
            "louvain": lambda g: g.community_multilevel(),
            "analyze": igraph_analyze,
        }
        quality = {"louvain": lambda g, result: result.modularity}
        size = lambda g: (g.vcount(), g.ecount())  # noqa: E731
        version = ig.__version__
    elif library == "networkit":
        import networkit as nk

        nk.setNumberOfThreads(threads)
        load = networkit_load

        def run(algorithm):
            algorithm.run()
            return algorithm.scores()

        def plm(g):
            algorithm = nk.community.PLM(g)
            algorithm.run()
            return algorithm.getPartition()

        calls = {
            "betweenness": lambda g: run(nk.centrality.Betweenness(g, normalized=True)),
            "closeness": lambda g: run(nk.centrality.Closeness(g, True, nk.centrality.ClosenessVariant.GENERALIZED)),
            "pagerank": lambda g: run(nk.centrality.PageRank(g, damp=0.85, tol=1e-12)),
            "weighted-betweenness": lambda g: run(nk.centrality.Betweenness(g, normalized=True)),
            "louvain": plm,
        }
        quality = {"louvain": lambda g, partition: nk.community.Modularity().getQuality(partition, g)}
        size = lambda g: (g.numberOfNodes(), g.numberOfEdges())  # noqa: E731
        version = nk.__version__
    else:
        raise ValueError(library)

    times, cpu = [], []
    qualities = []
    if metric == "load":
        for _ in range(repeat):
            t0 = time.perf_counter()
            g = load(path)
            times.append(time.perf_counter() - t0)
    elif metric in calls:
        g = load(path)
        call = calls[metric]
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            result = call(g)
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
            if metric in quality:
                qualities.append(quality[metric](g, result))
    else:
        raise ValueError(f"{library} has no metric {metric!r}")
    nodes, edges = size(g)
    report = {"metric": metric, "file": path, "nodes": nodes, "edges": edges, "seconds": statistics.median(times),
              "times": times, "peak_rss_mb": peak_rss_mb(), "library_version": version}
    if cpu:
        report["cpu_seconds"] = statistics.median(cpu)
    if qualities:
        report["modularity"] = statistics.median(qualities)
        report["modularities"] = qualities
    return report


def peak_rss_mb() -> float:
    """This process's own peak RSS. On Linux, VmHWM from /proc/self/status: getrusage's ru_maxrss is not used
    because after fork/vfork + exec it starts from the parent's high-water mark (a child of a 300 MB process reports
    at least 300 MB)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux, bytes on macOS
    return round(peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024, 1)


# ---------------------------------------------------------------------------------------------------------------
# Running children
# ---------------------------------------------------------------------------------------------------------------
def run_child(cmd: list[str], timeout: float, env: dict | None = None) -> dict:
    """Runs cmd; returns its exit code, output and peak RSS (from wait4, so it is this child's own)."""
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                                cwd=REPO_ROOT)
    except OSError as error:
        return {"returncode": None, "stdout": "", "stderr": str(error), "timed_out": False, "rss_mb": None,
                "wall": 0.0}
    out: dict[str, str] = {}
    readers = [threading.Thread(target=lambda s=s, k=k: out.__setitem__(k, s.read()), daemon=True)
               for s, k in ((proc.stdout, "stdout"), (proc.stderr, "stderr"))]
    for r in readers:
        r.start()
    timed_out = threading.Event()

    def kill() -> None:
        timed_out.set()
        proc.kill()

    timer = threading.Timer(timeout, kill)
    timer.start()
    t0 = time.perf_counter()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped: keep Popen from waiting again
    for r in readers:
        r.join()
    rss = usage.ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else usage.ru_maxrss / 1024
    return {"returncode": proc.returncode, "stdout": out.get("stdout", ""), "stderr": out.get("stderr", ""),
            "timed_out": timed_out.is_set(), "rss_mb": round(rss, 1), "wall": wall}


def last_json_line(text: str) -> dict | None:
    for line in reversed(text.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                value = json.loads(line)
            except ValueError:
                return None
            return value if isinstance(value, dict) else None
    return None


def short_error(result: dict) -> str:
    if result["timed_out"]:
        return "timed out"
    if result["returncode"] is None:
        return result["stderr"].strip() or "could not start"
    lines = [line.strip() for line in result["stderr"].splitlines() if line.strip()]
    errors = [line for line in lines if "error" in line.lower()] or lines[-1:]
    return f"exit {result['returncode']}" + (f": {errors[0][:160]}" if errors else "")


def measure_process(graph: str, metric: str, repeat: int, args) -> dict:
    """A whole `redes` process (ANALYZE_COMMANDS): the median wall time of `repeat` runs and the largest peak RSS, from
    wait4 (the child's own high-water mark: the runner stays near 21 MB)."""
    if not Path(args.redes).exists():
        return {"ok": False, "error": "executable missing"}
    out = DATA_DIR / f".{graph}.{metric}.out.json"
    cmd = [str(args.redes)] + [part.replace("{file}", str(graph_path(graph))).replace("{out}", str(out))
                              for part in ANALYZE_COMMANDS[metric]]
    walls, rss = [], 0.0
    for _ in range(repeat):
        result = run_child(cmd, args.timeout)
        if result["returncode"] != 0:
            return {"ok": False, "error": short_error(result)}
        walls.append(result["wall"])
        rss = max(rss, result["rss_mb"] or 0)
    out.unlink(missing_ok=True)
    return {"ok": True, "seconds": statistics.median(walls), "times": walls, "repeat": repeat, "peak_rss_mb": rss,
            "peak_rss_mb_wait4": rss, "process_wall_seconds": round(max(walls), 3), "command": " ".join(cmd[1:])}


def measure(library: str, graph: str, metric: str, repeat: int, args) -> dict:
    path = str(graph_path(graph))
    if library == "redes" and metric in ANALYZE_COMMANDS:
        return measure_process(graph, metric, repeat, args)
    if library == "redes":
        if not Path(args.redes_bench).exists():
            return {"ok": False, "error": "executable missing"}
        bench_metric = "betweenness" if metric == "weighted-betweenness" else metric
        cmd = [str(args.redes_bench), path, "--metric", bench_metric, "--repeat", str(repeat)]
        if metric == "weighted-betweenness":
            cmd.append("--weighted")
        env = dict(os.environ, REDES_THREADS=str(args.redes_threads)) if args.redes_threads else None
    else:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", library, "--file", path,
               "--metric", metric, "--repeat", str(repeat), "--networkit-threads", str(args.networkit_threads)]
        env = dict(os.environ)
        if library == "igraph":
            env["OMP_NUM_THREADS"] = "1"
    result = run_child(cmd, args.timeout, env)
    if result["returncode"] != 0:
        return {"ok": False, "error": short_error(result)}
    report = last_json_line(result["stdout"])
    if report is None or not isinstance(report.get("seconds"), (int, float)):
        return {"ok": False, "error": "no JSON line with \"seconds\" on stdout"}
    row = {"ok": True, "seconds": float(report["seconds"]), "repeat": repeat,
           "nodes": report.get("nodes"), "edges": report.get("edges"),
           "peak_rss_mb": report.get("peak_rss_mb"), "peak_rss_mb_wait4": result["rss_mb"],
           "process_wall_seconds": round(result["wall"], 3)}
    if "times" in report:
        row["times"] = report["times"]
    if "library_version" in report:
        row["library_version"] = report["library_version"]
    if "modularity" in report:
        row["modularity"] = report["modularity"]
    if isinstance(report.get("cpu_seconds"), (int, float)):
        row["cpu_seconds"] = float(report["cpu_seconds"])
    # Weighted betweenness: Redes once more on one thread, for the per-core comparison with igraph (one thread).
    if library == "redes" and metric == "weighted-betweenness":
        single = run_child(cmd, args.timeout, dict(os.environ, REDES_THREADS="1"))
        one = last_json_line(single["stdout"]) if single["returncode"] == 0 else None
        if one and isinstance(one.get("seconds"), (int, float)):
            row["one_thread_seconds"] = float(one["seconds"])
            if isinstance(one.get("cpu_seconds"), (int, float)):
                row["one_thread_cpu_seconds"] = float(one["cpu_seconds"])
    return row


def build_redes(args) -> None:
    if not shutil.which("swift"):
        log("redes: `swift` not found; skipping the build")
        return
    for product in ("redes-bench", "redes"):
        log(f"building {product}: swift build -c release --product {product}")
        t0 = time.perf_counter()
        result = subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=REPO_ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if result.returncode == 0:
            log(f"  built in {time.perf_counter() - t0:.0f} s")
        else:
            tail = "\n    ".join(result.stdout.strip().splitlines()[-5:])
            log(f"  build of {product} failed (exit {result.returncode}); its rows will say n/a:\n    {tail}")


# ---------------------------------------------------------------------------------------------------------------
# Sanity checks on ba-1k
# ---------------------------------------------------------------------------------------------------------------
def max_abs_diff(a, b) -> float:
    return max((abs(x - y) for x, y in zip(a, b)), default=0.0)


def run_internal(task: list[str], timeout: float) -> tuple[dict | None, str | None]:
    """Runs this script with --internal TASK in a child process; returns (its JSON line, None) or (None, error)."""
    result = run_child([sys.executable, str(Path(__file__).resolve()), "--internal", *task], timeout)
    if result["returncode"] != 0:
        return None, short_error(result)
    report = last_json_line(result["stdout"])
    return (report, None) if report is not None else (None, "no JSON line on stdout")


def reference_check() -> dict:
    """igraph against NetworKit on ba-1k: the conventions used for the timings give the same numbers."""
    import networkit as nk

    path = str(graph_path("ba-1k"))
    g, h = igraph_load(path), networkit_load(path)
    n = g.vcount()
    igraph_betweenness = [x / ((n - 1) * (n - 2) / 2) for x in g.betweenness()]

    def scores(algorithm):
        algorithm.run()
        return algorithm.scores()

    diffs = {
        "betweenness": max_abs_diff(igraph_betweenness, scores(nk.centrality.Betweenness(h, normalized=True))),
        "closeness": max_abs_diff(g.closeness(), scores(
            nk.centrality.Closeness(h, True, nk.centrality.ClosenessVariant.GENERALIZED))),
        "pagerank": max_abs_diff(g.pagerank(), scores(nk.centrality.PageRank(h, damp=0.85, tol=1e-12))),
    }
    ok = all(d <= 1e-9 for d in diffs.values())
    return {"status": "agree" if ok else "disagree", "max_abs_diff": diffs}


def redes_check(redes: str, timeout: float) -> dict:
    """Redes' normalized betweenness on ba-1k against igraph's, normalized the NetworkX way."""
    redes = Path(redes)
    if not redes.exists():
        return {"status": "skipped", "reason": f"{display(redes)} is missing"}
    path = graph_path("ba-1k")
    result = run_child([str(redes), "analyze", str(path), "--format", "json", "--metrics", "betweenness"], timeout)
    if result["returncode"] != 0:
        return {"status": "skipped", "reason": f"`redes analyze --format json --metrics betweenness`: "
                                               f"{short_error(result)}"}
    try:
        document = json.loads(result["stdout"])
        actors = document["actors"]
        values = {str(actor["id"]): float(actor["betweenness"]) for actor in actors}
    except (ValueError, KeyError, TypeError):
        return {"status": "skipped", "reason": "the JSON output has no actors[i].betweenness keyed by id"}
    g = igraph_load(str(path))
    n = g.vcount()
    raw = g.betweenness()
    normalized = [x / ((n - 1) * (n - 2) / 2) for x in raw]
    missing = [str(v) for v in range(n) if str(v) not in values]
    if missing or len(values) != n:
        return {"status": "disagree", "reason": f"Redes has {len(values)} actors, igraph {n} nodes"
                                                f" ({len(missing)} ids missing)"}
    diff = max(abs(values[str(v)] - normalized[v]) for v in range(n))
    if diff <= 1e-9:
        return {"status": "agree", "max_abs_diff": diff}
    raw_diff = max(abs(values[str(v)] - raw[v]) for v in range(n))
    hint = " (Redes' values match igraph's raw, unnormalized ones)" if raw_diff <= 1e-6 * max(raw) else ""
    return {"status": "disagree", "max_abs_diff": diff, "reason": f"max |Redes − igraph| = {diff:.3g}{hint}"}


def redes_weighted_check(redes: str, timeout: float) -> dict:
    """Redes' weighted betweenness (lengths 1/weight) on ba-1k-weighted against igraph's with the same lengths."""
    if not Path(redes).exists():
        return {"status": "skipped", "reason": f"{display(redes)} is missing"}
    path = graph_path("ba-1k-weighted")
    result = run_child([str(redes), "analyze", str(path), "--weighted", "--format", "json", "--metrics", "betweenness"],
                       timeout)
    if result["returncode"] != 0:
        return {"status": "skipped", "reason": f"`redes analyze --weighted`: {short_error(result)}"}
    values = {str(a["id"]): float(a["betweenness"]) for a in json.loads(result["stdout"])["actors"]}
    g = igraph_load(str(path))
    n = g.vcount()
    theirs = [x / ((n - 1) * (n - 2) / 2) for x in g.betweenness(weights=[1 / w for w in g.es["weight"]])]
    diff = max(abs(values[str(v)] - theirs[v]) for v in range(n))
    return {"status": "agree" if diff <= 1e-9 else "disagree", "max_abs_diff": diff}


# ---------------------------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------------------------
def fmt_seconds(row: dict | None) -> str:
    if row is None:
        return "—"
    if not row["ok"]:
        return "n/a"
    s = row["seconds"]
    return f"{s:.4f}" if s < 1 else f"{s:.3f}" if s < 10 else f"{s:.2f}"


def fmt_ratio(a: dict | None, b: dict | None) -> str:
    r = ratio(a, b)
    return "—" if r is None else f"{r:.2f}×"


def fmt_rss(row: dict | None) -> str:
    if row is None or not row["ok"]:
        return "—"
    value = row.get("peak_rss_mb") or row.get("peak_rss_mb_wait4")
    return "—" if value is None else f"{value:.0f}"


def ratio(a: dict | None, b: dict | None) -> float | None:
    if not a or not b or not a["ok"] or not b["ok"] or b["seconds"] <= 0:
        return None
    return a["seconds"] / b["seconds"]


def print_table(headers: list[str], rows: list[list[str]], right: set[int]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]

    def line(cells):
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths)))

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))


def evaluate_targets(results: dict) -> list[dict]:
    out = []
    for target in TARGETS:
        cell = results.get(target["graph"], {}).get(target["metric"], {})
        redes = cell.get("redes")
        reference = cell.get(target.get("reference", ""))
        entry = {"name": target["name"], "kind": target["kind"], "limit": target.get("limit")}
        value = None
        ok = redes is not None and redes["ok"]
        if target["kind"] == "ratio":
            value = ratio(redes, reference)
        elif target["kind"] == "ratio_one_thread":
            # Per core: CPU seconds of Redes on one thread over igraph's (one thread), which a busy machine disturbs
            # less than wall time; wall time when a CPU figure is missing.
            if ok and reference and reference["ok"] and "one_thread_cpu_seconds" in redes and "cpu_seconds" in reference:
                value = redes["one_thread_cpu_seconds"] / reference["cpu_seconds"]
            elif ok and reference and reference["ok"] and "one_thread_seconds" in redes:
                value = redes["one_thread_seconds"] / reference["seconds"]
        elif target["kind"] == "quality":
            if ok and reference and reference["ok"] and "modularity" in redes and "modularity" in reference:
                value = redes["modularity"] - reference["modularity"]
                entry["limit"] = 0.0
        elif target["kind"] == "seconds":
            value = redes["seconds"] if ok else None
        else:
            value = (redes.get("peak_rss_mb") or redes.get("peak_rss_mb_wait4")) if ok else None
        entry["value"] = value
        if target["metric"] not in results.get(target["graph"], {}):
            entry["status"] = "not run"
        elif value is None:
            entry["status"] = "n/a"
        elif target["kind"] == "quality":
            entry["status"] = "met" if value >= 0 else "not met"
        else:
            entry["status"] = "met" if value <= entry["limit"] else "not met"
        out.append(entry)
    return out


# ---------------------------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------------------------
def parse_list(text: str, allowed: list[str], what: str) -> list[str]:
    items = [x.strip() for x in text.split(",") if x.strip()]
    unknown = [x for x in items if x not in allowed]
    if unknown:
        raise SystemExit(f"unknown {what}: {', '.join(unknown)} (known: {', '.join(allowed)})")
    return items


def git_commit() -> str | None:
    try:
        result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True,
                                text=True, timeout=10)
        return result.stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smoke test: ba-1k only")
    parser.add_argument("--goals", action="store_true",
                        help="only the rows the issue-14 targets read (weighted betweenness, constraint, Louvain, "
                             "analyze), once each: about 5 minutes")
    parser.add_argument("--redes-threads", type=int, default=None,
                        help="REDES_THREADS for the Redes rows (default: all cores)")
    parser.add_argument("--graphs", help=f"comma-separated, from {', '.join(GRAPH_ORDER)}")
    parser.add_argument("--metrics", help=f"comma-separated, from {', '.join(METRICS)}")
    parser.add_argument("--libraries", default=",".join(LIBRARIES), help="comma-separated (default: all three)")
    parser.add_argument("--repeat", type=int, default=3, help="repetitions per measurement; the median is kept")
    parser.add_argument("--slow-repeat", type=int, default=1,
                        help=f"repetitions of betweenness on graphs of {SLOW_NODES:,}+ nodes (default 1)")
    parser.add_argument("--networkit-threads", type=int, default=NETWORKIT_THREADS,
                        help=f"NetworKit's threads (default {NETWORKIT_THREADS}; igraph always runs on one)")
    parser.add_argument("--no-build", action="store_true", help="do not run `swift build -c release` first")
    parser.add_argument("--regenerate", action="store_true", help="regenerate the graphs in Benchmarks/data/")
    parser.add_argument("--no-check", action="store_true", help="skip the sanity checks on ba-1k")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed to each process")
    parser.add_argument("--redes-bench", default=str(DEFAULT_REDES_BENCH), metavar="PATH",
                        help="the Redes benchmark executable (default .build/release/redes-bench)")
    parser.add_argument("--redes", default=str(DEFAULT_REDES), metavar="PATH",
                        help="the redes executable, for the sanity check (default .build/release/redes)")
    parser.add_argument("--output", default=str(RESULTS_DIR / "latest.json"), help="where to write the JSON results")
    # Internal: run one measurement of one reference library and print one JSON line.
    parser.add_argument("--worker", choices=["igraph", "networkit"], help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    parser.add_argument("--metric", help=argparse.SUPPRESS)
    # Internal: graph generation and the sanity checks, in a child process (see run_internal).
    parser.add_argument("--internal", choices=["generate", "check-references", "check-redes", "check-redes-weighted"],
                        help=argparse.SUPPRESS)
    parser.add_argument("--graph", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        print(json.dumps(worker(args.worker, args.file, args.metric, max(1, args.repeat), args.networkit_threads)),
              flush=True)
        return 0
    if args.internal == "generate":
        print(json.dumps(generate_graph(args.graph)), flush=True)
        return 0
    if args.internal == "check-references":
        print(json.dumps(reference_check()), flush=True)
        return 0
    if args.internal == "check-redes":
        print(json.dumps(redes_check(args.redes, args.timeout)), flush=True)
        return 0
    if args.internal == "check-redes-weighted":
        print(json.dumps(redes_weighted_check(args.redes, args.timeout)), flush=True)
        return 0

    graphs = ["ba-1k", "ba-1k-weighted"] if args.quick else GRAPH_ORDER
    if args.goals:
        graphs = [g for g in GRAPH_ORDER if any(g == row[0] for row in GOAL_ROWS)]
    if args.graphs:
        graphs = parse_list(args.graphs, GRAPH_ORDER, "graph")
    metrics = parse_list(args.metrics, METRICS, "metric") if args.metrics else METRICS
    if args.goals:
        metrics = [m for m in metrics if any(m == row[1] for row in GOAL_ROWS)]
        args.repeat = args.slow_repeat = 1
    libraries = parse_list(args.libraries, LIBRARIES, "library")
    started = time.perf_counter()

    metas = {g: ensure_graph(g, args.regenerate) for g in graphs}
    if "redes" in libraries and not args.no_build:
        build_redes(args)

    checks = {}
    if "ba-1k" in graphs and not args.no_check:
        weighted_check = [] if "ba-1k-weighted" not in graphs else [
            ("redes_weighted_ba-1k", ["check-redes-weighted", "--redes", args.redes, "--timeout", str(args.timeout)],
             {"redes", "igraph"})]
        for name, task, needs in [
                ("references_ba-1k", ["check-references"], {"igraph", "networkit"}),
                ("redes_ba-1k", ["check-redes", "--redes", args.redes, "--timeout", str(args.timeout)], {"redes"}),
                *weighted_check]:
            if not needs <= set(libraries):
                checks[name] = {"status": "skipped", "reason": "library not selected"}
                continue
            check, error = run_internal(task, args.timeout)
            checks[name] = check if check is not None else {"status": "skipped", "reason": f"check failed: {error}"}
        for name, check in checks.items():
            detail = check.get("reason") or ""
            if "max_abs_diff" in check and not detail:
                d = check["max_abs_diff"]
                detail = ", ".join(f"{k} {v:.1e}" for k, v in d.items()) if isinstance(d, dict) else f"{d:.1e}"
            log(f"check {name}: {check['status']}" + (f" — {detail}" if detail else ""))

    results: dict[str, dict[str, dict]] = {}
    warnings: list[str] = []
    for graph in graphs:
        meta = metas[graph]
        for metric in metrics:
            if graph not in METRIC_GRAPHS[metric] or (args.goals and (graph, metric) not in GOAL_ROWS):
                continue
            repeat = args.repeat
            if metric in SLOW_METRICS and meta["nodes"] >= SLOW_NODES:
                repeat = args.slow_repeat
            repeat = max(1, repeat)
            cell = results.setdefault(graph, {}).setdefault(metric, {})
            for library in libraries:
                if library != "redes" and metric not in REFERENCE_METRICS:
                    continue
                if library not in METRIC_LIBRARIES.get(metric, set(LIBRARIES)):
                    continue
                row = measure(library, graph, metric, repeat, args)
                cell[library] = row
                if row["ok"]:
                    log(f"{graph:8} {metric:12} {library:10} {row['seconds']:9.4f} s  (×{repeat})")
                    if (row.get("nodes"), row.get("edges")) != (meta["nodes"], meta["edges"]) and \
                            row.get("nodes") is not None:
                        warnings.append(f"{library} read {graph} as {row.get('nodes')} nodes, {row.get('edges')} "
                                        f"edges; the file has {meta['nodes']} and {meta['edges']}")
                else:
                    log(f"{graph:8} {metric:12} {library:10}       n/a  ({row['error']})")

    # Tables
    print()
    for graph in graphs:
        if graph not in results:
            continue
        meta = metas[graph]
        print(f"{graph}: {meta['nodes']:,} nodes, {meta['edges']:,} edges")
        rows = []
        for metric, cell in results[graph].items():
            r, i, k = cell.get("redes"), cell.get("igraph"), cell.get("networkit")
            rows.append([metric, fmt_seconds(r), fmt_seconds(i), fmt_seconds(k), fmt_ratio(r, i), fmt_ratio(r, k),
                         fmt_rss(r), fmt_rss(i), fmt_rss(k)])
        print_table(["metric", "Redes s", "igraph s", "NetworKit s", "Redes/igraph", "Redes/NetworKit",
                     "Redes MB", "igraph MB", "NetworKit MB"], rows, right=set(range(1, 9)))
        for metric, cell in results[graph].items():
            r, i, k = cell.get("redes"), cell.get("igraph"), cell.get("networkit")
            if metric == "louvain":
                q = lambda row: f"{row['modularity']:.4f}" if row and row.get("ok") and "modularity" in row else "—"  # noqa: E731
                print(f"  louvain modularity: Redes {q(r)}, igraph multilevel {q(i)}, NetworKit PLM {q(k)}")
            if metric == "weighted-betweenness" and r and r.get("ok") and "one_thread_seconds" in r:
                one = r["one_thread_seconds"]
                per_core = f" = {one / i['seconds']:.2f}× igraph (one thread each)" if i and i.get("ok") else ""
                print(f"  weighted betweenness, Redes on one thread: {one:.3f} s{per_core}")
                if i and i.get("ok") and "one_thread_cpu_seconds" in r and "cpu_seconds" in i:
                    print(f"  CPU seconds: Redes one thread {r['one_thread_cpu_seconds']:.2f}, Redes all cores "
                          f"{r.get('cpu_seconds', float('nan')):.2f}, igraph {i['cpu_seconds']:.2f} "
                          f"(per core: {r['one_thread_cpu_seconds'] / i['cpu_seconds']:.2f}×)")
            if metric in ANALYZE_COMMANDS and r and r.get("ok"):
                print(f"  {metric}: the whole `redes {r['command']}` process"
                      + ("; igraph: its counterparts of the same sections (igraph_analyze), in one process"
                         if metric == "analyze" else ""))
        print()
    redes_missing = [f"{g} {m}" for g, c in results.items() for m, cell in c.items()
                     if "redes" in cell and not cell["redes"]["ok"]]
    if redes_missing:
        errors = sorted({results[g][m]["redes"]["error"] for g, c in results.items() for m in c
                         if "redes" in results[g][m] and not results[g][m]["redes"]["ok"]})
        print(f"redes: n/a for {len(redes_missing)} row(s) — {'; '.join(errors)}")
        print()

    targets = evaluate_targets(results)
    print("Targets (ratio = Redes seconds / reference seconds; below 1 Redes is faster):")
    for t in targets:
        if t["status"] == "not run":
            value = "not measured in this run"
        elif t["value"] is None:
            value = "no data (Redes or the reference is n/a)"
        elif t["kind"] == "rss":
            value = f"{t['value']:.1f} MB"
        elif t["kind"] == "seconds":
            value = f"{t['value']:.1f} s"
        elif t["kind"] == "quality":
            value = f"modularity {'+' if t['value'] >= 0 else ''}{t['value']:.4f} against the reference"
        else:
            value = f"{t['value']:.2f}×"
        print(f"  [{t['status']:>7}] {t['name']}: {value}")
    for name, check in checks.items():
        if check["status"] == "disagree":
            print(f"WARNING: sanity check {name} disagrees: {check.get('reason') or check.get('max_abs_diff')}")
    for w in warnings:
        print(f"WARNING: {w}")
    noisy = [f"{g} {m} {lib} ({min(r['times']):.3g}–{max(r['times']):.3g} s)"
             for g, c in results.items() for m, cell in c.items() for lib, r in cell.items()
             if r["ok"] and len(r.get("times", [])) > 1 and min(r["times"]) > 0
             and statistics.median(r["times"]) / min(r["times"]) > 1.5]
    if noisy:
        print(f"note: median more than 1.5× the fastest repetition (a busy or noisy machine; try a larger --repeat): "
              f"{'; '.join(noisy)}")

    versions = {}
    for library in ("igraph", "networkit"):
        for g in results.values():
            for cell in g.values():
                v = cell.get(library, {}).get("library_version")
                if v:
                    versions[library] = v
    document = {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "commit": git_commit(),
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count(), "python": platform.python_version()},
        "settings": {"repeat": args.repeat, "slow_repeat": args.slow_repeat, "networkit_threads": args.networkit_threads,
                     "igraph_threads": 1, "libraries": libraries, "quick": args.quick, "goals": args.goals,
                     "redes_threads": args.redes_threads},
        "versions": versions,
        "graphs": {g: metas[g] for g in graphs},
        "checks": checks,
        "results": results,
        "targets": targets,
        "warnings": warnings,
        "noisy": noisy,
        "runner_peak_rss_mb": peak_rss_mb(),
        "total_seconds": round(time.perf_counter() - started, 1),
    }
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(document, indent=2) + "\n")
    print(f"\nwrote {display(output)}"
          f" ({document['total_seconds']:.0f} s in all)")
    disagree = any(c["status"] == "disagree" for c in checks.values()) or bool(warnings)
    return 1 if disagree else 0


if __name__ == "__main__":
    sys.exit(main())
