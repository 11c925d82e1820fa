/// A compact, integer-indexed graph in compressed sparse row (CSR) form: the structure every metric reads.
///
/// Nodes are `0..<nodeCount`. Each edge has an id `0..<edgeCount`, two ends and a weight; an undirected edge is
/// stored once with `source < target` and appears in the adjacency of both ends. Edges are sorted by
/// `(source, target)`, and every adjacency list is sorted by neighbour, so iteration order — and with it every
/// result — is deterministic. There are no self-loops and no parallel edges (a ``GraphBuilder`` merges them).
public struct Graph: Sendable {
    /// The number of nodes; the nodes are `0..<nodeCount`.
    public let nodeCount: Int
    /// Whether edges are arcs `source → target`; when `false` every edge counts both ways.
    public let isDirected: Bool
    /// The source of each edge, by edge id (the smaller end when undirected).
    public let edgeSources: [Int32]
    /// The target of each edge, by edge id (the larger end when undirected).
    public let edgeTargets: [Int32]
    /// Edge weights (tie strengths); all 1 for an unweighted graph.
    public let edgeWeights: [Double]

    let outOffsets: [Int32]
    let outNeighbors: [Int32]
    let outEdges: [Int32]
    let inOffsets: [Int32]
    let inNeighbors: [Int32]
    let inEdges: [Int32]

    /// The number of edges: arcs when directed, each undirected edge counted once.
    public var edgeCount: Int { edgeSources.count }

    /// Builds the graph from edges that are already unique, without self-loops, sorted by `(source, target)`, and
    /// (undirected) with `source < target`.
    init(nodeCount: Int, directed: Bool, sortedSources: [Int32], sortedTargets: [Int32], weights: [Double]) {
        self.nodeCount = nodeCount
        self.isDirected = directed
        self.edgeSources = sortedSources
        self.edgeTargets = sortedTargets
        self.edgeWeights = weights
        if directed {
            (outOffsets, outNeighbors, outEdges) = Graph.adjacency(nodeCount: nodeCount, from: sortedSources, to: sortedTargets, both: false)
            (inOffsets, inNeighbors, inEdges) = Graph.adjacency(nodeCount: nodeCount, from: sortedTargets, to: sortedSources, both: false)
        } else {
            (outOffsets, outNeighbors, outEdges) = Graph.adjacency(nodeCount: nodeCount, from: sortedSources, to: sortedTargets, both: true)
            (inOffsets, inNeighbors, inEdges) = (outOffsets, outNeighbors, outEdges)
        }
    }

    /// Counting sort of edge ends into CSR arrays; neighbours come out sorted because edges are sorted by source
    /// then target (for `both`, the reverse entries of a node are all smaller than its forward ones).
    private static func adjacency(nodeCount: Int, from: [Int32], to: [Int32], both: Bool)
        -> (offsets: [Int32], neighbors: [Int32], edges: [Int32]) {
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for u in from { offsets[Int(u) + 1] += 1 }
        if both { for v in to { offsets[Int(v) + 1] += 1 } }
        for i in 0..<nodeCount { offsets[i + 1] += offsets[i] }
        let total = Int(offsets[nodeCount])
        var neighbors = [Int32](repeating: 0, count: total)
        var edges = [Int32](repeating: 0, count: total)
        var cursor = offsets
        if both {
            // Reverse entries first: for node v, neighbours u < v arrive in increasing u because edges are sorted
            // by source.
            for e in 0..<from.count {
                let v = Int(to[e])
                let slot = Int(cursor[v]); cursor[v] += 1
                neighbors[slot] = from[e]; edges[slot] = Int32(e)
            }
        }
        // Forward entries: for node u, targets arrive in increasing order. When `from` is the target array
        // (in-adjacency), the edges are sorted by source, so sources arrive in increasing order too.
        for e in 0..<from.count {
            let u = Int(from[e])
            let slot = Int(cursor[u]); cursor[u] += 1
            neighbors[slot] = to[e]; edges[slot] = Int32(e)
        }
        return (offsets, neighbors, edges)
    }

    /// The out-neighbours of `node` (all neighbours when undirected), sorted.
    ///
    /// - Parameter node: A node in `0..<nodeCount`.
    /// - Returns: The neighbours, in increasing order, without repeats.
    /// - Complexity: O(1); the slice shares the graph's storage.
    @inlinable public func successors(of node: Int) -> ArraySlice<Int32> {
        outNeighborsSlice(node)
    }

    /// The in-neighbours of `node` (all neighbours when undirected), sorted.
    ///
    /// - Parameter node: A node in `0..<nodeCount`.
    /// - Returns: The neighbours, in increasing order, without repeats.
    /// - Complexity: O(1); the slice shares the graph's storage.
    public func predecessors(of node: Int) -> ArraySlice<Int32> {
        inNeighbors[Int(inOffsets[node])..<Int(inOffsets[node + 1])]
    }

