/// k-core numbers, as NetworkX `core_number`.
extension Graph {
    /// The core number of every node: the largest k such that the node belongs to a subgraph whose nodes all have
    /// degree ≥ k. **Directed** graphs use the total degree (in + out), reciprocal arcs counting twice, as NetworkX.
    /// Weights are ignored. Isolates have core number 0.
    /// **Reference.** Batagelj & Zaversnik (2003), "An O(m) algorithm for cores decomposition of networks";
    /// NetworkX `core_number`.
    ///
    /// - Returns: The core number of every node, indexed by node.
    /// - Complexity: O(n + m), by bucket sort (Batagelj & Zaversnik 2003).
    public func coreNumbers() -> [Int] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var degree = (0..<n).map { self.degree(of: $0) }
        let maxDegree = degree.max() ?? 0
        var bins = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { bins[d] += 1 }
        var start = 0
        for d in 0...maxDegree { let count = bins[d]; bins[d] = start; start += count }
        var position = [Int](repeating: 0, count: n), ordered = [Int](repeating: 0, count: n)
        for v in 0..<n { position[v] = bins[degree[v]]; ordered[position[v]] = v; bins[degree[v]] += 1 }
        for d in stride(from: maxDegree, to: 0, by: -1) { bins[d] = bins[d - 1] }
        bins[0] = 0
        func lower(_ u: Int, below v: Int) {
            if degree[u] > degree[v] {
                let du = degree[u], pu = position[u], pw = bins[du], w = ordered[pw]
                if u != w { ordered[pu] = w; position[w] = pu; ordered[pw] = u; position[u] = pw }
                bins[du] += 1
                degree[u] -= 1
            }
        }
        for i in 0..<n {
            let v = ordered[i]
            for u in successors(of: v) { lower(Int(u), below: v) }
            if isDirected { for u in predecessors(of: v) { lower(Int(u), below: v) } }
        }
        return degree
    }
}
