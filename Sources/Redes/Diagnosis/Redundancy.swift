/// Redundancy and gaps in a stakeholder network: what no general SNA package measures, because it needs the
/// arrangements behind each tie (the *channels* of ``ActorGraph``).
///
/// - **Overlapping arrangements**: pairs whose member sets overlap by Jaccard similarity |A ∩ B| / |A ∪ B| at or
///   above a threshold — candidate duplicated mesas.
/// - **Meeting load**: for each actor, memberships that bring no new contact: arrangements in which every other
///   member also sits with the actor in another arrangement *of the same kind*.
/// - **Channels per tie**: a tie resting on a single channel (one arrangement or one direct tie) disappears if that
///   mesa stops; a multiplex tie survives. Counted per bloc pair.
/// - **Arrangement dependency**: for each arrangement, the ties that rest on it alone and the fragmentation F the
///   network would have without it.
/// - **Bloc gaps**: bloc pairs with no tie at all; pairs joined only through one broker (no direct tie and exactly
///   one actor tied to both blocs); pairs whose every direct tie involves the same actor.
public struct RedundancyAnalysis: Sendable {
    public struct Overlap: Sendable, Hashable {
        public let first: Int, second: Int
        public let jaccard: Double
        public let shared: [String]
    }

    public struct MeetingLoad: Sendable, Hashable {
        public let actor: Int
        public let memberships: Int
        /// Arrangement ids that bring the actor no new contact within their kind.
        public let redundant: [String]
    }

    public struct BlocPair: Sendable, Hashable {
        public let first: String, second: String
        public let ties: Int
        public let singleChannel: Int
        public var multiplex: Int { ties - singleChannel }
        /// Actors tied to both blocs (when there is no direct tie), or the one actor on every direct tie.
        public let brokers: [String]
        public let status: GapStatus
    }

    public enum GapStatus: String, Sendable {
        case connected
        /// Every direct tie between the two blocs involves one actor.
        case singleActor = "single_actor"
        /// No direct tie; exactly one actor is tied to both blocs.
        case singleBroker = "single_broker"
        /// No direct tie; several actors are tied to both blocs.
        case indirect
        /// No tie and no actor tied to both.
        case gap
    }

    public struct Dependency: Sendable, Hashable {
        public let arrangement: Int
        /// Ties whose only channel is this arrangement.
        public let soleChannelTies: Int
        public let fragmentationWithout: Double
        public let componentsWithout: Int
    }

    public let overlaps: [Overlap]
    public let meetingLoad: [MeetingLoad]
    public let singleChannelTies: Int
    public let multiplexTies: Int
    public let blocPairs: [BlocPair]
    public let dependencies: [Dependency]
    /// The actor graph analysed.
    public let graph: Graph

