#!/usr/bin/env python3
"""Write the interoperability fixtures that Redes' reader tests load: network files as NetworkX and igraph write
them, and UCINET DL files written by hand from the DL specification.

Run from anywhere (paths are relative to the repository):

    python3 Scripts/interop/make_interop_fixtures.py

Needs Python 3 with networkx (3.6.1 when the fixtures were made) and python-igraph (1.0).  Writes into
Tests/RedesTests/Fixtures/interop/:

    karate.networkx.{graphml,gexf,net,json}  karate.igraph.{graphml,net}       Zachary's karate club (weights, club)
    florentine.networkx.{graphml,gexf,net,json}  florentine.igraph.{graphml,net}  Padgett's families + isolate Pucci
    accents.networkx.{graphml,gexf,json,net}  accents.igraph.graphml          small directed graph, accents, & < >
    florentine.fullmatrix.dl  karate.edgelist1.dl  davis.twomode.dl           UCINET DL, written by hand
    manifest.json                                                              what every file holds (see below)

Library output is written untouched, with one exception: NetworkX stamps GEXF files with today's date
(<meta lastmodifieddate="...">); it is replaced by the fixed date 2000-01-01 so that reruns are byte-identical.

manifest.json (sort_keys) has, per file: dataset, format, writer, directed, node_count, edge_count, node_ids (see
`conventions` in the manifest: the identifier the file gives each node), node_names (a second name when the file has
one: GEXF `label`, the `name` attribute igraph writes in GraphML, else null), node_attributes (name -> declared type
and two sample values keyed by node id), edge_attributes (name -> declared type), weighted, edge_weight_samples
(source, target by node id, weight; null when the file carries no weight), notes, and readers (what NetworkX and
igraph make of the file when they read it back: node/edge counts or the error they raise).  The manifest facts are
taken from the files themselves (XML / JSON / Pajek / DL parsed here) and asserted against the source graphs, so a
mismatch stops the script.

UCINET DL, as specified at analytictech.com (UCINET help, "DL language"; UCINET user's guide §3.3-3.12): the file
starts with `dl`, then the dimensions (`n=` for a square matrix, `nr=`/`nc=` for a rectangular one), `format=`
(fullmatrix by default; edgelist1 = one "row col [value]" per line), optional labels (`labels:`, `row labels:`,
`col labels:`/`column labels:`; separated by spaces, commas or line breaks; labels with spaces in double quotes;
`labels embedded` = the labels appear in the data instead of 1-based indices), then `data:`.  igraph's reader
(igraph C src/io/dl-lexer.l / dl-parser.y) implements a subset; what it made of each DL file is in the manifest.
"""

import json
import re
import shlex
import sys
import tempfile
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import igraph as ig
import networkx as nx
from networkx.readwrite import json_graph

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "RedesTests" / "Fixtures" / "interop"
GEXF_DATE = "2000-01-01"
NX = f"networkx {nx.__version__}"
IG = f"python-igraph {ig.__version__}"


# --------------------------------------------------------------------------------------------------------------
# Source graphs
# --------------------------------------------------------------------------------------------------------------

def karate():
    """NetworkX's karate club: nodes 0..33 (int), node attribute club, edge attribute weight (int)."""
    return nx.karate_club_graph()


def florentine():
    """Padgett's Florentine marriage network as NetworkX ships it (15 families, 20 edges) plus the isolate Pucci."""
    G = nx.florentine_families_graph()
    G.add_node("Pucci")
    return G


def accents():
    """A small directed weighted graph whose names need UTF-8 and XML escaping. Weights are given as Python values
    1 (int), 2.5 (float), 3 (int) on purpose: that is what a researcher's script produces, and NetworkX then
    declares two GraphML keys named `weight` (long and double)."""
    G = nx.DiGraph(name="Acentos y escapes")
    G.add_node("Código Futuro", bloc="Programas/Fundaciones", size=2.5)
    G.add_node("María Elena", bloc="Liceos EMTP", size=1.0)
    G.add_node("SECREDUC", bloc="Público", size=3.25)
    G.add_node("Ñuñoa & Cía <x>", bloc="Empresas & gremios", size=0.5)
    G.add_node("Ollagüe", bloc="Sin EMTP", size=0.0)  # isolate
    G.add_edge("SECREDUC", "María Elena", weight=1, kind="gobernanza")
    G.add_edge("Código Futuro", "María Elena", weight=2.5, kind="programa")
    G.add_edge("Ñuñoa & Cía <x>", "Código Futuro", weight=3, kind="financiamiento")
    return G


