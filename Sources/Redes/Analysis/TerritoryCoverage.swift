/// Where a network's actors and arrangements are, territory by territory, and which territories a change reaches.
///
/// An actor is **located** in a territory when its `territories` name it (by id or by name); an arrangement
/// **reaches** a territory when its own `territories` name it or when one of its members is located there. The
/// territories are the declared ones (``Network/territories``), in their order; a network that declares none uses the
/// names its actors and arrangements write, in order of first use.
public struct TerritoryCoverage: Sendable {
    /// One territory: who is there and which arrangements reach it.
    public struct Row: Sendable, Hashable {
        public let territory: Territory
        /// The actors located there (indices into the network's actors), in the network's order.
        public let actors: [Int]
        /// The arrangements that reach it (indices into the network's arrangements), in the network's order.
        public let arrangements: [Int]
    }

    public let rows: [Row]

    /// Places the network's actors and arrangements in its territories.
    ///
    /// - Parameter network: the network.
    /// - Complexity: O(t · (n + Σ|members|)) for t territories.
    public init(_ network: Network) {
        var territories = network.territories
        if territories.isEmpty {
            var seen = Set<String>()
            for name in network.actors.flatMap(\.territories) + network.arrangements.flatMap(\.territories)
            where seen.insert(name).inserted {
                territories.append(Territory(id: name))
            }
        }
        let located = TerritoryCoverage.locations(network, territories: territories)
        let actorIndex = Dictionary(network.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        rows = territories.enumerated().map { t, territory in
            let actors = network.actors.indices.filter { located[$0].contains(t) }
            let arrangements = network.arrangements.indices.filter { a in
                let arrangement = network.arrangements[a]
                return arrangement.territories.contains(where: territory.isNamed)
                    || arrangement.members.contains { actorIndex[$0].map { located[$0].contains(t) } ?? false }
            }
            return Row(territory: territory, actors: actors, arrangements: arrangements)
        }
    }

    /// For each territory (by id), its **local** actors — located there and nowhere else — that gain at least one
    /// linked pair from `before` to `after` (ids, in `after`'s order): the territories a scenario reaches, and through
    /// whom. An actor working in several territories (a regional program, an institution with several sites) is left
    /// out: a new tie of it says nothing about which of its territories gains.
    ///
    /// - Parameters:
    ///   - before: the actor graph of the network as it is.
    ///   - after: the actor graph of the changed network.
    /// - Returns: territory id → actor ids; territories nobody reaches are left out.
    /// - Complexity: O(m log m + t · n) for m linked pairs.
    public static func reach(before: ActorGraph, after: ActorGraph) -> [String: [String]] {
        func pairs(_ projection: ActorGraph) -> Set<[String]> {
            let g = projection.graph, actors = projection.network.actors
            return Set((0..<g.edgeCount).map { e in
                let ends = [actors[Int(g.edgeSources[e])].id, actors[Int(g.edgeTargets[e])].id]
                return projection.network.isDirected ? ends : ends.sorted()
            })
        }
        let old = pairs(before)
        var gainers = Set<String>()
        for pair in pairs(after) where !old.contains(pair) { gainers.formUnion(pair) }
        let coverage = TerritoryCoverage(after.network)
        let locations = TerritoryCoverage.locations(after.network, territories: coverage.rows.map(\.territory))
        var result: [String: [String]] = [:]
        for (t, row) in coverage.rows.enumerated() {
            let ids = row.actors.filter { locations[$0] == [t] }.map { after.network.actors[$0].id }.filter(gainers.contains)
            if !ids.isEmpty { result[row.territory.id] = ids }
        }
        return result
    }

    /// For each actor, the positions (in `territories`) of the territories it is located in.
    static func locations(_ network: Network, territories: [Territory]) -> [Set<Int>] {
        network.actors.map { actor in
            Set(territories.indices.filter { t in actor.territories.contains(where: territories[t].isNamed) })
        }
    }
}
