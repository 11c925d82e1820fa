import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Redes
@testable import RedesGraphviz

/// A small network whose names need escaping everywhere they appear.
private func trickyNetwork() -> Network {
    Network(
        name: "Red <de> prueba & \"comillas\"",
        sources: [SourceDocument(id: "s", title: "Slides")],
        blocs: [Bloc(id: "pub", name: "Público & <otros>"), Bloc(id: "prog", name: "Programas")],
        actors: [
            Actor(id: "a", name: "Código Futuro", bloc: "prog"),
            Actor(id: "b", name: "Elena \\ Norte", bloc: "pub"),
            Actor(id: "c", name: "<script>alert(1)</script>", bloc: "pub"),
            Actor(id: "d", name: "Say \"hi\" & bye", bloc: "prog"),
        ],
        arrangements: [Arrangement(id: "m", name: "Mesa <1>", kind: .workingTable, members: ["a", "b", "c"],
                                   evidence: .documented(source: "s"))],
        ties: [Tie(source: "c", target: "d", kind: "collaboration", evidence: .illustrative(reason: "r"))],
        scenarios: [Scenario(id: "add", addTies: [Tie(source: "a", target: "d", kind: "x", evidence: .proposed(reason: "r"))],
                             removeTies: [TieKey(source: "c", target: "d", kind: "collaboration")])]
    )
}

private func svgText(_ diagram: NetworkDiagram) throws -> String {
    String(decoding: try diagram.render(format: .svg), as: UTF8.self)
}

@Suite("Drawing networks through Graphviz")
struct DiagramTests {
    @Test("labels are escaped: backslashes, quotes, <, & and accents come out as written")
    func escaping() throws {
        let svg = try svgText(try NetworkDiagram(trickyNetwork()))
        // Valid XML.
        let document = try XMLDocument(data: Data(svg.utf8))
        let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        for name in ["Código Futuro", "Elena \\ Norte", "<script>alert(1)</script>", "Say \"hi\" & bye"] {
            #expect(texts.contains(name), "\(name) in \(texts)")
        }
        #expect(!svg.contains("<script>"))
        #expect(texts.contains("Red <de> prueba & \"comillas\""))
        #expect(texts.contains("Público & <otros>"))
    }

    @Test("every diagram has a legend with the bloc colours and line styles")
    func legend() throws {
        let svg = try svgText(try NetworkDiagram(trickyNetwork(), options: DiagramOptions(sizeBy: .metric(.betweenness), highlight: .ids(["a"]))))
        for text in ["Color (bloque)", "Programas", "Línea: respaldo", "documentado", "ilustrativo", "propuesto",
                     "Borde doble: actores destacados"] {
            #expect(svg.contains(text), "\(text)")
        }
        #expect(svg.contains("Tamaño: crece con intermediación"))
        // Okabe–Ito colours, in bloc order: Público first.
        #expect(svg.contains("fill=\"#e69f00\"") || svg.contains("fill=\"#E69F00\""))
    }

    @Test("the same input gives the same bytes, in every format and layout")
    func determinism() throws {
        for layout in DiagramOptions.Layout.allCases {
            let diagram = try NetworkDiagram(trickyNetwork(), options: DiagramOptions(layout: layout))
            for format in [DiagramFormat.svg, .dot, .png] {
                #expect(try diagram.render(format: format) == (try diagram.render(format: format)), "\(layout) \(format)")
            }
        }
    }

    @Test("PNG, PDF and DOT are what they say")
    func formats() throws {
        let diagram = try NetworkDiagram(trickyNetwork())
        #expect(try diagram.render(format: .png).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try diagram.render(format: .pdf).starts(with: Array("%PDF".utf8)))
        let dot = String(decoding: try diagram.render(format: .dot), as: UTF8.self)
        #expect(dot.hasPrefix("graph G {"))
        #expect(dot.contains("label=\"Elena \\\\ Norte\""))
    }

