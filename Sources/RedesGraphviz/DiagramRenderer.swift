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
    /// layout engine with gvc and renders to memory. Holds the process-wide Graphviz lock throughout; frees every
    /// Graphviz allocation on every path. The same diagram gives the same bytes.
    public func render(format: DiagramFormat) throws(GraphvizError) -> [UInt8] {
        try render(format: format, engine: layout.rawValue)
    }

    /// Renders with a layout engine named by string (tests use it to provoke Graphviz errors).
    func render(format: DiagramFormat, engine: String) throws(GraphvizError) -> [UInt8] {
        let result: Result<[UInt8], GraphvizError> = Graphviz.shared.withContext { context in
            let descriptor = isDirected ? redes_agdirected() : redes_agundirected()
            // A name in no language: SVG shows the graph's name as the background's tooltip.
            guard let graph = "G".withMutableCString({ agopen($0, descriptor, nil) }) else {
                return .failure(.layoutFailed(engine: layout.rawValue, message: "agopen"))
            }
            defer { agclose(graph) }
            for attribute in graphAttributes { set(attribute, on: UnsafeMutableRawPointer(graph)) }
            // The header is an HTML-like label: the string must be marked as HTML with agstrdup_html.
            let labelSymbol = "label".withMutableCString { name in "".withMutableCString { agattr(graph, AGRAPH, name, $0) } }
            header.withMutableCString { text in
                if let html = agstrdup_html(graph, text) {
                    agxset(UnsafeMutableRawPointer(graph), labelSymbol, html)
                    agstrfree(graph, html)
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
            }
            for edge in edges {
                guard let tail = handles[edge.tail], let head = handles[edge.head],
                      let handle = agedge(graph, tail, head, nil, 1) else { continue }
                for attribute in edge.attributes { set(attribute, on: UnsafeMutableRawPointer(handle)) }
            }
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
