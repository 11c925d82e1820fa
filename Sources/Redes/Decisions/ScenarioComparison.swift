/// What a scenario (or several, applied in order) changes: before, after and delta of the network figures, and the
/// actors whose position moves most.
///
/// Both sides are ``NetworkAnalysis`` values, so the "after" figures are exactly what the analysis of the changed
/// network reports (`redes analyze --scenario NAME`).
public struct ScenarioComparison: Sendable {
    /// How one actor's position changes.
    public struct ActorChange: Sendable, Hashable {
        public let id: String
        public let betweennessBefore: Double?
        public let betweennessAfter: Double?
        /// Brokerage roles the actor plays after but not before, and the reverse.
        public let rolesGained: [BrokerageRole]
        public let rolesLost: [BrokerageRole]
        public var betweennessChange: Double { (betweennessAfter ?? 0) - (betweennessBefore ?? 0) }
    }

    /// One figure before and after.
    public struct FigureChange: Sendable, Hashable {
        public let figure: Figure
        public let before: Double?
        public let after: Double?
        /// after − before; nil when either is undefined.
        public var delta: Double? { before.flatMap { b in after.map { $0 - b } } }
    }

    /// The ids of the scenarios applied, in order.
    public let scenarios: [String]
    public let before: NetworkAnalysis
    public let after: NetworkAnalysis
    /// Every figure, in ``Figure`` order.
    public let figures: [FigureChange]
    /// Every actor present before or after, sorted by the size of its betweenness change (largest first).
    public let actorChanges: [ActorChange]

    /// The options a comparison uses: every metric, no key players, no permutation test, no actor removal (none of
    /// them is compared).
    public static func options(weighted: Bool = false, groupBy: String = "bloc") -> AnalysisOptions {
        AnalysisOptions(weighted: weighted, groupBy: groupBy, keyPlayers: 0, permutations: 0, actorRemoval: false)
    }

    /// Applies `scenarios` to `network` in order and compares.
    ///
    /// - Parameters:
    ///   - network: the network as it is (its own scenarios are ignored).
    ///   - scenarios: the scenarios to apply, in order.
    ///   - weighted: read weights as tie strengths.
    ///   - groupBy: the attribute for E-I, brokerage roles and bloc gaps.
    /// - Throws: ``ValidationIssue`` when a scenario does not fit the network.
    public init(_ network: Network, applying scenarios: [Scenario], weighted: Bool = false, groupBy: String = "bloc")
        throws(ValidationIssue) {
        var changed = network
        for (i, scenario) in scenarios.enumerated() {
            changed = try changed.applying(scenario, at: ["changes", .index(i)])
        }
        var base = network
        base.scenarios = []
        let options = ScenarioComparison.options(weighted: weighted, groupBy: groupBy)
        self.init(before: NetworkAnalysis(base, options: options), after: NetworkAnalysis(changed, options: options),
                  scenarios: scenarios.map(\.id))
    }

    /// Compares two analyses (of a network and of a scenario of it).
    ///
    /// - Parameters:
    ///   - before: the analysis of the network as it is.
    ///   - after: the analysis of the changed network.
    ///   - scenarios: the ids of the scenarios that lead from one to the other.
    public init(before: NetworkAnalysis, after: NetworkAnalysis, scenarios: [String] = []) {
        self.scenarios = scenarios
        self.before = before
        self.after = after
        figures = Figure.allCases.map { FigureChange(figure: $0, before: before.value(of: $0), after: after.value(of: $0)) }
        var changes: [ActorChange] = []
        let beforeIndex = Dictionary(before.network.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let afterIndex = Dictionary(after.network.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var ids = before.network.actors.map(\.id)
        for actor in after.network.actors where beforeIndex[actor.id] == nil { ids.append(actor.id) }
        func roles(_ analysis: NetworkAnalysis, _ index: Int?) -> Set<BrokerageRole> {
            guard let index, let brokerage = analysis.brokerage else { return [] }
            return Set(BrokerageRole.allCases.filter { brokerage.counts[index][$0] > 0 })
        }
        for id in ids {
            let b = beforeIndex[id], a = afterIndex[id]
            let rolesBefore = roles(before, b), rolesAfter = roles(after, a)
            changes.append(ActorChange(
                id: id,
                betweennessBefore: b.flatMap { before.metrics.betweenness?[$0] },
                betweennessAfter: a.flatMap { after.metrics.betweenness?[$0] },
                rolesGained: BrokerageRole.allCases.filter { rolesAfter.contains($0) && !rolesBefore.contains($0) },
                rolesLost: BrokerageRole.allCases.filter { rolesBefore.contains($0) && !rolesAfter.contains($0) }))
        }
        let moves = changes.map { Swift.abs($0.betweennessChange) }
        let order = changes.indices.sorted { moves[$0] > moves[$1] || (moves[$0] == moves[$1] && $0 < $1) }
        actorChanges = order.map { changes[$0] }
    }

    /// The change of one figure.
    public func change(of figure: Figure) -> FigureChange {
        figures.first { $0.figure == figure } ?? FigureChange(figure: figure, before: nil, after: nil)
    }
}
