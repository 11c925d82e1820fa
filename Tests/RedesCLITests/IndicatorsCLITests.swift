import Foundation
import Redes
import Testing

/// `redes indicators` on the bundled network: the board's JSON, the diagnosis table in each language, the
/// template → import round trip, the diagram, and its refusals.
@Suite("redes indicators")
struct IndicatorsCLITests {
    static let network = "Networks/antofagasta-tp.yaml"

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLITests().run(["indicators", Self.network, "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("JSON lists the seven indicators with their custodians and every gap category, empty lists included")
    func bundledJSON() throws {
        let board = try json([])
        let indicators = try #require(board["indicators"] as? [[String: Any]])
        #expect(indicators.map { $0["id"] as? String } == ["alternancias", "practicas", "rap", "certificaciones", "continuidad-tns",
                                                            "insercion-tp", "participacion-femenina"])
        #expect(indicators.map { $0["custodian"] as? String } == ["secreduc", "slep", nil, "chilevalora", "secreduc", "sence", nil])
        #expect(indicators.allSatisfy { ($0["evidence"] as? [String: Any])?["status"] as? String == "illustrative" })
        #expect(indicators.allSatisfy { ($0["evidence"] as? [String: Any])?["reason"] is String })
        let gaps = try #require(board["gaps"] as? [String: Any])
        #expect(Set(gaps.keys) == ["no_custodian", "single_producer", "producers_without_users", "users_without_producers",
                                   "suppliers_without_channel", "receivers_without_channel", "no_baseline_or_target",
                                   "actors_producing_for_nobody"])
        #expect(gaps.values.allSatisfy { $0 is [Any] })
        #expect((gaps["suppliers_without_channel"] as? [Any])?.isEmpty == true)
        #expect((gaps["no_custodian"] as? [[String: Any]])?.map { $0["id"] as? String } == ["rap", "participacion-femenina"])
        #expect((gaps["no_baseline_or_target"] as? [Any])?.count == 7)
        // The committee of the base network sees five indicators; the Comité Regional TP scenario, all seven.
        let committee = try #require((board["data_flow"] as? [String: Any])?["committee"] as? [String: Any])
        #expect(committee["does_not_see"] as? [String] == ["rap", "certificaciones"])
        let scenarios = try #require(board["scenarios"] as? [[String: Any]])
        #expect(scenarios.count == 7 && scenarios[0]["id"] is NSNull)
        let comite = try #require(scenarios.first { $0["id"] as? String == "comite-regional-tp" })
        #expect((comite["committee_sees"] as? [String])?.count == 7)
        // The scenario makes the board the indicators' agreement.
        let applied = try json(["--scenario", "comite-regional-tp"])
        #expect((applied["indicators"] as? [[String: Any]])?.allSatisfy { $0["agreement"] as? String == "tablero-indicadores-tp" } == true)
        #expect(applied["scenario"] as? String == "comite-regional-tp")
        // Byte-identical across runs.
        let first = try CLITests().run(["indicators", Self.network, "--format", "json"])
        let second = try CLITests().run(["indicators", Self.network, "--format", "json"])
        #expect(first.stdout == second.stdout)
    }

    @Test("the table reads as a diagnosis, in Spanish and in English")
    func table() throws {
        let spanish = try CLITests().run(["indicators", Self.network])
        #expect(spanish.status == 0)
        for line in ["Tablero de indicadores: Ecosistema TP Región de Antofagasta\n", "Dónde el tablero está ciego\n",
                     "  Sin custodio (nadie responde por la cifra): Reconocimiento de aprendizajes previos (RAP); Participación femenina en especialidades STEM\n",
                     "  Se produce, pero nadie la usa: Reconocimiento de aprendizajes previos (RAP)\n",
                     "  Alguien la usa, pero nadie la produce: ninguno\n",
                     "  Sin línea base o sin meta: los 7 indicadores (sin línea base ni meta)\n",
                     "El comité (Comité Estratégico para la Gobernanza de la Formación Técnica: SECREDUC, SLEP y Red Futuro Técnico) ve 5 de 7 indicadores a dos pasos o menos. No ve: Reconocimiento de aprendizajes previos (RAP) y Certificaciones de competencias laborales.\n"] {
            #expect(spanish.stdout.contains(line), "\(line)")
        }
        let english = try CLITests().run(["indicators", Self.network, "--lang", "en"])
        for line in ["Where the board is blind\n", "  No custodian (nobody answers for the figure): Recognition of prior learning (RPL); Women's participation in STEM specialties\n",
                     "The committee (Comité Estratégico para la Gobernanza de la Formación Técnica: SECREDUC, SLEP and Red Futuro Técnico) sees 5 of 7 indicators within two steps. It does not see: Recognition of prior learning (RPL) and Occupational skills certifications.\n"] {
            #expect(english.stdout.contains(line), "\(line)")
        }
    }

    @Test("template → import through the command gives the same indicators; the template opens in Excel (BOM, ';')")
    func templateRoundTrip() throws {
        let directory = try CLITests.freshDirectory("redes-board")
        let template = directory.appendingPathComponent("tablero.csv").path
        let result = try CLITests().run(["indicators", Self.network, "--template", "-o", template])
        #expect(result.status == 0 && result.stderr.isEmpty)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: template))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("\u{FEFF}indicador;nombre del indicador;actor;nombre del actor;bloque;custodio;rol;"))
        let written = directory.appendingPathComponent("red2.yaml").path
        let imported = try CLITests().run(["indicators", Self.network, "--import", template, "-o", written])
        #expect(imported.status == 0, "\(imported.stderr)")
        let original = try Network.read(path: CLITests.root.appendingPathComponent(Self.network).path)
        #expect(try Network.read(path: written) == original)
    }

    @Test("CSV: one row per indicator, its parts and the gaps it is in; strict RFC 4180")
    func csv() throws {
        let result = try CLITests().run(["indicators", Self.network, "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "id,name,level,custodian,produces,reports,validates,uses,baseline_period,baseline,target_period,target,no_custodian,single_producer,producers_without_users,users_without_producers,suppliers_without_channel,receivers_without_channel,no_baseline_or_target,reached,users,users_reached,committee_sees")
        #expect(lines.count == 8)
        // RAP: no custodian, three producers, nobody uses it; its figure stays with the three IES.
        #expect(lines[3] == "rap,Reconocimiento de aprendizajes previos (RAP),performance,,cft-estatal|ceduc-ucn|ua,,,,,,,,1,0,1,0,0,0,1,3,0,0,false")
        // Prácticas: the custodian SLEP shares no arrangement with AIA nor with CChC Antofagasta.
        #expect(lines[2].hasPrefix("practicas,Prácticas profesionales,performance,slep,slep,,,secreduc|aia|cchc-antofagasta,,,,,0,1,0,0,0,2,1,"))
    }

    @Test("a network without indicators: the table says so, JSON still has every gap category, the template only its header")
    func noIndicators() throws {
        let directory = try CLITests.freshDirectory("redes-board")
        let edges = directory.appendingPathComponent("e.csv").path
        try Data("source,target\na,b\n".utf8).write(to: URL(fileURLWithPath: edges))
        let table = try CLITests().run(["indicators", edges, "--lang", "en"])
        #expect(table.stdout == "Indicator board: e.csv\nThe network declares no indicators: add them under `indicators:` (README, “Indicator board”).\n")
        let json = try CLITests().run(["indicators", edges, "--format", "json"])
        let board = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((board["gaps"] as? [String: [Any]])?.count == 8 && (board["indicators"] as? [Any])?.isEmpty == true)
        let template = try CLITests().run(["indicators", edges, "--template"])
        #expect(template.stdout == "\u{FEFF}indicador;nombre del indicador;actor;nombre del actor;bloque;custodio;rol;período línea base;línea base;período meta;meta\n")
        #expect(template.stderr == "nota: la red no declara indicadores: la plantilla solo tiene su encabezado\n")
    }

    @Test("--diagram draws actors and indicators, the same bytes every time")
    func diagram() throws {
        let directory = try CLITests.freshDirectory("redes-board")
        let paths = ["a.svg", "b.svg"].map { directory.appendingPathComponent($0).path }
        for path in paths {
            let result = try CLITests().run(["indicators", Self.network, "--scenario", "comite-regional-tp", "--diagram", path,
                                             "--format", "json", "-o", directory.appendingPathComponent("x.json").path])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let svg = try String(contentsOfFile: paths[0], encoding: .utf8)
        #expect(svg == (try String(contentsOfFile: paths[1], encoding: .utf8)))
        #expect(svg.contains("1. Alternancias") && svg.contains("ChileValora") && svg.contains("Línea: papel"))
        #expect(svg.contains("stroke-dasharray"))
    }
}