def davis():
    """Southern women: 18 women (top) x 14 events (bottom), 89 memberships."""
    return nx.davis_southern_women_graph()


def to_igraph(G):
    """An igraph Graph built directly (not Graph.from_networkx, which stores the ids in a `_nx_name` vertex
    attribute that igraph's Pajek writer ignores): vertex `name` = str(node id), the other node attributes copied,
    edge `weight` as float, other edge attributes copied."""
    nodes = list(G.nodes)
    pos = {v: i for i, v in enumerate(nodes)}
    h = ig.Graph(n=len(nodes), edges=[(pos[u], pos[v]) for u, v in G.edges()], directed=G.is_directed())
    h.vs["name"] = [str(v) for v in nodes]
    for key in sorted({k for _, d in G.nodes(data=True) for k in d}):
        h.vs[key] = [G.nodes[v].get(key) for v in nodes]
    ekeys = sorted({k for _, _, d in G.edges(data=True) for k in d})
    for key in ekeys:
        vals = [d.get(key) for _, _, d in G.edges(data=True)]
        h.es[key] = [float(x) for x in vals] if key == "weight" else vals
    if G.graph.get("name"):
        h["name"] = G.graph["name"]
    return h


# --------------------------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------------------------

def write_with_warnings(fn, *args):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fn(*args)
    return sorted({str(w.message) for w in caught})


def write_nx(G, stem, fmt):
    path = OUT / f"{stem}.networkx.{fmt}"
    warns = []
    if fmt == "graphml":
        warns = write_with_warnings(nx.write_graphml, G, path)
    elif fmt == "gexf":
        warns = write_with_warnings(nx.write_gexf, G, path)
        text = path.read_text(encoding="utf-8")
        text, n = re.subn(r'lastmodifieddate="\d{4}-\d{2}-\d{2}"', f'lastmodifieddate="{GEXF_DATE}"', text)
        assert n == 1, "NetworkX GEXF: lastmodifieddate not found"
        path.write_text(text, encoding="utf-8")
    elif fmt == "net":
        warns = write_with_warnings(nx.write_pajek, G, path)
    elif fmt == "json":
        with open(path, "w", encoding="utf-8") as f:
            json.dump(nx.node_link_data(G, edges="edges"), f)
    else:
        raise ValueError(fmt)
    return path, warns


def write_ig(G, stem, fmt):
    path = OUT / f"{stem}.igraph.{fmt}"
    h = to_igraph(G)
    if fmt == "graphml":
        h.write_graphml(str(path))
    elif fmt == "net":
        h.write_pajek(str(path))
    else:
        raise ValueError(fmt)
    return path, []


def num_text(w):
    """A weight as a DL file shows it: integers without a decimal point."""
    w = float(w)
    return str(int(w)) if w.is_integer() else repr(w)


def dl_label(s):
    """A DL label: quoted when it holds a space or a comma (UCINET: 'can be entered by surrounding the label in
    quotes')."""
    s = str(s)
    return f'"{s}"' if (" " in s or "," in s) else s


def write_florentine_fullmatrix(G):
    nodes = list(G.nodes)
    pos = {v: i for i, v in enumerate(nodes)}
    n = len(nodes)
    M = [[0] * n for _ in range(n)]
    for u, v in G.edges():
        M[pos[u]][pos[v]] = M[pos[v]][pos[u]] = 1
    lines = [f"dl n={n}", "format = fullmatrix", "labels:", ",".join(dl_label(v) for v in nodes), "data:"]
    lines += [" ".join(str(x) for x in row) for row in M]
    path = OUT / "florentine.fullmatrix.dl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_karate_edgelist1(G):
    lines = [f"dl n={G.number_of_nodes()}", "format = edgelist1", "labels embedded:", "data:"]
    lines += [f"{dl_label(u)} {dl_label(v)} {num_text(d['weight'])}" for u, v, d in G.edges(data=True)]
    path = OUT / "karate.edgelist1.dl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def davis_parts(D):
    women = [v for v in D.nodes if D.nodes[v]["bipartite"] == 0]
    events = [v for v in D.nodes if D.nodes[v]["bipartite"] == 1]
    return women, events