    @Test("Graphviz errors are captured and reported, not printed")
    func errorCapture() throws {
        let diagram = try NetworkDiagram(trickyNetwork())
        #expect {
            try diagram.render(format: .svg, engine: "no-such-layout")
        } throws: { error in
            guard case .layoutFailed(let engine, let message) = error as? GraphvizError else { return false }
            return engine == "no-such-layout" && message.contains("not recognized")
        }
        var broken = diagram
        broken.header = "<table><tr><td>unclosed"
        #expect {
            try broken.render(format: .svg)
        } throws: { error in
            guard case .renderFailed(_, let message) = error as? GraphvizError else { return false }
            return message.contains("line 1")
        }
        // The library is usable again after an error.
        #expect(try diagram.render(format: .svg).count > 1000)
    }

    @Test("many threads can draw at once: one lock serialises the library")
    func lock() async throws {
        let diagram = try NetworkDiagram(trickyNetwork())
        let expected = try diagram.render(format: .svg)
        try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for i in 0..<12 {
                group.addTask { try diagram.render(format: i % 2 == 0 ? .svg : .dot) }
            }
            var svgs = 0
            for try await bytes in group where bytes.starts(with: Array("<?xml".utf8)) {
                #expect(bytes == expected)
                svgs += 1
            }
            #expect(svgs == 6)
        }
    }

    @Test("scenario diffs mark what is added and what is removed")
    func diff() throws {
        let network = trickyNetwork()
        let after = try network.applying(scenarioNamed: "add")
        let diagram = try NetworkDiagram(after, before: network)
        let added = diagram.edges.filter { $0.attributes.contains(.init("color", DiagramStyle.added)) }
        let removed = diagram.edges.filter { $0.attributes.contains(.init("color", DiagramStyle.removed)) }
        #expect(added.map { [$0.tail, $0.head] } == [["a:a", "a:d"]])
        #expect(removed.map { [$0.tail, $0.head] } == [["a:c", "a:d"]])
        #expect(try svgText(diagram).contains("agregado"))
    }

    @Test("clusters with a layout that ignores them fall back to fdp, and say so")
    func clusterFallback() throws {
        let diagram = try NetworkDiagram(trickyNetwork(), options: DiagramOptions(layout: .circo, clusterBy: "bloc"))
        #expect(diagram.layout == .fdp)
        #expect(diagram.notes == ["el diseño circo ignora los grupos: se usa fdp"])
        #expect(diagram.clusters.count == 2)
    }

    @Test("two-mode drawings show arrangements as boxes joined to their members")
    func twoMode() throws {
        let diagram = try NetworkDiagram(trickyNetwork(), options: DiagramOptions(twoMode: true))
        // Actors are rounded boxes, arrangements square white ones.
        let square = diagram.nodes.filter { $0.attributes.contains(.init("shape", "box")) && !$0.attributes.contains { $0.name == "style" && $0.value.contains("rounded") } }
        #expect(square.map(\.name) == ["g:m"])
        #expect(square.first?.attributes.contains(.init("id", "arrangement-m")) == true)
        #expect(diagram.edges.filter { $0.head == "g:m" }.count == 3)
    }

    @Test("a 5,000-node graph is drawn with sfdp within a minute, and the switch is reported")
    func large() throws {
        var network = Network(name: "grande")
        network.actors = (0..<5000).map { Actor(id: "n\($0)") }
        var generator = SplitMix64(seed: 5)
        var seen = Set<Int>()
        for v in 1..<5000 {
            for _ in 0..<2 {
                let u = Int(generator.next() % UInt64(v))
                if seen.insert(u * 5000 + v).inserted {
                    network.ties.append(Tie(source: "n\(u)", target: "n\(v)", kind: "t", evidence: .illustrative(reason: "r")))
                }
            }
        }
        let start = Date()
        let diagram = try NetworkDiagram(network)
        #expect(diagram.layout == .sfdp)
        #expect(diagram.notes.contains { $0.contains("sfdp") })
        let svg = try diagram.render(format: .svg)
        #expect(svg.count > 100_000)
        #expect(Date().timeIntervalSince(start) < 60)
    }

    @Test("unknown size metrics and highlight ids are clear errors")
    func unknownEncodings() {
        #expect(ActorMeasure(key: "fame") == nil && ActorMeasure(key: "effective_size") == .effectiveSize)
        #expect(throws: GraphvizError.self) { try NetworkDiagram(trickyNetwork(), options: DiagramOptions(highlight: .ids(["zz"]))) }
    }
}
