import Foundation
import Testing
import Redes
@testable import RedesPresentation

/// The message catalog: every entry in both languages, with the same placeholders.
@Suite("The message catalog")
struct CatalogTests {
    /// Every message, the labelled ones once per value.
    static let messages: [Message] = {
        var all: [Message] = [
            .listAnd, .yes, .directTie, .several, .scenarioSuffix, .actorsByBloc, .noBloc, .total,
            .arrangementsByKindAndEvidence, .directTiesByEvidence, .actorNetwork, .componentSizes, .transitivity,
            .averageClustering, .diameterLargestComponent, .degreeAssortativity, .bridges, .cutPointsWord,
            .cutPointsLabel, .isolatesLabel, .componentsTitle, .metricsByActor, .sortedBy, .eigenvectorUndefined,
            .holesByActorTitle, .hierarchy, .effectiveSizeShort, .gfBrokerage, .fWithoutActor, .diagnosisTitle,
            .fragmentationSummary, .connectedSummary, .centralActors, .cutPoints, .noCutPoints, .keyPlayersNegative,
            .keyPlayersPositive, .brokersByRole, .singleChannel, .criticalArrangements, .blocGap, .blocSingleBroker,
            .blocSingleActor, .overlappingArrangements, .eiWithin, .eiAcross, .eiChance, .communities,
            .keyPlayerMethodExhaustive, .keyPlayerMethodGreedy, .keyPlayersTitle, .score, .scoreBefore, .method,
            .scenarioTitle, .bloc, .actors, .ties, .kind, .evidence, .measure, .value, .actor, .before, .after,
            .change, .betweennessBefore, .rolesGained, .rolesLost, .actorsThatMoveMost, .robustnessTitle,
            .robustnessAdaptive, .robustnessMean, .robustnessHalves, .removedCount, .largestComponentShort,
            .suggestionsTitle, .newTie, .gain, .suggestionMethodExhaustive, .suggestionMethodGreedy, .suggestionMethodRestricted, .sensitivityTitle,
            .variant, .fullNetwork, .withoutIllustrativeTies, .withoutAtRandomMean, .range, .rhoBetweenness, .rhoDegree,
            .stableBrokers, .reportSubtitle, .glanceTitle, .glanceLead, .glanceEvidence, .glanceSources, .glanceDiagram,
            .fragmentationTitle, .fragmentationLeadSplit, .fragmentationLeadConnected, .fragmentationKeyPlayers,
            .robustnessChart, .robustnessSentence, .robustnessAxisRemoved, .robustnessAxisLargest, .robustnessTargeted,
            .robustnessRandom, .connectTitle, .connectLead, .connectTop, .connectBrokers, .connectHoles, .connectMixing,
            .redundancyTitle, .redundancyLead, .redundancyOverlaps, .redundancyNoOverlaps, .redundancyDependencies,
            .redundancyGaps, .redundancyNoGaps, .onlyThrough, .scenariosTitle, .scenariosLead, .scenarioLead,
            .scenarioDiagram, .scenariosNone, .reportSuggestionsTitle, .suggestionsLead, .searchExhaustive, .searchGreedy,
            .reportSensitivityTitle, .sensitivityLead, .sensitivityNoIllustrative, .sensitivityStable, .sensitivityTable,
            .methodsTitle, .methodsLead, .evidenceTitle, .count, .status, .source, .quoteOrReason, .element, .constraint,
            .effectiveSize, .role, .share, .sizes, .arrangement, .soleTies, .fragmentationWithoutIt, .overlap,
            .sharedMembers, .pair, .dfReduction, .withoutIllustrativeElements, .randomRemoval, .layoutIgnoresClusters,
            .tooManyNodesForLayout, .sfdpNoClusters, .labelsHidden, .highlightedActors, .highlightKeyPlayers,
            .highlightBrokers, .legendColour, .legendLineKind, .legendLineEvidence, .legendLineWidth,
            .legendSize, .legendDoubleBorder, .legendScenario, .added, .removed,
            .allPairsAdvice, .progressShortestPaths, .useOneOf, .kTooLarge, .kTooLargeFix, .weightedKeyPlayers,
            .weightedKeyPlayersFix, .convertUnknownFormat, .convertUnknownFormatFix,
            .diagramUnknownLayout, .diagramUnknownFormat, .diagramUnknownFormatFix, .diagramTooLarge, .diagramTooLargeFix,
            .diagramLayoutFailed, .diagramLayoutFailedFix, .diagramRenderFailed, .diagramRenderFailedFix,
            .unknownHighlightedActor, .errorLabel, .fixLabel, .warningLabel, .noteLabel,
            .cannotWriteOutput, .writeFix,
            // Issue 15
            .positionsNoClusters, .legendShape, .legendArrangementNode, .unchanged,
            .summaryTitle, .summaryScenariosTitle, .summaryRecommendationTitle, .summaryTableNote, .findingSplit,
            .findingConnected, .findingGapsBloc, .findingGaps, .findingNoGaps, .findingSingleChannel,
            .findingEIWithin, .findingEIAcross, .findingEIChance, .findingBroker, .findingBrokerIsCut,
            .networkAsItIs, .none, .allGapsAsNow, .scenario, .actorsInvolved, .componentsShort, .singleChannelShort,
            .gapsClosed, .gapsOpen, .recommendationCutOff, .recommendationLargestNoEffect, .recommendationLargest,
            .recommendationNoCloser, .closerLinks, .closerCloses, .recommendationOneCloser, .recommendationClosers,
            .recommendationBest, .componentWholeBloc, .partsTitle, .partMain, .partOther,
            .quoted, .sectionPointer, .pBelow, .pEquals, .contentsTitle, .pageLabel, .who, .timingAnalysis,
            .timingLayout, .timingScenarios, .timingRobustness, .timingRobustnessRandom, .timingSensitivity,
            .timingSuggestions, .timingHTML, .timingLine, .mixingCaption, .mixingNote,
            .brokerCoordinator, .brokerItinerant, .brokerRepresentative, .brokerGatekeeper, .brokerLiaison,
            .brokerBetweenOwnAndOther, .territoriesTitle, .territoryLead, .territoryLeadNoPriority,
            .territoryPriorityFor, .territorySourceSays, .territoryNoEMTP, .territoryNoEMTPNoActors,
            .territoryActorsTitle, .territoryTableNote, .territoryArrangementsTitle, .arrangementsWord,
            .andMore, .territoryFewest, .territoryScenariosTitle, .territoryScenariosNote, .territoryUnreached,
            .priorityTerritory, .scenarioOutcome, .noGapClosed, .gapsClosedNamed, .scenarioTableCaption,
            .scenarioRolesGained, .scenarioMoverUp, .scenarioMoverDown, .evidenceLead, .reportUnknownFormat,
            .reportUnknownFormatFix, .reportPDFRefused, .reportPDFRefusedFix, .allOtherBlocs, .andMoreElements,
            // Issue 22
            .unwritableTexts, .unwritableFix, .analysisTooSlow, .analysisSlowWarning, .costShortestPaths,
            .costContactPairs, .contactPairsAdvice, .renderTooManyTies, .renderTooManyTiesFix, .renderTooManyDirectTies, .convertLargeOutput, .keyPlayersUndefined,
        ]
        all += GlossaryTerm.allCases.flatMap { [Message.glossaryTerm($0), .glossaryDefinition($0)] }
        all += ExchangeFormat.allCases.map(Message.formatName)
        all += [UnwritableText.Reason.doubleQuote, .lineBreak, .dlKeyword("data:"), .dotBackslash].map(Message.unwritableReason)
        all += [FormatLoss.twoModeDropsTiesAndScenarios, .arrangementsFlattened, .pajekIDsAndWeightsOnly, .dlLabelsAndWeightsOnly]
            .map(Message.formatLoss)
        all += EvidenceStatus.allCases.map(Message.evidenceStatus) + ArrangementKind.allCases.map(Message.arrangementKind)
        all += BrokerageRole.allCases.map(Message.brokerageRole) + ActorMetric.allCases.map(Message.metricHeader)
        all += Figure.allCases.map(Message.figure) + ["bloc", "territory", "sector"].map(Message.attribute)
        all += [.noTies, .notStronglyConnected, .notConverged].map(Message.eigenvectorReason)
        all += [AnalysisNote.noGroups(attribute: "bloc"), .removalSkipped(limit: 500), .keyPlayersSkipped(limit: 2000),
                .eigenvectorDominantComponents(actors: 25, count: 1, components: 3),
                .eigenvectorDominantComponents(actors: 6, count: 2, components: 4),
                .eigenvectorPerComponent(components: 3)].map(Message.note)
        all += MethodNote.allCases.flatMap { [Message.methodName($0), .methodSentence($0)] }
        all += issue14Messages
        // Issue 20: the interactive map.
        all += ExplorerWord.allCases.map(Message.explorer) + [.exploreNotHTML, .exploreNotHTMLFix, .exploreOverBudget]
        return all
    }()

