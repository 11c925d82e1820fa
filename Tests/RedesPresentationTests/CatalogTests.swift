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
            .suggestionsTitle, .newTie, .gain, .suggestionMethodExhaustive, .suggestionMethodGreedy, .sensitivityTitle,
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
            .highlightBrokers, .legendColour, .legendShapes, .legendLineKind, .legendLineEvidence, .legendLineWidth,
            .legendSize, .legendDoubleBorder, .legendScenario, .added, .removed, .allPairsTooSlow, .allPairsSlowWarning,
            .allPairsAdvice, .progressShortestPaths,
        ]
        all += EvidenceStatus.allCases.map(Message.evidenceStatus) + ArrangementKind.allCases.map(Message.arrangementKind)
        all += BrokerageRole.allCases.map(Message.brokerageRole) + ActorMetric.allCases.map(Message.metricHeader)
        all += Figure.allCases.map(Message.figure) + ["bloc", "territory", "sector"].map(Message.attribute)
        all += [.noTies, .disconnected, .notStronglyConnected, .notConverged].map(Message.eigenvectorReason)
        all += [AnalysisNote.noGroups(attribute: "bloc"), .removalSkipped(limit: 500), .keyPlayersSkipped(limit: 2000)].map(Message.note)
        all += MethodNote.allCases.flatMap { [Message.methodName($0), .methodSentence($0)] }
        return all
    }()

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
                let delegated: Set<String> = ["actores|actors", "bloque|bloc", "Actores clave|Key players"]
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
