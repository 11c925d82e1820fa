import Foundation
import Redes
import RedesPresentation

/// A drawing of a network, as a value: nodes, edges and clusters with their Graphviz attributes in a fixed order,
/// plus a header with the title and a legend. ``render(format:)`` lays it out and draws it through the Graphviz C
/// library (cgraph + gvc); the same diagram always gives the same bytes.
///
/// Encodings: fill colour by an attribute (bloc by default; Okabe–Ito palette), node size growing with a metric (area
/// from what the label needs to three times that),
/// line style by evidence (documented solid, illustrative dashed, proposed dotted) or colour by channel kind, width by
/// tie strength, double borders for highlighted actors, boxes for clusters, rounded boxes for actors and square white
/// boxes for arrangements. Labels sit inside their nodes, which Redes sizes from the text (``TextMetrics``), so no
/// label lies over an edge or another label.
///
/// In a scenario diff, what the scenario adds is black and thick, what it removes grey and dashed, and what stays
/// light grey and thin — colours outside the bloc palette that survive a grey-scale print. An arrangement the
/// scenario adds or joins with many members is drawn as one node joined to its members
/// (``DiagramOptions/arrangementNodeMembers``) rather than as a clique of pairwise ties.
///
/// Every actor, arrangement and line carries a stable `id` and `class` in the SVG (``DiagramIdentifiers``); with
/// ``DiagramOptions/positions`` the drawing keeps a ``DiagramLayout`` computed once.
public struct NetworkDiagram: Sendable {
    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) { self.name = name; self.value = value }
    }

    public struct Node: Sendable, Hashable {
        public var name: String
        public var attributes: [Attribute]
        /// Index into ``NetworkDiagram/clusters``.
        public var cluster: Int?
        /// The node's size in points (Redes sizes every node; see ``TextMetrics``).
        public var width: Double
        public var height: Double
        /// A Graphviz HTML-like label (the key drawn as a node), set with `agstrdup_html`; nil for the plain `label`.
        public var htmlLabel: String? = nil
    }

    public struct Edge: Sendable, Hashable {
        public var tail: String
        public var head: String
        public var attributes: [Attribute]
    }

    public struct Cluster: Sendable, Hashable {
        public var attributes: [Attribute]
    }

    public var isDirected: Bool
    /// The layout engine that will be used (it may differ from the one asked for: see ``notes``). With
    /// ``positions``, Graphviz keeps the given positions (the `nop2` engine) instead.
    public var layout: DiagramOptions.Layout
    /// The positions every node is drawn at — those of ``DiagramOptions/positions`` plus the new nodes placed near
    /// their neighbours — or nil when the layout engine places the nodes.
    public var positions: DiagramLayout?
    public var graphAttributes: [Attribute]
    /// The header: title and legend, as a Graphviz HTML-like label; empty when ``DiagramOptions/showsLegend`` is off.
    public var header: String
    /// The title and the key of the drawing, as data.
    public var legend: DiagramLegend
    public var clusters: [Cluster] = []
    public var nodes: [Node] = []
    public var edges: [Edge] = []
    /// What was changed from the options and why (layout switched, clusters ignored, labels hidden).
    public var notes: [String] = []
    /// Dots per inch of PNG output (Graphviz's `dpi`, set for bitmaps only: in SVG it would scale the points).
    public var bitmapDPI: Double?

    /// Above this many nodes the diagram is refused.
    public static let nodeLimit = 20_000

    /// An empty drawing with these settings (a probe that measures a label).
    init(isDirected: Bool, layout: DiagramOptions.Layout, positions: DiagramLayout?, graphAttributes: [Attribute], header: String,
         legend: DiagramLegend) {
        self.isDirected = isDirected
        self.layout = layout
        self.positions = positions
        self.graphAttributes = graphAttributes
        self.header = header
        self.legend = legend
    }

    /// Builds the diagram of `network` with an analysis of its own (convenience for one-off drawings).
    ///
    /// - Parameters:
    ///   - network: the network.
    ///   - options: how to draw it.
    ///   - before: with it, the diff from `before` to `network` (a scenario).
    /// - Throws: ``GraphvizError`` for a diagram too large or an unknown highlighted actor.
    public init(_ network: Network, options: DiagramOptions = DiagramOptions(), before: Network? = nil) throws(GraphvizError) {
        let analysis = NetworkAnalysis(network, options: AnalysisOptions(weighted: options.weighted))
        try self.init(analysis, options: options, before: before.map { NetworkAnalysis($0, options: analysis.options) })
    }

    /// Builds the diagram of an analysed network; with `before`, the diff from `before` to it (a scenario). Sizes,
    /// highlighted key players, cut points and brokers are read from the analyses, never recomputed.
    ///
    /// - Parameters:
    ///   - analysis: the analysis of the network drawn.
    ///   - options: how to draw it.
    ///   - before: the analysis of the network before the scenario, for a diff.
    /// - Throws: ``GraphvizError`` for a diagram too large or an unknown highlighted actor.
    /// - Complexity: O(n + m) for the drawing itself, plus the analysis sections it reads (computed once); with
    ///   ``DiagramOptions/positions``, O(r · n) more for each new node placed.
    public init(_ analysis: NetworkAnalysis, options: DiagramOptions = DiagramOptions(), before beforeAnalysis: NetworkAnalysis? = nil) throws(GraphvizError) {
        let language = options.language
        let theme = options.theme
        let font = options.font
        bitmapDPI = options.bitmapDPI
        let network = analysis.network
        let before = beforeAnalysis?.network
        let projection = analysis.actorGraph
        let beforeProjection = beforeAnalysis?.actorGraph
        isDirected = network.isDirected

        // Actors: the network's, plus (in a diff) those the scenario removed.
        var actors = network.actors
        var removedActors = Set<String>(), addedActors = Set<String>()
        if let before {
            let now = Set(network.actors.map(\.id)), then = Set(before.actors.map(\.id))
            addedActors = now.subtracting(then)
            for actor in before.actors where !now.contains(actor.id) {
                actors.append(actor)
                removedActors.insert(actor.id)
            }
        }
        let arrangementCount = options.twoMode ? network.arrangements.count + (before?.arrangements.count ?? 0) : 0
        let nodeCount = actors.count + arrangementCount
        let edgeCount = projection.graph.edgeCount + (beforeProjection?.graph.edgeCount ?? 0)
        guard nodeCount <= NetworkDiagram.nodeLimit else {
            throw .tooLarge(nodes: nodeCount, edges: edgeCount, limit: NetworkDiagram.nodeLimit)
        }

        // Layout: clusters need dot or fdp; large graphs need sfdp; kept positions need no engine, nor clusters.
        // The map needs kept positions (``GeoLayout``); without them a force-directed layout stands in.
        var layout = options.layout == .geo && options.positions == nil ? .neato : options.layout
        var clusterBy = options.clusterBy
        if clusterBy != nil && options.positions != nil {
            notes.append(language.text(.positionsNoClusters))
            clusterBy = nil
        }
        if clusterBy != nil && !layout.honoursClusters {
            // fdp draws cluster boxes with a force-directed layout, which suits undirected stakeholder maps better
            // than dot's layered one.
            notes.append(language.text(.layoutIgnoresClusters, layout.rawValue))
            layout = .fdp
        }
        let limit: Int
        switch layout {
        case .dot, .circo, .twopi: limit = 300
        case .neato, .fdp: limit = 1000
        case .sfdp, .geo: limit = NetworkDiagram.nodeLimit
        }
        if options.positions == nil && (nodeCount > limit || (layout == .dot && edgeCount > 3000)) {
            notes.append(language.text(.tooManyNodesForLayout, String(nodeCount), layout.rawValue, String(limit)))
            layout = .sfdp
            if clusterBy != nil {
                notes.append(language.text(.sfdpNoClusters))
                clusterBy = nil
            }
        }
        self.layout = layout
        let showLabels = nodeCount <= options.labelLimit
        if !showLabels { notes.append(language.text(.labelsHidden, String(options.labelLimit))) }

        // Colours by group, in the file's bloc order when colouring by bloc.
        var colorGroups: [String] = []
        var colorNames: [String: String] = [:]
        if let colorBy = options.colorBy {
            if colorBy == "bloc" {
                for bloc in network.blocsInUse + (before?.blocsInUse ?? []) where !colorGroups.contains(bloc.id) {
                    colorGroups.append(bloc.id)
                    colorNames[bloc.id] = bloc.name
                }
            }
            for actor in actors {
                if let value = actor.value(of: colorBy), !colorGroups.contains(value) { colorGroups.append(value) }
            }
        }
        func fill(_ actor: Actor) -> String {
            guard let colorBy = options.colorBy, let value = actor.value(of: colorBy),
                  let index = colorGroups.firstIndex(of: value) else { return theme.missing }
            return DiagramStyle.color(index)
        }

        // Sizes: node area grows with a metric, from the size its label needs to three times that.
        var sizeShare: [String: Double] = [:]
        var sizeRange: (Double, Double)?
        if let measure = options.sizeBy {
            let values = analysis.values(of: measure).map { $0 ?? .nan }
            let finite = values.filter(\.isFinite)
            let (low, high) = (finite.min() ?? 0, finite.max() ?? 0)
            sizeRange = (low, high)
            for (i, actor) in network.actors.enumerated() where values[i].isFinite {
                sizeShare[actor.id] = high > low ? (values[i] - low) / (high - low) : 1
            }
        }

        // Highlighted actors.
        let highlighted: Set<String>
        var highlightLabel: String?
        switch options.highlight {
        case .none: highlighted = []
        case .ids(let ids):
            for id in ids where network.actor(id) == nil && before?.actor(id) == nil {
                throw .unknownActor(id, available: network.actors.map(\.id))
            }
            highlighted = Set(ids)
            highlightLabel = language.text(.highlightedActors)
        case .cutPoints:
            highlighted = Set(analysis.cutPoints.map { network.actors[$0].id })
            highlightLabel = language.text(.cutPointsWord)
        case .keyPlayers(let k):
            let search = analysis.keyPlayers(.fragmentation, size: min(k, max(0, network.actors.count - 1)))
            highlighted = Set((search?.members ?? []).map { network.actors[$0].id })
            highlightLabel = language.text(.highlightKeyPlayers, String(k))
        case .brokers:
            let totals = analysis.brokerage?.counts.map(\.total) ?? []
            let top = Ranking.descending(totals).prefix(5).filter { totals[$0] > 0 }
            highlighted = Set(top.map { network.actors[$0].id })
            highlightLabel = language.text(.highlightBrokers)
        }

        // The actors a focus names are drawn with the highlight's double border.
        let focusNamed = Set(options.focus?.named ?? [])

        // Clusters.
        var clusterOf: [String: Int] = [:]
        if let clusterBy {
            var groups: [String] = []
            for actor in actors {
                guard let value = actor.value(of: clusterBy) else { continue }
                if !groups.contains(value) { groups.append(value) }
                clusterOf[actor.id] = groups.firstIndex(of: value)
            }
            let blocNames = Dictionary(network.blocsInUse.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            clusters = groups.map { group in
                Cluster(attributes: [
                    Attribute("label", NetworkDiagram.plainLabel(clusterBy == "bloc" ? (blocNames[group] ?? group) : group)),
                    Attribute("style", "rounded,filled"), Attribute("fillcolor", theme.clusterFill), Attribute("color", theme.clusterBorder),
                    Attribute("fontname", font), Attribute("fontsize", NetworkDiagram.decimal(options.fontSize * 1.2)),
                    Attribute("fontcolor", theme.clusterText),
                ])
            }
        }

        // Actor nodes: rounded boxes sized to their label (and grown by the size metric).
        let fontSize = options.fontSize
        for actor in actors {
            let color = fill(actor)
            let removed = removedActors.contains(actor.id), added = addedActors.contains(actor.id)
            let name = NetworkDiagram.wrapped(options.labels == .full ? (actor.fullName ?? actor.name) : actor.name,
                                              width: options.labels == .full ? 24 : 18)
            let emphasised = highlighted.contains(actor.id) || focusNamed.contains(actor.id)
            var classes = ["actor"]
            if let bloc = actor.bloc { classes.append(DiagramIdentifiers.className("bloc", bloc)) }
            if removed { classes.append("removed") } else if added { classes.append("added") }
            var attributes = [
                Attribute("id", DiagramIdentifiers.actor(actor.id)),
                Attribute("class", classes.joined(separator: " ")),
                Attribute("label", showLabels ? NetworkDiagram.plainLabel(name) : ""),
                Attribute("tooltip", NetworkDiagram.plainLabel([actor.fullName ?? actor.name, actor.bloc.map { colorNames[$0] ?? $0 }].compactMap { $0 }.joined(separator: " — "))),
                Attribute("shape", showLabels ? "box" : "circle"),
                Attribute("style", removed ? "rounded,filled,dashed" : "rounded,filled"),
                Attribute("fillcolor", removed ? theme.removedFill : color),
                Attribute("fontcolor", removed ? theme.removedText : DiagramStyle.textColor(on: color)),
                Attribute("color", removed ? theme.removed : (added ? theme.added : emphasised ? theme.highlight : theme.nodeBorder)),
                Attribute("penwidth", added ? NetworkDiagram.decimal(DiagramStyle.addedWidth) : (emphasised ? "1.6" : "0.8")),
                Attribute("fontname", font), Attribute("fontsize", NetworkDiagram.decimal(fontSize)),
            ]
            if emphasised { attributes.append(Attribute("peripheries", "2")) }
            let size: (width: Double, height: Double)
            if showLabels {
                let fit = NetworkDiagram.labelBox(name, fontSize: fontSize, widthScale: options.fontWidthScale)
                let grow = sizeShare[actor.id].map { (1 + 2 * $0).squareRoot() } ?? 1
                size = (fit.width * grow, fit.height * grow)
            } else {
                size = (9, 9)
            }
            nodes.append(NetworkDiagram.sized(Node(name: "a:" + actor.id, attributes: attributes, cluster: clusterOf[actor.id],
                                                   width: size.width, height: size.height)))
        }

        // Edges.
        func status(of channels: [Channel], in network: Network) -> EvidenceStatus {
            channels.map { channel -> EvidenceStatus in
                switch channel {
                case .arrangement(let a): return network.arrangements[a].evidence.status
                case .tie(let t): return network.ties[t].evidence.status
                }
            }.min() ?? .documented
        }
        func kind(of channels: [Channel], in network: Network) -> String {
            let kinds = Set(channels.map { channel -> String in
                switch channel {
                case .arrangement(let a): return network.arrangements[a].kind.rawValue
                case .tie: return "tie"
                }
            })
            return kinds.count == 1 ? kinds.first ?? "tie" : "multiple"
        }
        /// A channel in words, for tooltips: the arrangement's name, or "direct tie (its kind)".
        func channelName(_ channel: Channel, in network: Network) -> String {
            switch channel {
            case .arrangement(let a): return network.arrangements[a].name
            case .tie(let t): return tieName(network.ties[t])
            }
        }
        func tieName(_ tie: Tie) -> String { "\(language.text(.directTie)) (\(language.label(tieKind: tie.kind)))" }
        let maxWeight = max(projection.graph.edgeWeights.max() ?? 1, beforeProjection?.graph.edgeWeights.max() ?? 1)
        let diffing = before != nil
        /// `change`: +1 added by the scenario, −1 removed, 0 unchanged.
        func edgeAttributes(id: String, kindClass: String, status: EvidenceStatus, kind: String, weight: Double,
                            channelNames: [String], change: Int) -> [Attribute] {
            var color = theme.edge
            var width = DiagramStyle.lineWidth(status)
            var style = DiagramStyle.lineStyle(status)
            switch options.edgeBy {
            case .status: break
            case .kind:
                // Colour and pattern both say the kind (a second palette, apart from the bloc colours).
                let channel = theme.channel(kind)
                (color, style) = (channel.color, channel.pattern)
                width = channel.pattern == "dotted" ? 1.7 : 1.3
            case .weight: width = 0.6 + 4.4 * (weight / maxWeight).squareRoot()
            }
            if !showLabels { width = min(width, 0.5); if change == 0 { color = theme.edge + "66" } }
            // On a map the places come first: lines between actors are thinner and half transparent.
            if options.layout == .geo && change == 0 { width = min(width, 0.9); color = String(color.prefix(7)) + "80" }
            var changeClass = ""
            if diffing {
                // The diff is the point: unchanged lines fade, whatever their evidence.
                switch change {
                case 1: (color, width, style, changeClass) = (theme.added, max(width, DiagramStyle.addedWidth), "solid", " added")
                case -1: (color, width, style, changeClass) = (theme.removed, max(width, 1.6), "dashed", " removed")
                default: (color, width, style, changeClass) = (theme.unchanged, min(width, 0.9), "solid", " unchanged")
                }
            }
            return [
                Attribute("id", id),
                Attribute("class", kindClass + " " + DiagramIdentifiers.className("evidence", status.rawValue)
                          + (options.edgeBy == .kind ? " " + DiagramIdentifiers.className("channel", kind) : "") + changeClass),
                Attribute("style", style),
                Attribute("color", color),
                Attribute("penwidth", NetworkDiagram.decimal(width)),
                Attribute("tooltip", NetworkDiagram.plainLabel(channelNames.joined(separator: ", "))),
                Attribute("arrowsize", "0.7"),
            ]
        }
        func arrangementNode(_ arrangement: Arrangement, change: Int, wrap: Int) -> Node {
            let label = NetworkDiagram.wrapped(arrangement.name, width: wrap)
            let fit = NetworkDiagram.labelBox(label, fontSize: fontSize, widthScale: options.fontWidthScale)
            return NetworkDiagram.sized(Node(name: "g:" + arrangement.id, attributes: [
                Attribute("id", DiagramIdentifiers.arrangement(arrangement.id)),
                Attribute("class", "arrangement " + DiagramIdentifiers.className("kind", arrangement.kind.rawValue)
                          + (change > 0 ? " added" : change < 0 ? " removed" : "")),
                Attribute("label", showLabels ? NetworkDiagram.plainLabel(label) : ""),
                Attribute("tooltip", NetworkDiagram.plainLabel(language.label(arrangement.kind) + ": " + arrangement.name)),
                Attribute("shape", "box"),
                Attribute("style", "filled" + (change < 0 ? ",dashed" : "")),
                Attribute("fillcolor", change < 0 ? theme.removedFill : theme.arrangementFill),
                Attribute("fontcolor", change < 0 ? theme.removedText : theme.arrangementText),
                Attribute("color", change > 0 ? theme.added : (change < 0 ? theme.removed : theme.arrangementBorder)),
                Attribute("penwidth", change > 0 ? NetworkDiagram.decimal(DiagramStyle.addedWidth) : "1"),
                Attribute("fontname", font), Attribute("fontsize", NetworkDiagram.decimal(fontSize)),
            ], cluster: nil, width: showLabels ? fit.width : 9, height: showLabels ? fit.height : 9))
        }
        func membershipEdge(_ arrangement: Arrangement, member: String, change: Int) -> Edge {
            Edge(tail: "a:" + member, head: "g:" + arrangement.id, attributes: edgeAttributes(
                id: DiagramIdentifiers.membership(arrangement: arrangement.id, actor: member), kindClass: "membership",
                status: arrangement.evidence.status, kind: arrangement.kind.rawValue, weight: arrangement.weight,
                channelNames: [arrangement.name], change: change))
        }

        var arrangementNodeIDs = Set<String>()
        if options.twoMode {
            // Arrangement nodes (boxes) and membership edges; direct ties between actors.
            var arrangements = network.arrangements.map { ($0, 0) }
            if let before {
                let now = Set(network.arrangements.map(\.id))
                let then = Set(before.arrangements.map(\.id))
                arrangements = network.arrangements.map { ($0, then.contains($0.id) ? 0 : 1) }
                arrangements += before.arrangements.filter { !now.contains($0.id) }.map { ($0, -1) }
            }
            for (arrangement, change) in arrangements {
                nodes.append(arrangementNode(arrangement, change: change, wrap: 20))
                let beforeMembers = Set(before?.arrangement(arrangement.id)?.members ?? arrangement.members)
                let nowMembers = Set(network.arrangement(arrangement.id)?.members ?? [])
                var members = arrangement.members
                if change == 0 { members += beforeMembers.subtracting(nowMembers).sorted() }
                for member in members {
                    let memberChange = change != 0 ? change : (!beforeMembers.contains(member) ? 1 : (!nowMembers.contains(member) ? -1 : 0))
                    edges.append(membershipEdge(arrangement, member: member, change: memberChange))
                }
            }
            var ties = network.ties.map { ($0, 0) }
            if let before {
                ties = network.ties.map { tie in (tie, before.ties.contains { $0.key == tie.key } ? 0 : 1) }
                ties += before.ties.filter { tie in !network.ties.contains { $0.key == tie.key } }.map { ($0, -1) }
            }
            for (tie, change) in ties {
                edges.append(Edge(tail: "a:" + tie.source, head: "a:" + tie.target, attributes: edgeAttributes(
                    id: DiagramIdentifiers.tie(tie.source, tie.target, kind: tie.kind), kindClass: "tie",
                    status: tie.evidence.status, kind: "tie", weight: tie.weight, channelNames: [tieName(tie)], change: change)))
            }
        } else {
            // A diff draws the arrangements a scenario adds or joins with many members as one node each.
            if let before, options.arrangementNodeMembers > 0 {
                for arrangement in network.arrangements where arrangement.members.count >= options.arrangementNodeMembers {
                    let old = before.arrangement(arrangement.id)
                    let newMembers = Set(arrangement.members).subtracting(old?.members ?? [])
                    guard !newMembers.isEmpty else { continue }
                    arrangementNodeIDs.insert(arrangement.id)
                    nodes.append(arrangementNode(arrangement, change: old == nil ? 1 : 0, wrap: 22))
                    for member in arrangement.members {
                        edges.append(membershipEdge(arrangement, member: member, change: newMembers.contains(member) ? 1 : 0))
                    }
                }
            }
            let drawnAsNode = Set(network.arrangements.indices.filter { arrangementNodeIDs.contains(network.arrangements[$0].id) })
            // One-mode: one edge per linked pair, with its channels.
            struct Pair: Hashable { let a: String, b: String }
            func pairs(_ projection: ActorGraph) -> [(Pair, Int)] {
                let g = projection.graph
                return (0..<g.edgeCount).map { e in
                    (Pair(a: projection.network.actors[Int(g.edgeSources[e])].id, b: projection.network.actors[Int(g.edgeTargets[e])].id), e)
                }
            }
            let now = pairs(projection)
            let then = beforeProjection.map(pairs) ?? []
            let thenSet = Set(then.map(\.0)), nowSet = Set(now.map(\.0))
            for (pair, e) in now {
                let channels = Array(projection.channels(ofEdge: e))
                let isNew = before != nil && !thenSet.contains(pair)
                // A new pair that an arrangement drawn as a node explains is shown by its memberships.
                if isNew && channels.contains(where: { if case .arrangement(let a) = $0 { return drawnAsNode.contains(a) } else { return false } }) {
                    continue
                }
                edges.append(Edge(tail: "a:" + pair.a, head: "a:" + pair.b, attributes: edgeAttributes(
                    id: DiagramIdentifiers.pair(pair.a, pair.b, directed: network.isDirected), kindClass: "pair",
                    status: status(of: channels, in: network), kind: kind(of: channels, in: network),
                    weight: projection.graph.edgeWeights[e], channelNames: channels.map { channelName($0, in: network) },
                    change: isNew ? 1 : 0)))
            }
            if let beforeProjection, let before {
                for (pair, e) in then where !nowSet.contains(pair) {
                    let channels = Array(beforeProjection.channels(ofEdge: e))
                    edges.append(Edge(tail: "a:" + pair.a, head: "a:" + pair.b, attributes: edgeAttributes(
                        id: DiagramIdentifiers.pair(pair.a, pair.b, directed: before.isDirected), kindClass: "pair",
                        status: status(of: channels, in: before), kind: kind(of: channels, in: before),
                        weight: beforeProjection.graph.edgeWeights[e], channelNames: channels.map { channelName($0, in: before) },
                        change: -1)))
                }
            }
        }

        // Graph attributes.
        graphAttributes = [
            Attribute("fontname", font), Attribute("fontcolor", theme.ink),
            Attribute("bgcolor", options.transparentBackground ? "transparent" : (theme == .light ? "white" : theme.background)),
            Attribute("pad", "0.1"),
        ] + [
            Attribute("labelloc", "t"), Attribute("labeljust", "l"), Attribute("outputorder", "edgesfirst"),
        ]
        switch layout {
        case .dot:
            graphAttributes += [Attribute("rankdir", "LR"), Attribute("nodesep", "0.25"), Attribute("ranksep", "0.9"),
                                Attribute("newrank", "true")]
        case .neato, .fdp:
            graphAttributes += [Attribute("overlap", "false"), Attribute("sep", "+6"), Attribute("start", String(options.seed))]
            if layout == .neato { graphAttributes += [Attribute("mode", "major"), Attribute("len", "0.9")] }
        case .sfdp:
            graphAttributes += [Attribute("overlap", "prism"), Attribute("sep", "+4"), Attribute("start", String(options.seed))]
        case .circo, .twopi:
            graphAttributes += [Attribute("overlap", "false")]
        case .geo:
            break
        }
        // Straight edges, drawn under the nodes (`outputorder=edgesfirst`), as Gephi and Kumu draw them. Routing
        // splines around the nodes gave nearly the same picture at ten times the cost (the Comité diff on the bundled
        // network: 1.08 s with `splines=true`, 0.10 s straight), and after twopi it keeps state between runs in
        // Graphviz 2.42 (the second drawing in a process differed in the last digits).
        graphAttributes.append(Attribute("splines", "false"))

        // The legend, as data; in the header unless the page shows it.
        var rows: [DiagramLegend.Row] = []
        if let colorBy = options.colorBy, !colorGroups.isEmpty {
            rows.append(.init(title: language.text(.legendColour, language.attributeName(colorBy)), entries: colorGroups.enumerated().map { i, group in
                .init(mark: .fill(DiagramStyle.color(i)), label: colorNames[group] ?? group)
            }))
        }
        if options.twoMode || !arrangementNodeIDs.isEmpty {
            rows.append(.init(title: language.text(.legendShape), entries: [
                .init(mark: .node(fill: theme.missing, border: theme.nodeBorder, width: 0.8, rounded: true), label: language.text(.actor)),
                .init(mark: .node(fill: theme.arrangementFill, border: theme.arrangementBorder, width: 1, rounded: false), label: language.text(.legendArrangementNode)),
            ]))
        }
        if diffing {
            rows.append(.init(title: language.text(.legendScenario), entries: [
                .init(mark: .line(color: theme.added, width: DiagramStyle.addedWidth, style: "solid"), label: language.text(.added)),
                .init(mark: .line(color: theme.removed, width: 1.6, style: "dashed"), label: language.text(.removed)),
                .init(mark: .line(color: theme.unchanged, width: 0.9, style: "solid"), label: language.text(.unchanged)),
            ]))
        } else {
            if options.edgeBy == .kind {
                // The kinds the drawing has, in legend order; colour and pattern are the kind's, so evidence is not drawn.
                let drawn = Set(edges.compactMap { edge in edge.attributes.first { $0.name == "class" }?.value })
                let kinds = DiagramTheme.channelKinds.filter { kind in
                    drawn.contains { $0.split(separator: " ").contains(Substring(DiagramIdentifiers.className("channel", kind))) }
                }
                rows.append(.init(title: language.text(.legendLineKind), entries: kinds.map { kind in
                    let channel = theme.channel(kind)
                    let label = ArrangementKind(rawValue: kind).map(language.label) ?? (kind == "tie" ? language.text(.directTie) : language.text(.several))
                    return .init(mark: .line(color: channel.color, width: channel.pattern == "dotted" ? 1.7 : 1.3, style: channel.pattern), label: label)
                }))
                rows.append(.init(title: language.text(.legendKindHidesEvidence), entries: []))
            } else {
                // Stated statuses always; unspecified evidence only when some element has it.
                let inUse = [network, before].compactMap { $0 }.flatMap { n in
                    n.ties.map(\.evidence.status) + n.arrangements.map(\.evidence.status)
                }
                rows.append(.init(title: language.text(.legendLineEvidence), entries: EvidenceStatus.shown(among: inUse).map {
                    .init(mark: .line(color: theme.edge, width: DiagramStyle.lineWidth($0), style: DiagramStyle.lineStyle($0)), label: language.label($0))
                }))
            }
            if options.edgeBy == .weight {
                rows.append(.init(title: language.text(.legendLineWidth, language.format(maxWeight, decimals: 1)), entries: []))
            }
        }
        if let measure = options.sizeBy, let (low, high) = sizeRange {
            rows.append(.init(title: language.text(.legendSize, NetworkDiagram.measureName(measure, language: language),
                                                   language.format(low), language.format(high)), entries: []))
        }
        if let highlightLabel, !highlighted.isEmpty {
            rows.append(.init(title: language.text(.legendDoubleBorder, highlightLabel), entries: []))
        }
        if let focus = options.focus {
            rows.append(.init(title: focus.describe(network, language: language)
                              + (options.context == .grey ? " " + language.text(.focusContextGrey) : ""), entries: []))
        }
        legend = DiagramLegend(title: options.title ?? network.name, rows: rows)
        header = options.showsLegend ? legend.graphvizLabel(theme: theme, fontSize: 10, vertical: false) : ""
        if let focus = options.focus {
            apply(focusOn: Set(focus.actors(in: projection)), context: options.context, theme: theme)
        }

        if let given = options.positions { keep(given) }
    }

    // MARK: Kept positions

    /// Pins every node at its place in `given` (with its size there), places the nodes `given` does not know near
    /// their neighbours, and adds two invisible points at the canvas corners so every drawing with `given` covers the
    /// same area.
    mutating func keep(_ given: DiagramLayout) {
        var placed = given
        var neighbours: [String: [String]] = [:]
        for edge in edges {
            neighbours[edge.tail, default: []].append(edge.head)
            neighbours[edge.head, default: []].append(edge.tail)
        }
        // Known nodes keep their size, so that a label that fitted still fits.
        for i in nodes.indices {
            if let box = given.box(forNode: nodes[i].name), box.width > 0, box.height > 0 {
                nodes[i].width = box.width
                nodes[i].height = box.height
                nodes[i] = NetworkDiagram.sized(nodes[i])
            }
        }
        // Drop the positions of nodes this diagram does not draw (an actor a scenario removed is still drawn).
        let drawn = Set(nodes.map(\.name))
        placed.actors = placed.actors.filter { drawn.contains("a:" + $0.key) }
        placed.arrangements = placed.arrangements.filter { drawn.contains("g:" + $0.key) }
        for node in nodes where placed.box(forNode: node.name) == nil {
            let known = (neighbours[node.name] ?? []).compactMap { placed.box(forNode: $0) }
            let target = known.isEmpty
                ? (x: (placed.canvas.minX + placed.canvas.maxX) / 2, y: (placed.canvas.minY + placed.canvas.maxY) / 2)
                : (x: known.map(\.x).reduce(0, +) / Double(known.count), y: known.map(\.y).reduce(0, +) / Double(known.count))
            placed = placed.placing((node.name, node.width, node.height), near: target)
        }
        for i in nodes.indices {
            guard let box = placed.box(forNode: nodes[i].name) else { continue }
            nodes[i].attributes.append(Attribute("pos", "\(NetworkDiagram.decimal(box.x)),\(NetworkDiagram.decimal(box.y))!"))
        }
        pinCanvas(placed.canvas)
        clusters = []
        for i in nodes.indices { nodes[i].cluster = nil }
        positions = placed
    }

    // MARK: Helpers

    /// The box a label needs, in points: its widest line plus 7 points each side, its lines at 1.25 × the font size
    /// plus 4 points above and below.
    static func labelBox(_ label: String, fontSize: Double, widthScale: Double = 1) -> (width: Double, height: Double) {
        let lines = Double(label.split(separator: "\n", omittingEmptySubsequences: false).count)
        return (TextMetrics.widestLine(label, size: fontSize) * widthScale + 14, lines * fontSize * 1.25 + 8)
    }

    /// `node` with its Graphviz size attributes (inches, fixed) set from ``Node/width`` and ``Node/height``.
    static func sized(_ node: Node) -> Node {
        var node = node
        node.attributes.removeAll { ["width", "height", "fixedsize", "margin"].contains($0.name) }
        node.attributes += [Attribute("width", decimal(node.width / 72)), Attribute("height", decimal(node.height / 72)),
                            Attribute("fixedsize", "true"), Attribute("margin", "0")]
        return node
    }

    /// Escapes text for a plain Graphviz label: backslashes would start escape sequences (\n, \N, \G…).
    static func plainLabel(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Breaks a long name into lines of about `width` characters, at spaces.
    static func wrapped(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = String(word)
            } else {
                line += line.isEmpty ? String(word) : " " + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    static func decimal(_ x: Double) -> String { formatFixed(x, decimals: 3) }

    /// A measure's name for the legend.
    static func measureName(_ measure: ActorMeasure, language: Language) -> String {
        language.label(measure)
    }
}