    /// Timings, cost estimates and bounded methods (issue 14).
    static let issue14Messages: [Message] = [.timingsTitle, .timingRead, .timingProjection, .timingOutput,
                                             .keyPlayerMethodBounded, .sampledSourcesClause, .robustnessRecomputeEvery,
                                             .robustnessDistanceEvery, .sensitivityMethodExact, .sensitivityMethodSampled,
                                             .costExactWarning, .costBoundedNote, .durationSeconds, .durationMinutes, .durationHours,
                                             .progressKeyPlayers, .progressSuggestions, .progressRobustness,
                                             .progressSensitivity, .suggestTooLarge, .suggestTooLargeFix]
        + AnalysisSection.allCases.map(Message.timingSection)

    static func placeholders(_ text: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: "\\{[0-9]+\\}")
        let range = NSRange(text.startIndex..., in: text)
        return Set(pattern.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } })
    }

    @Test("every message has Spanish and English text with the same placeholders")
    func complete() {
        for message in Self.messages {
            #expect(!message.spanish.isEmpty && !message.english.isEmpty, "\(message)")
            #expect(Self.placeholders(message.spanish) == Self.placeholders(message.english), "\(message)")
        }
    }

    @Test("no two entries say the same thing in both languages (one key per sentence)")
    func noTwins() {
        var seen: [String: Message] = [:]
        for message in Self.messages {
            let key = message.spanish + "|" + message.english
            if let other = seen[key], other != message {
                // Labels that are also headers delegate to one entry (`Message.actors.english`); only they coincide.
                let delegated: Set<String> = ["actores|actors", "bloque|bloc", "Actores clave|Key players", "Intermediación|Betweenness",
                                              "Cercanía|Closeness", "Roles de intermediación|Brokerage roles", "Índice E-I|E-I index"]
                #expect(delegated.contains(key), "\(message) repeats \(other): \(key)")
            }
            seen[key] = message
        }
    }

    @Test("numbers: decimal comma in Spanish, point in English; undefined as a dash")
    func numbers() {
        #expect(Language.es.format(0.5057) == "0,506" && Language.en.format(0.5057) == "0.506")
        #expect(Language.es.format(nil as Double?) == "—")
        #expect(Language.es.percent(0.42) == "42 %" && Language.en.percent(0.42) == "42%")
        #expect(Language.es.list(["a", "b", "c"]) == "a, b y c" && Language.en.list(["a", "b"]) == "a and b")
    }

    @Test("CSV fields are quoted as RFC 4180 asks")
    func csv() {
        var table = CSVTable(header: ["id", "name"])
        table.append(["a", "Código, \"Futuro\""])
        #expect(table.rendered() == "id,name\na,\"Código, \"\"Futuro\"\"\"\n")
    }
}

