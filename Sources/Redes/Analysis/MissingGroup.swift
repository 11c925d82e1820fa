/// What the group measures (brokerage roles, E-I, mixing, modularity, agreement with communities) do with actors
/// that have no value for the grouping attribute (`--group-by`): an empty `bloc`, or a column left blank.
public enum MissingGroup: String, Sendable, CaseIterable, Hashable {
    /// One group of all of them, shown as "—": what R `sna` does with one shared code. The default.
    case pool
    /// Each of them a group of its own: they are different from every other actor, and from each other.
    case ownGroup = "own-group"
    /// Leave them out: the group measures are computed on the network of the actors that have a value, as `sna` on
    /// that subnetwork would; their own values are null.
    case exclude
}

/// The network the group measures run on, and its groups: the whole actor graph (``MissingGroup/pool``,
/// ``MissingGroup/ownGroup``) or the actors with a value (``MissingGroup/exclude``).
struct GroupScope: Sendable {
    /// The graph the group measures run on.
    let graph: Graph
    /// The original node of each of `graph`'s nodes; nil when `graph` is the whole actor graph.
    let nodes: [Int]?
    /// The groups of `graph`'s nodes.
    let partition: Partition
    /// The actors without a value, ascending.
    let missing: [Int]

    /// The scope of `labels` (one per actor, nil for no value) on `graph`; nil when no actor has a value.
    init?(_ graph: Graph, labels: [String?], handling: MissingGroup) {
        guard labels.contains(where: { $0 != nil }) else { return nil }
        missing = labels.indices.filter { labels[$0] == nil }
        switch handling {
        case .pool:
            (self.graph, nodes, partition) = (graph, nil, Partition(labels: labels))
        case .ownGroup:
            // A label no value can take: "—" and the position of the actor.
            let own = labels.enumerated().map { v, label in label ?? "— \(v + 1)" }
            (self.graph, nodes, partition) = (graph, nil, Partition(labels: own))
        case .exclude:
            let kept = labels.indices.filter { labels[$0] != nil }
            let subgraph = missing.isEmpty ? graph : graph.removing(missing)
            (self.graph, nodes, partition) = (subgraph, missing.isEmpty ? nil : kept, Partition(labels: kept.map { labels[$0] }))
        }
    }

    /// Per-node values of `graph` spread over all `nodeCount` actors, `filler` for the actors left out.
    func spread<T>(_ values: [T], nodeCount: Int, filler: T) -> [T] {
        guard let nodes else { return values }
        var result = [T](repeating: filler, count: nodeCount)
        for (i, v) in nodes.enumerated() { result[v] = values[i] }
        return result
    }

    /// Values over all actors restricted to `graph`'s nodes.
    func restrict<T>(_ values: [T]) -> [T] { nodes.map { $0.map { values[$0] } } ?? values }
}

extension MissingGroup: Vocabulary {
    /// Spanish spellings: `juntar`, `grupo-propio`, `excluir`.
    public var aliases: [String] {
        switch self {
        case .pool: return ["juntar", "agrupar"]
        case .ownGroup: return ["grupo-propio", "grupo propio"]
        case .exclude: return ["excluir"]
        }
    }
}
