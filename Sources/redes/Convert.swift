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

    func run() throws {
        guard let format = to ?? ExchangeFormat(fileName: outputFile) else {
            printError("\(outputFile): error: cannot tell the output format from the extension\n  fix: use .yaml, .csv, .graphml, .gexf, .net, .dl, .json or .dot, or pass --to")
            throw ExitCode(1)
        }
        let network = try input.load()
        for loss in format.losses(twoMode: twoMode) {
            printError("warning: \(loss)")
        }
        let graph = PortableGraph(network, twoMode: twoMode)
        try emit(ExchangeWriter.text(graph, format: format, network: network), to: outputFile)
        if format == .csv {
            let nodes = URL(fileURLWithPath: outputFile).deletingPathExtension().path + ".nodes.csv"
            try emit(ExchangeWriter.nodeCSV(graph), to: nodes)
        }
    }
}

extension ExchangeFormat: ExpressibleByArgument {}
