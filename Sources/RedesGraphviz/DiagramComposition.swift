import Foundation
import Redes
import RedesPresentation

extension NetworkDiagram {
    /// The space between the drawing and the key, in points.
    static let legendGap = 14.0

    /// A drawing ready to render, with its nodes at fixed places: the one path `redes render` takes, so that a
    /// drawing and its saved positions always agree.
    ///
    /// 1. **Positions.** ``DiagramOptions/positions`` when given (kept exactly); a map for ``DiagramOptions/Layout/geo``
    ///    (``GeoLayout``); otherwise the layout engine's, computed once (``computeLayout(fitting:)``) — packed to the
    ///    drawing area's proportions and spread over it (``DiagramLayout/filling(_:gap:)``) when there is a
    ///    ``DiagramOptions/page``.
    /// 2. **Labels.** On a page with ``DiagramOptions/fitsFontSize``, the label size grows (up to 2.4 times) until the
    ///    nodes cover about a fifth of the drawing area.
    /// 3. **Key.** The title and the key are one node, measured by Graphviz, placed at
    ///    ``DiagramOptions/legendPosition`` (a column on the left or right, a band above or below), unless
    ///    ``DiagramOptions/showsLegend`` is off.
    /// 4. **Canvas.** Two invisible corner points fix the drawing's extent; on a page it has the page's exact
    ///    proportions and Graphviz's `size` makes it the page's size in points.
    ///
    /// Graphviz then only routes the lines (`nop2`). Cluster boxes (``DiagramOptions/clusterBy``) need the engine's
    /// own layout: without a page, kept positions or a map, such a drawing is laid out by the engine with the key
    /// in the header (above or below).
    ///
    /// - Parameters:
    ///   - analysis: the analysis of the network drawn.
    ///   - options: how to draw it.
    ///   - before: the analysis before a scenario, for a diff.
    /// - Returns: the drawing; its ``positions`` are where every node is drawn (save them to draw the next slide
    ///   the same way).
    /// - Throws: ``GraphvizError``.
    public static func composed(_ analysis: NetworkAnalysis, options: DiagramOptions,
                                before: NetworkAnalysis? = nil) throws(GraphvizError) -> NetworkDiagram {
        var options = options
        if options.layout == .geo && options.page == nil { options.page = DiagramPage(aspect: .ratio(16, 9)) }
        if options.clusterBy != nil && options.positions == nil && options.page == nil && options.layout != .geo {
            var diagram = try NetworkDiagram(analysis, options: options, before: before)
            if options.legendPosition == .bottom {
                diagram.graphAttributes = diagram.graphAttributes.map { $0.name == "labelloc" ? Attribute("labelloc", "b") : $0 }
            }
            return diagram
        }
        let vertical = options.legendPosition == .left || options.legendPosition == .right
        var probeOptions = options
        probeOptions.showsLegend = false
        probeOptions.positions = nil
        var probe = try NetworkDiagram(analysis, options: probeOptions, before: before)
        func legendFont(_ fontSize: Double) -> Double { options.page == nil ? 10 : min(max(fontSize * 0.9, 10), 20) }
        func legendSize(_ diagram: NetworkDiagram, fontSize: Double, extra: [DiagramLegend.Row] = []) throws(GraphvizError) -> (width: Double, height: Double) {
            guard options.showsLegend else { return (0, 0) }
            var legend = diagram.legend
            legend.rows += extra
            return try measure(htmlLabel: legend.graphvizLabel(theme: options.theme, fontSize: legendFont(fontSize), vertical: vertical),
                               font: options.font)
        }
        /// The drawing area of a page of `width` × `height` points once the key of `size` has its band.
        func area(width: Double, height: Double, legend size: (width: Double, height: Double)) -> DiagramLayout.Rect {
            let m = DiagramLayout.margin * 2
            let band = options.showsLegend ? (vertical ? size.width : size.height) + legendGap : 0
            switch options.legendPosition {
            case .right: return .init(minX: m, minY: m, maxX: width - m - band, maxY: height - m)
            case .left: return .init(minX: m + band, minY: m, maxX: width - m, maxY: height - m)
            case .top: return .init(minX: m, minY: m, maxX: width - m, maxY: height - m - band)
            case .bottom: return .init(minX: m, minY: m + band, maxX: width - m, maxY: height - m)
            }
        }
        func nodeArea(_ diagram: NetworkDiagram) -> Double {
            diagram.nodes.filter { $0.name.hasPrefix("a:") || $0.name.hasPrefix("g:") }.reduce(0) { $0 + $1.width * $1.height }
        }

        // The page's size, its drawing area and the label size (kept positions bring the size they were made for).
        var fontSize = options.fontSize
        if options.fitsFontSize, let kept = options.positions?.fontSize { fontSize = kept }
        var pageSize: (width: Double, height: Double)?
        var drawingArea: DiagramLayout.Rect?
        var natural: DiagramLayout?
        if let page = options.page {
            var legend = try legendSize(probe, fontSize: fontSize)
            var width = page.width, height = page.height
            if width == nil || height == nil {
                // One side given: the other follows the drawing's own proportions.
                let own: DiagramLayout
                if let given = options.positions { own = given } else { own = try probe.computeLayout() }
                natural = own
                let ratio = own.canvas.width / max(own.canvas.height, 1)
                let bandX = vertical && options.showsLegend ? legend.width + legendGap : 0
                let bandY = !vertical && options.showsLegend ? legend.height + legendGap : 0
                if let w = width { height = (w - bandX) / ratio + bandY } else if let h = height { width = (h - bandY) * ratio + bandX }
            }
            let w = width ?? 1, h = height ?? 1
            var drawing = area(width: w, height: h, legend: legend)
            if options.fitsFontSize && options.positions == nil && options.layout != .geo {
                let covered = nodeArea(probe)
                if covered > 0 {
                    for _ in 0..<2 {
                        let target = 0.2 * drawing.width * drawing.height
                        fontSize = min(max(options.fontSize * (target / covered).squareRoot(), options.fontSize), options.fontSize * 2.4)
                        fontSize = (fontSize * 2).rounded(.down) / 2
                        legend = try legendSize(probe, fontSize: fontSize)
                        drawing = area(width: w, height: h, legend: legend)
                    }
                }
                if fontSize != options.fontSize {
                    probeOptions.fontSize = fontSize
                    probe = try NetworkDiagram(analysis, options: probeOptions, before: before)
                }
            }
            pageSize = (w, h)
            drawingArea = drawing
        }

        // Where every node stands.
        var geo: GeoLayout?
        var layout: DiagramLayout
        if let given = options.positions {
            layout = given
        } else if options.layout == .geo, let drawing = drawingArea {
            let network = analysis.network
            var sizes: [String: (width: Double, height: Double)] = [:]
            for node in probe.nodes where node.name.hasPrefix("a:") { sizes[String(node.name.dropFirst(2))] = (node.width, node.height) }
            let reach = before.map { Set(TerritoryCoverage.reach(before: $0.actorGraph, after: analysis.actorGraph).keys) }
            // The key's rows of the map are known before the map: measure the key with them.
            let map = try GeoLayout(network: network, sizes: sizes, area: drawing, fontSize: fontSize, font: options.font,
                                    theme: options.theme, language: options.language, reach: reach)
            geo = map
            layout = map.layout
        } else if let drawing = drawingArea {
            layout = try probe.computeLayout(fitting: (drawing.width, drawing.height)).filling(drawing)
        } else {
            if let natural { layout = natural } else { layout = try probe.computeLayout() }
        }

        if layout.fontSize == nil { layout.fontSize = fontSize }
        // The drawing with its nodes pinned, then the map's frame and names, then the key.
        var finalOptions = options
        finalOptions.positions = layout
        finalOptions.showsLegend = false
        finalOptions.fontSize = fontSize
        var diagram = try NetworkDiagram(analysis, options: finalOptions, before: before)
        if let geo {
            diagram.nodes = geo.nodes + diagram.nodes
            diagram.edges = geo.edges + diagram.edges
            diagram.legend.rows += geo.legendRows
            let drawn = Set(diagram.nodes.map(\.name))
            diagram.edges.removeAll { !drawn.contains($0.tail) || !drawn.contains($0.head) }
        }
        var canvas = diagram.positions?.canvas ?? layout.canvas
        if options.showsLegend {
            let label = diagram.legend.graphvizLabel(theme: options.theme, fontSize: legendFont(fontSize), vertical: vertical)
            let size = try measure(htmlLabel: label, font: options.font)
            let box: DiagramLayout.Box
            switch options.legendPosition {
            case .right: box = .init(x: canvas.maxX + legendGap + size.width / 2, y: canvas.maxY - size.height / 2, width: size.width, height: size.height)
            case .left: box = .init(x: canvas.minX - legendGap - size.width / 2, y: canvas.maxY - size.height / 2, width: size.width, height: size.height)
            case .top: box = .init(x: canvas.minX + size.width / 2, y: canvas.maxY + legendGap + size.height / 2, width: size.width, height: size.height)
            case .bottom: box = .init(x: canvas.minX + size.width / 2, y: canvas.minY - legendGap - size.height / 2, width: size.width, height: size.height)
            }
            diagram.nodes.append(Node(name: "legend", attributes: [
                Attribute("id", "legend"), Attribute("class", "legend"), Attribute("shape", "plaintext"), Attribute("margin", "0"),
                Attribute("width", decimal(size.width / 72)), Attribute("height", decimal(size.height / 72)), Attribute("fixedsize", "true"),
                Attribute("fontname", options.font), Attribute("pos", "\(decimal(box.x)),\(decimal(box.y))!"),
            ], cluster: nil, width: size.width, height: size.height, htmlLabel: label))
            let pad = pageSize == nil ? DiagramLayout.margin : 0
            canvas = DiagramLayout.Rect(minX: min(canvas.minX, box.minX - pad), minY: min(canvas.minY, box.minY - pad),
                                        maxX: max(canvas.maxX, box.maxX + pad), maxY: max(canvas.maxY, box.maxY + pad))
        }
        if let page = pageSize {
            // The page's margin, as the drawing area left it on every side.
            let m = DiagramLayout.margin * 2
            canvas = .init(minX: canvas.minX - m, minY: canvas.minY - m, maxX: canvas.maxX + m, maxY: canvas.maxY + m)
            // The page's exact proportions, the drawing centred in any room left; then Graphviz makes it the page's size.
            let target = page.width / page.height
            if canvas.width / canvas.height < target {
                let grow = canvas.height * target - canvas.width
                canvas = .init(minX: canvas.minX - grow / 2, minY: canvas.minY, maxX: canvas.maxX + grow / 2, maxY: canvas.maxY)
            } else {
                let grow = canvas.width / target - canvas.height
                canvas = .init(minX: canvas.minX, minY: canvas.minY - grow / 2, maxX: canvas.maxX, maxY: canvas.maxY + grow / 2)
            }
            diagram.graphAttributes = diagram.graphAttributes.map { $0.name == "pad" ? Attribute("pad", "0") : $0 }
            // Five decimals of an inch: a page's size in pixels comes out exact at any dpi.
            diagram.graphAttributes.append(Attribute("size", formatFixed(page.width / 72, decimals: 5) + "," + formatFixed(page.height / 72, decimals: 5) + "!"))
            diagram.bitmapDPI = options.page?.dpi
        }
        diagram.pinCanvas(canvas, exact: pageSize != nil)
        return diagram
    }

