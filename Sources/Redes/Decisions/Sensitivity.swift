import Foundation

/// How much the diagnosis depends on ties that are only assumed or might be missing.
///
/// Two tests: (1) drop every `illustrative` arrangement and tie and recompute; (2) remove a random share p of the
/// linked pairs, `runs` times with a seed. Each compares fragmentation F and DF, the ranking of actors by betweenness
/// and degree (Spearman's rank correlation with the full network, average ranks for ties), and who stays in the top 5
/// by betweenness. A finding is *stable* when it survives: rank correlation ≥ 0.8, top-5 membership in ≥ 80% of runs.
public struct SensitivityAnalysis: Sendable {
    public struct Variant: Sendable {
        public let fragmentation: Double
        public let distanceFragmentation: Double
        /// Spearman correlation with the full network's betweenness / degree, over the actors present in both.
        public let betweennessRankCorrelation: Double?
        public let degreeRankCorrelation: Double?
        /// Top 5 actors by betweenness (node indices of the full network).
        public let topBrokers: [Int]
    }

    public let baseline: Variant
    /// Without illustrative arrangements and ties; nil when there is nothing illustrative.
    public let withoutIllustrative: Variant?
    public let removedIllustrative: IllustrativeCount
    public let dropRate: Double
    public let runs: [Variant]
    /// For each actor, the share of random runs in which it stays in the top 5 by betweenness.
    public let topFiveFrequency: [Double]
    /// How betweenness, F and DF were computed.
    public let method: Method
    /// The cost of the exact method and of the method chosen.
    public let estimate: CostEstimate

    /// How the variants' shortest paths were computed.
    public enum Method: Sendable, Hashable {
        /// Every source: exact betweenness and DF.
        case exact
        /// Betweenness and DF estimated from the same `sources` sources, drawn with `seed`, in every variant (Brandes &
        /// Pich 2007); F stays exact (components).
        case sampledSources(sources: Int, seed: UInt64)
    }

    /// Runs both tests.
    ///
    /// - Parameters:
    ///   - network: the network.
    ///   - dropRate: the share of linked pairs removed in each random run.
    ///   - runs: the random runs.
    ///   - seed: the seed of the random runs (and of the sampled sources of a bounded run).
    ///   - budget: the steps the analysis may take before it samples sources (``CostEstimate/defaultBudget``);
    ///     `.infinity` forces exact passes.
    ///   - progress: called from any thread with the fraction of the passes done.
    /// - Complexity: one all-pairs pass, O(n·m), per variant (2 + runs), or O(s·m) with s sampled sources; the runs
    ///   are computed in parallel in fixed waves, so results do not depend on the number of threads.
    public init(_ network: Network, dropRate: Double = 0.1, runs: Int = 100, seed: UInt64 = 1,
                budget: Double = CostEstimate.defaultBudget, progress: (@Sendable (Double) -> Void)? = nil) {
        let projection = network.actorGraph()
        let graph = projection.graph
        let n = graph.nodeCount
        let plan = SensitivityAnalysis.plan(graph, runs: runs, seed: seed, budget: budget)
        (method, estimate) = plan
        var sources: [Int]?
        if case .sampledSources(let count, let seed) = plan.method {
            sources = ShortestPaths.sampledSources(nodeCount: n, sampleSize: count, seed: seed)
        }
        let counter = progress.map { ProgressCounter(total: max(0, runs) + 2, report: $0) }
        let fullDegree = (0..<n).map { Double(graph.degree(of: $0)) }
        /// One all-pairs pass (every source or the sampled ones) for betweenness, F and DF.
        let sampled = sources
        @Sendable func pass(_ g: Graph) -> (betweenness: [Double], fragmentation: Fragmentation) {
            let sources = sampled
            let sums = ShortestPaths.run(g, ShortestPathRequest(betweenness: true, closeness: g.isDirected, harmonic: true,
                                                                sources: sources))
            counter?.advance()
            return (sums.normalizedBetweenness(nodeCount: g.nodeCount, sources: sources?.count), Fragmentation(g, sums: sums, sources: sources))
        }
        let full = pass(graph)
        let fullBetweenness = full.betweenness
        @Sendable func variant(_ g: Graph, _ result: (betweenness: [Double], fragmentation: Fragmentation)) -> Variant {
            let degree = (0..<g.nodeCount).map { Double(g.degree(of: $0)) }
            return Variant(
                fragmentation: result.fragmentation.fragmentation, distanceFragmentation: result.fragmentation.distanceFragmentation,
                betweennessRankCorrelation: SensitivityAnalysis.spearman(fullBetweenness, result.betweenness),
                degreeRankCorrelation: SensitivityAnalysis.spearman(fullDegree, degree),
                topBrokers: SensitivityAnalysis.top(result.betweenness, 5))
        }
        baseline = variant(graph, full)

        var reduced = network
        reduced.scenarios = []
        reduced.arrangements.removeAll { $0.evidence.status == .illustrative }
        reduced.ties.removeAll { $0.evidence.status == .illustrative }
        let droppedArrangements = network.arrangements.count - reduced.arrangements.count
        let droppedTies = network.ties.count - reduced.ties.count
        removedIllustrative = IllustrativeCount(arrangements: droppedArrangements, ties: droppedTies)
        if droppedArrangements + droppedTies > 0 {
            let g = reduced.actorGraph().graph
            withoutIllustrative = variant(g, pass(g))
        } else {
            withoutIllustrative = nil
            counter?.advance()
        }

        self.dropRate = dropRate
        var generator = SplitMix64(seed: seed)
        var variants: [Variant] = []
        var inTop = [Int](repeating: 0, count: n)
        let m = graph.edgeCount
        let drop = Int((Double(m) * dropRate).rounded())
        // Waves of runs: the removals drawn in order from one generator, the variants computed in parallel and read
        // back in order.
        let wave = 8
        var done = 0
        while done < max(0, runs) {
            let count = min(wave, runs - done)
            var removals: [[Int32]] = []
            for _ in 0..<count {
                var order = Array(0..<m)
                for i in stride(from: m - 1, to: 0, by: -1) { order.swapAt(i, Int(generator.next() % UInt64(i + 1))) }
                removals.append(order.prefix(drop).map { Int32($0) })
            }
            let results = SharedBuffer<Variant?>(repeating: nil, count: count)
            let waveRemovals = removals
            forEachChunk(of: count, count: count) { run, _ in
                var removed = [Bool](repeating: false, count: m)
                for e in waveRemovals[run] { removed[Int(e)] = true }
                var builder = GraphBuilder(nodeCount: n, directed: graph.isDirected)
                for e in 0..<m where !removed[e] {
                    builder.addEdge(Int(graph.edgeSources[e]), Int(graph.edgeTargets[e]), weight: graph.edgeWeights[e])
                }
                let g = builder.buildGraph()
                results[run] = variant(g, pass(g))
            }
            for run in 0..<count {
                guard let result = results[run] else { continue }
                for v in result.topBrokers { inTop[v] += 1 }
                variants.append(result)
            }
            done += count
        }
        self.runs = variants
        topFiveFrequency = inTop.map { runs > 0 ? Double($0) / Double(runs) : 0 }
    }

