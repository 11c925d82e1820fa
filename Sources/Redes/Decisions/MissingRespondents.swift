/// How much the diagnosis depends on who answered the survey: the diagnosis re-run with the answers of some
/// respondents removed, as if they had not answered.
///
/// **Model.** The respondents are the actors named by the `respondents` of the network's ``EvidenceStatus/reported``
/// ties. A run removes a subset of k of them (k = `share` × respondents, rounded, at least 1): every reported tie
/// forgets their reports and disappears when no report is left (a tie both ends reported survives the loss of one —
/// reconstruction, as on import); arrangements and the other ties stay; the actors stay (they are still in the map).
/// This is *missing respondents*, not missing nodes: Smith & Moody (2013) and Smith, Moody & Morgan (2017) show
/// that betweenness and centralization degrade fast as respondents go missing, while degree-like and closeness
/// rankings hold better — which this test measures on the network at hand.
///
/// **Runs.** When the number of k-subsets is at most `runs`, every subset is tried once (exact, no seed is used);
/// otherwise `runs` subsets are drawn at random with `seed` (SplitMix64, partial Fisher–Yates).
///
/// **Findings.** For each run, Spearman's rank correlation (average ranks; ``SensitivityAnalysis/spearman(_:_:)``)
/// of betweenness, degree and closeness with the full network; fragmentation F and distance-weighted fragmentation
/// DF (Borgatti 2006); the top 5 by betweenness. A ranking is *stable* when its correlation is ≥ 0.8 in at least 90%
/// of runs; an actor is a stable broker when it stays in the top 5 in at least ``SensitivityAnalysis/stableShare`` of
/// runs (the thresholds of ``SensitivityAnalysis``). F and DF are given as the 5th–95th percentile interval.
public struct MissingRespondentSensitivity: Sendable {
    /// One run: who was removed and what the diagnosis became.
    public struct Run: Sendable, Hashable {
        /// The respondents whose answers were removed (indices of ``Network/actors``), ascending.
        public let removed: [Int]
        /// Reported ties lost (no reporter left).
        public let tiesLost: Int
        /// Fragmentation F of the run's network (Borgatti 2006).
        public let fragmentation: Double
        /// Distance-weighted fragmentation DF of the run's network (Borgatti 2006).
        public let distanceFragmentation: Double
        /// Spearman correlation with the full network's betweenness, degree and closeness; nil when one side is
        /// constant.
        public let betweennessRankCorrelation: Double?
        /// Spearman correlation with the full network's degree.
        public let degreeRankCorrelation: Double?
        /// Spearman correlation with the full network's closeness (Wasserman–Faust).
        public let closenessRankCorrelation: Double?
        /// The top 5 by betweenness, largest first (ties by file order).
        public let topBrokers: [Int]
    }

    /// The ranking measures whose stability is judged.
    public enum Ranking: String, Sendable, Hashable, CaseIterable {
        /// Normalised betweenness (Freeman 1977; Brandes 2001).
        case betweenness
        /// Degree: the number of linked actors.
        case degree
        /// Closeness with the Wasserman–Faust correction.
        case closeness
    }

    /// A figure's spread over the runs: the 5th and 95th percentiles (nearest rank), the mean, the minimum and the
    /// maximum.
    public struct Interval: Sendable, Hashable {
        /// The 5th percentile.
        public let low: Double
        /// The 95th percentile.
        public let high: Double
        /// The mean.
        public let mean: Double
        /// The smallest value.
        public let min: Double
        /// The largest value.
        public let max: Double
    }

    /// The actors whose answers make the reported ties, in network order.
    public let respondents: [Int]
    /// The share of respondents removed in each run, as asked.
    public let share: Double
    /// How many respondents each run removes.
    public let removedPerRun: Int
    /// Whether every subset of that size was tried (else a seeded sample).
    public let exhaustive: Bool
    /// The seed of the sample (unused when exhaustive).
    public let seed: UInt64
    /// The full network's figures (nothing removed).
    public let baseline: Run
    /// The runs, in the order tried.
    public let runs: [Run]
    /// For each actor, the share of runs in which it is in the top 5 by betweenness.
    public let topFiveFrequency: [Double]

