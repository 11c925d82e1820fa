import Foundation
import Testing
import Redes
import RedesPresentation
@testable import RedesReport

/// The report of a network joined with a survey says where its ties come from, cites each reported tie, and tests
/// the diagnosis without some answers; a network without a survey reads as before.
@Suite("The committee report with a survey")
struct SurveyReportTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func options(_ language: Language) -> ReportOptions {
        ReportOptions(language: language, sourceName: "red-8-encuesta.yaml", permutations: 50, robustnessRuns: 10, sensitivityRuns: 30)
    }

    /// The survey fixture: 11 direct ties, of which 10 reported (sec–cft, sec–sence, cft–imp by both sides, …): the
    /// hand count of Tests/RedesTests/SurveyTests.swift gives 3 confirmed + 2 conflicting pairs named by both sides
    /// (5) and 3 unconfirmed + 2 unanswered by one side (5); 7 of the 8 actors named a tie.
    @Test("provenance, citation and the missing-respondent test, in Spanish and in English")
    func survey() throws {
        let network = try Network.read(path: Self.root.appendingPathComponent("Tests/RedesTests/Fixtures/survey/red-8-encuesta.yaml").path)
        let spanish = try CommitteeReport.build(network, options: Self.options(.es))
        let text = spanish.html()
        #expect(text.contains("De dónde vienen las instancias y los vínculos"))
        #expect(text.contains("10 de los 11 vínculos directos vienen de la encuesta «mended.csv» (2026-03): 5 los nombran ambas partes y 5 una sola."))
        #expect(text.contains("7 de los 8 actores nombraron al menos un vínculo en la encuesta."))
        #expect(text.contains("Nombrado en la encuesta por ambas partes (2026-03)."))
        #expect(text.contains("colaboración: GORE — Secretaría (Secretaría)") || text.contains("colaboración: Secretaría — GORE (Secretaría)"))
        #expect(text.contains("Si faltaran respuestas de la encuesta"))
        // 0.2 × 7 = 1.4 → 1 respondent a run: every one of the 7 subsets.
        #expect(text.contains("Sin las respuestas de 1 de los 7 encuestados (cada uno de los 7 subconjuntos)"))
        let english = try CommitteeReport.build(network, options: Self.options(.en)).html()
        #expect(english.contains("10 of the 11 direct ties come from the survey «mended.csv» (2026-03)"))
        #expect(english.contains("If survey answers were missing"))
    }

    @Test("without a survey the report has no survey parts")
    func noSurvey() throws {
        let network = try Network.read(path: Self.root.appendingPathComponent("Networks/antofagasta-tp.yaml").path)
        let html = try CommitteeReport.build(network, options: Self.options(.es)).html()
        for survey in ["De dónde vienen", "Si faltaran respuestas", "vienen de una encuesta", "Nombrado en la encuesta"] {
            #expect(!html.contains(survey), "\(survey)")
        }
    }
}
