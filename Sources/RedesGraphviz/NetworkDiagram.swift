import Foundation
import Redes
import RedesPresentation

/// A drawing of a network, as a value: nodes, edges and clusters with their Graphviz attributes in a fixed order,
/// plus a header with the title and a legend. ``render(format:)`` lays it out and draws it through the Graphviz C
/// library (cgraph + gvc); the same diagram always gives the same bytes.
///
/// Encodings: fill colour by an attribute (bloc by default; Okabe–Ito palette), node *area* proportional to a metric,
/// line style by evidence (documented solid, illustrative dashed, proposed dotted) or colour by channel kind, width by
/// tie strength, thick borders for highlighted actors, boxes for clusters, two node shapes in two-mode drawings, and
/// in scenario diffs added elements in vermillion and removed ones faded.
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
    /// The layout engine that will be used (it may differ from the one asked for: see ``notes``).
    public var layout: DiagramOptions.Layout
    public var graphAttributes: [Attribute]
    /// The header: title and legend, as a Graphviz HTML-like label.
    public var header: String
    public var clusters: [Cluster] = []
    public var nodes: [Node] = []
    public var edges: [Edge] = []
    /// What was changed from the options and why (layout switched, clusters ignored, labels hidden).
    public var notes: [String] = []

    /// Above this many nodes the diagram is refused.
    public static let nodeLimit = 20_000

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
    /// - Complexity: O(n + m) for the drawing itself, plus the analysis sections it reads (computed once).
    public init(_ analysis: NetworkAnalysis, options: DiagramOptions = DiagramOptions(), before beforeAnalysis: NetworkAnalysis? = nil) throws(GraphvizError) {
        let language = options.language
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

        // Layout: clusters need dot or fdp; large graphs need sfdp.
        var layout = options.layout
        var clusterBy = options.clusterBy
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
        case .sfdp: limit = NetworkDiagram.nodeLimit
        }
        if nodeCount > limit || (layout == .dot && edgeCount > 3000) {
            notes.append(language.text(.tooManyNodesForLayout, String(nodeCount), layout.rawValue, String(limit)))
            layout = .sfdp
            if clusterBy != nil {
                notes.append(language.text(.sfdpNoClusters))
                clusterBy = nil
            }
        }
        self.layout = layout
        let showLabels = nodeCount <= 500
        if !showLabels { notes.append(language.text(.labelsHidden)) }

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
                  let index = colorGroups.firstIndex(of: value) else { return DiagramStyle.missing }
            return DiagramStyle.color(index)
        }

        // Sizes: node area proportional to a metric.
        var sizeValues: [String: Double] = [:]
        var sizeRange: (Double, Double)?
        if let measure = options.sizeBy {
            let values = analysis.values(of: measure).map { $0 ?? .nan }
            for (i, actor) in network.actors.enumerated() { sizeValues[actor.id] = values[i] }
            let finite = values.filter(\.isFinite)
            sizeRange = (finite.min() ?? 0, finite.max() ?? 0)
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
                    Attribute("style", "rounded,filled"), Attribute("fillcolor", "#F5F5F5"), Attribute("color", "#BBBBBB"),
                    Attribute("fontname", DiagramStyle.font), Attribute("fontsize", "12"), Attribute("fontcolor", "#555555"),
                ])
            }
        }

        // Actor nodes.
        let largeWidth = 2.0, smallWidth = 0.55
        for actor in actors {
            let color = fill(actor)
            let removed = removedActors.contains(actor.id)
            var name = options.labels == .full ? (actor.fullName ?? actor.name) : actor.name
            name = NetworkDiagram.wrapped(name, width: options.labels == .full ? 24 : 18)
            var attributes = [
                Attribute("label", showLabels ? NetworkDiagram.plainLabel(name) : ""),
                Attribute("tooltip", NetworkDiagram.plainLabel([actor.fullName ?? actor.name, actor.bloc.map { colorNames[$0] ?? $0 }].compactMap { $0 }.joined(separator: " — "))),
                Attribute("shape", showLabels ? "ellipse" : "circle"),
                Attribute("style", removed ? "filled,dashed" : "filled"),
                Attribute("fillcolor", removed ? "#F2F2F2" : color),
                Attribute("fontcolor", removed ? "#999999" : DiagramStyle.textColor(on: color)),
                Attribute("color", removed ? DiagramStyle.removed : (addedActors.contains(actor.id) ? DiagramStyle.added : "#333333")),
                Attribute("penwidth", highlighted.contains(actor.id) || addedActors.contains(actor.id) ? "3.5" : "0.8"),
                Attribute("fontname", DiagramStyle.font), Attribute("fontsize", "11"),
            ]
            if highlighted.contains(actor.id) { attributes.append(Attribute("peripheries", "2")) }
            if let (low, high) = sizeRange, let value = sizeValues[actor.id], value.isFinite {
                // Area linear in the value between the smallest and the largest node.
                let share = high > low ? (value - low) / (high - low) : 1
                let area = smallWidth * smallWidth + share * (largeWidth * largeWidth - smallWidth * smallWidth)
                let width = area.squareRoot()
                // A label wider than its node spills onto the background: dark text stays readable there
                // (about 0.08 inch per character at 11 points in DejaVu Sans).
                // A label wider than its node goes outside it, as an external label Graphviz places where it fits
                // (about 0.08 inch per character at 11 points in DejaVu Sans).
                let longestLine = name.split(separator: "\n").map(\.count).max() ?? 0
                if showLabels && Double(longestLine) * 0.08 > width * 0.95 {
                    attributes[0] = Attribute("label", "")
                    attributes.append(Attribute("xlabel", NetworkDiagram.plainLabel(name)))
                    if let index = attributes.firstIndex(where: { $0.name == "fontcolor" }) {
                        attributes[index].value = removed ? "#999999" : "#222222"
                    }
                }
                attributes += [Attribute("width", NetworkDiagram.decimal(width)), Attribute("height", NetworkDiagram.decimal(width * 0.62)),
                               Attribute("fixedsize", "shape")]
            } else if !showLabels {
                attributes += [Attribute("width", "0.12"), Attribute("fixedsize", "true")]
            }
            nodes.append(Node(name: "a:" + actor.id, attributes: attributes, cluster: clusterOf[actor.id]))
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
            return kinds.count == 1 ? kinds.first! : "multiple"
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
        func edgeAttributes(status: EvidenceStatus, kind: String, weight: Double, channelNames: [String], change: Int) -> [Attribute] {
            var color = DiagramStyle.edge
            var width = DiagramStyle.lineWidth(status)
            switch options.edgeBy {
            case .status: break
            case .kind: color = kind == "multiple" ? "#333333" : DiagramStyle.color(ofChannelKind: kind)
            case .weight: width = 0.6 + 4.4 * (weight / maxWeight).squareRoot()
            }
            if !showLabels { width = min(width, 0.5); if change == 0 { color = DiagramStyle.edge + "66" } }
            if change > 0 { color = DiagramStyle.added; width = max(width, 2.5) }
            if change < 0 { color = DiagramStyle.removed }
            return [
                Attribute("style", change < 0 ? "dashed" : DiagramStyle.lineStyle(status)),
                Attribute("color", color),
                Attribute("penwidth", NetworkDiagram.decimal(width)),
                Attribute("tooltip", NetworkDiagram.plainLabel(channelNames.joined(separator: ", "))),
                Attribute("arrowsize", "0.7"),
            ]
        }

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
                let label = NetworkDiagram.wrapped(arrangement.name, width: 20)
                nodes.append(Node(name: "g:" + arrangement.id, attributes: [
                    Attribute("label", showLabels ? NetworkDiagram.plainLabel(label) : ""),
                    Attribute("tooltip", NetworkDiagram.plainLabel(language.label(arrangement.kind) + ": " + arrangement.name)),
                    Attribute("shape", "box"),
                    Attribute("style", "rounded,filled" + (change < 0 ? ",dashed" : "")),
                    Attribute("fillcolor", change < 0 ? "#F2F2F2" : "#FFFFFF"),
                    Attribute("fontcolor", change < 0 ? "#999999" : "#333333"),
                    Attribute("color", change > 0 ? DiagramStyle.added : (change < 0 ? DiagramStyle.removed : "#777777")),
                    Attribute("penwidth", change > 0 ? "3" : "1"),
                    Attribute("fontname", DiagramStyle.font), Attribute("fontsize", "9"),
                ], cluster: nil))
                let beforeMembers = Set(before?.arrangement(arrangement.id)?.members ?? arrangement.members)
                let nowMembers = Set(network.arrangement(arrangement.id)?.members ?? [])
                var members = arrangement.members
                if change == 0 { members += beforeMembers.subtracting(nowMembers).sorted() }
                for member in members {
                    let memberChange = change != 0 ? change : (!beforeMembers.contains(member) ? 1 : (!nowMembers.contains(member) ? -1 : 0))
                    edges.append(Edge(tail: "a:" + member, head: "g:" + arrangement.id, attributes: edgeAttributes(
                        status: arrangement.evidence.status, kind: arrangement.kind.rawValue, weight: arrangement.weight,
                        channelNames: [arrangement.name], change: memberChange)))
                }
            }
            var ties = network.ties.map { ($0, 0) }
            if let before {
                ties = network.ties.map { tie in (tie, before.ties.contains { $0.key == tie.key } ? 0 : 1) }
                ties += before.ties.filter { tie in !network.ties.contains { $0.key == tie.key } }.map { ($0, -1) }
            }
            for (tie, change) in ties {
                edges.append(Edge(tail: "a:" + tie.source, head: "a:" + tie.target, attributes: edgeAttributes(
                    status: tie.evidence.status, kind: "tie", weight: tie.weight, channelNames: [tieName(tie)], change: change)))
            }
        } else {
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
                edges.append(Edge(tail: "a:" + pair.a, head: "a:" + pair.b, attributes: edgeAttributes(
                    status: status(of: channels, in: network), kind: kind(of: channels, in: network),
                    weight: projection.graph.edgeWeights[e], channelNames: channels.map { channelName($0, in: network) },
                    change: before == nil || thenSet.contains(pair) ? 0 : 1)))
            }
            if let beforeProjection, let before {
                for (pair, e) in then where !nowSet.contains(pair) {
                    let channels = Array(beforeProjection.channels(ofEdge: e))
                    edges.append(Edge(tail: "a:" + pair.a, head: "a:" + pair.b, attributes: edgeAttributes(
                        status: status(of: channels, in: before), kind: kind(of: channels, in: before),
                        weight: beforeProjection.graph.edgeWeights[e], channelNames: channels.map { channelName($0, in: before) },
                        change: -1)))
                }
            }
        }

        // Graph attributes, then the header (title and legend).
        graphAttributes = [
            Attribute("fontname", DiagramStyle.font), Attribute("bgcolor", "white"), Attribute("pad", "0.4"),
            Attribute("labelloc", "t"), Attribute("labeljust", "l"), Attribute("outputorder", "edgesfirst"),
            Attribute("forcelabels", "true"),
        ]
        switch layout {
        case .dot:
            graphAttributes += [Attribute("rankdir", "LR"), Attribute("nodesep", "0.25"), Attribute("ranksep", "0.9"),
                                Attribute("newrank", "true")]
        case .neato, .fdp:
            graphAttributes += [Attribute("overlap", "false"), Attribute("sep", "+8"), Attribute("start", String(options.seed))]
            if layout == .neato { graphAttributes.append(Attribute("mode", "major")) }
        case .sfdp:
            graphAttributes += [Attribute("overlap", "prism"), Attribute("sep", "+4"), Attribute("start", String(options.seed))]
        case .circo, .twopi:
            graphAttributes += [Attribute("overlap", "false")]
        }
        // Straight edges, drawn under the nodes (`outputorder=edgesfirst`), as Gephi and Kumu draw them. Routing
        // splines around the nodes gave nearly the same picture at ten times the cost (the Comité diff on the bundled
        // network: 1.08 s with `splines=true`, 0.10 s straight), and after twopi it keeps state between runs in
        // Graphviz 2.42 (the second drawing in a process differed in the last digits).
        graphAttributes.append(Attribute("splines", "false"))

        let legend = Legend(language: language)
        var rows: [String] = []
        if let colorBy = options.colorBy, !colorGroups.isEmpty {
            let swatches = colorGroups.enumerated().map { i, group in (DiagramStyle.color(i), colorNames[group] ?? group) }
            rows.append(legend.swatches(title: language.text(.legendColour, language.attributeName(colorBy)), swatches))
        }
        if options.twoMode {
            rows.append(legend.text(language.text(.legendShapes)))
        }
        switch options.edgeBy {
        case .kind:
            let kinds = ArrangementKind.allCases.map { ($0.rawValue, language.label($0)) } + [("tie", language.text(.directTie))]
            rows.append(legend.swatches(title: language.text(.legendLineKind),
                                        kinds.map { (DiagramStyle.color(ofChannelKind: $0.0), $0.1) } + [("#333333", language.text(.several))]))
            fallthrough
        case .status, .weight:
            // Stated statuses always; unspecified evidence only when some element has it.
            let inUse = [network, before].compactMap { $0 }.flatMap { n in
                n.ties.map(\.evidence.status) + n.arrangements.map(\.evidence.status)
            }
            rows.append(legend.lines(title: language.text(.legendLineEvidence),
                                     EvidenceStatus.shown(among: inUse).map { (DiagramStyle.legendLine($0), language.label($0)) }))
        }
        if options.edgeBy == .weight {
            rows.append(legend.text(language.text(.legendLineWidth, language.format(maxWeight, decimals: 1))))
        }
        if let measure = options.sizeBy, let (low, high) = sizeRange {
            rows.append(legend.text(language.text(.legendSize, NetworkDiagram.measureName(measure, language: language),
                                                  language.format(low), language.format(high))))
        }
        if let highlightLabel, !highlighted.isEmpty {
            rows.append(legend.text(language.text(.legendDoubleBorder, highlightLabel)))
        }
        if before != nil {
            rows.append(legend.swatches(title: language.text(.legendScenario),
                                        [(DiagramStyle.added, language.text(.added)), (DiagramStyle.removed, language.text(.removed))]))
        }
        header = legend.table(title: options.title ?? network.name, rows: rows)
    }

    // MARK: Helpers

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

