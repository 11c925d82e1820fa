/// The network-level figures a scenario comparison reports, computed by the metrics and diagnosis engines (never a
/// second implementation).
public struct NetworkSnapshot: Sendable {
    public let network: Network
    public let metrics: NetworkMetrics
    public let diagnosis: NetworkDiagnosis

    public init(_ network: Network, weighted: Bool = false, groupBy: String = "bloc") {
        self.network = network
        let projection = network.actorGraph()
        metrics = NetworkMetrics(projection.graph, options: MetricOptions(weighted: weighted))
        diagnosis = NetworkDiagnosis(projection, options: DiagnosisOptions(
            groupBy: groupBy, weighted: weighted, keyPlayers: 0, permutations: 0, actorRemoval: false))
    }

    /// The share of linked pairs that rest on a single channel.
    public var singleChannelShare: Double? {
        let ties = diagnosis.redundancy.singleChannelTies + diagnosis.redundancy.multiplexTies
        return ties > 0 ? Double(diagnosis.redundancy.singleChannelTies) / Double(ties) : nil
    }

    /// Bloc pairs with no tie and no actor tied to both.
    public var blocGaps: Int { diagnosis.redundancy.blocPairs.count { $0.status == .gap } }

    /// The compared figures, by JSON key, in report order.
    public var values: [(key: String, value: Double?)] {
        [
            ("actors", Double(metrics.nodeCount)),
            ("ties", Double(metrics.edgeCount)),
            ("density", metrics.density),
            ("components", Double(metrics.components)),
            ("largest_component", Double(metrics.largestComponent)),
            ("isolates", Double(metrics.isolates.count)),
            ("fragmentation", diagnosis.fragmentation.fragmentation),
            ("distance_fragmentation", diagnosis.fragmentation.distanceFragmentation),
            ("average_distance", metrics.averageDistance),
            ("degree_centralization", metrics.degreeCentralization),
            ("betweenness_centralization", metrics.betweennessCentralization),
            ("ei_index", diagnosis.cohesion?.eiIndex),
            ("single_channel_share", singleChannelShare),
            ("bloc_gaps", Double(blocGaps)),
        ]
    }
}

/// What a scenario (or several, applied in order) changes: before, after and delta of the network figures, and the
/// actors whose position moves most.
public struct ScenarioComparison: Sendable {
    public struct ActorChange: Sendable, Hashable {
        public let id: String
        public let betweennessBefore: Double?
        public let betweennessAfter: Double?
        /// Brokerage roles (sna keys) the actor plays after but not before, and the reverse.
        public let rolesGained: [String]
        public let rolesLost: [String]
        public var betweennessChange: Double { (betweennessAfter ?? 0) - (betweennessBefore ?? 0) }
    }

    public let scenarios: [String]
    public let before: NetworkSnapshot
    public let after: NetworkSnapshot
    /// Every actor present before or after, sorted by the size of its betweenness change (largest first).
    public let actorChanges: [ActorChange]

    /// Applies `scenarios` to `network` in order and compares.
    public init(_ network: Network, applying scenarios: [Scenario], weighted: Bool = false, groupBy: String = "bloc")
        throws(ValidationIssue) {
        var changed = network
        for (i, scenario) in scenarios.enumerated() {
            changed = try changed.applying(scenario, at: ["changes", .index(i)])
        }
        var base = network
        base.scenarios = []
        self.scenarios = scenarios.map(\.id)
        let before = NetworkSnapshot(base, weighted: weighted, groupBy: groupBy)
        let after = NetworkSnapshot(changed, weighted: weighted, groupBy: groupBy)
        self.before = before
        self.after = after
        var changes: [ActorChange] = []
        let beforeIndex = Dictionary(base.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let afterIndex = Dictionary(changed.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var ids = base.actors.map(\.id)
        for actor in changed.actors where beforeIndex[actor.id] == nil { ids.append(actor.id) }
        func roles(_ snapshot: NetworkSnapshot, _ index: Int?) -> Set<String> {
            guard let index, let brokerage = snapshot.diagnosis.brokerage else { return [] }
            return Set(BrokerageRole.allCases.enumerated().filter { brokerage.counts[index][$0.offset] > 0 }.map(\.element.rawValue))
        }
        for id in ids {
            let b = beforeIndex[id], a = afterIndex[id]
            let rolesBefore = roles(before, b), rolesAfter = roles(after, a)
            let order = BrokerageRole.allCases.map(\.rawValue)
            changes.append(ActorChange(
                id: id,
                betweennessBefore: b.flatMap { before.metrics.betweenness?[$0] },
                betweennessAfter: a.flatMap { after.metrics.betweenness?[$0] },
                rolesGained: order.filter { rolesAfter.contains($0) && !rolesBefore.contains($0) },
                rolesLost: order.filter { rolesBefore.contains($0) && !rolesAfter.contains($0) }))
        }
        let moves = changes.map { Swift.abs($0.betweennessChange) }
        let order = changes.indices.sorted { moves[$0] > moves[$1] || (moves[$0] == moves[$1] && $0 < $1) }
        actorChanges = order.map { changes[$0] }
    }
}