    /// Moves the two invisible corner points to the corners of `canvas` (adding them when missing). Each point is
    /// 0.72 points wide: with `exact`, its centre is half that inside the corner, so the drawing's extent is `canvas`
    /// exactly (a page's proportions); otherwise it is on the corner, and a node touching the canvas' edge never
    /// moves the drawing by the rounding of its size (drawings of one layout then align to the hundredth).
    mutating func pinCanvas(_ canvas: DiagramLayout.Rect, exact: Bool = false) {
        nodes.removeAll { $0.name == "canvas:min" || $0.name == "canvas:max" }
        let inset = exact ? 0.36 : 0
        for (name, x, y) in [("canvas:min", canvas.minX + inset, canvas.minY + inset), ("canvas:max", canvas.maxX - inset, canvas.maxY - inset)] {
            nodes.append(Node(name: name, attributes: [
                Attribute("id", name.replacingOccurrences(of: ":", with: "-")), Attribute("class", "canvas"),
                Attribute("shape", "point"), Attribute("style", "invis"), Attribute("width", "0.01"),
                Attribute("height", "0.01"), Attribute("fixedsize", "true"), Attribute("label", ""),
                Attribute("pos", "\(NetworkDiagram.decimal(x)),\(NetworkDiagram.decimal(y))!"),
            ], cluster: nil, width: 0.72, height: 0.72))
        }
    }
}
