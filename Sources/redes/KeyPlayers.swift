import ArgumentParser
import Redes
import RedesPresentation

struct KeyPlayers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keyplayers",
        abstract: "Find the k actors whose removal most fragments the network (negative) or who reach most others (positive).",
        discussion: """
            Borgatti (2006). Exhaustive (the true optimum) whenever C(n, k) ≤ 10⁶ sets (DF: while the all-pairs cost \
            stays affordable); otherwise a greedy start plus swap optimisation with seeded random restarts. The output \
            says which, with the seed.
            """
    )

    enum Mode: String, ExpressibleByArgument, CaseIterable { case negative, positive }
    enum Measure: String, ExpressibleByArgument, CaseIterable { case F, DF }

    @OptionGroup var input: InputOptions

    @Option(help: "How many key players.")
    var k = 2

    @Option(help: "negative: removal maximises fragmentation; positive: the set reaches most others.")
    var mode: Mode = .negative

    @Option(help: "For negative mode: F (fragmentation) or DF (distance fragmentation).")
    var measure: Measure = .F

    @Option(help: "For positive mode: count the share reached within this many steps instead of distance-weighted reach.")
    var steps: Int?

    @Flag(help: "DF uses lengths 1/weight.")
    var weighted = false

    @Option(help: "Seed of the random restarts (heuristic search only).")
    var seed: UInt64 = 1

    @Option(help: "Random restarts of the heuristic search.")
    var restarts = 5

    @OptionGroup var cost: CostOptions

    @OptionGroup var out: OutputOptions

    func validate() throws {
        if k < 1 { throw ValidationError("--k takes a positive number") }
        if let steps, steps < 1 { throw ValidationError("--steps takes a positive number") }
    }

    func run() throws {
        // Reach and F count steps and reachability: weights would be ignored without a word (issue 22, item 3).
        if weighted && (mode == .positive || measure == .F) {
            throw fail(input.file, out.lang.text(.weightedKeyPlayers), fix: out.lang.text(.weightedKeyPlayersFix), in: out.lang)
        }
        let network = try input.load(in: out.lang)
        let graph = network.actorGraph().graph
        guard k < graph.nodeCount else {
            throw fail(input.file, out.lang.text(.kTooLarge, String(k), String(graph.nodeCount)), fix: out.lang.text(.kTooLargeFix), in: out.lang)
        }
        let objective: KeyPlayerSearch.Objective = mode == .positive ? (steps == nil ? .reach : .stepReach)
            : (measure == .F ? .fragmentation : .distanceFragmentation)
        let lang = out.lang
        cost.announce(KeyPlayerSearch.exhaustiveEstimate(graph, size: k, objective: objective), in: lang)
        let search = KeyPlayerSearch(graph, size: k, objective: objective, steps: steps ?? 2, weighted: weighted,
                                     seed: seed, restarts: restarts, budget: cost.budget(),
                                     progress: Progress.onTerminal(lang.text(.progressKeyPlayers)))
        Progress.finish()
        if case .boundedGreedySwap = search.method { cost.note(search.estimate, method: lang.method(search.method), in: lang) }
        let before: Double? = mode == .negative
            ? (measure == .F ? Fragmentation.reachability(graph) : Fragmentation(graph, weighted: weighted).distanceFragmentation)
            : nil
        try out.emit(KeyPlayerPresenter(search, network: network, mode: mode.rawValue, scoreBefore: before, steps: steps, seed: seed))
    }
}
