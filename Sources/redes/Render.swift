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
            evidence (documented solid, illustrative dashed, proposed dotted). With --scenario NAME --diff the \
            drawing shows what the scenario adds (vermillion) and removes (faded). Output is deterministic; SVG text \
            widths depend on the installed font (DejaVu Sans).
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The output file; its extension picks the format (.svg, .png, .pdf, .dot).")
    var output: String

    @Option(help: "The output format, when the extension does not say: svg, png, pdf, dot.")
    var format: DiagramFormat?

    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi.")
    var layout: DiagramOptions.Layout = .neato

    @Option(name: .customLong("color-by"), help: "Actor attribute for the fill colour (bloc, territory, sector, …; 'none' for one colour).")
    var colorBy = "bloc"

    @Option(name: .customLong("size-by"), help: "Per-actor metric for node area (degree, betweenness, pagerank, constraint, brokerage, …).")
    var sizeBy: String?

    @Option(name: .customLong("cluster-by"), help: "Actor attribute whose groups are drawn as boxes (bloc, territory, …).")
    var clusterBy: String?

    @Option(help: "Actors to emphasise: keyplayers[:K], cutpoints, brokers, or ids separated by commas.")
    var highlight: String?

    @Option(name: .customLong("edge-by"), help: "Edge encoding: status (line style), kind (colour by channel), weight (width).")
    var edgeBy: DiagramOptions.EdgeEncoding = .status

    @Flag(name: .customLong("two-mode"), help: "Draw actors and arrangements as two kinds of node joined by memberships.")
    var twoMode = false

    @Option(help: "Labels: short (display name) or full (long name).")
    var label: DiagramOptions.LabelMode = .short

    @Option(help: "Title at the top of the diagram (default: the network's name).")
    var title: String?

    @Option(help: "Language of the legend: es or en.")
    var lang: Language = .es

    @Flag(help: "With --scenario: draw the change from the network to the scenario.")
    var diff = false

    @Flag(help: "Use tie strengths for --size-by metrics.")
    var weighted = false

    @Option(help: "Seed of the force-directed layouts.")
    var seed = 1

    func validate() throws {
        if diff && input.scenario == nil { throw ValidationError("--diff needs --scenario NAME") }
    }

    func run() throws {
        guard let format = format ?? DiagramFormat(fileName: output) else {
            printError("\(output): " + lang.describe(GraphvizError.unknownFormat(output, supported: DiagramFormat.allCases.map(\.rawValue))))
            throw ExitCode(1)
        }
        var measure: ActorMeasure?
        if let sizeBy {
            guard let parsed = ActorMeasure(key: sizeBy) else {
                let keys = ActorMeasure.allCases.map(\.key)
                throw fail(input.file, lang.text(.unknownOptionValue, "--size-by", sizeBy),
                           fix: lang.text(.useOneOf, (closestMatch(to: sizeBy, in: keys).map { [$0] } ?? keys).joined(separator: ", ")), in: lang)
            }
            measure = parsed
        }
        let network = try input.load(in: lang)
        if !twoMode { try refuseTooManyTies(network) }
        let analysis = NetworkAnalysis(network, options: AnalysisOptions(weighted: weighted))
        let before = diff ? NetworkAnalysis(try input.load(applyingScenario: false, in: lang), options: analysis.options) : nil
        var highlightOption = DiagramOptions.Highlight.none
        if let highlight {
            switch highlight {
            case "cutpoints": highlightOption = .cutPoints
            case "brokers": highlightOption = .brokers
            case _ where highlight.hasPrefix("keyplayers"):
                let k = highlight.split(separator: ":").dropFirst().first.flatMap { Int($0) } ?? 2
                highlightOption = .keyPlayers(k)
            default: highlightOption = .ids(highlight.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            }
        }
        let options = DiagramOptions(layout: layout, colorBy: colorBy == "none" ? nil : colorBy, sizeBy: measure,
                                     clusterBy: clusterBy, highlight: highlightOption, edgeBy: edgeBy, twoMode: twoMode,
                                     labels: label, title: title, language: lang, weighted: weighted, seed: seed)
        do {
            let diagram = try NetworkDiagram(analysis, options: options, before: before)
            for note in diagram.notes { printError(lang.note(note)) }
            let bytes = try diagram.render(format: format)
            try OutputFile.write(Data(bytes), to: output)
        } catch let error as GraphvizError {
            printError("\(output): " + lang.describe(error))
            throw ExitCode(1)
        } catch let error as OutputFile.WriteError {
            printError(lang.describe(error))
            throw ExitCode(1)
        }
    }
}

extension Render {
    /// The most ties a one-mode diagram draws: Graphviz's sfdp took 96 s on 20,000 actors and 100,000 ties.
    static let tieLimit = 100_000

    /// Refuses, before the actor graph is built, a network whose arrangements project more than ``tieLimit`` ties
    /// (one arrangement of 3,030 members projects 4.6 million), suggesting the two-mode drawing.
    func refuseTooManyTies(_ network: Network) throws {
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

extension DiagramFormat: ExpressibleByArgument {}
extension DiagramOptions.Layout: ExpressibleByArgument {}
extension DiagramOptions.EdgeEncoding: ExpressibleByArgument {}
extension DiagramOptions.LabelMode: ExpressibleByArgument {}
