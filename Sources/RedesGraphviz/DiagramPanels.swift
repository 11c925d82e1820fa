import Foundation
import Redes
import RedesPresentation

/// Small multiples of one network over time — two files, the waves of one file, the phases of a roadmap — drawn with
/// **one** layout, computed once on the union of the mappings (``Network/union(_:)``), so every actor (and every
/// arrangement a panel draws as a node) stands at the same place in every panel and only the lines change. Each panel marks its change from the panel before with the
/// scenario-diff encoding (gained thick and black, lost dashed grey, kept light grey); the first panel, which has no
/// panel before it, is drawn against itself (every line kept), so all panels share one encoding.
extension NetworkDiagram {
    /// The layout of the union of `analyses`, computed once by the diagram's engine (fitted to `size` when given).
    ///
    /// - Parameters:
    ///   - analyses: the mappings, in order.
    ///   - options: how the panels are drawn (the layout engine, labels, seed).
    ///   - size: the width and height (points) each panel is shown at, if known: the layout is packed to it, a little
    ///     looser than a single drawing's (the union has every line of every mapping, and each panel shows some).
    /// - Returns: a layout that places every actor of every mapping.
    /// - Throws: ``GraphvizError``.
    public static func unionLayout(_ analyses: [NetworkAnalysis], options: DiagramOptions,
                                   fitting size: (width: Double, height: Double)? = nil) throws(GraphvizError) -> DiagramLayout {
        let union = Network.union(analyses.map(\.network))
        var probe = options
        probe.showsLegend = false
        probe.positions = nil
        let analysis = NetworkAnalysis(union, options: analyses.first?.options ?? AnalysisOptions())
        // Drawn as the change from the first mapping, the union has a node for every arrangement that some panel draws
        // as one (one that gains members along the way): the layout places them too, with their memberships.
        var diagram = try NetworkDiagram(analysis, options: probe, before: analyses.first)
        guard let size, diagram.nodes.count <= DiagramLayout.fitLimit else { return try diagram.computeLayout() }
        // Packed as ``computeLayout(fitting:density:)`` packs a single drawing, a little closer: the union holds every
        // actor and arrangement of every mapping, and its labels must print as large as a single drawing's.
        diagram.graphAttributes = diagram.graphAttributes.map { $0.name == "overlap" ? Attribute("overlap", "true") : $0 }
        return try diagram.computeLayout().fitted(to: size, gap: 6, density: 0.4, parts: diagram.componentOfNode())
    }

    /// One panel: `analysis` drawn at the places of `layout`, its change from `previous` marked (against itself when
    /// there is none).
    ///
    /// - Parameters:
    ///   - analysis: the mapping drawn.
    ///   - previous: the mapping of the panel before, if any.
    ///   - layout: the union layout (``unionLayout(_:options:fitting:)``).
    ///   - options: how it is drawn; its positions are replaced by `layout`.
    /// - Returns: the panel's drawing.
    /// - Throws: ``GraphvizError``.
    public static func panel(_ analysis: NetworkAnalysis, previous: NetworkAnalysis?, layout: DiagramLayout,
                             options: DiagramOptions) throws(GraphvizError) -> NetworkDiagram {
        var panelOptions = options
        panelOptions.positions = layout
        return try NetworkDiagram(analysis, options: panelOptions, before: previous ?? analysis)
    }

