/// A network as the exchange formats see it: nodes and edges with flat attributes. Writers take one; readers make
/// one, which becomes a ``Network``.
///
/// **One-mode** (default): the actor graph — one node per actor (`name`, `bloc`, `sector`, `territories` joined by
/// `|`, `full_name`, free attributes) and one edge per linked pair, its `weight` the summed channel strengths, `kind`
/// (the channel kind, or `multiple`), `status` (the best evidence among its channels) and `channels` (arrangement ids
/// and `tie:KIND`, joined by `;`). **Two-mode** (`--two-mode`): actors and arrangements as nodes (`type` `actor` or
/// `arrangement`, and NetworkX's `bipartite` 0/1), one edge per membership.
public struct PortableGraph: Sendable {
    public struct Node: Sendable, Hashable {
        public var id: String
        public var attributes: [(String, AttributeValue)]
        /// How the node is drawn, for a format that carries it (GEXF's viz module); nil for none.
        public var visual: Visual? = nil
        /// The line of the file it was read from, when known (for error messages).
        public var line: Int?

        public init(id: String, attributes: [(String, AttributeValue)], visual: Visual? = nil, line: Int? = nil) {
            self.id = id
            self.attributes = attributes
            self.visual = visual
            self.line = line
        }
        public static func == (a: Node, b: Node) -> Bool { a.id == b.id && a.attributes.map(\.0) == b.attributes.map(\.0) && a.attributes.map(\.1) == b.attributes.map(\.1) }
        public func hash(into hasher: inout Hasher) { hasher.combine(id) }
        public func value(_ key: String) -> AttributeValue? { attributes.first { $0.0 == key }?.1 }
    }

    /// A node's colour, place and size as a drawing shows them (GEXF `viz:color`, `viz:position`, `viz:size`).
    public struct Visual: Sendable, Hashable {
        /// The fill colour, 0–255 per channel.
        public var red: Int, green: Int, blue: Int
        /// The centre, in points, `y` pointing up; nil when the drawing has no layout.
        public var x: Double?, y: Double?
        /// The node's size (half the side of a square of the node's area), in points; nil when not laid out.
        public var size: Double?

        /// Creates a node's look.
        ///
        /// - Parameters:
        ///   - red: Red, 0–255.
        ///   - green: Green, 0–255.
        ///   - blue: Blue, 0–255.
        ///   - x: The centre's x, in points, if laid out.
        ///   - y: The centre's y, in points (up), if laid out.
        ///   - size: The node's size, in points, if laid out.
        public init(red: Int, green: Int, blue: Int, x: Double? = nil, y: Double? = nil, size: Double? = nil) {
            (self.red, self.green, self.blue) = (red, green, blue)
            (self.x, self.y, self.size) = (x, y, size)
        }
    }

    public struct Edge: Sendable {
        public var source: String
        public var target: String
        public var attributes: [(String, AttributeValue)]
        /// The line of the file it was read from, when known (for error messages).
        public var line: Int?

        public init(source: String, target: String, attributes: [(String, AttributeValue)], line: Int? = nil) {
            self.source = source
            self.target = target
            self.attributes = attributes
            self.line = line
        }
        public func value(_ key: String) -> AttributeValue? { attributes.first { $0.0 == key }?.1 }
        public var weight: Double {
            if case .number(let w)? = value("weight") { return w }
            return 1
        }
    }

    public var name: String
    public var isDirected: Bool
    public var nodes: [Node]
    public var edges: [Edge]
    /// The node attribute names, in first-use order (the columns/keys a writer declares).
    public var nodeKeys: [String] { Self.keys(nodes.map(\.attributes)) }
    public var edgeKeys: [String] { Self.keys(edges.map(\.attributes)) }

    public init(name: String, directed: Bool, nodes: [Node], edges: [Edge]) {
        self.name = name
        self.isDirected = directed
        self.nodes = nodes
        self.edges = edges
    }

    static func keys(_ lists: [[(String, AttributeValue)]]) -> [String] {
        var seen = Set<String>(), keys: [String] = []
        for list in lists { for (key, _) in list where seen.insert(key).inserted { keys.append(key) } }
        return keys
    }

