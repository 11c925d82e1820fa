import ArgumentParser
import Foundation
import Redes

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse a network: its make-up (actors by bloc, arrangements, ties) and its metrics (centrality, cohesion, cut points).",
        discussion: "The table is for people (Spanish by default, --lang en); JSON has stable, sorted keys for tools."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @Option(help: "Language of the table: es or en.")
    var lang: Language = .es

    @Option(help: ArgumentHelp("Per-actor metrics to compute, comma-separated (default: all).",
                               discussion: ActorMetric.allCases.map(\.rawValue).joined(separator: ", ")))
    var metrics: String?

    @Flag(help: "Read weights as tie strengths: path metrics use length 1/weight; strength, eigenvector, PageRank and clustering use the weight.")
    var weighted = false

    @Option(help: "Sort actors (table, CSV) by this metric, descending.")
    var sort: String?

    @Option(help: "Show only the first N actors (table, CSV).")
    var top: Int?

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output ('-' for standard output).")
    var output: String?

    func validate() throws {
        _ = try parsedMetrics()
        if let sort, ActorMetric(rawValue: sort) == nil {
            throw ValidationError("unknown metric '\(sort)' for --sort; use one of: \(ActorMetric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let top, top < 1 { throw ValidationError("--top takes a positive number") }
    }

    private func parsedMetrics() throws -> Set<ActorMetric>? {
        guard let metrics else { return nil }
        var result = Set<ActorMetric>()
        for name in metrics.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let metric = ActorMetric(rawValue: name) else {
                throw ValidationError("unknown metric '\(name)'; use one of: \(ActorMetric.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            result.insert(metric)
        }
        return result
    }

    func run() throws {
        let network = try input.load()
        let summary = NetworkSummary(network)
        var wanted = try parsedMetrics()
        if let sort, let metric = ActorMetric(rawValue: sort) { wanted?.insert(metric) }
        let metrics = NetworkMetrics(summary.actorGraph.graph, options: MetricOptions(
            weighted: weighted, metrics: wanted,
            progress: network.actors.count >= 2_000 ? Progress.onTerminal("shortest paths") : nil))
        Progress.finish()
        var analysis = AnalysisOutput(summary: summary, metrics: metrics, scenario: input.scenario)
        analysis.sortBy = sort.flatMap(ActorMetric.init(rawValue:))
        analysis.top = top
        switch format {
        case .table: try emit(analysis.table(language: lang), to: output)
        case .json: try emit(analysis.json().rendered(), to: output)
        case .csv: try emit(analysis.csv(), to: output)
        }
    }
}
