#!/usr/bin/env python3
"""Writes a generated stakeholder network for timing `redes report` at scale (issue 14):

    python3 Benchmarks/make_report_network.py [N] [TIES] > Benchmarks/data/report-3000.yaml

N actors (3,000 by default) in six blocs, TIES random ties (9,000), a few arrangements and two scenarios, all
documented in one source. Seeded: the same arguments give the same file.
"""
import random
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
m = int(sys.argv[2]) if len(sys.argv) > 2 else 9000
rng = random.Random(14)
blocs = ["publico", "ies", "programas", "gremios", "empresas", "liceos"]
out = ["redes: 1", f"name: Red generada de {n} actores", "sources:", "  - {id: gen, title: Red generada para medir tiempos}",
       "blocs:"] + [f"  - {{id: {b}, name: {b.capitalize()}}}" for b in blocs] + ["actors:"]
for i in range(n):
    out.append(f"  - {{id: a{i}, name: Actor {i}, bloc: {blocs[i % len(blocs)]}}}")
out.append("arrangements:")
for k in range(20):
    members = sorted(rng.sample(range(n), 6))
    out.append(f"  - {{id: mesa{k}, name: Mesa {k}, kind: mesa, members: [{', '.join(f'a{x}' for x in members)}], "
               "evidence: {status: documented, source: gen}}")
out.append("ties:")
seen = set()
while len(seen) < m:
    a, b = rng.randrange(n), rng.randrange(n)
    if a == b or (min(a, b), max(a, b)) in seen:
        continue
    seen.add((min(a, b), max(a, b)))
    out.append(f"  - {{source: a{a}, target: a{b}, kind: colaboracion, evidence: {{status: documented, source: gen}}}}")
out.append("scenarios:")
out.append("  - id: comite")
out.append("    name: Comité")
out.append("    add:")
out.append("      arrangements:")
members = ", ".join(f"a{x}" for x in range(0, 96, 6))
out.append(f"        - {{id: comite, name: Comité, kind: committee, members: [{members}], evidence: {{status: proposed, source: gen}}}}")
out.append("  - id: sin-mesa0")
out.append("    name: Sin la mesa 0")
out.append("    remove:")
out.append("      arrangements: [mesa0]")
print("\n".join(out))
