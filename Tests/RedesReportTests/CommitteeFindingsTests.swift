import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Redes
import RedesPresentation
@testable import RedesReport

private func bundledNetwork() throws -> Network {
    try Network.read(path: reportRoot.appendingPathComponent("Networks/antofagasta-tp.yaml").path)
}

private func quickOptions(_ language: Language = .es) -> ReportOptions {
    ReportOptions(language: language, sourceName: "antofagasta-tp.yaml", permutations: 200, robustnessRuns: 10, sensitivityRuns: 10)
}

/// The blocks of one section of a report.
private func section(_ document: ReportDocument, _ id: String) -> [ReportDocument.Block] {
    document.sections.first { $0.id == id }?.blocks ?? []
}

private func callout(_ document: ReportDocument) -> String? {
    for block in section(document, "summary") { if case .callout(_, let text) = block { return text } }
    return nil
}

@Suite("What the committee reads first")
struct CommitteeFindingsTests {
    @Test("the flagship finding is stated in words: the Comité leaves F, the parts and all five gaps as they are; only the scenarios that tie Empresas to the rest close them")
    func flagship() throws {
        let document = try CommitteeReport.build(try bundledNetwork(), options: quickOptions())
        let text = try #require(callout(document))
        #expect(text.hasPrefix("«Comité Regional TP con tablero de indicadores», el escenario que más vínculos agrega (+82 pares vinculados, 18 actores), deja F en 0,297, mantiene 3 partes y deja abiertas las 5 brechas entre bloques: Empresas sigue sin vínculos con el resto."), "\(text)")
        #expect(text.contains("Solo estos escenarios cierran brechas entre bloques y bajan F (de 0,297 hasta 0,067)"))
        #expect(text.contains("«Aulas tecnológicas y casos reales BESS/FV» vincula a Empresas con Liceos EMTP"))
        #expect(text.contains("«Convergencia curricular y RAP formal» vincula a Empresas con Público, IES, Programas/Fundaciones y Gremios"))
        let english = try #require(callout(try CommitteeReport.build(try bundledNetwork(), options: quickOptions(.en))))
        #expect(english.contains("leaves F at 0.297, keeps 3 parts and leaves all 5 gaps between blocs open: Empresas stays without ties to the rest"))
    }

    @Test("the finding is computed: with Engie on the Comité, the Comité closes the gaps; without the two scenarios that tie companies, none does")
    func computed() throws {
        var network = try bundledNetwork()
        // The same Comité with one company on it.
        let comite = try #require(network.scenarios.firstIndex { $0.id == "comite-regional-tp" })
        network.scenarios[comite].addArrangements[0].members.append("engie")
        let changed = try #require(callout(try CommitteeReport.build(network, options: quickOptions())))
        #expect(!changed.contains("deja abiertas las 5 brechas"), "\(changed)")
        #expect(changed.contains("«Comité Regional TP con tablero de indicadores» vincula a Empresas con"), "\(changed)")
        // Without the scenarios that tie companies to the rest, no scenario closes a gap.
        var without = try bundledNetwork()
        without.scenarios.removeAll { ["aulas-tecnologicas", "convergencia-curricular"].contains($0.id) }
        without.roadmap = []  // its phases name the scenarios just removed
        let none = try #require(callout(try CommitteeReport.build(without, options: quickOptions())))
        #expect(none.contains("Ningún escenario cierra las brechas entre bloques"), "\(none)")
    }

