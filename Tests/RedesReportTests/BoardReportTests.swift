import Foundation
import Testing
import Redes
import RedesPresentation
@testable import RedesReport

/// The report's "Tablero de indicadores" / "Indicator board" section (issue 17).
@Suite("The report's indicator board")
struct BoardReportTests {
    static func network() throws -> Network {
        try Network.read(path: reportRoot.appendingPathComponent("Networks/antofagasta-tp.yaml").path)
    }

    static func options(_ language: Language = .es) -> ReportOptions {
        ReportOptions(language: language, sourceName: "antofagasta-tp.yaml", permutations: 200, robustnessRuns: 10, sensitivityRuns: 10)
    }

    @Test("the section comes before the scenarios, says what the board lacks and whom it reaches, in each language")
    func section() throws {
        let document = try CommitteeReport.build(try Self.network(), options: Self.options())
        let ids = document.sections.map(\.id)
        #expect(ids.firstIndex(of: "board").map { ids[$0 + 1] } == "scenarios")
        let board = try #require(document.sections.first { $0.id == "board" })
        #expect(board.title == "Tablero de indicadores")
        // Computed from the bundled board: 7 indicators, RAP and participación femenina without custodian, five with
        // one producer, none with a baseline or target; the committee of the network as it is sees five.
        #expect(board.blocks.contains(.lead("El tablero tiene 7 indicadores: 2 sin custodio, 5 con un solo productor y 7 sin línea base o sin meta. El comité (Comité Estratégico para la Gobernanza de la Formación Técnica: SECREDUC, SLEP y Red Futuro Técnico) ve 5 de 7 indicadores a dos pasos o menos. No ve: Reconocimiento de aprendizajes previos (RAP) y Certificaciones de competencias laborales.")))
        #expect(board.blocks.contains(.paragraph("Con «Comité Regional TP con tablero de indicadores», el comité ve 7 de 7 indicadores (hoy 5) y quedan 2 pasos sin canal (hoy 4). Los demás escenarios no cambian el tablero.")))
        #expect(board.blocks.contains(.paragraph("Sin papel en el tablero: Empresas y Liceos EMTP.")))
        let figures = board.blocks.compactMap { block -> ReportFigure? in if case .figure(let f) = block { return f } else { return nil } }
        #expect(figures.map(\.name) == ["tablero"] && figures[0].svg.contains("1. Alternancias"))
        let english = try CommitteeReport.build(try Self.network(), options: Self.options(.en))
        let section = try #require(english.sections.first { $0.id == "board" })
        #expect(section.title == "Indicator board")
        #expect(section.blocks.contains(.lead("The board has 7 indicators: 2 without a custodian, 5 with a single producer and 7 without a baseline or a target. The committee (Comité Estratégico para la Gobernanza de la Formación Técnica: SECREDUC, SLEP and Red Futuro Técnico) sees 5 of 7 indicators within two steps. It does not see: Recognition of prior learning (RPL) and Occupational skills certifications.")))
    }

    @Test("the scenario table marks the committee scenario as the best in every column")
    func scenarioTable() throws {
        let document = try CommitteeReport.build(try Self.network(), options: Self.options())
        let board = try #require(document.sections.first { $0.id == "board" })
        let tables = board.blocks.compactMap { block -> ReportTable? in if case .table(let t) = block { return t } else { return nil } }
        let scenarios = try #require(tables.last)
        #expect(scenarios.rows.count == 7)
        let comite = try #require(scenarios.rows.first { $0[0].text == "«Comité Regional TP con tablero de indicadores»" })
        #expect(comite.map(\.text) == ["«Comité Regional TP con tablero de indicadores»", "7 de 7", "2", "11 de 15", "17"])
        let bestEverywhere = comite.dropFirst().allSatisfy { $0.best }
        let bestNowhereElse = scenarios.rows.filter { $0 != comite }.allSatisfy { row in row.dropFirst().allSatisfy { !$0.best } }
        #expect(bestEverywhere && bestNowhereElse)
    }

    @Test("a network without indicators has no board section")
    func absent() throws {
        var network = try Self.network()
        network.indicators = []
        network.scenarios = network.scenarios.map { var s = $0; s.indicators = IndicatorChanges(); return s }
        let document = try CommitteeReport.build(network, options: Self.options())
        #expect(!document.sections.contains { $0.id == "board" })
    }
}

extension PrintTests {
    @Test("the board section prints whole: every indicator, every gap category, the drawing and every scenario")
    func boardPrinted() throws {
        let report = try Self.printed.get()
        let pages = report.pages.filter { page in
            page.normalised.contains("Tablero de indicadores") || page.normalised.contains("Dónde el tablero está ciego")
                || page.normalised.contains("Cómo viajan los datos")
        }
        let text = PrintedPage.compacted(pages.map(\.text).joined())
        for indicator in report.network.indicators { #expect(text.contains(PrintedPage.compacted(indicator.name)), "\(indicator.name)") }
        for category in GapCategory.allCases {
            #expect(text.contains(PrintedPage.compacted(Language.es.text(.board(.gap(category))))), "\(category)")
        }
        #expect(text.contains(PrintedPage.compacted(Language.es.text(.board(.reportDiagram)))))
        for scenario in report.network.scenarios { #expect(text.contains(PrintedPage.compacted("«\(scenario.name)»")), "\(scenario.name)") }
    }
}
