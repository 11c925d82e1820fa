import Foundation
import Redes
@testable import RedesSpreadsheet
import Testing

/// `redes survey`: the template of the bundled network, filled by the test as a person would (any order, `Sí`/`si`/
/// `x`/`1`, names without accents, several channels in a cell, some organisations not answering), imported back:
/// the reported ties are exactly the filled ones.
@Suite("Roster survey on the command line")
struct SurveyCLITests {
    static let network = "Networks/antofagasta-tp.yaml"

    /// What the test wrote into the template: the yes rows (by actor id) and who left everything blank.
    struct Filled {
        /// Respondent id → named actor id → (frequency written as a level 1–4, or nil; channel tokens).
        var yes: [String: [String: (level: Int?, channels: Set<String>)]] = [:]
        var nonRespondents: Set<String> = []

        /// The ties union should give: each unordered pair with a yes, its respondents, the highest frequency, the
        /// channels of both reports.
        var expectedUnion: [String: (respondents: Set<String>, frequency: Int?, channels: Set<String>)] {
            var result: [String: (respondents: Set<String>, frequency: Int?, channels: Set<String>)] = [:]
            for (respondent, named) in yes {
                for (actor, answer) in named {
                    let key = [respondent, actor].sorted().joined(separator: "|")
                    var entry = result[key] ?? ([], nil, [])
                    entry.respondents.insert(respondent)
                    if let level = answer.level { entry.frequency = max(entry.frequency ?? 0, level) }
                    entry.channels.formUnion(answer.channels)
                    result[key] = entry
                }
            }
            return result
        }
    }

    static let frequencyWords = [1: ["anual", "Anual", "yearly"], 2: ["trimestral", "TRIMESTRAL"], 3: ["mensual", "Mensual", "monthly"],
                                 4: ["semanal", "Semanal", "weekly"]]
    static let yesWords = ["sí", "Sí", "si", "SI", "x", "X", "1", "yes"]
    static let noWords = ["no", "No", "NO", "0"]

    /// Fills the rows of a template (respondent name, actor name → the cells from `collaborates` on), seeded.
    static func fill(rows: [(respondent: String, actor: String)], channels: [String], network: Network,
                     seed: UInt64) -> (cells: [[String]], filled: Filled) {
        var generator = SplitMix64(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(generator.next() % UInt64(items.count))] }
        func percent() -> Int { Int(generator.next() % 100) }
        let id = Dictionary(network.actors.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        let channelToken: [String: String] = Dictionary(channels.map { name in
            (name, ArrangementKind(word: name)?.rawValue ?? network.arrangements.first { $0.name == name }?.id ?? name)
        }, uniquingKeysWith: { first, _ in first })
        var filled = Filled()
        // Three organisations do not answer at all.
        let respondents = Array(Set(rows.map(\.respondent))).sorted()
        filled.nonRespondents = Set([respondents[2], respondents[11], respondents[20]].compactMap { id[$0] })
        var cells: [[String]] = []
        for row in rows {
            guard let r = id[row.respondent], let a = id[row.actor], !filled.nonRespondents.contains(r) else {
                cells.append(["", "", "", "", "", ""]); continue
            }
            let roll = percent()
            if roll < 14 {
                let level: Int? = percent() < 10 ? nil : 1 + Int(generator.next() % 4)
                var chosen: [String] = []
                let c = percent()
                if c < 30 { chosen = [pick(channels)] } else if c < 40 { chosen = [pick(channels), pick(channels)] }
                let role = percent() < 20 ? "coordina \(a)" : ""
                filled.yes[r, default: [:]][a] = (level, Set(chosen.compactMap { channelToken[$0] }))
                let channelCells = chosen.count == 2 && percent() < 50 ? [chosen.joined(separator: "; "), "", ""]
                    : chosen + [String](repeating: "", count: 3 - chosen.count)
                cells.append([pick(yesWords), level.map { pick(frequencyWords[$0]!) } ?? ""] + channelCells + [role])
            } else if roll < 45 {
                cells.append([pick(noWords), "", "", "", "", ""])
            } else {
                cells.append(["", "", "", "", "", ""])
            }
        }
        return (cells, filled)
    }

