import Foundation
import Testing

/// `redes explore` as a user runs it: one page, the same bytes every time, the drawing `redes render` makes.
@Suite("redes explore")
struct ExploreCLITests {
    static let network = "Networks/antofagasta-tp.yaml"

    /// The geometry of an SVG drawing: every path, polygon and text element, in order, with the ids of the groups.
    static func geometry(_ svg: String) -> [String] {
        let pattern = #"<g id="[^"]*" class="[^"]*">|<(?:path|polygon|ellipse)[^>]*>|<text[^>]*>[^<]*"#
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).compactMap { Range($0.range, in: svg).map { String(svg[$0]) } }
    }

    /// The drawing of the network as it is, inside the page.
    static func baseDrawing(_ html: String) -> String {
        html.components(separatedBy: "<div id=\"drawing\"").dropFirst().first?.components(separatedBy: "</svg>").first ?? ""
    }

    @Test("the page is written atomically, with no note, and the same input gives the same bytes")
    func bytes() throws {
        let directory = try CLITests.freshDirectory("redes-explore")
        let first = directory.appendingPathComponent("mapa.html").path, second = directory.appendingPathComponent("otro.html").path
        let run = try CLITests().run(["explore", Self.network, "-o", first])
        #expect(run.status == 0 && run.stderr.isEmpty && run.stdout.isEmpty, "\(run.stderr)")
        #expect(try CLITests().run(["explore", Self.network, "-o", second]).status == 0)
        let a = try Data(contentsOf: URL(fileURLWithPath: first)), b = try Data(contentsOf: URL(fileURLWithPath: second))
        #expect(a == b && a.count > 100_000 && a.count <= 1_000_000)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["mapa.html", "otro.html"])
        let stdout = try CLITests().run(["explore", Self.network, "-o", "-"])
        #expect(Data(stdout.stdout.utf8) == a)
    }

    @Test("the drawing is the one redes render makes: every node, line and label at the same place")
    func sameDrawingAsRender() throws {
        let directory = try CLITests.freshDirectory("redes-explore")
        let page = directory.appendingPathComponent("mapa.html").path, svg = directory.appendingPathComponent("red.svg").path
        let positions = directory.appendingPathComponent("pos.json").path
        #expect(try CLITests().run(["explore", Self.network, "-o", page]).status == 0)
        #expect(try CLITests().run(["render", Self.network, "-o", svg, "--no-legend", "--save-positions", positions]).status == 0)
        let explored = Self.geometry(Self.baseDrawing(try String(contentsOfFile: page, encoding: .utf8)))
        let rendered = Self.geometry(try String(contentsOfFile: svg, encoding: .utf8))
        #expect(explored.count > 200)
        // render's tooltips wrap each node and line in a link of its own; the page shows tooltips of its own.
        #expect(explored == rendered.filter { !$0.hasPrefix("<g id=\"a_") })
        // Kept positions give the same page; moved ones move the actor.
        let kept = directory.appendingPathComponent("kept.html").path
        #expect(try CLITests().run(["explore", Self.network, "-o", kept, "--positions", positions]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: kept)) == Data(contentsOf: URL(fileURLWithPath: page)))
        var layout = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: positions))) as? [String: Any])
        var actors = try #require(layout["actors"] as? [String: [String: Any]])
        actors["secreduc"]?["x"] = 5.0
        layout["actors"] = actors
        try JSONSerialization.data(withJSONObject: layout).write(to: URL(fileURLWithPath: positions))
        #expect(try CLITests().run(["explore", Self.network, "-o", kept, "--positions", positions]).status == 0)
        let moved = Self.geometry(Self.baseDrawing(try String(contentsOfFile: kept, encoding: .utf8)))
        #expect(moved != explored && moved.count == explored.count)
    }

    @Test("--scenario picks the drawings the page can switch to, in that order")
    func scenarios() throws {
        let directory = try CLITests.freshDirectory("redes-explore")
        let page = directory.appendingPathComponent("mapa.html").path
        let result = try CLITests().run(["explore", Self.network, "-o", page, "--scenario", "convenios-trianuales",
                                         "--scenario", "comite-regional-tp", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("<option value=\"1\">Convenios trianuales SLEP–IES–programas</option><option value=\"2\">Comité Regional TP con tablero de indicadores</option></select>"))
        #expect(html.components(separatedBy: "<template id=\"view-").count == 3)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    }
}
