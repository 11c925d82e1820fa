/// An arc of the data-flow layer: the data of some indicators go from one actor to another (a supplier to the
/// custodian, or the custodian to a receiver).
public struct DataFlowArc: Sendable, Hashable {
    /// Where the data come from (index into the network's actors).
    public var from: Int
    /// Where they go.
    public var to: Int
    /// The indicators whose data take this step, in file order.
    public var indicators: [Int]
    /// Whether the two actors share an arrangement or a direct tie, so that the data can travel.
    public var hasChannel: Bool
}

/// An actor that holds an indicator's figure, and how many steps of the flow it is from the data's suppliers.
public struct ReachedActor: Sendable, Hashable {
    /// The actor.
    public var actor: Int
    /// 0 for a supplier, 1 for a custodian reached from a supplier, 2 for a receiver reached from that custodian
    /// (1 when the custodian supplies the data itself).
    public var steps: Int
}

/// Who one indicator's figure reaches.
public struct IndicatorReach: Sendable, Hashable {
    /// The indicator.
    public var indicator: Int
    /// The actors that hold the figure, by steps, then in file order.
    public var reached: [ReachedActor]
    /// The actors that use the indicator, in file order.
    public var users: [Int]
    /// How many of them the figure reaches.
    public var usersReached: Int
    /// The committee member nearest to the data, when the figure reaches one.
    public var committeeSight: ReachedActor?
}

/// The actors whose sight of the board is measured.
public struct Committee: Sendable, Hashable {
    /// The arrangements that make it (indices into the network's arrangements).
    public var arrangements: [Int]
    /// Their members, in file order.
    public var members: [Int]
}

/// The data-flow layer of the indicator board: a directed network over the actors in which, for each indicator, the
/// data go from the actors that produce or report them to the custodian, and from the custodian to the actors that
/// validate or use the figure (producer → custodian → user).
///
/// **Channels.** A step exists in the layer whatever the network says; the data can take it only when the two actors
/// share an arrangement or a direct tie (an edge of the actor graph, either direction). A step without a channel is a
/// ``FlowBreak``.
///
/// **Reach.** An indicator's figure reaches its suppliers (step 0); its custodian when the custodian supplies the
/// data or some supplier has a channel to it (step 1); and each receiver with a channel to a reached custodian (one
/// step more). Without a custodian, or without a supplier, the figure goes no further than its suppliers: nobody
/// compiles it. So every actor the figure reaches is within two steps of the data, and an actor sees an indicator
/// within two steps exactly when the figure reaches it.
///
/// **Committee.** The committee sees an indicator when its figure reaches at least one member.
public struct DataFlow: Sendable, Hashable {
    /// The steps of the layer, each pair of actors once, by `from` then `to`.
    public let arcs: [DataFlowArc]
    /// Per indicator, in file order: who the figure reaches.
    public let reach: [IndicatorReach]
    /// The committee; nil when the network has none.
    public let committee: Committee?
    /// The steps without a channel, per indicator and actor, in file order.
    public let breaks: [FlowBreak]