    /// The one-mode (actor graph) or two-mode view of `network`.
    public init(_ network: Network, twoMode: Bool = false) {
        name = network.name
        isDirected = twoMode ? false : network.isDirected
        var nodes: [Node] = network.actors.map { actor in
            var attributes: [(String, AttributeValue)] = [("name", .string(actor.name))]
            if let bloc = actor.bloc { attributes.append(("bloc", .string(bloc))) }
            if let sector = actor.sector { attributes.append(("sector", .string(sector))) }
            if !actor.territories.isEmpty { attributes.append(("territories", .string(actor.territories.joined(separator: "|")))) }
            if let full = actor.fullName { attributes.append(("full_name", .string(full))) }
            for key in actor.attributes.keys.sorted() where !["name", "bloc", "sector", "territories", "full_name", "type", "bipartite"].contains(key) {
                attributes.append((key, actor.attributes[key]!))
            }
            if twoMode { attributes += [("type", .string("actor")), ("bipartite", .number(0))] }
            return Node(id: actor.id, attributes: attributes)
        }
        var edges: [Edge] = []
        if twoMode {
            for arrangement in network.arrangements {
                nodes.append(Node(id: arrangement.id, attributes: [
                    ("name", .string(arrangement.name)), ("type", .string("arrangement")), ("bipartite", .number(1)),
                    ("kind", .string(arrangement.kind.rawValue)), ("status", .string(arrangement.evidence.status.rawValue)),
                ]))
                for member in arrangement.members {
                    edges.append(Edge(source: member, target: arrangement.id, attributes: [("weight", .number(arrangement.weight))]))
                }
            }
        } else {
            let projection = network.actorGraph()
            let graph = projection.graph
            for e in 0..<graph.edgeCount {
                let channels = Array(projection.channels(ofEdge: e))
                let statuses = channels.map { channel -> EvidenceStatus in
                    switch channel {
                    case .arrangement(let a): return network.arrangements[a].evidence.status
                    case .tie(let t): return network.ties[t].evidence.status
                    }
                }
                let kinds = Set(channels.map { channel -> String in
                    switch channel {
                    case .arrangement(let a): return network.arrangements[a].kind.rawValue
                    case .tie(let t): return network.ties[t].kind
                    }
                })
                edges.append(Edge(
                    source: network.actors[Int(graph.edgeSources[e])].id, target: network.actors[Int(graph.edgeTargets[e])].id,
                    attributes: [("weight", .number(graph.edgeWeights[e])), ("kind", .string(kinds.count == 1 ? kinds.first! : "multiple")),
                                 ("status", .string((statuses.min() ?? .documented).rawValue)),
                                 ("channels", .string(channels.map { projection.label(of: $0) }.joined(separator: ";")))]))
            }
        }
        self.nodes = nodes
        self.edges = edges
    }

    /// The line of the file where the element at `path` of ``network(file:)`` was read: `actors[i]` and
    /// `arrangements[i]` (two-mode) are nodes, `ties[i]` edges; nil when unknown.
    ///
    /// - Parameter path: the path of a validation issue.
    /// - Returns: the line, or nil.
    public func line(of path: ElementPath) -> Int? {
        guard path.components.count >= 2, case .key(let section) = path.components[0],
              case .index(let index) = path.components[1] else { return nil }
        let twoMode = nodes.contains { $0.value("type") == .string("arrangement") }
        let isArrangement = { (node: Node) in twoMode && node.value("type") == .string("arrangement") }
        switch section {
        case "actors":
            let actors = nodes.lazy.filter { !isArrangement($0) }
            return actors.dropFirst(index).first?.line
        case "arrangements":
            return nodes.lazy.filter(isArrangement).dropFirst(index).first?.line
        case "ties":
            return index < edges.count ? edges[index].line : nil
        default:
            return nil
        }
    }

    /// A network with these nodes as actors and edges as ties (a two-mode graph gives back its arrangements).
    /// A `status` the file gives is taken at its word, citing `file`; without one the evidence is
    /// ``EvidenceStatus/unspecified`` (``Evidence/declared(_:reason:byFile:)``).
    public func network(file: String) -> Network {
        let fileName = file.split(separator: "/").last.map(String.init) ?? file
        var network = Network(name: name.isEmpty ? fileName : name, directed: isDirected)
        network.sources = [SourceDocument(id: fileName, title: fileName, file: file)]
        let twoMode = nodes.contains { $0.value("type") == .string("arrangement") }
        func text(_ value: AttributeValue?) -> String? { value.map(\.description) }
        func evidence(_ status: AttributeValue?) -> Evidence {
            .declared(text(status).flatMap(EvidenceStatus.init(rawValue:)), byFile: fileName)
        }
        var arrangementIDs = Set<String>()
        for node in nodes {
            if twoMode && node.value("type") == .string("arrangement") {
                arrangementIDs.insert(node.id)
                continue
            }
            var attributes: [String: AttributeValue] = [:]
            for (key, value) in node.attributes where !["name", "label", "bloc", "sector", "territories", "full_name", "type", "bipartite", "id"].contains(key) {
                attributes[key] = value
            }
            network.actors.append(Actor(id: node.id, name: text(node.value("name")) ?? text(node.value("label")),
                                        fullName: text(node.value("full_name")), bloc: text(node.value("bloc")),
                                        territories: text(node.value("territories")).map { $0.split(separator: "|").map(String.init) } ?? [],
                                        sector: text(node.value("sector")), attributes: attributes))
        }
        if twoMode {
            for node in nodes where arrangementIDs.contains(node.id) {
                let members = edges.compactMap { edge -> String? in
                    edge.target == node.id ? edge.source : (edge.source == node.id ? edge.target : nil)
                }
                let kind = text(node.value("kind")).flatMap(ArrangementKind.init(rawValue:)) ?? .mechanism
                let weight = edges.first { $0.target == node.id || $0.source == node.id }?.weight ?? 1
                network.arrangements.append(Arrangement(id: node.id, name: text(node.value("name")) ?? node.id, kind: kind,
                                                        members: members, weight: weight, evidence: evidence(node.value("status"))))
            }
        } else {
            for edge in edges {
                var attributes: [String: AttributeValue] = [:]
                for (key, value) in edge.attributes where !["weight", "kind", "status", "id", "label"].contains(key) { attributes[key] = value }
                network.ties.append(Tie(source: edge.source, target: edge.target, kind: text(edge.value("kind")) ?? "tie",
                                        weight: edge.weight, attributes: attributes, evidence: evidence(edge.value("status"))))
            }
        }
        return network
    }
}
