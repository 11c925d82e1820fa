import Foundation

/// The exchange formats Redes writes, and what each cannot hold.
public enum ExchangeFormat: String, Sendable, CaseIterable {
    case graphml, gexf, pajek = "net", dl, json, csv, dot, yaml

    /// The format a file name implies.
    public init?(fileName: String) {
        let ext = (fileName.split(separator: ".").last.map(String.init) ?? "").lowercased()
        switch ext {
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "net", "paj": self = .pajek
        case "dl": self = .dl
        case "json": self = .json
        case "csv": self = .csv
        case "dot", "gv": self = .dot
        case "yaml", "yml": self = .yaml
        default: return nil
        }
    }

    /// What writing a network in this format loses, in words (empty when nothing is lost).
    ///
    /// - Parameter twoMode: whether the two-mode (actor × arrangement) view is written.
    /// - Returns: what is lost, in order.
    public func losses(twoMode: Bool) -> [FormatLoss] {
        var lost: [FormatLoss] = []
        if self != .yaml { lost.append(twoMode ? .twoModeDropsTiesAndScenarios : .arrangementsFlattened) }
        switch self {
        case .pajek: lost.append(.pajekIDsAndWeightsOnly)
        case .dl: lost.append(.dlLabelsAndWeightsOnly)
        default: break
        }
        return lost
    }
}

/// What writing a network in an exchange format loses.
public enum FormatLoss: Sendable, Hashable {
    /// Two-mode output: direct ties and scenarios are not part of the actor × arrangement view.
    case twoModeDropsTiesAndScenarios
    /// One-mode output: arrangements become the `channels` of each tie; scenarios and sources are left out.
    case arrangementsFlattened
    /// Pajek keeps vertex ids and weights only.
    case pajekIDsAndWeightsOnly
    /// UCINET DL keeps labels and weights only.
    case dlLabelsAndWeightsOnly
}

/// Text writers for the exchange formats. Every user string is escaped for its format.
public enum ExchangeWriter {
    public static func text(_ graph: PortableGraph, format: ExchangeFormat, network: Network? = nil) -> String {
        switch format {
        case .graphml: return graphML(graph)
        case .gexf: return gexf(graph)
        case .pajek: return pajek(graph)
        case .dl: return dl(graph)
        case .json: return nodeLink(graph)
        case .csv: return edgeCSV(graph)
        case .dot: return dot(graph)
        case .yaml: return network.map(NativeYAMLWriter.text) ?? ""
        }
    }

    static func xml(_ s: String) -> String { escapeHTML(s) }

    static func typeName(_ values: [AttributeValue]) -> (graphml: String, gexf: String) {
        if values.allSatisfy({ if case .number = $0 { return true } else { return false } }) { return ("double", "double") }
        if values.allSatisfy({ if case .bool = $0 { return true } else { return false } }) { return ("boolean", "boolean") }
        return ("string", "string")
    }

    static func literal(_ value: AttributeValue) -> String {
        switch value {
        case .number(let x): return x == x.rounded() && abs(x) < 1e15 ? "\(Int64(x)).0" : "\(x)"
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return s
        }
    }

