/// New ties that would most improve a network, for coordination planning: which few links between actors would
/// bring the ecosystem closest together.
///
/// **Objectives.** `DF`: lower distance fragmentation (Borgatti 2006); `F`: lower fragmentation (join components);
/// `pairs-within`: more ordered pairs within `steps` steps of each other (a network-level share, not the reach of a
/// key-player set); `ei`: a higher E-I index (more ties across groups), ties broken by the DF gain. The baseline and
/// the value after each tie of `DF` and `F` are computed by ``Fragmentation`` (the code path of the analysis), so they
/// equal what `NetworkAnalysis` reports for the network with those ties. **Graph.** The unweighted, undirected view of the actor graph.
/// **Search.** k = 1 is exact: every pair that is not yet linked is evaluated. For k > 1 the search is greedy: the best
/// tie is added, the distances updated, and every candidate re-evaluated; `method` says so. Equal gains are broken by
/// the smallest pair of node positions, so results are reproducible.
/// **Complexity.** With the all-pairs distance matrix, a candidate u–v only changes distances from actors i with
/// |d(i,u) − d(i,v)| ≥ 2 (a shortest path uses the new tie once, from its nearer end), so each evaluation costs
/// O(n + n·|those i|).
public struct TieSuggestions: Sendable {
    public enum Objective: String, Sendable, CaseIterable {
        /// Lower distance fragmentation DF.
        case distanceFragmentation = "DF"
        /// Lower fragmentation F.
        case fragmentation = "F"
        /// More ordered pairs within `steps` steps.
        case pairsWithinSteps = "pairs-within"
        /// A higher E-I index.
        case eiIndex = "ei"
    }

    /// How the ties were searched.
    public enum Method: Sendable, Hashable {
        /// k = 1: every unlinked pair evaluated; the optimum.
        case exhaustive
        /// k > 1: the best tie added, distances updated and every pair re-evaluated, `rounds` times.
        case greedy(rounds: Int)
        /// Bounded: only pairs among `candidates` of the `of` actors — those with the highest harmonic centrality and
        /// the best-placed actor of each component — evaluated, greedily for `rounds` ties.
        case restricted(candidates: Int, of: Int, rounds: Int)
    }

    public struct Suggestion: Sendable, Hashable {
        public let first: Int
        public let second: Int
        /// The improvement this tie brings given the ties already suggested.
        public let gain: Double
        /// The objective after adding this tie (and the earlier ones).
        public let valueAfter: Double
    }

    public let objective: Objective
    public let baseline: Double
    public let suggestions: [Suggestion]
    public let candidatesEvaluated: Int
    public let method: Method
    /// The cost of the search over every unlinked pair and of the search made.
    public let estimate: CostEstimate