/// Every input problem is put in words in both languages, and the Spanish words are Spanish.
@Suite("Problems in words")
struct ProblemTextTests {
    static let key = TieKey(source: "a", target: "b", kind: "k")
    static let problems: [NetworkProblem] = [
        .unreadableFile(.noSuchFile), .unreadableFile(.isDirectory), .unreadableFile(.unreadable), .emptyFile, .notUTF8,
        .syntax("x"), .duplicateKeys(["id"]), .unsupportedFormat(fileExtension: ".xlsx", supported: [".yaml"]),
        .unsupportedVersion(found: "9"), .missingKey("name", in: .topLevel), .missingKey("id", in: .some(.edge)),
        .unknownKey("blok", in: .element(.arrangement, id: "m"), allowed: ["bloc"]),
        .wrongType(key: .file, expected: .mapping, found: .list), .wrongType(key: .key("w"), expected: .number, found: .scalar("x")),
        .invalidChoice(key: "kind", value: "mesa2", allowed: ["mesa"]), .missingColumn("source", header: ["a"]),
        .wrongDelimiter(found: UInt8(ascii: ";"), expected: UInt8(ascii: ",")), .wrongFieldCount(expected: 3, found: 2),
        .unterminatedQuote, .textAfterClosingQuote, .malformedXML(.unclosed(tag: "node")), .malformedXML(.endsBeforeClosed),
        .undeclared(.graphMLKey, id: "d9"), .undeclared(.gexfAttribute, id: "0"),
        .malformedLine(.dlMatrixSize(values: 6, rows: 3, columns: 3)), .malformedLine(.pajekNotAnEdge("x")),
        .malformedLine(.dlNoHeader), .limitExceeded(.actors, count: 10, limit: 5), .limitExceeded(.textLength, count: 9, limit: 2),
        .emptyField(column: "id"), .duplicateColumn("id"), .emptyID(element: .source), .untrimmedID(element: .actor, id: " a"),
        .duplicateID(element: .arrangement, id: "m"), .unknownActor(id: "secreduk", role: .tieEnd("target"), suggestion: "secreduc"),
        .unknownActor(id: "3", role: .pajekVertex(arc: true), suggestion: nil),
        .unknownBloc(id: "x", declared: ["p"], suggestion: nil), .unknownSource(id: "s", suggestion: "s1"),
        .tooFewMembers(arrangement: "m", count: 1), .repeatedMember(arrangement: "m", actor: "a"),
        .leadNotMember(arrangement: "m", lead: "z"), .invalidWeight("0"), .selfLoop(actor: "a"),
        .directedTieInUndirectedNetwork(key), .duplicateTie(key, firstLine: 2), .incompleteEvidence(.documentedNeedsSource),
        .unknownScenario("c", available: ["comite"]), .scenarioMissing(scenario: "s", element: .actor, id: "zz", suggestion: nil),
        .scenarioMissingTie(scenario: "s", key), .scenarioNotAMember(scenario: "s", actor: "a", arrangement: "m"),
        .scenarioAlreadyAMember(scenario: "s", actor: "a", arrangement: "m"), .inScenario("s", .selfLoop(actor: "a")),
        // Issue 15 — territories
        .unknownTerritory("Calamaa", suggestion: "Calama"), .invalidCoordinate(key: "lat", value: "122"),
        .invalidCoordinate(key: "lon", value: "x"), .unquotedDecimalComma(key: "lat", value: "-22,35"),
        .incompleteCoordinates(territory: "calama"), .duplicateID(element: .territory, id: "t"),
        // Issue 22
        .controlCharacter(scalar: 7, text: "a\u{7}b"), .xmlEntities, .xmlTooDeep(limit: 200),
        .malformedJSON(.trailingComma), .malformedJSON(.notAnObject), .notANumber(key: "size", value: "big"),
        .notABoolean(key: "flag", value: "maybe"), .invalidDate(key: "start", value: "enero"), .periodEndsBeforeStart(start: "2026", end: "2024"),
        .wrongType(key: .key("name"), expected: .scalar, found: .null), .malformedXML(.syntax(.invalidCharacter)),
        .malformedXML(.syntax(.other(code: 99))), .malformedXML(.contentAfterRoot),
    ]

