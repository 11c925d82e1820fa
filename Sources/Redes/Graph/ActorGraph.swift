/// One way two actors are linked: a shared arrangement or a direct tie.
public enum Channel: Sendable, Hashable {
    /// Co-membership in the arrangement at this index of ``Network/arrangements``.
    case arrangement(Int)
    /// The direct tie at this index of ``Network/ties``.
    case tie(Int)
}

/// The actor-by-actor projection of a ``Network``: the compact ``Graph`` every metric reads, plus, for each edge,
/// the channels that make it.
///
/// **Construction.** Node `i` is `network.actors[i]`. Every pair of members of an arrangement is joined; every tie
/// joins its ends. In a directed network, a tie marked directed is an arc `source → target`, and symmetric ties and
/// co-memberships become arcs both ways. The weight of an edge is the sum of its channels' strengths (each
/// arrangement's `weight`, each tie's `weight`), the usual weighted projection of an affiliation network
/// (co-membership counts when all weights are 1; Breiger 1974; Borgatti & Everett 1997).
///
/// **Channels.** An edge made by one arrangement alone disappears if that mesa stops; an edge with several channels
/// is multiplex. ``channels(ofEdge:)`` keeps that information for redundancy analysis.
public struct ActorGraph: Sendable {
    /// The network this projection was built from.
    public let network: Network
    /// The compact graph: node `i` is `network.actors[i]`.
    public let graph: Graph
    private let channelStarts: [Int32]
    private let channelList: [Channel]
    private let indexByID: [String: Int]

    /// Projects `network` onto its actors.
    ///
    /// Members or tie ends that name no actor are skipped, as are self-loops; a validated network has neither.
    ///
    /// - Parameter network: The network to project.
    /// - Complexity: O(n + Σ_a k_a² + t + m log m) for n actors, arrangements of k_a members, t ties and m edge
    ///   inputs.
    public init(_ network: Network) {
        self.network = network
        var indexByID: [String: Int] = [:]
        indexByID.reserveCapacity(network.actors.count)
        for (i, actor) in network.actors.enumerated() where indexByID[actor.id] == nil { indexByID[actor.id] = i }
        self.indexByID = indexByID

        var builder = GraphBuilder(nodeCount: network.actors.count, directed: network.isDirected)
        var inputChannels: [Channel] = []
        func add(_ u: Int, _ v: Int, _ weight: Double, _ channel: Channel, symmetric: Bool) {
            builder.addEdge(u, v, weight: weight); inputChannels.append(channel)
            if network.isDirected && symmetric {
                builder.addEdge(v, u, weight: weight); inputChannels.append(channel)
            }
        }
        for (a, arrangement) in network.arrangements.enumerated() {
            let members = arrangement.members.compactMap { indexByID[$0] }
            for i in members.indices {
                for j in members.indices where j > i && members[i] != members[j] {
                    add(members[i], members[j], arrangement.weight, .arrangement(a), symmetric: true)
                }
            }
        }
        for (t, tie) in network.ties.enumerated() {
            guard let u = indexByID[tie.source], let v = indexByID[tie.target], u != v else { continue }
            add(u, v, tie.weight, .tie(t), symmetric: network.isSymmetric(tie))
        }
        let (graph, inputs) = builder.build()
        self.graph = graph
        var starts: [Int32] = [0]
        var list: [Channel] = []
        starts.reserveCapacity(graph.edgeCount + 1)
        list.reserveCapacity(inputChannels.count)
        for edgeInputs in inputs {
            // One channel once per edge, in network order (arrangements first, then ties).
            let first = list.count
            for input in edgeInputs {
                let channel = inputChannels[Int(input)]
                if !list[first...].contains(channel) { list.append(channel) }
            }
            starts.append(Int32(list.count))
        }
        self.channelStarts = starts
        self.channelList = list
    }

    /// The number of actors (nodes).
    public var actorCount: Int { graph.nodeCount }

    /// The actor at node `index`.
    ///
    /// - Parameter index: A node in `0..<actorCount`.
    /// - Returns: `network.actors[index]`.
    /// - Complexity: O(1).
    public func actor(at index: Int) -> Actor { network.actors[index] }

    /// The node index of the actor with this id.
    ///
    /// - Parameter id: An actor id.
    /// - Returns: The node of the first actor with that id, or `nil` when there is none.
    /// - Complexity: O(1) on average (a hash lookup).
    public func index(of id: String) -> Int? { indexByID[id] }

    /// The channels (arrangements and direct ties) that make edge `edge`, in network order.
    ///
    /// Arrangements come first, in the order of `network.arrangements`, then ties, in the order of `network.ties`;
    /// each channel appears once. An edge with one channel disappears if that channel stops.
    ///
    /// - Parameter edge: An edge id of `graph`, in `0..<graph.edgeCount`.
    /// - Returns: The channels of the edge, never empty.
    /// - Complexity: O(1).
    public func channels(ofEdge edge: Int) -> ArraySlice<Channel> {
        channelList[Int(channelStarts[edge])..<Int(channelStarts[edge + 1])]
    }

    /// A readable name for a channel: the arrangement id, or `tie:KIND`.
    ///
    /// - Parameter channel: A channel of this projection's network.
    /// - Returns: The arrangement's id, or `tie:` followed by the tie's kind.
    /// - Complexity: O(1).
    public func label(of channel: Channel) -> String {
        switch channel {
        case .arrangement(let a): return network.arrangements[a].id
        case .tie(let t): return "tie:" + network.ties[t].kind
        }
    }
}

extension Network {
    /// The actor-by-actor projection every metric reads (see ``ActorGraph``).
    ///
    /// - Returns: The projection of this network.
    /// - Complexity: As `ActorGraph.init(_:)`; build it once and reuse it.
    public func actorGraph() -> ActorGraph { ActorGraph(self) }

    /// The two-mode (actor × arrangement) view of this network.
    ///
    /// - Returns: The memberships of this network as an ``AffiliationNetwork``.
    /// - Complexity: O(n + Σ_a k_a) for n actors and arrangements of k_a members.
    public func affiliations() -> AffiliationNetwork { AffiliationNetwork(self) }
}