def write_davis_twomode(D):
    women, events = davis_parts(D)
    assert (len(women), len(events)) == (18, 14)
    lines = [f"dl nr={len(women)} nc={len(events)}", "format = fullmatrix", "row labels:"]
    lines += [dl_label(w) for w in women]
    lines += ["col labels:", ",".join(dl_label(e) for e in events), "data:"]
    lines += [" ".join("1" if D.has_edge(w, e) else "0" for e in events) for w in women]
    path = OUT / "davis.twomode.dl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------------------------------
# Parsing the written files (for the manifest), independent of the writers
# --------------------------------------------------------------------------------------------------------------

def local(tag):
    return tag.rsplit("}", 1)[-1]


def parse_graphml(path):
    root = ET.parse(path).getroot()
    keys = {}
    for k in root:
        if local(k.tag) == "key":
            keys[k.get("id")] = (k.get("for"), k.get("attr.name"), k.get("attr.type"))
    graph = next(e for e in root if local(e.tag) == "graph")
    directed = graph.get("edgedefault") == "directed"
    nodes, edges = [], []
    node_attr_types, edge_attr_types = {}, {}
    for key_id, (dom, name, typ) in keys.items():
        target = node_attr_types if dom == "node" else edge_attr_types if dom == "edge" else None
        if target is not None:
            target.setdefault(name, [])
            if typ not in target[name]:
                target[name].append(typ)
    for e in graph:
        tag = local(e.tag)
        data = {}
        for d in e:
            if local(d.tag) == "data":
                data.setdefault(keys[d.get("key")][1], d.text or "")
        if tag == "node":
            nodes.append((e.get("id"), data))
        elif tag == "edge":
            edges.append((e.get("source"), e.get("target"), data))
    return dict(directed=directed, nodes=nodes, edges=edges, node_attr_types=node_attr_types,
                edge_attr_types=edge_attr_types, weight=lambda d: d.get("weight"))


def parse_gexf(path):
    root = ET.parse(path).getroot()
    graph = next(e for e in root if local(e.tag) == "graph")
    directed = graph.get("defaultedgetype") == "directed"
    attrs = {"node": {}, "edge": {}}
    nodes, edges = [], []
    for part in graph:
        tag = local(part.tag)
        if tag == "attributes":
            for a in part:
                attrs[part.get("class")][a.get("id")] = (a.get("title"), a.get("type"))
        elif tag in ("nodes", "edges"):
            cls = tag[:-1]
            for e in part:
                data = {}
                for av in e.iter():
                    if local(av.tag) == "attvalue":
                        data[attrs[cls][av.get("for")][0]] = av.get("value")
                if cls == "node":
                    nodes.append((e.get("id"), e.get("label"), data))
                else:
                    edges.append((e.get("source"), e.get("target"), e.get("weight"), data))
    return dict(directed=directed, nodes=nodes, edges=edges,
                node_attr_types={t: [ty] for t, ty in attrs["node"].values()},
                edge_attr_types={t: [ty] for t, ty in attrs["edge"].values()})


def parse_pajek(path):
    """Vertices `n label [x y [z]] [shape] [key value]...`, then *Edges/*Arcs `u v [w] [key value]...`."""
    nodes, edges, section, directed = [], [], None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("*"):
            word = line.split()[0].lower()
            section = word
            if word == "*arcs":
                directed = True
            elif word == "*edges":
                directed = False if directed is None else directed
            continue
        t = shlex.split(line)
        if section == "*vertices":
            rest, coords = t[2:], []
            while rest and len(coords) < 3 and re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", rest[0]):
                coords.append(rest.pop(0))
            shape = rest.pop(0) if len(rest) % 2 == 1 else None
            nodes.append((int(t[0]), t[1] if len(t) > 1 else None, dict(zip(rest[::2], rest[1::2])), coords, shape))
        else:
            rest = t[2:]
            w = rest.pop(0) if len(rest) % 2 == 1 else None
            edges.append((int(t[0]), int(t[1]), w, dict(zip(rest[::2], rest[1::2]))))
    return dict(directed=bool(directed), nodes=nodes, edges=edges)


# --------------------------------------------------------------------------------------------------------------
# Manifest entries
# --------------------------------------------------------------------------------------------------------------

def fnum(x):
    return None if x is None else float(x)