    @Test("every problem has a message and a fix in both languages, and the two languages differ")
    func everyProblem() {
        for problem in Self.problems {
            for language in Language.allCases {
                #expect(!language.text(.problem(problem)).isEmpty && !language.text(.problemFix(problem)).isEmpty, "\(problem)")
            }
            let message = (Language.es.text(.problem(problem)), Language.en.text(.problem(problem)))
            let fix = (Language.es.text(.problemFix(problem)), Language.en.text(.problemFix(problem)))
            #expect(message.0 != message.1 || fix.0 != fix.1, "\(problem) reads the same in Spanish and English")
        }
    }

    @Test("a load error reads as file:line:column, error, and a fix on the next line, in each language")
    func loadError() {
        let error = LoadError(file: "red.yaml", line: 4, column: 7, path: ["ties", .index(3), "target"],
                              problem: .unknownActor(id: "secreduk", role: .tieEnd("target"), suggestion: "secreduc"))
        #expect(Language.en.describe(error) == "red.yaml:4:7: error: the tie names as target 'secreduk', which is not an actor of the network (ties[3].target)\n  fix: did you mean 'secreduc'? Otherwise add an actor with id 'secreduk' under `actors:` (or to the nodes file)")
        #expect(Language.es.describe(error) == "red.yaml:4:7: error: el vínculo tiene como destino 'secreduk', que no es un actor de la red (ties[3].target)\n  solución: ¿quiso decir 'secreduc'? Si no, agregue un actor con id 'secreduk' en `actors:` (o al archivo de nodos)")
    }
}
