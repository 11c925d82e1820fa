import ArgumentParser
import Redes

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarise a network: actors by bloc, arrangements, ties, components, density, isolates.",
        discussion: "The table is for people (Spanish by default, --lang en); JSON has stable, sorted keys for tools."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @Option(help: "Language of the table: es or en.")
    var lang: Language = .es

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        let network = try input.load()
        let analysis = AnalysisOutput(summary: NetworkSummary(network), scenario: input.scenario)
        switch format {
        case .table: try emit(analysis.table(language: lang), to: output)
        case .json: try emit(analysis.json().rendered(), to: output)
        }
    }
}
