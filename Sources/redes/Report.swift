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
            Spanish by default (--lang en for English). The first page decides: findings, every scenario side by side \
            and what the numbers support; then the network at a glance, fragmentation, who connects whom, redundancy \
            and gaps, territories, each scenario on its own page (drawn on the same map), sensitivity, methods and \
            evidence. The HTML has inline CSS and SVG, no script and no external resource, and prints on A4 (page \
            numbers in the footer); the extension of -o picks the format (.html or .md).

            Examples:
              redes report Networks/antofagasta-tp.yaml -o informe.html
              redes report red.yaml -o report.html --lang en --scenario comite-regional-tp
              redes report red.yaml -o informe.md --group-by territorio
              redes report edges.csv --evidence documented --source acta -o informe.html
            """
    )

    @OptionGroup var input: NetworkFileOptions

    @Option(name: .shortAndLong, help: "The report file: .html (one self-contained file) or .md (Markdown plus SVG files beside it); .pdf is refused with how to print one.")
    var output: String

    @OptionGroup var language: LanguageOption

    @Option(help: "Scenarios to include (repeatable); by default every scenario of the file.")
    var scenario: [String] = []

    @OptionGroup var grouping: GroupingOption

    @Option(help: "Title of the report (default: the network's name).")
    var title: String?

    @Option(help: "Seed of the permutation test, random robustness and sensitivity runs.")
    var seed: UInt64 = 1

    @Flag(help: "Print how long each part of the report took (on standard error).")
    var verbose = false

    func run() throws {
        let lang = language.language
        // The extension decides the format: refused before any work.
        let format: ReportFormat
        do {
            format = try ReportFormat(fileName: output)
        } catch {
            printError("\(output): " + lang.describe(error))
            throw ExitCode(1)
        }
        if let failure = OutputFile.failure(writing: output) { throw fail(OutputFile.WriteError(path: output, failure: failure), in: lang) }
        let clock = ContinuousClock()
        let start = clock.now
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
        let writing = clock.now
        switch format {
        case .html:
            try emit(document.html(), to: output, in: lang)
        case .markdown:
            let base = URL(fileURLWithPath: output).deletingPathExtension().lastPathComponent
            let folder = URL(fileURLWithPath: output).deletingLastPathComponent()
            let (text, figures) = document.markdown(figurePrefix: base + "-")
            for figure in figures { try emit(figure.svg, to: folder.appendingPathComponent(figure.name).path, in: lang) }
            try emit(text, to: output, in: lang)
        }
        if verbose {
            func seconds(_ d: Duration) -> String { lang.format(Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18) }
            var lines = document.timings.map { lang.text(.timingLine, $0.label, lang.format($0.seconds)) }
            lines.append(lang.text(.timingLine, lang.text(.timingHTML), seconds(clock.now - writing)))
            lines.append(lang.text(.timingLine, lang.text(.total), seconds(clock.now - start)))
            printError(lines.joined(separator: "\n"))
        }
    }
}
