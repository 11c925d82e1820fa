#!/usr/bin/env python3
"""Check the exchange files Redes writes with the tools researchers use to read them.

    redes convert Networks/antofagasta-tp.yaml DIR/antofagasta.EXT     (EXT: graphml gexf net json dl csv dot)
    python3 Scripts/interop/check_redes_outputs.py DIR [--allow-missing] [--yaml Networks/antofagasta-tp.yaml]

Readers: NetworkX (read_graphml, read_gexf, read_pajek, json_graph.node_link_graph(edges="edges"),
parse_edgelist for the CSV edge list; read_dot through pydot when pydot is installed), igraph (Read_GraphML,
Read_Pajek, Read_DL), Python's csv module (CSV with its node list antofagasta.nodes.csv) and, for DL and for DOT
without pydot, small parsers in this script (DL after the UCINET specification; DOT for the statements Redes writes).

Expected values come from the YAML alone (PyYAML), projected here independently of Redes: nodes = actors in file
order; every pair of members of an arrangement joined with weight += the arrangement's `weight` (default 1);
every tie adds its `weight` (default 1); undirected unless `directed: true` (then arrangements and ties marked
`directed: false` count both ways); scenarios ignored.  Per edge: `kind` = the one kind of its channels or
`multiple`, `status` = the best evidence status (documented < illustrative < proposed), `channels` = arrangement
ids and `tie:KIND`, network order, joined by ";".  Per node: `name`, `bloc`, `sector`, `territories` (joined
"|"), `full_name` (when present).

Checks, per format and reader: the file is readable; same node ids (in Pajek and DL the vertex labels: ids or
actor names are accepted and the line says which); same number of ties; same weight for every pair (1e-9); the
direction (undirected); node attributes name and bloc (bloc id or bloc name accepted, the line says which),
sector, territories, full_name in GraphML, GEXF (name may be the GEXF label), JSON, CSV and DOT; edge attributes
kind, status, channels where the format keeps them.  One line per check; a format whose file is missing is
skipped with a message.  Last line: "N passed, M failed".  Exit status 1 when a check failed, or when no file
was found at all and --allow-missing was not given; else 0.
"""

import argparse
import csv
import json
import math
import re
import sys
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_YAML = ROOT / "Networks" / "antofagasta-tp.yaml"
TOL = 1e-9
STATUS_ORDER = ["documented", "illustrative", "proposed"]


# --------------------------------------------------------------------------------------------------------------
# Expected values, from the YAML
# --------------------------------------------------------------------------------------------------------------

