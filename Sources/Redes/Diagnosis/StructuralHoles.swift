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
    /// - Complexity: O(Σ_q d_q²) overall, d_q the number of contacts of q (each contact q of each i scans its own
    ///   contacts once).
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
        // For each i, the contacts q of i scatter their own contacts j into dense per-node sums (igraph's loop):
        // indirect[j] = Σ_q p_iq p_qj and redundancy[j] = Σ_q p_iq m_jq over the contacts j of i. For a given j the
        // terms are added in ascending q, as in the definition's sum, so the values are those of the direct double
        // loop bit for bit — without a search for j among q's contacts.
        var indirect = [Double](repeating: 0, count: n), redundancy = [Double](repeating: 0, count: n)
        var isContact = [Bool](repeating: false, count: n)
        var local: [Double] = []
        ids.withUnsafeBufferPointer { ids in
        mutual.withUnsafeBufferPointer { mutual in
        offsets.withUnsafeBufferPointer { offsets in
        indirect.withUnsafeMutableBufferPointer { indirect in
        redundancy.withUnsafeMutableBufferPointer { redundancy in
        isContact.withUnsafeMutableBufferPointer { isContact in
            for i in 0..<n where offsets[i + 1] > offsets[i] {
                let start = offsets[i], end = offsets[i + 1], count = end - start
                for a in start..<end { isContact[Int(ids[a])] = true }
                for b in start..<end {
                    let q = Int(ids[b])
                    let piq = mutual[b] / totals[i]
                    for k in offsets[q]..<offsets[q + 1] {
                        let j = Int(ids[k])
                        guard isContact[j] else { continue }
                        // p_qj = mw(q,j)/Σ_k mw(q,k); m_jq = mw(j,q)/max_k mw(j,k), and mw is symmetric.
                        indirect[j] += piq * (mutual[k] / totals[q])
                        if maxima[j] > 0 { redundancy[j] += piq * mutual[k] / maxima[j] }
                    }
                }
                local.removeAll(keepingCapacity: true)
                var redundancySum = 0.0
                for a in start..<end {
                    let j = Int(ids[a])
                    let pij = mutual[a] / totals[i]
                    let c = pij + indirect[j]
                    local.append(c * c)
                    redundancySum += 1 - redundancy[j]
                    indirect[j] = 0
                    redundancy[j] = 0
                    isContact[j] = false
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
        }
        }
        }
        self.constraint = constraint
        self.effectiveSize = effective
        self.efficiency = efficiency
        self.hierarchy = hierarchy
    }
}