    /// The share of runs a ranking's correlation must reach 0.8 in, to be stable.
    public static let stableRunShare = 0.9
    /// The correlation a run must reach.
    public static let stableCorrelation = 0.8

    /// Runs the test.
    ///
    /// - Parameters:
    ///   - network: a network with reported ties (`redes survey import`); without any, ``respondents`` is empty and
    ///     there are no runs.
    ///   - share: the share of respondents removed in each run, in (0, 1].
    ///   - runs: the most subsets to try.
    ///   - seed: the seed of the random subsets.
    /// - Complexity: O(runs · n · m) for n actors and m linked pairs (one all-pairs pass per run).
    public init(_ network: Network, share: Double = 0.2, runs: Int = 100, seed: UInt64 = 1) {
        self.share = share
        self.seed = seed
        var base = network
        base.scenarios = []
        let index = Dictionary(network.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let reported = base.ties.indices.filter { base.ties[$0].evidence.status == .reported }
        let reporters = reported.map { base.ties[$0].evidence.respondents.compactMap { index[$0] } }
        let respondents = Array(Set(reporters.joined())).sorted()
        self.respondents = respondents

        let graph = base.actorGraph().graph
        let full = Self.measures(graph)
        func run(removing removed: [Int]) -> Run {
            let gone = Set(removed)
            var reduced = base
            var lost = Set<Int>()
            for (k, t) in reported.enumerated() where !reporters[k].isEmpty && reporters[k].allSatisfy(gone.contains) { lost.insert(t) }
            reduced.ties = base.ties.indices.filter { !lost.contains($0) }.map { base.ties[$0] }
            let measures = lost.isEmpty ? full : Self.measures(reduced.actorGraph().graph)
            return Run(removed: removed, tiesLost: lost.count, fragmentation: measures.fragmentation,
                       distanceFragmentation: measures.distanceFragmentation,
                       betweennessRankCorrelation: SensitivityAnalysis.spearman(full.betweenness, measures.betweenness),
                       degreeRankCorrelation: SensitivityAnalysis.spearman(full.degree, measures.degree),
                       closenessRankCorrelation: SensitivityAnalysis.spearman(full.closeness, measures.closeness),
                       topBrokers: SensitivityAnalysis.top(measures.betweenness, 5))
        }
        baseline = run(removing: [])

        let r = respondents.count
        let k = r == 0 ? 0 : Swift.min(r, Swift.max(1, Int((share * Double(r)).rounded())))
        removedPerRun = k
        let subsets: [[Int]]
        if r == 0 || runs <= 0 {
            subsets = []
            exhaustive = false
        } else if let total = Self.binomial(r, k), total <= runs {
            subsets = Self.combinations(r, k).map { $0.map { respondents[$0] } }
            exhaustive = true
        } else {
            var generator = SplitMix64(seed: seed)
            subsets = (0..<runs).map { _ in
                var order = respondents
                for i in 0..<k { order.swapAt(i, i + Int(generator.next() % UInt64(r - i))) }
                return order.prefix(k).sorted()
            }
            exhaustive = false
        }
        let results = subsets.map(run(removing:))
        self.runs = results
        var inTop = [Int](repeating: 0, count: network.actors.count)
        for result in results { for v in result.topBrokers { inTop[v] += 1 } }
        topFiveFrequency = inTop.map { results.isEmpty ? 0 : Double($0) / Double(results.count) }
    }

    /// The share of runs in which a ranking's correlation with the full network is at least 0.8 (a run where it is
    /// undefined counts as below).
    ///
    /// - Parameter ranking: betweenness, degree or closeness.
    /// - Returns: the share, 0 without runs.
    public func stableShare(_ ranking: Ranking) -> Double {
        guard !runs.isEmpty else { return 0 }
        return Double(runs.count { (correlation(ranking, $0) ?? -1) >= Self.stableCorrelation }) / Double(runs.count)
    }

    /// Whether a ranking is stable (``stableShare(_:)`` ≥ 0.9).
    ///
    /// - Parameter ranking: betweenness, degree or closeness.
    /// - Returns: whether its correlation reaches 0.8 in at least 90% of the runs.
    public func isStable(_ ranking: Ranking) -> Bool { !runs.isEmpty && stableShare(ranking) >= Self.stableRunShare }

    /// A run's correlation for a ranking.
    ///
    /// - Parameters:
    ///   - ranking: betweenness, degree or closeness.
    ///   - run: one of ``runs`` (or ``baseline``).
    /// - Returns: its Spearman correlation with the full network, nil when undefined.
    public func correlation(_ ranking: Ranking, _ run: Run) -> Double? {
        switch ranking {
        case .betweenness: return run.betweennessRankCorrelation
        case .degree: return run.degreeRankCorrelation
        case .closeness: return run.closenessRankCorrelation
        }
    }

    /// The spread of a figure over the runs; nil without runs or when the figure is undefined in every run.
    ///
    /// - Parameter value: the figure of a run (nil when undefined).
    /// - Returns: its interval.
    public func interval(_ value: (Run) -> Double?) -> Interval? {
        let values = runs.compactMap(value).filter(\.isFinite).sorted()
        guard let low = values.first, let high = values.last else { return nil }
        func percentile(_ p: Double) -> Double { values[Swift.max(0, Int((p * Double(values.count)).rounded(.up)) - 1)] }
        return Interval(low: percentile(0.05), high: percentile(0.95), mean: values.reduce(0, +) / Double(values.count),
                        min: low, max: high)
    }

    /// The actors in the top 5 by betweenness in at least ``SensitivityAnalysis/stableShare`` of the runs.
    public var stableTopBrokers: [Int] {
        runs.isEmpty ? [] : topFiveFrequency.indices.filter { topFiveFrequency[$0] >= SensitivityAnalysis.stableShare }
    }

    // MARK: Helpers

    struct Measures {
        let betweenness: [Double]
        let degree: [Double]
        let closeness: [Double]
        let fragmentation: Double
        let distanceFragmentation: Double
    }

    /// Betweenness, degree, closeness, F and DF from one all-pairs pass.
    static func measures(_ graph: Graph) -> Measures {
        let sums = ShortestPaths.run(graph, ShortestPathRequest(betweenness: true, closeness: true, harmonic: true))
        let fragmentation = Fragmentation(graph, sums: sums, sources: nil)
        return Measures(betweenness: sums.normalizedBetweenness(nodeCount: graph.nodeCount),
                        degree: (0..<graph.nodeCount).map { Double(graph.degree(of: $0)) },
                        closeness: sums.closeness(nodeCount: graph.nodeCount),
                        fragmentation: fragmentation.fragmentation, distanceFragmentation: fragmentation.distanceFragmentation)
    }

    /// C(n, k), or nil past 10⁹ (more subsets than any run count).
    static func binomial(_ n: Int, _ k: Int) -> Int? {
        var result = 1
        for i in 0..<Swift.min(k, n - k) {
            result = result * (n - i) / (i + 1)
            if result > 1_000_000_000 { return nil }
        }
        return result
    }

    /// Every k-subset of 0..<n, in lexicographic order.
    static func combinations(_ n: Int, _ k: Int) -> [[Int]] {
        guard k > 0, k <= n else { return k == 0 ? [[]] : [] }
        var result: [[Int]] = []
        var current = Array(0..<k)
        while true {
            result.append(current)
            var i = k - 1
            while i >= 0 && current[i] == n - k + i { i -= 1 }
            if i < 0 { return result }
            current[i] += 1
            for j in (i + 1)..<k { current[j] = current[j - 1] + 1 }
        }
    }
}
