import Foundation
import Testing
@testable import Redes
import RedesPresentation

/// The board template: what it holds, the round trip template → import, a filled template, and every import error at
/// its line and column.
@Suite("Indicator board: template and import")
struct BoardTemplateTests {
    static let fixture = repositoryPath("Tests/RedesTests/Fixtures/indicators/board.yaml")

    static func network() throws -> Network { try Network.read(path: fixture) }

    /// Imports `text` (UTF-8) into the fixture.
    static func importing(_ text: String) throws(LoadError) -> BoardImport {
        try BoardTemplate.read(bytes: Array(text.utf8), file: "t.csv", into: try! network())
    }

    static let header = "indicador;nombre del indicador;actor;nombre del actor;bloque;custodio;rol;período línea base;línea base;período meta;meta\n"

    @Test("the template: BOM, headers in the run's language, one row per indicator × actor, values on the first row")
    func shape() throws {
        let network = try Self.network()
        let spanish = String(decoding: BoardTemplateCSV.bytes(network, language: .es), as: UTF8.self)
        #expect(spanish.hasPrefix("\u{FEFF}" + Self.header))
        let lines = spanish.split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 5 * 6)
        // i1's first row (actor a): a uses it, and the baseline 12.5 in 2024 is written with the decimal comma.
        #expect(lines[1] == "i1;Sin custodio;a;Alfa;Público;;usa;2024;12,5;;")
        // i2's rows: a is the custodian; c produces.
        #expect(lines[7] == "i2;Un solo productor;a;Alfa;Público;sí;;2024;120;2026;200")
        #expect(lines[9] == "i2;Un solo productor;c;Gama;IES;;produce;;;;")
        // i5's row for c: custodian and reporter.
        #expect(lines[27] == "i5;Nadie la usa;c;Gama;IES;sí;reporta;;;;")
        let english = String(decoding: BoardTemplateCSV.bytes(network, language: .en), as: UTF8.self)
        #expect(english.hasPrefix("\u{FEFF}indicator,indicator name,actor,actor name,bloc,custodian,role,baseline period,baseline,target period,target\n"))
        #expect(english.contains("\ni1,No custodian,a,Alfa,Público,,uses,2024,12.5,,\n"))
        #expect(english.contains("\ni2,Un solo productor,a,Alfa,Público,yes,,2024,120,2026,200\n"))
    }

    @Test("template → import gives the same indicators, in both languages, for the fixture and the bundled network")
    func roundTrip() throws {
        for path in [Self.fixture, repositoryPath("Networks/antofagasta-tp.yaml")] {
            let network = try Network.read(path: path)
            for language in Language.allCases {
                let file = writeTemporaryFile("tablero.csv", String(decoding: BoardTemplateCSV.bytes(network, language: language), as: UTF8.self))
                let result = try BoardTemplate.read(path: file, into: network)
                #expect(result.network.indicators == network.indicators, "\(path) \(language)")
                #expect(result.network == network && result.untouched.isEmpty)
            }
        }
    }

    @Test("a filled template: a new custodian, roles added and removed, a baseline with the decimal comma")
    func filled() throws {
        let original = try Self.network()
        var text = String(decoding: BoardTemplateCSV.bytes(original, language: .es), as: UTF8.self)
        // i1: a becomes the custodian (marked x). i2: e no longer uses it. i3: baseline 7,5 in 2025 on d's row.
        // i5: d also uses it (the word `usuario`).
        for (row, filled) in [("i1;Sin custodio;a;Alfa;Público;;usa;2024;12,5;;", "i1;Sin custodio;a;Alfa;Público;x;usa;2024;12,5;;"),
                              ("i2;Un solo productor;e;Épsilon;Gremios;;usa;;;;", "i2;Un solo productor;e;Épsilon;Gremios;;;;;;"),
                              ("i3;Productor sin canal;d;Delta;IES;sí;;;;;", "i3;Productor sin canal;d;Delta;IES;sí;;2025;7,5;;"),
                              ("i5;Nadie la usa;d;Delta;IES;;produce;;;;", "i5;Nadie la usa;d;Delta;IES;;produce, usuario;;;;")] {
            try #require(text.contains(row + "\n"))
            text = text.replacingOccurrences(of: row + "\n", with: filled + "\n")
        }
        let result = try Self.importing(text)
        let indicators = result.network.indicators
        #expect(indicators[0].custodian == "a")
        #expect(indicators[1].roles == [IndicatorAssignment(actor: "c", role: .produces), IndicatorAssignment(actor: "f", role: .uses)])
        #expect(indicators[2].baseline == IndicatorValue(period: "2025", value: 7.5) && indicators[2].target == nil)
        // Roles kept from the file keep their order; the new one follows.
        #expect(indicators[4].roles == original.indicators[4].roles + [IndicatorAssignment(actor: "d", role: .uses)])
        // What the template does not carry stays: observations, evidence, names.
        #expect(indicators[1].observations == original.indicators[1].observations && indicators[1].evidence == original.indicators[1].evidence)
    }

    @Test("an indicator without rows is kept as it was, and said to be")
    func untouched() throws {
        let result = try Self.importing(Self.header + "i1;;b;;;;produce;;;;\n")
        #expect(result.untouched == ["i2", "i3", "i4", "i5"])
        #expect(result.network.indicators[0].roles == [IndicatorAssignment(actor: "b", role: .produces)])
        #expect(result.network.indicators[0].baseline == nil)
        #expect(Array(result.network.indicators.dropFirst()) == Array(try Self.network().indicators.dropFirst()))
    }

    @Test("every import error is at its line and column, with a fix", arguments: [
        ("i9;;a;;;;;;;;\n", "t.csv:2:1: error: indicator 'i9' is not declared in the network\n  fix: did you mean 'i1'? Otherwise write the id of an indicator of the network (the template's `indicator` column), or declare it under `indicators:` first"),
        ("i1;;aa;;;;;;;;\n", "t.csv:2:3: error: the row names as actor 'aa', which is not an actor of the network\n  fix: did you mean 'a'? Otherwise write the id of an actor of the network (the template's `actor` column)"),
        ("i1;;a;;;;usa, validar;;;;\n", "t.csv:2:7: error: 'validar' is not a role\n  fix: did you mean 'validates'? Otherwise write produces, reports, validates or uses, separated by commas"),
        ("i1;;a;;;quizás;;;;;\n", "t.csv:2:6: error: `custodio` holds 'quizás', which is neither a mark nor empty\n  fix: write yes (or x) on the custodian's row, and leave the other rows empty"),
        ("i1;;a;;;sí;;;;;\ni1;;b;;;x;;;;;\n", "t.csv:3:6: error: indicator 'i1' gets a second custodian (the first is 'a', on line 2)\n  fix: an indicator has one custodian, accountable for the figure: leave one mark in the custodian column"),
        ("i1;;a;;;;;2024;;;\n", "t.csv:2:9: error: the baseline of indicator 'i1' needs both a period and a value\n  fix: fill in both the period and the value, or leave both empty"),
        ("i1;;a;;;;;;;;200\n", "t.csv:2:10: error: the target of indicator 'i1' needs both a period and a value\n  fix: fill in both the period and the value, or leave both empty"),
        ("i1;;a;;;;;2024;12;;\ni1;;b;;;;;2024;13;;\n", "t.csv:3:9: error: the baseline of indicator 'i1' differs from the one on line 2\n  fix: give the baseline on one row of the indicator, or the same on every row"),
        ("i1;;a;;;;;2024;doce;;\n", "t.csv:2:9: error: `línea base` should be a number, found 'doce'\n  fix: give `línea base` a number"),
        ("i1;;a;;;;usa;;;;\ni1;;a;;;;;;;;\n", "t.csv:3:3: error: indicator 'i1' and actor 'a' already have a row (line 2)\n  fix: merge the two rows into one"),
        ("i1;;a;;;;usa, usa;;;;\n", "t.csv:2:7: error: indicator 'i1' names 'a' as user twice\n  fix: name each actor once per role"),
        (";;a;;;;;;;;\n", "t.csv:2:1: error: empty `indicador`\n  fix: fill in `indicador` or remove the line"),
        ("i1;;a;;;;\n", "t.csv:2: error: expected 11 fields, found 7\n  fix: give every line as many fields as the header; quote fields that contain the delimiter"),
    ])
    func errors(_ rows: String, _ expected: String) {
        let error = loadError { () throws(LoadError) in try Self.importing(Self.header + rows).network }
        #expect(error?.description == expected)
    }

    @Test("a header without a column the import reads names it in the run's language")
    func missingColumn() throws {
        let error = loadError { () throws(LoadError) in try Self.importing("indicador;actor;custodio;roles\ni1;a;;\n").network }
        #expect(error?.line == 1)
        #expect(error.map { Language.es.describe($0) } == "t.csv:1: error: el encabezado no tiene la columna `período línea base` (encontradas: `indicador`, `actor`, `custodio`, `roles`)\n  solución: nombre una columna `período línea base` en la primera línea, o vuelva a escribir la plantilla con `redes indicators ARCHIVO --template`")
        // English headers are read as well, whatever the language of the run.
        let english = "indicator,indicator name,actor,actor name,bloc,custodian,role,baseline period,baseline,target period,target\ni1,,a,,,yes,uses,,,,\n"
        #expect((try? Self.importing(english))?.network.indicators[0].custodian == "a")
    }
}