    /// - Parameters:
    ///   - graph: the actor graph; its undirected, unweighted view is searched.
    ///   - k: how many ties to suggest.
    ///   - objective: what the ties should improve.
    ///   - steps: the number of steps of `pairs-within`.
    ///   - allowed: when given, only pairs with `allowed(u, v)` true are candidates (e.g. between two blocs, or
    ///     without excluded actors).
    ///   - groups: each node's group (for the E-I objective).
    ///   - budget: the most row scans (about n²/4 per candidate pair) the search may cost before it is bounded to a pool
    ///     of candidates (``Method/restricted(candidates:of:rounds:)``); `.infinity` evaluates every unlinked pair.
    ///   - progress: called from any thread with the fraction of the candidate rows evaluated.
    /// - Complexity: O(n·m) for the distances, then O(n + n·r) per candidate, r the rows the tie can shorten; O(n²)
    ///   memory. Candidates are evaluated in parallel in fixed chunks (results do not depend on the threads).
    public init(_ graph: Graph, count k: Int, objective: Objective, steps: Int = 2, groups: [Int]? = nil,
                budget: Double = TieSuggestions.defaultBudget, allowed: (@Sendable (Int, Int) -> Bool)? = nil,
                progress: (@Sendable (Double) -> Void)? = nil) {
        self.objective = objective
        let view = graph.undirected()
        let n = view.nodeCount
        let unreachable = Int32.max / 4
        var distance = TieSuggestions.allPairs(view, unreachable: unreachable)
        var linked = Set<Int>()
        for e in 0..<view.edgeCount { linked.insert(Int(view.edgeSources[e]) * n + Int(view.edgeTargets[e])) }
        var groupEdges = (external: 0, internal: 0)
        if let groups {
            for e in 0..<view.edgeCount {
                if groups[Int(view.edgeSources[e])] == groups[Int(view.edgeTargets[e])] { groupEdges.internal += 1 } else { groupEdges.external += 1 }
            }
        }
        let pairs = Double(n) * Double(max(n - 1, 1))
        func value() -> Double {
            switch objective {
            case .distanceFragmentation:
                var sum = 0.0
                for i in 0..<n { for j in 0..<n where i != j && distance[i * n + j] < unreachable { sum += 1 / Double(distance[i * n + j]) } }
                return n > 1 ? 1 - sum / pairs : 0
            case .fragmentation:
                var connected = 0.0
                for i in 0..<n { for j in 0..<n where i != j && distance[i * n + j] < unreachable { connected += 1 } }
                return n > 1 ? 1 - connected / pairs : 0
            case .pairsWithinSteps:
                var within = 0.0
                for i in 0..<n { for j in 0..<n where i != j && distance[i * n + j] <= steps { within += 1 } }
                return n > 1 ? within / pairs : 0
            case .eiIndex:
                return TieSuggestions.ei(groupEdges)
            }
        }
        /// F and DF by the analysis' code path, on the graph with the ties chosen so far.
        var suggested = [NodePair]()
        func fragmentationValue() -> Double? {
            guard objective == .distanceFragmentation || objective == .fragmentation else { return nil }
            var builder = GraphBuilder(nodeCount: n, directed: false)
            builder.reserveCapacity(view.edgeCount + suggested.count)
            for e in 0..<view.edgeCount { builder.addEdge(Int(view.edgeSources[e]), Int(view.edgeTargets[e]), weight: view.edgeWeights[e]) }
            for pair in suggested { builder.addEdge(pair.first, pair.second, weight: 1) }
            let result = Fragmentation(builder.buildGraph())
            return objective == .fragmentation ? result.fragmentation : result.distanceFragmentation
        }
        baseline = fragmentationValue() ?? value()
        // The candidates: every node, or — when evaluating every unlinked pair would cost more than `budget` row
        // scans — the `poolSize` nodes with the highest harmonic centrality plus the best of each component, so that
        // ties joining components stay candidates. Either way, every allowed unlinked pair among them is evaluated.
        let plan = TieSuggestions.plan(view, count: k, budget: budget)
        var pool = Array(0..<n)
        var restricted = false
        if let size = plan.poolSize {
            var harmonic = [Double](repeating: 0, count: n)
            for i in 0..<n {
                var sum = 0.0
                for j in 0..<n where j != i && distance[i * n + j] < unreachable { sum += 1 / Double(distance[i * n + j]) }
                harmonic[i] = sum
            }
            let ranked = (0..<n).sorted { harmonic[$0] > harmonic[$1] || (harmonic[$0] == harmonic[$1] && $0 < $1) }
            var chosenNodes = Set(ranked.prefix(size))
            // The best-placed node of each component (components are the blocks of mutually reachable nodes).
            var component = [Int](repeating: -1, count: n)
            for s in ranked where component[s] < 0 {
                chosenNodes.insert(s)
                for j in 0..<n where distance[s * n + j] < unreachable { component[j] = s }
            }
            pool = chosenNodes.sorted()
            restricted = true
        }
        let candidates = pool
        let poolSize = candidates.count
        estimate = CostEstimate(fullSteps: plan.estimate.fullSteps,
                                steps: plan.searchSteps(poolSize: poolSize, nodeCount: n, rounds: k))
        let counter = progress.map { ProgressCounter(total: max(1, k * poolSize), report: $0) }
        var chosen: [Suggestion] = []
        var evaluated = 0
        let objective = self.objective
        for _ in 0..<k {
            let snapshot = distance, linkedNow = linked, groupCounts = groupEdges
            /// The best candidate of the pool rows `rows`, in order (equal gains keep the earlier pair).
            @Sendable func bestCandidate(_ rows: Range<Int>) -> (candidate: Candidate?, evaluated: Int) {
                var best: Candidate?
                var count = 0
                for a in rows {
                    let u = candidates[a]
                    for b in (a + 1)..<max(poolSize, a + 1) {
                        let v = candidates[b]
                        if linkedNow.contains(u * n + v) { continue }
                        if let allowed, !allowed(u, v) { continue }
                        count += 1
                        let gain: Double, tieBreak: Double
                        switch objective {
                        case .distanceFragmentation:
                            gain = TieSuggestions.pathGain(snapshot, n: n, u: u, v: v, unreachable: unreachable) { 1 / Double($0) } / pairs
                            tieBreak = 0
                        case .fragmentation:
                            gain = TieSuggestions.pathGain(snapshot, n: n, u: u, v: v, unreachable: unreachable, onlyNewlyReached: true) { _ in 1 } / pairs
                            tieBreak = 0
                        case .pairsWithinSteps:
                            gain = TieSuggestions.pathGain(snapshot, n: n, u: u, v: v, unreachable: unreachable, within: steps) { _ in 1 } / pairs
                            tieBreak = 0
                        case .eiIndex:
                            let crosses = groups.map { $0[u] != $0[v] } ?? false
                            let e = groupCounts.external + (crosses ? 1 : 0), i = groupCounts.internal + (crosses ? 0 : 1)
                            gain = TieSuggestions.ei((e, i)) - TieSuggestions.ei(groupCounts)
                            tieBreak = TieSuggestions.pathGain(snapshot, n: n, u: u, v: v, unreachable: unreachable) { 1 / Double($0) }
                        }
                        let candidate = Candidate(u: u, v: v, gain: gain, tieBreak: tieBreak)
                        if best.map({ candidate.beats($0) }) ?? true { best = candidate }
                    }
                }
                return (best, count)
            }
            // Fixed chunks of pool rows, reduced in chunk order: the same pick whatever the number of threads.
            let chunkCount = poolSize < 64 ? 1 : 16
            let results = SharedBuffer<Candidate?>(repeating: nil, count: chunkCount)
            let counts = SharedBuffer<Int>(repeating: 0, count: chunkCount)
            forEachChunk(of: poolSize, count: chunkCount) { chunk, rows in
                let (candidate, count) = bestCandidate(rows)
                counter?.advance(by: rows.count)
                results[chunk] = candidate
                counts[chunk] = count
            }
            var best: Candidate?
            for chunk in 0..<chunkCount {
                evaluated += counts[chunk]
                if let candidate = results[chunk], best.map({ candidate.beats($0) }) ?? true { best = candidate }
            }
            guard let pick = best else { break }
            // Add the tie: update distances through it, and the group counts.
            let (u, v) = (pick.u, pick.v)
            linked.insert(u * n + v)
            var updated = distance
            for i in 0..<n {
                let viaU = distance[i * n + u], viaV = distance[i * n + v]
                for j in 0..<n {
                    var best = updated[i * n + j]
                    if viaU < unreachable && distance[v * n + j] < unreachable { best = min(best, viaU + 1 + distance[v * n + j]) }
                    if viaV < unreachable && distance[u * n + j] < unreachable { best = min(best, viaV + 1 + distance[u * n + j]) }
                    updated[i * n + j] = best
                }
            }
            distance = updated
            if let groups { if groups[u] == groups[v] { groupEdges.internal += 1 } else { groupEdges.external += 1 } }
            suggested.append(NodePair(first: u, second: v))
            chosen.append(Suggestion(first: u, second: v, gain: pick.gain, valueAfter: fragmentationValue() ?? value()))
        }
        suggestions = chosen
        candidatesEvaluated = evaluated
        method = restricted ? .restricted(candidates: poolSize, of: n, rounds: k) : (k <= 1 ? .exhaustive : .greedy(rounds: k))
    }

