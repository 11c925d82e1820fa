/// Fragmentation measures of Borgatti (2006), "Identifying sets of key players in a social network",
/// Computational and Mathematical Organization Theory 12(1): how far a network is from everyone reaching everyone.
public struct Fragmentation: Sendable {
    /// F = 1 − Σ_{i≠j} r_ij / (n(n−1)), r_ij = 1 when j is reachable from i (Borgatti 2006, eq. 2 in its reachability
    /// form). On an undirected graph this is 1 − Σ_k s_k(s_k−1) / (n(n−1)) over component sizes s_k: 0 when connected,
    /// 1 when every actor is an isolate. Weights do not matter. **Undefined (NaN, null in JSON) when n < 2**: the
    /// formula is a share of the n(n−1) ordered pairs, and there are none — it is not 0 (a connected network).
    public let fragmentation: Double
    /// DF = 1 − Σ_{i≠j} (1/d_ij) / (n(n−1)), with 1/∞ = 0 (Borgatti 2006, eq. 4): it also counts how far apart
    /// connected actors are. 0 only for a complete graph. Weighted: d uses lengths 1/weight. Undefined (NaN) when n < 2.
    public let distanceFragmentation: Double

    /// Computes F and DF of `graph` in one all-pairs pass.
    ///
    /// - Parameters:
    ///   - graph: the graph; directed graphs use directed reachability and distances.
    ///   - weighted: DF uses lengths 1/weight.
    ///   - sampleSize: estimate DF (and F of a directed graph) from this many sources drawn with `seed`, scaling the
    ///     sums by n / sampleSize — an unbiased estimate for very large graphs.
    ///   - seed: the seed of the sample.
    /// - Complexity: O(n + m) for F on an undirected graph; DF (and F on a directed graph) need all-pairs shortest
    ///   paths, O(n·m) (O(n·m log n) weighted), one batched pass.
    public init(_ graph: Graph, weighted: Bool = false, sampleSize: Int? = nil, seed: UInt64 = 1) {
        let sources = sampleSize.flatMap { ShortestPaths.sampledSources(nodeCount: graph.nodeCount, sampleSize: $0, seed: seed) }
        let request = Fragmentation.request(graph, weighted: weighted, sources: sources)
        self.init(graph, sums: ShortestPaths.run(graph, request), sources: sources)
    }

    /// The all-pairs pass F and DF need: harmonic sums, and incoming reach on a directed graph.
    static func request(_ graph: Graph, weighted: Bool, sources: [Int]?) -> ShortestPathRequest {
        ShortestPathRequest(closeness: graph.isDirected, harmonic: true, weighted: weighted, sources: sources)
    }

    /// F and DF from the sums of a pass that gathered harmonic sums (and incoming reach when directed) — the same
    /// pass the metrics use, so DF = 1 − Σ_v harmonic(v) / (n(n−1)) costs nothing more.
    init(_ graph: Graph, sums: ShortestPathSums, sources: [Int]?) {
        let n = graph.nodeCount
        guard n > 1 else { fragmentation = .nan; distanceFragmentation = .nan; return }
        let pairs = Double(n) * Double(n - 1)
        let scale = sources.map { Double(n) / Double($0.count) } ?? 1
        distanceFragmentation = 1 - scale * sums.harmonic.reduce(0, +) / pairs
        if graph.isDirected {
            fragmentation = 1 - scale * sums.incomingReach.reduce(0, +) / pairs
        } else {
            fragmentation = Fragmentation.componentFragmentation(Components(graph).sizes, nodeCount: n)
        }
    }

    /// F alone: from the component sizes on an undirected graph (O(n + m)), from a reachability pass on a directed
    /// one (O(n·m)). Equal to `Fragmentation(graph).fragmentation` without the distance pass.
    ///
    /// - Parameter graph: the graph.
    /// - Returns: F (Borgatti 2006, eq. 2); NaN when n < 2 (no pairs).
    /// - Complexity: O(n + m) undirected; O(n·m) directed.
    public static func reachability(_ graph: Graph) -> Double {
        let n = graph.nodeCount
        guard n > 1 else { return .nan }
        if !graph.isDirected { return componentFragmentation(Components(graph).sizes, nodeCount: n) }
        let sums = ShortestPaths.run(graph, ShortestPathRequest(closeness: true))
        return 1 - sums.incomingReach.reduce(0, +) / (Double(n) * Double(n - 1))
    }

    /// 1 − Σ_k s_k(s_k−1) / (n(n−1)) for component sizes `sizes` of a graph with `nodeCount` nodes; NaN when n < 2.
    public static func componentFragmentation(_ sizes: [Int], nodeCount n: Int) -> Double {
        guard n > 1 else { return .nan }
        let connectedPairs = sizes.reduce(0.0) { $0 + Double($1) * Double($1 - 1) }
        return 1 - connectedPairs / (Double(n) * Double(n - 1))
    }
}

extension Graph {
    /// For each node v, the fragmentation F of the graph without v (on n − 1 nodes): how much the network would break
    /// apart if that actor left (Borgatti 2006). Undirected graphs use the cut-point structure of one depth-first
    /// search, O(n + m) in all; directed graphs recompute reachability without each node, O(n²·m). NaN (undefined)
    /// for every node when n ≤ 2: one actor or none would remain.
    public func fragmentationIfRemoved() -> [Double] {
        let n = nodeCount
        guard n > 2 else { return [Double](repeating: .nan, count: n) }
        if isDirected {
            return (0..<n).map { v in Fragmentation.reachability(removing([v])) }
        }
        let components = Components(self)
        let pieces = CutPoints(self).piecesAfterRemoval
        let total = components.sizes.reduce(0.0) { $0 + Double($1) * Double($1 - 1) }
        let pairs = Double(n - 1) * Double(n - 2)
        return (0..<n).map { v in
            let own = Double(components.members[components.componentOfNode[v]].count)
            let split = pieces[v].reduce(0.0) { $0 + Double($1) * Double($1 - 1) }
            return 1 - (total - own * (own - 1) + split) / pairs
        }
    }

    /// For each node v, the distance fragmentation DF of the graph without v. O(n²·m): one all-pairs pass per node.
    public func distanceFragmentationIfRemoved(weighted: Bool = false) -> [Double] {
        (0..<nodeCount).map { v in Fragmentation(removing([v]), weighted: weighted).distanceFragmentation }
    }

    /// The graph without the given nodes (the others renumbered in order), keeping weights.
    public func removing(_ nodes: [Int]) -> Graph {
        var removed = [Bool](repeating: false, count: nodeCount)
        for v in nodes { removed[v] = true }
        var newIndex = [Int](repeating: -1, count: nodeCount)
        var next = 0
        for v in 0..<nodeCount where !removed[v] { newIndex[v] = next; next += 1 }
        var builder = GraphBuilder(nodeCount: next, directed: isDirected)
        builder.reserveCapacity(edgeCount)
        for e in 0..<edgeCount {
            let u = newIndex[Int(edgeSources[e])], v = newIndex[Int(edgeTargets[e])]
            if u >= 0 && v >= 0 { builder.addEdge(u, v, weight: edgeWeights[e]) }
        }
        return builder.buildGraph()
    }
}
