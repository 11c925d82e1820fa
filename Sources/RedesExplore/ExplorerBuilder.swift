import Foundation
import Redes
import RedesGraphviz
import RedesPresentation

/// Reads the analyses and the drawings into ``ExplorerData``: the actors, arrangements and ties of every drawing
/// (first definition kept), and per drawing the measures, sizes, lines with their channels and figures.
struct ExplorerBuilder {
    let base: NetworkAnalysis
    let lang: Language
    private(set) var actors: [ExplorerData.Actor] = []
    private var actorIDs = Set<String>()
    private(set) var arrangements: [String: ExplorerData.Arrangement] = [:]
    private(set) var ties: [String: ExplorerData.Tie] = [:]
    /// The arrangement kinds and evidence statuses of every drawing, for the filters.
    private(set) var kinds = Set<String>()
    private(set) var statuses = Set<EvidenceStatus>()
    private var sourceTitles: [String: String] = [:]
    /// The lines of the network as it is, which a scenario's drawing repeats only where they differ.
    private var baseLines: [String: ExplorerData.Line] = [:]
    /// The actors' panel sections in the network as it is, which a scenario's drawing repeats only where they differ.
    private var baseSections: [String: [ExplorerSection]] = [:]

    /// The figures each drawing reports (the report's scenario table, and the make-up of the network).
    static let figures: [Figure] = [.actors, .ties, .density, .components, .largestComponent, .isolates, .fragmentation,
                                    .distanceFragmentation, .averageDistance, .eiIndex, .singleChannelShare, .blocGaps]