    /// The method ``init(_:dropRate:runs:seed:budget:progress:)`` takes, and its cost, without running it.
    ///
    /// - Parameters:
    ///   - graph: the actor graph of the network.
    ///   - runs: the random runs.
    ///   - seed: the seed of the sampled sources.
    ///   - budget: as the initialiser's.
    /// - Returns: exact passes when (3 + runs) passes of n·(n + m) steps fit the budget, else as many sampled sources
    ///   as fit (at least 10, at most n).
    public static func plan(_ graph: Graph, runs: Int, seed: UInt64 = 1, budget: Double = CostEstimate.defaultBudget)
        -> (method: Method, estimate: CostEstimate) {
        let n = graph.nodeCount
        let passes = Double(3 + max(0, runs))
        let perSource = passes * Double(n + graph.edgeCount)
        let full = perSource * Double(n)
        guard full > budget else { return (.exact, CostEstimate(fullSteps: full)) }
        let sources = min(n, max(10, Int(budget / perSource)))
        guard sources < n else { return (.exact, CostEstimate(fullSteps: full)) }
        return (.sampledSources(sources: sources, seed: seed), CostEstimate(fullSteps: full, steps: perSource * Double(sources)))
    }

    /// The indices of the `count` largest values, largest first; ties by index.
    static func top(_ values: [Double], _ count: Int) -> [Int] {
        Array(values.indices.sorted { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }.prefix(count))
    }

    /// Spearman's rank correlation with average ranks for ties (as `scipy.stats.spearmanr`); nil when either side is
    /// constant or shorter than 2.
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count > 1 else { return nil }
        let rx = ranks(x), ry = ranks(y)
        let n = Double(x.count)
        let mx = rx.reduce(0, +) / n, my = ry.reduce(0, +) / n
        var covariance = 0.0, vx = 0.0, vy = 0.0
        for i in rx.indices {
            covariance += (rx[i] - mx) * (ry[i] - my)
            vx += (rx[i] - mx) * (rx[i] - mx)
            vy += (ry[i] - my) * (ry[i] - my)
        }
        guard vx > 0, vy > 0 else { return nil }
        return covariance / (vx * vy).squareRoot()
    }

    /// Ranks 1…n, ties sharing their average rank.
    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && values[order[j + 1]] == values[order[i]] { j += 1 }
            let average = Double(i + j) / 2 + 1
            for k in i...j { ranks[order[k]] = average }
            i = j + 1
        }
        return ranks
    }

    /// Summary statistics of F and DF over the random runs: mean, standard deviation, min and max.
    ///
    /// - Parameter value: the figure of a run.
    /// - Returns: its spread over the runs; nil without runs.
    public func spread(_ value: (Variant) -> Double) -> Spread? {
        let values = runs.map(value)
        guard let low = values.min(), let high = values.max() else { return nil }
        let mean = values.reduce(0, +) / Double(values.count)
        let sd = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(values.count - 1, 1))).squareRoot()
        return Spread(mean: mean, sd: sd, min: low, max: high)
    }

    /// The share of runs an actor must stay in the top 5 to count as a stable broker.
    public static let stableShare = 0.8

    /// The actors that stay in the top 5 by betweenness in at least ``stableShare`` of the random runs.
    public var stableTopBrokers: [Int] { topFiveFrequency.indices.filter { topFiveFrequency[$0] >= SensitivityAnalysis.stableShare } }
}

/// How many illustrative elements a sensitivity test removed.
public struct IllustrativeCount: Sendable, Hashable {
    public let arrangements: Int
    public let ties: Int
    public var total: Int { arrangements + ties }
}

/// Mean, standard deviation (n − 1), minimum and maximum of a figure over random runs.
public struct Spread: Sendable, Hashable {
    public let mean: Double
    public let sd: Double
    public let min: Double
    public let max: Double
}
