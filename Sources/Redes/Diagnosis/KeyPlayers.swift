/// Key-player sets (Borgatti 2006, "Identifying sets of key players in a social network", Computational and
/// Mathematical Organization Theory 12(1): 21–34).
///
/// **KPP-Neg** finds the k actors whose removal most fragments the network: maximise F (``Fragmentation``) or DF of
/// the graph without them (on n − k nodes). **KPP-Pos** finds the k actors that reach most others: maximise the
/// distance-weighted reach DR = (1/n) [k + Σ_{j∉K} 1/d_Kj], d_Kj the distance from the nearest member of K to j
/// (members count 1, so DR = 1 when every outsider is adjacent to K; Borgatti 2006), or the m-reach: the share of the
/// n − k outsiders within m steps of a member (Borgatti 2006, eq. 13, as a fraction of the outsiders).
///
/// **Search.** Exhaustive whenever it is affordable — C(n, k) ≤ 10⁶ sets and C(n, k)·(n + m) ≤ 2·10⁸ steps for F and
/// the reach measures, C(n, k)·n·(n + m) ≤ 5·10⁹ for DF, whose score needs all-pairs distances (and within the
/// budget), or always with an unlimited budget — so the set is the
/// true optimum (for the networks Redes is made for, n ≤ 300 and k ≤ 3, always). Otherwise
/// Borgatti's heuristic: a greedy start (add the best actor one at a time), then swaps of a member for a non-member
/// while the score improves, repeated from `restarts` random starts drawn with `seed`; the best set is kept. Ties in
/// the score are broken by the lexicographically smallest list of node positions, so results are stable.
/// **Cost bound.** The heuristic's cost is estimated first (``estimate``): about (1 + 2·(1 + restarts))·k·c scores for
/// c candidate actors. Above `budget` steps only the c actors of highest degree are candidates (ties by position),
/// and DF is estimated from sampled sources (Brandes & Pich 2007) when even 50 candidates would cost too much;
/// ``Method/boundedGreedySwap(candidates:of:sources:seed:restarts:)`` says so. Candidates are scored in parallel in
/// fixed blocks, and the first improving swap in the sequential order is taken, so results do not depend on the
/// number of threads.
public struct KeyPlayerSearch: Sendable {
    public enum Objective: String, Sendable, CaseIterable {
        /// Maximise fragmentation F after removal.
        case fragmentation = "F"
        /// Maximise distance fragmentation DF after removal.
        case distanceFragmentation = "DF"
        /// Maximise distance-weighted reach DR.
        case reach
        /// Maximise the share reached within `steps` steps.
        case stepReach = "mreach"

        public var isNegative: Bool { self == .fragmentation || self == .distanceFragmentation }
    }

    public enum Method: Sendable, Equatable {
        case exhaustive(setsEvaluated: Int)
        case greedySwap(seed: UInt64, restarts: Int)
        /// The heuristic bounded in cost: only the `candidates` actors of highest degree (of `of`) were candidates,
        /// and DF was estimated from `sources` sampled sources (nil: every source).
        case boundedGreedySwap(candidates: Int, of: Int, sources: Int?, seed: UInt64, restarts: Int)

        /// Whether the set is a proven optimum.
        public var isExhaustive: Bool { if case .exhaustive = self { return true } else { return false } }
    }

    public let objective: Objective
    /// The number of actors asked for (k).
    public let size: Int
    /// The chosen nodes, ascending; empty when the score is undefined.
    public let members: [Int]
    /// The score of the set; NaN when undefined (see ``isDefined``).
    public let score: Double
    public let method: Method
    /// How many sets reach ``score`` (within 10⁻¹²), counted during the search: with an exhaustive search, every
    /// optimal set; with the heuristic, the distinct best sets its starts ended on (a lower bound). When it is more
    /// than 1, ``members`` is the first of them in file order and the others are as good.
    public let tiedSets: Int

    /// Whether the score is defined. F and DF are shares of the ordered pairs of the n − k actors left: with fewer
    /// than two left there are none, so no set scores better than another, and no set is reported (an "improvement"
    /// from F = 1 to 0 would be an artefact).
    public var isDefined: Bool { !score.isNaN }
    /// The cost of the exhaustive search and of the method chosen.
    public let estimate: CostEstimate