    /// Builds the layer of the network of `actorGraph`.
    ///
    /// - Parameters:
    ///   - actorGraph: The projection of the network (its edges are the channels).
    ///   - choice: Whose sight to measure (the `committee:` argument).
    /// - Complexity: O(k·(r + n)) for k indicators with r assignments each and n actors.
    public init(_ actorGraph: ActorGraph, committee choice: CommitteeChoice = .committees) {
        let network = actorGraph.network
        let graph = actorGraph.graph
        func channel(_ u: Int, _ v: Int) -> Bool { graph.edge(from: u, to: v) != nil || graph.edge(from: v, to: u) != nil }

        let committeeArrangements: [Int]
        switch choice {
        case .committees: committeeArrangements = network.arrangements.indices.filter { network.arrangements[$0].kind == .committee }
        case .arrangement(let id): committeeArrangements = network.arrangements.indices.filter { network.arrangements[$0].id == id }
        }
        var isMember = [Bool](repeating: false, count: network.actors.count)
        for a in committeeArrangements {
            for member in network.arrangements[a].members { if let i = actorGraph.index(of: member) { isMember[i] = true } }
        }
        committee = committeeArrangements.isEmpty ? nil
            : Committee(arrangements: committeeArrangements, members: isMember.indices.filter { isMember[$0] })

        var arcIndicators: [Step: [Int]] = [:]
        var breaks: [FlowBreak] = []
        var reach: [IndicatorReach] = []
        for (k, indicator) in network.indicators.enumerated() {
            /// Each actor once, with its first role of the side, in the order the roles list them.
            func side(_ supplies: Bool) -> [(actor: Int, role: IndicatorRole)] {
                var seen = Set<Int>()
                return indicator.roles.compactMap { assignment in
                    guard assignment.role.suppliesData == supplies, let a = actorGraph.index(of: assignment.actor),
                          seen.insert(a).inserted else { return nil }
                    return (a, assignment.role)
                }
            }
            let suppliers = side(true), receivers = side(false)
            var steps = [Int?](repeating: nil, count: network.actors.count)
            for (a, _) in suppliers { steps[a] = 0 }
            if let c = indicator.custodian.flatMap({ actorGraph.index(of: $0) }) {
                for (a, role) in suppliers where a != c {
                    arcIndicators[Step(from: a, to: c), default: []].append(k)
                    if channel(a, c) { steps[c] = steps[c] ?? 1 } else {
                        breaks.append(FlowBreak(indicator: k, actor: a, role: role, custodian: c))
                    }
                }
                for (a, role) in receivers where a != c {
                    arcIndicators[Step(from: c, to: a), default: []].append(k)
                    if channel(a, c) {
                        if let reached = steps[c], steps[a] == nil { steps[a] = reached + 1 }
                    } else {
                        breaks.append(FlowBreak(indicator: k, actor: a, role: role, custodian: c))
                    }
                }
            }
            let reached = steps.indices.compactMap { a in steps[a].map { ReachedActor(actor: a, steps: $0) } }
                .sorted { ($0.steps, $0.actor) < ($1.steps, $1.actor) }
            let users = indicator.actors(in: .uses).compactMap { actorGraph.index(of: $0) }
            reach.append(IndicatorReach(indicator: k, reached: reached, users: users,
                                        usersReached: users.filter { steps[$0] != nil }.count,
                                        committeeSight: reached.first { isMember[$0.actor] }))
        }
        arcs = arcIndicators.map { step, indicators in
            DataFlowArc(from: step.from, to: step.to, indicators: indicators, hasChannel: channel(step.from, step.to))
        }.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
        self.breaks = breaks
        self.reach = reach
    }

    /// The indicators whose figure reaches a committee member, in file order.
    public var seenByCommittee: [Int] { reach.filter { $0.committeeSight != nil }.map(\.indicator) }

    /// The indicators whose figure reaches no committee member, in file order.
    public var unseenByCommittee: [Int] { reach.filter { $0.committeeSight == nil }.map(\.indicator) }

    /// The actors some indicator's figure reaches, in file order.
    public var actorsReached: [Int] { Array(Set(reach.flatMap { $0.reached.map(\.actor) })).sorted() }

    /// The steps of the layer that have no channel.
    public var blockedArcs: Int { arcs.filter { !$0.hasChannel }.count }

    /// Users of all indicators, an actor counted once per indicator it uses.
    public var userCount: Int { reach.map(\.users.count).reduce(0, +) }

    /// How many of ``userCount`` the figures reach.
    public var usersReached: Int { reach.map(\.usersReached).reduce(0, +) }

    /// A step of the layer, as a dictionary key.
    private struct Step: Hashable { let from: Int, to: Int }

    /// The indicators whose figure reaches `actor`, in file order.
    ///
    /// - Parameter actor: An actor index.
    /// - Returns: The indicators it sees.
    public func indicatorsSeen(by actor: Int) -> [Int] {
        reach.filter { $0.reached.contains { $0.actor == actor } }.map(\.indicator)
    }
}