    /// The panels side by side in one drawing, each under its title, with one key below them.
    ///
    /// - Parameters:
    ///   - analyses: the mappings, in order (two for `redes render --compare`).
    ///   - titles: each panel's title.
    ///   - options: how the panels are drawn; ``DiagramOptions/positions``, when given, is used as the union layout.
    /// - Returns: one drawing, with nodes named `p1/…`, `p2/…` and ids `p1-actor-…`; its ``positions`` are the
    ///   union layout (what `--save-positions` writes).
    /// - Throws: ``GraphvizError``.
    public static func panels(_ analyses: [NetworkAnalysis], titles: [String], options: DiagramOptions) throws(GraphvizError) -> NetworkDiagram {
        let layout: DiagramLayout
        if let given = options.positions { layout = given } else { layout = try unionLayout(analyses, options: options) }
        var drawings: [NetworkDiagram] = []
        for (i, analysis) in analyses.enumerated() {
            var panelOptions = options
            panelOptions.showsLegend = false
            drawings.append(try panel(analysis, previous: i > 0 ? analyses[i - 1] : nil, layout: layout, options: panelOptions))
        }
        guard var result = drawings.first else { return try NetworkDiagram(Network(name: ""), options: options) }
        // One frame for every panel: the union of the panels' canvases.
        var frame = layout.canvas
        for drawing in drawings {
            if let c = drawing.positions?.canvas {
                frame = .init(minX: min(frame.minX, c.minX), minY: min(frame.minY, c.minY), maxX: max(frame.maxX, c.maxX), maxY: max(frame.maxY, c.maxY))
            }
        }
        let gap = 36.0, titleSize = options.fontSize * 1.4
        result.nodes = []
        result.edges = []
        result.clusters = []
        for (i, drawing) in drawings.enumerated() {
            let dx = Double(i) * (frame.width + gap), prefix = "p\(i + 1)"
            func moved(_ attributes: [Attribute]) -> [Attribute] {
                attributes.map { attribute in
                    switch attribute.name {
                    case "id": return Attribute("id", prefix + "-" + attribute.value)
                    case "pos":
                        let parts = attribute.value.replacingOccurrences(of: "!", with: "").split(separator: ",").compactMap { Double($0) }
                        guard parts.count == 2 else { return attribute }
                        return Attribute("pos", "\(decimal(parts[0] + dx)),\(decimal(parts[1]))!")
                    default: return attribute
                    }
                }
            }
            for node in drawing.nodes where !node.name.hasPrefix("canvas:") {
                var copy = node
                copy.name = prefix + "/" + node.name
                copy.cluster = nil
                copy.attributes = moved(node.attributes)
                result.nodes.append(copy)
            }
            for edge in drawing.edges {
                result.edges.append(Edge(tail: prefix + "/" + edge.tail, head: prefix + "/" + edge.head, attributes: moved(edge.attributes)))
            }
            let title = i < titles.count ? titles[i] : ""
            let box = labelBox(title, fontSize: titleSize, widthScale: options.fontWidthScale)
            result.nodes.append(Node(name: prefix + "/title", attributes: [
                Attribute("id", prefix + "-title"), Attribute("class", "panel-title"), Attribute("shape", "plaintext"),
                Attribute("label", plainLabel(title)), Attribute("fontname", options.font),
                Attribute("fontsize", decimal(titleSize)), Attribute("fontcolor", options.theme.ink),
                Attribute("width", decimal(box.width / 72)), Attribute("height", decimal(box.height / 72)), Attribute("fixedsize", "true"),
                Attribute("pos", "\(decimal(frame.minX + dx + frame.width / 2)),\(decimal(frame.maxY + box.height / 2 + 4))!"),
            ], cluster: nil, width: box.width, height: box.height))
        }
        let right = frame.maxX + Double(drawings.count - 1) * (frame.width + gap)
        var canvas = DiagramLayout.Rect(minX: frame.minX, minY: frame.minY, maxX: right, maxY: frame.maxY + titleSize * 1.25 + 16)
        if options.showsLegend, let last = drawings.last {
            var legend = last.legend
            legend.title = options.title ?? legend.title
            let label = legend.graphvizLabel(theme: options.theme, fontSize: 10, vertical: false)
            let size = try measure(htmlLabel: label, font: options.font)
            let box = DiagramLayout.Box(x: frame.minX + size.width / 2, y: frame.minY - legendGap - size.height / 2,
                                        width: size.width, height: size.height)
            result.nodes.append(Node(name: "legend", attributes: [
                Attribute("id", "legend"), Attribute("class", "legend"), Attribute("shape", "plaintext"), Attribute("margin", "0"),
                Attribute("width", decimal(size.width / 72)), Attribute("height", decimal(size.height / 72)), Attribute("fixedsize", "true"),
                Attribute("fontname", options.font), Attribute("pos", "\(decimal(box.x)),\(decimal(box.y))!"),
            ], cluster: nil, width: size.width, height: size.height, htmlLabel: label))
            canvas = .init(minX: canvas.minX, minY: box.minY - DiagramLayout.margin, maxX: max(canvas.maxX, box.maxX), maxY: canvas.maxY)
            result.legend = legend
        }
        result.header = ""
        result.positions = layout
        result.pinCanvas(canvas)
        return result
    }
}
