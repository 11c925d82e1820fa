import Redes

/// Every sentence, heading and label Redes writes for people: the one message catalog.
///
/// Each case is written once per language, in ``Message/english`` and ``Message/spanish``, with numbered placeholders
/// `{1}`, `{2}`, … that ``Language/text(_:_:)`` fills. Labels of the core's typed values (evidence statuses,
/// arrangement kinds, brokerage roles, metrics, figures, notes, input problems) are cases with the value attached.
/// No other file holds a sentence for people, except the command-line help and swift-argument-parser's own parse
/// errors (an unknown option, a missing argument, a number that does not parse), which stay in English; every value
/// an option names is checked by the tool and reported here (``OptionProblem``).
public enum Message: Sendable, Hashable {
    // MARK: Words and labels
    case listAnd
    case yes
    case evidenceStatus(EvidenceStatus)
    case arrangementKind(ArrangementKind)
    case brokerageRole(BrokerageRole)
    case metricHeader(ActorMetric)
    case figure(Figure)
    case attribute(String)
    case directTie
    case several

    // MARK: Analysis table
    case scenarioSuffix
    case actorsByBloc
    case noBloc
    case total
    case arrangementsByKindAndEvidence
    case directTiesByEvidence
    case actorNetwork
    case componentSizes
    case transitivity
    case averageClustering
    case diameterLargestComponent
    case degreeAssortativity
    case bridges
    case cutPointsWord
    case cutPointsLabel
    case isolatesLabel
    case componentsTitle
    case metricsByActor
    case sortedBy
    case eigenvectorUndefined
    case eigenvectorReason(EigenvectorUndefined)
    case holesByActorTitle
    case hierarchy
    case effectiveSizeShort
    case gfBrokerage
    case fWithoutActor

    // MARK: Diagnosis
    case diagnosisTitle
    case fragmentationSummary
    case connectedSummary
    case centralActors
    case cutPoints
    case noCutPoints
    case keyPlayersNegative
    case keyPlayersPositive
    case brokersByRole
    case singleChannel
    case criticalArrangements
    case blocGap
    case blocSingleBroker
    case blocSingleActor
    case overlappingArrangements
    case eiWithin
    case eiAcross
    case eiChance
    case communities
    case note(AnalysisNote)
    case keyPlayerMethodExhaustive
    case keyPlayerMethodGreedy

    // MARK: Decision commands
    case keyPlayersTitle
    case score
    case scoreBefore
    case method
    case scenarioTitle
    case bloc
    case actors
    case ties
    case kind
    case evidence
    case measure
    case value
    case actor
    case before
    case after
    case change
    case betweennessBefore
    case rolesGained
    case rolesLost
    case actorsThatMoveMost
    case robustnessTitle
    case robustnessAdaptive
    case robustnessMean
    case robustnessHalves
    case removedCount
    case largestComponentShort
    case suggestionsTitle
    case newTie
    case gain
    case suggestionMethodExhaustive
    case suggestionMethodGreedy
    case suggestionMethodRestricted
    case sensitivityTitle
    case variant
    case fullNetwork
    case withoutIllustrativeTies
    case withoutAtRandomMean
    case range
    case rhoBetweenness
    case rhoDegree
    case stableBrokers

    // MARK: Committee report
    case reportSubtitle
    case glanceTitle, glanceLead, glanceEvidence, glanceSources, glanceDiagram
    case fragmentationTitle, fragmentationLeadSplit, fragmentationLeadConnected, fragmentationKeyPlayers
    case robustnessChart, robustnessSentence, robustnessAxisRemoved, robustnessAxisLargest, robustnessTargeted
    case robustnessRandom
    case connectTitle, connectLead, connectTop, connectBrokers, connectHoles, connectMixing
    case redundancyTitle, redundancyLead, redundancyOverlaps, redundancyNoOverlaps, redundancyDependencies
    case redundancyGaps, redundancyNoGaps, onlyThrough
    case scenariosTitle, scenariosLead, scenarioLead, scenarioDiagram, scenariosNone, reportSuggestionsTitle
    case suggestionsLead, searchExhaustive, searchGreedy
    case reportSensitivityTitle, sensitivityLead, sensitivityNoIllustrative, sensitivityStable, sensitivityTable
    case methodsTitle, methodsLead, evidenceTitle
    case count, status, source, quoteOrReason, element
    case constraint, effectiveSize, role, share, sizes
    case arrangement, soleTies, fragmentationWithoutIt, overlap, sharedMembers, pair, dfReduction
    case withoutIllustrativeElements, randomRemoval
    case methodName(MethodNote), methodSentence(MethodNote)