    init(base: NetworkAnalysis, language: Language) {
        self.base = base
        lang = language
        sourceTitles = Dictionary(base.network.sources.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    }

    /// One drawing and its data.
    struct Drawn {
        let data: ExplorerData.View
        let svg: String
    }

    /// The rows of an actor's measures: the metrics of `redes analyze`'s table, then its structural-hole table.
    var metricColumns: [ExplorerData.Column] {
        metricChoices.map { ExplorerData.Column(id: $0.key, label: lang.label($0)) }
    }

    private var metricChoices: [ActorMeasure] {
        let metrics = base.metrics
        let shown = metrics.actorMetrics.filter {
            $0 != .component && $0 != .degreeCentrality && ($0 != .strength || metrics.options.weighted)
        }
        return shown.map(ActorMeasure.metric) + [.constraint, .effectiveSize, .hierarchy, .brokerage]
            + (base.fragmentationIfRemoved == nil ? [] : [.fragmentationIfRemoved])
    }

    /// The measures the size selector offers: those with a value for some actor.
    private var sizeChoices: [ActorMeasure] {
        let wanted: [ActorMeasure] = [.metric(.degree), .metric(.betweenness), .metric(.closeness), .metric(.harmonic),
                                      .metric(.eigenvector), .metric(.pagerank), .constraint, .effectiveSize, .brokerage]
        return wanted.filter { measure in base.values(of: measure).contains { $0?.isFinite == true } }
    }

    // MARK: One drawing

    mutating func view(id: String, name: String, diagram: NetworkDiagram, analysis: NetworkAnalysis,
                       before: NetworkAnalysis?) throws -> Drawn {
        let network = analysis.network
        register(network)
        if let before { register(before.network) }
        // The page shows its own tooltips (neighbours, channels with their evidence): Graphviz's are left out, and with
        // them the link wrapped around every node and line (a fifth of the SVG).
        var drawn = diagram
        for i in drawn.nodes.indices { drawn.nodes[i].attributes.removeAll { $0.name == "tooltip" } }
        for i in drawn.edges.indices { drawn.edges[i].attributes.removeAll { $0.name == "tooltip" } }
        let svg = try drawn.render(format: .svg)

        // Lines: read from the drawing, with the channels of the pair in the network it belongs to.
        var lines: [String: ExplorerData.Line] = [:]
        let now = PairIndex(analysis.actorGraph), then = before.map { PairIndex($0.actorGraph) }
        for edge in diagram.edges {
            guard let element = edge.attributes.first(where: { $0.name == "id" })?.value else { continue }
            let change = ExplorerBuilder.change(edge.attributes)
            let channels: [String]
            if edge.head.hasPrefix("g:") {
                channels = [ExplorerBuilder.arrangementKey(String(edge.head.dropFirst(2)))]
            } else {
                let index = change < 0 ? (then ?? now) : now
                channels = index.channels(String(edge.tail.dropFirst(2)), String(edge.head.dropFirst(2))).map(channelKey)
            }
            let line = ExplorerData.Line(ends: [ExplorerBuilder.element(edge.tail), ExplorerBuilder.element(edge.head)],
                                         channels: channels, change: change == 0 ? nil : change)
            if baseLines[element] != line { lines[element] = line }
        }
        if before == nil { baseLines = lines }

        // Actors drawn (a scenario's removed actors too), with this network's measures.
        let columns = metricChoices.map { analysis.values(of: $0) }
        var sizes: [[Double]] = []
        var sizeRows: [String: String] = [:]
        for measure in sizeChoices {
            let values = analysis.values(of: measure)
            let finite = values.compactMap { $0 }.filter(\.isFinite)
            guard let low = finite.min(), let high = finite.max() else {
                sizes.append(values.map { _ in 1 })
                continue
            }
            sizes.append(values.map { value in
                guard let value, value.isFinite else { return 1 }
                let share = high > low ? (value - low) / (high - low) : 1
                return ((1 + 2 * share).squareRoot() * 1000).rounded() / 1000
            })
            sizeRows[measure.key] = lang.text(.legendSize, lang.label(measure), lang.format(low), lang.format(high))
        }
        var arrangementsOf: [String: [String]] = [:], tiesOf: [String: [String]] = [:]
        for arrangement in network.arrangements {
            for member in arrangement.members { arrangementsOf[member, default: []].append(ExplorerBuilder.arrangementKey(arrangement.id)) }
        }
        for tie in network.ties {
            tiesOf[tie.source, default: []].append(ExplorerBuilder.tieKey(tie))
            if tie.target != tie.source { tiesOf[tie.target, default: []].append(ExplorerBuilder.tieKey(tie)) }
        }
        // The indicator board of this drawing, when the network or the one it is compared with declares indicators.
        let board = network.indicators.isEmpty && (before?.network.indicators.isEmpty ?? true)
            ? nil : ExplorerBoard(board: analysis.indicatorBoard(), lang: lang)
        var viewActors: [String: ExplorerData.ViewActor] = [:]
        for node in diagram.nodes where node.name.hasPrefix("a:") {
            let actorID = String(node.name.dropFirst(2))
            let change = ExplorerBuilder.change(node.attributes)
            guard let v = analysis.actorGraph.index(of: actorID) else {
                viewActors[actorID] = ExplorerData.ViewActor(metrics: [], sizes: [], arrangements: [], ties: [],
                                                             change: change == 0 ? nil : change, sections: nil)
                continue
            }
            let sections = board?.actor(v) ?? []
            if before == nil { baseSections[actorID] = sections }
            viewActors[actorID] = ExplorerData.ViewActor(
                metrics: zip(metricChoices, columns).map { measure, values in text(values[v], of: measure) },
                sizes: sizes.map { $0[v] },
                arrangements: arrangementsOf[actorID] ?? [], ties: tiesOf[actorID] ?? [], change: change == 0 ? nil : change,
                sections: sections == (before == nil ? [] : baseSections[actorID] ?? []) ? nil : sections)
        }

        // Figures: the value, or before, after and change.
        let added = now.pairs.subtracting(then?.pairs ?? now.pairs).count
        let removed = (then?.pairs ?? now.pairs).subtracting(now.pairs).count
        let figureHeaders: [String]
        let figureRows: [[String]]
        let summary: String
        if let before {
            figureHeaders = [lang.text(.measure), lang.text(.before), lang.text(.after), lang.text(.change)]
            let comparison = ScenarioComparison(before: before, after: analysis, scenarios: [id])
            figureRows = ExplorerBuilder.figures.map { figure in
                let change = comparison.change(of: figure)
                return [lang.label(figure), lang.format(figure, change.before), lang.format(figure, change.after),
                        lang.formatChange(figure, change.delta)]
            }
            summary = lang.text(.explorer(.viewSummary), String(added), String(removed))
        } else {
            figureHeaders = [lang.text(.measure), lang.text(.value)]
            figureRows = ExplorerBuilder.figures.map { [lang.label($0), lang.format($0, analysis.value(of: $0))] }
            summary = lang.text(.explorer(.viewBaseSummary), String(network.actors.count), String(now.pairs.count))
        }
        let data = ExplorerData.View(id: id, name: name, summary: summary, legend: ExplorerData.Legend(diagram.legend),
                                     sizeRows: sizeRows, figureHeaders: figureHeaders, figures: figureRows,
                                     actors: viewActors, lines: lines, addedPairs: added, removedPairs: removed,
                                     sections: board?.overview(before: before?.indicatorBoard(), scenario: name) ?? [])
        return Drawn(data: data, svg: String(decoding: SVGBytes.inlineBody(String(decoding: svg, as: UTF8.self)), as: UTF8.self))
    }

    /// A measure's value in words, as `redes analyze` prints it: counts and cut points as such, the rest with three
    /// decimals; "—" when undefined.
    private func text(_ value: Double?, of measure: ActorMeasure) -> String {
        guard let value, value.isFinite else { return "—" }
        switch measure {
        case .metric(.articulationPoint): return value != 0 ? lang.text(.yes) : lang.text(.explorer(.no))
        case .metric(.degree), .metric(.inDegree), .metric(.outDegree), .metric(.coreNumber), .metric(.component), .brokerage:
            return String(Int(value.rounded()))
        default: return lang.format(value)
        }
    }

    // MARK: Actors, arrangements and ties of every drawing

    private mutating func register(_ network: Network) {
        for actor in network.actors where actorIDs.insert(actor.id).inserted {
            var facts: [ExplorerData.Fact] = []
            if let full = actor.fullName { facts.append(.init(label: lang.text(.explorer(.fullName)), value: full)) }
            if let bloc = actor.bloc { facts.append(.init(label: lang.attributeName("bloc"), value: network.blocName(bloc))) }
            if !actor.territories.isEmpty {
                facts.append(.init(label: lang.attributeName("territory"),
                                   value: lang.list(actor.territories.map { network.territory($0)?.name ?? $0 })))
            }
            if let sector = actor.sector { facts.append(.init(label: lang.attributeName("sector"), value: sector)) }
            for name in actor.attributes.keys.sorted() {
                guard let value = actor.attributes[name] else { continue }
                facts.append(.init(label: name, value: words(value)))
            }
            actors.append(ExplorerData.Actor(
                id: actor.id, element: DiagramIdentifiers.actor(actor.id), name: actor.name, fullName: actor.fullName,
                bloc: actor.bloc ?? "", blocName: actor.bloc.map(network.blocName) ?? lang.text(.explorer(.noValue)), territories: actor.territories, sector: actor.sector ?? "", facts: facts,
                evidence: actor.evidence.map(evidence), sections: []))
        }
        for arrangement in network.arrangements where arrangements[ExplorerBuilder.arrangementKey(arrangement.id)] == nil {
            kinds.insert(arrangement.kind.rawValue)
            statuses.insert(arrangement.evidence.status)
            arrangements[ExplorerBuilder.arrangementKey(arrangement.id)] = ExplorerData.Arrangement(
                id: arrangement.id, element: DiagramIdentifiers.arrangement(arrangement.id), name: arrangement.name,
                kind: arrangement.kind.rawValue, kindLabel: lang.label(arrangement.kind), lead: arrangement.lead,
                evidence: evidence(arrangement.evidence))
        }
        for tie in network.ties where ties[ExplorerBuilder.tieKey(tie)] == nil {
            kinds.insert(ExplorerBuilder.directTieKind)
            statuses.insert(tie.evidence.status)
            ties[ExplorerBuilder.tieKey(tie)] = ExplorerData.Tie(
                source: tie.source, target: tie.target,
                label: "\(lang.text(.directTie)) (\(lang.label(tieKind: tie.kind)))", evidence: evidence(tie.evidence))
        }
    }

    private func evidence(_ evidence: Evidence) -> ExplorerData.Evidence {
        ExplorerData.Evidence(status: evidence.status.rawValue, label: lang.label(evidence.status), quote: evidence.quote,
                              source: evidence.source.map { sourceTitles[$0] ?? $0 }, reason: evidence.reason)
    }

    /// A free attribute's value in words: text as written, numbers with the language's decimal separator.
    private func words(_ value: AttributeValue) -> String {
        switch value {
        case .string(let text): return text
        case .number(let x): return lang == .es ? formatNumber(x).replacingOccurrences(of: ".", with: ",") : formatNumber(x)
        case .bool(let b): return b ? lang.text(.yes) : lang.text(.explorer(.no))
        }
    }

    /// What a scenario does to a node or a line, read from its classes in the drawing: +1 added, −1 removed, 0 kept.
    static func change(_ attributes: [NetworkDiagram.Attribute]) -> Int {
        let classes = (attributes.first { $0.name == "class" }?.value ?? "").split(separator: " ")
        return classes.contains("added") ? 1 : classes.contains("removed") ? -1 : 0
    }

    /// The filter value of a direct tie among the arrangement kinds.
    static let directTieKind = "tie"

    static func arrangementKey(_ id: String) -> String { "g:" + id }
    static func tieKey(_ tie: Redes.Tie) -> String { "t:" + tie.source + "|" + tie.target + "|" + tie.kind }

    /// The `<g>` id of a diagram node (`a:<actor>` or `g:<arrangement>`).
    static func element(_ node: String) -> String {
        node.hasPrefix("g:") ? DiagramIdentifiers.arrangement(String(node.dropFirst(2))) : DiagramIdentifiers.actor(String(node.dropFirst(2)))
    }

    private func channelKey(_ channel: ChannelRef) -> String {
        switch channel {
        case .arrangement(let id): return ExplorerBuilder.arrangementKey(id)
        case .tie(let tie): return ExplorerBuilder.tieKey(tie)
        }
    }

    // MARK: The page

    func data(title: String, views: [ExplorerData.View], options: ExplorerOptions) -> ExplorerData {
        var text = Dictionary(uniqueKeysWithValues: ExplorerWord.allCases.map { ($0.rawValue, lang.text(.explorer($0))) })
        text["andMore"] = lang.text(.andMoreElements)
        text["listAnd"] = lang.text(.listAnd)
        var withSections = actors
        for i in withSections.indices { withSections[i].sections = options.actorSections[withSections[i].id] ?? [] }
        return ExplorerData(language: lang.rawValue, title: title, text: text, actors: withSections, arrangements: arrangements,
                            ties: ties, metrics: metricColumns,
                            measures: sizeChoices.map { ExplorerData.Column(id: $0.key, label: lang.label($0)) },
                            views: views, overview: options.overviewSections)
    }

    /// The filter groups: bloc, territory and sector of the actors of every drawing; kind of channel and evidence
    /// of every arrangement and tie; each value with its words and how many actors (or channels) of the network as
    /// it is have it.
    func filters(views: [ExplorerData.View]) -> [ExplorerFilter] {
        let network = base.network
        let baseActors = actors.filter { base.actorGraph.index(of: $0.id) != nil }
        func group(_ id: String, _ title: String, _ values: [String], label: (String) -> String, count: (String) -> Int) -> ExplorerFilter {
            ExplorerFilter(id: id, title: title, options: values.map { .init(value: $0, label: $0.isEmpty ? lang.text(.explorer(.noValue)) : label($0), count: count($0)) })
        }
        func ordered(_ values: [String]) -> [String] {
            var seen = Set<String>()
            let distinct = values.filter { seen.insert($0).inserted }
            return distinct.filter { !$0.isEmpty } + (distinct.contains("") ? [""] : [])
        }
        let blocOrder = network.blocsInUse.map(\.id)
        let blocs = ordered(blocOrder.filter { bloc in actors.contains { $0.bloc == bloc } } + actors.map(\.bloc))
        let declared = network.territories.flatMap { territory in actors.flatMap(\.territories).filter { territory.isNamed($0) } }
        let territories = ordered(declared + actors.flatMap { $0.territories.isEmpty ? [""] : $0.territories })
        let sectors = ordered(actors.map(\.sector))
        var groups = [
            group("bloc", lang.attributeName("bloc"), blocs, label: { network.blocName($0) }, count: { v in baseActors.count { $0.bloc == v } }),
            group("territory", lang.attributeName("territory"), territories, label: { network.territory($0)?.name ?? $0 },
                  count: { v in baseActors.count { v.isEmpty ? $0.territories.isEmpty : $0.territories.contains(v) } }),
            group("sector", lang.attributeName("sector"), sectors, label: { $0 }, count: { v in baseActors.count { $0.sector == v } }),
        ]
        let channelKinds = ArrangementKind.allCases.map(\.rawValue).filter(kinds.contains) + (kinds.contains(ExplorerBuilder.directTieKind) ? [ExplorerBuilder.directTieKind] : [])
        groups.append(group("kind", lang.text(.explorer(.filterKind)), channelKinds,
                            label: { ArrangementKind(rawValue: $0).map(lang.label) ?? lang.text(.directTie) },
                            count: { kind in network.arrangements.count { $0.kind.rawValue == kind } + (kind == ExplorerBuilder.directTieKind ? network.ties.count : 0) }))
        groups.append(group("status", lang.text(.evidence), EvidenceStatus.shown(among: Array(statuses)).map(\.rawValue),
                            label: { EvidenceStatus(rawValue: $0).map(lang.label) ?? $0 },
                            count: { status in network.arrangements.count { $0.evidence.status.rawValue == status } + network.ties.count { $0.evidence.status.rawValue == status } }))
        // A group of one value filters nothing.
        return groups.filter { $0.options.count > 1 }
    }
}

/// A channel of a linked pair by the ids it names, so that a pair of a scenario's network and a pair of the
/// network as it is can be told apart by key.
enum ChannelRef: Hashable {
    case arrangement(String)
    case tie(Redes.Tie)
}

/// The linked pairs of an actor graph, by the ids of their ends, with their channels.
struct PairIndex {
    /// Unordered pairs ("a\u{0}b" with a ≤ b) in an undirected network; ordered arcs in a directed one.
    let pairs: Set<String>
    private let channelsByPair: [String: [ChannelRef]]
    private let directed: Bool

    init(_ projection: ActorGraph) {
        let g = projection.graph, network = projection.network
        directed = network.isDirected
        var channels: [String: [ChannelRef]] = [:]
        for e in 0..<g.edgeCount {
            let key = PairIndex.key(network.actors[Int(g.edgeSources[e])].id, network.actors[Int(g.edgeTargets[e])].id, directed: directed)
            channels[key] = projection.channels(ofEdge: e).map { channel in
                switch channel {
                case .arrangement(let a): return .arrangement(network.arrangements[a].id)
                case .tie(let t): return .tie(network.ties[t])
                }
            }
        }
        channelsByPair = channels
        pairs = Set(channels.keys)
    }

    func channels(_ a: String, _ b: String) -> [ChannelRef] { channelsByPair[PairIndex.key(a, b, directed: directed)] ?? [] }

    static func key(_ a: String, _ b: String, directed: Bool) -> String {
        directed || a <= b ? a + "\u{0}" + b : b + "\u{0}" + a
    }
}

/// A group of checkboxes of the page: an attribute of the actors or of the channels, and its values.
struct ExplorerFilter {
    struct Option {
        let value: String
        let label: String
        let count: Int
    }

    let id: String
    let title: String
    let options: [Option]
}
