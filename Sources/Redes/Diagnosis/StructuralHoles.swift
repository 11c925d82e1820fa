import Foundation

/// Burt's (1992) structural-hole measures, *Structural Holes: The Social Structure of Competition*, ch. 2, computed as
/// NetworkX does (`constraint`, `effective_size`, `local_constraint`).
///
/// **Ties.** Contacts of i are its neighbours in either direction. The *mutual weight* of i and j is a_ij + a_ji
/// (a the weight of an arc, or 1; 0 when absent), and the proportional tie p_ij = mw(i,j) / Σ_k mw(i,k).
/// **Weights** are tie strengths when `weighted` (otherwise all 1). **Isolates** have no contacts: every measure is
/// nil (NetworkX gives NaN).
public struct StructuralHoles: Sendable {
    /// Constraint C_i = Σ_j c_ij, c_ij = (p_ij + Σ_q p_iq p_qj)² (Burt 1992, eq. 2.4): high when i's contacts are
    /// tied to each other — no holes to broker.
    public let constraint: [Double?]
    /// Effective size Σ_j [1 − Σ_q p_iq m_jq], m_jq = mw(j,q) / max_k mw(j,k) (Burt 1992, p. 52): the number of
    /// contacts minus their redundancy. Unweighted undirected it equals n − 2t/n, t the ties among the n contacts
    /// (Borgatti 1997).
    public let effectiveSize: [Double?]
    /// Efficiency: effective size / number of contacts (Burt 1992, p. 52).
    public let efficiency: [Double?]
    /// Hierarchy H_i = Σ_j (r_j ln r_j) / (N ln N), r_j = c_ij / (C_i / N), N the contacts (Burt 1992, p. 71): how
    /// much of the constraint comes from one contact (1) rather than evenly from all (0). Nil for N ≤ 1.
    public let hierarchy: [Double?]

    /// Computes the four measures for every node of `graph`.
    ///
    /// - Parameters:
    ///   - graph: The graph; contacts are neighbours in either direction.
    ///   - weighted: Use tie strengths as the weights a_ij instead of 1.
    /// - Complexity: O(Σ_i d_i² log d) overall, d_i the number of contacts of i.
    public init(_ graph: Graph, weighted: Bool = false) {
        let n = graph.nodeCount
        // Contacts of each node (sorted, distinct) with mutual weights.
        var contacts = [[Int32]](repeating: [], count: n)
        var mutual = [[Double]](repeating: [], count: n)
        for v in 0..<n {
            var merged: [Int32: Double] = [:]
            for (u, e) in zip(graph.successors(of: v), graph.outgoingEdges(of: v)) {
                merged[u, default: 0] += weighted ? graph.edgeWeights[Int(e)] : 1
            }
            for (u, e) in zip(graph.predecessors(of: v), graph.incomingEdges(of: v)) {
                merged[u, default: 0] += weighted ? graph.edgeWeights[Int(e)] : 1
            }
            let sorted = merged.keys.sorted()
            contacts[v] = sorted
            mutual[v] = sorted.map { merged[$0]! }
        }
        func position(_ u: Int, in v: Int) -> Int? {
            let list = contacts[v]
            var low = 0, high = list.count
            let target = Int32(u)
            while low < high {
                let mid = (low + high) / 2
                if list[mid] < target { low = mid + 1 } else { high = mid }
            }
            return low < list.count && list[low] == target ? low : nil
        }
        let totals = mutual.map { $0.reduce(0, +) }
        let maxima = mutual.map { $0.max() ?? 0 }
        func proportional(_ i: Int, _ j: Int) -> Double {
            guard totals[i] > 0, let k = position(j, in: i) else { return 0 }
            return mutual[i][k] / totals[i]
        }
        var constraint = [Double?](repeating: nil, count: n)
        var effective = [Double?](repeating: nil, count: n)
        var efficiency = [Double?](repeating: nil, count: n)
        var hierarchy = [Double?](repeating: nil, count: n)
        for i in 0..<n where !contacts[i].isEmpty {
            let own = contacts[i]
            var local: [Double] = []
            var redundancySum = 0.0
            for (a, j32) in own.enumerated() {
                let j = Int(j32)
                let pij = mutual[i][a] / totals[i]
                var indirect = 0.0
                var redundancy = 0.0
                for (b, q32) in own.enumerated() where q32 != j32 {
                    let q = Int(q32)
                    let piq = mutual[i][b] / totals[i]
                    indirect += piq * proportional(q, j)
                    if maxima[j] > 0, let k = position(q, in: j) { redundancy += piq * mutual[j][k] / maxima[j] }
                }
                local.append((pij + indirect) * (pij + indirect))
                redundancySum += 1 - redundancy
            }
            let total = local.reduce(0, +)
            constraint[i] = total
            effective[i] = redundancySum
            efficiency[i] = redundancySum / Double(own.count)
            let count = Double(own.count)
            if own.count > 1 && total > 0 {
                var sum = 0.0
                for c in local {
                    let r = c / (total / count)
                    if r > 0 { sum += r * Foundation.log(r) }
                }
                hierarchy[i] = sum / (count * Foundation.log(count))
            }
        }
        self.constraint = constraint
        self.effectiveSize = effective
        self.efficiency = efficiency
        self.hierarchy = hierarchy
    }
}
