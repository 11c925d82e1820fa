import ArgumentParser
import Foundation
import Redes
import RedesPresentation

struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "What a scenario changes: before, after and delta of fragmentation, cohesion and centralization, and the actors that move most.",
        discussion: """
            Several scenarios (named, or from --changes files) compose in the order given.

            Examples:
              redes scenario Networks/antofagasta-tp.yaml comite-regional-tp
              redes scenario red.yaml convenios-trianuales escalamiento-territorial
              redes scenario red.yaml --changes my-changes.yaml --format json
            """
    )

    @OptionGroup var source: NetworkFileOptions

    @Argument(help: "Scenarios of the file to apply, in order.")
    var names: [String] = []

    @Option(name: .customLong("changes"), help: "A YAML file of scenarios (a `scenarios:` list) to apply after the named ones; repeatable.")
    var changes: [String] = []

    @OptionGroup var grouping: GroupingOption

    @Flag(help: "Read weights as tie strengths.")
    var weighted = false

    @Option(help: "How many actors to list by betweenness change.")
    var top = 8

    @OptionGroup var out: OutputOptions

    func validate() throws {
        try check(top, "--top", .positive, in: out.lang)
    }

    func run() throws {
        let lang = out.lang
        let file = source.file
        let network = try source.load(in: lang)
        let groupBy = try grouping.attribute(of: network, in: lang)
        var scenarios: [Scenario] = []
        for name in names {
            guard let scenario = network.scenario(name) else {
                printError(lang.describe(LoadError(file: file, problem: .unknownScenario(name, available: network.scenarios.map(\.id)))))
                throw ExitCode(1)
            }
            scenarios.append(scenario)
        }
        for path in changes {
            do {
                scenarios += try YAMLNetworkReader.readScenarios(path: path, against: network)
            } catch {
                printError(lang.describe(error))
                throw ExitCode(1)
            }
        }
        guard !scenarios.isEmpty else { throw fail(.noScenario(available: network.scenarios.map(\.id)), in: lang) }
        let comparison: ScenarioComparison
        do {
            comparison = try ScenarioComparison(network, applying: scenarios, weighted: weighted, groupBy: groupBy)
        } catch {
            printError(lang.describe(LoadError(file: file, path: error.path, problem: error.problem)))
            throw ExitCode(1)
        }
        try out.emit(ScenarioPresenter(comparison, top: top, scenarioNames: scenarios.map(\.name)))
    }
}

