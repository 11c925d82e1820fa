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
            only they are computed); without it, JSON holds every section of the diagnosis. Metric names may be \
            written as the table shows them (grado, intermediación, cercanía…).

            Examples:
              redes analyze Networks/antofagasta-tp.yaml
              redes analyze red.yaml --lang en --sort betweenness --top 5
              redes analyze edges.csv --nodes nodes.csv --metrics grado,cercanía
              redes analyze red.yaml --scenario comite-regional-tp --format json
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

    @Option(help: "Show only the first N actors (table, CSV); without --sort, the N with the highest betweenness (the output says so).")
    var top: Int?

    @OptionGroup var grouping: GroupingOption

    @Option(name: .customLong("missing-group"), help: ArgumentHelp(
        "Actors without a value for --group-by: pool, own-group or exclude.",
        discussion: "pool (default, as R sna): one group of all of them, shown as '—'. own-group: each is a group of its own. exclude: brokerage, E-I, mixing and modularity are computed on the actors that have a value. The diagnosis notes list them in every case."))
    var missingGroup: Choice<MissingGroup> = Choice(.pool)

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
    var eigenvector: Choice<EigenvectorScope> = Choice(.leading)

    @Flag(name: .customLong("allow-slow"), help: "Run the analysis even when it is estimated to take more than ten minutes.")
    var allowSlow = false

    @Flag(help: "Print the time each step and each section of the analysis took (on standard error).")
    var verbose = false

    @OptionGroup var out: OutputOptions

    func validate() throws {
        let lang = out.lang
        _ = try parsedMetrics(in: lang)
        _ = try sort.map { try metric($0, for: "--sort", in: lang) }
        try check(top, "--top", .positive, in: lang)
        try check(sample, "--sample", .positive, in: lang)
        try check(keyPlayers, "--key-players", .zeroOrMore, in: lang)
        try check(permutations, "--permutations", .zeroOrMore, in: lang)
        _ = try eigenvector.value(of: "--eigenvector", in: lang)
        _ = try missingGroup.value(of: "--missing-group", in: lang)
    }

    /// The metric `name` names (`grado`, `betweenness`…), or a printed error with a did-you-mean.
    func metric(_ name: String, for option: String, in language: Language) throws -> ActorMetric {
        if let metric = ActorMetric(word: name) { return metric }
        throw fail(.unknownValue(option: option, value: name, suggestion: ActorMetric.suggestion(for: name),
                                 accepted: language.acceptedWords(ActorMetric.allCases.map(ActorMeasure.metric))), in: language)
    }

    private func parsedMetrics(in language: Language) throws -> Set<ActorMetric>? {
        guard let metrics else { return nil }
        return Set(try commaSeparated(metrics).map { try metric($0, for: "--metrics", in: language) })
    }

    func run() throws {
        let lang = out.lang
        var timings = Timings()
        let network = try input.load(in: lang)
        timings.lap(lang.text(.timingRead))
        let groupBy = try grouping.attribute(of: network, in: lang)
        var wanted = try parsedMetrics(in: lang)
        // --top without --sort takes the default measure, and says which (never the first N in file order).
        let sortBy = try sort.map { try metric($0, for: "--sort", in: lang) }
            ?? top.map { _ in AnalysisPresenter.defaultSort(among: wanted) }
        if let sortBy { wanted?.insert(sortBy) }
        if sort == nil, let top, let sortBy, out.outputFormat != .table {
            printError(lang.note(lang.text(.topWithoutSortNote, String(top), lang.header(sortBy))))
        }
        // The table always shows the diagnosis; JSON and CSV with --metrics show those metrics only.
        let content: AnalysisPresenter.Content = wanted == nil || out.outputFormat == .table ? .metricsAndDiagnosis : .metrics
        let needsPaths = content == .metricsAndDiagnosis || (wanted ?? []).contains { $0.needsAllPairs }
        let actorGraph = network.actorGraph()
        timings.lap(lang.text(.timingProjection))
        try checkCost(actorGraph.graph, shortestPaths: needsPaths, diagnosis: content == .metricsAndDiagnosis, in: lang)
        let analysis = NetworkAnalysis(actorGraph, options: AnalysisOptions(
            weighted: weighted, metrics: wanted,
            progress: network.actors.count >= 2_000 ? Progress.onTerminal(lang.text(.progressShortestPaths)) : nil,
            sampleSize: sample, seed: seed, groupBy: groupBy, keyPlayers: keyPlayers, permutations: permutations,
            eigenvectorScope: try eigenvector.value(of: "--eigenvector", in: lang),
            missingGroup: try missingGroup.value(of: "--missing-group", in: lang)))
        let presenter = AnalysisPresenter(analysis, content: content, scenario: input.scenario, sortBy: sortBy, top: top,
                                          sortIsDefault: sort == nil)
        try out.emit(presenter)
        Progress.finish()
        if verbose {
            let output = lang.text(.timingOutput)
            timings.lap(output)
            printError(timings.lines(sections: analysis.timings, computedIn: output, language: lang).joined(separator: "\n"))
        }
    }
}

/// The actor attribute that groups actors (brokerage roles, E-I, mixing, bloc gaps): shared by the commands that
/// group. Checked against the attributes the actors have; Spanish names (`bloque`, `territorio`) work too.
struct GroupingOption: ParsableArguments {
    @Option(name: .customLong("group-by"),
            help: "Actor attribute that groups actors for brokerage, E-I, mixing and bloc gaps (bloc, territory, sector or any attribute of the actors; default: bloc).")
    var groupBy: String?

    /// Whether `--group-by` was given.
    var isGiven: Bool { groupBy != nil }

    /// The attribute, checked against `network` when given (a printed error with a did-you-mean otherwise); `bloc`
    /// by default, which the analyses report as missing when no actor has one.
    func attribute(of network: Network, in language: Language) throws -> String {
        guard let groupBy else { return ActorAttribute.bloc.rawValue }
        return try network.attribute(groupBy, for: "--group-by", in: language)
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

