/// The connected components of a graph (weakly connected for a directed graph).
///
/// **Definition.** Two nodes are in the same component when a path joins them, ignoring direction.
/// **Order.** Components are numbered by decreasing size; ties are broken by the position of their first node, so
/// numbering is stable. Isolates are components of size 1.
/// **Reference.** As NetworkX `connected_components` / `weakly_connected_components` (numbering aside).
public struct Components: Sendable, Hashable {
    /// For each node, the index of its component.
    public let componentOfNode: [Int]
    /// The nodes of each component, ascending, largest component first.
    public let members: [[Int]]

    /// Finds the components of `graph`; direction is ignored.
    ///
    /// - Parameter graph: The graph; weights are ignored.
    /// - Complexity: O(n + m), one breadth-first search.
    public init(_ graph: Graph) {
        let n = graph.nodeCount
        var label = [Int](repeating: -1, count: n)
        var found: [[Int]] = []
        var queue = [Int](repeating: 0, count: n)
        for start in 0..<n where label[start] < 0 {
            let id = found.count
            var head = 0, tail = 0
            queue[tail] = start; tail += 1
            label[start] = id
            while head < tail {
                let u = queue[head]; head += 1
                for v in graph.successors(of: u) where label[Int(v)] < 0 {
                    label[Int(v)] = id; queue[tail] = Int(v); tail += 1
                }
                if graph.isDirected {
                    for v in graph.predecessors(of: u) where label[Int(v)] < 0 {
                        label[Int(v)] = id; queue[tail] = Int(v); tail += 1
                    }
                }
            }
            found.append(queue[0..<tail].sorted())
        }
        // Largest first; equal sizes keep discovery order, which is the order of their first node.
        let order = found.indices.sorted { found[$0].count > found[$1].count || (found[$0].count == found[$1].count && $0 < $1) }
        var renumber = [Int](repeating: 0, count: found.count)
        for (newIndex, old) in order.enumerated() { renumber[old] = newIndex }
        members = order.map { found[$0] }
        componentOfNode = label.map { renumber[$0] }
    }

    /// The number of components.
    public var count: Int { members.count }

    /// The size of the largest component (0 for an empty graph).
    public var largestSize: Int { members.first?.count ?? 0 }

    /// The sizes of the components, largest first.
    public var sizes: [Int] { members.map(\.count) }
}

extension Graph {
    /// The nodes with no edge at all.
    ///
    /// - Complexity: O(n).
    public var isolates: [Int] { (0..<nodeCount).filter { degree(of: $0) == 0 } }

    /// Density: m / (n(n−1)/2) undirected, m / (n(n−1)) directed; 0 when n < 2. As NetworkX `density`.
    ///
    /// Weights are ignored.
    ///
    /// - Complexity: O(1).
    public var density: Double {
        guard nodeCount > 1 else { return 0 }
        let pairs = Double(nodeCount) * Double(nodeCount - 1)
        return Double(edgeCount) / (isDirected ? pairs : pairs / 2)
    }
}
