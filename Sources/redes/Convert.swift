import ArgumentParser
import Foundation
import Redes
import RedesGraphviz
import RedesPresentation

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert between network formats: YAML, CSV, GraphML, GEXF, Pajek, UCINET DL, node-link JSON, DOT.",
        discussion: """
            The output format follows the extension (or --to). One-mode output is the actor graph: arrangements are \
            flattened (each tie keeps them in its `channels` attribute); --two-mode writes actors and arrangements \
            with their memberships. Anything the target format cannot hold is listed as a warning. CSV writes the \
            edge list and NAME.nodes.csv beside it. YAML is written with the canonical English words (`kind: \
            programa` is written `program`). GEXF carries Gephi's viz module: each node's colour (the bloc palette), \
            position and size from the layout `redes render` would draw (or --positions FILE). --with-metrics adds \
            every per-actor measure of `redes analyze` (degree… betweenness, constraint, brokerage) as node attributes.

            Examples:
              redes convert Networks/antofagasta-tp.yaml red.graphml
              redes convert edges.csv red.yaml --evidence documented --source acta
              redes convert red.yaml red.json --two-mode --lang en
              redes convert red.yaml red.gexf --with-metrics
            """
    )

    @OptionGroup var input: InputOptions

    @Argument(help: "The output file (.yaml, .csv, .graphml, .gexf, .net, .dl, .json, .dot).")
    var outputFile: String

    @Option(help: "The output format when the extension does not say it.")
    var to: Choice<ExchangeFormat>?

    @Flag(name: .customLong("two-mode"), help: "Write the two-mode (actor × arrangement) network.")
    var twoMode = false

    @Flag(name: .customLong("with-metrics"), help: "Add every per-actor measure (as `redes analyze` computes them) as node attributes (GEXF, GraphML, JSON, CSV, DOT).")
    var withMetrics = false

    @Option(help: "For GEXF: draw the nodes at the places of this positions file (written by `redes render --save-positions`).")
    var positions: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        guard let format = try to?.value(of: "--to", in: lang) ?? ExchangeFormat(fileName: outputFile) else {
            throw fail(outputFile, lang.text(.convertUnknownFormat), fix: lang.text(.convertUnknownFormatFix), in: lang)
        }
        if let failure = OutputFile.failure(writing: outputFile) {
            throw fail(OutputFile.WriteError(path: outputFile, failure: failure), in: lang)
        }
        if withMetrics && [.pajek, .dl, .yaml].contains(format) {
            throw fail(outputFile, lang.text(.withMetricsFormat, format.rawValue), fix: lang.text(.withMetricsFormatFix), in: lang)
        }
        if positions != nil && format != .gexf { throw fail(.needs(option: "--positions", other: "--to gexf"), in: lang) }
        let kept = try positions.map { try readPositions($0, in: lang) }
        let network = try input.load(in: lang)
        var graph = PortableGraph(network, twoMode: twoMode)
        let analysis = NetworkAnalysis(network)
        if withMetrics { graph = Self.adding(ActorMeasure.allCases, of: analysis, to: graph) }
        if format == .gexf { graph = try styled(graph, analysis: analysis, positions: kept, in: lang) }
        // A file of hundreds of megabytes takes minutes and as much memory: say so before writing it.
        let estimate = ExchangeWriter.estimatedBytes(graph, format: format)
        if estimate > Convert.largeOutput {
            printError(lang.warning(lang.text(.convertLargeOutput, lang.text(.formatName(format)), String(estimate / 1_000_000),
                                              String(graph.edges.count))))
        }
        let text: String
        do {
            text = try ExchangeWriter.text(graph, format: format, network: network)
        } catch {
            printError(lang.describe(error, file: outputFile))
            throw ExitCode(1)
        }
        for loss in format.losses(twoMode: twoMode) {
            printError(lang.warning(lang.text(.formatLoss(loss))))
        }
        try emit(text, to: outputFile, in: lang)
        if format == .csv {
            let nodes = URL(fileURLWithPath: outputFile).deletingPathExtension().path + ".nodes.csv"
            try emit(ExchangeWriter.nodeCSV(graph), to: nodes, in: lang)
        }
    }

    /// The graph with each measure of every actor as a node attribute named by its JSON key (`betweenness`,
    /// `constraint`…); a measure the analysis leaves undefined for an actor is left out for it.
    static func adding(_ measures: [ActorMeasure], of analysis: NetworkAnalysis, to graph: PortableGraph) -> PortableGraph {
        var result = graph
        let index = Dictionary(uniqueKeysWithValues: analysis.network.actors.enumerated().map { ($1.id, $0) })
        for measure in measures {
            let values = analysis.values(of: measure)
            for i in result.nodes.indices {
                guard let actor = index[result.nodes[i].id], result.nodes[i].value("type") != .string("arrangement"),
                      let value = values[actor], value.isFinite else { continue }
                result.nodes[i].attributes.append((measure.key, .number(value)))
            }
        }
        return result
    }

    /// The graph styled as `redes render` draws it: colours by bloc, places from `positions` or the default layout.
    func styled(_ graph: PortableGraph, analysis: NetworkAnalysis, positions: DiagramLayout?, in lang: Language) throws -> PortableGraph {
        let count = analysis.network.actors.count + (twoMode ? analysis.network.arrangements.count : 0)
        let layout = DiagramOptions.Layout.automatic(actors: analysis.network.actors.count, twoMode: twoMode, clusters: false)
        do throws(GraphvizError) {
            let diagram = try NetworkDiagram(analysis, options: DiagramOptions(layout: layout, twoMode: twoMode, language: lang,
                                                                               showsLegend: false))
            guard count <= NetworkDiagram.nodeLimit else {
                printError(lang.note(lang.text(.gexfWithoutLayout, String(count))))
                return graph.styled(by: diagram, layout: nil)
            }
            let layout: DiagramLayout
            if let positions { layout = positions } else { layout = try diagram.computeLayout() }
            return graph.styled(by: diagram, layout: layout)
        } catch {
            printError("\(outputFile): " + lang.describe(error))
            throw ExitCode(1)
        }
    }
}

extension Convert {
    /// The output size (bytes) from which convert warns before writing.
    static let largeOutput = 100_000_000
}

