/// A network observed in waves, for longitudinal tools (Gephi's timeline, RSiena): one network per wave, numbered
/// 1…K, over one actor order — every actor of any wave, in order of first appearance.
///
/// Waves come from dates (``init(_:dates:)``: the network as it stands on each date) or from a roadmap
/// (``init(roadmap:asIs:)``: the network as it is, then each phase).
public struct NetworkWaves: Sendable {
    /// One wave: its label (a date, or a phase's name) and its network.
    public struct Wave: Sendable {
        public let label: String
        public let network: Network
    }

    /// The waves, in order (wave k is `waves[k - 1]`).
    public let waves: [Wave]
    /// Every actor of any wave, in order of first appearance: the row and column order of every wave's matrix.
    public let actors: [Actor]
    /// Whether ties are arcs.
    public let isDirected: Bool

    /// Waves from networks already made.
    ///
    /// - Parameter waves: the waves, in order (at least one).
    public init(_ waves: [Wave]) {
        self.waves = waves
        var seen = Set<String>()
        var actors: [Actor] = []
        for wave in waves { for actor in wave.network.actors where seen.insert(actor.id).inserted { actors.append(actor) } }
        self.actors = actors
        isDirected = waves.first?.network.isDirected ?? false
    }

    /// The network as it stands on each date (``Network/standing(at:)``).
    ///
    /// - Parameters:
    ///   - network: the network, whose elements carry periods.
    ///   - dates: the dates of the waves, in order.
    public init(_ network: Network, dates: [PeriodDate]) {
        self.init(dates.map { Wave(label: $0.description, network: network.standing(at: $0)) })
    }

    /// The network as it is, then each phase of its roadmap (``Network/phaseNetworks()``).
    ///
    /// - Parameters:
    ///   - network: the network, with its roadmap.
    ///   - asIs: the label of the first wave (the network as it is), in the caller's language.
    /// - Throws: ``ValidationIssue`` when a phase does not fit.
    public init(roadmap network: Network, asIs: String) throws(ValidationIssue) {
        var base = network
        base.scenarios = []
        base.roadmap = []
        let phases = try network.phaseNetworks()
        self.init([Wave(label: asIs, network: base)] + zip(network.roadmap, phases).map { Wave(label: $0.name, network: $1) })
    }

    /// For each wave, which actors (by position in ``actors``) are present.
    public var presence: [[Bool]] {
        waves.map { wave in
            let ids = Set(wave.network.actors.map(\.id))
            return actors.map { ids.contains($0.id) }
        }
    }

    /// For each wave, its links as pairs of positions in ``actors`` (smaller first when undirected), with their
    /// strengths, sorted.
    public var links: [[ActorLink]] {
        let position = Dictionary(actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return waves.map { wave in
            let projection = wave.network.actorGraph(), graph = projection.graph
            return (0..<graph.edgeCount).compactMap { e -> ActorLink? in
                guard let u = position[wave.network.actors[Int(graph.edgeSources[e])].id],
                      let v = position[wave.network.actors[Int(graph.edgeTargets[e])].id] else { return nil }
                let (a, b) = isDirected || u < v ? (u, v) : (v, u)
                return ActorLink(first: a, second: b, weight: graph.edgeWeights[e])
            }.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
        }
    }

    /// The runs of consecutive waves (1-based, inclusive) in which `present` holds: `[true, true, false, true]` gives
    /// `[1…2, 4…4]`.
    public static func runs(_ present: [Bool]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        var start: Int?
        for (i, here) in present.enumerated() {
            if here, start == nil { start = i + 1 }
            if !here, let s = start { runs.append(s...i); start = nil }
        }
        if let s = start { runs.append(s...present.count) }
        return runs
    }
}

/// A link of one wave: two positions in ``NetworkWaves/actors`` and its strength.
public struct ActorLink: Sendable, Hashable {
    public let first: Int
    public let second: Int
    public let weight: Double
}