    public static func graphML(_ graph: PortableGraph) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        let nodeKeys = graph.nodeKeys, edgeKeys = graph.edgeKeys
        for (i, key) in nodeKeys.enumerated() {
            let type = typeName(graph.nodes.compactMap { $0.value(key) }).graphml
            out += "  <key id=\"n\(i)\" for=\"node\" attr.name=\"\(xml(key))\" attr.type=\"\(type)\"/>\n"
        }
        for (i, key) in edgeKeys.enumerated() {
            let type = typeName(graph.edges.compactMap { $0.value(key) }).graphml
            out += "  <key id=\"e\(i)\" for=\"edge\" attr.name=\"\(xml(key))\" attr.type=\"\(type)\"/>\n"
        }
        out += "  <graph id=\"\(xml(graph.name))\" edgedefault=\"\(graph.isDirected ? "directed" : "undirected")\">\n"
        for node in graph.nodes {
            out += "    <node id=\"\(xml(node.id))\">\n"
            for (key, value) in node.attributes { out += "      <data key=\"n\(nodeKeys.firstIndex(of: key)!)\">\(xml(literal(value)))</data>\n" }
            out += "    </node>\n"
        }
        for edge in graph.edges {
            out += "    <edge source=\"\(xml(edge.source))\" target=\"\(xml(edge.target))\">\n"
            for (key, value) in edge.attributes { out += "      <data key=\"e\(edgeKeys.firstIndex(of: key)!)\">\(xml(literal(value)))</data>\n" }
            out += "    </edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    public static func gexf(_ graph: PortableGraph) -> String {
        let viz = graph.nodes.contains { $0.visual != nil }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://www.gexf.net/1.2draft\""
            + (viz ? " xmlns:viz=\"http://www.gexf.net/1.2draft/viz\"" : "") + " version=\"1.2\">\n"
        out += "  <meta><creator>Redes \(redesVersion)</creator><description>\(xml(graph.name))</description></meta>\n"
        out += "  <graph defaultedgetype=\"\(graph.isDirected ? "directed" : "undirected")\" mode=\"static\">\n"
        let nodeKeys = graph.nodeKeys.filter { $0 != "name" }
        let edgeKeys = graph.edgeKeys.filter { $0 != "weight" }
        out += "    <attributes class=\"node\" mode=\"static\">\n"
        for (i, key) in nodeKeys.enumerated() {
            out += "      <attribute id=\"\(i)\" title=\"\(xml(key))\" type=\"\(typeName(graph.nodes.compactMap { $0.value(key) }).gexf)\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n"
        for (i, key) in edgeKeys.enumerated() {
            out += "      <attribute id=\"\(i)\" title=\"\(xml(key))\" type=\"\(typeName(graph.edges.compactMap { $0.value(key) }).gexf)\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for node in graph.nodes {
            out += "      <node id=\"\(xml(node.id))\" label=\"\(xml(node.value("name").map(literal) ?? node.id))\">\n        <attvalues>\n"
            for (key, value) in node.attributes where key != "name" {
                out += "          <attvalue for=\"\(nodeKeys.firstIndex(of: key)!)\" value=\"\(xml(literal(value)))\"/>\n"
            }
            out += "        </attvalues>\n"
            if let visual = node.visual {
                out += "        <viz:color r=\"\(visual.red)\" g=\"\(visual.green)\" b=\"\(visual.blue)\"/>\n"
                if let x = visual.x, let y = visual.y { out += "        <viz:position x=\"\(x)\" y=\"\(y)\" z=\"0.0\"/>\n" }
                if let size = visual.size { out += "        <viz:size value=\"\(size)\"/>\n" }
            }
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (i, edge) in graph.edges.enumerated() {
            out += "      <edge id=\"\(i)\" source=\"\(xml(edge.source))\" target=\"\(xml(edge.target))\" weight=\"\(edge.weight)\">\n        <attvalues>\n"
            for (key, value) in edge.attributes where key != "weight" {
                out += "          <attvalue for=\"\(edgeKeys.firstIndex(of: key)!)\" value=\"\(xml(literal(value)))\"/>\n"
            }
            out += "        </attvalues>\n      </edge>\n"
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }

    /// Pajek: vertices numbered from 1 with their ids as quoted labels; `*Edges` or `*Arcs` with weights.
    public static func pajek(_ graph: PortableGraph) -> String {
        var index: [String: Int] = [:]
        var out = "*Vertices \(graph.nodes.count)\n"
        for (i, node) in graph.nodes.enumerated() {
            index[node.id] = i + 1
            out += "\(i + 1) \"\(node.id.replacingOccurrences(of: "\"", with: "'"))\"\n"
        }
        out += graph.isDirected ? "*Arcs\n" : "*Edges\n"
        for edge in graph.edges { out += "\(index[edge.source]!) \(index[edge.target]!) \(edge.weight)\n" }
        return out
    }

    /// UCINET DL, edgelist1 with embedded labels (one-mode), or a full incidence matrix (two-mode).
    public static func dl(_ graph: PortableGraph) -> String {
        func label(_ id: String) -> String {
            id.contains(where: { $0 == " " || $0 == "," || $0 == "\"" }) ? "\"" + id.replacingOccurrences(of: "\"", with: "'") + "\"" : id
        }
        let actors = graph.nodes.filter { $0.value("type") != .string("arrangement") }
        let groups = graph.nodes.filter { $0.value("type") == .string("arrangement") }
        if !groups.isEmpty {
            var out = "dl nr=\(actors.count) nc=\(groups.count)\nformat = fullmatrix\nrow labels:\n"
            out += actors.map { label($0.id) }.joined(separator: "\n") + "\ncol labels:\n"
            out += groups.map { label($0.id) }.joined(separator: "\n") + "\ndata:\n"
            var weight: [String: Double] = [:]
            for edge in graph.edges { weight[edge.source + "\u{0}" + edge.target] = edge.weight }
            for actor in actors {
                out += groups.map { group in formatNumber(weight[actor.id + "\u{0}" + group.id] ?? 0) }.joined(separator: " ") + "\n"
            }
            return out
        }
        // igraph's DL reader wants `dl n=N` alone on the first line.
        var out = "dl n=\(graph.nodes.count)\nformat = edgelist1\nlabels:\n"
        out += graph.nodes.map { label($0.id) }.joined(separator: ",") + "\ndata:\n"
        var index: [String: Int] = [:]
        for (i, node) in graph.nodes.enumerated() { index[node.id] = i + 1 }
        for edge in graph.edges {
            out += "\(index[edge.source]!) \(index[edge.target]!) \(formatNumber(edge.weight))\n"
            if !graph.isDirected { out += "\(index[edge.target]!) \(index[edge.source]!) \(formatNumber(edge.weight))\n" }
        }
        return out
    }

    /// NetworkX's node-link layout (`node_link_data(G, edges="edges")`).
    public static func nodeLink(_ graph: PortableGraph) -> String {
        func value(_ v: AttributeValue) -> JSONValue {
            switch v {
            case .string(let s): return .string(s)
            case .number(let x): return .number(x)
            case .bool(let b): return .bool(b)
            }
        }
        func object(_ pairs: [(String, AttributeValue)], extra: [String: JSONValue]) -> JSONValue {
            var o = extra
            for (k, v) in pairs where o[k] == nil { o[k] = value(v) }
            return .object(o)
        }
        return JSONValue.object([
            "directed": .bool(graph.isDirected), "multigraph": .bool(false), "graph": ["name": .string(graph.name)],
            "nodes": .array(graph.nodes.map { object($0.attributes, extra: ["id": .string($0.id)]) }),
            "edges": .array(graph.edges.map { object($0.attributes, extra: ["source": .string($0.source), "target": .string($0.target)]) }),
        ]).rendered()
    }

    static func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// The edge list: `source,target` and the edge attributes.
    public static func edgeCSV(_ graph: PortableGraph) -> String {
        let keys = graph.edgeKeys
        var out = (["source", "target"] + keys).map(csvField).joined(separator: ",") + "\n"
        for edge in graph.edges {
            out += ([edge.source, edge.target] + keys.map { k in edge.value(k).map(literal) ?? "" }).map(csvField).joined(separator: ",") + "\n"
        }
        return out
    }

    /// The node list that goes with ``edgeCSV(_:)``: `id` and the node attributes.
    public static func nodeCSV(_ graph: PortableGraph) -> String {
        let keys = graph.nodeKeys
        var out = (["id"] + keys).map(csvField).joined(separator: ",") + "\n"
        for node in graph.nodes {
            out += ([node.id] + keys.map { k in node.value(k).map(literal) ?? "" }).map(csvField).joined(separator: ",") + "\n"
        }
        return out
    }

    /// Plain DOT (no layout): ids and attributes quoted and escaped.
    public static func dot(_ graph: PortableGraph) -> String {
        func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\"" }
        /// Attribute names bare when they are DOT identifiers (pydot and NetworkX keep quotes in names otherwise).
        func key(_ name: String) -> String {
            let identifier = name.first.map { $0.isLetter || $0 == "_" } == true && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
            return identifier && name.allSatisfy(\.isASCII) ? name : quoted(name)
        }
        func attributes(_ pairs: [(String, AttributeValue)]) -> String {
            pairs.isEmpty ? "" : " [" + pairs.map { "\(key($0.0))=\(quoted(literal($0.1)))" }.joined(separator: ", ") + "]"
        }
        var out = (graph.isDirected ? "digraph " : "graph ") + quoted(graph.name) + " {\n"
        for node in graph.nodes {
            var pairs = node.attributes
            if let name = node.value("name") { pairs.insert(("label", name), at: 0) }
            out += "  \(quoted(node.id))\(attributes(pairs));\n"
        }
        let arrow = graph.isDirected ? " -> " : " -- "
        for edge in graph.edges { out += "  \(quoted(edge.source))\(arrow)\(quoted(edge.target))\(attributes(edge.attributes));\n" }
        return out + "}\n"
    }
}
