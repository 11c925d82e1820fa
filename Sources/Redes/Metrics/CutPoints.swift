/// Cut points (articulation points) and bridges of the undirected graph (a directed graph is read as undirected),
/// by one iterative depth-first search (Hopcroft & Tarjan 1973), O(n + m). As NetworkX `articulation_points` and
/// `bridges`. Weights are ignored; each component is searched separately, so disconnected graphs are handled.
public struct CutPoints: Sendable {
    /// Whether each node is a cut point: removing it disconnects its component.
    public let isArticulationPoint: [Bool]
    /// The bridges as node pairs (u < v), sorted: edges whose removal disconnects their component.
    public let bridges: [(Int, Int)]
    /// For each node, the sizes of the pieces its component falls into when it is removed: one piece of size s − 1
    /// when it is not a cut point, none for an isolate. A DFS child subtree w of v with low(w) ≥ disc(v) becomes a
    /// piece of its own; the rest of the component stays together.
    public let piecesAfterRemoval: [[Int]]

    /// Finds the cut points, the bridges and the pieces left by removing each node.
    ///
    /// - Parameter graph: The graph, read as undirected; weights are ignored.
    /// - Complexity: O(n + m), one iterative depth-first search per component.
    public init(_ graph: Graph) {
        let g = graph.undirected()
        let n = g.nodeCount
        var discovery = [Int](repeating: -1, count: n), low = [Int](repeating: 0, count: n)
        var subtree = [Int](repeating: 1, count: n)
        var separated = [[Int]](repeating: [], count: n)
        var articulation = [Bool](repeating: false, count: n)
        var found: [(Int, Int)] = []
        var componentSize = [Int](repeating: 0, count: n)
        var time = 0
        for root in 0..<n where discovery[root] < 0 {
            discovery[root] = time; low[root] = time; time += 1
            var members = [root]
            var rootChildren = 0
            // (node, parent edge, next adjacency slot)
            var stack: [(node: Int, parentEdge: Int, next: Int)] = [(root, -1, Int(g.outOffsets[root]))]
            while let top = stack.last {
                let v = top.node
                if top.next < Int(g.outOffsets[v + 1]) {
                    stack[stack.count - 1].next += 1
                    let slot = top.next
                    let w = Int(g.outNeighbors[slot]), e = Int(g.outEdges[slot])
                    if e == top.parentEdge { continue }
                    if discovery[w] < 0 {
                        discovery[w] = time; low[w] = time; time += 1
                        members.append(w)
                        if v == root { rootChildren += 1 }
                        stack.append((w, e, Int(g.outOffsets[w])))
                    } else {
                        low[v] = min(low[v], discovery[w])
                    }
                } else {
                    stack.removeLast()
                    guard let parent = stack.last?.node else { continue }
                    low[parent] = min(low[parent], low[v])
                    subtree[parent] += subtree[v]
                    if low[v] > discovery[parent] { found.append((min(parent, v), max(parent, v))) }
                    if low[v] >= discovery[parent] {
                        separated[parent].append(subtree[v])
                        if parent != root { articulation[parent] = true }
                    }
                }
            }
            if rootChildren > 1 { articulation[root] = true }
            for v in members { componentSize[v] = members.count }
        }
        isArticulationPoint = articulation
        bridges = found.sorted { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        piecesAfterRemoval = (0..<n).map { v in
            let rest = componentSize[v] - 1 - separated[v].reduce(0, +)
            return separated[v] + (rest > 0 ? [rest] : [])
        }
    }
}
