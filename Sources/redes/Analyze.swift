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


    @Option(help: ArgumentHelp("Per-actor metrics to compute, comma-separated (default: all).",
                               discussion: ActorMetric.allCases.map(\.rawValue).joined(separator: ", ")))
    var metrics: String?

    @Flag(help: "Read weights as tie strengths: path metrics use length 1/weight; strength, eigenvector, PageRank and clustering use the weight.")
    var weighted = false

    @Option(help: "Sort actors (table, CSV) by this metric, descending.")
    var sort: String?

    @Option(help: "Show only the first N actors (table, CSV).")
    var top: Int?

    @Option(name: .customLong("group-by"), help: "Actor attribute that groups actors for brokerage, E-I and mixing (bloc, territory, sector or any attribute).")
    var groupBy = "bloc"

    @Option(name: .customLong("key-players"), help: "Size of the key-player sets in the diagnosis.")
    var keyPlayers = 2

    @Option(help: "Permutations of the E-I significance test.")
    var permutations = 1000

    @Option(help: "Seed for the permutation test, Louvain, key-player restarts and --sample (results are reproducible).")
    var seed: UInt64 = 1

    @Option(help: "Estimate betweenness and DF from this many sampled sources (Brandes–Pich), for very large networks.")
    var sample: Int?

    @Flag(name: .customLong("allow-slow"), help: "Run all-pairs metrics even when they would take more than ten minutes.")
    var allowSlow = false

    @OptionGroup var out: OutputOptions
    var lang: Language { out.lang }
    var output: String? { out.output }

    func validate() throws {
        _ = try parsedMetrics()
        if let sort, ActorMetric(rawValue: sort) == nil {
            throw ValidationError("unknown metric '\(sort)' for --sort; use one of: \(ActorMetric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let top, top < 1 { throw ValidationError("--top takes a positive number") }
        if let sample, sample < 1 { throw ValidationError("--sample takes a positive number of sources") }
        if keyPlayers < 0 { throw ValidationError("--key-players takes 0 or more") }
        if permutations < 0 { throw ValidationError("--permutations takes 0 or more") }
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
        let graph = summary.actorGraph.graph
        let allPairs = wanted == nil || wanted!.contains { $0.needsAllPairs }
        let seconds = NetworkMetrics.estimatedAllPairsSeconds(graph)
        if allPairs && sample == nil && seconds > 30 {
            let minutes = Int((seconds / 60).rounded(.up))
            let advice = "use --sample 1000 (an estimate, Brandes–Pich) or --metrics without betweenness, closeness and harmonic"
            if seconds > 600 && !allowSlow {
                printError("\(input.file): error: shortest paths from all \(graph.nodeCount) actors would take about \(minutes) minutes\n  fix: \(advice), or pass --allow-slow")
                throw ExitCode(1)
            }
            printError("warning: shortest paths from all \(graph.nodeCount) actors take about \(max(1, minutes)) minute(s); \(advice)")
        }
        let metrics = NetworkMetrics(graph, options: MetricOptions(
            weighted: weighted, metrics: wanted,
            progress: network.actors.count >= 2_000 ? Progress.onTerminal("shortest paths") : nil,
            sampleSize: sample, seed: seed))
        Progress.finish()
        var analysis = AnalysisOutput(summary: summary, metrics: metrics, scenario: input.scenario)
        analysis.diagnosis = NetworkDiagnosis(summary.actorGraph, options: DiagnosisOptions(
            groupBy: groupBy, weighted: weighted, keyPlayers: keyPlayers, permutations: permutations, seed: seed,
            sampleSize: sample))
        analysis.sortBy = sort.flatMap(ActorMetric.init(rawValue:))
        analysis.top = top
        switch format {
        case .table: try emit(analysis.table(language: lang), to: output)
        case .json: try emit(analysis.json().rendered(), to: output)
        case .csv: try emit(analysis.csv(), to: output)
        }
    }
}