/// Builds the HTML-like header table (title and legend); every piece of user text is escaped.
struct Legend {
    let language: Language

    /// User text inside the HTML-like header: escaped, with line breaks as Graphviz's `<br/>`.
    static func escape(_ text: String) -> String { escapeHTML(text).replacingOccurrences(of: "\n", with: "<br/>") }

    func table(title: String, rows: [String]) -> String {
        var html = "<table border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"2\">"
        html += "<tr><td align=\"left\"><font point-size=\"20\"><b>\(Legend.escape(title))</b></font></td></tr>"
        for row in rows { html += "<tr><td align=\"left\">\(row)</td></tr>" }
        html += "<tr><td align=\"left\"> </td></tr></table>"
        return html
    }

    func text(_ text: String) -> String {
        "<font point-size=\"10\" color=\"#444444\">\(Legend.escape(text))</font>"
    }

    func swatches(title: String, _ items: [(color: String, label: String)]) -> String {
        var html = "<table border=\"0\" cellborder=\"0\" cellspacing=\"3\" cellpadding=\"1\"><tr>"
        html += "<td align=\"left\"><font point-size=\"10\" color=\"#444444\">\(Legend.escape(title)):</font></td>"
        for item in items {
            html += "<td bgcolor=\"\(item.color)\" width=\"12\" height=\"12\" fixedsize=\"true\"> </td>"
            html += "<td align=\"left\"><font point-size=\"10\">\(Legend.escape(item.label))</font></td>"
        }
        return html + "</tr></table>"
    }

    func lines(title: String, _ items: [(glyph: String, label: String)]) -> String {
        var html = "<table border=\"0\" cellborder=\"0\" cellspacing=\"3\" cellpadding=\"1\"><tr>"
        html += "<td align=\"left\"><font point-size=\"10\" color=\"#444444\">\(Legend.escape(title)):</font></td>"
        for item in items {
            html += "<td><font point-size=\"10\" color=\"\(DiagramStyle.edge)\">\(Legend.escape(item.glyph))</font></td>"
            html += "<td align=\"left\"><font point-size=\"10\">\(Legend.escape(item.label))</font></td>"
        }
        return html + "</tr></table>"
    }
}