    public init(_ projection: ActorGraph, jaccardThreshold: Double = 0.5, groupBy attribute: String = "bloc") {
        let network = projection.network
        let graph = projection.graph
        self.graph = graph
        let n = graph.nodeCount
        let members = network.arrangements.map { Set($0.members) }
        // Overlaps.
        var overlaps: [Overlap] = []
        for a in members.indices {
            for b in members.indices where b > a {
                let shared = members[a].intersection(members[b])
                let union = members[a].union(members[b])
                guard !union.isEmpty else { continue }
                let jaccard = Double(shared.count) / Double(union.count)
                if jaccard >= jaccardThreshold - 1e-12 {
                    let order = network.actors.map(\.id).filter { shared.contains($0) }
                    overlaps.append(Overlap(first: a, second: b, jaccard: jaccard, shared: order))
                }
            }
        }
        self.overlaps = overlaps.sorted { $0.jaccard > $1.jaccard || ($0.jaccard == $1.jaccard && ($0.first, $0.second) < ($1.first, $1.second)) }
        // Meeting load.
        var load: [MeetingLoad] = []
        for (i, actor) in network.actors.enumerated() {
            let mine = network.arrangements.indices.filter { members[$0].contains(actor.id) }
            var redundant: [String] = []
            for a in mine {
                let others = members[a].subtracting([actor.id])
                let sameKind = mine.filter { $0 != a && network.arrangements[$0].kind == network.arrangements[a].kind }
                let elsewhere = sameKind.reduce(into: Set<String>()) { $0.formUnion(members[$1]) }
                if !others.isEmpty && others.isSubset(of: elsewhere) { redundant.append(network.arrangements[a].id) }
            }
            load.append(MeetingLoad(actor: i, memberships: mine.count, redundant: redundant))
        }
        meetingLoad = load
        // Channels per tie and per bloc pair.
        let groups = Partition(labels: network.actors.map { $0.value(of: attribute) })
        var single = 0
        var pairTies = [[Int]](repeating: [Int](repeating: 0, count: groups.groupCount), count: groups.groupCount)
        var pairSingle = pairTies
        var pairActors = [[Set<Int>?]](repeating: [Set<Int>?](repeating: nil, count: groups.groupCount), count: groups.groupCount)
        for e in 0..<graph.edgeCount {
            let u = Int(graph.edgeSources[e]), v = Int(graph.edgeTargets[e])
            let isSingle = projection.channels(ofEdge: e).count == 1
            if isSingle { single += 1 }
            let (a, b) = (min(groups.groupOfNode[u], groups.groupOfNode[v]), max(groups.groupOfNode[u], groups.groupOfNode[v]))
            pairTies[a][b] += 1
            if isSingle { pairSingle[a][b] += 1 }
            // Actors common to every tie of the pair.
            let ends: Set<Int> = [u, v]
            pairActors[a][b] = pairActors[a][b].map { $0.intersection(ends) } ?? ends
        }
        singleChannelTies = single
        multiplexTies = graph.edgeCount - single
        // Actors tied to each group.
        var touches = [Set<Int>](repeating: [], count: n)
        for v in 0..<n {
            for u in graph.successors(of: v) { touches[v].insert(groups.groupOfNode[Int(u)]) }
            for u in graph.predecessors(of: v) { touches[v].insert(groups.groupOfNode[Int(u)]) }
        }
        var pairs: [BlocPair] = []
        for a in 0..<groups.groupCount {
            for b in a..<groups.groupCount {
                if a == b && groups.sizes[a] < 2 { continue }
                let ties = pairTies[a][b]
                var status = GapStatus.connected
                var brokers: [String] = []
                if ties == 0 && a != b {
                    let between = (0..<n).filter { touches[$0].contains(a) && touches[$0].contains(b) }
                    brokers = between.map { network.actors[$0].id }
                    status = between.isEmpty ? .gap : (between.count == 1 ? .singleBroker : .indirect)
                } else if ties == 0 {
                    status = .gap
                } else if a != b, let common = pairActors[a][b], common.count == 1, ties > 0 {
                    status = .singleActor
                    brokers = common.sorted().map { network.actors[$0].id }
                }
                pairs.append(BlocPair(first: groups.labels[a], second: groups.labels[b], ties: ties,
                                      singleChannel: pairSingle[a][b], brokers: brokers, status: status))
            }
        }
        blocPairs = pairs
        // Arrangement dependency.
        var sole = [Int](repeating: 0, count: network.arrangements.count)
        for e in 0..<graph.edgeCount {
            let channels = projection.channels(ofEdge: e)
            if channels.count == 1, case .arrangement(let a) = channels.first! { sole[a] += 1 }
        }
        dependencies = network.arrangements.indices.map { a in
            var reduced = network
            reduced.arrangements.remove(at: a)
            reduced.scenarios = []
            let reducedGraph = reduced.actorGraph().graph
            return Dependency(arrangement: a, soleChannelTies: sole[a],
                              fragmentationWithout: Fragmentation.reachability(reducedGraph),
                              componentsWithout: Components(reducedGraph).count)
        }
    }

    /// The arrangements some tie rests on alone, most such ties first (then in file order).
    public var criticalDependencies: [Dependency] {
        dependencies.filter { $0.soleChannelTies > 0 }
            .sorted { $0.soleChannelTies > $1.soleChannelTies || ($0.soleChannelTies == $1.soleChannelTies && $0.arrangement < $1.arrangement) }
    }
}
