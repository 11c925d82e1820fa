import CGraphviz
import Foundation
import Testing
@testable import Redes
import RedesGraphviz

/// Redes reads no DOT, so the DOT writer is checked with Graphviz's own parser (cgraph's `agmemread`, under the
/// library lock): every id comes back exactly as written (issue 22, must-show "every format").
@Suite("DOT files read back through Graphviz")
struct DOTRoundTripTests {
    /// The node names and `label` attributes of a DOT text, as cgraph reads them.
    static func parse(_ text: String) -> (names: [String], labels: [String])? {
        Graphviz.shared.withContext { _ in
            guard let graph = text.withCString({ agmemread($0) }) else { return nil }
            defer { agclose(graph) }
            var names: [String] = [], labels: [String] = []
            var node = agfstnode(graph)
            while let current = node {
                names.append(String(cString: agnameof(UnsafeMutableRawPointer(current))))
                let label = "label".withCString { agget(UnsafeMutableRawPointer(current), UnsafeMutablePointer(mutating: $0)) }
                labels.append(label.map { String(cString: $0) } ?? "")
                node = agnxtnode(graph, current)
            }
            return (names, labels)
        }
    }

    @Test("ids with quotes, apostrophes, spaces, accents, line breaks, tabs, backslashes and markup read back exactly")
    func trickyIDs() throws {
        let ids = ["x\"y", "x'y", "con espacio", "Ñuñoa-é", "línea\nnueva", "tab\there", "a\\b", "a&b<c>", "data:x", "-1.5", "node"]
        var network = Network(name: "Red \"con\" comillas", actors: ids.map { Actor(id: $0, name: "Name of \($0)") })
        for (a, b) in zip(ids, ids.dropFirst()) {
            network.ties.append(Tie(source: a, target: b, kind: "k", evidence: .illustrative(reason: "r")))
        }
        let text = try ExchangeWriter.dot(PortableGraph(network))
        let parsed = try #require(Self.parse(text), "Graphviz could not read:\n\(text)")
        #expect(parsed.names == ids)
        #expect(parsed.labels == ids.map { "Name of \($0)" })
    }
}
