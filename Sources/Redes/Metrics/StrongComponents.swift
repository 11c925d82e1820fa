/// The strongly connected components of a directed graph (Tarjan 1972, iterative), numbered by decreasing size with
/// ties broken by the position of their first node. For an undirected graph they are the connected components.
public struct StrongComponents: Sendable {
    /// For each node, the index of its strongly connected component.
    public let componentOfNode: [Int]
    /// The nodes of each component, ascending, largest component first.
    public let members: [[Int]]

    /// Finds the strongly connected components of `graph`.
    ///
    /// - Parameter graph: The graph; weights are ignored.
    /// - Complexity: O(n + m), one iterative depth-first search (Tarjan 1972), plus sorting the components.
    public init(_ graph: Graph) {
        guard graph.isDirected else {
            let components = Components(graph)
            componentOfNode = components.componentOfNode
            members = components.members
            return
        }
        let n = graph.nodeCount
        var index = [Int](repeating: -1, count: n), low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int] = [], found: [[Int]] = []
        var counter = 0
        var callStack: [(node: Int, next: Int)] = []
        for root in 0..<n where index[root] < 0 {
            callStack.append((root, Int(graph.outOffsets[root])))
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while let (v, slot) = callStack.last {
                if slot < Int(graph.outOffsets[v + 1]) {
                    callStack[callStack.count - 1].next += 1
                    let w = Int(graph.outNeighbors[slot])
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(w); onStack[w] = true
                        callStack.append((w, Int(graph.outOffsets[w])))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                } else {
                    callStack.removeLast()
                    if let parent = callStack.last { low[parent.node] = min(low[parent.node], low[v]) }
                    if low[v] == index[v] {
                        var component: [Int] = []
                        while let w = stack.popLast() {
                            onStack[w] = false
                            component.append(w)
                            if w == v { break }
                        }
                        found.append(component.sorted())
                    }
                }
            }
        }
        let order = found.indices.sorted {
            found[$0].count > found[$1].count || (found[$0].count == found[$1].count && found[$0][0] < found[$1][0])
        }
        members = order.map { found[$0] }
        var label = [Int](repeating: 0, count: n)
        for (c, component) in members.enumerated() { for v in component { label[v] = c } }
        componentOfNode = label
    }

    /// The number of strongly connected components.
    public var count: Int { members.count }
}
