import ArgumentParser
import Foundation
import Redes
import RedesPresentation

struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "What a scenario changes: before, after and delta of fragmentation, cohesion and centralization, and the actors that move most.",
        discussion: "Several scenarios (named, or from --changes files) compose in the order given."
    )

    @Argument(help: "The network file.")
    var file: String

    @Argument(help: "Scenarios of the file to apply, in order.")
    var names: [String] = []

    @Option(name: .customLong("changes"), help: "A YAML file of scenarios (a `scenarios:` list) to apply after the named ones; repeatable.")
    var changes: [String] = []


    @Option(name: .customLong("group-by"), help: "Actor attribute for E-I and bloc gaps.")
    var groupBy = "bloc"

    @Flag(help: "Read weights as tie strengths.")
    var weighted = false

    @Option(help: "How many actors to list by betweenness change.")
    var top = 8

    @OptionGroup var out: OutputOptions

    func run() throws {
        let input = try InputOptions.parse([file])
        let network = try input.load(in: out.lang)
        var scenarios: [Scenario] = []
        for name in names {
            guard let scenario = network.scenario(name) else {
                printError(out.lang.describe(LoadError(file: file, problem: .unknownScenario(name, available: network.scenarios.map(\.id)))))
                throw ExitCode(1)
            }
            scenarios.append(scenario)
        }
        for path in changes {
            do {
                scenarios += try YAMLNetworkReader.readScenarios(path: path, against: network)
            } catch {
                printError(out.lang.describe(error))
                throw ExitCode(1)
            }
        }
        guard !scenarios.isEmpty else {
            throw ValidationError("name a scenario of the file (\(network.scenarios.map(\.id).joined(separator: ", "))) or give --changes FILE")
        }
        let comparison: ScenarioComparison
        do {
            comparison = try ScenarioComparison(network, applying: scenarios, weighted: weighted, groupBy: groupBy)
        } catch {
            printError(out.lang.describe(LoadError(file: file, path: error.path, problem: error.problem)))
            throw ExitCode(1)
        }
        try out.emit(ScenarioPresenter(comparison, top: top))
    }
}

struct Robustness: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "How the network holds together as actors leave: largest-component share and DF curves, and their areas.",
        discussion: "Targeted removal (betweenness, degree; --adaptive recomputes after each removal) or random failure averaged over --runs with --seed."
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Removal order: betweenness, degree or random.")
    var order: RobustnessAnalysis.Order = .betweenness

    @Flag(help: "Targeted orders: recompute the ranking after each removal.")
    var adaptive = false

    @Option(help: "Random order: number of runs averaged.")
    var runs = 100

    @Option(help: "Random order: seed.")
    var seed: UInt64 = 1

    @OptionGroup var cost: CostOptions

    @OptionGroup var out: OutputOptions

    func run() throws {
        let network = try input.load(in: out.lang)
        let graph = network.actorGraph().graph
        let lang = out.lang
        let plan = RobustnessAnalysis.plan(graph, order: order, adaptive: adaptive, runs: runs, budget: cost.budget())
        cost.announce(plan.estimate, in: lang)
        cost.note(plan.estimate, method: lang.method(plan.method), in: lang)
        let analysis = RobustnessAnalysis(graph, order: order, adaptive: adaptive, runs: runs, seed: seed, budget: cost.budget(),
                                          progress: Progress.onTerminal(lang.text(.progressRobustness)))
        Progress.finish()
        try out.emit(RobustnessPresenter(analysis, network: network, runs: runs, seed: seed))
    }
}

struct Suggest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The k new ties that would most improve the network (DF, F, reach or E-I), each with its gain.",
        discussion: "k = 1 is exact (every unlinked pair is evaluated); k > 1 is greedy with the distances updated after each tie."
    )

    @OptionGroup var input: InputOptions

    @Option(help: "How many new ties.")
    var k = 3

    @Option(help: "Objective: DF (distance fragmentation), F (fragmentation), pairs-within (ordered pairs within --steps steps), ei (E-I index).")
    var objective: TieSuggestions.Objective = .distanceFragmentation

    @Option(help: "For pairs-within: the number of steps.")
    var steps = 2

    @Option(help: "Only ties between these two groups, e.g. --between publico,empresas (groups by --group-by).")
    var between: String?

    @Option(help: "Actors (ids) that must not receive a new tie, comma-separated.")
    var exclude: String?

    @Option(name: .customLong("group-by"), help: "Actor attribute for --between and the E-I objective.")
    var groupBy = "bloc"

    @OptionGroup var cost: CostOptions

    @OptionGroup var out: OutputOptions

    func validate() throws {
        if k < 1 { throw ValidationError("--k takes a positive number") }
    }

    func run() throws {
        let network = try input.load(in: out.lang)
        let graph = network.actorGraph().graph
        let lang = out.lang
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
        let labels = network.actors.map { $0.value(of: groupBy) }
        let partition = Partition(labels: labels)
        let excluded = Set((exclude ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
        for id in excluded where network.actor(id) == nil {
            throw fail(input.file, out.lang.text(.excludeNotAnActor, id),
                       fix: out.lang.text(.useOneOf, (closestMatch(to: id, in: network.actors.map(\.id)).map { [$0] } ?? network.actors.map(\.id)).joined(separator: ", ")),
                       in: out.lang)
        }
        var pair: (String, String)?
        if let between {
            let parts = between.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { throw ValidationError("--between takes two groups: --between A,B") }
            for part in parts where !partition.labels.contains(part) {
                throw fail(input.file, out.lang.text(.noActorInGroup, groupBy, part),
                           fix: out.lang.text(.useOneOf, partition.labels.joined(separator: ", ")), in: out.lang)
            }
            pair = (parts[0], parts[1])
        }
        let ids = network.actors.map(\.id)
        let nodeLabels = partition.nodeLabels
        let groupPair = pair
        let result = TieSuggestions(graph, count: k, objective: objective, steps: steps, groups: partition.groupOfNode,
                                    budget: cost.budget(TieSuggestions.defaultBudget), allowed: { u, v in
            if excluded.contains(ids[u]) || excluded.contains(ids[v]) { return false }
            if let (a, b) = groupPair {
                return (nodeLabels[u] == a && nodeLabels[v] == b) || (nodeLabels[u] == b && nodeLabels[v] == a)
            }
            return true
        }, progress: Progress.onTerminal(lang.text(.progressSuggestions)))
        Progress.finish()
        try out.emit(SuggestionPresenter(result, network: network))
    }
}

struct Sensitivity: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Which findings hold if illustrative ties are wrong or some ties are missing.",
        discussion: "Recomputes without illustrative arrangements and ties, and under random removal of --drop-rate of the linked pairs (--runs, --seed)."
    )

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("drop-rate"), help: "Share of linked pairs removed at random in each run.")
    var dropRate = 0.1

    @Option(help: "Random runs.")
    var runs = 100

    @Option(help: "Seed of the random runs.")
    var seed: UInt64 = 1

    @OptionGroup var cost: CostOptions

    @OptionGroup var out: OutputOptions

    func validate() throws {
        if !(0...1).contains(dropRate) { throw ValidationError("--drop-rate takes a share between 0 and 1") }
        if runs < 0 { throw ValidationError("--runs takes 0 or more") }
    }

    func run() throws {
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

extension RobustnessAnalysis.Order: ExpressibleByArgument {}
extension TieSuggestions.Objective: ExpressibleByArgument {}
