import CGraphviz
import Foundation

/// The file formats a diagram can be written in.
public enum DiagramFormat: String, Sendable, CaseIterable {
    case svg, png, pdf, dot

    /// The format a file name implies, by its extension.
    public init?(fileName: String) {
        guard let ext = fileName.split(separator: ".").last?.lowercased(), fileName.contains(".") else { return nil }
        self.init(rawValue: ext == "gv" ? "dot" : ext)
    }

    /// The Graphviz output device: PNG and PDF through cairo (anti-aliased text), DOT with the computed layout.
    var device: String {
        switch self {
        case .svg: return "svg"
        case .png: return "png:cairo"
        case .pdf: return "pdf:cairo"
        case .dot: return "dot"
        }
    }
}

extension NetworkDiagram {
    /// Lays the diagram out and draws it through the Graphviz C library: builds the graph with cgraph, runs the
    /// layout engine with gvc (`nop2` when the diagram keeps ``positions``) and renders to memory. Holds the
    /// process-wide Graphviz lock throughout; frees every Graphviz allocation on every path. The same diagram gives
    /// the same bytes.
    public func render(format: DiagramFormat) throws(GraphvizError) -> [UInt8] {
        try render(format: format, engine: positions == nil ? layout.rawValue : "nop2")
    }

    /// Runs the diagram's layout engine once and reads back where it put every actor and arrangement, with their
    /// sizes, as a ``DiagramLayout`` to reuse (``DiagramOptions/positions``).
    ///
    /// With `size`, the layout is made for a drawing shown at that size (a column of a printed page): the engine
    /// runs with overlaps allowed and ``DiagramLayout/fitted(to:gap:density:parts:)`` packs the result to the
    /// proportions of `size`, the components of the network kept apart, so the labels print as large as the nodes'
    /// arrangement allows.
    ///
    /// - Parameters:
    ///   - size: the width and height (points) the drawing will be shown at; nil for the engine's own layout.
    ///   - density: with `size`, the share of the drawing the nodes should cover (``DiagramLayout/fitted(to:gap:density:parts:)``).
    /// - Returns: the positions (points, y up) and the canvas of the drawing.
    /// - Throws: ``GraphvizError/layoutFailed(engine:message:)`` when Graphviz fails.
    /// - Complexity: the engine's own (neato: about O(n²) per iteration for n nodes), plus the packing's.
    public func computeLayout(fitting size: (width: Double, height: Double)? = nil, density: Double = 0.33) throws(GraphvizError) -> DiagramLayout {
        if let positions { return positions }
        var diagram = self
        let packs = size != nil && nodes.count <= DiagramLayout.fitLimit
        if packs {
            diagram.graphAttributes = graphAttributes.map { $0.name == "overlap" ? Attribute("overlap", "true") : $0 }
        }
        let natural = try diagram.engineLayout()
        guard packs, let size else { return natural }
        return natural.fitted(to: size, density: density, parts: componentOfNode())
    }

