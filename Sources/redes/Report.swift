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

            Examples:
              redes report Networks/antofagasta-tp.yaml -o informe.html
              redes report red.yaml -o report.html --lang en --scenario comite-regional-tp
              redes report red.yaml -o informe.md --group-by territorio
              redes report edges.csv --evidence documented --source acta -o informe.html
            """
    )

    enum Format: String, Vocabulary {
        case html, md
        var aliases: [String] { self == .md ? ["markdown"] : [] }
    }

    @OptionGroup var input: NetworkFileOptions

    @Option(name: .shortAndLong, help: "The report file (.html, or .md with --format md).")
    var output: String

    @Option(help: "html (one self-contained file) or md (Markdown plus SVG files beside it); by default from the extension.")
    var format: Choice<Format>?

    @OptionGroup var language: LanguageOption

    @Option(help: "Scenarios to include (repeatable); by default every scenario of the file.")
    var scenario: [String] = []

    @OptionGroup var grouping: GroupingOption

    @Option(help: "Title of the report (default: the network's name).")
    var title: String?

    @Option(help: "Seed of the permutation test, random robustness and sensitivity runs.")
    var seed: UInt64 = 1

    func run() throws {
        let lang = language.language
        let format = try self.format?.value(of: "--format", in: lang) ?? (output.lowercased().hasSuffix(".md") ? .md : .html)
        if let failure = OutputFile.failure(writing: output) { throw fail(OutputFile.WriteError(path: output, failure: failure), in: lang) }
        let file = input.file
        let network = try input.load(in: lang)
        let options = ReportOptions(language: lang, scenarios: scenario.isEmpty ? nil : scenario, title: title,
                                    sourceName: URL(fileURLWithPath: file).lastPathComponent, seed: seed,
                                    groupBy: try grouping.attribute(of: network, in: lang))
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
