import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Redes
@testable import RedesGraphviz

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The bundled network (shared by the diagram tests).
func bundled() throws -> Network { try Network.read(path: root.appendingPathComponent("Networks/antofagasta-tp.yaml").path) }

/// The SVG of a diagram as XML (Graphviz's own output, with its namespaces; shared by the diagram tests).
func svgDocument(_ diagram: NetworkDiagram) throws -> XMLElement {
    let svg = String(decoding: try diagram.render(format: .svg), as: UTF8.self)
    // Without the default namespace, attributes and XPath read by plain names.
    let plain = svg.replacingOccurrences(of: " xmlns=\"http://www.w3.org/2000/svg\"", with: "")
    return try #require(try XMLDocument(xmlString: plain, options: []).rootElement())
}

/// The `<g>` elements of a drawing by id, with their class.
private func groups(_ svg: XMLElement) throws -> [String: String] {
    var result: [String: String] = [:]
    for case let node as XMLElement in try svg.nodes(forXPath: "//g") {
        if let id = node.attribute(forName: "id")?.stringValue { result[id] = node.attribute(forName: "class")?.stringValue ?? "" }
    }
    return result
}

/// Each node's label position, by id.
private func labelPlaces(_ svg: XMLElement) throws -> [String: [String]] {
    var result: [String: [String]] = [:]
    for case let node as XMLElement in try svg.nodes(forXPath: "//g[starts-with(@class, 'node')]") {
        guard let id = node.attribute(forName: "id")?.stringValue,
              let text = try node.nodes(forXPath: ".//text").first as? XMLElement else { continue }
        result[id] = [text.attribute(forName: "x")?.stringValue ?? "", text.attribute(forName: "y")?.stringValue ?? ""]
    }
    return result
}

@Suite("Layouts computed once and reused")
struct DiagramLayoutTests {
    @Test("a layout fitted to an A4 column: no two nodes overlap, every node inside the canvas, labels of 10 pt print at 8 pt or more")
    func fitted() throws {
        let analysis = NetworkAnalysis(try bundled())
        let diagram = try NetworkDiagram(analysis, options: DiagramOptions(sizeBy: .metric(.betweenness), showsLegend: false))
        let layout = try diagram.computeLayout(fitting: (516, 360))
        #expect(layout.actors.count == analysis.network.actors.count)
        let boxes = Array(layout.actors.values)
        for i in boxes.indices {
            #expect(layout.canvas.contains(boxes[i]))
            for j in boxes.indices where j > i {
                #expect(!boxes[i].overlaps(boxes[j], gap: 7.9), "\(boxes[i]) overlaps \(boxes[j])")
            }
        }
        // Printed in a 516-point column (A4 with 14 mm margins), a 10-point label keeps 8 points.
        #expect(10 * 516 / layout.canvas.width >= 8, "canvas \(layout.canvas.width) pt wide")
        // The same input, the same layout; JSON that reads back equal.
        #expect(try diagram.computeLayout(fitting: (516, 360)) == layout)
        let decoded = try JSONDecoder().decode(DiagramLayout.self, from: layout.encoded())
        #expect(decoded == layout && decoded.encoded() == layout.encoded())
    }

    @Test("with kept positions every actor is drawn where the layout says, in the base drawing and in a scenario diff")
    func kept() throws {
        let network = try bundled()
        let analysis = NetworkAnalysis(network)
        let layout = try NetworkDiagram(analysis, options: DiagramOptions(showsLegend: false)).computeLayout(fitting: (516, 360))
        let base = try NetworkDiagram(analysis, options: DiagramOptions(positions: layout, showsLegend: false))
        let basePlaces = try labelPlaces(try svgDocument(base))
        for scenario in network.scenarios {
            let diff = try NetworkDiagram(try analysis.applying(scenario), options: DiagramOptions(positions: layout, showsLegend: false),
                                          before: analysis)
            let places = try labelPlaces(try svgDocument(diff))
            for actor in network.actors {
                let id = DiagramIdentifiers.actor(actor.id)
                #expect(places[id] == basePlaces[id], "\(actor.id) in \(scenario.id)")
            }
            // The canvas is kept: the same drawing size.
            #expect(diff.positions?.canvas == layout.canvas)
        }
        // The layout's own numbers: Graphviz draws from the canvas' corner (the invisible corner points are 0.72 pt
        // wide), x to the right.
        let secreduc = try #require(layout.actors["secreduc"])
        let text = try #require(basePlaces[DiagramIdentifiers.actor("secreduc")])
        #expect(abs((Double(text[0]) ?? 0) - (secreduc.x - layout.canvas.minX)) < 0.6)
    }