struct Robustness: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "How the network holds together as actors leave: largest-component share and DF curves, and their areas.",
        discussion: """
            Targeted removal (betweenness, degree; --adaptive recomputes after each removal) or random failure averaged \
            over --runs with --seed.

            Examples:
              redes robustness Networks/antofagasta-tp.yaml
              redes robustness red.yaml --order degree --adaptive --lang en
              redes robustness red.yaml --order random --runs 500 --format csv
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Removal order: betweenness, degree or random.")
    var order: Choice<RobustnessAnalysis.Order> = Choice(.betweenness)

    @Flag(help: "Targeted orders: recompute the ranking after each removal.")
    var adaptive = false

    @Option(help: "Random order: number of runs averaged (default: 100).")
    var runs: Int?

    @Option(help: "Random order: seed (default: 1).")
    var seed: UInt64?

    @OptionGroup var cost: CostOptions

    @OptionGroup var out: OutputOptions

    func validate() throws {
        try check(runs, "--runs", .positive, in: out.lang)
    }

    func run() throws {
        let lang = out.lang
        let order = try self.order.value(of: "--order", in: lang)
        // Options of the other kind of order would be ignored without a word.
        if order == .random && adaptive { throw fail(.needs(option: "--adaptive", other: "--order betweenness"), in: lang) }
        if order != .random && runs != nil { throw fail(.needs(option: "--runs", other: "--order random"), in: lang) }
        if order != .random && seed != nil { throw fail(.needs(option: "--seed", other: "--order random"), in: lang) }
        let network = try input.load(in: lang)
        let graph = network.actorGraph().graph
        let plan = RobustnessAnalysis.plan(graph, order: order, adaptive: adaptive, runs: runs ?? 100, budget: cost.budget())
        cost.announce(plan.estimate, in: lang)
        cost.note(plan.estimate, method: lang.method(plan.method), in: lang)
        let analysis = RobustnessAnalysis(graph, order: order, adaptive: adaptive, runs: runs ?? 100, seed: seed ?? 1,
                                          budget: cost.budget(), progress: Progress.onTerminal(lang.text(.progressRobustness)))
        Progress.finish()
        try out.emit(RobustnessPresenter(analysis, network: network, runs: runs ?? 100, seed: seed ?? 1))
    }
}

struct Suggest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The k new ties that would most improve the network (DF, F, reach or E-I), each with its gain.",
        discussion: """
            k = 1 is exact (every unlinked pair is evaluated); k > 1 is greedy with the distances updated after each tie.

            Examples:
              redes suggest Networks/antofagasta-tp.yaml
              redes suggest red.yaml --k 5 --between publico,empresas --lang en
              redes suggest red.yaml --objective pairs-within --steps 2 --exclude cmf
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "How many new ties.")
    var k = 3

    @Option(help: "Objective: DF (distance fragmentation), F (fragmentation), pairs-within (ordered pairs within --steps steps), ei (E-I index).")
    var objective: Choice<TieSuggestions.Objective> = Choice(.distanceFragmentation)

    @Option(help: "For pairs-within: the number of steps (default: 2).")
    var steps: Int?

    @Option(help: "Only ties between these two groups, e.g. --between publico,empresas (groups by --group-by).")
    var between: String?

    @Option(help: "Actors (ids) that must not receive a new tie, comma-separated.")
    var exclude: String?

    @OptionGroup var grouping: GroupingOption

    @OptionGroup var cost: CostOptions

    @OptionGroup var out: OutputOptions

    func validate() throws {
        try check(k, "--k", .positive, in: out.lang)
        try check(steps, "--steps", .positive, in: out.lang)
    }

    func run() throws {
        let lang = out.lang
        let objective = try self.objective.value(of: "--objective", in: lang)
        if objective != .pairsWithinSteps && steps != nil {
            throw fail(.needs(option: "--steps", other: "--objective pairs-within"), in: lang)
        }
        if grouping.isGiven && between == nil && objective != .eiIndex {
            throw fail(.needs(option: "--group-by", other: "--between"), in: lang)
        }
        let network = try input.load(in: lang)
        let groupBy = try grouping.attribute(of: network, in: lang)
        let graph = network.actorGraph().graph
        let plan = TieSuggestions.plan(graph, count: k, budget: cost.budget(TieSuggestions.defaultBudget))
        // The search keeps all n² distances: refuse before allocating more than half the memory.
        let memory = Double(ProcessInfo.processInfo.physicalMemory)
        if plan.memoryBytes > memory / 2 {
            throw fail(input.file, lang.text(.suggestTooLarge, String(graph.nodeCount), lang.format(plan.memoryBytes / 1e9, decimals: 1),
                                             lang.format(memory / 1e9, decimals: 1)),
                       fix: lang.text(.suggestTooLargeFix), in: lang)
        }
        cost.announce(plan.estimate, in: lang)
        if let pool = plan.poolSize {
            cost.note(plan.estimate, method: lang.method(TieSuggestions.Method.restricted(candidates: pool, of: graph.nodeCount, rounds: k)), in: lang)
        }
        let partition = Partition(labels: network.actors.map { $0.value(of: groupBy) })
        let excluded = commaSeparated(exclude ?? "")
        try network.checkActors(excluded, for: "--exclude", in: lang)
        var pair: (String, String)?
        if let between {
            let parts = commaSeparated(between)
            guard parts.count == 2 else { throw fail(.twoGroups(option: "--between"), in: lang) }
            for part in parts where !partition.labels.contains(part) {
                throw fail(.unknownGroup(option: "--between", attribute: lang.attributeName(groupBy), value: part,
                                         suggestion: closestMatch(to: part, in: partition.labels), available: partition.labels), in: lang)
            }
            pair = (parts[0], parts[1])
        }
        let ids = network.actors.map(\.id)
        let excludedSet = Set(excluded)
        let nodeLabels = partition.nodeLabels
        let groupPair = pair
        let result = TieSuggestions(graph, count: k, objective: objective, steps: steps ?? 2, groups: partition.groupOfNode,
                                    budget: cost.budget(TieSuggestions.defaultBudget), allowed: { u, v in
            if excludedSet.contains(ids[u]) || excludedSet.contains(ids[v]) { return false }
            if let (a, b) = groupPair {
                return (nodeLabels[u] == a && nodeLabels[v] == b) || (nodeLabels[u] == b && nodeLabels[v] == a)
            }
            return true
        }, progress: Progress.onTerminal(lang.text(.progressSuggestions)))
        Progress.finish()
        try out.emit(SuggestionPresenter(result, network: network, steps: steps ?? 2))
    }
}

struct Sensitivity: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Which findings hold if illustrative ties are wrong or some ties are missing.",
        discussion: """
            Recomputes without illustrative arrangements and ties, and under random removal of --drop-rate of the \
            linked pairs (--runs, --seed). --missing-respondents instead removes the answers of survey respondents.

            Examples:
              redes sensitivity Networks/antofagasta-tp.yaml
              redes sensitivity red.yaml --drop-rate 0.2 --runs 500 --lang en
              redes sensitivity red.yaml --format json -o sensitivity.json
              redes sensitivity red-encuesta.yaml --missing-respondents --missing-share 0.3
            """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var missing: MissingRespondentOptions

    @Option(name: .customLong("drop-rate"), help: "Share of linked pairs removed at random in each run.")
    var dropRate = 0.1

    @Option(help: "Random runs.")
    var runs = 100

    @Option(help: "Seed of the random runs.")
    var seed: UInt64 = 1

    @OptionGroup var cost: CostOptions

    @OptionGroup var out: OutputOptions

    func validate() throws {
        try check(dropRate, "--drop-rate", .share, in: out.lang)
        try check(runs, "--runs", .zeroOrMore, in: out.lang)
    }

    func run() throws {
        if try missing.run(input: input, dropRate: dropRate, runs: runs, seed: seed, out: out) { return }
        let network = try input.load(in: out.lang)
        let lang = out.lang
        let plan = SensitivityAnalysis.plan(network.actorGraph().graph, runs: runs, seed: seed, budget: cost.budget())
        cost.announce(plan.estimate, in: lang)
        cost.note(plan.estimate, method: lang.method(plan.method), in: lang)
        let analysis = SensitivityAnalysis(network, dropRate: dropRate, runs: runs, seed: seed, budget: cost.budget(),
                                           progress: Progress.onTerminal(lang.text(.progressSensitivity)))
        Progress.finish()
        try out.emit(SensitivityPresenter(analysis, network: network, runs: runs, seed: seed))
    }
}
