import Redes
import RedesPresentation

extension DiagramOptions.Focus {
    /// The ids of the actors in focus, in file order.
    ///
    /// - Actors: the actors named and every actor within `depth` steps of one of them in the actor graph (ties
    ///   followed both ways in a directed network, as an ego network in the weak sense).
    /// - Bloc: the actors whose bloc is the one named.
    /// - Arrangement: the members of the arrangement.
    ///
    /// - Parameter projection: the actor graph of the network drawn.
    /// - Returns: the ids in focus; an id the network does not have is left out.
    /// - Complexity: O(n + m) for an ego network (one breadth-first search from all named actors at once).
    public func actors(in projection: ActorGraph) -> [String] {
        let network = projection.network
        switch self {
        case .actors(let ids, let depth):
            let graph = projection.graph
            var distance = [Int](repeating: -1, count: graph.nodeCount)
            var frontier = ids.compactMap { projection.index(of: $0) }
            for v in frontier { distance[v] = 0 }
            var step = 0
            while !frontier.isEmpty && step < depth {
                step += 1
                var next: [Int] = []
                for v in frontier {
                    let around = graph.isDirected ? Array(graph.successors(of: v)) + Array(graph.predecessors(of: v)) : Array(graph.successors(of: v))
                    for w in around.map(Int.init) where distance[w] < 0 {
                        distance[w] = step
                        next.append(w)
                    }
                }
                frontier = next
            }
            return network.actors.indices.filter { distance[$0] >= 0 }.map { network.actors[$0].id }
        case .bloc(let bloc):
            return network.actors.filter { $0.bloc == bloc }.map(\.id)
        case .arrangement(let id):
            return network.arrangement(id)?.members ?? []
        }
    }

    /// The actors the focus names (drawn with a double border): the named actors of an ego network; none for a bloc
    /// or an arrangement.
    var named: [String] {
        if case .actors(let ids, _) = self { return ids }
        return []
    }

    /// The focus in words, for the key.
    func describe(_ network: Network, language: Language) -> String {
        switch self {
        case .actors(let ids, let depth):
            let names = ids.map { network.actor($0)?.name ?? $0 }
            return language.text(.focusActors, language.list(names), String(depth))
        case .bloc(let bloc):
            return language.text(.focusBloc, network.blocs.first { $0.id == bloc }?.name ?? bloc)
        case .arrangement(let id):
            return language.text(.focusArrangement, network.arrangement(id)?.name ?? id)
        }
    }
}

extension NetworkDiagram {
    /// Keeps the actors in `kept` (and the arrangement nodes joined to one of them) as they are, and either leaves the
    /// rest out or draws it in the theme's context grey, under the focus. A line is in focus when both its ends are.
    mutating func apply(focusOn kept: Set<String>, context: DiagramOptions.FocusContext, theme: DiagramTheme) {
        var inFocus = Set(kept.map { "a:" + $0 })
        // An arrangement node stays in focus when one of its members is.
        for edge in edges where edge.head.hasPrefix("g:") && inFocus.contains(edge.tail) { inFocus.insert(edge.head) }
        if case .omit = context {
            nodes.removeAll { !inFocus.contains($0.name) }
            edges.removeAll { !inFocus.contains($0.tail) || !inFocus.contains($0.head) }
            return
        }
        func restyled(_ attributes: [Attribute], _ changes: [String: String], classAdded: String) -> [Attribute] {
            var out = attributes.map { attribute in changes[attribute.name].map { Attribute(attribute.name, $0) } ?? attribute }
            out.removeAll { $0.name == "peripheries" }
            if let i = out.firstIndex(where: { $0.name == "class" }) { out[i].value += " " + classAdded }
            return out
        }
        for i in nodes.indices where !inFocus.contains(nodes[i].name) {
            nodes[i].attributes = restyled(nodes[i].attributes, [
                "fillcolor": theme.contextFill, "fontcolor": theme.contextText, "color": theme.contextBorder, "penwidth": "0.6",
            ], classAdded: "context")
        }
        for i in edges.indices where !inFocus.contains(edges[i].tail) || !inFocus.contains(edges[i].head) {
            edges[i].attributes = restyled(edges[i].attributes, [
                "color": theme.contextEdge, "penwidth": "0.6", "style": "solid",
            ], classAdded: "context")
        }
        // The context is drawn first, under the focus (Graphviz draws in the order given).
        let (back, front) = (edges.filter { !inFocus.contains($0.tail) || !inFocus.contains($0.head) },
                             edges.filter { inFocus.contains($0.tail) && inFocus.contains($0.head) })
        edges = back + front
    }
}
