/// How a network holds together as actors leave, one at a time (Albert, Jeong & Barabási 2000, "Error and attack
/// tolerance of complex networks", Nature 406; robustness R of Schneider et al. 2011, PNAS 108(10)).
///
/// After q removals the curves record the share of the *original* n actors in the largest component (weakly
/// connected when directed) and the distance fragmentation DF of what remains (1 once fewer than two actors remain).
/// The area under each curve is its mean over q = 1…n: R = (1/n) Σ_q s(q) for the largest-component share
/// (Schneider et al. 2011, eq. 1; 1/2 at most, lower = more fragile) and the mean DF (higher = more fragile).
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

    /// The removal order used.
    public let order: Order
    /// Targeted orders only: recompute the ranking after every removal.
    public let adaptive: Bool
    /// The removal order (targeted orders; for random, the first run's).
    public let removed: [Int]
    /// Index q = 0…n: after q removals (averaged over runs for random removal).
    public let largestComponentShare: [Double]
    /// Index q = 0…n: the distance fragmentation DF of the remaining actors after q removals (averaged over runs for
    /// random removal); `nil` when not computed.
    public let distanceFragmentation: [Double]?
    /// Robustness R = (1/n) Σ_{q=1…n} s(q).
    public let largestComponentArea: Double
    /// Mean DF over q = 1…n.
    public let distanceFragmentationArea: Double?
    /// Random removal: R of each run (their spread says how much luck matters).
    public let runAreas: [Double]

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
    ///   - includeDistance: compute the DF curve too (O(n²·m); off automatically above 2,000 actors).
    /// - Complexity: O(n·(n + m)) for the largest-component curve of one order, plus O(n²·m) for the DF curve; an
    ///   adaptive betweenness order adds one O(n·m) betweenness pass per removal, and random orders multiply the cost
    ///   by `runs`.
    public init(_ graph: Graph, order: Order, adaptive: Bool = false, runs: Int = 100, seed: UInt64 = 1,
                includeDistance: Bool = true) {
        self.order = order
        self.adaptive = adaptive && order != .random
        let n = graph.nodeCount
        let withDistance = includeDistance && n <= 2_000
        func curve(_ sequence: [Int]) -> ([Double], [Double]) {
            let sizes = RobustnessAnalysis.largestComponentSizes(graph, removing: sequence)
            let shares = sizes.map { n > 0 ? Double($0) / Double(n) : 0 }
            var fragmentation: [Double] = []
            if withDistance {
                for q in 0...n {
                    let remaining = graph.removing(Array(sequence.prefix(q)))
                    fragmentation.append(remaining.nodeCount < 2 ? 1 : Fragmentation(remaining).distanceFragmentation)
                }
            }
            return (shares, fragmentation)
        }
        func area(_ values: [Double]) -> Double { n > 0 ? values.dropFirst().reduce(0, +) / Double(n) : 0 }

        if order == .random {
            var generator = SplitMix64(seed: seed)
            var sumShares = [Double](repeating: 0, count: n + 1), sumDF = [Double](repeating: 0, count: n + 1)
            var areas: [Double] = []
            var first: [Int] = []
            for run in 0..<max(1, runs) {
                var sequence = Array(0..<n)
                for i in stride(from: n - 1, to: 0, by: -1) { sequence.swapAt(i, Int(generator.next() % UInt64(i + 1))) }
                if run == 0 { first = sequence }
                let (shares, df) = curve(sequence)
                for q in 0...n { sumShares[q] += shares[q]; if withDistance { sumDF[q] += df[q] } }
                areas.append(area(shares))
            }
            let count = Double(max(1, runs))
            removed = first
            largestComponentShare = sumShares.map { $0 / count }
            distanceFragmentation = withDistance ? sumDF.map { $0 / count } : nil
            runAreas = areas
        } else {
            var sequence: [Int] = []
            if adaptive {
                var left = Array(0..<n)
                while !left.isEmpty {
                    let sub = graph.removing(sequence)
                    let scores = RobustnessAnalysis.scores(sub, order)
                    // Map the remaining nodes (renumbered in order) back to original ids.
                    let best = scores.indices.max { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 > $1) }!
                    sequence.append(left[best])
                    left.remove(at: best)
                }
            } else {
                let scores = RobustnessAnalysis.scores(graph, order)
                sequence = Array(0..<n).sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
            }
            removed = sequence
            let (shares, df) = curve(sequence)
            largestComponentShare = shares
            distanceFragmentation = withDistance ? df : nil
            runAreas = []
        }
        largestComponentArea = area(largestComponentShare)
        distanceFragmentationArea = distanceFragmentation.map(area)
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
