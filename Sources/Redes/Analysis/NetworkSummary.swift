/// A count of the elements that share a key (a bloc, an arrangement kind, an evidence status, a tie kind).
public struct Tally<Key: Sendable & Hashable>: Sendable, Hashable {
    public let key: Key
    public let count: Int

    public init(_ key: Key, _ count: Int) {
        self.key = key
        self.count = count
    }
}

/// What a network is made of, at a glance: actors by bloc, arrangements by kind and status, ties, components,
/// density and isolates.
public struct NetworkSummary: Sendable {
    public let network: Network
    public let actorGraph: ActorGraph
    public let components: Components

    public init(_ actorGraph: ActorGraph) {
        self.network = actorGraph.network
        self.actorGraph = actorGraph
        self.components = Components(actorGraph.graph)
    }

    public init(_ network: Network) { self.init(network.actorGraph()) }

    /// Actor counts by bloc, in bloc display order; actors without a bloc last (bloc `nil`).
    public var actorsByBloc: [Tally<Bloc?>] {
        var result = network.blocsInUse.map { bloc in Tally<Bloc?>(bloc, network.actors.count { $0.bloc == bloc.id }) }
        let unassigned = network.actors.count { $0.bloc == nil }
        if unassigned > 0 { result.append(Tally(nil, unassigned)) }
        return result
    }

    /// Arrangement counts by kind, for the kinds present.
    public var arrangementsByKind: [Tally<ArrangementKind>] {
        ArrangementKind.allCases.map { kind in Tally(kind, network.arrangements.count { $0.kind == kind }) }.filter { $0.count > 0 }
    }

    /// Arrangement counts by evidence status.
    public var arrangementsByStatus: [Tally<EvidenceStatus>] {
        EvidenceStatus.allCases.map { status in Tally(status, network.arrangements.count { $0.evidence.status == status }) }
    }

    /// Direct-tie counts by evidence status.
    public var tiesByStatus: [Tally<EvidenceStatus>] {
        EvidenceStatus.allCases.map { status in Tally(status, network.ties.count { $0.evidence.status == status }) }
    }

    /// Direct-tie counts by kind, in order of first appearance.
    public var tiesByKind: [Tally<String>] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for tie in network.ties {
            if counts[tie.kind] == nil { order.append(tie.kind) }
            counts[tie.kind, default: 0] += 1
        }
        return order.map { Tally($0, counts[$0] ?? 0) }
    }

    /// The ids of actors with no link at all.
    public var isolateIDs: [String] { actorGraph.graph.isolates.map { network.actors[$0].id } }
}