    @usableFromInline func outNeighborsSlice(_ node: Int) -> ArraySlice<Int32> {
        outNeighbors[Int(outOffsets[node])..<Int(outOffsets[node + 1])]
    }

    /// The ids of the edges leaving `node` (all incident edges when undirected), aligned with ``successors(of:)``.
    ///
    /// - Parameter node: A node in `0..<nodeCount`.
    /// - Returns: Edge ids, the i-th for the edge to the i-th successor.
    /// - Complexity: O(1).
    public func outgoingEdges(of node: Int) -> ArraySlice<Int32> {
        outEdges[Int(outOffsets[node])..<Int(outOffsets[node + 1])]
    }

    /// The ids of the edges entering `node` (all incident edges when undirected), aligned with ``predecessors(of:)``.
    ///
    /// - Parameter node: A node in `0..<nodeCount`.
    /// - Returns: Edge ids, the i-th for the edge from the i-th predecessor.
    /// - Complexity: O(1).
    public func incomingEdges(of node: Int) -> ArraySlice<Int32> {
        inEdges[Int(inOffsets[node])..<Int(inOffsets[node + 1])]
    }

    /// Out-degree (degree when undirected).
    ///
    /// - Parameter node: A node in `0..<nodeCount`.
    /// - Returns: The number of arcs leaving `node`, or of edges incident to it when undirected.
    /// - Complexity: O(1).
    public func outDegree(of node: Int) -> Int { Int(outOffsets[node + 1] - outOffsets[node]) }

    /// In-degree (degree when undirected).
    ///
    /// - Parameter node: A node in `0..<nodeCount`.
    /// - Returns: The number of arcs entering `node`, or of edges incident to it when undirected.
    /// - Complexity: O(1).
    public func inDegree(of node: Int) -> Int { Int(inOffsets[node + 1] - inOffsets[node]) }

    /// The number of incident edges: in + out for a directed graph, as NetworkX's `DiGraph.degree`.
    ///
    /// A reciprocal pair of arcs counts twice. Weights are ignored.
    ///
    /// - Parameter node: A node in `0..<nodeCount`.
    /// - Returns: The degree of `node`.
    /// - Complexity: O(1).
    public func degree(of node: Int) -> Int {
        isDirected ? outDegree(of: node) + inDegree(of: node) : outDegree(of: node)
    }

    /// The id of the edge from `u` to `v` (either way when undirected), by binary search.
    ///
    /// - Parameters:
    ///   - u: The source node.
    ///   - v: The target node.
    /// - Returns: The edge id, or `nil` when there is no such edge (always `nil` for `u == v`).
    /// - Complexity: O(log d), d the out-degree of `u`.
    public func edge(from u: Int, to v: Int) -> Int? {
        let neighbors = successors(of: u)
        var low = neighbors.startIndex, high = neighbors.endIndex
        let target = Int32(v)
        while low < high {
            let mid = (low + high) / 2
            if neighbors[mid] < target { low = mid + 1 } else { high = mid }
        }
        return low < neighbors.endIndex && neighbors[low] == target ? Int(outEdges[low]) : nil
    }
}

/// Collects edges in any order, merging repeats, and builds a ``Graph``.
///
/// Repeated edges (the same ends, in either order when undirected) become one edge whose weight is the sum of
/// theirs; the builder reports which inputs went into each edge so callers can keep per-edge provenance.
public struct GraphBuilder: Sendable {
    /// The number of nodes of the graph to build.
    public let nodeCount: Int
    /// Whether the graph to build is directed.
    public let isDirected: Bool
    private var keys: [UInt64] = []
    private var weights: [Double] = []

    /// Creates an empty builder.
    ///
    /// - Parameters:
    ///   - nodeCount: The number of nodes; edges join nodes in `0..<nodeCount`.
    ///   - directed: Whether edges are arcs `u → v`; otherwise `u — v` and `v — u` are the same edge.
    public init(nodeCount: Int, directed: Bool) {
        self.nodeCount = nodeCount
        self.isDirected = directed
    }

    /// Reserves room for `count` edge inputs, to avoid reallocation while adding them.
    ///
    /// - Parameter count: The number of `addEdge(_:_:weight:)` calls expected.
    /// - Complexity: O(count).
    public mutating func reserveCapacity(_ count: Int) {
        keys.reserveCapacity(count)
        weights.reserveCapacity(count)
    }

