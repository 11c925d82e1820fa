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
    case allPairsAdvice
    case progressShortestPaths

    // MARK: Issue 14 — timings, cost estimates and bounded methods
    case timingsTitle
    case timingRead, timingProjection, timingOutput
    case timingSection(AnalysisSection)
    case keyPlayerMethodBounded, sampledSourcesClause
    case robustnessRecomputeEvery, robustnessDistanceEvery
    case sensitivityMethodExact, sensitivityMethodSampled
    case costExactWarning, costBoundedNote
    case durationSeconds, durationMinutes, durationHours
    case progressKeyPlayers, progressSuggestions, progressRobustness, progressSensitivity
    case suggestTooLarge, suggestTooLargeFix
    // MARK: Issue 22 — edge cases
    /// The name of an exchange format.
    case formatName(ExchangeFormat)
    /// `{1}` format, `{2}` count: a writer refused texts it cannot hold exactly.
    case unwritableTexts
    /// Why one text cannot be written.
    case unwritableReason(UnwritableText.Reason)
    case unwritableFix
    /// `{1}` file, `{2}` minutes, `{3}` causes, `{4}` advice.
    case analysisTooSlow
    /// `{1}` minutes, `{2}` causes, `{3}` advice.
    case analysisSlowWarning
    /// `{1}` sources, `{2}` minutes.
    case costShortestPaths
    /// `{1}` ties of the largest hub, `{2}` minutes.
    case costContactPairs
    case contactPairsAdvice
    /// `{1}` projected ties, `{2}` largest arrangement, `{3}` its members, `{4}` the limit.
    case renderTooManyTies
    /// `{1}` memberships.
    case renderTooManyTiesFix
    /// `{1}` ties, `{2}` the limit.
    case renderTooManyDirectTies
    /// `{1}` format, `{2}` megabytes, `{3}` ties.
    case convertLargeOutput
    /// `{1}` k, `{2}` actors, `{3}` actors left: negative key players are undefined.
    case keyPlayersUndefined

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
    // MARK: Issue 20 — the interactive map
    /// A word or sentence of the interactive map's page (``ExplorerWord``): the page embeds every one of them, in its
    /// language, for its script.
    case explorer(ExplorerWord)
    case exploreNotHTML, exploreNotHTMLFix, exploreOverBudget
    // MARK: Issue 21 — roster survey
    /// The survey's words and sentences: template, import summary, missing-respondent sensitivity.
    case survey(SurveyMessage)
    /// What is wrong with an answers file, and how to fix it (ProblemsEnglish.swift, ProblemsSpanish.swift).
    case surveyProblem(SurveyProblem)
    case surveyProblemFix(SurveyProblem)
    // MARK: Issue 17 — the indicator board
    /// The words of the indicator board: labels, the `indicators` command's tables, the template, the report's section.
    case board(BoardMessage)
}

// MARK: Issue 17 — the indicator board
/// The entries of the indicator board (``Message/board(_:)``), written in English.swift and Spanish.swift.
public enum BoardMessage: Sendable, Hashable {
    // Labels
    case role(IndicatorRole)
    case level(IndicatorLevel)
    case column(BoardTemplateColumn)
    case gap(GapCategory)
    // The `indicators` table
    case title, summary, noIndicators, indicatorsTitle, levelHeader, gapsTitle, noGap
    case missingBaseline, missingTarget, missingBoth
    case coverageActors, sees, outOf, noPart, coverageBlocs, columnsKey
    case flowTitle, figureReaches, usersReached, blockedSteps, committeeSees, committeeSeesCount, notSeen, steps, oneStep, allIndicators
    case committee, committeeUnseen, committeeAll, noCommittee, flowReach
    case scenariosTitle, scenario, baseNetwork, gaps
    // The two-mode diagram
    case diagramIndicator, diagramLines, diagramGrey, committeeMembers
    // Command-line notes
    case templateEmpty, importUntouched
    // The report's section
    case sectionTitle, reportLead, reportAssumed, valuesHeader, reportDiagram, reportFlowTitle, blocsWithoutPart
    case bestScenario, othersUnchanged, noScenarioChanges
    case glossaryTerm(BoardTerm), glossaryDefinition(BoardTerm)
    // MARK: Issue 20 — board in the map
    /// The interactive map's panel: an actor's gaps and sight, a network without committee, what a scenario changes.
    case mapActorGapsTitle, mapActorPart, mapNoPart, mapNoCommittee, mapUnchanged, mapChanges, mapSightGains, mapSightLoses
}

