import Redes

extension PortableGraph {
    /// The graph with every node's colour, place and size taken from a drawing of the same network: the fill of its
    /// actor or arrangement node in `diagram` (the bloc palette, ``DiagramStyle``), and its box in `layout`
    /// (centre in points, `y` up; size half the side of a square of the box's area). A GEXF written from it opens in
    /// Gephi styled and laid out as Redes draws it.
    ///
    /// - Parameters:
    ///   - diagram: a drawing of the network this graph was made from (one-mode, or two-mode for a two-mode graph).
    ///   - layout: where the nodes stand; nil for colours only.
    /// - Returns: the graph with ``PortableGraph/Node/visual`` set for every node the drawing has.
    public func styled(by diagram: NetworkDiagram, layout: DiagramLayout?) -> PortableGraph {
        var fills: [String: String] = [:]
        for node in diagram.nodes {
            guard let fill = node.attributes.first(where: { $0.name == "fillcolor" })?.value else { continue }
            fills[node.name] = fill
        }
        var result = self
        for i in result.nodes.indices {
            let id = result.nodes[i].id
            let isArrangement = result.nodes[i].value("type") == .string("arrangement")
            let name = (isArrangement ? "g:" : "a:") + id
            guard let fill = fills[name], fill.count == 7, let value = Int(fill.dropFirst(), radix: 16) else { continue }
            let box = isArrangement ? layout?.arrangements[id] : layout?.actors[id]
            result.nodes[i].visual = Visual(red: (value >> 16) & 0xFF, green: (value >> 8) & 0xFF, blue: value & 0xFF,
                                            x: box?.x, y: box?.y, size: box.map { ($0.width * $0.height).squareRoot() / 2 })
        }
        return result
    }
}
