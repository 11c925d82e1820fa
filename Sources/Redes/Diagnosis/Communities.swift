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
        // The current level: a weighted undirected graph with self-loops, in flat CSR arrays (the level's nodes are the
        // communities of the level below).
        var level = Level(base, weighted: weighted)
        var membership = Array(0..<n)  // node of the original graph → node of the current level
        var generator = SplitMix64(seed: seed)
        let totalWeight = level.totalWeight  // m
        guard totalWeight > 0 else {
            communityOfNode = Array(0..<n)
            modularity = 0
            return
        }
        while true {
            let count = level.nodeCount
            let strength = level.strengths
            // Int32 labels: half the cache footprint of the array read at every neighbour (the loop is latency bound).
            var community = (0..<count).map { Int32($0) }
            var total = strength
            var order = Array(0..<count)
            for i in stride(from: count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(generator.next() % UInt64(i + 1)))
            }
            var moved = false
            var linkWeight = [Double](repeating: 0, count: count)
            var touched: [Int] = []
            // A level stops after a pass that moves at most one node in `quietShare` (the long tail of passes that
            // move a handful of nodes each: 331 passes on BA-100k, most moving almost nothing). On levels of fewer
            // than `quietShare` nodes that is the classic rule: passes until no node moves.
            let quietMoves = count / LouvainCommunities.quietShare
            var moves: Int
            repeat {
                moves = 0
                for v in order {
                    let current = Int(community[v])
                    // Weights from v to each neighbouring community.
                    for slot in level.offsets[v]..<level.offsets[v + 1] {
                        let c = Int(community[Int(level.neighbors[slot])])
                        if linkWeight[c] == 0 { touched.append(c) }
                        linkWeight[c] += level.weights[slot]
                    }
                    total[current] -= strength[v]
                    let k = strength[v]
                    var best = current
                    var bestGain = linkWeight[current] - total[current] * k / (2 * totalWeight)
                    touched.sort()
                    for c in touched where c != current {
                        let g = linkWeight[c] - total[c] * k / (2 * totalWeight)
                        if g > bestGain + 1e-12 { best = c; bestGain = g }
                    }
                    total[best] += strength[v]
                    if best != current {
                        community[v] = Int32(best)
                        moves += 1
                        moved = true
                    }
                    for c in touched { linkWeight[c] = 0 }
                    touched.removeAll(keepingCapacity: true)
                }
            } while moves > quietMoves
            if !moved { break }
            // Aggregate: one node per community.
            var renumber = [Int](repeating: -1, count: count)
            var next = 0
            for v in 0..<count where renumber[Int(community[v])] < 0 { renumber[Int(community[v])] = next; next += 1 }
            level = level.aggregated(community: community, renumber: renumber, count: next)
            membership = membership.map { renumber[Int(community[$0])] }
            if next == count { break }
        }
        communityOfNode = Partition(communities: membership).groupOfNode
        modularity = GroupCohesion.modularity(base, groupOfNode: communityOfNode, weighted: weighted)
    }

    /// A pass that moves at most one node in this many ends its level (see the loop).
    public static let quietShare = 1000

    /// One level of the Louvain hierarchy in CSR form: sorted neighbours with summed weights, and self-loop weights.
    struct Level {
        var offsets: [Int]
        var neighbors: [Int32]
        var weights: [Double]
        var selfLoops: [Double]

        var nodeCount: Int { selfLoops.count }

        init(offsets: [Int], neighbors: [Int32], weights: [Double], selfLoops: [Double]) {
            self.offsets = offsets
            self.neighbors = neighbors
            self.weights = weights
            self.selfLoops = selfLoops
        }

        /// The first level: the undirected graph itself.
        init(_ graph: Graph, weighted: Bool) {
            let n = graph.nodeCount
            var offsets = [Int](repeating: 0, count: n + 1)
            var neighbors: [Int32] = [], weights: [Double] = []
            neighbors.reserveCapacity(2 * graph.edgeCount)
            weights.reserveCapacity(2 * graph.edgeCount)
            for v in 0..<n {
                for (u, e) in zip(graph.successors(of: v), graph.outgoingEdges(of: v)) {
                    neighbors.append(u)
                    weights.append(weighted ? graph.edgeWeights[Int(e)] : 1)
                }
                offsets[v + 1] = neighbors.count
            }
            self.init(offsets: offsets, neighbors: neighbors, weights: weights, selfLoops: [Double](repeating: 0, count: n))
        }

        /// Each node's weighted degree, self-loops counted twice, summed in adjacency order.
        var strengths: [Double] {
            (0..<nodeCount).map { v in
                var sum = 0.0
                for slot in offsets[v]..<offsets[v + 1] { sum += weights[slot] }
                return sum + 2 * selfLoops[v]
            }
        }

        /// m: half the sum of the adjacency weights.
        var totalWeight: Double {
            var total = 0.0
            for v in 0..<nodeCount {
                var sum = 0.0
                for slot in offsets[v]..<offsets[v + 1] { sum += weights[slot] }
                total += sum
            }
            return total / 2
        }

        /// The level whose nodes are the communities of this one (numbered by `renumber`), with weights summed in
        /// the order the edges are met (node by node), so that results are the same bit for bit on every run.
        func aggregated(community: [Int32], renumber: [Int], count next: Int) -> Level {
            var newSelf = [Double](repeating: 0, count: next)
            // Cross-community edges as (a, b, weight), met in node order, then sorted by (a, b) keeping that order.
            var keys: [Int] = [], values: [Double] = []
            keys.reserveCapacity(neighbors.count)
            values.reserveCapacity(neighbors.count)
            for v in 0..<nodeCount {
                let a = renumber[Int(community[v])]
                newSelf[a] += selfLoops[v]
                for slot in offsets[v]..<offsets[v + 1] {
                    let b = renumber[Int(community[Int(neighbors[slot])])]
                    let w = weights[slot]
                    if a == b { newSelf[a] += w / 2 } else { keys.append(a * next + b); values.append(w) }
                }
            }
            let order = keys.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
            var offsets = [Int](repeating: 0, count: next + 1)
            var neighbors: [Int32] = [], weights: [Double] = []
            var i = 0
            while i < order.count {
                let key = keys[order[i]]
                var sum = 0.0
                while i < order.count && keys[order[i]] == key { sum += values[order[i]]; i += 1 }
                neighbors.append(Int32(key % next))
                weights.append(sum)
                offsets[key / next + 1] = neighbors.count
            }
            // Rows without edges take the end of the row before them.
            for a in 0..<next where offsets[a + 1] < offsets[a] { offsets[a + 1] = offsets[a] }
            return Level(offsets: offsets, neighbors: neighbors, weights: weights, selfLoops: newSelf)
        }
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