    @Test("a new actor is placed near its neighbours, inside the canvas and clear of the other nodes")
    func newActor() throws {
        let network = try bundled()
        let analysis = NetworkAnalysis(network)
        let layout = try NetworkDiagram(analysis, options: DiagramOptions(showsLegend: false)).computeLayout(fitting: (516, 360))
        let scenario = Scenario(id: "nuevo", addActors: [Actor(id: "nueva-empresa", name: "Nueva Empresa", bloc: "empresas")],
                                addTies: [Tie(source: "nueva-empresa", target: "engie", kind: "x", evidence: .proposed(reason: "r")),
                                          Tie(source: "nueva-empresa", target: "pauna", kind: "x", evidence: .proposed(reason: "r"))])
        let diff = try NetworkDiagram(try analysis.applying(scenario), options: DiagramOptions(positions: layout, showsLegend: false), before: analysis)
        let placed = try #require(diff.positions)
        let box = try #require(placed.actors["nueva-empresa"])
        #expect(placed.canvas.contains(box))
        for (id, other) in placed.actors where id != "nueva-empresa" {
            #expect(!box.overlaps(other, gap: DiagramLayout.margin - 0.1), "overlaps \(id)")
        }
        // Nearer to its neighbours than to the middle of the canvas.
        let engie = try #require(layout.actors["engie"]), pauna = try #require(layout.actors["pauna"])
        let target = ((engie.x + pauna.x) / 2, (engie.y + pauna.y) / 2)
        let middle = ((layout.canvas.minX + layout.canvas.maxX) / 2, (layout.canvas.minY + layout.canvas.maxY) / 2)
        func distance(_ a: (Double, Double)) -> Double { ((box.x - a.0) * (box.x - a.0) + (box.y - a.1) * (box.y - a.1)).squareRoot() }
        #expect(distance(target) < distance(middle))
        // Every other actor kept its place.
        for (id, old) in layout.actors { #expect(placed.actors[id].map { ($0.x, $0.y) } ?? (0, 0) == (old.x, old.y), "\(id)") }
    }

    @Test("stable ids and classes for every actor, arrangement and line; an arrangement of 16 is drawn as one node, not 120 ties")
    func identifiers() throws {
        let network = try bundled()
        let analysis = NetworkAnalysis(network)
        let comite = try analysis.applying(scenarioNamed: "comite-regional-tp")
        let diff = try NetworkDiagram(comite, before: analysis)
        let svg = try svgDocument(diff)
        let ids = try groups(svg)
        #expect(ids["actor-secreduc"] == "node actor bloc-publico")
        #expect(ids["actor-liceos-maria-elena"] == "node actor bloc-liceos")
        #expect(ids["arrangement-comite-regional-tp"] == "node arrangement kind-committee added")
        #expect(ids["member-comite-regional-tp--secreduc"] == "edge membership evidence-proposed added")
        #expect(ids["pair-secreduc--slep"] == "edge pair evidence-documented unchanged")
        // The 16 members of the Comité: one node and 16 memberships; none of their new pairs as a line of its own.
        let members = try #require(network.scenario("comite-regional-tp")?.addArrangements.first?.members)
        #expect(members.count == 16)
        #expect(diff.edges.count { $0.head == "g:comite-regional-tp" } == 16)
        let newPairs = diff.edges.filter { $0.tail.hasPrefix("a:") && $0.head.hasPrefix("a:") && $0.attributes.contains(.init("color", DiagramStyle.added)) }
        #expect(newPairs.isEmpty, "\(newPairs.map { [$0.tail, $0.head] })")
        // Ids are one-to-one, valid XML names.
        #expect(DiagramIdentifiers.token("María_1") == "Mar_c3_ada_5f1")
        #expect(DiagramIdentifiers.pair("b", "a", directed: false) == "pair-a--b")
    }

    @Test("diff colours are outside the bloc palette and tell added, removed and unchanged apart in grey scale")
    func diffColours() {
        let palette = Set(DiagramStyle.palette.map { $0.uppercased() })
        for colour in [DiagramStyle.added, DiagramStyle.removed, DiagramStyle.unchanged] {
            #expect(!palette.contains(colour.uppercased()), "\(colour) is a bloc colour")
        }
        // Luminance (grey-scale value) 0 for added, clearly apart from removed and unchanged.
        func grey(_ hex: String) -> Int { Int(hex.dropFirst().prefix(2), radix: 16) ?? 0 }
        #expect(grey(DiagramStyle.added) == 0)
        #expect(grey(DiagramStyle.removed) - grey(DiagramStyle.added) > 100 && grey(DiagramStyle.unchanged) - grey(DiagramStyle.removed) > 50)
    }
}
