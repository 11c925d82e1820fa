import ArgumentParser
import Foundation
import Redes
import RedesGraphviz
import RedesPresentation

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the network through the Graphviz library: SVG, PNG, PDF or DOT, with a legend.",
        discussion: """
            Colours follow the blocs (Okabe–Ito palette, the same bloc always the same colour), line styles the \
            evidence (documented solid, illustrative dashed, proposed dotted, no stated evidence thin); --edge-by kind \
            draws each channel kind with a colour of a second palette and a pattern of its own. With --scenario NAME \
            --diff the drawing shows what the scenario adds (thick black), removes (dashed grey) and leaves (light \
            grey); an arrangement of four or more members that it adds or joins is one node. --layout geo places each \
            actor at its territory (the `lat`/`lon` of the file's territories), region-wide actors in a band, \
            priority territories starred.

            Default layout: neato (overlaps removed) for a one-mode network of up to 60 actors, sfdp for a larger \
            one; fdp with --cluster-by (the boxes); neato with --two-mode. The seed is fixed (--seed 1), so two \
            renders of one file are the same; --save-positions writes where every actor stands and --positions draws \
            the next slide with the same places. --aspect, --width and --height fill a page: the nodes keep their \
            label size and spread over it, the key takes a band (--legend-position). Output is deterministic; text \
            widths follow DejaVu Sans (`redes doctor` shows the fonts).

            Examples:
              redes render red.yaml -o red.svg --aspect 16:9 --save-positions pos.json
              redes render red.yaml -o ego.png --focus secreduc --positions pos.json
              redes render red.yaml -o mapa.png --layout geo --lang en
              redes render red.yaml -o oscuro.png --aspect 4:3 --theme dark --edge-by tipo
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The output file; its extension picks the format (.svg, .png, .pdf, .dot).")
    var output: String

    @Option(help: "The output format, when the extension does not say it.")
    var format: Choice<DiagramFormat>?

    @Option(help: "Layout: neato, fdp, sfdp, dot, circo, twopi, or geo (actors at their territory). Default: by size and kind (see above; `redes doctor` states the rule).")
    var layout: Choice<DiagramOptions.Layout>?

    @Option(name: .customLong("color-by"), help: "Actor attribute for the fill colour (bloc, territory, sector or any attribute of the actors; 'none' for one colour). Default: bloc, when the actors have one.")
    var colorBy: String?

    @Option(name: .customLong("size-by"), help: "Per-actor measure for node area (degree, betweenness, pagerank, constraint, brokerage…, or the table's words: grado, intermediación…).")
    var sizeBy: String?

    @Option(name: .customLong("cluster-by"), help: "Actor attribute whose groups are drawn as boxes (bloc, territory, …).")
    var clusterBy: String?

    @Option(help: "Actors to emphasise: keyplayers[:K], cutpoints, brokers, or actor ids separated by commas.")
    var highlight: String?

    @Option(name: .customLong("edge-by"), help: "Edge encoding: status (line style by evidence), kind (colour and pattern by channel kind), weight (width).")
    var edgeBy: Choice<DiagramOptions.EdgeEncoding> = Choice(.status)

    @Flag(name: .customLong("two-mode"), help: "Draw actors and arrangements as two kinds of node joined by memberships.")
    var twoMode = false

    @Option(help: "Labels: short (display name) or full (long name).")
    var label: Choice<DiagramOptions.LabelMode> = Choice(.short)

    @Option(help: "Title at the top of the diagram (default: the network's name).")
    var title: String?

    @OptionGroup var language: LanguageOption

    @Flag(help: "With --scenario: draw the change from the network to the scenario.")
    var diff = false

    @Flag(help: "With --size-by: use tie strengths for the measure.")
    var weighted = false

    @Option(help: "Seed of the force-directed layouts.")
    var seed = 1

    @OptionGroup var slide: SlideOptions

    @Option(help: "Draw every actor at its place in this positions file (written by --save-positions); actors it lacks are placed near their neighbours.")
    var positions: String?

    @Option(name: .customLong("save-positions"), help: "Write where every actor is drawn to this JSON file (a versioned shape: format, version, canvas, actors with x, y, width, height in points).")
    var savePositions: String?

    @OptionGroup var focus: FocusOptions

    @Option(help: "Draw this second mapping (another file) beside the network, both at the places of one layout made for the two: what it gains thick and black, what it loses dashed grey.")
    var compare: String?

    /// Words of --highlight besides actor ids.
    enum HighlightWord: String, Vocabulary {
        case keyplayers, cutpoints, brokers
        var aliases: [String] {
            switch self {
            case .keyplayers: return ["actores clave", "key players"]
            case .cutpoints: return ["puntos de corte", "cut points"]
            case .brokers: return ["intermediarios"]
            }
        }
    }

    func run() throws {
        let lang = language.language
        if diff && input.scenario == nil { throw fail(.needs(option: "--diff", other: "--scenario"), in: lang) }
        if weighted && sizeBy == nil { throw fail(.needs(option: "--weighted", other: "--size-by"), in: lang) }
        for path in [output] + (savePositions.map { [$0] } ?? []) {
            if let failure = OutputFile.failure(writing: path) { throw fail(OutputFile.WriteError(path: path, failure: failure), in: lang) }
        }
        let format: DiagramFormat
        if let given = self.format {
            format = try given.value(of: "--format", in: lang)
        } else if let implied = DiagramFormat(fileName: output) {
            format = implied
        } else {
            printError("\(output): " + lang.describe(GraphvizError.unknownFormat(output, supported: DiagramFormat.allCases.map(\.rawValue))))
            throw ExitCode(1)
        }
        let chosenLayout = try layout?.value(of: "--layout", in: lang)
        let edgeBy = try self.edgeBy.value(of: "--edge-by", in: lang)
        let labels = try label.value(of: "--label", in: lang)
        let measure = try sizeBy.map { name -> ActorMeasure in
            guard let measure = ActorMeasure(word: name) else {
                throw fail(.unknownValue(option: "--size-by", value: name, suggestion: ActorMeasure.suggestion(for: name),
                                         accepted: lang.acceptedWords(ActorMeasure.allCases)), in: lang)
            }
            return measure
        }
        var look = try slide.look(format: format, in: lang)
        if chosenLayout == .geo && positions != nil { throw fail(.conflicts(option: "--layout geo", other: "--positions"), in: lang) }
        if clusterBy != nil && look.page == nil && positions == nil && chosenLayout != .geo {
            if look.legendPosition == .left || look.legendPosition == .right {
                throw fail(.conflicts(option: "--legend-position \(look.legendPosition.rawValue)", other: "--cluster-by"), in: lang)
            }
            if savePositions != nil { throw fail(.conflicts(option: "--save-positions", other: "--cluster-by"), in: lang) }
        }
        let network = try input.load(in: lang)
        if !twoMode { try refuseTooManyTies(network, in: lang) }
        // By bloc unless asked otherwise; a network without blocs (an edge list) is drawn in one colour.
        let colorAttribute: String?
        if let colorBy {
            colorAttribute = ["none", "ninguno"].contains(foldedWord(colorBy)) ? nil : try network.attribute(colorBy, for: "--color-by", in: lang)
        } else {
            colorAttribute = network.attribute(named: ActorAttribute.bloc.rawValue) == nil ? nil : ActorAttribute.bloc.rawValue
        }
        let clusterAttribute = try clusterBy.map { try network.attribute($0, for: "--cluster-by", in: lang) }
        let beforeNetwork = diff ? try input.load(applyingScenario: false, in: lang) : nil
        let highlightOption = try highlight.map { try parseHighlight($0, network: network, before: beforeNetwork, in: lang) } ?? .none
        let focusOption = try focus.focus(in: network, before: beforeNetwork, in: lang)
        let kept = try positions.map { try readPositions($0, in: lang) }
        if let kept, let path = positions { notePositions(kept, file: path, network: network, before: beforeNetwork, in: lang) }
        let layout = chosenLayout ?? .automatic(actors: network.actors.count, twoMode: twoMode, clusters: clusterAttribute != nil)
        // A map is drawn on a 16:9 page unless a page is asked for: its key goes on the right, as on any landscape page.
        if layout == .geo && look.page == nil && slide.legendPosition == nil { look.legendPosition = .right }
        let analysis = NetworkAnalysis(network, options: AnalysisOptions(weighted: weighted))
        if let compare {
            try renderComparison(network, analysis: analysis, with: compare, format: format, look: look, layout: layout,
                                 focused: focusOption != nil, options: DiagramOptions(
                                    layout: layout, colorBy: colorAttribute, sizeBy: measure, highlight: highlightOption, edgeBy: edgeBy,
                                    labels: labels, title: title, language: lang, weighted: weighted, seed: seed, positions: kept))
            return
        }
        let before = beforeNetwork.map { NetworkAnalysis($0, options: analysis.options) }
        var options = DiagramOptions(layout: layout, colorBy: colorAttribute, sizeBy: measure,
                                     clusterBy: clusterAttribute, highlight: highlightOption, edgeBy: edgeBy, twoMode: twoMode,
                                     labels: labels, title: title, language: lang, weighted: weighted, seed: seed, positions: kept)
        look.apply(to: &options)
        options.focus = focusOption?.focus
        options.context = focusOption?.context ?? .omit
        let fixed = options
        try write(format: format, in: lang) { () throws(GraphvizError) in try NetworkDiagram.composed(analysis, options: fixed, before: before) }
    }

    /// Makes the drawing, prints its notes, and writes it (and its positions with --save-positions), or prints why
    /// not in `lang` and exits with status 1.
    func write(format: DiagramFormat, in lang: Language, _ make: () throws(GraphvizError) -> NetworkDiagram) throws {
        do {
            let diagram = try make()
            for note in diagram.notes { printError(lang.note(note)) }
            let bytes = try diagram.render(format: format)
            try OutputFile.write(Data(bytes), to: output)
            if let savePositions, let placed = diagram.positions { try OutputFile.write(placed.encoded(), to: savePositions) }
        } catch let error as GraphvizError {
            printError("\(output): " + lang.describe(error))
            throw ExitCode(1)
        } catch let error as OutputFile.WriteError {
            throw fail(error, in: lang)
        }
    }

    /// Says which actors of a positions file this network lacks, and which actors the file lacks (placed near their
    /// neighbours): nothing is dropped or guessed in silence.
    func notePositions(_ layout: DiagramLayout, file: String, network: Network, before: Network?, in lang: Language) {
        let ids = network.actors.map(\.id) + (before?.actors.map(\.id) ?? [])
        let known = Set(ids)
        let unknown = layout.actors.keys.filter { !known.contains($0) }.sorted()
        var seen = Set<String>()
        let missing = ids.filter { layout.actors[$0] == nil && seen.insert($0).inserted }
        func some(_ list: [String]) -> String {
            list.count <= 8 ? lang.list(list) : lang.list(Array(list.prefix(8))) + " " + lang.text(.andMoreElements, String(list.count - 8))
        }
        if !unknown.isEmpty { printError(lang.note(lang.text(.positionsUnknownActors, file, String(unknown.count), some(unknown)))) }
        if !missing.isEmpty { printError(lang.note(lang.text(.positionsNewActors, file, String(missing.count), some(missing)))) }
    }

    /// `--highlight`: keyplayers[:K] (K a positive number below the number of actors), cutpoints, brokers, or actor
    /// ids — each checked, with a did-you-mean.
    func parseHighlight(_ text: String, network: Network, before: Network?, in lang: Language) throws -> DiagramOptions.Highlight {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        switch HighlightWord(word: parts.first ?? "") {
        case .keyplayers:
            guard parts.count == 2 else { return .keyPlayers(2) }
            guard let k = Int(parts[1]), k >= 1 else { throw fail(.keyPlayerCount(value: text), in: lang) }
            guard k < network.actors.count else {
                throw fail(input.file, lang.text(.kTooLarge, String(k), String(network.actors.count)), fix: lang.text(.kTooLargeFix), in: lang)
            }
            return .keyPlayers(k)
        case .cutpoints where parts.count == 1: return .cutPoints
        case .brokers where parts.count == 1: return .brokers
        default:
            let ids = commaSeparated(text)
            try network.checkActors(ids, for: "--highlight", alsoIn: before, in: lang)
            return .ids(ids)
        }
    }
}

extension Render {
    /// The most ties a one-mode diagram draws: Graphviz's sfdp took 96 s on 20,000 actors and 100,000 ties.
    static let tieLimit = 100_000

    /// Refuses, before the actor graph is built, a network whose arrangements project more than ``tieLimit`` ties
    /// (one arrangement of 3,030 members projects 4.6 million), suggesting the two-mode drawing.
    func refuseTooManyTies(_ network: Network, in lang: Language) throws {
        // The sum over arrangements (plus direct ties) bounds the ties from above; the largest arrangement's pairs,
        // all distinct, from below. Between the two, the actor graph says.
        guard WorkEstimate.projectedTies(network) > Render.tieLimit else { return }
        let largest = WorkEstimate.largestArrangement(network)
        let pairs = largest.map { $0.members.count * ($0.members.count - 1) / 2 } ?? 0
        let ties = pairs > Render.tieLimit ? pairs : network.actorGraph().graph.edgeCount
        guard ties > Render.tieLimit else { return }
        guard let largest, !network.arrangements.isEmpty else {
            throw fail(input.file, lang.text(.renderTooManyDirectTies, String(ties), String(Render.tieLimit)),
                       fix: lang.text(.diagramTooLargeFix), in: lang)
        }
        let memberships = network.arrangements.reduce(0) { $0 + $1.members.count }
        throw fail(input.file, lang.text(.renderTooManyTies, String(ties), largest.name, String(largest.members.count), String(Render.tieLimit)),
                   fix: lang.text(.renderTooManyTiesFix, String(memberships)), in: lang)
    }
}