def two_samples(ids, values):
    """Two sample values keyed by node id: the first node that has the attribute, and the first node whose value
    differs from it (else the second node that has it)."""
    have = [(i, v) for i, v in zip(ids, values) if v is not None]
    if not have:
        return {}
    first = have[0]
    other = next((p for p in have[1:] if p[1] != first[1]), have[1] if len(have) > 1 else None)
    out = {first[0]: first[1]}
    if other:
        out[other[0]] = other[1]
    return out


def edge_samples(edges):
    """(source, target, weight) for the first and last edge in file order (all edges when there are <= 3)."""
    picked = edges if len(edges) <= 3 else [edges[0], edges[-1]]
    return [{"source": s, "target": t, "weight": w} for s, t, w in picked]


def expected_weight(G, s, t):
    if not G.has_edge(s, t):
        raise AssertionError(f"edge {s!r}-{t!r} not in source graph")
    return float(G.edges[s, t].get("weight", 1))


def check_against(G, ids, edges, weighted, what):
    """Assert that (ids, edges) written in a file agree with source graph G (ids compared as strings)."""
    key = {str(v): v for v in G.nodes}
    assert ids == [str(v) for v in G.nodes], f"{what}: node ids differ from the source graph"
    assert len(edges) == G.number_of_edges(), f"{what}: {len(edges)} edges, source has {G.number_of_edges()}"
    for s, t, w in edges:
        exp = expected_weight(G, key[s], key[t])
        if weighted:
            assert w is not None and abs(w - exp) < 1e-12, f"{what}: weight {s}-{t} = {w}, expected {exp}"


def manifest_graphml(path, G, writer, dataset, notes):
    p = parse_graphml(path)
    ids = [i for i, _ in p["nodes"]]
    names = None
    attr_nodes = p["nodes"]
    if all("name" in d for _, d in p["nodes"]) and ids != [d["name"] for _, d in p["nodes"]]:
        names = [d["name"] for _, d in p["nodes"]]  # igraph: ids n0.., the name in a `name` attribute
    id_of = dict(zip(ids, names or ids))
    weighted = "weight" in p["edge_attr_types"]
    edges = [(s, t, fnum(d.get("weight")) if weighted else None) for s, t, d in p["edges"]]
    check_against(G, names or ids, [(id_of[s], id_of[t], w) for s, t, w in edges], weighted, path.name)
    node_attrs = {}
    for name, types in sorted(p["node_attr_types"].items()):
        node_attrs[name] = {"declared_type": types[0] if len(types) == 1 else types,
                            "samples": two_samples(ids, [d.get(name) for _, d in attr_nodes])}
    edge_attrs = {n: {"declared_type": t[0] if len(t) == 1 else t} for n, t in sorted(p["edge_attr_types"].items())}
    return dict(dataset=dataset, format="graphml", writer=writer, directed=p["directed"],
                node_count=len(ids), edge_count=len(edges), node_ids=ids, node_names=names,
                node_attributes=node_attrs, edge_attributes=edge_attrs, weighted=weighted,
                edge_weight_samples=edge_samples(edges), notes=notes)


def manifest_gexf(path, G, writer, dataset, notes):
    p = parse_gexf(path)
    ids = [i for i, _, _ in p["nodes"]]
    labels = [lab for _, lab, _ in p["nodes"]]
    edges = [(s, t, fnum(w)) for s, t, w, _ in p["edges"]]
    weighted = any(w is not None for _, _, w in edges)
    check_against(G, ids, edges, weighted, path.name)
    node_attrs = {name: {"declared_type": types[0],
                         "samples": two_samples(ids, [d.get(name) for _, _, d in p["nodes"]])}
                  for name, types in sorted(p["node_attr_types"].items())}
    edge_attrs = {n: {"declared_type": t[0]} for n, t in sorted(p["edge_attr_types"].items())}
    if weighted:
        edge_attrs["weight"] = {"declared_type": "(XML attribute weight= on <edge>, not declared)"}
    return dict(dataset=dataset, format="gexf", writer=writer, directed=p["directed"],
                node_count=len(ids), edge_count=len(edges), node_ids=ids, node_names=labels,
                node_attributes=node_attrs, edge_attributes=edge_attrs, weighted=weighted,
                edge_weight_samples=edge_samples(edges), notes=notes)