    /// One evaluated pair.
    struct Candidate: Sendable {
        let u: Int, v: Int
        let gain: Double, tieBreak: Double

        /// Whether this pair is better than `other`, which comes earlier: a larger gain, or an equal gain (within
        /// 1e-12) and a larger tie-break.
        func beats(_ other: Candidate) -> Bool {
            gain > other.gain + 1e-12 || (abs(gain - other.gain) <= 1e-12 && tieBreak > other.tieBreak + 1e-12)
        }
    }

    /// Above this many row scans the search is bounded to a pool of candidates (about a few seconds on 2 cores).
    public static let defaultBudget = 4e9

    /// What a search would do, decided before it starts.
    public struct Plan: Sendable {
        /// The pool of candidates when the search is bounded (the actors of highest harmonic centrality, plus the
        /// best of each component); nil when every unlinked pair is evaluated.
        public let poolSize: Int?
        /// The cost of the full search and of the search chosen (the pool's best components are added later, so the
        /// search made may cost a little more).
        public let estimate: CostEstimate
        /// The bytes of the all-pairs distance matrix the search keeps (n² 32-bit distances).
        public let memoryBytes: Double
        /// Steps of the all-pairs breadth-first searches.
        let distanceSteps: Double

        /// Steps of the all-pairs distances and of `rounds` rounds over the pairs of `poolSize` candidates.
        func searchSteps(poolSize: Int, nodeCount n: Int, rounds: Int) -> Double {
            distanceSteps + Double(poolSize) * Double(max(poolSize - 1, 0)) / 2 * Double(n) * Double(n) / 4 * Double(rounds)
        }
    }

