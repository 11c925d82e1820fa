import Foundation
@testable import Redes
import Testing

/// The roster survey: a hand-made fixture of eight respondents whose expected counts are worked out by hand below,
/// the reading rules, the symmetrisation rules and the join with the map.
@Suite("Roster survey")
struct SurveyTests {
    static let network = repositoryPath("Tests/RedesTests/Fixtures/survey/red-8.yaml")
    static let answers = repositoryPath("Tests/RedesTests/Fixtures/survey/respuestas-8.csv")

    /// The fixture's answers with the one typo mended (row 22: `Antofagazta` → `Antofagasta`).
    static func mendedTable() throws -> SurveyTable {
        var table = try SurveyTable.csv(path: answers)
        let row = try #require(table.rows.firstIndex { $0.number == 22 })
        table.rows[row].cells[1] = "Universidad de Antofagasta"
        return table
    }

    static func responses() throws -> SurveyResponses {
        try SurveyResponses(try mendedTable(), network: try Network.read(path: network))
    }

    @Test("the typo in row 22 is reported at its row and column, with the name it most likely means")
    func typo() throws {
        let table = try SurveyTable.csv(path: Self.answers)
        let network = try Network.read(path: Self.network)
        #expect(throws: SurveyErrors([SurveyError(file: Self.answers, row: 22, column: 2, problem: .unknownActor(
            .actor, written: "Universidad de Antofagazta", suggestion: "Universidad de Antofagasta"))])) {
            try SurveyResponses(table, network: network)
        }
    }

    /// The hand count. The eight actors are sec, sence, gore (Público), cft, ua (IES), imp, cod, eur (Programas).
    /// The answers (rows 4–23, in no particular order, with `Sí`, `si`, `SI`, `x`, `1`, names with and without
    /// accents, an id `cft`, blank rows and EUREKA's rows left blank) say yes for these directed reports:
    ///
    ///     ua→gore mensual     gore→ua anual        → gore–ua:   both, mensual ≠ anual          → conflicting
    ///     sec→sence mensual   sence→sec mensual    → sec–sence: both, same frequency           → confirmed
    ///     cod→imp mensual     imp→cod (blank)      → cod–imp:   both, one frequency unknown    → confirmed
    ///     cft→sec semanal     sec→cft trimestral   → sec–cft:   both, semanal ≠ trimestral     → conflicting
    ///     sec→gore mensual    (gore said no)       → sec–gore:  gore answered, did not name    → unconfirmed
    ///     imp→cft semanal     cft→imp semanal      → cft–imp:   both, same frequency           → confirmed
    ///     cod→eur trimestral  (eur did not answer) → cod–eur:   the other end did not answer   → unanswered
    ///     ua→eur anual        (eur did not answer) → ua–eur:    the other end did not answer   → unanswered
    ///     sence→ua trimestral (ua said no)         → sence–ua:  ua answered, did not name      → unconfirmed
    ///     cod→ua mensual      (ua left it blank)   → cod–ua:    ua answered, did not name      → unconfirmed
    ///
    /// So 10 named pairs: 3 confirmed, 2 conflicting, 3 unconfirmed, 2 unanswered. Seven of eight actors answered
    /// (EUREKA's two rows are blank): 7/8 = 0.875; Público 3/3, IES 2/2, Programas 2/3.
    @Test("confirmed, conflicting, unconfirmed and unanswered pairs and the response rate, counted by hand")
    func handCount() throws {
        let responses = try Self.responses()
        let survey = try SurveyImport(responses, date: "2026-03", sourceID: "encuesta-2026", sourceTitle: "respuestas-8.csv")
        #expect(survey.count(.confirmed) == 3)
        #expect(survey.count(.conflicting) == 2)
        #expect(survey.count(.unconfirmed) == 3)
        #expect(survey.count(.unanswered) == 2)
        #expect(survey.pairs.count == 10)
        #expect(survey.responseRate == 7.0 / 8.0)
        let ids = responses.network.actors.map(\.id)
        #expect(responses.nonRespondents.map { ids[$0] } == ["eur"])
        #expect(survey.responseRateByBloc.map { "\($0.bloc?.id ?? "-") \($0.respondents)/\($0.actors)" }
                == ["publico 3/3", "ies 2/2", "programas 2/3"])
        // The pairs by name, as worked out above.
        let byPair = Dictionary(uniqueKeysWithValues: survey.pairs.map { pair in
            ([ids[pair.first], ids[pair.second]].sorted().joined(separator: "–"), pair.agreement)
        })
        #expect(byPair == ["gore–ua": .conflicting, "sec–sence": .confirmed, "cod–imp": .confirmed, "cft–sec": .conflicting,
                           "gore–sec": .unconfirmed, "cft–imp": .confirmed, "cod–eur": .unanswered, "eur–ua": .unanswered,
                           "sence–ua": .unconfirmed, "cod–ua": .unconfirmed])
    }

    /// Union keeps all 10 pairs; intersection drops the 3 unconfirmed ones (the 2 unanswered stay: a non-respondent
    /// can neither confirm nor deny, and the one answer is taken). Max and min weigh by frequency level (anual 1,
    /// trimestral 2, mensual 3, semanal 4): sec–cft is 4 under max and 2 under min; gore–ua is 3 and 1. They refuse
    /// imp→cod (row 17), which has no frequency.
    @Test("union, intersection, max and min")
    func rules() throws {
        let responses = try Self.responses()
        func survey(_ rule: SurveyTieRule) throws -> SurveyImport {
            try SurveyImport(responses, rule: rule, date: "2026-03", sourceID: "encuesta-2026", sourceTitle: "r.csv")
        }
        #expect(try survey(.union).ties.count == 10)
        #expect(try survey(.intersection).ties.count == 7)
        #expect(try survey(.union).ties.allSatisfy { $0.weight == 1 })
        #expect(throws: SurveyErrors([SurveyError(file: Self.answers, row: 17, column: 5, problem: .missingFrequency(rule: .max))])) {
            try survey(.max)
        }
        // With imp→cod given a frequency (semanal), the valued rules weigh each tie.
        var table = try Self.mendedTable()
        let row = try #require(table.rows.firstIndex { $0.number == 17 })
        table.rows[row].cells[4] = "semanal"
        let valued = try SurveyResponses(table, network: responses.network)
        func weights(_ rule: SurveyTieRule) throws -> [String: Double] {
            let s = try SurveyImport(valued, rule: rule, date: "2026-03", sourceID: "e", sourceTitle: "r.csv")
            return Dictionary(uniqueKeysWithValues: s.ties.map { ([$0.source, $0.target].sorted().joined(separator: "–"), $0.weight) })
        }
        let max = try weights(.max), min = try weights(.min)
        #expect(max["cft–sec"] == 4 && min["cft–sec"] == 2)
        #expect(max["gore–ua"] == 3 && min["gore–ua"] == 1)
        #expect(max["cod–imp"] == 4 && min["cod–imp"] == 3)
        #expect(max.count == 10 && min.count == 7 && min["gore–sec"] == nil)
    }

    @Test("a tie names its respondents and the date; confirmation is two respondents; what was said is kept")
    func evidence() throws {
        let survey = try SurveyImport(try Self.responses(), date: "2026-03", sourceID: "encuesta-2026", sourceTitle: "r.csv")
        let secSence = try #require(survey.ties.first { Set([$0.source, $0.target]) == ["sec", "sence"] })
        #expect(secSence.evidence == .reported(respondents: ["sec", "sence"], date: "2026-03", source: "encuesta-2026"))
        #expect(secSence.kind == "collaboration")
        #expect(secSence.attributes["channels"] == .string("mesa-genero"))
        let secGore = try #require(survey.ties.first { Set([$0.source, $0.target]) == ["sec", "gore"] })
        #expect(secGore.source == "sec" && secGore.evidence.respondents == ["sec"])
        let goreUA = try #require(survey.ties.first { Set([$0.source, $0.target]) == ["gore", "ua"] })
        #expect(goreUA.attributes == ["frequency": .string("monthly"), "frequency_gore": .string("yearly"),
                                      "frequency_ua": .string("monthly"), "role_ua": .string("coordina")])
        let cftSec = try #require(survey.ties.first { Set([$0.source, $0.target]) == ["sec", "cft"] })
        #expect(cftSec.attributes["channels"] == .string("convenio"))
    }

    /// The file assumes sec–cft, gore–imp and cod–eur. The survey reports sec–cft (both ends) and cod–eur (cod, row
    /// 18; eur did not answer): both now rest on the survey. gore and imp both answered and neither named the other:
    /// not supported.
    @Test("survey ties join the map: assumed ties now reported, assumptions not supported, the source added")
    func merge() throws {
        let survey = try SurveyImport(try Self.responses(), date: "2026-03", sourceID: "encuesta-2026", sourceTitle: "r.csv")
        #expect(survey.merge.nowReported == [TieKey(source: "cft", target: "sec", kind: "collaboration"),
                                             TieKey(source: "cod", target: "eur", kind: "collaboration")])
        #expect(survey.merge.notSupported == [TieKey(source: "gore", target: "imp", kind: "collaboration")])
        #expect(survey.merge.kept.isEmpty)
        let merged = survey.network
        #expect(merged.validationIssues().isEmpty)
        #expect(merged.arrangements.count == 2)
        // 3 file ties, of which sec–cft and cod–eur now rest on the survey, plus 8 new survey ties.
        #expect(merged.ties.count == 11)
        #expect(merged.ties.count { $0.evidence.status == .reported } == 10)
        #expect(merged.ties.first { $0.source == "sec" && $0.target == "cft" }?.evidence.status == .reported)
        #expect(merged.sources.map(\.id) == ["notas", "encuesta-2026"])
        // Written and read back, the same network; and the same as the fixture the missing-respondent reference reads
        // (written by `redes survey import` from the mended answers, titled after the file it read).
        let path = writeTemporaryFile("merged.yaml", NativeYAMLWriter.text(merged))
        #expect(try Network.read(path: path) == merged)
        var fixture = try Network.read(path: repositoryPath("Tests/RedesTests/Fixtures/survey/red-8-encuesta.yaml"))
        fixture.sources[1].title = "r.csv"
        #expect(fixture == merged)
    }

    @Test("a tie a scenario proposes and the survey reports leaves the scenario")
    func scenarioTie() throws {
        var network = try Network.read(path: Self.network)
        var scenario = Scenario(id: "s")
        scenario.addTies = [Tie(source: "sence", target: "ua", kind: "collaboration", evidence: .proposed(reason: "r"))]
        network.scenarios = [scenario]
        let responses = try SurveyResponses(try Self.mendedTable(), network: network)
        let survey = try SurveyImport(responses, date: "2026-03", sourceID: "e", sourceTitle: "r.csv")
        #expect(survey.merge.takenFromScenarios == [.init(scenario: "s", tie: TieKey(source: "sence", target: "ua", kind: "collaboration"))])
        #expect(survey.network.scenarios[0].addTies.isEmpty)
        #expect(survey.network.validationIssues().isEmpty)
    }

    @Test("every malformed row is reported at once, each at its row and column")
    func allProblems() throws {
        let network = try Network.read(path: Self.network)
        let csv = """
            encuestado,actor,colabora,frecuencia,canal 1,rol
            Secretaría,SENCE,quizás,,,
            Secretaría,GORE,sí,a veces,,
            Secretaría,CFT Estatal,sí,nunca,,
            Secretaría,IMPULSA 4.0,no,mensual,,
            Secretaría,EUREKA,,,mesa,
            Secretaría,Secretaría,sí,,,
            Secretaría,Código Futuro,sí,,mesa de generos,
            Secretaría,Código Futuro,sí,,,
            Secretaría,Código Futuro,no,,,
            ,SENCE,sí,,,
            Secretaria X,SENCE,sí,,,

            """
        let table = SurveyTable(file: "a.csv", rows: csv.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SurveyTable.Row(number: $0.offset + 1, cells: $0.element.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
        })
        do {
            _ = try SurveyResponses(table, network: network)
            Issue.record("accepted")
        } catch {
            #expect(error.errors.map { "\($0.row ?? 0):\($0.column ?? 0)" } == ["2:3", "3:4", "4:4", "5:4", "6:3", "7:2", "8:5", "10:2", "11:1", "12:1"])
            #expect(error.errors[0].problem == .invalidAnswer("quizás", suggestion: nil))
            #expect(error.errors[1].problem == .invalidFrequency("a veces", suggestion: nil))
            #expect(error.errors[2].problem == .yesButNever)
            #expect(error.errors[3].problem == .detailsWithNo(.frequency))
            #expect(error.errors[4].problem == .detailsWithoutAnswer(.channel1))
            #expect(error.errors[5].problem == .namesItself("Secretaría"))
            #expect(error.errors[6].problem == .unknownChannel("mesa de generos", suggestion: "Mesa de género"))
            #expect(error.errors[7].problem == .repeatedPair(respondent: "Secretaría", actor: "Código Futuro", firstRow: 9))
            #expect(error.errors[8].problem == .emptyCell(.respondent))
            #expect(error.errors[9].problem == .unknownActor(.respondent, written: "Secretaria X", suggestion: "Secretaría"))
        }
    }

    @Test("the header: a misspelt column is refused, an unrelated one is noted, a missing one is named")
    func header() throws {
        let network = try Network.read(path: Self.network)
        func rows(_ lines: [String]) -> SurveyTable {
            SurveyTable(file: "h.csv", rows: lines.enumerated().map { SurveyTable.Row(number: $0.offset + 1, cells: $0.element.components(separatedBy: ",")) })
        }
        #expect(throws: SurveyErrors([SurveyError(file: "h.csv", row: 1, column: 4, problem: .unknownColumn("frecuenca", suggestion: "frecuencia"))])) {
            try SurveyResponses(rows(["encuestado,actor,colabora,frecuenca", "SENCE,GORE,sí,mensual"]), network: network)
        }
        let noted = try SurveyResponses(rows(["Encuestado,ACTOR,Colabora,comentarios", "SENCE,GORE,sí,hola"]), network: network)
        #expect(noted.ignoredColumns == ["comentarios"] && noted.reports.count == 1)
        #expect(throws: SurveyErrors([SurveyError(file: "h.csv", problem: .noHeader(required: [.respondent, .actor, .collaborates]))])) {
            try SurveyResponses(rows(["encuestado,actor,frecuencia", "SENCE,GORE,mensual"]), network: network)
        }
        #expect(throws: SurveyErrors([SurveyError(file: "h.csv", column: 3, problem: .noAnswers)])) {
            try SurveyResponses(rows(["encuestado,actor,colabora", "SENCE,GORE,"]), network: network)
        }
    }

    @Test("the template: every ordered pair once, respondents and named actors grouped by bloc, channels from the file")
    func template() throws {
        let network = try Network.read(path: repositoryPath("Networks/antofagasta-tp.yaml"))
        let template = SurveyTemplate(network)
        let n = network.actors.count
        #expect(template.rows.count == n * (n - 1))
        #expect(Set(template.rows.map { "\($0.respondent)-\($0.actor)" }).count == n * (n - 1))
        let blocs = template.order.map { network.actors[$0].bloc ?? "" }
        let blocOrder = network.blocs.map(\.id)
        #expect(blocs == blocs.sorted { blocOrder.firstIndex(of: $0)! < blocOrder.firstIndex(of: $1)! })
        #expect(template.channels.prefix(6) == [.kind(.agreement), .kind(.workingTable), .kind(.program), .kind(.mechanism),
                                                .kind(.committee), .kind(.project)])
        #expect(template.channels.count == 6 + network.arrangements.count)
    }
}
