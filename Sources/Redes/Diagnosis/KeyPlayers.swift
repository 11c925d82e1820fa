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
/// the reach measures, C(n, k)·n·(n + m) ≤ 5·10⁹ for DF, whose score needs all-pairs distances — so the set is the
/// true optimum (for the networks Redes is made for, n ≤ 300 and k ≤ 3, always). Otherwise
/// Borgatti's heuristic: a greedy start (add the best actor one at a time), then swaps of a member for a non-member
/// while the score improves, repeated from `restarts` random starts drawn with `seed`; the best set is kept. Ties in
/// the score are broken by the lexicographically smallest list of node positions, so results are stable.
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

    public init(_ graph: Graph, size k: Int, objective: Objective, steps: Int = 2, weighted: Bool = false,
                seed: UInt64 = 1, restarts: Int = 5) {
        self.objective = objective
        let n = graph.nodeCount
        let k = max(0, min(k, n))
        self.size = k
        if objective.isNegative && n - k < 2 {
            members = []; score = .nan; method = .exhaustive(setsEvaluated: 0); tiedSets = 0
            return
        }
        let scorer = Scorer(graph: graph, objective: objective, steps: steps, weighted: weighted)
        let sets = KeyPlayerSearch.binomial(n, k)
        // Exhaustive while the work stays small: at most 10⁶ sets, and about 2·10⁸ elementary steps in all
        // (each set costs O(n + m), or O(n·(n + m)) for DF).
        let perSet = Double(n + graph.edgeCount) * (objective == .distanceFragmentation ? Double(n) : 1)
        let cost = sets * perSet
        let budget = sets <= 1e6 ? (objective == .distanceFragmentation ? 5e9 : 2e8) : 0
        if cost <= budget {
            var best: [Int] = Array(0..<k)
            var bestScore = scorer.score(best)
            var current = Array(0..<k)
            var evaluated = 1
            var tied = 1
            while KeyPlayerSearch.advance(&current, n: n) {
                let s = scorer.score(current)
                evaluated += 1
                if s > bestScore + 1e-12 {
                    best = current; bestScore = s; tied = 1
                } else if s >= bestScore - 1e-12 {
                    tied += 1
                }
            }
            members = best; score = bestScore; method = .exhaustive(setsEvaluated: evaluated); tiedSets = tied
            return
        }
        var generator = SplitMix64(seed: seed)
        // Greedy start.
        var chosen: [Int] = []
        for _ in 0..<k {
            var bestNode = -1, bestScore = -Double.infinity
            for v in 0..<n where !chosen.contains(v) {
                let s = scorer.score((chosen + [v]).sorted())
                if s > bestScore + 1e-12 { bestNode = v; bestScore = s }
            }
            chosen.append(bestNode)
        }
        var best = scorer.improveBySwaps(chosen.sorted())
        var tied: Set<[Int]> = [best.set]
        for _ in 0..<restarts {
            var pool = Array(0..<n)
            for i in stride(from: n - 1, to: 0, by: -1) { pool.swapAt(i, Int(generator.next() % UInt64(i + 1))) }
            let candidate = scorer.improveBySwaps(Array(pool.prefix(k)).sorted())
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
        members = best.set; score = best.score; method = .greedySwap(seed: seed, restarts: restarts); tiedSets = tied.count
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
    struct Scorer {
        let graph: Graph
        let objective: Objective
        let steps: Int
        let weighted: Bool

        func score(_ set: [Int]) -> Double {
            switch objective {
            case .fragmentation:
                return graph.isDirected ? Fragmentation.reachability(graph.removing(set)) : componentFragmentation(without: set)
            case .distanceFragmentation:
                return Fragmentation(graph.removing(set), weighted: weighted).distanceFragmentation
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

        /// Swaps a member for a non-member while the score improves (first improvement, in index order).
        func improveBySwaps(_ start: [Int]) -> (set: [Int], score: Double) {
            var set = start
            var current = score(set)
            var improved = true
            while improved {
                improved = false
                search: for i in set.indices {
                    for v in 0..<graph.nodeCount where !set.contains(v) {
                        var candidate = set
                        candidate[i] = v
                        candidate.sort()
                        let s = score(candidate)
                        if s > current + 1e-12 {
                            set = candidate; current = s; improved = true
                            break search
                        }
                    }
                }
            }
            return (set, current)
        }
    }
}
