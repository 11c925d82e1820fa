#!/usr/bin/env python3
"""Whole commands against their kernels and against igraph, in the same run (issues 13 and 14).

    python3 Benchmarks/whole_command.py                # builds release first; about 3 minutes on 2 cores
    python3 Benchmarks/whole_command.py --no-build --quick   # the fast rows only

Each row times the whole `redes` process (median of --repeat runs, wall clock, output to a file) with its peak RSS,
and, where a row names a kernel, the kernel alone through `redes-bench FILE --metric NAME` and igraph's call on the
same file (python-igraph, one thread) in the same run. Ratios and goals are printed; the exit status is 0 whatever
they say (this is a measurement, not a test). `analyze --sample 100` on ba-100k and the Louvain and constraint kernels
are rows of `compare.py` (`make bench`), against igraph and NetworKit.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compare  # noqa: E402  (the graphs, the paths and the igraph worker live there)

ROOT = compare.REPO_ROOT
BUNDLED = str(ROOT / "Networks" / "antofagasta-tp.yaml")

# (name, graph or file, command after `redes`, kernel metric or None, goal in seconds, quick?)
ROWS = [
    ("analyze --metrics betweenness json", "ba-10k", ["analyze", "{file}", "--metrics", "betweenness", "--format", "json"], "betweenness", None, True),
    ("analyze --metrics betweenness csv", "ba-10k", ["analyze", "{file}", "--metrics", "betweenness", "--format", "csv"], "betweenness", None, True),
    ("report, bundled network (30 actors)", BUNDLED, ["report", "{file}"], None, 1.0, True),
    ("report, generated 3,000 actors / 9,000 ties", "report-3000", ["report", "{file}"], None, 60.0, False),
]


def graph_file(graph: str) -> str:
    if graph.endswith(".yaml"):
        return graph
    if graph == "report-3000":
        path = compare.DATA_DIR / "report-3000.yaml"
        if not path.exists():
            text = subprocess.run([sys.executable, str(Path(__file__).parent / "make_report_network.py")],
                                  check=True, capture_output=True, text=True).stdout
            path.write_text(text)
        return str(path)
    compare.ensure_graph(graph, regenerate=False)
    return str(compare.graph_path(graph))


def timed(command: list[str], repeat: int) -> tuple[float, float]:
    """Median wall seconds and peak RSS (MB) of the child processes."""
    times, peak = [], 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)  # this child's own peak RSS (KB on Linux)
        times.append(time.perf_counter() - start)
        if status != 0:
            raise SystemExit(f"failed: {' '.join(command)}")
        peak = max(peak, usage.ru_maxrss / 1024)
    return statistics.median(times), peak


def bench(file: str, metric: str, repeat: int) -> dict:
    out = subprocess.run([str(compare.DEFAULT_REDES_BENCH), file, "--metric", metric, "--repeat", str(repeat)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def igraph_seconds(file: str, metric: str, repeat: int):
    try:
        import igraph as ig
    except ImportError:
        return None, None
    if metric in ("betweenness", "closeness", "pagerank"):
        return compare.worker("igraph", file, metric, repeat, 1)["seconds"], None
    return None, None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        for product in ("redes", "redes-bench"):
            subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=ROOT, check=True)
    output = compare.DATA_DIR / "whole-command.html"
    for name, graph, command, kernel, goal, quick in ROWS:
        if args.quick and not quick:
            continue
        file = graph_file(graph)
        repeat = args.repeat if quick else 1
        whole, rss = timed([str(compare.DEFAULT_REDES)] + [p.replace("{file}", file) for p in command] + ["-o", str(output)], repeat)
        row = {"row": name, "whole_s": round(whole, 3), "peak_rss_mb": round(rss, 1)}
        if kernel:
            k = bench(file, kernel, repeat)["seconds"]
            row.update({"kernel_s": round(k, 3), "whole_over_kernel": round(whole / k, 3)})
            theirs, _ = igraph_seconds(file, kernel, repeat)
            if theirs:
                row.update({"igraph_s": round(theirs, 3), "whole_over_igraph": round(whole / theirs, 3)})
        if goal:
            row.update({"goal_s": goal, "met": whole <= goal})
        print(json.dumps(row, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