    /// The connected part of every node, by name, from the diagram's edges (union–find).
    func componentOfNode() -> [String: Int] {
        var index: [String: Int] = [:]
        for node in nodes { index[node.name] = index.count }
        var parent = Array(0..<index.count)
        func root(_ v: Int) -> Int {
            var v = v
            while parent[v] != v { parent[v] = parent[parent[v]]; v = parent[v] }
            return v
        }
        for edge in edges {
            guard let a = index[edge.tail], let b = index[edge.head] else { continue }
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        return index.mapValues { root($0) }
    }

    /// The engine's layout, read back from Graphviz.
    private func engineLayout() throws(GraphvizError) -> DiagramLayout {
        let engine = layout.rawValue
        let result: Result<DiagramLayout, GraphvizError> = Graphviz.shared.withContext { context in
            withGraph { graph, _ in
                if gvLayout(context, graph, engine) != 0 {
                    return .failure(.layoutFailed(engine: engine, message: Graphviz.shared.takeMessages()))
                }
                defer { gvFreeLayout(context, graph) }
                var actors: [String: DiagramLayout.Box] = [:], arrangements: [String: DiagramLayout.Box] = [:]
                var node = agfstnode(graph)
                while let current = node {
                    let name = agnameof(UnsafeMutableRawPointer(current)).map { String(cString: $0) } ?? ""
                    let box = DiagramLayout.Box(x: redes_node_x(current), y: redes_node_y(current),
                                                width: redes_node_width(current) * 72, height: redes_node_height(current) * 72)
                    if name.hasPrefix("a:") { actors[String(name.dropFirst(2))] = box }
                    if name.hasPrefix("g:") { arrangements[String(name.dropFirst(2))] = box }
                    node = agnxtnode(graph, current)
                }
                return .success(DiagramLayout(engine: engine, seed: Int(graphAttributes.first { $0.name == "start" }?.value ?? "") ?? 0,
                                              actors: actors, arrangements: arrangements))
            }
        }
        return try result.get()
    }

    /// Renders with a layout engine named by string (tests use it to provoke Graphviz errors).
    func render(format: DiagramFormat, engine: String) throws(GraphvizError) -> [UInt8] {
        var drawn = self
        if format == .png, let dpi = bitmapDPI { drawn.graphAttributes.append(Attribute("dpi", NetworkDiagram.decimal(dpi))) }
        let result: Result<[UInt8], GraphvizError> = Graphviz.shared.withContext { context in
            drawn.withGraph { graph, _ in
                if gvLayout(context, graph, engine) != 0 {
                    return .failure(.layoutFailed(engine: engine, message: Graphviz.shared.takeMessages()))
                }
                defer { gvFreeLayout(context, graph) }
                var data: UnsafeMutablePointer<CChar>?
                var length: UInt32 = 0
                let status = gvRenderData(context, graph, format.device, &data, &length)
                defer { if let data { gvFreeRenderData(data) } }
                guard status == 0, let data, length > 0 else {
                    let message = Graphviz.shared.takeMessages()
                    return .failure(.renderFailed(format: format.rawValue, message: message.isEmpty ? "gvRenderData" : message))
                }
                // Errors Graphviz reported but survived (a malformed HTML label falls back to text) are still errors.
                let messages = Graphviz.shared.takeMessages()
                if !messages.isEmpty { return .failure(.renderFailed(format: format.rawValue, message: messages)) }
                // Binary formats: copy by length, never as a C string.
                return .success(data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                    Array(UnsafeBufferPointer(start: $0, count: Int(length)))
                })
            }
        }
        return try result.get()
    }

    /// Builds the cgraph graph of the diagram, calls `body` with it, and closes it. Call under the Graphviz lock.
    fileprivate func withGraph<T>(_ body: (UnsafeMutablePointer<Agraph_t>, [String: UnsafeMutablePointer<Agnode_t>]) -> Result<T, GraphvizError>)
        -> Result<T, GraphvizError> {
        let descriptor = isDirected ? redes_agdirected() : redes_agundirected()
        // A name in no language: SVG shows the graph's name as the background's tooltip.
        guard let graph = "G".withMutableCString({ agopen($0, descriptor, nil) }) else {
            return .failure(.layoutFailed(engine: layout.rawValue, message: "agopen"))
        }
        defer { agclose(graph) }
        for attribute in graphAttributes { set(attribute, on: UnsafeMutableRawPointer(graph)) }
        if !header.isEmpty {
            // The header is an HTML-like label: the string must be marked as HTML with agstrdup_html.
            let labelSymbol = "label".withMutableCString { name in "".withMutableCString { agattr(graph, AGRAPH, name, $0) } }
            header.withMutableCString { text in
                if let html = agstrdup_html(graph, text) {
                    agxset(UnsafeMutableRawPointer(graph), labelSymbol, html)
                    agstrfree(graph, html)
                }
            }
        }
        var subgraphs: [UnsafeMutablePointer<Agraph_t>?] = []
        for (i, cluster) in clusters.enumerated() {
            let subgraph = "cluster_\(i)".withMutableCString { agsubg(graph, $0, 1) }
            if let subgraph { for attribute in cluster.attributes { set(attribute, on: UnsafeMutableRawPointer(subgraph)) } }
            subgraphs.append(subgraph)
        }
        var handles: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        for node in nodes {
            let owner = node.cluster.flatMap { subgraphs[$0] } ?? graph
            guard let handle = node.name.withMutableCString({ agnode(owner, $0, 1) }) else { continue }
            handles[node.name] = handle
            for attribute in node.attributes { set(attribute, on: UnsafeMutableRawPointer(handle)) }
            if let html = node.htmlLabel { NetworkDiagram.setHTMLLabel(html, on: handle, in: graph) }
        }
        for edge in edges {
            guard let tail = handles[edge.tail], let head = handles[edge.head],
                  let handle = agedge(graph, tail, head, nil, 1) else { continue }
            for attribute in edge.attributes { set(attribute, on: UnsafeMutableRawPointer(handle)) }
        }
        return body(graph, handles)
    }

