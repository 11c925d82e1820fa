import Foundation

/// Communities found by the Louvain method (Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding of
/// communities in large networks", J. Stat. Mech. P10008): greedy local moves that raise modularity, then
/// aggregation, repeated until no move helps.
///
/// **Direction and weights.** Runs on the undirected view (arcs both ways merged, weights summed); uses tie
/// strengths when `weighted`. **Randomness.** The order in which nodes are visited is shuffled with a seeded
/// generator, so a given seed always gives the same partition; partitions differ across libraries and seeds, so
/// compare modularity, not labels.
public struct LouvainCommunities: Sendable {
    /// The community of each node, numbered 0, 1, … in order of first appearance.
    public let communityOfNode: [Int]
    /// The modularity of the partition on the undirected view.
    public let modularity: Double

    /// Finds the communities of `graph` and their modularity.
    ///
    /// A graph without edges gives every node its own community and modularity 0.
    ///
    /// - Parameters:
    ///   - graph: The graph, read as undirected.
    ///   - weighted: Use tie strengths instead of 1.
    ///   - seed: The seed of the order in which nodes are visited.
    /// - Complexity: About O(m) per pass.
    public init(_ graph: Graph, weighted: Bool = false, seed: UInt64 = 42) {
        let base = graph.undirected()
        let n = base.nodeCount
        // The current level: a weighted undirected graph with self-loops (adjacency lists with weights).
        var neighbors: [[Int]] = (0..<n).map { v in base.successors(of: v).map(Int.init) }
        var weights: [[Double]] = (0..<n).map { v in base.outgoingEdges(of: v).map { weighted ? base.edgeWeights[Int($0)] : 1 } }
        var selfLoops = [Double](repeating: 0, count: n)
        var membership = Array(0..<n)  // node of the original graph → node of the current level
        var generator = SplitMix64(seed: seed)
        let totalWeight = weights.reduce(0) { $0 + $1.reduce(0, +) } / 2  // m
        guard totalWeight > 0 else {
            communityOfNode = Array(0..<n)
            modularity = 0
            return
        }
        while true {
            let count = neighbors.count
            var strength = (0..<count).map { weights[$0].reduce(0, +) + 2 * selfLoops[$0] }
            var community = Array(0..<count)
            var total = strength
            var order = Array(0..<count)
            for i in stride(from: count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(generator.next() % UInt64(i + 1)))
            }
            var moved = false
            var linkWeight = [Double](repeating: 0, count: count)
            var touched: [Int] = []
            var improvement = true
            while improvement {
                improvement = false
                for v in order {
                    let current = community[v]
                    // Weights from v to each neighbouring community.
                    for (u, w) in zip(neighbors[v], weights[v]) {
                        let c = community[u]
                        if linkWeight[c] == 0 { touched.append(c) }
                        linkWeight[c] += w
                    }
                    total[current] -= strength[v]
                    let k = strength[v]
                    func gain(_ c: Int) -> Double { linkWeight[c] - total[c] * k / (2 * totalWeight) }
                    var best = current
                    var bestGain = gain(current)
                    for c in touched.sorted() where c != current {
                        let g = gain(c)
                        if g > bestGain + 1e-12 { best = c; bestGain = g }
                    }
                    total[best] += strength[v]
                    if best != current {
                        community[v] = best
                        improvement = true
                        moved = true
                    }
                    for c in touched { linkWeight[c] = 0 }
                    touched.removeAll(keepingCapacity: true)
                }
            }
            if !moved { break }
            // Aggregate: one node per community.
            var renumber = [Int](repeating: -1, count: count)
            var next = 0
            for v in 0..<count where renumber[community[v]] < 0 { renumber[community[v]] = next; next += 1 }
            var newNeighbors = [[Int: Double]](repeating: [:], count: next)
            var newSelf = [Double](repeating: 0, count: next)
            for v in 0..<count {
                let a = renumber[community[v]]
                newSelf[a] += selfLoops[v]
                for (u, w) in zip(neighbors[v], weights[v]) {
                    let b = renumber[community[u]]
                    if a == b { newSelf[a] += w / 2 } else { newNeighbors[a][b, default: 0] += w }
                }
            }
            neighbors = newNeighbors.map { $0.keys.sorted() }
            weights = newNeighbors.indices.map { a in neighbors[a].map { newNeighbors[a][$0]! } }
            selfLoops = newSelf
            membership = membership.map { renumber[community[$0]] }
            strength = []
            if next == count { break }
        }
        communityOfNode = Partition(communities: membership).groupOfNode
        modularity = GroupCohesion.modularity(base, groupOfNode: communityOfNode, weighted: weighted)
    }
}

