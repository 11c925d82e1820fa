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

    public init(_ network: Network, dropRate: Double = 0.1, runs: Int = 100, seed: UInt64 = 1) {
        let projection = network.actorGraph()
        let graph = projection.graph
        let n = graph.nodeCount
        let fullBetweenness = graph.betweennessCentrality()
        let fullDegree = (0..<n).map { Double(graph.degree(of: $0)) }
        func variant(_ g: Graph, keep: [Int]) -> Variant {
            // `keep[i]`: the full-network index of node i of `g`.
            // One all-pairs pass for betweenness, F and DF.
            let sums = ShortestPaths.run(g, ShortestPathRequest(betweenness: true, closeness: g.isDirected, harmonic: true))
            let betweenness = sums.normalizedBetweenness(nodeCount: g.nodeCount)
            let degree = (0..<g.nodeCount).map { Double(g.degree(of: $0)) }
            let fragmentation = Fragmentation(g, sums: sums, sources: nil)
            let top = SensitivityAnalysis.top(betweenness, 5).map { keep[$0] }
            return Variant(
                fragmentation: fragmentation.fragmentation, distanceFragmentation: fragmentation.distanceFragmentation,
                betweennessRankCorrelation: SensitivityAnalysis.spearman(keep.map { fullBetweenness[$0] }, betweenness),
                degreeRankCorrelation: SensitivityAnalysis.spearman(keep.map { fullDegree[$0] }, degree),
                topBrokers: top)
        }
        let all = Array(0..<n)
        baseline = variant(graph, keep: all)

        var reduced = network
        reduced.scenarios = []
        reduced.arrangements.removeAll { $0.evidence.status == .illustrative }
        reduced.ties.removeAll { $0.evidence.status == .illustrative }
        let droppedArrangements = network.arrangements.count - reduced.arrangements.count
        let droppedTies = network.ties.count - reduced.ties.count
        removedIllustrative = IllustrativeCount(arrangements: droppedArrangements, ties: droppedTies)
        withoutIllustrative = droppedArrangements + droppedTies > 0 ? variant(reduced.actorGraph().graph, keep: all) : nil

        self.dropRate = dropRate
        var generator = SplitMix64(seed: seed)
        var variants: [Variant] = []
        var inTop = [Int](repeating: 0, count: n)
        let m = graph.edgeCount
        let drop = Int((Double(m) * dropRate).rounded())
        for _ in 0..<max(0, runs) {
            var order = Array(0..<m)
            for i in stride(from: m - 1, to: 0, by: -1) { order.swapAt(i, Int(generator.next() % UInt64(i + 1))) }
            let removed = Set(order.prefix(drop))
            var builder = GraphBuilder(nodeCount: n, directed: graph.isDirected)
            for e in 0..<m where !removed.contains(e) {
                builder.addEdge(Int(graph.edgeSources[e]), Int(graph.edgeTargets[e]), weight: graph.edgeWeights[e])
            }
            let result = variant(builder.buildGraph(), keep: all)
            for v in result.topBrokers { inTop[v] += 1 }
            variants.append(result)
        }
        self.runs = variants
        topFiveFrequency = inTop.map { runs > 0 ? Double($0) / Double(runs) : 0 }
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
