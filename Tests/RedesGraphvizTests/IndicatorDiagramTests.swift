import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Redes
@testable import RedesGraphviz
import RedesPresentation

/// The two-mode drawing of the indicator board, on the small board of the Redes tests
/// (Tests/RedesTests/Fixtures/indicators/board.yaml: see IndicatorBoardTests for what each indicator is).
@Suite("Drawing the indicator board")
struct IndicatorDiagramTests {
    static func board() throws -> IndicatorBoard {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RedesTests/Fixtures/indicators/board.yaml").path
        return NetworkAnalysis(try Network.read(path: path)).indicatorBoard()
    }

    @Test("actors and indicators, one line per part: its style the part, its arrow the data, grey where the figure stops")
    func structure() throws {
        let diagram = NetworkDiagram(board: try Self.board(), language: .es)
        #expect(diagram.nodes.map(\.name) == ["a:a", "a:b", "a:c", "a:d", "a:e", "a:f", "g:indicator:i1", "g:indicator:i2", "g:indicator:i3", "g:indicator:i4", "g:indicator:i5"])
        func attribute(_ name: String, _ edge: NetworkDiagram.Edge) -> String? { edge.attributes.first { $0.name == name }?.value }
        func edge(_ tail: String, _ head: String) -> [NetworkDiagram.Edge] { diagram.edges.filter { $0.tail == tail && $0.head == head } }
        // 4 custodians (i2 a, i3 d, i4 f, i5 c) + 13 role assignments (2 + 3 + 3 + 3 + 2).
        #expect(diagram.edges.count == 4 + 13)
        // i2: custodian a, a double line without arrow, dark (the figure reaches a); c produces it (bold, arrow to i2);
        // f receives it (thin, dark); e does not (no channel to a: grey).
        let custodian = try #require(edge("g:indicator:i2", "a:a").first { attribute("dir", $0) == "none" })
        #expect(attribute("color", custodian) == "#333333:invis:#333333")
        #expect(edge("a:c", "g:indicator:i2").map { attribute("penwidth", $0) } == ["2.600"])
        #expect(edge("g:indicator:i2", "a:f").map { attribute("color", $0) } == ["#333333"] && edge("g:indicator:i2", "a:f").map { attribute("penwidth", $0) } == ["0.800"])
        #expect(edge("g:indicator:i2", "a:e").map { attribute("color", $0) } == ["#BBBBBB"])
        // i3: b's data do not reach the custodian d (no channel): grey; e's do.
        #expect(edge("a:b", "g:indicator:i3").map { attribute("color", $0) } == ["#BBBBBB"])
        #expect(edge("a:e", "g:indicator:i3").map { attribute("color", $0) } == ["#333333"])
        // i5: c reports (dashed) and is the custodian; c validates i4 (dotted).
        #expect(edge("a:c", "g:indicator:i5").map { attribute("style", $0) } == ["dashed"])
        #expect(edge("g:indicator:i4", "a:c").map { attribute("style", $0) } == ["dotted"])
        // i1 has no custodian: its box is dashed, and its user a is not reached.
        let box = try #require(diagram.nodes.first { $0.name == "g:indicator:i1" })
        #expect(box.attributes.contains { $0.name == "style" && $0.value.contains("dashed") })
        #expect(edge("g:indicator:i1", "a:a").map { attribute("color", $0) } == ["#BBBBBB"])
        // The committee (a, f) has a double border.
        let members = diagram.nodes.filter { $0.attributes.contains { $0.name == "peripheries" } }.map(\.name)
        #expect(members == ["a:a", "a:f"])
    }

    @Test("it renders through Graphviz, with its legend in the run's language, the same bytes each time")
    func renders() throws {
        let board = try Self.board()
        for (language, words) in [(Language.es, ["Línea: papel", "custodio", "produce", "miembros del comité"]),
                                  (.en, ["Line: part", "custodian", "produces", "committee members"])] {
            let svg = String(decoding: try NetworkDiagram(board: board, language: language).render(format: .svg), as: UTF8.self)
            let document = try XMLDocument(data: Data(svg.utf8))
            let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue).joined(separator: " ")
            for word in words { #expect(texts.contains(word), "\(language): \(word)") }
            #expect(svg == String(decoding: try NetworkDiagram(board: board, language: language).render(format: .svg), as: UTF8.self))
        }
    }
}
