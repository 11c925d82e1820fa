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
            evidence (documented solid, illustrative dashed, proposed dotted, no stated evidence thin). With --scenario \
            NAME --diff the drawing shows what the scenario adds (thick black), removes (dashed grey) and leaves \
            (light grey); an arrangement of four or more members that it adds or joins is one node. Output is \
            deterministic; SVG text widths depend on the installed font (DejaVu Sans; `redes doctor` shows it).

            Examples:
              redes render Networks/antofagasta-tp.yaml -o red.svg --highlight keyplayers
              redes render red.yaml -o red.png --size-by intermediación --lang en
              redes render red.yaml -o red.pdf --cluster-by territorio --layout fdp
              redes render red.yaml -o comite.svg --scenario comite-regional-tp --diff
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The output file; its extension picks the format (.svg, .png, .pdf, .dot).")
    var output: String

    @Option(help: "The output format, when the extension does not say it.")
    var format: Choice<DiagramFormat>?

    @Option(help: "Layout engine.")
    var layout: Choice<DiagramOptions.Layout> = Choice(.neato)

    @Option(name: .customLong("color-by"), help: "Actor attribute for the fill colour (bloc, territory, sector or any attribute of the actors; 'none' for one colour).")
    var colorBy = "bloc"

    @Option(name: .customLong("size-by"), help: "Per-actor measure for node area (degree, betweenness, pagerank, constraint, brokerage…, or the table's words: grado, intermediación…).")
    var sizeBy: String?

    @Option(name: .customLong("cluster-by"), help: "Actor attribute whose groups are drawn as boxes (bloc, territory, …).")
    var clusterBy: String?

    @Option(help: "Actors to emphasise: keyplayers[:K], cutpoints, brokers, or actor ids separated by commas.")
    var highlight: String?

    @Option(name: .customLong("edge-by"), help: "Edge encoding: status (line style), kind (colour by channel), weight (width).")
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
        if let failure = OutputFile.failure(writing: output) { throw fail(OutputFile.WriteError(path: output, failure: failure), in: lang) }
        let format: DiagramFormat
        if let given = self.format {
            format = try given.value(of: "--format", in: lang)
        } else if let implied = DiagramFormat(fileName: output) {
            format = implied
        } else {
            printError("\(output): " + lang.describe(GraphvizError.unknownFormat(output, supported: DiagramFormat.allCases.map(\.rawValue))))
            throw ExitCode(1)
        }
        let layout = try self.layout.value(of: "--layout", in: lang)
        let edgeBy = try self.edgeBy.value(of: "--edge-by", in: lang)
        let labels = try label.value(of: "--label", in: lang)
        let measure = try sizeBy.map { name -> ActorMeasure in
            guard let measure = ActorMeasure(word: name) else {
                throw fail(.unknownValue(option: "--size-by", value: name, suggestion: ActorMeasure.suggestion(for: name),
                                         accepted: lang.acceptedWords(ActorMeasure.allCases)), in: lang)
            }
            return measure
        }
        let network = try input.load(in: lang)
        let colorAttribute = ["none", "ninguno"].contains(foldedWord(colorBy)) ? nil
            : try network.attribute(colorBy, for: "--color-by", in: lang)
        let clusterAttribute = try clusterBy.map { try network.attribute($0, for: "--cluster-by", in: lang) }
        let beforeNetwork = diff ? try input.load(applyingScenario: false, in: lang) : nil
        let highlightOption = try highlight.map { try parseHighlight($0, network: network, before: beforeNetwork, in: lang) } ?? .none
        let analysis = NetworkAnalysis(network, options: AnalysisOptions(weighted: weighted))
        let before = beforeNetwork.map { NetworkAnalysis($0, options: analysis.options) }
        let options = DiagramOptions(layout: layout, colorBy: colorAttribute, sizeBy: measure,
                                     clusterBy: clusterAttribute, highlight: highlightOption, edgeBy: edgeBy, twoMode: twoMode,
                                     labels: labels, title: title, language: lang, weighted: weighted, seed: seed)
        do {
            let diagram = try NetworkDiagram(analysis, options: options, before: before)
            for note in diagram.notes { printError(lang.note(note)) }
            let bytes = try diagram.render(format: format)
            try OutputFile.write(Data(bytes), to: output)
        } catch let error as GraphvizError {
            printError("\(output): " + lang.describe(error))
            throw ExitCode(1)
        } catch let error as OutputFile.WriteError {
            throw fail(error, in: lang)
        }
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
