#!/usr/bin/env python3
"""Whole commands against their kernels, in the same run: how much a command adds around the library call.

    python3 Benchmarks/whole_command.py            # ba-10k; builds release first (--no-build to skip)

For each case it times the whole `redes` process (median of --repeat runs, wall clock, output to /dev/null) and the
kernel alone through `redes-bench FILE --metric NAME` (median of its repetitions, library call only), and when
python-igraph is installed igraph's call on the same file, then prints the ratios. The target of issue 13:
`redes analyze ba-10k.csv --metrics betweenness --format json` ≤ 1.3 × the betweenness call alone.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compare  # noqa: E402  (the graphs and the igraph worker live there)

CASES = [
    # (graph, kernel metric of redes-bench, command arguments after the file)
    ("ba-10k", "betweenness", ["analyze", "{file}", "--metrics", "betweenness", "--format", "json", "-o", "/dev/null"]),
    ("ba-10k", "betweenness", ["analyze", "{file}", "--metrics", "betweenness", "--format", "csv", "-o", "/dev/null"]),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    root = compare.REPO_ROOT
    if not args.no_build:
        for product in ("redes", "redes-bench"):
            subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=root, check=True)
    redes, bench = str(compare.DEFAULT_REDES), str(compare.DEFAULT_REDES_BENCH)
    rows = []
    for graph, metric, command in CASES:
        compare.ensure_graph(graph, regenerate=False)
        file = str(compare.graph_path(graph))
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            subprocess.run([redes] + [part.replace("{file}", file) for part in command], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
        whole = statistics.median(times)
        kernel = json.loads(subprocess.run([bench, file, "--metric", metric, "--repeat", str(args.repeat)],
                                           check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1])["seconds"]
        igraph = None
        try:
            import igraph  # noqa: F401
            igraph = compare.worker("igraph", file, metric, args.repeat, 1).get("seconds")
        except Exception:
            pass
        rows.append({"command": "redes " + " ".join(command).replace("{file}", f"{graph}.csv"), "whole_s": round(whole, 3),
                     "kernel_s": round(kernel, 3), "whole_over_kernel": round(whole / kernel, 3),
                     "igraph_s": None if igraph is None else round(igraph, 3),
                     "whole_over_igraph": None if igraph is None else round(whole / igraph, 3)})
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    ok = all(row["whole_over_kernel"] <= 1.3 for row in rows)
    print("target whole ≤ 1.3 × kernel:", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
