/// Cut points (articulation points) and bridges of the undirected graph (a directed graph is read as undirected),
/// by one iterative depth-first search (Hopcroft & Tarjan 1973), O(n + m). As NetworkX `articulation_points` and
/// `bridges`. Weights are ignored; each component is searched separately, so disconnected graphs are handled.
public struct CutPoints: Sendable {
    /// Whether each node is a cut point: removing it disconnects its component.
    public let isArticulationPoint: [Bool]
    /// The bridges as node pairs (u < v), sorted: edges whose removal disconnects their component.
    public let bridges: [(Int, Int)]

    public init(_ graph: Graph) {
        let g = graph.undirected()
        let n = g.nodeCount
        var discovery = [Int](repeating: -1, count: n), low = [Int](repeating: 0, count: n)
        var articulation = [Bool](repeating: false, count: n)
        var found: [(Int, Int)] = []
        var time = 0
        for root in 0..<n where discovery[root] < 0 {
            discovery[root] = time; low[root] = time; time += 1
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
                        if v == root { rootChildren += 1 }
                        stack.append((w, e, Int(g.outOffsets[w])))
                    } else {
                        low[v] = min(low[v], discovery[w])
                    }
                } else {
                    stack.removeLast()
                    guard let parent = stack.last?.node else { continue }
                    low[parent] = min(low[parent], low[v])
                    if low[v] > discovery[parent] { found.append((min(parent, v), max(parent, v))) }
                    if parent != root && low[v] >= discovery[parent] { articulation[parent] = true }
                }
            }
            if rootChildren > 1 { articulation[root] = true }
        }
        isArticulationPoint = articulation
        bridges = found.sorted { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
    }
}
