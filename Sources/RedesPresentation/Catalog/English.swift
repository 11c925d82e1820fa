import Redes

extension Message {
    /// The message in English.
    public var english: String {
        switch self {
        // Words and labels
        case .listAnd: return " and "
        case .yes: return "yes"
        case .evidenceStatus(let status):
            switch status {
            case .documented: return "documented"
            case .illustrative: return "illustrative"
            case .proposed: return "proposed"
            }
        case .arrangementKind(let kind):
            switch kind {
            case .agreement: return "agreement"
            case .workingTable: return "working table"
            case .program: return "program"
            case .mechanism: return "mechanism"
            case .committee: return "committee"
            case .project: return "project"
            }
        case .brokerageRole(let role):
            switch role {
            case .coordinator: return "coordinator"
            case .itinerant: return "itinerant"
            case .representative: return "representative"
            case .gatekeeper: return "gatekeeper"
            case .liaison: return "liaison"
            }
        case .metricHeader(let metric):
            switch metric {
            case .degree: return "degree"
            case .inDegree: return "in"
            case .outDegree: return "out"
            case .degreeCentrality: return "degree c."
            case .strength: return "strength"
            case .betweenness: return "betweenness"
            case .closeness: return "closeness"
            case .harmonic: return "harmonic"
            case .eigenvector: return "eigenvector"
            case .pagerank: return "PageRank"
            case .clustering: return "clustering"
            case .coreNumber: return "k-core"
            case .articulationPoint: return "cut point"
            case .component: return "component"
            }
        case .figure(let figure):
            switch figure {
            case .actors: return Message.actors.english
            case .ties: return "linked pairs"
            case .density: return "density"
            case .components: return "components"
            case .largestComponent: return "largest component"
            case .isolates: return "isolates"
            case .fragmentation: return "fragmentation F"
            case .distanceFragmentation: return "distance fragmentation DF"
            case .averageDistance: return "average distance"
            case .degreeCentralization: return "degree centralization"
            case .betweennessCentralization: return "betweenness centralization"
            case .eiIndex: return "E-I index"
            case .singleChannelShare: return "single-channel ties"
            case .blocGaps: return "bloc pairs without connection"
            }
        case .attribute(let name):
            switch name {
            case "bloc": return Message.bloc.english
            case "territory": return "territory"
            case "sector": return "sector"
            default: return name
            }
        case .directTie: return "direct tie"
        case .several: return "several"

        // Analysis table
        case .scenarioSuffix: return " — scenario “{1}”"
        case .actorsByBloc: return "Actors by bloc"
        case .noBloc: return "(no bloc)"
        case .total: return "total"
        case .arrangementsByKindAndEvidence: return "Arrangements by kind and evidence"
        case .directTiesByEvidence: return "Direct ties by evidence"
        case .actorNetwork: return "Actor network"
        case .componentSizes: return "component sizes"
        case .transitivity: return "transitivity"
        case .averageClustering: return "average clustering"
        case .diameterLargestComponent: return "diameter (largest component)"
        case .degreeAssortativity: return "degree assortativity"
        case .bridges: return "bridges"
        case .cutPointsWord: return "cut points"
        case .cutPointsLabel: return "Cut points: {1}"
        case .isolatesLabel: return "Isolates: {1}"
        case .componentsTitle: return "Components"
        case .metricsByActor: return "Metrics by actor"
        case .sortedBy: return " (sorted by {1})"
        case .eigenvectorUndefined: return "Eigenvector: undefined ({1})."
        case .eigenvectorReason(let reason):
            switch reason {
            case .noTies: return "the network has no ties"
            case .disconnected: return "the network is not connected"
            case .notStronglyConnected: return "the network is not strongly connected"
            case .notConverged: return "the power iteration did not converge"
            }
        case .holesByActorTitle: return "Structural holes and brokerage by actor"
        case .hierarchy: return "hierarchy"
        case .effectiveSizeShort: return "eff. size"
        case .gfBrokerage: return "G-F brokerage"
        case .fWithoutActor: return "F without"

        // Diagnosis
        case .diagnosisTitle: return "Diagnosis"
        case .fragmentationSummary:
            return "The network of {1} actors is split into {2} parts: F = {3} (0 = everyone reaches everyone, 1 = no one reaches anyone) and DF = {4} (it also weighs how far apart they are)."
        case .connectedSummary: return "The network of {1} actors is connected: F = 0; DF = {2} measures how far apart they are."
        case .centralActors: return "Who connects others most (betweenness): {1}."
        case .cutPoints: return "Cut points — if one of them leaves, the network splits: {1}."
        case .noCutPoints: return "There are no cut points: no single actor splits the network."
        case .keyPlayersNegative: return "Key players for cohesion (k = {1}): {2}; without them F would go from {3} to {4}."
        case .keyPlayersPositive: return "Actors that reach the rest best (k = {1}): {2}; distance-weighted reach {3}."
        case .brokersByRole: return "Brokers by role (Gould and Fernandez): {1}."
        case .singleChannel: return "{1} of {2} ties ({3}) rest on a single arrangement or tie: they disappear if that one stops."
        case .criticalArrangements: return "Arrangements most ties depend on: {1}."
        case .blocGap: return "Gap: no tie and no broker between {1} and {2}."
        case .blocSingleBroker: return "{1} and {2} connect only through {3}."
        case .blocSingleActor: return "Every tie between {1} and {2} goes through {3}."
        case .overlappingArrangements: return "Overlapping arrangements (possible duplicated effort): {1}."
        case .eiWithin:
            return "E-I index = {1} (−1 all within blocs, +1 all between): ties stay within blocs more than chance would give (p = {2}, {3} permutations)."
        case .eiAcross:
            return "E-I index = {1} (−1 all within blocs, +1 all between): ties cross blocs more than chance would give (p = {2}, {3} permutations)."
        case .eiChance:
            return "E-I index = {1} (−1 all within blocs, +1 all between): not distinguishable from chance (p ≥ {2}, {3} permutations)."
        case .communities:
            return "The network organises itself into {1} communities (Louvain, modularity {2}); they match, from most to least: {3}."
        case .note(let note):
            switch note {
            case .noGroups(let attribute):
                return "no actor has a value for '\(attribute)': brokerage roles, E-I and mixing need groups (--group-by)"
            case .removalSkipped(let limit):
                return "more than \(limit) actors: DF without each actor skipped (one all-pairs pass per actor)"
            case .keyPlayersSkipped(let limit):
                return "more than \(limit) actors: key players skipped; use `redes keyplayers`"
            }
        case .keyPlayerMethodExhaustive: return "exhaustive over {1} sets (optimal)"
        case .keyPlayerMethodGreedy: return "greedy start + swap optimisation (Borgatti 2006), {1} random restarts, seed {2}"

        // Decision commands
        case .keyPlayersTitle: return "Key players"
        case .score: return "Score: "
        case .scoreBefore: return " (before: {1})"
        case .method: return "Method: "
        case .scenarioTitle: return "Scenario: "
        case .bloc: return "bloc"
        case .actors: return "actors"
        case .ties: return "ties"
        case .kind: return "kind"
        case .evidence: return "evidence"
        case .measure: return "measure"
        case .value: return "value"
        case .actor: return "actor"
        case .before: return "before"
        case .after: return "after"
        case .change: return "change"
        case .betweennessBefore: return "betweenness before"
        case .rolesGained: return "roles gained"
        case .rolesLost: return "roles lost"
        case .actorsThatMoveMost: return "Actors that move most"
        case .robustnessTitle: return "Robustness (order: {1}{2})"
        case .robustnessAdaptive: return ", adaptive"
        case .robustnessMean: return "mean"
        case .robustnessHalves: return "The largest component halves after {1} removals."
        case .removedCount: return "removed"
        case .largestComponentShort: return "largest comp."
        case .suggestionsTitle: return "Suggested ties (objective {1}, baseline {2})"
        case .newTie: return "new tie"
        case .gain: return "gain"
        case .suggestionMethodExhaustive: return "exhaustive: every unlinked pair evaluated (optimal)"
        case .suggestionMethodRestricted:
            return "bounded: every unlinked pair among {1} of the {2} actors (the highest harmonic centrality, and the best-placed of each component) evaluated, {3} tie(s) added greedily"
        case .suggestionMethodGreedy: return "greedy: the best tie added, distances updated and every pair re-evaluated, {1} times"
        case .sensitivityTitle: return "Sensitivity of the diagnosis"
        case .variant: return "variant"
        case .fullNetwork: return "full network"
        case .withoutIllustrativeTies: return "without illustrative ties"
        case .withoutAtRandomMean: return "without {1} at random (mean)"
        case .range: return "  range"
        case .rhoBetweenness: return "ρ betweenness"
        case .rhoDegree: return "ρ degree"
        case .stableBrokers: return "Stable brokers (top 5 in ≥ 80% of runs): "

        // Committee report
        case .reportSubtitle: return "Network analysis report generated by Redes {1} from “{2}”."
        case .glanceTitle: return "1. The network at a glance"
        case .glanceLead:
            return "The network brings together {1} actors in {2} blocs, linked by {3} arrangements (agreements, working tables, programs, mechanisms) and {4} direct ties."
        case .glanceEvidence:
            return "{1} of the arrangements and ties are documented in a source; {2} are illustrative assumptions and {3} are proposals."
        case .glanceSources: return "Sources"
        case .glanceDiagram:
            return "Actors coloured by bloc; solid lines: documented, dashed: illustrative, dotted: proposed; size shows betweenness."
        case .fragmentationTitle: return "2. Fragmentation"
        case .fragmentationLeadSplit:
            return "The network is split into {1} parts that do not reach each other; if {2} also left, fragmentation F would go from {3} to {4}."
        case .fragmentationLeadConnected: return "Every actor reaches every other; if {1} left, fragmentation F would go from 0 to {2}."
        case .fragmentationKeyPlayers: return "Key players (Borgatti 2006): the {1} whose departure would fragment the network most are {2} ({3})."
        case .robustnessChart:
            return "Share of actors in the largest component as actors leave: highest betweenness first (solid line) or at random (mean of {1} runs, dashed line)."
        case .robustnessSentence:
            return "If the best-connecting actors leave first, the largest component halves after {1} departures; at random, robustness R is {2} against {3} under targeted removal (0.5 is the maximum)."
        case .robustnessAxisRemoved: return "actors removed"
        case .robustnessAxisLargest: return "in the largest component"
        case .robustnessTargeted: return "highest betweenness first"
        case .robustnessRandom: return "at random"
        case .connectTitle: return "3. Who connects whom"
        case .connectLead: return "{1} connects most actors that would otherwise be far apart (betweenness {2})."
        case .connectTop: return "Most central actors"
        case .connectBrokers: return "Brokers by role (Gould and Fernandez 1989)"
        case .connectHoles: return "Structural holes (Burt 1992): lower constraint = more brokerage opportunities"
        case .connectMixing: return "Ties and density between blocs"
        case .redundancyTitle: return "4. Redundancy and gaps"
        case .redundancyLead: return "{1} of the {2} linked pairs rest on a single arrangement or tie: if that one stops, the link disappears."
        case .redundancyOverlaps: return "Overlapping arrangements (possible duplicated effort)"
        case .redundancyNoOverlaps: return "No arrangements overlap by 50% or more of their members."
        case .redundancyDependencies: return "Arrangements that single ties depend on"
        case .redundancyGaps: return "Bloc pairs without a direct tie"
        case .redundancyNoGaps: return "Every pair of blocs has at least one direct tie."
        case .onlyThrough: return "only through"
        case .scenariosTitle: return "5. Scenarios"
        case .scenariosLead: return "{1} scenarios of the proposal are assessed; each is compared with the current network on the same measures."
        case .scenarioLead: return "With “{1}”, distance fragmentation DF would go from {2} to {3} and the E-I index from {4} to {5}."
        case .scenarioDiagram: return "Scenario “{1}”: added elements in vermillion, removed ones in grey."
        case .scenariosNone: return "The file defines no scenarios."
        case .reportSuggestionsTitle: return "New ties that would bring the network closest together"
        case .suggestionsLead: return "The {1} new ties that most reduce distance fragmentation ({2} search):"
        case .searchExhaustive: return "exhaustive"
        case .searchGreedy: return "greedy"
        case .reportSensitivityTitle: return "6. Sensitivity"
        case .sensitivityLead:
            return "Without the {1} illustrative elements, F would be {2} and DF {3}; the ranking of actors by betweenness holds with correlation {4}."
        case .sensitivityNoIllustrative: return "Every element is documented or proposed: there are no assumptions to remove."
        case .sensitivityStable:
            return "Brokers who stay in the top 5 in at least 80% of the {1} runs with {2} of the ties removed at random: {3}."
        case .sensitivityTable: return "Results with fewer ties"
        case .methodsTitle: return "7. Methods and evidence"
        case .methodsLead: return "Each measure in one sentence, with its reference; values agree with NetworkX, igraph and R sna."
        case .evidenceTitle: return "Evidence for every arrangement and tie"
        case .count: return "count"
        case .status: return "status"
        case .source: return "source"
        case .quoteOrReason: return "quote or reason"
        case .element: return "element"
        case .constraint: return "constraint"
        case .effectiveSize: return "effective size"
        case .role: return "role"
        case .share: return "share"
        case .sizes: return "sizes"
        case .arrangement: return "arrangement"
        case .soleTies: return "ties resting on it alone"
        case .fragmentationWithoutIt: return "F without it"
        case .overlap: return "overlap"
        case .sharedMembers: return "shared members"
        case .pair: return "pair"
        case .dfReduction: return "DF reduction"
        case .withoutIllustrativeElements: return "without illustrative elements"
        case .randomRemoval: return "without {1} of the ties at random (mean, range)"
        case .methodName(let note):
            switch note {
            case .betweenness: return "Betweenness"
            case .closeness: return "Closeness"
            case .fragmentation: return "Fragmentation F"
            case .distanceFragmentation: return "Distance fragmentation DF"
            case .keyPlayers: return Message.keyPlayersTitle.english
            case .cutPoints: return "Cut points"
            case .brokerage: return "Brokerage roles"
            case .structuralHoles: return "Constraint and effective size"
            case .eiIndex: return "E-I index"
            case .communities: return "Communities"
            case .robustness: return "Robustness"
            case .channels: return "Channels"
            }
        case .methodSentence(let note):
            switch note {
            case .betweenness: return "how many shortest paths between other actors pass through the actor"
            case .closeness: return "how close the actor is to all others, corrected for split networks"
            case .fragmentation: return "the share of actor pairs that cannot reach each other"
            case .distanceFragmentation: return "like F, but also counts how far apart connected pairs are"
            case .keyPlayers: return "the set of actors whose departure would fragment the network most"
            case .cutPoints: return "actors whose departure splits the network"
            case .brokerage: return "coordinator, itinerant, representative, gatekeeper and liaison by the blocs of those connected"
            case .structuralHoles: return "how much an actor's contacts depend on each other (structural holes)"
            case .eiIndex: return "ties between blocs minus ties within blocs, over all ties"
            case .communities: return "groups of actors more tied to each other than to the rest (Louvain method)"
            case .robustness: return "how much of the network stays together as actors leave"
            case .channels: return "the arrangements and direct ties behind each linked pair; a single one = dependency"
            }

        // Diagrams
        case .layoutIgnoresClusters: return "layout {1} ignores clusters: using fdp"
        case .tooManyNodesForLayout: return "{1} nodes are too many for {2} (limit {3}): using sfdp"
        case .sfdpNoClusters: return "sfdp does not draw clusters: boxes left out"
        case .labelsHidden: return "more than 500 nodes: labels hidden"
        case .highlightedActors: return "highlighted actors"
        case .highlightKeyPlayers: return "key players (k = {1})"
        case .highlightBrokers: return "top brokers"
        case .legendColour: return "Colour ({1})"
        case .legendShapes: return "Shape: ● actor   ▢ arrangement (agreement, working table, program…)"
        case .legendLineKind: return "Line colour: channel kind"
        case .legendLineEvidence: return "Line: evidence"
        case .legendLineWidth: return "Line width: tie strength (max {1})"
        case .legendSize: return "Size: area ∝ {1} ({2} – {3})"
        case .legendDoubleBorder: return "Double border: {1}"
        case .legendScenario: return "Scenario"
        case .added: return "added"
        case .removed: return "removed"

        // Errors and warnings
        case .problem(let problem): return ProblemsEnglish.message(problem)
        case .problemFix(let problem): return ProblemsEnglish.fix(problem)
        case .formatLoss(let loss): return ProblemsEnglish.loss(loss)
        case .errorLabel: return "error"
        case .fixLabel: return "fix"
        case .warningLabel: return "warning"
        case .noteLabel: return "note"
        case .cannotWriteOutput: return "cannot write the output: {1}"
        case .writeFix: return "check that the folder exists and is writable"

        // Command-line messages
        case .useOneOf: return "use one of: {1}"
        case .kTooLarge: return "--k {1} is not smaller than the number of actors ({2})"
        case .kTooLargeFix: return "choose a smaller k"
        case .weightedKeyPlayers: return "--weighted changes only DF (lengths 1/weight): reach and F do not use weights"
        case .weightedKeyPlayersFix: return "use --mode negative --measure DF --weighted, or leave out --weighted"
        case .excludeNotAnActor: return "--exclude names '{1}', which is not an actor"
        case .noActorInGroup: return "no actor has {1} '{2}'"
        case .convertUnknownFormat: return "cannot tell the output format from the extension"
        case .convertUnknownFormatFix: return "use .yaml, .csv, .graphml, .gexf, .net, .dl, .json or .dot, or pass --to"
        case .diagramUnknownLayout: return "unknown layout '{1}'"
        case .diagramUnknownFormat: return "cannot write '{1}' files"
        case .diagramUnknownFormatFix: return "use one of: {1} (by the file extension or --format)"
        case .diagramTooLarge: return "{1} nodes and {2} ties are too many to draw (limit {3} nodes)"
        case .diagramTooLargeFix: return "draw a part of the network (a scenario, or a filtered file), or analyse it with `redes analyze` instead"
        case .diagramLayoutFailed: return "Graphviz could not lay out the network with {1}: {2}"
        case .diagramLayoutFailedFix: return "try another --layout (sfdp is the most robust)"
        case .diagramRenderFailed: return "Graphviz could not write {1}: {2}"
        case .diagramRenderFailedFix: return "try another format (svg always works)"
        case .unknownOptionValue: return "{1} '{2}' is not known"
        case .unknownHighlightedActor: return "--highlight '{1}' is not an actor of the network"
        case .allPairsTooSlow: return "{1}: error: shortest paths from all {2} actors would take about {3} minutes\n  fix: {4}, or pass --allow-slow"
        case .allPairsSlowWarning: return "warning: shortest paths from all {1} actors take about {2} minute(s); {3}"
        case .allPairsAdvice: return "use --sample 1000 (an estimate, Brandes–Pich) or --metrics without betweenness, closeness and harmonic"
        case .progressShortestPaths: return "shortest paths"

        // Issue 14 — timings, cost estimates and bounded methods
        case .timingsTitle: return "time by section (seconds, wall clock)"
        case .timingRead: return "reading the file"
        case .timingProjection: return "actor graph"
        case .timingOutput: return "writing the output"
        case .timingSection(let section):
            switch section {
            case .summary: return "make-up"
            case .shortestPaths: return "shortest paths (all pairs)"
            case .metrics: return "metrics"
            case .fragmentation: return "fragmentation F and DF"
            case .fragmentationIfRemoved: return "F without each actor"
            case .distanceFragmentationIfRemoved: return "DF without each actor"
            case .cutPoints: return "cut points (Hopcroft–Tarjan)"
            case .structuralHoles: return "structural holes"
            case .groups: return "groups"
            case .brokerage: return "brokerage (Gould–Fernandez)"
            case .cohesion: return "E-I cohesion"
            case .eiPermutation: return "E-I permutation test"
            case .communities: return "communities (Louvain)"
            case .communityAgreement: return "communities vs groups"
            case .keyPlayers: return "key players"
            case .redundancy: return "redundancy"
            case .diagnosis: return "diagnosis"
            }
        case .keyPlayerMethodBounded:
            return "greedy start + swap optimisation (Borgatti 2006) among the {1} actors of highest degree (of {2}){3}, {4} random restarts, seed {5}"
        case .sampledSourcesClause: return ", DF estimated from {1} sampled sources"
        case .robustnessRecomputeEvery: return "ranking recomputed after every {1} removal(s)"
        case .robustnessDistanceEvery: return "DF computed after every {1} removal(s), the points between interpolated for the mean"
        case .sensitivityMethodExact: return "exact shortest paths from every actor"
        case .sensitivityMethodSampled: return "betweenness and DF estimated from {1} sampled sources (Brandes–Pich), seed {2}"
        case .costExactWarning: return "warning: the full method takes about {1}; it runs because of --exact"
        case .costBoundedNote: return "note: the full method would take about {1}; used instead: {2} (--exact runs the full method)"
        case .durationSeconds: return "{1} s"
        case .durationMinutes: return "{1} min"
        case .durationHours: return "{1} h"
        case .progressKeyPlayers: return "searching key players"
        case .progressSuggestions: return "evaluating new ties"
        case .progressRobustness: return "removing actors"
        case .progressSensitivity: return "sensitivity runs"
        case .suggestTooLarge: return "suggest keeps the distance between every two actors: {1} actors need {2} GB of memory, more than half of this machine's {3} GB"
        case .suggestTooLargeFix: return "suggest ties within a part of the network (a scenario, or a file of one territory or bloc)"
        }
    }
}