    /// Sets an HTML-like `label` on a node (the string marked as HTML with `agstrdup_html`).
    static func setHTMLLabel(_ html: String, on node: UnsafeMutablePointer<Agnode_t>, in graph: UnsafeMutablePointer<Agraph_t>) {
        let symbol = "label".withMutableCString { name in "\\N".withMutableCString { agattr(graph, AGNODE, name, $0) } }
        html.withMutableCString { text in
            if let marked = agstrdup_html(graph, text) {
                agxset(UnsafeMutableRawPointer(node), symbol, marked)
                agstrfree(graph, marked)
            }
        }
    }

    /// The size Graphviz gives an HTML-like label (the key), in points: laid out alone as a plain-text node.
    ///
    /// - Parameters:
    ///   - html: the label.
    ///   - font: the font family of its words.
    /// - Returns: width and height in points.
    /// - Throws: ``GraphvizError/layoutFailed(engine:message:)`` when Graphviz cannot lay it out.
    static func measure(htmlLabel html: String, font: String) throws(GraphvizError) -> (width: Double, height: Double) {
        var probe = NetworkDiagram(isDirected: false, layout: .neato, positions: nil, graphAttributes: [Attribute("fontname", font)],
                                   header: "", legend: DiagramLegend(title: "", rows: []))
        probe.nodes = [Node(name: "legend", attributes: [Attribute("shape", "plaintext"), Attribute("margin", "0"),
                                                          Attribute("fontname", font)],
                            cluster: nil, width: 0, height: 0, htmlLabel: html)]
        let result: Result<(width: Double, height: Double), GraphvizError> = Graphviz.shared.withContext { context in
            probe.withGraph { graph, handles in
                if gvLayout(context, graph, "neato") != 0 {
                    return .failure(.layoutFailed(engine: "neato", message: Graphviz.shared.takeMessages()))
                }
                defer { gvFreeLayout(context, graph) }
                let messages = Graphviz.shared.takeMessages()
                guard messages.isEmpty, let node = handles["legend"] else {
                    return .failure(.layoutFailed(engine: "neato", message: messages))
                }
                return .success((redes_node_width(node) * 72, redes_node_height(node) * 72))
            }
        }
        return try result.get()
    }

    private func set(_ attribute: Attribute, on object: UnsafeMutableRawPointer) {
        attribute.name.withMutableCString { name in
            attribute.value.withMutableCString { value in
                "".withMutableCString { empty in _ = agsafeset(object, name, value, empty) }
            }
        }
    }
}

import Redes

extension String {
    /// Calls `body` with a mutable, NUL-terminated copy of the string (cgraph takes `char *`).
    func withMutableCString<T>(_ body: (UnsafeMutablePointer<CChar>) -> T) -> T {
        var bytes = Array(utf8CString)
        return bytes.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
    }
}