    /// The search ``init(_:count:objective:steps:groups:budget:allowed:progress:)`` makes with this budget, and its cost.
    ///
    /// - Parameters:
    ///   - graph: the actor graph (its undirected view is searched).
    ///   - k: how many ties.
    ///   - budget: as the initialiser's.
    /// - Returns: the plan: the full search evaluates every unlinked pair, k times, at about n²/4 row cells each, after
    ///   one breadth-first search per actor.
    public static func plan(_ graph: Graph, count k: Int, budget: Double = TieSuggestions.defaultBudget) -> Plan {
        let view = graph.isDirected ? graph.undirected() : graph
        let n = view.nodeCount
        let unlinkedPairs = Double(n) * Double(max(n - 1, 0)) / 2 - Double(view.edgeCount)
        let perCandidate = Double(n) * Double(n) / 4
        let distances = Double(n) * Double(n + 2 * view.edgeCount)
        let full = distances + unlinkedPairs * perCandidate * Double(k)
        var poolSize: Int?
        var steps = full
        if unlinkedPairs * perCandidate * Double(k) > budget && n > 2 {
            let affordable = max(1, budget / (perCandidate * Double(k)))
            let size = min(n, max(2, Int((2 * affordable).squareRoot())))
            poolSize = size
            steps = distances + Double(size) * Double(size - 1) / 2 * perCandidate * Double(k)
        }
        return Plan(poolSize: poolSize, estimate: CostEstimate(fullSteps: full, steps: steps),
                    memoryBytes: Double(n) * Double(n) * 4, distanceSteps: distances)
    }

    /// The E-I index for the given counts.
    private static func ei(_ counts: (external: Int, internal: Int)) -> Double {
        let total = counts.external + counts.internal
        return total > 0 ? Double(counts.external - counts.internal) / Double(total) : 0
    }

    /// Σ over ordered pairs (i, j) of score(d′) − score(d) for the pairs whose distance the tie u–v shortens; a
    /// pair's score is `score(distance)` when reachable (and within `within` steps, if given), 0 otherwise.
    static func pathGain(_ d: [Int32], n: Int, u: Int, v: Int, unreachable: Int32, within: Int? = nil,
                         onlyNewlyReached: Bool = false, score: (Int32) -> Double) -> Double {
        let limit = within.map { Int32($0) } ?? Int32.max
        return d.withUnsafeBufferPointer { d in
            var gain = 0.0
            /// Pairs (i, j) reached from i through `near` steps to one end of the tie, the tie, then `start` → j.
            func add(_ i: Int, near: Int32, start: Int) {
                let row = i * n, from = start * n
                for j in 0..<n where j != i {
                    let rest = d[from + j]
                    if rest >= unreachable { continue }
                    let old = d[row + j], candidate = near + 1 + rest
                    if candidate >= old { continue }
                    if onlyNewlyReached && old < unreachable { continue }
                    let before = old < unreachable && old <= limit ? score(old) : 0
                    let after = candidate <= limit ? score(candidate) : 0
                    gain += after - before
                }
            }
            for i in 0..<n {
                let a = d[i * n + u], b = d[i * n + v]
                // A shortest path uses the new tie once, entering at its nearer end: only when the ends are at
                // least two steps apart as seen from i can it shorten anything.
                if a < unreachable && (b >= unreachable || a + 1 < b) {
                    add(i, near: a, start: v)
                } else if b < unreachable && (a >= unreachable || b + 1 < a) {
                    add(i, near: b, start: u)
                }
            }
            return gain
        }
    }

    /// All-pairs hop distances (row-major n×n), `unreachable` where there is no path.
    static func allPairs(_ graph: Graph, unreachable: Int32) -> [Int32] {
        let n = graph.nodeCount
        var d = [Int32](repeating: unreachable, count: n * n)
        var queue = [Int](repeating: 0, count: n)
        for s in 0..<n {
            d[s * n + s] = 0
            queue[0] = s
            var head = 0, tail = 1
            while head < tail {
                let x = queue[head]; head += 1
                for y in graph.successors(of: x) where d[s * n + Int(y)] == unreachable {
                    d[s * n + Int(y)] = d[s * n + x] + 1
                    queue[tail] = Int(y); tail += 1
                }
            }
        }
        return d
    }
}
