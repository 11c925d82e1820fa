import ArgumentParser
import Foundation
import Redes
import RedesExplore
import RedesGraphviz
import RedesPresentation

struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an interactive map: one self-contained HTML file that opens with a double click, offline.",
        discussion: """
            The drawing is the one `redes render` makes (same positions, colours and key), with every scenario drawn \
            on the same positions; the page searches actors (with or without accents), filters by bloc, territory, \
            sector, kind of channel and evidence, shows an actor's neighbours on hover and its measures, \
            arrangements and quotations on click, sizes actors by a measure, and saves or prints the current view \
            with its key. No network, no server, no external file: a Content Security Policy lets only the page's \
            own script run. Spanish by default (--lang en for English); the same input gives the same bytes.

            Examples:
              redes explore Networks/antofagasta-tp.yaml -o mapa.html
              redes explore red.yaml -o map.html --lang en --scenario comite-regional-tp
              redes explore edges.csv --nodes nodes.csv -o mapa.html
            """
    )

    @OptionGroup var input: NetworkFileOptions

    @Option(name: .shortAndLong, help: "The page: an .html file (or '-' for standard output).")
    var output: String

    @OptionGroup var language: LanguageOption

    @Option(help: "Scenarios the page can switch to (repeatable); by default every scenario of the file.")
    var scenario: [String] = []

    @Option(help: "Title of the page (default: the network's name).")
    var title: String?

    @Option(help: "Seed of the force-directed layout (the same as render's).")
    var seed = 1

    @Option(help: "Draw every actor at its place in this positions file (written by `redes render --save-positions`).")
    var positions: String?

    func run() throws {
        let lang = language.language
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        guard output == "-" || ext == "html" || ext == "htm" else {
            throw fail(output, lang.text(.exploreNotHTML, ext.isEmpty ? output : "." + ext), fix: lang.text(.exploreNotHTMLFix), in: lang)
        }
        if let failure = OutputFile.failure(writing: output), output != "-" {
            throw fail(OutputFile.WriteError(path: output, failure: failure), in: lang)
        }
        let kept = try positions.map { try readPositions($0, in: lang) }
        let network = try input.load(in: lang)
        let available = network.scenarios.map(\.id)
        for id in scenario where network.scenario(id) == nil {
            if available.isEmpty { throw fail(.needs(option: "--scenario", other: "scenarios:"), in: lang) }
            throw fail(.unknownValue(option: "--scenario", value: id, suggestion: closestMatch(to: id, in: available), accepted: available), in: lang)
        }
        let options = ExplorerOptions(language: lang, scenarios: scenario.isEmpty ? nil : scenario, title: title,
                                      sourceName: URL(fileURLWithPath: input.file).lastPathComponent, seed: seed, positions: kept)
        let page: ExplorerPage
        do {
            page = try ExplorerPage(network, options: options)
        } catch let error as ValidationIssue {
            printError(lang.describe(LoadError(file: input.file, path: error.path, problem: error.problem)))
            throw ExitCode(1)
        } catch let error as GraphvizError {
            printError("\(output): " + lang.describe(error))
            throw ExitCode(1)
        }
        for note in page.notes { printError(lang.note(note)) }
        let bytes = page.html.utf8.count
        if bytes > ExplorerPage.byteBudget {
            printError(lang.note(lang.text(.exploreOverBudget, output, lang.format(Double(bytes) / 1e6, decimals: 1),
                                           lang.format(Double(ExplorerPage.byteBudget) / 1e6, decimals: 0))))
        }
        try emit(page.html, to: output, in: lang)
    }
}