class Expected:
    def __init__(self, yaml_path):
        import yaml
        with open(yaml_path, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
        self.name = doc.get("name", "")
        self.directed = bool(doc.get("directed", False))
        actors = doc.get("actors") or []
        self.ids = [str(a["id"]) for a in actors]
        self.pos = {v: i for i, v in enumerate(self.ids)}
        self.names = {str(a["id"]): str(a["name"]) for a in actors}
        self.bloc_names = {str(b["id"]): str(b.get("name", b["id"])) for b in doc.get("blocs") or []}
        self.attrs = {}
        for a in actors:
            d = {"name": str(a["name"])}
            if a.get("bloc") is not None:
                d["bloc"] = str(a["bloc"])
            if a.get("sector") is not None:
                d["sector"] = str(a["sector"])
            if a.get("territories"):
                d["territories"] = "|".join(str(t) for t in a["territories"])
            if a.get("full_name") is not None:
                d["full_name"] = str(a["full_name"])
            self.attrs[str(a["id"])] = d
        self.weights, self.channels, self.kinds, self.statuses = {}, {}, {}, {}

        def add(a, b, w, channel, kind, status):
            k = self.key(a, b)
            self.weights[k] = self.weights.get(k, 0.0) + float(w)
            if channel not in self.channels.setdefault(k, []):
                self.channels[k].append(channel)
            self.kinds.setdefault(k, set()).add(kind)
            self.statuses.setdefault(k, set()).add(status)

        for arr in doc.get("arrangements") or []:
            w = arr.get("weight", 1)
            members = [str(m) for m in arr["members"] if str(m) in self.pos]
            status = (arr.get("evidence") or {}).get("status", "documented")
            for i in range(len(members)):
                for j in range(i + 1, len(members)):
                    if members[i] == members[j]:
                        continue
                    add(members[i], members[j], w, str(arr["id"]), str(arr["kind"]), status)
                    if self.directed:
                        add(members[j], members[i], w, str(arr["id"]), str(arr["kind"]), status)
        for t in doc.get("ties") or []:
            a, b = str(t["source"]), str(t["target"])
            if a not in self.pos or b not in self.pos or a == b:
                continue
            w = t.get("weight", 1)
            status = (t.get("evidence") or {}).get("status", "documented")
            add(a, b, w, "tie:" + str(t["kind"]), str(t["kind"]), status)
            if self.directed and t.get("directed", True) is False:
                add(b, a, w, "tie:" + str(t["kind"]), str(t["kind"]), status)

    def key(self, a, b):
        if self.directed:
            return (a, b)
        return (a, b) if self.pos.get(a, 1 << 30) <= self.pos.get(b, 1 << 30) else (b, a)

    def kind(self, k):
        kinds = self.kinds[k]
        return next(iter(kinds)) if len(kinds) == 1 else "multiple"

    def status(self, k):
        return min(self.statuses[k], key=lambda s: STATUS_ORDER.index(s) if s in STATUS_ORDER else 99)


# --------------------------------------------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------------------------------------------

class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.failures = []

    def check(self, fmt, reader, what, ok, detail=""):
        tag = "PASS" if ok else "FAIL"
        line = f"{tag} [{fmt}] {reader}: {what}" + (f" - {detail}" if detail else "")
        print(line)
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            self.failures.append(line)
        return ok

    def info(self, fmt, msg):
        print(f"SKIP [{fmt}] {msg}")


def short(items, n=5):
    items = list(items)
    s = ", ".join(repr(x) for x in items[:n])
    return s + (f", ... ({len(items)} in all)" if len(items) > n else "")


# --------------------------------------------------------------------------------------------------------------
# Shared checks on a read graph, given as plain data
# --------------------------------------------------------------------------------------------------------------

def check_ids(rep, fmt, reader, exp, ids, allow_names=False):
    """ids: node identifiers in file order. Returns a map file-id -> actor id (None when unusable)."""
    want = list(exp.ids)
    if sorted(ids) == sorted(want):
        order = "" if list(ids) == want else " (order differs from the YAML)"
        rep.check(fmt, reader, "node ids = actor ids", True, f"{len(ids)} nodes{order}")
        return {i: i for i in ids}
    if allow_names:
        names = [exp.names[i] for i in want]
        if sorted(ids) == sorted(names) and len(set(names)) == len(names):
            by_name = {exp.names[i]: i for i in want}
            rep.check(fmt, reader, "vertex labels = actor names (not ids)", True, f"{len(ids)} nodes")
            return {n: by_name[n] for n in ids}
    missing = sorted(set(want) - set(ids))
    extra = sorted(set(ids) - set(want))
    what = "vertex labels = actor ids or names" if allow_names else "node ids = actor ids"
    rep.check(fmt, reader, what, False,
              f"{len(ids)} nodes, expected {len(want)}; missing: {short(missing)}; unexpected: {short(extra)}")
    return None


def check_edges(rep, fmt, reader, exp, idmap, edges, directed, weighted=True, file_lists_both=False):
    """edges: list of (u, v, weight or None) with file ids; `directed`: what the file/reader says.
    file_lists_both: DL, where an undirected tie may be listed once or both ways."""
    if directed is not None:
        rep.check(fmt, reader, "direction", directed == exp.directed,
                  f"{'directed' if directed else 'undirected'}, expected "
                  f"{'directed' if exp.directed else 'undirected'}")
    if idmap is None:
        rep.check(fmt, reader, "ties and weights", False, "not compared: node ids do not match")
        return None
    got, dup = {}, []
    for u, v, w in edges:
        a, b = idmap.get(u), idmap.get(v)
        if a is None or b is None:
            dup.append(f"unknown endpoint {u!r}-{v!r}")
            continue
        k = exp.key(a, b)
        if k in got:
            if file_lists_both and not exp.directed and got[k][1] == (b, a) and a != b:
                if got[k][0] is not None and w is not None and abs(got[k][0] - w) > TOL:
                    dup.append(f"{k[0]}-{k[1]} listed both ways with weights {got[k][0]} and {w}")
                got[k] = (got[k][0], None)  # seen both ways
                continue
            dup.append(f"{k[0]}-{k[1]} listed more than once")
            continue
        got[k] = (w, (a, b))
    n_exp = len(exp.weights)
    rep.check(fmt, reader, "number of ties", len(got) == n_exp and not dup,
              f"{len(got)} ties, expected {n_exp}" + (f"; {short(dup, 3)}" if dup else ""))
    missing = [k for k in exp.weights if k not in got]
    extra = [k for k in got if k not in exp.weights]
    if missing or extra:
        rep.check(fmt, reader, "tie pairs", False,
                  f"missing: {short(['-'.join(k) for k in missing])}; unexpected: {short(['-'.join(k) for k in extra])}")
    if not weighted:
        rep.check(fmt, reader, "weights", False, "the file/reader carries no weights")
        return got
    bad = []
    for k, (w, _) in got.items():
        if k in exp.weights:
            if w is None or not isinstance(w, (int, float)) or math.isnan(w) or abs(w - exp.weights[k]) > TOL:
                bad.append(f"{k[0]}-{k[1]}: {w} (expected {exp.weights[k]:g})")
    rep.check(fmt, reader, "weight of every pair (1e-9)", not bad and not missing,
              f"{len(got) - len(bad)} of {n_exp} equal" + (f"; {short(bad, 4)}" if bad else ""))
    return got


def as_text(v):
    if v is None:
        return None
    return v if isinstance(v, str) else str(v)


def check_node_attrs(rep, fmt, reader, exp, idmap, attrs_of, name_fallback=None):
    """attrs_of: actor id -> dict of attribute values as read. name_fallback: attribute to use as `name` when the
    file has no `name` attribute (GEXF label, DOT label)."""
    if idmap is None:
        rep.check(fmt, reader, "node attributes", False, "not compared: node ids do not match")
        return
    ids = exp.ids

    # name
    src = "name"
    if all("name" not in (attrs_of.get(i) or {}) for i in ids) and name_fallback:
        src = name_fallback
    bad = [f"{i}: {as_text((attrs_of.get(i) or {}).get(src))!r}" for i in ids
           if as_text((attrs_of.get(i) or {}).get(src)) != exp.names[i]]
    accents = [exp.names[i] for i in ids if any(ord(c) > 127 for c in exp.names[i])][:2]
    rep.check(fmt, reader, f"node attribute name{'' if src == 'name' else ' (from ' + src + ')'}", not bad,
              (f"{len(ids)} names equal, accents intact (e.g. {short(accents, 2)})" if not bad
               else f"{len(bad)} differ: {short(bad, 3)}"))

    # bloc: ids or display names
    have = [i for i in ids if "bloc" in exp.attrs[i]]
    as_id = all(as_text((attrs_of.get(i) or {}).get("bloc")) == exp.attrs[i]["bloc"] for i in have)
    as_name = all(as_text((attrs_of.get(i) or {}).get("bloc")) == exp.bloc_names.get(exp.attrs[i]["bloc"]) for i in have)
    if as_id or as_name:
        rep.check(fmt, reader, "node attribute bloc", True,
                  f"{len(have)} actors, written as bloc {'ids' if as_id else 'names'}")
    else:
        bad = [f"{i}: {as_text((attrs_of.get(i) or {}).get('bloc'))!r} (expected {exp.attrs[i]['bloc']!r})"
               for i in have if as_text((attrs_of.get(i) or {}).get("bloc")) != exp.attrs[i]["bloc"]]
        rep.check(fmt, reader, "node attribute bloc", False, f"{len(bad)} differ: {short(bad, 3)}")

    for key in ("sector", "territories", "full_name"):
        bad = []
        for i in ids:
            want = exp.attrs[i].get(key)
            got = as_text((attrs_of.get(i) or {}).get(key))
            if want is None:
                if got not in (None, ""):
                    bad.append(f"{i}: {got!r} (expected none)")
            elif got != want:
                bad.append(f"{i}: {got!r} (expected {want!r})")
        n = sum(1 for i in ids if key in exp.attrs[i])
        rep.check(fmt, reader, f"node attribute {key}", not bad,
                  f"{n} actors have one" + (f"; {len(bad)} differ: {short(bad, 3)}" if bad else ", all equal"))


def check_edge_attrs(rep, fmt, reader, exp, idmap, edge_attrs):
    """edge_attrs: list of (u, v, dict) with file ids."""
    if idmap is None:
        rep.check(fmt, reader, "edge attributes", False, "not compared: node ids do not match")
        return
    got = {}
    for u, v, d in edge_attrs:
        a, b = idmap.get(u), idmap.get(v)
        if a is not None and b is not None:
            got.setdefault(exp.key(a, b), d)
    keys = [k for k in exp.weights if k in got]
    for attr, want_of in (("kind", exp.kind), ("status", exp.status)):
        bad = [f"{k[0]}-{k[1]}: {as_text(got[k].get(attr))!r} (expected {want_of(k)!r})"
               for k in keys if as_text(got[k].get(attr)) != want_of(k)]
        rep.check(fmt, reader, f"edge attribute {attr}", not bad and bool(keys),
                  f"{len(keys) - len(bad)} of {len(exp.weights)} equal" + (f"; {short(bad, 3)}" if bad else ""))
    bad, order = [], 0
    for k in keys:
        text = as_text(got[k].get("channels"))
        tokens = [t for t in (text or "").split(";") if t]
        if set(tokens) != set(exp.channels[k]) or len(tokens) != len(exp.channels[k]):
            bad.append(f"{k[0]}-{k[1]}: {text!r} (expected {';'.join(exp.channels[k])!r})")
        elif tokens != exp.channels[k]:
            order += 1
    rep.check(fmt, reader, "edge attribute channels", not bad and bool(keys),
              f"{len(keys) - len(bad)} of {len(exp.weights)} equal"
              + (f" ({order} in another order than the network's)" if order else "")
              + (f"; {short(bad, 3)}" if bad else ""))


def num(x):
    if x is None or x == "":
        return None
    try:
        return float(x)
    except (TypeError, ValueError):
        return x  # reported as a bad weight


# --------------------------------------------------------------------------------------------------------------
# Formats
# --------------------------------------------------------------------------------------------------------------

def check_graphml(rep, path, exp):
    import igraph as ig
    import networkx as nx
    fmt = "graphml"
    # declared types, from the XML itself
    try:
        root = ET.parse(path).getroot()
        keys = [k for k in root if k.tag.rsplit("}", 1)[-1] == "key"]
        wtypes = [k.get("attr.type") for k in keys if k.get("for") == "edge" and k.get("attr.name") == "weight"]
        rep.check(fmt, "XML", "edge weight declared as one float/double key", wtypes in (["double"], ["float"]),
                  f"attr.type {wtypes}")
    except ET.ParseError as e:
        rep.check(fmt, "XML", "well-formed XML", False, str(e))
    reader = "networkx.read_graphml"
    try:
        G = nx.read_graphml(path)
    except Exception as e:  # noqa: BLE001
        rep.check(fmt, reader, "readable", False, f"{type(e).__name__}: {e}")
        G = None
    if G is not None:
        rep.check(fmt, reader, "readable", True, type(G).__name__)
        idmap = check_ids(rep, fmt, reader, exp, [str(n) for n in G.nodes])
        check_edges(rep, fmt, reader, exp, idmap, [(str(u), str(v), num(d.get("weight")))
                                                   for u, v, d in G.edges(data=True)], G.is_directed())
        wt = sorted({type(d.get("weight")).__name__ for _, _, d in G.edges(data=True)})
        rep.check(fmt, reader, "weights read as float", wt == ["float"], f"Python types {wt}")
        check_node_attrs(rep, fmt, reader, exp, idmap, {str(n): d for n, d in G.nodes(data=True)})
        check_edge_attrs(rep, fmt, reader, exp, idmap, [(str(u), str(v), d) for u, v, d in G.edges(data=True)])
    reader = "igraph.Graph.Read_GraphML"
    try:
        g = ig.Graph.Read_GraphML(str(path))
    except Exception as e:  # noqa: BLE001
        rep.check(fmt, reader, "readable", False, f"{type(e).__name__}: {e}")
        return
    rep.check(fmt, reader, "readable", True, f"{g.vcount()} vertices, {g.ecount()} edges")
    ids = [str(x) for x in g.vs["id"]] if "id" in g.vs.attributes() else [str(i) for i in range(g.vcount())]
    idmap = check_ids(rep, fmt, reader, exp, ids)
    ws = g.es["weight"] if "weight" in g.es.attributes() else [None] * g.ecount()
    check_edges(rep, fmt, reader, exp, idmap, [(ids[e.source], ids[e.target], num(w)) for e, w in zip(g.es, ws)],
                g.is_directed(), weighted="weight" in g.es.attributes())
    vattrs = g.vs.attributes()
    check_node_attrs(rep, fmt, reader, exp, idmap,
                     {ids[v.index]: {a: v[a] for a in vattrs} for v in g.vs})


def check_gexf(rep, path, exp):
    import networkx as nx
    fmt, reader = "gexf", "networkx.read_gexf"
    try:
        G = nx.read_gexf(path)
    except Exception as e:  # noqa: BLE001
        rep.check(fmt, reader, "readable", False, f"{type(e).__name__}: {e}")
        return
    rep.check(fmt, reader, "readable", True, type(G).__name__)
    idmap = check_ids(rep, fmt, reader, exp, [str(n) for n in G.nodes])
    check_edges(rep, fmt, reader, exp, idmap, [(str(u), str(v), num(d.get("weight")))
                                               for u, v, d in G.edges(data=True)], G.is_directed())
    check_node_attrs(rep, fmt, reader, exp, idmap, {str(n): d for n, d in G.nodes(data=True)}, name_fallback="label")
    check_edge_attrs(rep, fmt, reader, exp, idmap, [(str(u), str(v), d) for u, v, d in G.edges(data=True)])


def check_pajek(rep, path, exp):
    import igraph as ig
    import networkx as nx
    fmt = "net"
    reader = "networkx.read_pajek"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            G = nx.read_pajek(path)
    except Exception as e:  # noqa: BLE001
        rep.check(fmt, reader, "readable", False, f"{type(e).__name__}: {e}")
        G = None
    if G is not None:
        rep.check(fmt, reader, "readable", True, type(G).__name__)
        idmap = check_ids(rep, fmt, reader, exp, [str(n) for n in G.nodes], allow_names=True)
        check_edges(rep, fmt, reader, exp, idmap, [(str(u), str(v), num(d.get("weight")))
                                                   for u, v, d in G.edges(data=True)], G.is_directed())
    reader = "igraph.Graph.Read_Pajek"
    try:
        g = ig.Graph.Read_Pajek(str(path))
    except Exception as e:  # noqa: BLE001
        rep.check(fmt, reader, "readable", False, f"{type(e).__name__}: {e}")
        return
    rep.check(fmt, reader, "readable", True, f"{g.vcount()} vertices, {g.ecount()} edges")
    attr = "name" if "name" in g.vs.attributes() else ("id" if "id" in g.vs.attributes() else None)
    if attr is None:
        rep.check(fmt, reader, "vertex labels", False, "igraph found no vertex labels")
        return
    ids = [str(x) for x in g.vs[attr]]
    idmap = check_ids(rep, fmt, reader, exp, ids, allow_names=True)
    ws = g.es["weight"] if "weight" in g.es.attributes() else [None] * g.ecount()
    check_edges(rep, fmt, reader, exp, idmap, [(ids[e.source], ids[e.target], num(w)) for e, w in zip(g.es, ws)],
                g.is_directed(), weighted="weight" in g.es.attributes())


def check_json(rep, path, exp):
    from networkx.readwrite import json_graph
    fmt, reader = "json", "networkx.json_graph.node_link_graph(edges='edges')"
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except Exception as e:  # noqa: BLE001
        rep.check(fmt, "json.load", "valid JSON", False, f"{type(e).__name__}: {e}")
        return
    if not isinstance(data, dict) or "edges" not in data:
        rep.check(fmt, reader, "has the key 'edges'", False,
                  f"top-level keys: {sorted(data) if isinstance(data, dict) else type(data).__name__}")
        return
    try:
        G = json_graph.node_link_graph(data, edges="edges")
    except Exception as e:  # noqa: BLE001
        rep.check(fmt, reader, "readable", False, f"{type(e).__name__}: {e}")
        return
    rep.check(fmt, reader, "readable", True, type(G).__name__)
    idmap = check_ids(rep, fmt, reader, exp, [str(n) for n in G.nodes])
    check_edges(rep, fmt, reader, exp, idmap, [(str(u), str(v), num(d.get("weight")))
                                               for u, v, d in G.edges(data=True)], G.is_directed())
    check_node_attrs(rep, fmt, reader, exp, idmap, {str(n): d for n, d in G.nodes(data=True)})
    check_edge_attrs(rep, fmt, reader, exp, idmap, [(str(u), str(v), d) for u, v, d in G.edges(data=True)])


# ---- DL ------------------------------------------------------------------------------------------------------

DL_TOKEN = re.compile(r'"[^"]*"|[^\s,=]+|=')


def parse_dl(text):
    """A UCINET DL reader after the specification (dl; n= / nr= nc=; format= fullmatrix | edgelist1 | nodelist1;
    labels: / row labels: / col labels: / column labels: / labels embedded; data:). Labels may be quoted.
    Returns (row labels, column labels or None for one-mode, arcs [(row label, col label, value)], format)."""
    m = re.search(r"(?im)^\s*data\s*:|(?<=\s)data\s*:", text)
    if not m or not re.match(r"(?i)\s*dl\b", text):
        raise ValueError("not a DL file: needs `dl` first and a `data:` section")
    head, data = text[:m.start()], text[m.end():]
    toks = [t[1:-1] if t.startswith('"') else t for t in DL_TOKEN.findall(head)]
    dims, fmt, embedded, labels, cur = {}, "fullmatrix", False, {"row": [], "col": []}, None
    i = 1
    while i < len(toks):
        t = toks[i].lower()
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if t in ("n", "nr", "nc", "nm") and nxt == "=" and i + 2 < len(toks):
            dims[t] = int(toks[i + 2])
            i += 3
            cur = None
            continue
        if t == "format" and nxt == "=" and i + 2 < len(toks):
            fmt = toks[i + 2].lower()
            i += 3
            cur = None
            continue
        if t in ("row", "col", "column") and nxt in ("labels:", "labels"):
            cur = "row" if t == "row" else "col"
            i += 2
            if i < len(toks) and toks[i] == ":":
                i += 1
            continue
        if t == "labels" and nxt.startswith("embedded"):
            embedded = True
            i += 2
            cur = None
            continue
        if t in ("labels:", "labels"):
            cur = "both"
            i += 1
            continue
        if cur is None:
            raise ValueError(f"unexpected word {toks[i]!r} in the DL header")
        if cur == "both":
            labels["row"].append(toks[i])
        else:
            labels[cur].append(toks[i])
        i += 1
    nr = dims.get("nr", dims.get("n"))
    nc = dims.get("nc", dims.get("n"))
    if nr is None or nc is None:
        raise ValueError("no n= (or nr= and nc=)")
    two_mode = "nr" in dims or "nc" in dims
    rows = labels["row"] or [str(k + 1) for k in range(nr)]
    cols = labels["col"] or (rows if not two_mode else [str(k + 1) for k in range(nc)])
    arcs = []
    lines = [ln for ln in data.splitlines() if ln.strip()]
    if fmt == "fullmatrix":
        vals = [t for ln in lines for t in DL_TOKEN.findall(ln)]
        if embedded:
            raise ValueError("fullmatrix with embedded labels is not handled by this checker")
        if len(vals) != nr * nc:
            raise ValueError(f"{len(vals)} values, expected {nr}x{nc}")
        for r in range(nr):
            for c in range(nc):
                v = float(vals[r * nc + c])
                if v != 0:
                    arcs.append((rows[r], cols[c], v))
    elif fmt in ("edgelist1", "nodelist1"):
        seen = []

        def node(tok, side):
            if embedded:
                name = tok[1:-1] if tok.startswith('"') else tok
                if name not in seen:
                    seen.append(name)
                return name
            k = int(tok) - 1
            return (rows if side == "row" else cols)[k]

        for ln in lines:
            t = DL_TOKEN.findall(ln)
            if fmt == "edgelist1":
                if len(t) not in (2, 3):
                    raise ValueError(f"edgelist1 line with {len(t)} fields: {ln!r}")
                arcs.append((node(t[0], "row"), node(t[1], "col"), float(t[2]) if len(t) == 3 else 1.0))
            else:
                a = node(t[0], "row")
                arcs += [(a, node(x, "col"), 1.0) for x in t[1:]]
        if embedded and not labels["row"]:
            rows = seen
    else:
        raise ValueError(f"format {fmt} is not handled by this checker")
    return rows, (cols if two_mode else None), arcs, fmt


def check_dl(rep, path, exp):
    import igraph as ig
    fmt = "dl"
    reader = "igraph.Graph.Read_DL"
    try:
        g = ig.Graph.Read_DL(str(path), directed=True)
    except Exception as e:  # noqa: BLE001
        msg = f"{type(e).__name__}: {str(e).strip()}"
        first = path.read_text(encoding="utf-8").splitlines()[0:1]
        hint = (" (igraph's DL grammar: `dl n=N` alone on the first line, `format = ...` on the next; no nr/nc; "
                "no quoted labels; full matrices of single 0/1 digits only; in edgelist1 data with `labels "
                "embedded` a numeric label is taken as a number)")
        if first and re.search(r"(?i)format\s*=", first[0]):
            hint = " - here `format=` is on the first line" + hint
        rep.check(fmt, reader, "readable", False, msg + hint)
        g = None
    if g is not None:
        rep.check(fmt, reader, "readable", True, f"{g.vcount()} vertices, {g.ecount()} arcs (directed=True)")
        if "name" in g.vs.attributes():
            ids = [str(x) for x in g.vs["name"]]
        else:
            ids = [str(i + 1) for i in range(g.vcount())]
        idmap = check_ids(rep, fmt, reader, exp, ids, allow_names=True)
        has_w = "weight" in g.es.attributes()
        ws = g.es["weight"] if has_w else [None] * g.ecount()
        check_edges(rep, fmt, reader, exp, idmap,
                    [(ids[e.source], ids[e.target], num(w)) for e, w in zip(g.es, ws)], None,
                    weighted=has_w, file_lists_both=True)
    reader = "DL spec parser (this script)"
    try:
        rows, cols, arcs, dlfmt = parse_dl(path.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        rep.check(fmt, reader, "readable", False, f"{type(e).__name__}: {e}")
        return
    if cols is not None:
        rep.check(fmt, reader, "one-mode (n=)", False, f"two-mode file: nr={len(rows)} nc={len(cols)}")
        return
    rep.check(fmt, reader, "readable", True, f"format={dlfmt}, {len(rows)} labels, {len(arcs)} entries")
    idmap = check_ids(rep, fmt, reader, exp, rows, allow_names=True)
    check_edges(rep, fmt, reader, exp, idmap, arcs, None, file_lists_both=True)


# ---- CSV -----------------------------------------------------------------------------------------------------

def check_csv(rep, path, nodes_path, exp):
    import networkx as nx
    fmt = "csv"
    reader = "csv module"
    try:
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
            header = list(rows[0].keys()) if rows else []
    except Exception as e:  # noqa: BLE001
        rep.check(fmt, reader, "readable", False, f"{type(e).__name__}: {e}")
        return
    if not {"source", "target"} <= set(header):
        rep.check(fmt, reader, "columns source,target", False, f"header: {header}")
        return
    rep.check(fmt, reader, "readable", True, f"{len(rows)} rows; columns {','.join(header)}")
    node_rows = None
    if nodes_path.exists():
        with open(nodes_path, encoding="utf-8", newline="") as f:
            node_rows = list(csv.DictReader(f))
        if node_rows and "id" in node_rows[0]:
            rep.check(fmt, f"csv module ({nodes_path.name})", "readable", True,
                      f"{len(node_rows)} rows; columns {','.join(node_rows[0].keys())}")
            ids = [r["id"] for r in node_rows]
        else:
            rep.check(fmt, f"csv module ({nodes_path.name})", "column id", False,
                      f"header: {list(node_rows[0].keys()) if node_rows else []}")
            node_rows = None
    if node_rows is None:
        rep.info(fmt, f"{nodes_path.name} missing or unusable: node ids taken from the edge list (isolates "
                      "cannot be checked)")
        ids = []
        for r in rows:
            ids += [x for x in (r["source"], r["target"]) if x not in ids]
        linked = {a for k in exp.weights for a in k}
        idmap = {i: i for i in ids}
        rep.check(fmt, reader, "node ids in the edge list = linked actor ids", set(ids) == linked,
                  f"{len(ids)} ids, expected {len(linked)}")
    else:
        idmap = check_ids(rep, fmt, f"csv module ({nodes_path.name})", exp, ids)
    has_w = "weight" in header
    check_edges(rep, fmt, reader, exp, idmap, [(r["source"], r["target"], num(r.get("weight"))) for r in rows],
                None, weighted=has_w)
    if node_rows is not None:
        check_node_attrs(rep, fmt, f"csv module ({nodes_path.name})", exp, idmap,
                         {r["id"]: {k: (v if v != "" else None) for k, v in r.items()} for r in node_rows})
    check_edge_attrs(rep, fmt, reader, exp, idmap, [(r["source"], r["target"], r) for r in rows])

    # NetworkX's own edge-list parser (no quoting: only when no field is quoted)
    reader = "networkx.parse_edgelist(delimiter=',')"
    text = path.read_text(encoding="utf-8")
    if '"' in text:
        rep.info(fmt, f"{reader}: not tried, the file has quoted fields (parse_edgelist does not unquote)")
        return
    lines = text.splitlines()
    types = [(c, float if c == "weight" else str) for c in header[2:]]
    try:
        G = nx.parse_edgelist(lines[1:], delimiter=",", nodetype=str, data=types,
                              create_using=nx.DiGraph if exp.directed else nx.Graph)
    except Exception as e:  # noqa: BLE001
        rep.check(fmt, reader, "readable", False, f"{type(e).__name__}: {e}")
        return
    rep.check(fmt, reader, "readable", True, f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
    check_edges(rep, fmt, reader, exp, idmap if idmap else {n: n for n in G.nodes},
                [(u, v, d.get("weight")) for u, v, d in G.edges(data=True)], None, weighted=has_w)


# ---- DOT -----------------------------------------------------------------------------------------------------

DOT_ID = r'"(?:[^"\\]|\\.)*"|[A-Za-z_\x80-\uffff][\w\x80-\uffff]*|-?(?:\.\d+|\d+(?:\.\d*)?)'


def dot_unquote(s):
    if s.startswith('"'):
        return re.sub(r'\\(.)', lambda m: "\n" if m.group(1) == "n" else m.group(1), s[1:-1])
    return s


def parse_dot_minimal(text):
    """The subset Redes writes: `graph|digraph NAME {`, then `ID [k=v, ...];` and `ID -- ID [k=v, ...];`."""
    head = re.match(rf'\s*(strict\s+)?(graph|digraph)\s*(?:{DOT_ID})?\s*\{{', text)
    if not head:
        raise ValueError("no `graph {` / `digraph {` header")
    directed = head.group(2) == "digraph"
    body = text[head.end():text.rfind("}")]
    attr_re = re.compile(rf'({DOT_ID})\s*=\s*({DOT_ID})')
    stmt_re = re.compile(rf'\s*({DOT_ID})\s*(?:(--|->)\s*({DOT_ID}))?\s*(\[(?:[^\]"]|"(?:[^"\\]|\\.)*")*\])?\s*;?')
    nodes, edges, pos = {}, [], 0
    while pos < len(body):
        if not body[pos:].strip():
            break
        m = stmt_re.match(body, pos)
        if not m or m.end() == pos:
            raise ValueError(f"cannot parse near {body[pos:pos + 40]!r}")
        pos = m.end()
        a = dot_unquote(m.group(1))
        attrs = {dot_unquote(k): dot_unquote(v) for k, v in attr_re.findall(m.group(4) or "")}
        if a in ("graph", "node", "edge") and not m.group(2):
            continue
        if m.group(2):
            b = dot_unquote(m.group(3))
            edges.append((a, b, attrs))
            nodes.setdefault(a, {})
            nodes.setdefault(b, {})
        else:
            nodes.setdefault(a, {}).update(attrs)
    return directed, nodes, edges


def check_dot(rep, path, exp):
    fmt = "dot"
    try:
        import networkx as nx
        import pydot  # noqa: F401
        reader = "networkx.nx_pydot.read_dot"
        G = nx.nx_pydot.read_dot(path)
        directed = G.is_directed()
        quoted = sorted({k for _, d in G.nodes(data=True) for k in d if str(k).startswith('"')}
                        | {k for _, _, d in G.edges(data=True) for k in d if str(k).startswith('"')})
        nodes = {dot_unquote(str(n)): {dot_unquote(str(k)): dot_unquote(str(v)) for k, v in d.items()}
                 for n, d in G.nodes(data=True)}
        edges = [(dot_unquote(str(u)), dot_unquote(str(v)), {dot_unquote(str(k)): dot_unquote(str(x))
                                                             for k, x in d.items()})
                 for u, v, d in G.edges(data=True)]
        quoted_note = ("attribute names come out plain (G.edges[u, v]['weight'] works)", not quoted,
                       f"pydot keeps the quotes of quoted attribute names: {short(quoted, 4)}; write them bare"
                       if quoted else "")
    except ImportError:
        quoted_note = None
        reader = "minimal DOT parser (this script; pydot not installed)"
        try:
            directed, nodes, edges = parse_dot_minimal(path.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            rep.check(fmt, reader, "readable", False, f"{type(e).__name__}: {e}")
            return
    except Exception as e:  # noqa: BLE001
        rep.check(fmt, "networkx.nx_pydot.read_dot", "readable", False, f"{type(e).__name__}: {e}")
        return
    nodes.pop("\\n", None)  # pydot artefact
    rep.check(fmt, reader, "readable", True, f"{len(nodes)} nodes, {len(edges)} edges")
    if quoted_note:
        rep.check(fmt, reader, *quoted_note)
    idmap = check_ids(rep, fmt, reader, exp, list(nodes))
    check_edges(rep, fmt, reader, exp, idmap, [(u, v, num(d.get("weight"))) for u, v, d in edges], directed)
    check_node_attrs(rep, fmt, reader, exp, idmap, nodes, name_fallback="label")
    check_edge_attrs(rep, fmt, reader, exp, idmap, edges)


# --------------------------------------------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", type=Path, help="the directory holding antofagasta.EXT")
    ap.add_argument("--allow-missing", action="store_true", help="exit 0 even when no file is there")
    ap.add_argument("--yaml", type=Path, default=DEFAULT_YAML, help="the network the files were converted from")
    ap.add_argument("--stem", default="antofagasta", help="file name stem (default antofagasta)")
    args = ap.parse_args(argv)

    exp = Expected(args.yaml)
    print(f"expected (from {args.yaml.name}): {len(exp.ids)} actors, {len(exp.weights)} ties, "
          f"{'directed' if exp.directed else 'undirected'}")
    rep = Report()
    d, s = args.dir, args.stem
    formats = [
        ("graphml", lambda p: check_graphml(rep, p, exp)),
        ("gexf", lambda p: check_gexf(rep, p, exp)),
        ("net", lambda p: check_pajek(rep, p, exp)),
        ("json", lambda p: check_json(rep, p, exp)),
        ("dl", lambda p: check_dl(rep, p, exp)),
        ("csv", lambda p: check_csv(rep, p, d / f"{s}.nodes.csv", exp)),
        ("dot", lambda p: check_dot(rep, p, exp)),
    ]
    found = 0
    for ext, fn in formats:
        path = d / f"{s}.{ext}"
        if not path.exists():
            rep.info(ext, f"{path} is missing: format not checked")
            continue
        found += 1
        try:
            fn(path)
        except Exception as e:  # noqa: BLE001 -- a crash in a check is a failed check, not a crashed script
            rep.check(ext, "checker", "ran", False, f"{type(e).__name__}: {e}")
    if rep.failures:
        print("\nfailed:")
        for line in rep.failures:
            print("  " + line)
    missing_all = found == 0
    if missing_all:
        print(f"no {s}.* file found in {d}" + ("" if args.allow_missing else " (use --allow-missing to accept)"))
    print(f"{rep.passed} passed, {rep.failed} failed")
    return 1 if rep.failed or (missing_all and not args.allow_missing) else 0


if __name__ == "__main__":
    sys.exit(main())
