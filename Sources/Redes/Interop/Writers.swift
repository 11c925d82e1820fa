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

/// A text that an exchange format cannot write so that it reads back the same, and why.
public struct UnwritableText: Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        /// A double quote: Pajek and UCINET DL quote labels with `"` and have no escape for it.
        case doubleQuote
        /// A line break: Pajek and UCINET DL hold one record per line.
        case lineBreak
        /// A UCINET DL keyword (`data:`, `labels:`, `labels embedded`), which DL readers take as the start of a
        /// section wherever it stands on a line.
        case dlKeyword(String)
        /// A backslash at the end of the text or before a line break: DOT reads it as escaping what follows.
        case dotBackslash
    }

    /// The text (an id, a name, an attribute value).
    public var text: String
    public var reason: Reason

    public init(text: String, reason: Reason) {
        self.text = text
        self.reason = reason
    }
}

/// A format cannot write some texts exactly: the writer refuses rather than change them (two ids could then
/// collide, or the file would not read back).
public struct WriteRefusal: Error, Sendable, Hashable {
    public var format: ExchangeFormat
    /// Each text once, in the order met.
    public var texts: [UnwritableText]
}

/// Text writers for the exchange formats. Every user string is escaped for its format; a string a format cannot
/// hold (see ``UnwritableText``) makes the writer throw ``WriteRefusal`` naming it, never change it.
public enum ExchangeWriter {
    /// The file text of `graph` in `format` (`network` for YAML).
    ///
    /// - Throws: ``WriteRefusal`` naming the texts the format cannot write exactly.
    public static func text(_ graph: PortableGraph, format: ExchangeFormat, network: Network? = nil) throws(WriteRefusal) -> String {
        switch format {
        case .graphml: return graphML(graph)
        case .gexf: return gexf(graph)
        case .pajek: return try pajek(graph)
        case .dl: return try dl(graph)
        case .json: return nodeLink(graph)
        case .csv: return edgeCSV(graph)
        case .dot: return try dot(graph)
        case .yaml: return network.map(NativeYAMLWriter.text) ?? ""
        }
    }

    /// Escapes text for XML content and attribute values, tabs and line breaks as character references.
    static func xml(_ s: String) -> String { escapeHTML(s, whitespaceReferences: true) }

    /// Throws when any of `texts` breaks a rule of `format` (each text named once).
    static func refuse(_ texts: some Sequence<String>, format: ExchangeFormat,
                       _ rule: (String) -> UnwritableText.Reason?) throws(WriteRefusal) {
        var seen = Set<String>(), found: [UnwritableText] = []
        for text in texts where !seen.contains(text) {
            seen.insert(text)
            if let reason = rule(text) { found.append(UnwritableText(text: text, reason: reason)) }
        }
        if !found.isEmpty { throw WriteRefusal(format: format, texts: found) }
    }

