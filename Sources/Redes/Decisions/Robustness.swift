/// How a network holds together as actors leave, one at a time (Albert, Jeong & Barabási 2000, "Error and attack
/// tolerance of complex networks", Nature 406; robustness R of Schneider et al. 2011, PNAS 108(10)).
///
/// After q removals the curves record the share of the *original* n actors in the largest component (weakly
/// connected when directed) and the distance fragmentation DF of what remains (1 once fewer than two actors remain).
/// The area under each curve is its mean over q = 1…n: R = (1/n) Σ_q s(q) for the largest-component share
/// (Schneider et al. 2011, eq. 1; 1/2 at most, lower = more fragile) and the mean DF (higher = more fragile).
///
/// **Cost bound.** The cost is estimated first (``estimate``): an adaptive betweenness order recomputes betweenness
/// on the remaining graph after each removal (about (n + m)·n²/3 steps in all), and the DF curve needs one all-pairs
/// pass per point (as much again, times the runs of a random order). Above `budget` steps, the ranking is recomputed
/// after every r removals (the r highest of each ranking removed in turn) and DF is computed after every d removals
/// (the points between are `nil`; the area interpolates linearly), r and d the smallest that fit; ``method`` says
/// which. The DF curve is left out above 2,000 actors, and when fewer than ten of its points fit.
public struct RobustnessAnalysis: Sendable {
    /// The order in which actors are removed.
    public enum Order: String, Sendable, CaseIterable {
        /// Highest betweenness first (targeted attack).
        case betweenness
        /// Highest degree first (targeted attack).
        case degree
        /// Uniformly random order, averaged over runs (failures).
        case random
    }

    /// How the order and the DF curve were computed.
    public struct Method: Sendable, Hashable {
        /// Adaptive orders: the ranking was recomputed after every `recomputeEvery` removals (1: after each, the full
        /// method); nil for orders ranked once.
        public let recomputeEvery: Int?
        /// DF was computed after every `distanceEvery` removals (1: every point, the full method); nil without a DF
        /// curve.
        public let distanceEvery: Int?

        /// Whether a bounded method was used.
        public var isBounded: Bool { (recomputeEvery ?? 1) > 1 || (distanceEvery ?? 1) > 1 }
    }

    /// The removal order used.
    public let order: Order
    /// Targeted orders only: recompute the ranking after each removal.
    public let adaptive: Bool
    /// The removal order (targeted orders; for random, the first run's).
    public let removed: [Int]
    /// Index q = 0…n: after q removals (averaged over runs for random removal).
    public let largestComponentShare: [Double]
    /// Index q = 0…n: the distance fragmentation DF of the remaining actors after q removals (averaged over runs for
    /// random removal); `nil` when not computed, and `nil` at the points a bounded curve skips.
    public let distanceFragmentation: [Double?]?
    /// Robustness R = (1/n) Σ_{q=1…n} s(q).
    public let largestComponentArea: Double
    /// Mean DF over q = 1…n (points a bounded curve skips interpolated linearly).
    public let distanceFragmentationArea: Double?
    /// Random removal: R of each run (their spread says how much luck matters).
    public let runAreas: [Double]
    /// How the order and the DF curve were computed.
    public let method: Method
    /// The cost of the full method and of the method chosen.
    public let estimate: CostEstimate