    /// Searches the key-player set of `size` actors.
    ///
    /// - Parameters:
    ///   - graph: the graph.
    ///   - k: the size of the set.
    ///   - objective: what the set maximises.
    ///   - steps: the steps of m-reach.
    ///   - weighted: DF with lengths 1/weight.
    ///   - seed: the seed of the random restarts (and of the sampled sources of a bounded DF).
    ///   - restarts: random restarts of the heuristic.
    ///   - budget: the steps the search may take before it is bounded (``CostEstimate/defaultBudget``); `.infinity`
    ///     forces the exhaustive search, whatever it costs.
    ///   - progress: called from any thread with the fraction of the estimated work done.
    /// - Complexity: see ``estimate``; O(n + m) memory per parallel score.
    public init(_ graph: Graph, size k: Int, objective: Objective, steps: Int = 2, weighted: Bool = false,
                seed: UInt64 = 1, restarts: Int = 5, budget: Double = CostEstimate.defaultBudget,
                progress: (@Sendable (Double) -> Void)? = nil) {
        self.objective = objective
        let n = graph.nodeCount
        let k = max(0, min(k, n))
        self.size = k
        if objective.isNegative && n - k < 2 {
            members = []; score = .nan; method = .exhaustive(setsEvaluated: 0); tiedSets = 0
            estimate = CostEstimate(fullSteps: 0)
            return
        }
        let scorer = Scorer(graph: graph, objective: objective, steps: steps, weighted: weighted)
        let sets = KeyPlayerSearch.binomial(n, k)
        // Exhaustive while the work stays small: at most 10⁶ sets, and about 2·10⁸ elementary steps in all
        // (each set costs O(n + m), or O(n·(n + m)) for DF); always when the budget is unlimited.
        let perSet = Double(n + graph.edgeCount) * (objective == .distanceFragmentation ? Double(n) : 1)
        let cost = sets * perSet
        let affordable = sets <= 1e6 ? (objective == .distanceFragmentation ? 5e9 : 2e8) : 0
        if cost <= min(affordable, budget) || budget == .infinity {
            estimate = CostEstimate(fullSteps: cost)
            let counter = progress.map { ProgressCounter(total: Int(min(sets, 1e9)), report: $0) }
            guard k > 0 else {
                members = []; score = scorer.score([]); method = .exhaustive(setsEvaluated: 1); tiedSets = 1
                return
            }
            // The sets in lexicographic order, in fixed chunks of first members scanned in parallel; each chunk keeps
            // its first best set and how many sets tie with it, and the chunks are read in order (a later one wins only
            // if better by 1e-12; the ties of every chunk whose best is within 1e-12 of the best are counted).
            let firsts = n - k + 1
            let chunkCount = min(64, max(1, firsts))
            let bests = SharedBuffer<(set: [Int], score: Double, ties: Int)?>(repeating: nil, count: chunkCount)
            let counts = SharedBuffer<Int>(repeating: 0, count: chunkCount)
            forEachChunk(of: firsts, count: chunkCount) { chunk, range in
                var best: (set: [Int], score: Double, ties: Int)?
                var evaluated = 0
                for first in range {
                    var current = Array(first..<(first + k))
                    repeat {
                        let s = scorer.score(current)
                        evaluated += 1
                        if evaluated % 1024 == 0 { counter?.advance(by: 1024) }
                        if let known = best, s <= known.score + 1e-12 {
                            if s >= known.score - 1e-12 { best?.ties += 1 }
                        } else {
                            best = (current, s, 1)
                        }
                    } while KeyPlayerSearch.advance(&current, n: n) && current[0] == first
                }
                bests[chunk] = best
                counts[chunk] = evaluated
            }
            var best: (set: [Int], score: Double, ties: Int)?
            for chunk in 0..<chunkCount {
                if let candidate = bests[chunk], best.map({ candidate.score > $0.score + 1e-12 }) ?? true { best = candidate }
            }
            members = best?.set ?? []; score = best?.score ?? 0
            tiedSets = best.map { best in
                (0..<chunkCount).compactMap { bests[$0] }.filter { abs($0.score - best.score) <= 1e-12 }.reduce(0) { $0 + $1.ties }
            } ?? 0
            method = .exhaustive(setsEvaluated: counts.array.reduce(0, +))
            return
        }
        // The heuristic: about (1 + 2·(1 + restarts))·k·c scores (the greedy start, then about two passes of swaps per
        // start) for c candidates.
        let scoresPerCandidate = Double(1 + 2 * (1 + restarts)) * Double(k)
        var candidates = Array(0..<n)
        var sampled: Int?
        var chosenPerSet = perSet
        var bounded = false
        if scoresPerCandidate * Double(n) * perSet > budget {
            bounded = true
            var size = Int(budget / (scoresPerCandidate * perSet))
            if objective == .distanceFragmentation && size < min(n, 50) {
                // Even 50 candidates are too many with exact DF: estimate DF from sampled sources.
                size = min(n, 50)
                let sources = max(1, min(n, Int(budget / (scoresPerCandidate * Double(size) * Double(n + graph.edgeCount)))))
                if sources < n { sampled = sources }
                chosenPerSet = Double(sources) * Double(n + graph.edgeCount)
            }
            size = min(n, max(k + 1, size))
            candidates = Array((0..<n).sorted { graph.degree(of: $0) > graph.degree(of: $1) || (graph.degree(of: $0) == graph.degree(of: $1) && $0 < $1) }
                .prefix(size)).sorted()
        }
        estimate = CostEstimate(fullSteps: cost, steps: scoresPerCandidate * Double(candidates.count) * chosenPerSet)
        let search = Heuristic(scorer: sampled.map { scorer.sampled(sources: $0, seed: seed) } ?? scorer,
                               candidates: candidates,
                               counter: progress.map { ProgressCounter(total: Int(scoresPerCandidate) * candidates.count, report: $0) })
        var generator = SplitMix64(seed: seed)
        var best = search.improveBySwaps(search.greedyStart(size: k))
        var tied: Set<[Int]> = [best.set]
        for _ in 0..<restarts {
            var pool = candidates
            for i in stride(from: pool.count - 1, to: 0, by: -1) { pool.swapAt(i, Int(generator.next() % UInt64(i + 1))) }
            let candidate = search.improveBySwaps(Array(pool.prefix(k)).sorted())
            if candidate.score > best.score + 1e-12 {
                tied = [candidate.set]
            } else if abs(candidate.score - best.score) <= 1e-12 {
                tied.insert(candidate.set)
            }
            if candidate.score > best.score + 1e-12
                || (abs(candidate.score - best.score) <= 1e-12 && candidate.set.lexicographicallyPrecedes(best.set)) {
                best = candidate
            }
        }
        members = best.set
        tiedSets = tied.count
        // A set found with sampled DF is scored once more exactly, when that one pass is affordable.
        score = sampled != nil && perSet <= budget ? scorer.score(best.set) : best.score
        method = bounded ? .boundedGreedySwap(candidates: candidates.count, of: n, sources: sampled, seed: seed, restarts: restarts)
            : .greedySwap(seed: seed, restarts: restarts)
    }

