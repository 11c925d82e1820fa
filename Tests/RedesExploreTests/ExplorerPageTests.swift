import Foundation
import Redes
import RedesGraphviz
import RedesPresentation
import Testing
@testable import RedesExplore

/// The page as a file: its policy, its data, its escaping, its size and its bytes. What a person does with it is
/// checked in a real browser by Scripts/browser/explore_test.py (`make test-browser`).
@Suite("Interactive map: the page")
struct ExplorerPageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let bundled = root.appendingPathComponent("Networks/antofagasta-tp.yaml").path

    /// The text between `<tag…>` and `</tag>` of the n-th such element.
    static func element(_ tag: String, in html: String, index: Int = 0) -> String? {
        let parts = html.components(separatedBy: "<\(tag)")
        guard parts.count > index + 1, let open = parts[index + 1].firstIndex(of: ">") else { return nil }
        let rest = parts[index + 1][parts[index + 1].index(after: open)...]
        return rest.components(separatedBy: "</\(tag)>").first
    }

    /// The data the page embeds, parsed back.
    static func data(_ html: String) throws -> [String: Any] {
        let literal = try #require(element("script", in: html, index: 0))
        return try #require(try JSONSerialization.jsonObject(with: Data(literal.utf8)) as? [String: Any])
    }

    @Test("SHA-256 gives the digests of FIPS 180-4's examples (one block, two blocks, a million bytes)")
    func sha256() {
        func hex(_ text: String) -> String { SHA256.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hex(String(repeating: "a", count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("the policy allows the page's own script and stylesheet by digest, and nothing else")
    func policy() throws {
        let html = try ExplorerPage(try Network.read(path: Self.bundled)).html
        let script = try #require(Self.element("script", in: html, index: 1))
        let style = try #require(Self.element("style", in: html))
        #expect(script == ExplorerScript.source && style == ExplorerStyle.source)
        let expected = "default-src 'none'; script-src '\(ExplorerHTML.digest(script))'; style-src '\(ExplorerHTML.digest(style))'; "
            + "img-src data: blob:; base-uri 'none'; form-action 'none'"
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"\(expected)\">"))
        // Nothing the policy would block: no inline handler, no style attribute, no external URL.
        #expect(!html.contains(" style=\"") && !html.contains(" onload=") && !html.contains(" onclick="))
        // The only URLs are the SVG and XLink namespace names the script creates elements in.
        let urls = html.components(separatedBy: "http://").dropFirst().map { String($0.prefix(22)) }
        #expect(Set(urls) == ["www.w3.org/2000/svg', ", "www.w3.org/1999/xlink'"], "\(Set(urls))")
        #expect(!html.contains("https://") && !html.contains("src=\""))
        #expect(html.components(separatedBy: "<script").count == 3)
    }

    @Test("the bundled network's page stays under 1 MB, and the same network gives the same bytes")
    func sizeAndBytes() throws {
        let network = try Network.read(path: Self.bundled)
        let first = try ExplorerPage(network).html, second = try ExplorerPage(network).html
        #expect(first.utf8.count <= ExplorerPage.byteBudget, "\(first.utf8.count) bytes")
        #expect(first == second)
        // One drawing per scenario, the network as it is in the page itself.
        #expect(first.components(separatedBy: "<template id=\"view-").count - 1 == network.scenarios.count)
    }

    @Test("no string of the network can run, close an element or become markup")
    func escaping() throws {
        var network = Network(name: "Red <b>mala</b> & </script>")
        network.sources = [SourceDocument(id: "s", title: "S </script><script>alert(2)</script>")]
        network.blocs = [Bloc(id: "x", name: "<img src=x onerror=alert(3)>"), Bloc(id: "y", name: "Y")]
        network.actors = [Actor(id: "a", name: "<script>alert(1)</script>", bloc: "x"),
                          Actor(id: "b", name: "B \"quoted\" 'single' \u{2028} & more", bloc: "y"), Actor(id: "c", bloc: "y")]
        network.arrangements = [Arrangement(id: "m", name: "M </script>", kind: .workingTable, members: ["a", "b", "c"],
                                            evidence: .documented(source: "s", quote: "</script><script>alert(4)</script>"))]
        let html = try ExplorerPage(network).html
        for raw in ["<script>alert", "<img src", "<b>mala", "</script><script>"] {
            #expect(!html.contains(raw), "\(raw) appears unescaped")
        }
        // In the JSON literal, not even a line separator (it ends a string literal in older JavaScript).
        let literal = try #require(Self.element("script", in: html, index: 0))
        #expect(!literal.contains("<") && !literal.contains(">") && !literal.contains("&") && !literal.contains("\u{2028}"))
        #expect(html.components(separatedBy: "<script").count == 3)
        #expect(html.contains("<title>Red &lt;b&gt;mala&lt;/b&gt; &amp; &lt;/script&gt;</title>"))
        // The data reads back exactly.
        let data = try Self.data(html)
        let names = (data["actors"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(names == ["<script>alert(1)</script>", "B \"quoted\" 'single' \u{2028} & more", "c"])
        let arrangement = (data["arrangements"] as? [String: [String: Any]])?["g:m"]
        #expect((arrangement?["evidence"] as? [String: Any])?["quote"] as? String == "</script><script>alert(4)</script>")
    }

    /// A path a – b – c made of a direct tie a–b and a mesa {b, c}, plus d alone in bloc q;
    /// a scenario adds a mesa {c, d}.
    static func small() -> Network {
        var network = Network(name: "P")
        network.sources = [SourceDocument(id: "s", title: "Acta")]
        network.blocs = [Bloc(id: "p", name: "Pe"), Bloc(id: "q", name: "Cu")]
        network.actors = [Actor(id: "a", bloc: "p", territories: ["T1"]), Actor(id: "b", bloc: "p", territories: ["T1", "T2"]),
                          Actor(id: "c", bloc: "p"), Actor(id: "d", bloc: "q", sector: "minería")]
        network.ties = [Tie(source: "a", target: "b", kind: "collaboration", evidence: .documented(source: "s", quote: "a y b"))]
        network.arrangements = [Arrangement(id: "m", name: "Mesa", kind: .workingTable, members: ["b", "c"], lead: "b",
                                            evidence: Evidence(status: .illustrative, reason: "supuesto"))]
        var scenario = Scenario(id: "e")
        scenario.name = "Escenario"
        scenario.addArrangements = [Arrangement(id: "n", name: "Nueva", kind: .agreement, members: ["c", "d"],
                                                evidence: Evidence(status: .proposed, reason: "propuesta"))]
        network.scenarios = [scenario]
        return network
    }

    @Test("a small network's data, checked by hand: measures, lines with their channels, a scenario's changes")
    func smallNetwork() throws {
        let html = try ExplorerPage(Self.small(), options: ExplorerOptions(language: .es)).html
        let data = try Self.data(html)
        let metrics = try #require(data["metrics"] as? [[String: String]]).map { $0["id"] ?? "" }
        let views = try #require(data["views"] as? [[String: Any]])
        #expect(views.count == 2)
        func value(_ view: Int, _ actor: String, _ metric: String) -> String? {
            let actors = views[view]["actors"] as? [String: [String: Any]]
            guard let row = actors?[actor]?["metrics"] as? [String], let i = metrics.firstIndex(of: metric) else { return nil }
            return row[i]
        }
        // The path a – b – c, d alone. b lies on the one shortest path a–c: normalised betweenness 1 / ((4−1)(4−2)/2)
        // = 1/3; closeness of b (Wasserman–Faust, 3 of 4 actors reached): (3−1)/(4−1) × (3−1)/(1+1) = 2/3.
        #expect(value(0, "b", "degree") == "2" && value(0, "a", "degree") == "1" && value(0, "d", "degree") == "0")
        #expect(value(0, "b", "betweenness") == "0,333" && value(0, "a", "betweenness") == "0,000")
        #expect(value(0, "b", "closeness") == "0,667")
        #expect(value(0, "b", "articulation_point") == "sí" && value(0, "a", "articulation_point") == "no")
        // After the scenario: a – b – c – d, a path of 4: betweenness of b and of c = 2 / 3.
        #expect(value(1, "b", "betweenness") == "0,667" && value(1, "c", "betweenness") == "0,667")
        let base = try #require(views[0]["lines"] as? [String: [String: Any]])
        #expect(Set(base.keys) == ["pair-a--b", "pair-b--c"])
        #expect(base["pair-a--b"]?["channels"] as? [String] == ["t:a|b|collaboration"])
        #expect(base["pair-b--c"]?["channels"] as? [String] == ["g:m"])
        #expect(base["pair-a--b"]?["ends"] as? [String] == ["actor-a", "actor-b"])
        // The scenario's drawing repeats only the line that is new.
        let scenario = try #require(views[1]["lines"] as? [String: [String: Any]])
        #expect(Set(scenario.keys) == ["pair-c--d"])
        #expect(scenario["pair-c--d"]?["channels"] as? [String] == ["g:n"] && scenario["pair-c--d"]?["change"] as? Int == 1)
        #expect(views[1]["added_pairs"] as? Int == 1 && views[1]["removed_pairs"] as? Int == 0)
        #expect(views[1]["summary"] as? String == "Agrega 1 pares vinculados y quita 0; cada actor queda en su lugar.")
        #expect(views[0]["summary"] as? String == "La red como está: 4 actores y 2 pares vinculados.")
        // Both drawings carry every line's element, with the ids the data names.
        let drawings = html.components(separatedBy: "id=\"pair&#45;")
        #expect(drawings.count - 1 == 2 + 3)
        // The arrangements of every drawing, with their evidence in words.
        let arrangements = try #require(data["arrangements"] as? [String: [String: Any]])
        #expect(Set(arrangements.keys) == ["g:m", "g:n"])
        let evidence = arrangements["g:m"]?["evidence"] as? [String: String]
        #expect(evidence == ["status": "illustrative", "label": "ilustrativo", "reason": "supuesto"])
        #expect(arrangements["g:m"]?["kind_label"] as? String == "mesa" && arrangements["g:m"]?["lead"] as? String == "b")
        let ties = try #require(data["ties"] as? [String: [String: Any]])
        #expect(ties["t:a|b|collaboration"]?["label"] as? String == "vínculo directo (colaboración)")
        #expect((ties["t:a|b|collaboration"]?["evidence"] as? [String: String])?["source"] == "Acta")
        // The figures, as the report writes them.
        let figures = try #require(views[1]["figures"] as? [[String]])
        #expect(figures.first { $0[0] == "componentes" } == ["componentes", "2", "1", "−1"])
        #expect(views[1]["figure_headers"] as? [String] == ["medida", "antes", "después", "cambio"])
    }

    @Test("sizes: the side grows with √(1 + 2·share) of the measure's range, as the drawing's --size-by")
    func sizes() throws {
        let data = try Self.data(try ExplorerPage(Self.small()).html)
        let measures = try #require(data["measures"] as? [[String: String]]).map { $0["id"] ?? "" }
        let view = try #require((data["views"] as? [[String: Any]])?.first?["actors"] as? [String: [String: Any]])
        let degree = try #require(measures.firstIndex(of: "degree"))
        // Degrees 1, 2, 1, 0: shares 1/2, 1, 1/2, 0.
        func size(_ actor: String) -> Double? { (view[actor]?["sizes"] as? [Double])?[degree] }
        #expect(size("a") == 1.414 && size("b") == 1.732 && size("d") == 1)
        let rows = try #require((data["views"] as? [[String: Any]])?.first?["size_rows"] as? [String: String])
        #expect(rows["degree"] == "Tamaño: crece con grado, de 0,000 a 2,000 (el área va de la que pide la etiqueta al triple)")
    }

    @Test("filters: bloc, territory and sector of the actors, kind and evidence of the channels, with counts")
    func filters() throws {
        let html = try ExplorerPage(Self.small()).html
        func boxes(_ group: String) -> [String] {
            html.components(separatedBy: "data-filter=\"\(group)\" value=\"").dropFirst().compactMap { $0.components(separatedBy: "\"").first }
        }
        #expect(boxes("bloc") == ["p", "q"])
        #expect(boxes("territory") == ["T1", "T2", ""])
        #expect(boxes("sector") == ["minería", ""])
        #expect(boxes("kind") == ["convenio", "mesa", "tie"])
        #expect(boxes("status") == ["documented", "illustrative", "proposed"])
        #expect(html.contains("data-label=\"(sin dato)\" checked><span>(sin dato)</span> <span class=\"count\">2</span>"))
    }

    @Test("the drawing is render's: the same options, positions and key")
    func drawing() throws {
        let network = try Network.read(path: Self.bundled)
        let options = ExplorerPage.drawingOptions(network, options: ExplorerOptions())
        #expect(options.layout == .neato && options.colorBy == "bloc" && options.seed == 1 && !options.showsLegend)
        #expect(options.labelLimit == ExplorerPage.labelLimit)
        let diagram = try NetworkDiagram.composed(NetworkAnalysis(network), options: options)
        let data = try Self.data(try ExplorerPage(network).html)
        let legend = try #require((data["views"] as? [[String: Any]])?.first?["legend"] as? [String: Any])
        let rows = try #require(legend["rows"] as? [[String: Any]])
        #expect(rows.map { $0["title"] as? String } == diagram.legend.rows.map(\.title))
        #expect(rows.first.flatMap { ($0["entries"] as? [[String: Any]])?.map { $0["label"] as? String } }
                == diagram.legend.rows.first?.entries.map(\.label))
    }

    @Test("labels are drawn up to 2,000 actors (a printed drawing stops at 500)")
    func labels() throws {
        var network = Network(name: "Anillo")
        network.actors = (0..<600).map { Actor(id: "n\($0)") }
        network.ties = (0..<600).map { Tie(source: "n\($0)", target: "n\(($0 + 1) % 600)", evidence: Evidence(status: .unspecified)) }
        let page = try ExplorerPage(network)
        #expect(page.html.contains(">n599</text>"))
        #expect(!page.notes.contains { $0.contains("500") })
        // Above the limit: no names drawn, and the page and the notes say so.
        let small = try ExplorerPage(Self.small(), options: ExplorerOptions(labelLimit: 3))
        #expect(small.notes == ["más de 3 nodos: sin etiquetas"])
        #expect(small.html.contains("<p class=\"note\">Una red de 4 actores: los nombres no se dibujan; busque un actor o pase el cursor sobre él.</p>"))
        #expect(!small.html.contains("</text>"))
        var printed = ExplorerPage.drawingOptions(network, options: ExplorerOptions())
        printed.labelLimit = 500
        let drawing = try NetworkDiagram(network, options: printed)
        #expect(drawing.notes.contains("más de 500 nodos: sin etiquetas"))
    }

    @Test("every word of the page is the catalog's, in its language, and the English page differs")
    func words() throws {
        let network = Self.small()
        let spanish = try Self.data(try ExplorerPage(network, options: ExplorerOptions(language: .es)).html)
        let english = try Self.data(try ExplorerPage(network, options: ExplorerOptions(language: .en)).html)
        let es = try #require(spanish["text"] as? [String: String]), en = try #require(english["text"] as? [String: String])
        for word in ExplorerWord.allCases {
            #expect(es[word.rawValue] == Language.es.text(.explorer(word)) && en[word.rawValue] == Language.en.text(.explorer(word)))
            #expect(!(es[word.rawValue] ?? "").isEmpty)
            #expect(Self.placeholders(es[word.rawValue] ?? "") == Self.placeholders(en[word.rawValue] ?? ""), "\(word)")
        }
        #expect(Set(ExplorerWord.allCases.filter { $0 != .no }.map { es[$0.rawValue] }).count == ExplorerWord.allCases.count - 1)
        #expect(spanish["language"] as? String == "es" && english["language"] as? String == "en")
    }

    static func placeholders(_ text: String) -> [String] {
        text.components(separatedBy: "{").dropFirst().compactMap { $0.components(separatedBy: "}").first }.sorted()
    }

    @Test("sections other analyses add show in the actor's panel and the diagnosis")
    func sections() throws {
        let section = ExplorerSection(title: "Indicadores", items: ["certificaciones: produce"])
        let data = try Self.data(try ExplorerPage(Self.small(), options: ExplorerOptions(actorSections: ["a": [section]], overviewSections: [section])).html)
        let actors = try #require(data["actors"] as? [[String: Any]])
        #expect((actors.first?["sections"] as? [[String: Any]])?.first?["title"] as? String == "Indicadores")
        #expect((data["overview"] as? [[String: Any]])?.count == 1)
    }
}
