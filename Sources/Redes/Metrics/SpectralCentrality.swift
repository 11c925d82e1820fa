import Foundation

/// Eigenvector centrality and PageRank: the stationary scores of linear iterations over the graph.
extension Graph {
    /// Eigenvector centrality, L2-normalised, as NetworkX `eigenvector_centrality`.
    ///
    /// **Definition.** x_v ∝ Σ_u A_uv x_u: the leading eigenvector of Aᵀ, so on a directed graph a node is central
    /// when central nodes point *to* it (the left eigenvector; NetworkX's orientation). Computed by power iteration on
    /// Aᵀ + I (the shift NetworkX uses, which makes bipartite graphs converge) from the uniform vector, until the L1
    /// change is below n·1e-14. **Weights**: A_uv is the tie strength when `weighted`. **Undefined** (nil) unless the
    /// graph is connected (strongly connected when directed) with at least one edge: otherwise the leading
    /// eigenvector lives on one component and its values elsewhere are meaningless; also nil if the iteration does not
    /// converge in 10,000 steps.
    /// **Reference.** Bonacich (1987), "Power and centrality"; NetworkX `eigenvector_centrality`.
    ///
    /// - Parameter weighted: Use the tie strengths as the entries of A instead of 1.
    /// - Returns: The centrality of every node, indexed by node, with unit L2 norm; `nil` when undefined.
    /// - Complexity: O(n + m) per iteration, at most 10,000 iterations.
    public func eigenvectorCentrality(weighted: Bool) -> [Double]? {
        let n = nodeCount
        guard n > 0, edgeCount > 0, isStronglyConnected else { return nil }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<10_000 {
            // next = (Aᵀ + I) x: pull from in-neighbours.
            for v in 0..<n {
                var sum = x[v]
                let edges = incomingEdges(of: v)
                for (slot, u) in zip(edges.indices, predecessors(of: v)) {
                    sum += x[Int(u)] * (weighted ? edgeWeights[Int(edges[slot])] : 1)
                }
                next[v] = sum
            }
            var norm = 0.0
            for value in next { norm += value * value }
            norm = norm.squareRoot()
            if norm == 0 { norm = 1 }
            var change = 0.0
            for v in 0..<n {
                next[v] /= norm
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * 1e-14 { return x }
        }
        return nil
    }

    /// PageRank with damping α, as NetworkX `pagerank` (uniform teleport, dangling nodes spread uniformly).
    ///
    /// **Definition.** x = α (Wᵀx + (Σ_dangling x)/n) + (1 − α)/n, where W is the row-normalised adjacency
    /// (out-weights divided by out-strength). An undirected graph is read as arcs both ways. **Weights**: tie strengths
    /// when `weighted`. **Convergence**: iterates until the L1 change of the score vector (which sums to 1) is below
    /// `tolerance` (default 1e-12) — stricter than NetworkX's n·tol with its 1e-6 default, so values agree with
    /// igraph's exact PRPACK solver to about 1e-12. Disconnected graphs and isolates are well defined.
    /// **Reference.** Page, Brin, Motwani & Winograd (1999); NetworkX `pagerank`.
    ///
    /// - Parameters:
    ///   - alpha: The damping factor α, the probability of following a tie rather than teleporting (0.85).
    ///   - tolerance: The L1 change of the score vector below which the iteration stops.
    ///   - weighted: Use tie strengths as transition weights instead of 1.
    ///   - maxIterations: The most iterations run; the last vector is returned if `tolerance` is not reached.
    /// - Returns: The PageRank of every node, indexed by node, summing to 1; empty for an empty graph.
    /// - Complexity: O(n + m) per iteration, parallel over nodes (deterministic: each node's sum is one thread's).
    public func pageRank(alpha: Double = 0.85, tolerance: Double = 1e-12, weighted: Bool, maxIterations: Int = 10_000) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var outStrength = [Double](repeating: 0, count: n)
        for u in 0..<n {
            if weighted {
                for e in outgoingEdges(of: u) { outStrength[u] += edgeWeights[Int(e)] }
            } else {
                outStrength[u] = Double(outDegree(of: u))
            }
        }
        let dangling = (0..<n).filter { outStrength[$0] == 0 }
        let x = SharedBuffer<Double>(repeating: 1 / Double(n), count: n)
        let next = SharedBuffer<Double>(repeating: 0, count: n)
        let scaled = SharedBuffer<Double>(repeating: 0, count: n)
        let inWeights: [Double] = weighted ? inEdges.map { edgeWeights[Int($0)] } : []
        let graph = self
        let chunks = n < 20_000 ? 1 : 8
        for _ in 0..<maxIterations {
            var danglingSum = 0.0
            for u in dangling { danglingSum += x[u] }
            for u in 0..<n { scaled[u] = outStrength[u] > 0 ? x[u] / outStrength[u] : 0 }
            let base = (alpha * danglingSum + (1 - alpha)) / Double(n)
            forEachChunk(of: n, count: chunks) { _, range in
                graph.inNeighbors.withUnsafeBufferPointer { neighbors in
                    graph.inOffsets.withUnsafeBufferPointer { offsets in
                        for v in range {
                            var sum = 0.0
                            if weighted {
                                for slot in Int(offsets[v])..<Int(offsets[v + 1]) { sum += scaled[Int(neighbors[slot])] * inWeights[slot] }
                            } else {
                                for slot in Int(offsets[v])..<Int(offsets[v + 1]) { sum += scaled[Int(neighbors[slot])] }
                            }
                            next[v] = alpha * sum + base
                        }
                    }
                }
            }
            var change = 0.0
            for v in 0..<n {
                change += abs(next[v] - x[v])
                x[v] = next[v]
            }
            if change < tolerance { break }
        }
        return x.array
    }

    /// Whether every node reaches every other (for an undirected graph: connected).
    ///
    /// `false` for an empty graph.
    ///
    /// - Complexity: O(n + m).
    public var isStronglyConnected: Bool {
        guard nodeCount > 0 else { return false }
        if !isDirected { return Components(self).count == 1 }
        return StrongComponents(self).count == 1
    }
}