    /// The reason a Pajek or DL label cannot be written, if any.
    static func lineLabelProblem(_ id: String, keywords: Bool) -> UnwritableText.Reason? {
        if id.contains("\"") { return .doubleQuote }
        if id.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) { return .lineBreak }
        if keywords {
            let lowered = id.lowercased()
            for keyword in ["data:", "labels:", "labels embedded"] where lowered.contains(keyword) { return .dlKeyword(keyword) }
        }
        return nil
    }

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
    ///
    /// - Throws: ``WriteRefusal`` for ids with a double quote or a line break, which Pajek labels cannot hold.
    public static func pajek(_ graph: PortableGraph) throws(WriteRefusal) -> String {
        try refuse(graph.nodes.lazy.map(\.id), format: .pajek) { lineLabelProblem($0, keywords: false) }
        var index: [String: Int] = [:]
        var out = "*Vertices \(graph.nodes.count)\n"
        for (i, node) in graph.nodes.enumerated() {
            index[node.id] = i + 1
            out += "\(i + 1) \"\(node.id)\"\n"
        }
        out += graph.isDirected ? "*Arcs\n" : "*Edges\n"
        for edge in graph.edges { out += "\(index[edge.source]!) \(index[edge.target]!) \(edge.weight)\n" }
        return out
    }

    /// UCINET DL, edgelist1 with embedded labels (one-mode), or a full incidence matrix (two-mode).
    ///
    /// - Throws: ``WriteRefusal`` for ids with a double quote, a line break or a DL keyword.
    public static func dl(_ graph: PortableGraph) throws(WriteRefusal) -> String {
        try refuse(graph.nodes.lazy.map(\.id), format: .dl) { lineLabelProblem($0, keywords: true) }
        func label(_ id: String) -> String {
            id.contains(where: { $0 == " " || $0 == "," || $0 == "\t" }) ? "\"" + id + "\"" : id
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

    /// A CSV field, quoted when it holds a comma, a quote or a line break, or starts or ends with a space or tab
    /// (which readers trim from unquoted fields).
    static func csvField(_ s: String) -> String {
        let padded = s.first.map { $0 == " " || $0 == "\t" } == true || s.last.map { $0 == " " || $0 == "\t" } == true
        return padded || s.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
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

    /// Plain DOT (no layout): ids and attributes quoted, as Graphviz reads them back: `"` is written `\"`, and every
    /// other character (backslashes and line breaks included) as itself.
    ///
    /// - Throws: ``WriteRefusal`` for texts that end with a backslash or hold one before a line break: DOT reads
    ///   `\"` as a quote and a backslash–newline as a line continuation, so they cannot be written exactly.
    public static func dot(_ graph: PortableGraph) throws(WriteRefusal) -> String {
        var texts = [graph.name]
        for node in graph.nodes { texts.append(node.id); texts += node.attributes.flatMap { [$0.0, literal($0.1)] } }
        for edge in graph.edges { texts += edge.attributes.flatMap { [$0.0, literal($0.1)] } }
        try refuse(texts, format: .dot) { text in
            text.hasSuffix("\\") || text.contains("\\\n") || text.contains("\\\r\n") ? .dotBackslash : nil
        }
        func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
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

extension ExchangeWriter {
    /// About how many bytes ``text(_:format:network:)`` will write for `graph`, without writing them: the ids and
    /// attribute values plus each format's markup per node, edge and attribute (within about 25 % on the bundled
    /// network), so that a command can warn before spending minutes on a file of hundreds of megabytes.
    ///
    /// - Parameters:
    ///   - graph: the graph to write.
    ///   - format: the format.
    /// - Returns: the estimated size in bytes (YAML is estimated like node-link JSON; CSV is the edge list alone).
    /// - Complexity: O(nodes + edges + attributes).
    public static func estimatedBytes(_ graph: PortableGraph, format: ExchangeFormat) -> Int {
        // Markup per node, per edge and per attribute, measured on each writer's output.
        let (node, edge, attribute): (Int, Int, Int)
        switch format {
        case .graphml: (node, edge, attribute) = (35, 45, 32)
        case .gexf: (node, edge, attribute) = (75, 90, 40)
        case .json, .yaml: (node, edge, attribute) = (30, 40, 14)
        case .csv: (node, edge, attribute) = (0, 3, 1)
        case .pajek: (node, edge, attribute) = (6, 9, 0)
        case .dl: (node, edge, attribute) = (1, graph.isDirected ? 8 : 16, 0)
        case .dot: (node, edge, attribute) = (12, 14, 6)
        }
        func size(_ attributes: [(String, AttributeValue)]) -> Int {
            // CSV names each attribute once, in its header.
            attribute == 0 ? 0 : attributes.reduce(0) { $0 + attribute + (format == .csv ? 0 : $1.0.utf8.count) + literal($1.1).utf8.count }
        }
        var total = 0
        // The CSV edge list holds no nodes (they go to NAME.nodes.csv).
        for n in graph.nodes where format != .csv { total += node + n.id.utf8.count + size(n.attributes) }
        for e in graph.edges {
            // Pajek and DL write vertex numbers instead of ids.
            let ends = format == .pajek || format == .dl ? 0 : e.source.utf8.count + e.target.utf8.count
            total += edge + ends + size(e.attributes)
        }
        return total
    }
}