def manifest_pajek(path, G, writer, dataset, notes):
    p = parse_pajek(path)
    assert [n for n, *_ in p["nodes"]] == list(range(1, len(p["nodes"]) + 1)), "Pajek vertices not numbered 1..n"
    ids = [lab for _, lab, *_ in p["nodes"]]
    weighted = all(w is not None for *_, w, _ in p["edges"]) and bool(p["edges"])
    edges = [(ids[u - 1], ids[v - 1], fnum(w)) for u, v, w, _ in p["edges"]]
    check_against(G, ids, edges, weighted, path.name)
    keys = sorted({k for _, _, d, _, _ in p["nodes"] for k in d})
    node_attrs = {k: {"declared_type": "(undeclared key/value pair after the shape)",
                      "samples": two_samples(ids, [d.get(k) for _, _, d, _, _ in p["nodes"]])} for k in keys}
    ekeys = sorted({k for *_, d in p["edges"] for k in d})
    edge_attrs = {k: {"declared_type": "(undeclared key/value pair after the weight)"} for k in ekeys}
    if weighted:
        edge_attrs["weight"] = {"declared_type": "(third column)"}
    return dict(dataset=dataset, format="pajek", writer=writer, directed=p["directed"],
                node_count=len(ids), edge_count=len(edges), node_ids=ids, node_names=None,
                node_attributes=node_attrs, edge_attributes=edge_attrs, weighted=weighted,
                edge_weight_samples=edge_samples(edges), notes=notes)


def manifest_json(path, G, writer, dataset, notes):
    raw = path.read_text(encoding="utf-8")
    data = json.loads(raw)
    ids_raw = [n["id"] for n in data["nodes"]]
    id_types = sorted({type(i).__name__ for i in ids_raw})
    ids = [str(i) for i in ids_raw]
    weighted = any("weight" in e for e in data["edges"])
    edges = [(str(e["source"]), str(e["target"]), fnum(e.get("weight")) if weighted else None) for e in data["edges"]]
    check_against(G, ids, edges, weighted, path.name)
    keys = sorted({k for n in data["nodes"] for k in n if k != "id"})
    node_attrs = {k: {"declared_type": sorted({type(n[k]).__name__ for n in data["nodes"] if k in n}),
                      "samples": two_samples(ids, [n.get(k) for n in data["nodes"]])} for k in keys}
    ekeys = sorted({k for e in data["edges"] for k in e if k not in ("source", "target")})
    edge_attrs = {k: {"declared_type": sorted({type(e[k]).__name__ for e in data["edges"] if k in e})} for k in ekeys}
    notes = list(notes) + [f"JSON type of node ids: {', '.join(id_types)} (node_ids here are their string form)"]
    if "\\u" in raw:
        notes.append("non-ASCII characters are written as \\uXXXX escapes (json.dump default ensure_ascii=True)")
    return dict(dataset=dataset, format="node-link-json", writer=writer, directed=bool(data["directed"]),
                node_count=len(ids), edge_count=len(edges), node_ids=ids, node_names=None,
                node_attributes=node_attrs, edge_attributes=edge_attrs, weighted=weighted,
                edge_weight_samples=edge_samples(edges), notes=notes,
                json_top_level_keys=sorted(data), json_multigraph=data.get("multigraph"))


# --------------------------------------------------------------------------------------------------------------
# Reading the files back with the libraries
# --------------------------------------------------------------------------------------------------------------

def err_text(e):
    return f"{type(e).__name__}: {str(e).strip().splitlines()[0] if str(e).strip() else ''}".strip()