    /// Adds an edge `u → v` (or `u — v`). Self-loops are ignored; they carry no meaning in these metrics.
    ///
    /// - Parameters:
    ///   - u: The source node, in `0..<nodeCount`.
    ///   - v: The target node, in `0..<nodeCount`.
    ///   - weight: The tie strength; repeated edges add their weights.
    /// - Precondition: Both nodes are in `0..<nodeCount`.
    /// - Complexity: Amortised O(1).
    public mutating func addEdge(_ u: Int, _ v: Int, weight: Double = 1) {
        precondition(u >= 0 && u < nodeCount && v >= 0 && v < nodeCount, "node index out of range")
        guard u != v else { return }
        let (a, b) = isDirected || u < v ? (u, v) : (v, u)
        keys.append(UInt64(a) << 32 | UInt64(b))
        weights.append(weight)
    }

    /// The number of edge inputs added so far (before merging).
    public var inputCount: Int { keys.count }

    /// Builds the graph. `inputsOfEdge` gives, for each edge id, the positions of the inputs merged into it, in the
    /// order they were added.
    ///
    /// - Returns: The graph, and for each of its edge ids the positions (in order of `addEdge(_:_:weight:)` calls)
    ///   of the inputs merged into that edge.
    /// - Complexity: O(n + m) for m inputs: a stable radix sort in ⌈2·log₂ n / 11⌉ passes, then one merge.
    public func build() -> (graph: Graph, inputsOfEdge: [ArraySlice<Int32>]) {
        let (graph, order, starts) = buildSorted()
        let inputs = (0..<graph.edgeCount).map { order[Int(starts[$0])..<Int(starts[$0 + 1])] }
        return (graph, inputs)
    }

    /// Builds the graph only.
    ///
    /// - Returns: The graph, with repeated edges merged and their weights summed.
    /// - Complexity: O(m + n) for m inputs.
    public func buildGraph() -> Graph { buildSorted().graph }

    private func buildSorted() -> (graph: Graph, order: [Int32], starts: [Int32]) {
        let order = GraphBuilder.sortedOrder(keys, nodeCount: nodeCount)
        var sources: [Int32] = [], targets: [Int32] = [], merged: [Double] = [], starts: [Int32] = []
        sources.reserveCapacity(keys.count); targets.reserveCapacity(keys.count)
        merged.reserveCapacity(keys.count); starts.reserveCapacity(keys.count + 1)
        var previous: UInt64? = nil
        for (position, input) in order.enumerated() {
            let key = keys[Int(input)]
            if key != previous {
                sources.append(Int32(truncatingIfNeeded: key >> 32))
                targets.append(Int32(truncatingIfNeeded: key & 0xffff_ffff))
                merged.append(weights[Int(input)])
                starts.append(Int32(position))
                previous = key
            } else {
                merged[merged.count - 1] += weights[Int(input)]
            }
        }
        starts.append(Int32(order.count))
        let graph = Graph(nodeCount: nodeCount, directed: isDirected, sortedSources: sources, sortedTargets: targets,
                          weights: merged)
        return (graph, order, starts)
    }

    /// The input positions sorted by key, stably (equal keys keep input order): an LSD radix sort on the compact
    /// key u·n + v, O(m) for the few passes that cover n² — the dominant cost of building a large graph otherwise.
    static func sortedOrder(_ keys: [UInt64], nodeCount: Int) -> [Int32] {
        let count = keys.count
        var order = [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count { buffer[i] = Int32(i) }
            initialized = count
        }
        if zip(keys, keys.dropFirst()).allSatisfy({ $0 <= $1 }) { return order }
        let n = UInt64(max(nodeCount, 1))
        var compact = keys.map { ($0 >> 32) &* n &+ ($0 & 0xffff_ffff) }
        let maxKey = n &* n
        let bitsPerPass = 11, buckets = 1 << bitsPerPass, mask = UInt64(buckets - 1)
        var otherOrder = [Int32](repeating: 0, count: count)
        var otherKeys = [UInt64](repeating: 0, count: count)
        var shift: UInt64 = 0
        var counts = [Int](repeating: 0, count: buckets)
        while shift < 64 && (maxKey >> shift) > 0 {
            for i in 0..<buckets { counts[i] = 0 }
            for key in compact { counts[Int((key >> shift) & mask)] += 1 }
            var total = 0
            for i in 0..<buckets { let c = counts[i]; counts[i] = total; total += c }
            for i in 0..<count {
                let key = compact[i]
                let bucket = Int((key >> shift) & mask)
                let slot = counts[bucket]; counts[bucket] = slot + 1
                otherKeys[slot] = key
                otherOrder[slot] = order[i]
            }
            swap(&compact, &otherKeys)
            swap(&order, &otherOrder)
            shift += UInt64(bitsPerPass)
        }
        return order
    }
}