/// How alike two partitions are: normalised mutual information and adjusted Rand index.
public struct PartitionAgreementScore: Sendable, Hashable {
    /// ``PartitionAgreement/normalizedMutualInformation(_:_:)``.
    public let nmi: Double
    /// ``PartitionAgreement/adjustedRandIndex(_:_:)``.
    public let ari: Double

    /// Both scores of two partitions of the same nodes.
    ///
    /// - Parameters:
    ///   - x: A group label for each node.
    ///   - y: Another group label for each node, in the same node order.
    /// - Complexity: O(n + g·h) for g groups in `x` and h in `y`.
    public init(_ x: [Int], _ y: [Int]) {
        nmi = PartitionAgreement.normalizedMutualInformation(x, y)
        ari = PartitionAgreement.adjustedRandIndex(x, y)
    }
}

/// How well the communities match one actor attribute.
public struct AttributeAgreement: Sendable, Hashable {
    /// The attribute (`bloc`, `territory`, `sector`).
    public let attribute: String
    /// The agreement of the communities with the attribute's groups.
    public let score: PartitionAgreementScore
    /// The normalised mutual information of `score`.
    public var nmi: Double { score.nmi }
    /// The adjusted Rand index of `score`.
    public var ari: Double { score.ari }
}

/// How alike two partitions of the same nodes are.
public enum PartitionAgreement {
    /// Normalised mutual information with the arithmetic-mean normalisation, NMI = I(X;Y) / ((H(X) + H(Y))/2), as
    /// scikit-learn's `normalized_mutual_info_score` (Danon et al. 2005). 1 for identical partitions (also when both
    /// have a single group), 0 for independent ones.
    ///
    /// - Parameters:
    ///   - x: A group label for each node.
    ///   - y: Another group label for each node, in the same node order.
    /// - Returns: The NMI, in [0, 1]; 1 for no nodes.
    /// - Complexity: O(n + g·h) for g groups in `x` and h in `y`.
    public static func normalizedMutualInformation(_ x: [Int], _ y: [Int]) -> Double {
        let n = Double(x.count)
        guard n > 0 else { return 1 }
        let (table, rows, columns) = contingency(x, y)
        func entropy(_ counts: [Int]) -> Double {
            counts.reduce(0.0) { h, c in c == 0 ? h : h - Double(c) / n * log(Double(c) / n) }
        }
        let hx = entropy(rows), hy = entropy(columns)
        if hx == 0 && hy == 0 { return 1 }
        var mutual = 0.0
        for (i, row) in table.enumerated() {
            for (j, c) in row.enumerated() where c > 0 {
                mutual += Double(c) / n * log(Double(c) * n / (Double(rows[i]) * Double(columns[j])))
            }
        }
        let denominator = (hx + hy) / 2
        return denominator > 0 ? max(0, mutual / denominator) : 0
    }

    /// Adjusted Rand index (Hubert & Arabie 1985), as scikit-learn's `adjusted_rand_score`: 1 for identical
    /// partitions, about 0 for random ones.
    ///
    /// - Parameters:
    ///   - x: A group label for each node.
    ///   - y: Another group label for each node, in the same node order.
    /// - Returns: The ARI, at most 1 and negative when the partitions agree less than chance; 1 for fewer than two
    ///   nodes.
    /// - Complexity: O(n + g·h) for g groups in `x` and h in `y`.
    public static func adjustedRandIndex(_ x: [Int], _ y: [Int]) -> Double {
        let (table, rows, columns) = contingency(x, y)
        func pairs(_ c: Int) -> Double { Double(c) * Double(c - 1) / 2 }
        let index = table.reduce(0.0) { $0 + $1.reduce(0.0) { $0 + pairs($1) } }
        let rowPairs = rows.reduce(0.0) { $0 + pairs($1) }, columnPairs = columns.reduce(0.0) { $0 + pairs($1) }
        let total = pairs(x.count)
        guard total > 0 else { return 1 }
        let expected = rowPairs * columnPairs / total
        let maximum = (rowPairs + columnPairs) / 2
        if maximum == expected { return 1 }
        return (index - expected) / (maximum - expected)
    }

    private static func contingency(_ x: [Int], _ y: [Int]) -> (table: [[Int]], rows: [Int], columns: [Int]) {
        let a = Partition(communities: x).groupOfNode, b = Partition(communities: y).groupOfNode
        let r = (a.max() ?? -1) + 1, c = (b.max() ?? -1) + 1
        var table = [[Int]](repeating: [Int](repeating: 0, count: c), count: r)
        for i in a.indices { table[a[i]][b[i]] += 1 }
        return (table, table.map { $0.reduce(0, +) }, (0..<c).map { j in table.reduce(0) { $0 + $1[j] } })
    }
}
