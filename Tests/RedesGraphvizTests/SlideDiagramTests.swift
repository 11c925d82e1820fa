import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Redes
@testable import RedesGraphviz

/// The SVG of a drawing as XML.
private func svg(_ diagram: NetworkDiagram) throws -> XMLElement { try svgDocument(diagram) }

/// A length attribute of the SVG root in points (`1440pt` → 1440).
private func points(_ element: XMLElement, _ name: String) -> Double {
    Double((element.attribute(forName: name)?.stringValue ?? "").replacingOccurrences(of: "pt", with: "")) ?? .nan
}

/// The centre of the drawing of the `<g>` with this id: the mean of its shape's points (polygon, ellipse or path),
/// in SVG coordinates (y down).
private func centre(of id: String, in svg: XMLElement) throws -> (x: Double, y: Double)? {
    guard let group = try svg.nodes(forXPath: "//g[@id='\(id)']").first as? XMLElement else { return nil }
    if let ellipse = try group.nodes(forXPath: ".//ellipse").first as? XMLElement {
        return (Double(ellipse.attribute(forName: "cx")?.stringValue ?? "") ?? .nan, Double(ellipse.attribute(forName: "cy")?.stringValue ?? "") ?? .nan)
    }
    let shape = try group.nodes(forXPath: ".//polygon | .//path").first as? XMLElement
    let text = shape?.attribute(forName: "points")?.stringValue ?? shape?.attribute(forName: "d")?.stringValue ?? ""
    let numbers = text.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
    let xs = stride(from: 0, to: numbers.count - 1, by: 2).map { numbers[$0] }, ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
    guard !xs.isEmpty else { return nil }
    return (xs.reduce(0, +) / Double(xs.count), ys.reduce(0, +) / Double(ys.count))
}

@Suite("Diagrams for slides")
struct SlideDiagramTests {
    static let aspects: [(String, Double)] = [("16:9", 16.0 / 9), ("4:3", 4.0 / 3), ("1:1", 1), ("A4", 210.0 / 297), ("A4-landscape", 297.0 / 210)]