    /// Removes the actors of `graph` one at a time and records the curves and their areas.
    ///
    /// Equal scores are removed in node order, so targeted orders are deterministic; random orders are drawn with
    /// `seed`.
    ///
    /// - Parameters:
    ///   - graph: The graph; weights are ignored.
    ///   - order: Highest betweenness first, highest degree first, or random.
    ///   - adaptive: Targeted orders only: recompute the ranking on the remaining graph after every removal.
    ///   - runs: Random order only: the number of random orders averaged (at least 1).
    ///   - seed: Random order only: the seed of the random orders.
    ///   - includeDistance: compute the DF curve too.
    ///   - budget: the steps the analysis may take before it is bounded (``CostEstimate/defaultBudget``); `.infinity`
    ///     forces the full method.
    ///   - progress: called from any thread with the fraction of the estimated work done.
    /// - Complexity: O((n + m) α(n)) for the largest-component curve of one order (a reverse union–find); see
    ///   ``estimate`` for the adaptive ranking and the DF curve.
    public init(_ graph: Graph, order: Order, adaptive: Bool = false, runs: Int = 100, seed: UInt64 = 1,
                includeDistance: Bool = true, budget: Double = CostEstimate.defaultBudget,
                progress: (@Sendable (Double) -> Void)? = nil) {
        self.order = order
        self.adaptive = adaptive && order != .random
        let n = graph.nodeCount
        let runCount = order == .random ? max(1, runs) : 1
        (method, estimate) = RobustnessAnalysis.plan(graph, order: order, adaptive: adaptive, runs: runs,
                                                     includeDistance: includeDistance, budget: budget)
        let recomputeEvery = method.recomputeEvery, distanceEvery = method.distanceEvery
        let totalPasses = (recomputeEvery.map { (n + $0 - 1) / $0 } ?? 0) + (distanceEvery.map { runCount * (n / $0 + 1) } ?? 0)
        let counter = progress.map { ProgressCounter(total: max(1, totalPasses), report: $0) }

        func curve(_ sequence: [Int]) -> ([Double], [Double?]) {
            let sizes = RobustnessAnalysis.largestComponentSizes(graph, removing: sequence)
            let shares = sizes.map { n > 0 ? Double($0) / Double(n) : 0 }
            var fragmentation: [Double?] = []
            if let every = distanceEvery {
                fragmentation = [Double?](repeating: nil, count: n + 1)
                for q in Swift.stride(from: 0, through: n, by: every) {
                    let remaining = graph.removing(Array(sequence.prefix(q)))
                    fragmentation[q] = remaining.nodeCount < 2 ? 1 : Fragmentation(remaining).distanceFragmentation
                    counter?.advance()
                }
                fragmentation[n] = 1
            }
            return (shares, fragmentation)
        }
        func area(_ values: [Double]) -> Double { n > 0 ? values.dropFirst().reduce(0, +) / Double(n) : 0 }

        if order == .random {
            var generator = SplitMix64(seed: seed)
            var sumShares = [Double](repeating: 0, count: n + 1), sumDF = [Double?](repeating: nil, count: n + 1)
            var areas: [Double] = []
            var first: [Int] = []
            for run in 0..<runCount {
                var sequence = Array(0..<n)
                for i in Swift.stride(from: n - 1, to: 0, by: -1) { sequence.swapAt(i, Int(generator.next() % UInt64(i + 1))) }
                if run == 0 { first = sequence }
                let (shares, df) = curve(sequence)
                for q in 0...n {
                    sumShares[q] += shares[q]
                    if distanceEvery != nil, let value = df[q] { sumDF[q] = (sumDF[q] ?? 0) + value }
                }
                areas.append(area(shares))
            }
            let count = Double(runCount)
            removed = first
            largestComponentShare = sumShares.map { $0 / count }
            distanceFragmentation = distanceEvery != nil ? sumDF.map { $0.map { $0 / count } } : nil
            runAreas = areas
        } else {
            var sequence: [Int] = []
            if let every = recomputeEvery {
                var left = Array(0..<n)
                while !left.isEmpty {
                    let sub = graph.removing(sequence)
                    let scores = RobustnessAnalysis.scores(sub, order)
                    counter?.advance()
                    // The `every` highest of this ranking, in order (equal scores by node order); `left` maps the
                    // remaining nodes (renumbered in order) back to their original ids.
                    let ranked = scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
                    let taken = Array(ranked.prefix(every))
                    sequence += taken.map { left[$0] }
                    for index in taken.sorted(by: >) { left.remove(at: index) }
                }
            } else {
                let scores = RobustnessAnalysis.scores(graph, order)
                sequence = Array(0..<n).sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
            }
            removed = sequence
            let (shares, df) = curve(sequence)
            largestComponentShare = shares
            distanceFragmentation = distanceEvery != nil ? df : nil
            runAreas = []
        }
        largestComponentArea = area(largestComponentShare)
        distanceFragmentationArea = distanceFragmentation.map { RobustnessAnalysis.interpolatedMean($0) }
    }