    @Test("the scenario table has every scenario, the network as it is first, sorted by effect, the best values marked")
    func scenarioTable() throws {
        let network = try bundledNetwork()
        let document = try CommitteeReport.build(network, options: quickOptions())
        let tables = section(document, "summary").compactMap { block -> ReportTable? in
            if case .table(let table) = block { return table } else { return nil }
        }
        let table = try #require(tables.first)
        #expect(table.rows.count == network.scenarios.count + 1)
        #expect(table.rows[0][0].text == "Red actual")
        let names = table.rows.dropFirst().map(\.[0].text)
        #expect(Set(names) == Set(network.scenarios.map { "«\($0.name)»" }))
        // F (column 3) never rises down the table; the two scenarios that reach Empresas come first.
        let f = table.rows.dropFirst().map { Double($0[3].text.replacingOccurrences(of: ",", with: ".")) ?? 9 }
        #expect(f == f.sorted())
        #expect(Set(names.prefix(2)) == ["«Aulas tecnológicas y casos reales BESS/FV»", "«Convergencia curricular y RAP formal»"])
        #expect(table.rows.dropFirst().filter { $0[3].best }.count == 2)
        #expect(!table.rows[0].contains { $0.best }, "the network as it is is not a candidate")
        // The gaps by name.
        #expect(table.rows[0][8].text == "Empresas ↔ los otros 5 bloques")
    }

    @Test("E-I with what chance gives, p below one permutation's share as p < 0,001, brokerage roles in words")
    func plainLanguage() throws {
        let html = try CommitteeReport.build(try bundledNetwork(), options: ReportOptions(sourceName: "x", permutations: 1000,
                                                                                           robustnessRuns: 10, sensitivityRuns: 10)).html()
        // The shuffles' mean (0,70 expected exactly, 2·740/870 − 1) and its range.
        #expect(html.range(of: "Índice E-I = 0,420, frente a 0,(69|70)[0-9] esperado por azar \\(95 % de las permutaciones entre", options: .regularExpression) != nil)
        #expect(html.contains("p &lt; 0,001, 1000 permutaciones"))
        #expect(!html.contains("p = 0,000"))
        // Roles are sentences with the number of pairs, not bare counts like "AIA (10)".
        #expect(html.contains("(coordinador)") && html.contains("pares de actores de su propio bloque"))
        #expect(html.range(of: #"[A-Z]{2,} \([0-9]+\)"#, options: .regularExpression) == nil)
        // A glossary where the measures first appear.
        #expect(html.contains("<dt>Restricción</dt>") && html.contains("<dt>Tamaño efectivo</dt>"))
    }

    @Test("the territory section: priority territories, which scenarios reach them and through whom, Ollagüe without EMTP")
    func territories() throws {
        let document = try CommitteeReport.build(try bundledNetwork(), options: quickOptions())
        let blocks = section(document, "territories")
        let texts = blocks.compactMap { block -> String? in
            switch block {
            case .lead(let text), .paragraph(let text): return text
            default: return nil
            }
        }
        #expect(texts.contains { $0.contains("La fuente prioriza Taltal, San Pedro de Atacama, Tocopilla y María Elena") })
        #expect(texts.contains { $0.hasPrefix("Ollagüe no tiene oferta EMTP (fuente: «Ollagüe no posee EMTP.»); ningún actor del modelo está allí") })
        let reach = try #require(blocks.compactMap { block -> ReportTable? in
            if case .table(let table) = block, table.headers.contains("Taltal") { return table } else { return nil }
        }.first)
        func row(_ scenario: String) -> [String] { reach.rows.first { $0[0].text.contains(scenario) }?.map(\.text) ?? [] }
        // The Comité reaches no priority territory through its own actors; the scale-up reaches all four by their liceos.
        #expect(row("Comité Regional TP").dropFirst().allSatisfy { $0 == "—" })
        #expect(row("Escalamiento territorial") == ["«Escalamiento territorial de EUREKA y Código Futuro»", "Liceos EMTP Taltal",
                                                   "Liceo EMTP San Pedro de Atacama", "Liceos EMTP Tocopilla", "Liceos EMTP María Elena"])
    }

    @Test("the same actor has the same coordinates in the base diagram and in every scenario diagram")
    func samePlaces() throws {
        let network = try bundledNetwork()
        let html = try CommitteeReport.build(network, options: quickOptions()).html()
        // The base map, one diagram per scenario (the robustness chart has no actors), then the roadmap's phases, which
        // share a map of their own (RoadmapReportTests).
        let all = SVGNodes.figures(in: html)
        #expect(all.count == network.scenarios.count + 1 + network.roadmap.count)
        let figures = Array(all.prefix(network.scenarios.count + 1))
        let base = try #require(figures.first)
        #expect(base.count == network.actors.count)
        for (i, figure) in figures.enumerated().dropFirst() {
            for (actor, place) in base {
                #expect(figure[actor] == place, "\(actor) moved in scenario diagram \(i)")
            }
        }
    }
}