    @Test("--aspect gives an SVG whose width/height is the page's within 2 %, and its viewBox too", arguments: aspects.map(\.0))
    func aspect(_ name: String) throws {
        let aspect = try #require(DiagramPage.Aspect(name))
        let expected = try #require(Self.aspects.first { $0.0 == name }?.1)
        let options = DiagramOptions(fitsFontSize: true, page: DiagramPage(aspect: aspect), legendPosition: aspect.value > 1 ? .right : .top)
        let diagram = try NetworkDiagram.composed(NetworkAnalysis(try bundled()), options: options)
        let root = try svg(diagram)
        let ratio = points(root, "width") / points(root, "height")
        #expect(abs(ratio / expected - 1) < 0.02, "\(name): \(points(root, "width")) × \(points(root, "height"))")
        let box = (root.attribute(forName: "viewBox")?.stringValue ?? "").split(separator: " ").compactMap { Double($0) }
        #expect(box.count == 4 && abs(box[2] / box[3] / expected - 1) < 0.02)
        // The page's size in points: 16:9 is 1920 × 1080 pixels at 96 dpi, that is 1440 × 810 points.
        if name == "16:9" { #expect(abs(points(root, "width") - 1440) <= 1 && abs(points(root, "height") - 810) <= 1) }
        // Filled, not just scaled: the nodes reach across most of the page's width and height.
        let places = diagram.nodes.filter { $0.name.hasPrefix("a:") }.compactMap { diagram.positions?.box(forNode: $0.name) }
        let spanX = (places.map(\.maxX).max() ?? 0) - (places.map(\.minX).min() ?? 0)
        let spanY = (places.map(\.maxY).max() ?? 0) - (places.map(\.minY).min() ?? 0)
        let page = DiagramPage(aspect: aspect)
        #expect(spanX > 0.55 * (page.width ?? 0) && spanY > 0.8 * (page.height ?? 0), "\(name): nodes span \(spanX) × \(spanY)")
    }

    @Test("lengths and proportions read as written: px at the dpi, cm, a decimal comma; nonsense is refused")
    func lengths() throws {
        #expect(DiagramPage.Length("1920px")?.points(dpi: 96) == 1440)
        #expect(DiagramPage.Length("1920")?.points(dpi: 192) == 720)
        #expect(abs((DiagramPage.Length("25,4cm")?.points(dpi: 96) ?? 0) - 720) < 1e-9)
        #expect(DiagramPage.Length("10 in")?.points(dpi: 96) == 720)
        for bad in ["", "-3cm", "12parsecs", "cm", "0px", "1e999"] { #expect(DiagramPage.Length(bad) == nil, "\(bad)") }
        #expect(DiagramPage.Aspect("16x9") == .ratio(16, 9) && DiagramPage.Aspect("a4") == .a4(landscape: false))
        for bad in ["16", "0:9", "A5", "100:1"] { #expect(DiagramPage.Aspect(bad) == nil, "\(bad)") }
    }

    @Test("positions: the JSON round trip keeps every coordinate, and a drawing with them is the same drawing, byte for byte")
    func positionsRoundTrip() throws {
        let analysis = NetworkAnalysis(try bundled())
        let options = DiagramOptions(fitsFontSize: true, page: DiagramPage(aspect: .ratio(16, 9)), legendPosition: .right)
        let first = try NetworkDiagram.composed(analysis, options: options)
        let saved = try #require(first.positions)
        let data = saved.encoded()
        let read = try DiagramLayout.decoded(from: data)
        #expect(read == saved)
        for (id, box) in saved.actors { #expect(read.actors[id] == box, "\(id)") }
        #expect(read.actors.count == analysis.network.actors.count)
        // The documented shape: a format name, a version, points.
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["format"] as? String == "redes-layout" && json["version"] as? Int == 1 && json["units"] as? String == "pt")
        var again = options
        again.positions = read
        let second = try NetworkDiagram.composed(analysis, options: again)
        #expect(second.positions?.encoded() == data)
        #expect(try second.render(format: .svg) == (try first.render(format: .svg)))
        // And the same input with the default seed gives the same drawing twice.
        #expect(try NetworkDiagram.composed(analysis, options: options).render(format: .svg) == (try first.render(format: .svg)))
    }

    @Test("a positions file that is not one is refused with why: not JSON, not a layout, another version, a missing key")
    func positionsErrors() {
        func error(_ text: String) -> DiagramLayout.ReadError? {
            do { _ = try DiagramLayout.decoded(from: Data(text.utf8)); return nil } catch { return error }
        }
        if case .notJSON = error("{x") {} else { Issue.record("not JSON: \(String(describing: error("{x")))") }
        #expect(error("{\"actors\": {}}") == .notALayout)
        #expect(error("{\"format\": \"redes-layout\", \"version\": 2, \"actors\": {}}") == .unsupportedVersion(2))
        #expect(error("{\"format\": \"redes-layout\", \"version\": 1}") == .invalid(key: "actors", detail: "missing"))
        #expect(error("{\"format\": \"redes-layout\", \"version\": 1, \"actors\": {\"a\": {\"x\": 1, \"y\": 2, \"width\": -1, \"height\": 3}}}")
                == .invalid(key: "a", detail: "width, height < 0"))
        do { _ = try DiagramLayout.read(path: "/nonexistent/pos.json"); Issue.record("read a missing file") } catch {
            #expect(error == .unreadable("ENOENT"))
        }
    }

    @Test("the map keeps the communes' relative geography: Calama east of Antofagasta, Tocopilla north of it, Taltal south (SVG coordinates)")
    func geography() throws {
        let network = try bundled()
        let diagram = try NetworkDiagram.composed(NetworkAnalysis(network), options: DiagramOptions(layout: .geo, legendPosition: .right))
        let drawing = try svg(diagram)
        func place(_ id: String) throws -> (x: Double, y: Double) { try #require(try centre(of: id, in: drawing), "\(id)") }
        let antofagasta = try place("territory-antofagasta"), calama = try place("territory-calama")
        let tocopilla = try place("territory-tocopilla"), taltal = try place("territory-taltal")
        let sanPedro = try place("territory-san-pedro-de-atacama"), mejillones = try place("territory-mejillones")
        #expect(calama.x > antofagasta.x + 20, "Calama east of Antofagasta")
        #expect(tocopilla.y < antofagasta.y - 20, "Tocopilla north of Antofagasta (SVG y points down)")
        #expect(taltal.y > antofagasta.y + 20, "Taltal south of Antofagasta")
        #expect(sanPedro.x > calama.x, "San Pedro de Atacama east of Calama")
        #expect(mejillones.y < antofagasta.y && mejillones.y > tocopilla.y, "Mejillones between Antofagasta and Tocopilla")
        // One scale on both axes: distances in points are proportional to distances in (cos-scaled) degrees.
        let lat = { (t: String) in network.territory(t)?.coordinates?.latitude ?? 0 }
        let lon = { (t: String) in network.territory(t)?.coordinates?.longitude ?? 0 }
        let squeeze = cos(lat("antofagasta") * .pi / 180)
        let scaleY = (taltal.y - tocopilla.y) / (lat("tocopilla") - lat("taltal"))
        let scaleX = (sanPedro.x - antofagasta.x) / ((lon("san-pedro-de-atacama") - lon("antofagasta")) * squeeze)
        #expect(abs(scaleX / scaleY - 1) < 0.03, "x scale \(scaleX), y scale \(scaleY)")
        // Each commune's actors stand around it, none overlapping; the one actor of Taltal is nearer Taltal than Antofagasta.
        let layout = try #require(diagram.positions)
        let boxes = Array(layout.actors.values)
        for i in boxes.indices { for j in boxes.indices where j > i { #expect(!boxes[i].overlaps(boxes[j], gap: 0)) } }
        let liceo = try place("actor-liceos-taltal")
        func distance(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Double { hypot(a.x - b.x, a.y - b.y) }
        #expect(distance(liceo, taltal) < distance(liceo, antofagasta) / 4)
        // Region-wide actors (no commune) are in the band, west of every commune.
        let band = try place("actor-secreduc")
        #expect(band.x < antofagasta.x && band.x < tocopilla.x)
        // Priority territories are read from the data: the four the file names, drawn as stars.
        let priority = try drawing.nodes(forXPath: "//g[contains(@class, 'priority')]").compactMap { ($0 as? XMLElement)?.attribute(forName: "id")?.stringValue }
        #expect(Set(priority) == Set(["territory-taltal", "territory-san-pedro-de-atacama", "territory-tocopilla", "territory-maria-elena"]))
    }

    @Test("with a scenario, the map says which priority territories it reaches")
    func reach() throws {
        let analysis = NetworkAnalysis(try bundled())
        let after = try analysis.applying(scenarioNamed: "aulas-tecnologicas")
        let diagram = try NetworkDiagram.composed(after, options: DiagramOptions(layout: .geo, language: .en, legendPosition: .right), before: analysis)
        let rows = diagram.legend.rows.map(\.title)
        #expect(rows.contains("The scenario reaches Taltal, San Pedro de Atacama, Tocopilla and María Elena; it does not reach —"), "\(rows)")
        let reached = try svg(diagram).nodes(forXPath: "//g[contains(@class, ' reached')]").count
        #expect(reached == 4)
    }

    @Test("a map of a network without coordinates is a clear error")
    func noCoordinates() throws {
        var network = Network(name: "x")
        network.actors = [Actor(id: "a", name: "A"), Actor(id: "b", name: "B")]
        #expect(throws: GraphvizError.noCoordinates) {
            _ = try NetworkDiagram.composed(NetworkAnalysis(network), options: DiagramOptions(layout: .geo))
        }
    }

    @Test("an ego network: SECREDUC and exactly the actors it shares a tie or an arrangement with; the rest left out or grey")
    func ego() throws {
        let network = try bundled()
        let analysis = NetworkAnalysis(network)
        // The neighbours by hand, from the file: co-members of an arrangement, and the other end of a direct tie.
        var expected: Set<String> = ["secreduc"]
        for arrangement in network.arrangements where arrangement.members.contains("secreduc") { expected.formUnion(arrangement.members) }
        for tie in network.ties where tie.source == "secreduc" || tie.target == "secreduc" { expected.formUnion([tie.source, tie.target]) }
        let omitted = try NetworkDiagram.composed(analysis, options: DiagramOptions(focus: .actors(["secreduc"], depth: 1)))
        let drawn = Set(omitted.nodes.filter { $0.name.hasPrefix("a:") }.map { String($0.name.dropFirst(2)) })
        #expect(drawn == expected)
        #expect(expected.count < network.actors.count)
        // Every line drawn joins two actors in focus.
        #expect(omitted.edges.allSatisfy { drawn.contains(String($0.tail.dropFirst(2))) && drawn.contains(String($0.head.dropFirst(2))) })
        // Depth 0: SECREDUC alone.
        let alone = try NetworkDiagram(analysis, options: DiagramOptions(focus: .actors(["secreduc"], depth: 0)))
        #expect(alone.nodes.filter { $0.name.hasPrefix("a:") }.map(\.name) == ["a:secreduc"])
        // Grey: every actor drawn, those outside the focus in the context grey.
        let grey = try NetworkDiagram(analysis, options: DiagramOptions(focus: .actors(["secreduc"], depth: 1), context: .grey))
        let context = grey.nodes.filter { $0.attributes.contains(.init("fillcolor", DiagramTheme.light.contextFill)) }
        #expect(grey.nodes.filter { $0.name.hasPrefix("a:") }.count == network.actors.count)
        #expect(Set(context.map { String($0.name.dropFirst(2)) }) == Set(network.actors.map(\.id)).subtracting(expected))
    }

    @Test("one arrangement, one bloc: their members and the ties among them")
    func onlyArrangementAndBloc() throws {
        let network = try bundled()
        let analysis = NetworkAnalysis(network)
        let mesa = try #require(network.arrangement("mesa-sectorial-energia"))
        let drawing = try NetworkDiagram(analysis, options: DiagramOptions(focus: .arrangement(mesa.id)))
        #expect(Set(drawing.nodes.map { String($0.name.dropFirst(2)) }) == Set(mesa.members))
        let empresas = try NetworkDiagram(analysis, options: DiagramOptions(focus: .bloc("empresas")))
        #expect(Set(empresas.nodes.map { String($0.name.dropFirst(2)) }) == Set(network.actors.filter { $0.bloc == "empresas" }.map(\.id)))
    }
}

@Suite("Colours that read")
struct DiagramColourTests {
    /// The WCAG 2.1 formula checked on values published with it: black on white is 21:1, #777777 on white 4.48:1.
    @Test("the contrast ratio is WCAG's")
    func formula() {
        #expect(abs(DiagramTheme.contrast("#000000", "#FFFFFF") - 21) < 1e-9)
        #expect(abs(DiagramTheme.contrast("#777777", "#FFFFFF") - 4.48) < 0.01)
        #expect(abs(DiagramTheme.contrast("#FFFFFF", "#FFFFFF") - 1) < 1e-9)
    }

    @Test("every label keeps 4.5:1 or more with what it is drawn on, every line 3:1 with the page", arguments: DiagramTheme.allCases)
    func contrast(_ theme: DiagramTheme) {
        for fill in DiagramStyle.palette + [theme.missing] {
            let ratio = DiagramTheme.contrast(DiagramStyle.textColor(on: fill), fill)
            #expect(ratio >= 4.5, "label on \(fill): \(ratio)")
        }
        let labels: [(String, String, String)] = [
            ("title", theme.ink, theme.background), ("key", theme.mutedInk, theme.background),
            ("place", theme.placeText, theme.background), ("context", theme.contextText, theme.contextFill),
            ("removed", theme.removedText, theme.removedFill), ("arrangement", theme.arrangementText, theme.arrangementFill),
            ("cluster", theme.clusterText, theme.clusterFill),
        ]
        for (name, text, ground) in labels {
            #expect(DiagramTheme.contrast(text, ground) >= 4.5, "\(name): \(DiagramTheme.contrast(text, ground))")
        }
        for kind in DiagramTheme.channelKinds {
            let color = theme.channel(kind).color
            #expect(DiagramTheme.contrast(color, theme.background) >= 3, "\(kind) \(color)")
        }
        for (name, line) in [("edge", theme.edge), ("added", theme.added), ("removed", theme.removed), ("frame", theme.frame)] {
            #expect(DiagramTheme.contrast(line, theme.background) >= 3, "\(name) \(line)")
        }
    }

    /// Machado, Oliveira & Fernandes (2009), severity 1.0: linear RGB → simulated linear RGB.
    static let deficiencies: [String: [[Double]]] = [
        "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
        "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
        "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
    ]

    /// CIE L*a*b* (D65) of a colour, as seen with a deficiency (nil: normal vision).
    static func lab(_ hex: String, _ deficiency: String?) -> [Double] {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        var rgb = [16, 8, 0].map { shift -> Double in
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        if let deficiency, let m = deficiencies[deficiency] {
            rgb = m.map { row in min(1, max(0, zip(row, rgb).reduce(0) { $0 + $1.0 * $1.1 })) }
        }
        let x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047
        let y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
        let z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? pow(t, 1.0 / 3) : 7.787 * t + 16.0 / 116 }
        return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
    }

    @Test("the channel palette is not the bloc palette, and kinds drawn with the same pattern stay apart with every common colour-vision deficiency",
          arguments: DiagramTheme.allCases)
    func channels(_ theme: DiagramTheme) {
        let blocs = Set(DiagramStyle.palette.map { $0.uppercased() })
        let styles = DiagramTheme.channelKinds.map { ($0, theme.channel($0)) }
        #expect(Set(styles.map { $0.1.color.uppercased() }).isDisjoint(with: blocs))
        #expect(Set(styles.map { $0.1.color }).count == styles.count, "one colour per kind")
        for (i, a) in styles.enumerated() {
            for b in styles[(i + 1)...] where a.1.pattern == b.1.pattern {
                for deficiency in [nil, "protanopia", "deuteranopia", "tritanopia"] {
                    let (p, q) = (Self.lab(a.1.color, deficiency), Self.lab(b.1.color, deficiency))
                    let distance = zip(p, q).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
                    #expect(distance >= 20, "\(a.0) and \(b.0) (\(a.1.pattern)) with \(deficiency ?? "normal vision"): ΔE \(distance)")
                }
            }
        }
    }

    @Test("lines by kind: each kind's colour and pattern, and a key with the kinds drawn")
    func kindLines() throws {
        let analysis = NetworkAnalysis(try bundled())
        let diagram = try NetworkDiagram(analysis, options: DiagramOptions(edgeBy: .kind, language: .en))
        let mesa = try #require(diagram.edges.first { $0.attributes.contains(.init("class", "pair evidence-documented channel-mesa")) })
        #expect(mesa.attributes.contains(.init("color", DiagramTheme.light.channel("mesa").color)))
        #expect(mesa.attributes.contains(.init("style", "dashed")))
        let key = try #require(diagram.legend.rows.first { $0.title == "Line: channel kind" })
        #expect(key.entries.map(\.label).contains("working table") && key.entries.count >= 4)
    }

    @Test("a font other than DejaVu Sans sizes the nodes by its own widths")
    func fontWidths() throws {
        #expect(TextMetrics.widthScale(font: DiagramStyle.font) == 1)
        guard (try? FontCheck.families())?.contains("Liberation Sans Narrow") == true else { return }
        let narrow = TextMetrics.widthScale(font: "Liberation Sans Narrow")
        #expect(narrow > 0.6 && narrow < 0.95, "\(narrow)")
    }
}