    /// The greedy start and the swaps of Borgatti's heuristic over a list of candidates, each step's scores computed in
    /// parallel in fixed blocks.
    struct Heuristic: Sendable {
        let scorer: Scorer
        /// The candidate nodes, ascending.
        let candidates: [Int]
        let counter: ProgressCounter?

        /// Candidates scored together: the unit of parallel work (fixed, so results do not depend on threads).
        static let block = 64

        /// The scores of `sets`, computed in parallel.
        func scores(_ sets: [[Int]]) -> [Double] {
            let result = SharedBuffer<Double>(repeating: 0, count: sets.count)
            let scorer = self.scorer
            forEachChunk(of: sets.count, count: sets.count) { index, _ in result[index] = scorer.score(sets[index]) }
            counter?.advance(by: sets.count)
            return result.array
        }

        /// Adds the best candidate one at a time (the earliest of equal scores).
        func greedyStart(size k: Int) -> [Int] {
            var chosen: [Int] = []
            for _ in 0..<k {
                let options = candidates.filter { !chosen.contains($0) }
                let values = scores(options.map { (chosen + [$0]).sorted() })
                var bestNode = -1, bestScore = -Double.infinity
                for (v, s) in zip(options, values) where s > bestScore + 1e-12 { bestNode = v; bestScore = s }
                chosen.append(bestNode)
            }
            return chosen.sorted()
        }

        /// Swaps a member for a candidate while the score improves: the first improving swap in the order (member,
        /// candidate), searched block by block.
        func improveBySwaps(_ start: [Int]) -> (set: [Int], score: Double) {
            var set = start
            var current = scorer.score(set)
            var improved = true
            while improved {
                improved = false
                let swaps: [(Int, Int)] = set.indices.flatMap { i in candidates.filter { !set.contains($0) }.map { (i, $0) } }
                var first = 0
                search: while first < swaps.count {
                    let block = swaps[first..<min(swaps.count, first + Heuristic.block)]
                    let sets = block.map { swap -> [Int] in
                        var candidate = set
                        candidate[swap.0] = swap.1
                        return candidate.sorted()
                    }
                    for (candidate, s) in zip(sets, scores(sets)) where s > current + 1e-12 {
                        set = candidate; current = s; improved = true
                        break search
                    }
                    first += Heuristic.block
                }
            }
            return (set, current)
        }
    }

