import ArgumentParser
import Foundation
import Redes
import RedesPresentation

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert between network formats: YAML, CSV, GraphML, GEXF, Pajek, UCINET DL, node-link JSON, DOT.",
        discussion: """
            The output format follows the extension (or --to). One-mode output is the actor graph: arrangements are \
            flattened (each tie keeps them in its `channels` attribute); --two-mode writes actors and arrangements \
            with their memberships. Anything the target format cannot hold is listed as a warning. CSV writes the \
            edge list and NAME.nodes.csv beside it.
            """
    )

    @OptionGroup var input: InputOptions

    @Argument(help: "The output file (.yaml, .csv, .graphml, .gexf, .net, .dl, .json, .dot).")
    var outputFile: String

    @Option(help: "The output format when the extension does not say it.")
    var to: ExchangeFormat?

    @Flag(name: .customLong("two-mode"), help: "Write the two-mode (actor × arrangement) network.")
    var twoMode = false

    @Option(help: "Language of the messages: es or en.")
    var lang: Language = .es

    func run() throws {
        guard let format = to ?? ExchangeFormat(fileName: outputFile) else {
            throw fail(outputFile, lang.text(.convertUnknownFormat), fix: lang.text(.convertUnknownFormatFix), in: lang)
        }
        let network = try input.load(in: lang)
        let graph = PortableGraph(network, twoMode: twoMode)
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
}

extension Convert {
    /// The output size (bytes) from which convert warns before writing.
    static let largeOutput = 100_000_000
}

extension ExchangeFormat: ExpressibleByArgument {}