/// The words the report's board section explains in its glossary box.
public enum BoardTerm: String, Sendable, CaseIterable, Hashable {
    case custodian, parts, stepWithoutChannel, level
}


/// The words and sentences of the interactive map (`redes explore`): its controls, its panel, its key and the notes
/// of its script. The page embeds them all, in one language, under their raw values (JSON keys in English); the
/// script fills their numbered placeholders and never writes a word of its own.
public enum ExplorerWord: String, Sendable, CaseIterable, Hashable {
    case subtitle, skipToDrawing, showControls, needsScript, largeNetwork
    case searchLabel, searchPlaceholder, searchNone, searchOne, searchMany, searchMore
    case viewLabel, viewBaseSummary, viewSummary, sizeLabel, sizeEqual
    case filtersTitle, filterKind, selectAll, selectNone, noValue, visibleActors, filtersHidden
    case zoomIn, zoomOut, zoomFit, saveSVG, savePNG, printView, fileName
    case legendTitle, drawingLabel, drawingTools, actorLabel
    case panelEmpty, panelClose, panelDiagnosis, panelMetrics, panelAbout, panelArrangements, panelTies, panelNeighbours
    case leads, actorRemoved, actorAdded, noArrangements, reasonLine, sourceLine, tipChannels, fullName, no
}

/// The measures the report explains where they first appear, one plain sentence each.
public enum GlossaryTerm: String, Sendable, CaseIterable, Hashable {
    case fragmentation, distanceFragmentation, component, cutPoint, keyPlayers, robustness, betweenness, closeness
    case brokerageRoles, constraint, effectiveSize, eiIndex, singleChannel, blocGap, overlap
    // MARK: Issue 18 — the roadmap
    case phase, stability
}

// MARK: Issue 21 — roster survey
/// The messages of `redes survey` and of `redes sensitivity --missing-respondents` (``Message/survey(_:)``).
public enum SurveyMessage: Sendable, Hashable {
    // The template.
    case column(SurveyColumn)
    case frequency(SurveyFrequency)
    case answer(SurveyAnswer)
    case sheetSurvey, sheetInstructions, sheetLists
    case templateTitle
    case instructionRows, instructionAnswer, instructionFrequency, instructionChannels, instructionChannelsCSV
    case instructionRole, instructionKeep, instructionReturnCSV, instructionReturnSpreadsheet
    case channelsList
    case validationTitle, validationAnswer, validationFrequency, validationChannel
    case templateWritten, templateSeparator
    case missingDate, missingDateFix
    // The import summary.
    case importTitle, responseRate, responded, rate, nonRespondents, everyoneResponded
    case pairsNamed, agreement(SurveyImport.Agreement), agreementMeaning(SurveyImport.Agreement)
    case conflicts, conflictLine
    case rule(SurveyTieRule), ruleTies, reconstruction
    case nowReported, kept, notSupported, takenFromScenarios
    case networkWritten, noOutputNote, ignoredColumns
    case moreProblems, columnLetter, pairs, meaning, agreementHeader
    // The missing-respondent sensitivity.
    case missingTitle, missingExhaustive, missingSampled, finding, fullNetwork, mean, interval90, stable
    case rankingRow(MissingRespondentSensitivity.Ranking), runsAbove, tiesLost, stableBrokers
    case noReportedTies, noReportedTiesFix, dropRateWithMissing, dropRateWithMissingFix
    // The report.
    case provenanceTitle, provenanceLead, provenanceRespondents, origin, directTies, assumption
    case evidenceBothSides, evidenceOneSide, missingReportTitle, missingReportLead, glanceReported
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

extension Message {
    /// Format names, the same in every language.
    static func exchangeFormatName(_ format: ExchangeFormat) -> String {
        switch format {
        case .graphml: return "GraphML"
        case .gexf: return "GEXF"
        case .pajek: return "Pajek"
        case .dl: return "UCINET DL"
        case .json: return "JSON"
        case .csv: return "CSV"
        case .dot: return "DOT"
        case .yaml: return "YAML"
        }
    }
}
