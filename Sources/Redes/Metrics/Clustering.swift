import Foundation

/// Local clustering and transitivity, as NetworkX `clustering` and `transitivity`.
extension Graph {
    /// Local clustering coefficient of every node.
    ///
    /// **Undirected**: c_v = 2 T_v / (d_v (d_v − 1)), T_v the triangles through v; **weighted**, T_v sums the geometric
    /// means (ŵ_uv ŵ_vw ŵ_wu)^{1/3} of the triangles' normalised weights ŵ = w / max(w) (Onnela et al. 2005).
    /// **Directed**: Fagiolo (2007): c_v = t_v / (2 [d_v^tot (d_v^tot − 1) − 2 d_v^↔]), with t_v = ((S)³)_vv,
    /// S = Ŵ^{[1/3]} + (Ŵᵀ)^{[1/3]} (plain A + Aᵀ when unweighted). Nodes of degree < 2 get 0.
    /// **Reference.** NetworkX `clustering`.
    ///
    /// - Parameter weighted: Use the normalised edge weights (Onnela et al. 2005) instead of counting triangles.
    /// - Returns: The clustering coefficient of every node, indexed by node, in [0, 1].
    /// - Complexity: O(Σ_v d_v²).
    public func clustering(weighted: Bool) -> [Double] {
        let n = nodeCount
        let maxWeight = weighted ? (edgeWeights.max() ?? 1) : 1
        let cube: [Double] = weighted ? edgeWeights.map { Foundation.cbrt($0 / maxWeight) } : []
        @inline(__always) func s(_ e: Int32) -> Double { weighted ? cube[Int(e)] : 1 }
        var mark = [Double](repeating: 0, count: n)
        var result = [Double](repeating: 0, count: n)
        var visited: [Int32] = []  // reused: no allocation per node
        for v in 0..<n {
            // mark[u] = S_vu for every neighbour u of v.
            for (u, e) in zip(successors(of: v), outgoingEdges(of: v)) { mark[Int(u)] += s(e) }
            if isDirected { for (u, e) in zip(predecessors(of: v), incomingEdges(of: v)) { mark[Int(u)] += s(e) } }
            var t = 0.0
            visited.removeAll(keepingCapacity: true)
            for u in successors(of: v) { visited.append(u) }
            if isDirected { for u in predecessors(of: v) where edge(from: v, to: Int(u)) == nil { visited.append(u) } }
            for u in visited {
                let svu = mark[Int(u)]
                var inner = 0.0
                for (w, e) in zip(successors(of: Int(u)), outgoingEdges(of: Int(u))) where Int(w) != v { inner += s(e) * mark[Int(w)] }
                if isDirected {
                    for (w, e) in zip(predecessors(of: Int(u)), incomingEdges(of: Int(u))) where Int(w) != v { inner += s(e) * mark[Int(w)] }
                }
                t += svu * inner
            }
            for u in visited { mark[Int(u)] = 0 }
            if isDirected {
                let total = outDegree(of: v) + inDegree(of: v)
                let reciprocal = successors(of: v).count { edge(from: Int($0), to: v) != nil }
                let denominator = 2 * Double(total * (total - 1) - 2 * reciprocal)
                result[v] = t == 0 || denominator <= 0 ? 0 : t / denominator
            } else {
                let d = Double(outDegree(of: v))
                result[v] = d < 2 || t == 0 ? 0 : t / (d * (d - 1))
            }
        }
        return result
    }

    /// Transitivity 3 × triangles / connected triples, over the undirected graph (a directed graph is read as
    /// undirected, arcs both ways merged), as NetworkX `transitivity` (on `to_undirected()` for directed graphs).
    /// 0 when there are no triangles. Weights are ignored.
    ///
    /// - Complexity: O(Σ_v d_v²), plus O(n + m) to build the undirected view of a directed graph.
    public var transitivity: Double {
        let graph = isDirected ? undirected() : self
        let n = graph.nodeCount
        var mark = [Bool](repeating: false, count: n)
        var triangles = 0.0, triples = 0.0
        for v in 0..<n {
            let neighbors = graph.successors(of: v)
            for u in neighbors { mark[Int(u)] = true }
            var t = 0
            for u in neighbors { for w in graph.successors(of: Int(u)) where mark[Int(w)] { t += 1 } }
            for u in neighbors { mark[Int(u)] = false }
            triangles += Double(t)  // each triangle at v counted twice
            let d = Double(neighbors.count)
            triples += d * (d - 1)
        }
        return triangles == 0 ? 0 : triangles / triples
    }

    /// The undirected graph with the same nodes and an edge wherever there is an arc either way (weights of
    /// reciprocal arcs summed). An undirected graph returns itself.
    ///
    /// - Returns: The undirected view of this graph.
    /// - Complexity: O(n + m) for a directed graph; O(1) for an undirected one.
    public func undirected() -> Graph {
        guard isDirected else { return self }
        var builder = GraphBuilder(nodeCount: nodeCount, directed: false)
        builder.reserveCapacity(edgeCount)
        for e in 0..<edgeCount { builder.addEdge(Int(edgeSources[e]), Int(edgeTargets[e]), weight: edgeWeights[e]) }
        return builder.buildGraph()
    }
}
