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
        // Contacts of each node (sorted, distinct) with mutual weights, in flat CSR arrays: the out-weight first, then
        // the in-weight, summed from 0 in that order.
        var offsets = [Int](repeating: 0, count: n + 1)
        var ids: [Int32] = [], mutual: [Double] = []
        ids.reserveCapacity(2 * graph.edgeCount)
        mutual.reserveCapacity(2 * graph.edgeCount)
        var entries: [(id: Int32, order: Int, weight: Double)] = []
        for v in 0..<n {
            entries.removeAll(keepingCapacity: true)
            for (u, e) in zip(graph.successors(of: v), graph.outgoingEdges(of: v)) {
                entries.append((u, entries.count, weighted ? graph.edgeWeights[Int(e)] : 1))
            }
            for (u, e) in zip(graph.predecessors(of: v), graph.incomingEdges(of: v)) {
                entries.append((u, entries.count, weighted ? graph.edgeWeights[Int(e)] : 1))
            }
            entries.sort { $0.id < $1.id || ($0.id == $1.id && $0.order < $1.order) }
            var k = 0
            while k < entries.count {
                let id = entries[k].id
                var sum = 0.0
                while k < entries.count && entries[k].id == id { sum += entries[k].weight; k += 1 }
                ids.append(id)
                mutual.append(sum)
            }
            offsets[v + 1] = ids.count
        }
        var totals = [Double](repeating: 0, count: n), maxima = [Double](repeating: 0, count: n)
        for v in 0..<n {
            var sum = 0.0, top = -Double.infinity
            for slot in offsets[v]..<offsets[v + 1] { sum += mutual[slot]; top = max(top, mutual[slot]) }
            totals[v] = sum
            maxima[v] = offsets[v + 1] > offsets[v] ? top : 0
        }
        var constraint = [Double?](repeating: nil, count: n)
        var effective = [Double?](repeating: nil, count: n)
        var efficiency = [Double?](repeating: nil, count: n)
        var hierarchy = [Double?](repeating: nil, count: n)
        ids.withUnsafeBufferPointer { ids in
        mutual.withUnsafeBufferPointer { mutual in
        offsets.withUnsafeBufferPointer { offsets in
            /// The slot of `u` among the contacts of `v`, by binary search.
            func slot(_ u: Int32, in v: Int) -> Int? {
                var low = offsets[v], high = offsets[v + 1]
                let end = high
                while low < high {
                    let mid = (low + high) / 2
                    if ids[mid] < u { low = mid + 1 } else { high = mid }
                }
                return low < end && ids[low] == u ? low : nil
            }
            var local: [Double] = []
            for i in 0..<n where offsets[i + 1] > offsets[i] {
                let start = offsets[i], end = offsets[i + 1], count = end - start
                local.removeAll(keepingCapacity: true)
                var redundancySum = 0.0
                for a in start..<end {
                    let j32 = ids[a], j = Int(j32)
                    let pij = mutual[a] / totals[i]
                    var indirect = 0.0
                    var redundancy = 0.0
                    for b in start..<end where ids[b] != j32 {
                        let q32 = ids[b], q = Int(q32)
                        let piq = mutual[b] / totals[i]
                        // p_qj, 0 when j is not a contact of q.
                        var pqj = 0.0
                        if totals[q] > 0, let k = slot(j32, in: q) { pqj = mutual[k] / totals[q] }
                        indirect += piq * pqj
                        if maxima[j] > 0, let k = slot(q32, in: j) { redundancy += piq * mutual[k] / maxima[j] }
                    }
                    local.append((pij + indirect) * (pij + indirect))
                    redundancySum += 1 - redundancy
                }
                let total = local.reduce(0, +)
                constraint[i] = total
                effective[i] = redundancySum
                efficiency[i] = redundancySum / Double(count)
                let size = Double(count)
                if count > 1 && total > 0 {
                    var sum = 0.0
                    for c in local {
                        let r = c / (total / size)
                        if r > 0 { sum += r * Foundation.log(r) }
                    }
                    hierarchy[i] = sum / (size * Foundation.log(size))
                }
            }
        }
        }
        }
        self.constraint = constraint
        self.effectiveSize = effective
        self.efficiency = efficiency
        self.hierarchy = hierarchy
    }
}