    /// The method ``init(_:order:adaptive:runs:seed:includeDistance:budget:progress:)`` takes with these arguments, and
    /// its cost, without running it (for a command to say what it will do first).
    ///
    /// - Parameters: as the initialiser's.
    /// - Returns: the method and the estimate; the full method's cost counts the DF curve at every point (above 2,000
    ///   actors too).
    public static func plan(_ graph: Graph, order: Order, adaptive: Bool = false, runs: Int = 100,
                            includeDistance: Bool = true, budget: Double = CostEstimate.defaultBudget)
        -> (method: Method, estimate: CostEstimate) {
        let n = graph.nodeCount
        let adaptive = adaptive && order != .random
        let runCount = order == .random ? max(1, runs) : 1
        // Steps of one all-pairs pass on each remaining graph, q = 0…n − 1, edges assumed to leave with their nodes.
        let passes = Double(n + graph.edgeCount) * Double(n) * Double(n) / 3
        let rankingSteps = adaptive && order == .betweenness ? passes : 0
        let distanceSteps = includeDistance ? passes * Double(runCount) : 0
        // The smallest strides that keep each part within half the budget.
        func stride(_ steps: Double) -> Int { steps <= budget / 2 ? 1 : Int((steps / (budget / 2)).rounded(.up)) }
        let recomputeEvery = adaptive ? (order == .betweenness ? min(max(1, n), stride(rankingSteps)) : 1) : nil
        // The DF curve: up to 2,000 actors (any size with an unlimited budget).
        var distanceEvery: Int? = includeDistance && n > 0 && (n <= 2_000 || budget == .infinity) ? stride(distanceSteps) : nil
        if let every = distanceEvery, every > 1 && n / every < 10 { distanceEvery = nil }
        let chosenSteps = rankingSteps / Double(recomputeEvery ?? 1) + (distanceEvery.map { distanceSteps / Double($0) } ?? 0)
        return (Method(recomputeEvery: recomputeEvery, distanceEvery: distanceEvery),
                CostEstimate(fullSteps: rankingSteps + distanceSteps, steps: chosenSteps))
    }

    /// The mean over q = 1…n of a curve whose missing points lie on the straight line between their neighbours.
    static func interpolatedMean(_ values: [Double?]) -> Double {
        let n = values.count - 1
        guard n > 0 else { return 0 }
        var total = 0.0
        var previous = 0
        for q in 1...n {
            if let value = values[q] {
                total += value
                previous = q
            } else if let low = values[previous], let next = (q...n).first(where: { values[$0] != nil }), let high = values[next] {
                total += low + (high - low) * Double(q - previous) / Double(next - previous)
            }
        }
        return total / Double(n)
    }

    /// The size of the largest (weakly connected) component after each number q = 0…n of removals in `order`, by
    /// adding the nodes back in reverse order into a union–find structure (Newman & Ziff 2001).
    ///
    /// - Complexity: O((n + m) α(n)) for the whole curve, instead of O(n·(n + m)) for n component searches.
    static func largestComponentSizes(_ graph: Graph, removing order: [Int]) -> [Int] {
        let n = graph.nodeCount
        var parent = Array(0..<n), size = [Int](repeating: 1, count: n)
        var active = [Bool](repeating: false, count: n)
        func root(_ v: Int) -> Int {
            var r = v
            while parent[r] != r { r = parent[r] }
            var x = v
            while parent[x] != r { let next = parent[x]; parent[x] = r; x = next }
            return r
        }
        var sizes = [Int](repeating: 0, count: n + 1)
        var largest = 0
        func join(_ u: Int, _ w: Int) {
            var a = root(u), b = root(w)
            if a == b { return }
            if size[a] < size[b] { swap(&a, &b) }
            parent[b] = a
            size[a] += size[b]
            largest = max(largest, size[a])
        }
        for q in stride(from: n - 1, through: 0, by: -1) {
            let v = order[q]
            active[v] = true
            largest = max(largest, 1)
            // Both directions (weak components), without building a combined neighbour list per node.
            for w in graph.successors(of: v) where active[Int(w)] { join(v, Int(w)) }
            for w in graph.predecessors(of: v) where active[Int(w)] { join(v, Int(w)) }
            sizes[q] = largest
        }
        return sizes
    }

    static func scores(_ graph: Graph, _ order: Order) -> [Double] {
        switch order {
        case .degree: return (0..<graph.nodeCount).map { Double(graph.degree(of: $0)) }
        default: return graph.nodeCount > 0 ? graph.betweennessCentrality() : []
        }
    }

    /// The number of removals after which the largest component holds at most half of the original actors.
    public var halfLifeRemovals: Int? { largestComponentShare.firstIndex { $0 <= 0.5 } }
}
