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
            edge list and NAME.nodes.csv beside it. YAML is written with the canonical English words (`kind: \
            programa` is written `program`).

            Examples:
              redes convert Networks/antofagasta-tp.yaml red.graphml
              redes convert edges.csv red.yaml --evidence documented --source acta
              redes convert red.yaml red.json --two-mode --lang en
            """
    )

    @OptionGroup var input: InputOptions

    @Argument(help: "The output file (.yaml, .csv, .graphml, .gexf, .net, .dl, .json, .dot).")
    var outputFile: String

    @Option(help: "The output format when the extension does not say it.")
    var to: Choice<ExchangeFormat>?

    @Flag(name: .customLong("two-mode"), help: "Write the two-mode (actor × arrangement) network.")
    var twoMode = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        guard let format = try to?.value(of: "--to", in: lang) ?? ExchangeFormat(fileName: outputFile) else {
            throw fail(outputFile, lang.text(.convertUnknownFormat), fix: lang.text(.convertUnknownFormatFix), in: lang)
        }
        if let failure = OutputFile.failure(writing: outputFile) {
            throw fail(OutputFile.WriteError(path: outputFile, failure: failure), in: lang)
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
