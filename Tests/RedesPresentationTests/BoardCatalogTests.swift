import Foundation
import Testing
import Redes
@testable import RedesPresentation

/// The catalog entries of issue 17 (the indicator board), and the promise behind its words: whatever the tables and
/// the template print can be typed back.
@Suite("The indicator board: the catalog")
struct BoardCatalogTests {
    static let entries: [BoardMessage] = {
        var all: [BoardMessage] = [
            .title, .summary, .noIndicators, .indicatorsTitle, .levelHeader, .gapsTitle, .noGap, .missingBaseline,
            .missingTarget, .missingBoth, .coverageActors, .sees, .outOf, .noPart, .coverageBlocs, .columnsKey, .flowTitle,
            .figureReaches, .usersReached, .blockedSteps, .committeeSees, .committeeSeesCount, .notSeen, .steps, .oneStep,
            .allIndicators, .committee, .committeeUnseen, .committeeAll, .noCommittee, .flowReach, .scenariosTitle, .scenario,
            .baseNetwork, .gaps, .diagramIndicator, .diagramLines, .diagramGrey, .committeeMembers, .templateEmpty, .importUntouched,
            .sectionTitle, .reportLead, .reportAssumed, .valuesHeader, .reportDiagram, .reportFlowTitle, .blocsWithoutPart,
            .bestScenario, .othersUnchanged, .noScenarioChanges,
            // Issue 20: the board in the map.
            .mapActorGapsTitle, .mapActorPart, .mapNoPart, .mapNoCommittee, .mapUnchanged, .mapChanges, .mapSightGains, .mapSightLoses,
        ]
        all += BoardTerm.allCases.flatMap { [BoardMessage.glossaryTerm($0), .glossaryDefinition($0)] }
        all += IndicatorRole.allCases.map(BoardMessage.role) + IndicatorLevel.allCases.map(BoardMessage.level)
        all += BoardTemplateColumn.allCases.map(BoardMessage.column) + GapCategory.allCases.map(BoardMessage.gap)
        return all
    }()

    static let problems: [NetworkProblem] = [
        .repeatedRole(indicator: "k", actor: "a", role: .uses),
        .unknownAgreement(indicator: "k", arrangement: "m", suggestion: "m1"), .unknownAgreement(indicator: "k", arrangement: "m", suggestion: nil),
        .scenarioMissingRole(scenario: "s", indicator: "k", actor: "a", role: .produces),
        .unknownIndicator("k", suggestion: nil), .unknownRole("x", suggestion: .validates), .unknownRole("x", suggestion: nil),
        .invalidMark(column: "custodio", value: "x"), .twoCustodians(indicator: "k", first: "a", firstLine: 2),
        .incompleteValue(indicator: "k", .baseline), .incompleteValue(indicator: "k", .target),
        .conflictingValue(indicator: "k", .target, firstLine: 3), .duplicateBoardRow(indicator: "k", actor: "a", firstLine: 2),
        .missingTemplateColumn(.role, header: ["indicador"]),
        .unknownActor(id: "x", role: .custodian(indicator: "k"), suggestion: nil),
        .unknownActor(id: "x", role: .indicatorRole(indicator: "k", role: .reports), suggestion: "a"),
        .unknownActor(id: "x", role: .boardRow, suggestion: nil),
        .missingKey("period", in: .valueOf(indicator: "k", key: "observations")), .missingKey("role", in: .roleChange),
        .missingKey("arrangement", in: .agreementChange), .scenarioMissing(scenario: "s", element: .indicator, id: "k", suggestion: nil),
    ]

    @Test("every entry has Spanish and English text with the same placeholders; problems differ between the languages")
    func complete() {
        for entry in Self.entries {
            let message = Message.board(entry)
            #expect(!message.spanish.isEmpty && !message.english.isEmpty, "\(entry)")
            #expect(CatalogTests.placeholders(message.spanish) == CatalogTests.placeholders(message.english), "\(entry)")
        }
        for problem in Self.problems {
            let spanish = Language.es.text(.problem(problem)) + Language.es.text(.problemFix(problem))
            let english = Language.en.text(.problem(problem)) + Language.en.text(.problemFix(problem))
            #expect(!spanish.isEmpty && !english.isEmpty && spanish != english, "\(problem)")
        }
    }

    @Test("what the tables and the template print can be typed back: roles, levels, headers, the custodian mark")
    func labelsAreAccepted() {
        for language in Language.allCases {
            for role in IndicatorRole.allCases { #expect(IndicatorRole(word: language.label(role)) == role, "\(language) \(role)") }
            for level in IndicatorLevel.allCases { #expect(IndicatorLevel(word: language.label(level)) == level, "\(language) \(level)") }
            for column in BoardTemplateColumn.allCases {
                #expect(BoardTemplateColumn(word: language.header(column)) == column, "\(language) \(column)")
            }
            #expect(TemplateMark(word: language.text(.yes)) == .yes)
        }
    }

    @Test("numbers and values as the board writes them: shortest form, decimal comma in Spanish")
    func values() {
        #expect(Language.es.number(12.5) == "12,5" && Language.en.number(12.5) == "12.5" && Language.es.number(120) == "120")
        #expect(Language.es.value(IndicatorValue(period: "2024", value: 0.25)) == "0,25 (2024)" && Language.en.value(nil) == "—")
        #expect(Language.letters(BoardCell(isCustodian: true, roles: [.produces, .uses])) == "CPU")
        #expect(Language.letters(BoardCell(isCustodian: false, roles: [])) == "·")
    }
}