    /// A name as a person might type it: without accents, or in capitals.
    static func retyped(_ name: String, _ roll: UInt64) -> String {
        switch roll % 5 {
        case 0: return name.folding(options: .diacriticInsensitive, locale: nil)
        case 1: return name.uppercased()
        default: return name
        }
    }

    /// The reported ties of a written network, by unordered pair.
    static func reportedTies(_ path: String) throws -> [String: (respondents: Set<String>, frequency: Int?, channels: Set<String>)] {
        let network = try Network.read(path: path)
        var result: [String: (respondents: Set<String>, frequency: Int?, channels: Set<String>)] = [:]
        for tie in network.ties where tie.evidence.status == .reported {
            let frequency: Int? = tie.attributes["frequency"].flatMap { SurveyFrequency(rawValue: $0.description)?.level }
            let channels = tie.attributes["channels"].map { Set($0.description.components(separatedBy: "; ")) } ?? []
            result[[tie.source, tie.target].sorted().joined(separator: "|")] = (Set(tie.evidence.respondents), frequency, channels)
            #expect(tie.evidence.date == "2026-03" && tie.evidence.source == "survey-2026-03" && tie.kind == "collaboration")
        }
        return result
    }

    static func same(_ a: [String: (respondents: Set<String>, frequency: Int?, channels: Set<String>)],
                     _ b: [String: (respondents: Set<String>, frequency: Int?, channels: Set<String>)]) -> Bool {
        a.count == b.count && a.allSatisfy { key, value in
            guard let other = b[key] else { return false }
            return other.respondents == value.respondents && other.frequency == value.frequency && other.channels == value.channels
        }
    }