@Suite("Diagram text on A4")
struct DiagramTextTests {
    @Test("every label and key of the report's diagrams prints at 8 pt or more in a 516-point A4 column")
    func eightPoints() throws {
        let html = try CommitteeReport.build(try bundledNetwork(), options: quickOptions()).html()
        var drawings = 0
        var rest = html[...]
        while let start = rest.range(of: "<div class=\"drawing\"><svg"), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            let svg = rest[start.lowerBound..<end.upperBound]
            rest = rest[end.upperBound...]
            guard let box = svg.firstMatch(of: /viewBox="[-0-9.]+ [-0-9.]+ ([0-9.]+) [0-9.]+"/), let width = Double(box.1) else { continue }
            let sizes = svg.matches(of: /font-size="([0-9.]+)"/).compactMap { Double($0.1) }
            guard let smallest = sizes.min() else { continue }
            drawings += 1
            // The drawing is scaled to the column: a font of s points prints at s · 516 / width.
            #expect(smallest * 516 / width >= 8, "text of \(smallest) pt in a \(width)-point drawing")
        }
        #expect(drawings >= 7)
        // The key beside each diagram is page text: 0.88 em of the 9.5-point print body.
        #expect(html.contains("ul.legend { list-style: none; padding: 0; margin: .3rem 0 0; font-size: .88em; }"))
        #expect(html.contains("body { max-width: none; padding: 0; font-size: 9.5pt;"))
    }
}

/// Reads the inline SVGs of a report: for each diagram, every actor's place (the drawing's transform and its label's
/// first text position).
enum SVGNodes {
    struct Place: Hashable { let transform: String; let x: String; let y: String }

    static func figures(in html: String) -> [[String: Place]] {
        var result: [[String: Place]] = []
        var rest = html[...]
        while let start = rest.range(of: "<svg"), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            let svg = String(rest[start.lowerBound..<end.upperBound])
            rest = rest[end.upperBound...]
            // The inline SVG relies on HTML for its namespaces: declare the xlink prefix for an XML parser (without
            // a default namespace, so attributes read by plain names).
            let xml = svg.replacingOccurrences(of: "<svg", with: "<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
            guard let document = try? XMLDocument(xmlString: xml, options: []),
                  let root = document.rootElement() else { continue }
            let transform = ((try? root.nodes(forXPath: "//*[@class='graph']"))?.first as? XMLElement)?.attribute(forName: "transform")?.stringValue ?? ""
            var places: [String: Place] = [:]
            for case let node as XMLElement in (try? root.nodes(forXPath: "//*[local-name()='g']")) ?? [] {
                // Graphviz wraps a node's shapes in a link (its tooltip): the label is a descendant.
                guard let id = node.attribute(forName: "id")?.stringValue, let range = id.range(of: "-actor-"),
                      node.attribute(forName: "class")?.stringValue?.hasPrefix("node") == true,
                      let text = (try? node.nodes(forXPath: ".//*[local-name()='text']"))?.first as? XMLElement else { continue }
                places[String(id[range.upperBound...])] = Place(transform: transform, x: text.attribute(forName: "x")?.stringValue ?? "",
                                                               y: text.attribute(forName: "y")?.stringValue ?? "")
            }
            if !places.isEmpty { result.append(places) }
        }
        return result
    }
}
