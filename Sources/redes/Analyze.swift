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

    @Option(name: .customLong("missing-group"), help: ArgumentHelp(
        "Actors without a value for --group-by: pool, own-group or exclude.",
        discussion: "pool (default, as R sna): one group of all of them, shown as '—'. own-group: each is a group of its own. exclude: brokerage, E-I, mixing and modularity are computed on the actors that have a value. The diagnosis notes list them in every case."))
    var missingGroup: MissingGroup = .pool

    @Option(name: .customLong("key-players"), help: "Size of the key-player sets in the diagnosis.")
    var keyPlayers = 2

    @Option(help: "Permutations of the E-I significance test.")
    var permutations = 1000

    @Option(help: "Seed for the permutation test, Louvain, key-player restarts and --sample (results are reproducible).")
    var seed: UInt64 = 1

    @Option(help: "Estimate betweenness and DF from this many sampled sources (Brandes–Pich), for very large networks.")
    var sample: Int?

    @Option(help: ArgumentHelp(
        "How eigenvector centrality treats a disconnected network: leading or per-component.",
        discussion: "leading (default): the leading eigenvector of the whole network, as NetworkX and igraph compute it; it is 0 outside the component with the largest eigenvalue. per-component: each component's own leading eigenvector, normalised within the component (isolates get 0)."))
    var eigenvector: EigenvectorScope = .leading

    @Flag(name: .customLong("allow-slow"), help: "Run the analysis even when it is estimated to take more than ten minutes.")
    var allowSlow = false

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
        let network = try input.load(in: out.lang)
        var wanted = try parsedMetrics()
        if let sort, let metric = ActorMetric(rawValue: sort) { wanted?.insert(metric) }
        // The table always shows the diagnosis; JSON and CSV with --metrics show those metrics only.
        let content: AnalysisPresenter.Content = wanted == nil || out.format == .table ? .metricsAndDiagnosis : .metrics
        let needsPaths = content == .metricsAndDiagnosis || wanted!.contains { $0.needsAllPairs }
        let actorGraph = network.actorGraph()
        let lang = out.lang
        try checkCost(actorGraph.graph, shortestPaths: needsPaths, diagnosis: content == .metricsAndDiagnosis, in: lang)
        let analysis = NetworkAnalysis(actorGraph, options: AnalysisOptions(
            weighted: weighted, metrics: wanted,
            progress: network.actors.count >= 2_000 ? Progress.onTerminal(lang.text(.progressShortestPaths)) : nil,
            sampleSize: sample, seed: seed, groupBy: groupBy, keyPlayers: keyPlayers, permutations: permutations,
            eigenvectorScope: eigenvector, missingGroup: missingGroup))
        let presenter = AnalysisPresenter(analysis, content: content, scenario: input.scenario,
                                          sortBy: sort.flatMap(ActorMetric.init(rawValue:)), top: top)
        let bytes = presenter.renderedBytes(out.format, language: lang)
        Progress.finish()
        try emit(bytes: bytes, to: out.output, in: lang)
    }
}

extension Analyze {
    /// Warns when the analysis will take more than 30 s, and refuses (unless --allow-slow) when more than ten
    /// minutes, naming what costs: shortest paths from every actor (measured on a probe of 128 sources), or the pairs
    /// of contacts of each actor (a hub of 100,000 ties makes 10¹⁰).
    func checkCost(_ graph: Graph, shortestPaths: Bool, diagnosis: Bool, in lang: Language) throws {
        let paths = shortestPaths ? WorkEstimate.shortestPathSeconds(graph, weighted: weighted, sources: sample) : 0
        let wedges = WorkEstimate.wedgeSeconds(graph, diagnosis: diagnosis)
        let total = paths + wedges
        guard total > 30 else { return }
        func minutes(_ seconds: Double) -> String { String(max(1, Int((seconds / 60).rounded(.up)))) }
        var causes: [String] = []
        if paths > 30 {
            causes.append(lang.text(.costShortestPaths, String(min(sample ?? graph.nodeCount, graph.nodeCount)), minutes(paths)))
        }
        if wedges > 30 {
            let hub = (0..<graph.nodeCount).map { graph.degree(of: $0) }.max() ?? 0
            causes.append(lang.text(.costContactPairs, String(hub), minutes(wedges)))
        }
        let advice = (paths > 30 ? [lang.text(.allPairsAdvice)] : []) + (wedges > 30 ? [lang.text(.contactPairsAdvice)] : [])
        let cause = causes.joined(separator: lang.text(.listAnd))
        if total > 600 && !allowSlow {
            printError(lang.text(.analysisTooSlow, input.file, minutes(total), cause, advice.joined(separator: "; ")))
            throw ExitCode(1)
        }
        printError(lang.text(.analysisSlowWarning, minutes(total), cause, advice.joined(separator: "; ")))
    }
}

extension EigenvectorScope: ExpressibleByArgument {}
extension MissingGroup: ExpressibleByArgument {}
