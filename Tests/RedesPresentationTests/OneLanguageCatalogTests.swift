import Foundation
import Testing
import Redes
@testable import RedesPresentation

/// The catalog entries of issue 16 (one language per run, no silent guess), and the promise behind the Spanish
/// aliases: whatever a table prints can be typed back.
@Suite("One language per run: the catalog")
struct OneLanguageCatalogTests {
    static let problems: [OptionProblem] = [
        .unknownValue(option: "--layout", value: "osage", suggestion: nil, accepted: ["dot", "neato"]),
        .unknownValue(option: "--sort", value: "grdo", suggestion: "grado", accepted: ["grado"]),
        .unknownAttribute(option: "--color-by", attribute: "region", suggestion: nil, available: ["bloc", "territory"]),
        .unknownAttribute(option: "--color-by", attribute: "x", suggestion: nil, available: []),
        .unknownActor(option: "--highlight", id: "secreduk", suggestion: "secreduc"),
        .unknownGroup(option: "--between", attribute: "bloque", value: "empresaz", suggestion: "empresas", available: ["empresas"]),
        .outOfRange(option: "--top", value: "0", range: .positive), .outOfRange(option: "--runs", value: "-1", range: .zeroOrMore),
        .outOfRange(option: "--drop-rate", value: "2", range: .share), .needs(option: "--diff", other: "--scenario"),
        .twoGroups(option: "--between"), .oneCharacter(option: "--delimiter", value: ";;"), .keyPlayerCount(value: "keyplayers:x"),
        .noScenario(available: []), .noScenario(available: ["e1"]), .incompleteEvidence(.documentedNeedsSource),
        .incompleteEvidence(.illustrativeNeedsReason), .incompleteEvidence(.proposedNeedsSourceOrReason),
        .unknownLanguage(variable: "--lang", value: "fr"), .unknownLanguage(variable: "REDES_LANG", value: "fr"),
    ]

    static let messages: [Message] = {
        var all: [Message] = [
            .keyPlayersNegativeTitle, .keyPlayersPositiveTitle, .keyPlayerTies, .keyPlayerTiesAtLeast, .sortedByDefault,
            .topWithoutSortNote, .delimiterRead, .delimiterReadDecimalComma, .doctorGraphviz, .doctorLayouts,
            .doctorFormats, .doctorNotInstalled, .doctorFont, .doctorFontUnknown, .doctorAccents, .doctorAccentsMissing,
            .glanceUnspecified, .efficiency,
        ]
        all += KnownTieKind.allCases.map(Message.tieKind) + KeyPlayerSearch.Objective.allCases.map(Message.keyPlayerObjective)
        all += RobustnessAnalysis.Order.allCases.map(Message.robustnessOrder) + TieSuggestions.Objective.allCases.map(Message.suggestionObjective)
        all += problems.flatMap { [Message.optionProblem($0), .optionProblemFix($0)] }
        let failures: [OutputFile.WriteFailure] = [.missingFolder("/x"), .isDirectory, .notWritable, .diskFull, .system("EIO")]
        all += failures.flatMap { [Message.writeFailure($0), .writeFailureFix($0)] }
        return all
    }()

    @Test("every new entry has Spanish and English text with the same placeholders, and the two differ")
    func complete() {
        for message in Self.messages {
            #expect(!message.spanish.isEmpty && !message.english.isEmpty, "\(message)")
            #expect(CatalogTests.placeholders(message.spanish) == CatalogTests.placeholders(message.english), "\(message)")
        }
        for problem in Self.problems {
            #expect(Language.es.describe(problem) != Language.en.describe(problem), "\(problem)")
            #expect(Language.es.describe(problem).contains("\n  solución: ") && Language.en.describe(problem).contains("\n  fix: "))
        }
    }

    @Test("what a table prints can be typed back: every label of a kind, status, metric, measure and attribute is accepted input")
    func labelsAreAccepted() {
        for language in Language.allCases {
            for kind in ArrangementKind.allCases { #expect(ArrangementKind(word: language.label(kind)) == kind, "\(language) \(kind)") }
            for status in EvidenceStatus.allCases { #expect(EvidenceStatus(word: language.label(status)) == status, "\(language) \(status)") }
            for metric in ActorMetric.allCases { #expect(ActorMetric(word: language.header(metric)) == metric, "\(language) \(metric)") }
            for measure in ActorMeasure.allCases { #expect(ActorMeasure(word: language.label(measure)) == measure, "\(language) \(measure)") }
            for kind in KnownTieKind.allCases { #expect(KnownTieKind(word: language.label(tieKind: kind.rawValue)) == kind, "\(language) \(kind)") }
            for attribute in ["bloc", "territory", "sector"] {
                #expect(ActorAttribute(word: language.attributeName(attribute))?.rawValue == attribute, "\(language) \(attribute)")
            }
            for word in language.acceptedWords(ActorMeasure.allCases) { #expect(ActorMeasure(word: word) != nil, "\(word)") }
        }
        // A tie kind Redes does not know is shown as the file wrote it.
        #expect(Language.es.label(tieKind: "funding") == "financiamiento" && Language.es.label(tieKind: "trueque") == "trueque")
    }

    @Test("the language of a run: --lang, else REDES_LANG, else the locale, else Spanish; a wrong one is refused")
    func languageChoice() throws {
        #expect(try Language.resolve(option: nil, environment: [:]) == .es)
        #expect(try Language.resolve(option: nil, environment: ["LANG": "en_US.UTF-8"]) == .en)
        #expect(try Language.resolve(option: nil, environment: ["LANG": "fr_FR.UTF-8"]) == .es)
        #expect(try Language.resolve(option: nil, environment: ["LANG": "en_US.UTF-8", "LC_ALL": "es_CL.UTF-8"]) == .es)
        #expect(try Language.resolve(option: nil, environment: ["LANG": "es_CL.UTF-8", "REDES_LANG": "en"]) == .en)
        #expect(try Language.resolve(option: "es", environment: ["REDES_LANG": "en"]) == .es)
        #expect(throws: OptionProblem.unknownLanguage(variable: "REDES_LANG", value: "fr")) {
            try Language.resolve(option: nil, environment: ["REDES_LANG": "fr"])
        }
        #expect(throws: OptionProblem.unknownLanguage(variable: "--lang", value: "de")) {
            try Language.resolve(option: "de", environment: [:])
        }
    }
}