    // MARK: Diagrams
    case layoutIgnoresClusters
    case tooManyNodesForLayout
    case sfdpNoClusters
    case labelsHidden
    case highlightedActors
    case highlightKeyPlayers
    case highlightBrokers
    case legendColour
    case legendLineKind
    case legendLineEvidence
    case legendLineWidth
    case legendSize
    case legendDoubleBorder
    case legendScenario
    case added
    case removed

    // MARK: Errors and warnings
    /// What is wrong with an input (written in ProblemsEnglish.swift and ProblemsSpanish.swift).
    case problem(NetworkProblem)
    /// How to fix it.
    case problemFix(NetworkProblem)
    /// What writing a format loses.
    case formatLoss(FormatLoss)
    case errorLabel
    case fixLabel
    case warningLabel
    case noteLabel
    case cannotWriteOutput
    case writeFix

    // MARK: Command-line messages
    case useOneOf
    case kTooLarge, kTooLargeFix
    case weightedKeyPlayers, weightedKeyPlayersFix
    case convertUnknownFormat, convertUnknownFormatFix
    case diagramUnknownLayout, diagramUnknownFormat, diagramUnknownFormatFix, diagramTooLarge, diagramTooLargeFix
    case diagramLayoutFailed, diagramLayoutFailedFix, diagramRenderFailed, diagramRenderFailedFix
    case unknownHighlightedActor
    case allPairsTooSlow
    case allPairsSlowWarning
    case allPairsAdvice
    case progressShortestPaths

    // MARK: Issue 16 — one language per run, no silent guess
    /// The label of a known tie kind (other kinds are shown as written: ``Language/label(tieKind:)``).
    case tieKind(KnownTieKind)
    case keyPlayerObjective(KeyPlayerSearch.Objective)
    case keyPlayersNegativeTitle, keyPlayersPositiveTitle
    case keyPlayerTies, keyPlayerTiesAtLeast
    case robustnessOrder(RobustnessAnalysis.Order)
    case suggestionObjective(TieSuggestions.Objective)
    case sortedByDefault, topWithoutSortNote
    case delimiterRead, delimiterReadDecimalComma
    /// What is wrong with an option's value (``OptionProblem``), and how to fix it.
    case optionProblem(OptionProblem)
    case optionProblemFix(OptionProblem)
    /// Why an output cannot be written, and how to fix it.
    case writeFailure(OutputFile.WriteFailure)
    case writeFailureFix(OutputFile.WriteFailure)
    case doctorGraphviz, doctorLayouts, doctorFormats, doctorNotInstalled
    case doctorFont, doctorFontUnknown, doctorAccents, doctorAccentsMissing
    case glanceUnspecified
    case efficiency
    // MARK: Issue 15 — diagrams that compare
    case positionsNoClusters, legendShape, legendArrangementNode, unchanged

    // MARK: Issue 15 — the committee report rebuilt
    case summaryTitle, summaryScenariosTitle, summaryRecommendationTitle, summaryTableNote
    case findingSplit, findingConnected, findingGapsBloc, findingGaps, findingNoGaps, findingSingleChannel
    case findingEIWithin, findingEIAcross, findingEIChance, findingBroker, findingBrokerIsCut
    case networkAsItIs, none, allGapsAsNow, scenario, actorsInvolved, componentsShort, singleChannelShort, gapsClosed, gapsOpen
    case recommendationCutOff, recommendationLargestNoEffect, recommendationLargest, recommendationNoCloser
    case closerLinks, closerCloses, recommendationOneCloser, recommendationClosers, recommendationBest
    case componentWholeBloc, partsTitle, partMain, partOther
    case quoted, sectionPointer, pBelow, pEquals, contentsTitle, pageLabel, who
    case timingAnalysis, timingLayout, timingScenarios, timingRobustness, timingRobustnessRandom, timingSensitivity
    case timingSuggestions, timingHTML, timingLine
    case glossaryTerm(GlossaryTerm), glossaryDefinition(GlossaryTerm)
    case mixingCaption, mixingNote
    case brokerCoordinator, brokerItinerant, brokerRepresentative, brokerGatekeeper, brokerLiaison, brokerBetweenOwnAndOther
    case territoriesTitle, territoryLead, territoryLeadNoPriority, territoryPriorityFor, territorySourceSays, territoryNoEMTP
    case territoryNoEMTPNoActors, territoryActorsTitle, territoryTableNote, territoryArrangementsTitle
    case arrangementsWord, andMore, territoryFewest, territoryScenariosTitle, territoryScenariosNote, territoryUnreached
    case priorityTerritory
    case scenarioOutcome, noGapClosed, gapsClosedNamed, scenarioTableCaption, scenarioRolesGained, scenarioMoverUp
    case scenarioMoverDown, evidenceLead
    case reportUnknownFormat, reportUnknownFormatFix, reportPDFRefused, reportPDFRefusedFix, allOtherBlocs, andMoreElements

