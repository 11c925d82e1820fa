import ArgumentParser
import Foundation
import Redes
import RedesPresentation
import RedesGraphviz
import RedesReport

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the committee report: one self-contained HTML file (or Markdown with SVG files beside it).",
        discussion: """
            Spanish by default (--lang en for English). Every section is built from the computed results: the network \
            at a glance, fragmentation, who connects whom, redundancy and gaps, scenarios, sensitivity, methods and \
            evidence. The HTML has inline CSS and SVG, no script and no external resource, and prints on A4.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, md }

    @Argument(help: "The network file.")
    var file: String

    @Option(name: .shortAndLong, help: "The report file (.html, or .md with --format md).")
    var output: String

    @Option(help: "html (one self-contained file) or md (Markdown plus SVG files beside it).")
    var format: Format?

    @Option(help: "Language: es or en.")
    var lang: Language = .es

    @Option(help: "Scenarios to include (repeatable); by default every scenario of the file.")
    var scenario: [String] = []

    @Option(help: "Title of the report (default: the network's name).")
    var title: String?

    @Option(help: "Seed of the permutation test, random robustness and sensitivity runs.")
    var seed: UInt64 = 1

    @Option(help: "For CSV edge lists: a CSV node list.")
    var nodes: String?

    @Flag(help: "For CSV edge lists: ties are arcs.")
    var directed = false

    func run() throws {
        var arguments = [file]
        if let nodes { arguments += ["--nodes", nodes] }
        if directed { arguments.append("--directed") }
        let network = try InputOptions.parse(arguments).load(in: lang)
        let format = format ?? (output.lowercased().hasSuffix(".md") ? .md : .html)
        let options = ReportOptions(language: lang, scenarios: scenario.isEmpty ? nil : scenario, title: title,
                                    sourceName: URL(fileURLWithPath: file).lastPathComponent, seed: seed)
        let document: ReportDocument
        do {
            document = try CommitteeReport.build(network, options: options)
        } catch let error as ValidationIssue {
            printError(lang.describe(LoadError(file: file, path: error.path, problem: error.problem)))
            throw ExitCode(1)
        } catch {
            printError("\(file): " + ((error as? GraphvizError).map(lang.describe) ?? "\(lang.text(.errorLabel)): \(error)"))
            throw ExitCode(1)
        }
        switch format {
        case .html:
            try emit(document.html(), to: output, in: lang)
        case .md:
            let base = URL(fileURLWithPath: output).deletingPathExtension().lastPathComponent
            let folder = URL(fileURLWithPath: output).deletingLastPathComponent()
            let (text, figures) = document.markdown(figurePrefix: base + "-")
            for figure in figures { try emit(figure.svg, to: folder.appendingPathComponent(figure.name).path, in: lang) }
            try emit(text, to: output, in: lang)
        }
    }
}
