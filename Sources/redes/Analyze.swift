import ArgumentParser
import Foundation
import Redes
import RedesPresentation

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse a network: its make-up (actors by bloc, arrangements, ties) and its metrics (centrality, cohesion, cut points).",
        discussion: """
            The table is for people (Spanish by default, --lang en) and always opens with the plain diagnosis; JSON has \
            stable, sorted keys for tools. With --metrics, JSON and CSV hold the make-up and those metrics only (and \
            only they are computed); without it, JSON holds every section of the diagnosis.
            """
    )

    @OptionGroup var input: InputOptions

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

    @Flag(help: "Print the time each step and each section of the analysis took (on standard error).")
    var verbose = false

    @OptionGroup var out: OutputOptions

    func validate() throws {
        _ = try parsedMetrics()
        if let sort, ActorMetric(rawValue: sort) == nil {
            throw ValidationError("unknown metric '\(sort)' for --sort; \(Self.metricHint(sort))")
        }
        if let top, top < 1 { throw ValidationError("--top takes a positive number") }
        if let sample, sample < 1 { throw ValidationError("--sample takes a positive number of sources") }
        if keyPlayers < 0 { throw ValidationError("--key-players takes 0 or more") }
        if permutations < 0 { throw ValidationError("--permutations takes 0 or more") }
    }

    static func metricHint(_ name: String) -> String {
        let names = ActorMetric.allCases.map(\.rawValue)
        let guess = closestMatch(to: name, in: names).map { "did you mean '\($0)'? " } ?? ""
        return "\(guess)use one of: \(names.joined(separator: ", "))"
    }

    private func parsedMetrics() throws -> Set<ActorMetric>? {
        guard let metrics else { return nil }
        var result = Set<ActorMetric>()
        for name in metrics.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let metric = ActorMetric(rawValue: name) else {
                throw ValidationError("unknown metric '\(name)'; \(Self.metricHint(name))")
            }
            result.insert(metric)
        }
        return result
    }

    func run() throws {
        var timings = Timings()
        let network = try input.load(in: out.lang)
        timings.lap(out.lang.text(.timingRead))
        var wanted = try parsedMetrics()
        if let sort, let metric = ActorMetric(rawValue: sort) { wanted?.insert(metric) }
        // The table always shows the diagnosis; JSON and CSV with --metrics show those metrics only.
        let content: AnalysisPresenter.Content = wanted == nil || out.format == .table ? .metricsAndDiagnosis : .metrics
        let needsPaths = content == .metricsAndDiagnosis || wanted!.contains { $0.needsAllPairs }
        let actorGraph = network.actorGraph()
        let lang = out.lang
        timings.lap(lang.text(.timingProjection))
        if needsPaths && sample == nil {
            let seconds = NetworkMetrics.estimatedAllPairsSeconds(actorGraph.graph)
            let minutes = Int((seconds / 60).rounded(.up))
            let actors = String(actorGraph.graph.nodeCount)
            if seconds > 600 && !allowSlow {
                printError(lang.text(.allPairsTooSlow, input.file, actors, String(minutes), lang.text(.allPairsAdvice)))
                throw ExitCode(1)
            }
            if seconds > 30 { printError(lang.text(.allPairsSlowWarning, actors, String(max(1, minutes)), lang.text(.allPairsAdvice))) }
        }
        let analysis = NetworkAnalysis(actorGraph, options: AnalysisOptions(
            weighted: weighted, metrics: wanted,
            progress: network.actors.count >= 2_000 ? Progress.onTerminal(lang.text(.progressShortestPaths)) : nil,
            sampleSize: sample, seed: seed, groupBy: groupBy, keyPlayers: keyPlayers, permutations: permutations))
        let presenter = AnalysisPresenter(analysis, content: content, scenario: input.scenario,
                                          sortBy: sort.flatMap(ActorMetric.init(rawValue:)), top: top)
        try out.emit(presenter)
        Progress.finish()
        if verbose {
            let output = lang.text(.timingOutput)
            timings.lap(output)
            printError(timings.lines(sections: analysis.timings, computedIn: output, language: lang).joined(separator: "\n"))
        }
    }
}
