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
            says which, with the seed, and how many sets tie for the best score (the one shown is the first in file \
            order; JSON: tied_sets).

            Examples:
              redes keyplayers Networks/antofagasta-tp.yaml --k 3
              redes keyplayers red.yaml --k 2 --measure DF --weighted --lang en
              redes keyplayers red.yaml --mode positive --steps 2 --format json
            """
    )

    enum Mode: String, Vocabulary {
        case negative, positive
        var aliases: [String] { self == .negative ? ["negativo"] : ["positivo"] }
    }
    enum Measure: String, Vocabulary {
        case F, DF
        var aliases: [String] { self == .F ? ["fragmentation", "fragmentación"] : ["distance fragmentation", "fragmentación por distancia"] }
    }

    @OptionGroup var input: InputOptions

    @Option(help: "How many key players.")
    var k = 2

    @Option(help: "negative: removal maximises fragmentation; positive: the set reaches most others.")
    var mode: Choice<Mode> = Choice(.negative)

    @Option(help: "For negative mode: F (fragmentation, the default) or DF (distance fragmentation).")
    var measure: Choice<Measure>?

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
        let lang = out.lang
        try check(k, "--k", .positive, in: lang)
        try check(steps, "--steps", .positive, in: lang)
        try check(restarts, "--restarts", .zeroOrMore, in: lang)
    }

    func run() throws {
        let lang = out.lang
        let mode = try self.mode.value(of: "--mode", in: lang)
        let measure = try self.measure?.value(of: "--measure", in: lang)
        // Options of the other mode would be ignored without a word.
        if mode == .positive && measure != nil { throw fail(.needs(option: "--measure", other: "--mode negative"), in: lang) }
        if mode == .negative && steps != nil { throw fail(.needs(option: "--steps", other: "--mode positive"), in: lang) }
        // Reach and F count steps and reachability: weights would be ignored without a word (issue 22, item 3).
        if weighted && (mode == .positive || measure != .DF) {
            throw fail(input.file, lang.text(.weightedKeyPlayers), fix: lang.text(.weightedKeyPlayersFix), in: lang)
        }
        let network = try input.load(in: lang)
        let graph = network.actorGraph().graph
        guard k < graph.nodeCount else {
            throw fail(input.file, lang.text(.kTooLarge, String(k), String(graph.nodeCount)), fix: lang.text(.kTooLargeFix), in: lang)
        }
        let objective: KeyPlayerSearch.Objective = mode == .positive ? (steps == nil ? .reach : .stepReach)
            : (measure == .DF ? .distanceFragmentation : .fragmentation)
        cost.announce(KeyPlayerSearch.exhaustiveEstimate(graph, size: k, objective: objective), in: lang)
        let search = KeyPlayerSearch(graph, size: k, objective: objective, steps: steps ?? 2, weighted: weighted,
                                     seed: seed, restarts: restarts, budget: cost.budget(),
                                     progress: Progress.onTerminal(lang.text(.progressKeyPlayers)))
        Progress.finish()
        if case .boundedGreedySwap = search.method { cost.note(search.estimate, method: lang.method(search.method), in: lang) }
        let before: Double? = mode == .negative
            ? (measure == .DF ? Fragmentation(graph, weighted: weighted).distanceFragmentation : Fragmentation.reachability(graph))
            : nil
        try out.emit(KeyPlayerPresenter(search, network: network, mode: mode.rawValue, scoreBefore: before, steps: steps, seed: seed))
    }
}