    @Test("CSV: template → filled by the test → import gives the filled ties exactly", arguments: ["es", "en"])
    func csvRoundTrip(_ language: String) throws {
        let directory = try CLITests.freshDirectory("redes-survey")
        let template = directory.appendingPathComponent("encuesta.csv")
        let made = try CLITests().run(["survey", "template", Self.network, "-o", template.path, "--lang", language])
        #expect(made.status == 0, "\(made.stderr)")
        let bytes = try Data(contentsOf: template)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 with a byte-order mark")
        let separator = language == "es" ? ";" : ","
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let headerIndex = try #require(lines.firstIndex { $0.hasPrefix(language == "es" ? "encuestado;actor;bloque;colabora" : "respondent,actor,bloc,collaborates") })
        let channelsLine = try #require(lines[..<headerIndex].last)
        let channels = String(channelsLine.drop { $0 != ":" }.dropFirst(2)).components(separatedBy: " · ")
        let network = try Network.read(path: CLITests.root.appendingPathComponent(Self.network).path)
        let data = lines[(headerIndex + 1)...].map { $0.components(separatedBy: separator) }
        #expect(data.count == 30 * 29 && data.allSatisfy { $0.count == 9 })
        let (answers, filled) = Self.fill(rows: data.map { ($0[0], $0[1]) }, channels: channels, network: network, seed: 21)
        // Written back in a shuffled order, some names retyped, with blank lines here and there.
        var generator = SplitMix64(seed: 7)
        var rows = zip(data, answers).map { template, answer in
            [Self.retyped(template[0], generator.next()), Self.retyped(template[1], generator.next()), template[2]] + answer
        }
        rows.shuffle(using: &generator)
        var text = lines[...headerIndex].joined(separator: "\r\n") + "\r\n"
        for (i, row) in rows.enumerated() {
            text += row.map { $0.contains(separator) ? "\"\($0)\"" : $0 }.joined(separator: separator) + "\r\n"
            if i % 97 == 0 { text += "\r\n" }
        }
        let answered = directory.appendingPathComponent("respuestas.csv")
        try Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array(text.utf8)).write(to: answered)
        let output = directory.appendingPathComponent("red.yaml")
        let imported = try CLITests().run(["survey", "import", Self.network, answered.path, "--date", "2026-03", "-o", output.path,
                                           "--format", "json", "--lang", language])
        #expect(imported.status == 0, "\(imported.stderr)")
        let expected = filled.expectedUnion
        #expect(expected.count > 40, "the fill names enough pairs to mean something")
        #expect(Self.same(try Self.reportedTies(output.path), expected))
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [String: Any])
        #expect(Set(summary["non_respondents"] as? [String] ?? []) == filled.nonRespondents)
        #expect(summary["respondents"] as? Int == 27)
        let pairs = try #require(summary["pairs"] as? [String: Int])
        #expect(pairs["total"] == expected.count)
        #expect(pairs["confirmed"]! + pairs["conflicting"]! == expected.values.count { $0.respondents.count == 2 })
    }

    @Test("xlsx: template → filled the way spreadsheets save (inline text, numbers) → import gives the filled ties exactly")
    func spreadsheetRoundTrip() throws {
        let directory = try CLITests.freshDirectory("redes-survey-xlsx")
        let template = directory.appendingPathComponent("encuesta.xlsx")
        let made = try CLITests().run(["survey", "template", Self.network, "-o", template.path])
        #expect(made.status == 0, "\(made.stderr)")
        var parts = try SpreadsheetPackage.read(path: template.path)
        let table = try WorkbookReader.table(path: template.path)
        let header = try #require(table.rows.first)
        #expect(header.cells == ["encuestado", "actor", "bloque", "colabora", "frecuencia", "canal 1", "canal 2", "canal 3", "rol"])
        let lists = String(decoding: try #require(parts["xl/worksheets/sheet3.xml"]), as: UTF8.self)
        #expect(lists.contains("<c r=\"C2\""))
        let strings = XMLElements.sharedStrings(try #require(parts["xl/sharedStrings.xml"]))
        let channels = XMLElements.rows(try #require(parts["xl/worksheets/sheet3.xml"]), strings: strings).dropFirst().map { $0.cell(3) }.filter { !$0.isEmpty }
        let network = try Network.read(path: CLITests.root.appendingPathComponent(Self.network).path)
        let data = table.rows.dropFirst()
        let (answers, filled) = Self.fill(rows: data.map { ($0.cell(1), $0.cell(2)) }, channels: channels, network: network, seed: 5)
        // Fill the answer cells (D…I) as a spreadsheet saves them: text inline, `1` as a number.
        var sheet = String(decoding: try #require(parts["xl/worksheets/sheet2.xml"]), as: UTF8.self)
        for (row, answer) in zip(data, answers) {
            for (offset, value) in answer.enumerated() where !value.isEmpty {
                let reference = spreadsheetColumnName(4 + offset) + "\(row.number)"
                let cell = value == "1" ? "<c r=\"\(reference)\" s=\"4\"><v>1</v></c>"
                    : "<c r=\"\(reference)\" s=\"4\" t=\"inlineStr\"><is><t>\(xmlEscaped(value))</t></is></c>"
                let blank = "<c r=\"\(reference)\" s=\"4\"/>"
                #expect(sheet.contains(blank))
                sheet = sheet.replacingOccurrences(of: blank, with: cell)
            }
        }
        parts["xl/worksheets/sheet2.xml"] = Data(sheet.utf8)
        var package = SpreadsheetPackage()
        package.parts = parts.keys.sorted().map { ($0, parts[$0]!) }
        let answered = directory.appendingPathComponent("respuestas.xlsx")
        try Data(try package.bytes()).write(to: answered)
        let output = directory.appendingPathComponent("red.yaml")
        let imported = try CLITests().run(["survey", "import", Self.network, answered.path, "--date", "2026-03", "-o", output.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(Self.same(try Self.reportedTies(output.path), filled.expectedUnion))
        #expect(imported.stdout.contains("No respondieron:"))
    }

    /// The files the survey examples of the help name: filled answers for the bundled network (respuestas.csv,
    /// answers.csv, respuestas.xlsx) and the network joined with them (red-encuesta.yaml).
    static func writeExampleAnswers(in directory: URL) throws {
        let csv = "encuestado,actor,colabora,frecuencia\nSECREDUC,SLEP,sí,mensual\nSLEP,SECREDUC,sí,semanal\nSENCE,GORE,x,anual\nGORE,SENCE,sí,anual\n"
        for name in ["respuestas.csv", "answers.csv"] { try Data(csv.utf8).write(to: directory.appendingPathComponent(name)) }
        let template = directory.appendingPathComponent("respuestas.xlsx")
        #expect(try CLITests().run(["survey", "template", network, "-o", template.path]).status == 0)
        var parts = try SpreadsheetPackage.read(path: template.path)
        var sheet = String(decoding: try #require(parts["xl/worksheets/sheet2.xml"]), as: UTF8.self)
        for row in 2...6 { sheet = sheet.replacingOccurrences(of: "<c r=\"D\(row)\" s=\"4\"/>", with: "<c r=\"D\(row)\" s=\"4\"><v>1</v></c>") }
        parts["xl/worksheets/sheet2.xml"] = Data(sheet.utf8)
        var package = SpreadsheetPackage()
        package.parts = parts.keys.sorted().map { ($0, parts[$0]!) }
        try Data(try package.bytes()).write(to: template)
        let joined = try CLITests().run(["survey", "import", network, "respuestas.csv", "--date", "2026-03", "-o", "red-encuesta.yaml"],
                                        in: directory)
        #expect(joined.status == 0, "\(joined.stderr)")
    }

    @Test("the .xlsx template's visible text is in the language asked for", arguments: ["es", "en"])
    func spreadsheetLanguage(_ language: String) throws {
        let directory = try CLITests.freshDirectory("redes-survey-language")
        let network = try OneLanguageTests.neutralNetwork(in: directory)
        let path = directory.appendingPathComponent("t.xlsx").path
        #expect(try CLITests().run(["survey", "template", network, "-o", path, "--lang", language]).status == 0)
        let parts = try SpreadsheetPackage.read(path: path)
        let text = XMLElements.sharedStrings(try #require(parts["xl/sharedStrings.xml"])).joined(separator: "\n")
            + XMLElements.elements(named: "sheet", in: try #require(parts["xl/workbook.xml"])).compactMap { $0["name"] }.joined(separator: " ")
            + XMLElements.elements(named: "dataValidation", in: try #require(parts["xl/worksheets/sheet2.xml"]))
                .flatMap { [$0["errorTitle"] ?? "", $0["error"] ?? ""] }.joined(separator: "\n")
        let leaks = OneLanguageTests.words(text).intersection(language == "es" ? OneLanguageTests.english : OneLanguageTests.spanish)
        #expect(leaks.isEmpty, "\(language): \(leaks.sorted())")
        #expect(text.contains(language == "es" ? "frecuencia" : "frequency"))
    }

    @Test("the template is byte-identical from run to run, in both formats")
    func deterministic() throws {
        let directory = try CLITests.freshDirectory("redes-survey-same")
        for name in ["a.xlsx", "b.xlsx", "a.csv", "b.csv"] {
            let result = try CLITests().run(["survey", "template", Self.network, "-o", directory.appendingPathComponent(name).path])
            #expect(result.status == 0)
        }
        for format in ["xlsx", "csv"] {
            #expect(try Data(contentsOf: directory.appendingPathComponent("a.\(format)")) == Data(contentsOf: directory.appendingPathComponent("b.\(format)")))
        }
    }
}
