import Foundation
import Testing

/// `redes render` for slides and maps, `redes convert --with-metrics` for Gephi, as a person runs them.
@Suite("Slides, positions and Gephi from the command line")
struct SlideCLITests {
    static let network = "Networks/antofagasta-tp.yaml"

    /// The width and height of a PNG, from its IHDR chunk.
    static func pngSize(_ path: String) throws -> (width: Int, height: Int) {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)).prefix(24))
        try #require(bytes.count == 24 && bytes[1...3] == [0x50, 0x4E, 0x47][...])
        func number(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }

    /// The `width` and `height` of an SVG's root, in points.
    static func svgSize(_ path: String) throws -> (width: Double, height: Double) {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        func value(_ name: String) -> Double {
            guard let range = text.range(of: "<svg width=\"[0-9.]+pt\" height=\"[0-9.]+pt\"", options: .regularExpression) else { return .nan }
            let tag = String(text[range])
            let part = tag.components(separatedBy: "\(name)=\"").dropFirst().first?.prefix { $0 != "p" } ?? ""
            return Double(part) ?? .nan
        }
        return (value("width"), value("height"))
    }

    @Test("--aspect 16:9: an SVG of 16:9 within 2 % and a PNG of 1920 × 1080 pixels; --width 25cm --aspect 4:3 likewise")
    func slide() throws {
        let directory = try CLITests.freshDirectory("redes-slide")
        let svg = directory.appendingPathComponent("s.svg").path, png = directory.appendingPathComponent("s.png").path
        for output in [svg, png] {
            let result = try CLITests().run(["render", Self.network, "-o", output, "--aspect", "16:9"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let size = try Self.svgSize(svg)
        #expect(abs(size.width / size.height / (16.0 / 9) - 1) < 0.02, "\(size)")
        let pixels = try Self.pngSize(png)
        #expect(pixels.width == 1920 && pixels.height == 1080, "\(pixels)")
        let a43 = directory.appendingPathComponent("a.svg").path
        #expect(try CLITests().run(["render", Self.network, "-o", a43, "--aspect", "4:3", "--width", "25,4cm"]).status == 0)
        let page = try Self.svgSize(a43)
        #expect(abs(page.width - 720) <= 1 && abs(page.height - 540) <= 1, "\(page)")
        let retina = directory.appendingPathComponent("r.png").path
        #expect(try CLITests().run(["render", Self.network, "-o", retina, "--width", "1600px", "--height", "900px", "--dpi", "192"]).status == 0)
        let hi = try Self.pngSize(retina)
        #expect(hi.width == 1600 && hi.height == 900, "\(hi)")
    }

    @Test("--save-positions then --positions: the same file and the same drawing, byte for byte; two plain renders match too")
    func positions() throws {
        let directory = try CLITests.freshDirectory("redes-positions")
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        let first = try CLITests().run(["render", Self.network, "-o", path("a.svg"), "--aspect", "16:9", "--save-positions", path("p.json")])
        #expect(first.status == 0 && first.stderr.isEmpty, "\(first.stderr)")
        let second = try CLITests().run(["render", Self.network, "-o", path("b.svg"), "--aspect", "16:9", "--positions", path("p.json"),
                                         "--save-positions", path("q.json")])
        #expect(second.status == 0 && second.stderr.isEmpty, "\(second.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("a.svg"))) == Data(contentsOf: URL(fileURLWithPath: path("b.svg"))))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("p.json"))) == Data(contentsOf: URL(fileURLWithPath: path("q.json"))))
        // The same seed by default: two renders without positions are the same.
        #expect(try CLITests().run(["render", Self.network, "-o", path("c.svg")]).status == 0)
        #expect(try CLITests().run(["render", Self.network, "-o", path("d.svg")]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("c.svg"))) == Data(contentsOf: URL(fileURLWithPath: path("d.svg"))))
        // A scenario drawn with the positions: every actor where it was; the actors a file lacks are named.
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path("p.json")))) as? [String: Any])
        var actors = try #require(json["actors"] as? [String: Any])
        actors["secreduc"] = nil
        actors["fantasma"] = ["x": 1.0, "y": 1.0, "width": 10.0, "height": 10.0]
        json["actors"] = actors
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path("edited.json")))
        let edited = try CLITests().run(["render", Self.network, "-o", path("e.svg"), "--positions", path("edited.json"), "--lang", "en"])
        #expect(edited.status == 0)
        #expect(edited.stderr == "note: \(path("edited.json")): 1 actors of the positions file are not in this network and are left out: fantasma\n"
                + "note: \(path("edited.json")): 1 actors had no position and were placed near their neighbours: secreduc\n")
    }

    @Test("the ego network of SECREDUC, the map and the dark theme render, and say nothing in the other language")
    func views() throws {
        let directory = try CLITests.freshDirectory("redes-views")
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        for arguments in [["-o", path("ego.svg"), "--focus", "secreduc", "--depth", "1", "--context", "gris"],
                          ["-o", path("geo.svg"), "--layout", "geo", "--scenario", "aulas-tecnologicas", "--diff"],
                          ["-o", path("dark.png"), "--aspect", "16:9", "--theme", "oscuro", "--edge-by", "tipo", "--legend-position", "abajo"],
                          ["-o", path("bloc.svg"), "--only-bloc", "Empresas", "--font", "dejavu sans", "--font-size", "14"]] {
            let result = try CLITests().run(["render", Self.network] + arguments)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(arguments): \(result.stderr)")
        }
        // The key's sentences are wrapped in a column: read them as one text.
        func words(_ file: String) throws -> String {
            let svg = try String(contentsOfFile: path(file), encoding: .utf8)
            let texts = svg.components(separatedBy: "<text").dropFirst().compactMap { $0.split(separator: ">", maxSplits: 1).last?.split(separator: "<").first }
            return texts.joined(separator: " ")
        }
        #expect(try words("geo.svg").contains("El escenario llega a Taltal, San Pedro de Atacama, Tocopilla y María Elena; no llega a —"))
        #expect(try words("ego.svg").contains("Foco: SECREDUC y cada actor a distancia 1 o menos (el resto en gris)"))
    }

    @Test("convert --with-metrics: a GEXF that NetworkX opens with colours, positions, sizes and every metric (checked against NetworkX)")
    func gephi() throws {
        let directory = try CLITests.freshDirectory("redes-gephi")
        let gexf = directory.appendingPathComponent("red.gexf").path
        let result = try CLITests().run(["convert", Self.network, gexf, "--with-metrics"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: gexf, encoding: .utf8)
        #expect(text.contains("xmlns:viz=\"http://www.gexf.net/1.2draft/viz\"") && text.contains("<viz:position x="))
        #expect(text.contains("title=\"betweenness\"") && text.contains("title=\"constraint\""))
        // Redes reads its own GEXF back (the viz elements are not network data).
        #expect(try CLITests().run(["analyze", gexf, "--format", "json", "-o", directory.appendingPathComponent("a.json").path]).status == 0)
        // NetworkX, when this machine has it (make interop runs the same check in CI).
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import networkx"]
        probe.standardError = Pipe()
        guard (try? probe.run()) != nil else { return }
        probe.waitUntilExit()
        guard probe.terminationStatus == 0 else { return }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", CLITests.root.appendingPathComponent("Scripts/interop/check_gexf_viz.py").path, gexf]
        let output = Pipe()
        check.standardOutput = output
        try check.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        check.waitUntilExit()
        #expect(check.terminationStatus == 0, "\(printed)")
        #expect(printed.hasSuffix("checked: ok\n"))
    }
}