    // MARK: Issue 19 — diagrams for slides and the map
    case legendKindHidesEvidence
    case focusActors, focusBloc, focusArrangement, focusContextGrey
    case geoRegionalBand, geoLatitudeSouth, geoLatitudeNorth, geoLongitudeWest, geoLongitudeEast, geoNoEMTP
    case geoPriority, geoReached, geoLeaderLines, geoNoCoordinates, geoNoCoordinatesFix
    case positionsMissing, positionsIsFolder, positionsNotJSON, positionsNotALayout, positionsVersion, positionsInvalid, positionsFix
    case positionsUnknownActors, positionsNewActors
    case doctorLayoutRule, doctorFonts
    case withMetricsFormat, withMetricsFormatFix, gexfWithoutLayout

    // MARK: Issue 18 — comparisons, waves and the roadmap
    case compareTitle, compareActors, compareEntered, compareLeft, compareLinks, compareStability, compareStabilityUndefined
    case compareJaccardLow, compareChannelKind, compareGained, compareLost, compareKept, compareByKind, compareByGroupPair
    case compareTies, compareGainedList, compareLostList, compareWeights, compareWeightChange, compareArrangements
    case compareCreated, compareEnded, compareMembership, compareEvidence, compareEvidenceLine, compareNetwork
    case compareMeasureColumn, compareMovers, compareNoMovers, compareRoles, compareRolesGained, compareRolesLost
    case sideAt, sideScenario
    case roadmapTitle, roadmapPhase, roadmapPeriod, roadmapKey, roadmapChanges, roadmapChangeLine, periodFrom, periodUntil
    case indicatorCoverage, roadmapNow
    case roadmapSectionTitle, roadmapLead, roadmapLeadNoChange, roadmapChartCaption, roadmapTableCaption, roadmapPhaseHeading
    case roadmapPhaseChanges, roadmapPhaseDiagram, roadmapPhaseTableCaption, roadmapPhaseJaccard, roadmapMapNote
    case timingRoadmap, timingRoadmapLayout
}

/// The measures the report explains where they first appear, one plain sentence each.
public enum GlossaryTerm: String, Sendable, CaseIterable, Hashable {
    case fragmentation, distanceFragmentation, component, cutPoint, keyPlayers, robustness, betweenness, closeness
    case brokerageRoles, constraint, effectiveSize, eiIndex, singleChannel, blocGap, overlap
    // MARK: Issue 18 — the roadmap
    case phase, stability
}

/// The measures explained in the methods section of the report, each with its reference.
public enum MethodNote: String, Sendable, CaseIterable, Hashable {
    case betweenness, closeness, fragmentation, distanceFragmentation, keyPlayers, cutPoints, brokerage
    case structuralHoles, eiIndex, communities, robustness, channels

    /// The published source of the measure (names and years are the same in every language).
    public var reference: String {
        switch self {
        case .betweenness: return "Freeman 1977; Brandes 2001"
        case .closeness: return "Wasserman & Faust 1994"
        case .fragmentation, .distanceFragmentation, .keyPlayers: return "Borgatti 2006"
        case .cutPoints: return "Hopcroft & Tarjan 1973"
        case .brokerage: return "Gould & Fernández 1989"
        case .structuralHoles: return "Burt 1992"
        case .eiIndex: return "Krackhardt & Stern 1988"
        case .communities: return "Blondel et al. 2008"
        case .robustness: return "Albert, Jeong & Barabási 2000; Schneider et al. 2011"
        case .channels: return "Redes"
        }
    }
}