def nx_reader(fn, path):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            g = fn(path)
        return {"ok": True, "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                "directed": g.is_directed(), "class": type(g).__name__}
    except Exception as e:  # noqa: BLE001 -- the error is the result
        return {"ok": False, "error": err_text(e)}


def ig_summary(g):
    return {"ok": True, "nodes": g.vcount(), "edges": g.ecount(), "directed": g.is_directed(),
            "vertex_attributes": sorted(g.vs.attributes()), "edge_attributes": sorted(g.es.attributes())}


def ig_reader(fn, path, **kw):
    try:
        return ig_summary(fn(str(path), **kw))
    except Exception as e:  # noqa: BLE001
        return {"ok": False, "error": err_text(e)}


def read_json_nx(path):
    with open(path, encoding="utf-8") as f:
        return json_graph.node_link_graph(json.load(f), edges="edges")


def readers_for(path, fmt):
    if fmt == "graphml":
        return {"networkx.read_graphml": nx_reader(nx.read_graphml, path),
                "igraph.Graph.Read_GraphML": ig_reader(ig.Graph.Read_GraphML, path)}
    if fmt == "gexf":
        return {"networkx.read_gexf": nx_reader(nx.read_gexf, path)}
    if fmt == "net":
        return {"networkx.read_pajek": nx_reader(nx.read_pajek, path),
                "igraph.Graph.Read_Pajek": ig_reader(ig.Graph.Read_Pajek, path)}
    if fmt == "json":
        return {"networkx.json_graph.node_link_graph(edges='edges')": nx_reader(read_json_nx, path)}
    raise ValueError(fmt)


# --------------------------------------------------------------------------------------------------------------
# DL manifest entries and igraph verification
# --------------------------------------------------------------------------------------------------------------

def igraph_dl(path, directed):
    """What igraph's Graph.Read_DL makes of a DL file (directed=True keeps every listed pair/cell as one arc)."""
    try:
        g = ig.Graph.Read_DL(str(path), directed=directed)
    except Exception as e:  # noqa: BLE001
        return None, {"ok": False, "error": err_text(e)}
    return g, ig_summary(g)


def igraph_pairs(g):
    names = g.vs["name"] if "name" in g.vs.attributes() else [str(i + 1) for i in range(g.vcount())]
    ws = g.es["weight"] if "weight" in g.es.attributes() else [None] * g.ecount()
    return names, [(names[e.source], names[e.target], w) for e, w in zip(g.es, ws)]


def dl_entries():
    entries = {}

    # Florentine, full matrix with labels:
    F = florentine()
    path = write_florentine_fullmatrix(F)
    ids = [str(v) for v in F.nodes]
    edges = [(str(u), str(v), None) for u, v in F.edges()]
    g, res = igraph_dl(path, directed=True)
    if g is not None:
        names, pairs = igraph_pairs(g)
        assert names == ids, "igraph Read_DL: florentine labels differ"
        got = {frozenset((a, b)) for a, b, _ in pairs}
        assert got == {frozenset((u, v)) for u, v, _ in edges}, "igraph Read_DL: florentine edges differ"
        res["note"] = (f"read with directed=True: {g.ecount()} arcs = both cells of each of the "
                       f"{F.number_of_edges()} symmetric pairs; labels in vertex attribute `name`")
    entries[path.name] = dict(
        dataset="florentine", format="dl", dl_format="fullmatrix", mode="one-mode",
        writer="by hand (this script) from the UCINET DL specification", directed=False,
        node_count=len(ids), edge_count=len(edges), node_ids=ids, node_names=None, node_attributes={},
        edge_attributes={}, weighted=False, edge_weight_samples=edge_samples(edges),
        notes=["symmetric 0/1 matrix: each undirected tie appears in both cells (i,j) and (j,i)",
               "labels: on one line, comma-separated; the last row/column (Pucci) is all zeros (isolate)",
               "DL has no direction flag: a symmetric matrix is read as undirected"],
        readers={"igraph.Graph.Read_DL(directed=True)": res})

    # Karate, edgelist1 with embedded labels and weights
    K = karate()
    path = write_karate_edgelist1(K)
    ids = []  # a labels-embedded edge list orders its nodes by first appearance in the data
    for u, v in K.edges():
        ids += [x for x in (str(u), str(v)) if x not in ids]
    assert sorted(ids) == sorted(str(v) for v in K.nodes)
    edges = [(str(u), str(v), float(d["weight"])) for u, v, d in K.edges(data=True)]
    g, res = igraph_dl(path, directed=True)
    readers = {"igraph.Graph.Read_DL(directed=True)": res}
    if g is not None:
        res["note"] = "read as is"
    else:
        # igraph lexes a purely numeric token in edgelist data as a number, never as a label, so `labels
        # embedded` with numeric labels is a syntax error there. Check the rest of the file with prefixed labels.
        text = path.read_text(encoding="utf-8").splitlines()
        i = text.index("data:")
        variant = text[:i + 1] + [re.sub(r"^(\S+) (\S+) ", r"v\1 v\2 ", ln) for ln in text[i + 1:]]
        with tempfile.TemporaryDirectory() as d:
            tmp = Path(d) / "karate.edgelist1.prefixed.dl"
            tmp.write_text("\n".join(variant) + "\n", encoding="utf-8")
            g2, res2 = igraph_dl(tmp, directed=True)
        if g2 is not None:
            names, pairs = igraph_pairs(g2)
            assert [x[1:] for x in names] == ids, "igraph Read_DL: vertex order is not first appearance"
            got = {(a[1:], b[1:]): w for a, b, w in pairs}
            assert got == {(u, v): w for u, v, w in edges}, "igraph Read_DL: prefixed karate edges/weights differ"
            res2["note"] = ("same file with every label prefixed by 'v' (v0..v33): igraph reads all 78 weighted "
                            "edges correctly, vertices in order of first appearance in the data (= node_ids)")
        res["note"] = ("igraph's DL lexer reads a numeric token in edgelist data as a number, never as a label, so "
                       "numeric embedded labels are a syntax error")
        readers["igraph.Graph.Read_DL(directed=True) on a copy with labels prefixed 'v'"] = res2
    entries[path.name] = dict(
        dataset="karate", format="dl", dl_format="edgelist1", mode="one-mode",
        writer="by hand (this script) from the UCINET DL specification", directed=False,
        node_count=len(ids), edge_count=len(edges), node_ids=ids, node_names=None, node_attributes={},
        edge_attributes={"weight": {"declared_type": "(third column)"}}, weighted=True,
        edge_weight_samples=edge_samples(edges),
        notes=["labels embedded: the data lines name their endpoints by label; labels are NetworkX's ids 0..33, "
               "which look like numbers but are labels (a reader must not take them as 1-based indices)",
               "each undirected edge is listed once (u < v in NetworkX edge order); DL has no direction flag, "
               "read as undirected",
               "all 34 nodes appear in the data (karate has no isolates); node_ids are in order of first "
               "appearance in the data (0..8, 10, 11, ...), which is not NetworkX's 0..33"],
        readers=readers)

    # Davis, two-mode full matrix with row and column labels
    D = davis()
    path = write_davis_twomode(D)
    women, events = davis_parts(D)
    edges = [(w, e, None) for w in women for e in events if D.has_edge(w, e)]
    g, res = igraph_dl(path, directed=False)
    if g is None:
        res["note"] = "igraph's DL grammar knows only `dl n=`: no nr/nc (rectangular, two-mode) matrices"
    entries[path.name] = dict(
        dataset="davis", format="dl", dl_format="fullmatrix", mode="two-mode",
        writer="by hand (this script) from the UCINET DL specification", directed=False,
        node_count=len(women) + len(events), edge_count=len(edges),
        row_ids=women, col_ids=events, node_ids=women + events, node_names=None, node_attributes={},
        edge_attributes={}, weighted=False, edge_weight_samples=edge_samples(edges),
        notes=["nr=18 rows (women) x nc=14 columns (events E1..E14); a 1 in (i,j) = woman i attended event j",
               "row labels: one per line, in double quotes (they contain spaces); col labels: comma-separated",
               "the specification's keyword is `column labels:`; `col labels:` (used here) is the common "
               "abbreviation, accepted by UCINET - readers should accept both",
               "UCINET truncates labels longer than 18 characters and upper-cases them on import; "
               f"the longest row label here has {max(len(w) for w in women)} characters"],
        readers={"igraph.Graph.Read_DL(directed=False)": res})
    return entries


# --------------------------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------------------------

NOTES = {
    ("networkx", "graphml"): ["node ids are str(node) (karate: '0'..'33')",
                              "attr.type follows the Python type: int -> long, float -> double, str -> string; a "
                              "name whose values mix int and float gets one <key> per type (same attr.name)"],
    ("networkx", "gexf"): ["GEXF 1.2draft; node label = str(node); weight is the XML attribute weight= of <edge>, "
                           "the other attributes are declared <attribute>s with <attvalue>s",
                           "Python float -> type=\"double\", int -> \"long\", str -> \"string\"",
                           f"<meta lastmodifieddate> normalised to {GEXF_DATE} by this script"],
    ("networkx", "net"): ["vertex lines: number, label (quoted only when it contains a space), x y (0.0 0.0), "
                          "shape (ellipse), then string node attributes as key/value pairs; non-string node "
                          "attributes are dropped with a warning",
                          "edge lines: u v weight (1.0 when the edge has no weight), then string edge attributes "
                          "as key/value pairs; *edges or *arcs in lower case",
                          "labels are written as UTF-8 without escaping"],
    ("networkx", "json"): ["json.dump(nx.node_link_data(G, edges='edges')): keys directed, multigraph, graph, "
                           "nodes (id + attributes), edges (source, target + attributes)"],
    ("igraph", "graphml"): ["node ids are n0, n1, ... (igraph's own); the original id is the `name` attribute "
                            "(node_names); weights are declared double"],
    ("igraph", "net"): ["vertex lines: number and the `name` attribute as a quoted label, nothing else (igraph "
                        "writes only Pajek's own vertex parameters such as x, y, color); *Vertices/*Edges/*Arcs "
                        "capitalised; edge lines u v weight"],
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    manifest_files = {}
    datasets = {
        "karate": (karate(), ["graphml", "gexf", "net", "json"], ["graphml", "net"]),
        "florentine": (florentine(), ["graphml", "gexf", "net", "json"], ["graphml", "net"]),
        "accents": (accents(), ["graphml", "gexf", "json", "net"], ["graphml"]),
    }
    builders = {"graphml": manifest_graphml, "gexf": manifest_gexf, "net": manifest_pajek, "json": manifest_json}
    writer_names = {"graphml": "write_graphml", "gexf": "write_gexf", "net": "write_pajek",
                    "json": "json.dump(node_link_data(G, edges='edges'))"}
    ig_writer_names = {"graphml": "Graph.write_graphml", "net": "Graph.write_pajek"}
    for stem, (G, nx_formats, ig_formats) in datasets.items():
        for fmt in nx_formats:
            path, warns = write_nx(G, stem, fmt)
            notes = list(NOTES[("networkx", fmt)])
            notes += [f"writer warning: {w}" for w in warns]
            entry = builders[fmt](path, G, f"{NX} {writer_names[fmt]}", stem, notes)
            entry["readers"] = readers_for(path, fmt)
            manifest_files[path.name] = entry
        for fmt in ig_formats:
            path, _ = write_ig(G, stem, fmt)
            entry = builders[fmt](path, G, f"{IG} {ig_writer_names[fmt]} (graph built directly, vertex name = "
                                           f"str(node id))", stem, list(NOTES[("igraph", fmt)]))
            entry["readers"] = readers_for(path, fmt)
            manifest_files[path.name] = entry
    manifest_files.update(dl_entries())

    # Every file that a library wrote must be readable by that library's own reader, with the right counts
    # (known exceptions are recorded, not fatal: igraph cannot read NetworkX GraphML with two `weight` keys).
    for name, entry in manifest_files.items():
        for reader, res in entry["readers"].items():
            if res["ok"] and "Read_DL" not in reader:
                assert res["nodes"] == entry["node_count"], f"{name}: {reader} read {res['nodes']} nodes"
                assert res["edges"] == entry["edge_count"], f"{name}: {reader} read {res['edges']} edges"

    manifest = {
        "generator": "Scripts/interop/make_interop_fixtures.py",
        "libraries": {"networkx": nx.__version__, "python-igraph": ig.__version__,
                      "igraph C core": ig.__igraph_version__},
        "conventions": {
            "node_ids": "the identifier the file gives each node: GraphML/GEXF id attribute, JSON `id` (as a "
                        "string), Pajek vertex label (vertex numbers are 1..n in list order), DL label",
            "node_names": "a second name when the file has one (GEXF label; the `name` attribute igraph writes "
                          "in GraphML, whose ids are n0..), else null",
            "edge_weight_samples": "endpoints by node_ids (in file order: source then target); weight as a "
                                   "number, null when the file carries no weight (readers should then use 1)",
            "edge_count": "undirected: each pair once (a DL full matrix lists both cells of a pair)",
            "node_attributes": "name -> declared_type (as the file declares it; for JSON the Python types of "
                               "the values) and two sample values keyed by node id, as the file spells them",
        },
        "files": manifest_files,
    }
    with open(OUT / "manifest.json", "w", encoding="utf-8") as f:
        json.dump(manifest, f, sort_keys=True, indent=2, ensure_ascii=False)
        f.write("\n")

    for name in sorted(manifest_files):
        e = manifest_files[name]
        rd = "; ".join(f"{r}: " + (f"ok {v['nodes']}n/{v['edges']}e" if v["ok"] else f"FAILED ({v['error']})")
                       for r, v in e["readers"].items())
        print(f"{name:32s} {e['node_count']:3d} nodes {e['edge_count']:3d} edges  {rd}")
    print(f"wrote {len(manifest_files)} files + manifest.json to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
