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
        for loss in format.losses(twoMode: twoMode) {
            printError(lang.warning(lang.text(.formatLoss(loss))))
        }
        let graph = PortableGraph(network, twoMode: twoMode)
        try emit(ExchangeWriter.text(graph, format: format, network: network), to: outputFile, in: lang)
        if format == .csv {
            let nodes = URL(fileURLWithPath: outputFile).deletingPathExtension().path + ".nodes.csv"
            try emit(ExchangeWriter.nodeCSV(graph), to: nodes, in: lang)
        }
    }
}

extension ExchangeFormat: ExpressibleByArgument {}