    /// The cost of the exhaustive search: C(n, k) sets of O(n + m) steps each (O(n·(n + m)) for DF).
    ///
    /// - Parameters:
    ///   - graph: the graph.
    ///   - k: the size of the set.
    ///   - objective: what the set maximises.
    /// - Returns: the estimate of the exhaustive search.
    public static func exhaustiveEstimate(_ graph: Graph, size k: Int, objective: Objective) -> CostEstimate {
        let n = graph.nodeCount
        let perSet = Double(n + graph.edgeCount) * (objective == .distanceFragmentation ? Double(n) : 1)
        return CostEstimate(fullSteps: binomial(n, max(0, min(k, n))) * perSet)
    }

    /// C(n, k) as a real number.
    static func binomial(_ n: Int, _ k: Int) -> Double {
        guard k >= 0 && k <= n else { return 0 }
        var result = 1.0
        for i in 0..<min(k, n - k) { result = result * Double(n - i) / Double(i + 1) }
        return result.rounded()
    }

    /// The next k-subset of 0..<n in lexicographic order; false after the last.
    static func advance(_ set: inout [Int], n: Int) -> Bool {
        let k = set.count
        var i = k - 1
        while i >= 0 && set[i] == n - k + i { i -= 1 }
        guard i >= 0 else { return false }
        set[i] += 1
        for j in (i + 1)..<k { set[j] = set[j - 1] + 1 }
        return true
    }

    /// Scores candidate sets.
    struct Scorer: Sendable {
        let graph: Graph
        let objective: Objective
        let steps: Int
        let weighted: Bool
        /// DF from this many sampled sources (drawn with `seed`), or from every source.
        var sources: Int? = nil
        var seed: UInt64 = 1

        /// The same scorer with DF estimated from `sources` sampled sources.
        func sampled(sources: Int, seed: UInt64) -> Scorer {
            var copy = self
            copy.sources = sources
            copy.seed = seed
            return copy
        }

        func score(_ set: [Int]) -> Double {
            switch objective {
            case .fragmentation:
                return graph.isDirected ? Fragmentation.reachability(graph.removing(set)) : componentFragmentation(without: set)
            case .distanceFragmentation:
                return Fragmentation(graph.removing(set), weighted: weighted, sampleSize: sources, seed: seed).distanceFragmentation
            case .reach, .stepReach:
                return reach(from: set)
            }
        }

        /// F of an undirected graph without `set`, by one breadth-first search that skips the removed nodes.
        func componentFragmentation(without set: [Int]) -> Double {
            let n = graph.nodeCount
            var seen = [Bool](repeating: false, count: n)
            for v in set { seen[v] = true }
            var queue = [Int](repeating: 0, count: n)
            var sizes: [Int] = []
            for start in 0..<n where !seen[start] {
                seen[start] = true
                queue[0] = start
                var head = 0, tail = 1
                while head < tail {
                    let u = queue[head]; head += 1
                    for w in graph.successors(of: u) where !seen[Int(w)] {
                        seen[Int(w)] = true
                        queue[tail] = Int(w); tail += 1
                    }
                }
                sizes.append(tail)
            }
            return Fragmentation.componentFragmentation(sizes, nodeCount: n - set.count)
        }

        /// DR or m-reach of a set, by one multi-source breadth-first search (out-distances when directed).
        func reach(from set: [Int]) -> Double {
            let n = graph.nodeCount
            guard n > 0 else { return 0 }
            var distance = [Int](repeating: -1, count: n)
            var queue: [Int] = []
            for v in set { distance[v] = 0; queue.append(v) }
            var head = 0
            while head < queue.count {
                let u = queue[head]; head += 1
                if objective == .stepReach && distance[u] >= steps { continue }
                for w in graph.successors(of: u) where distance[Int(w)] < 0 {
                    distance[Int(w)] = distance[u] + 1
                    queue.append(Int(w))
                }
            }
            if objective == .stepReach {
                return n > set.count ? Double(queue.count - set.count) / Double(n - set.count) : 0
            }
            var total = 0.0
            for d in distance where d >= 0 { total += d == 0 ? 1 : 1 / Double(d) }
            return total / Double(n)
        }
    }
}
