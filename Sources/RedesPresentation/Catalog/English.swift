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
            case .unspecified: return "no stated evidence"
            case .reported: return "reported"
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
            case .modularity: return "modularity of the groups"
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
            case .notStronglyConnected: return "the network is not strongly connected"
            case .notConverged: return "the iteration did not converge"
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
            return "E-I index = {1}, against {2} expected by chance (95 % of the shuffles between {3} and {4}; −1: every tie within blocs, +1: every tie between blocs): more ties within blocs than chance would give ({5}, {6} permutations)."
        case .eiAcross:
            return "E-I index = {1}, against {2} expected by chance (95 % of the shuffles between {3} and {4}; −1: every tie within blocs, +1: every tie between blocs): more ties between blocs than chance would give ({5}, {6} permutations)."
        case .eiChance:
            return "E-I index = {1}, against {2} expected by chance (95 % of the shuffles between {3} and {4}; −1: every tie within blocs, +1: every tie between blocs): not distinguishable from chance ({5}, {6} permutations)."
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
            case .eigenvectorDominantComponents(let actors, let count, let components):
                let within = count == 1 ? "the component with the largest eigenvalue (\(actors) actors)"
                    : "the \(count) components that share the largest eigenvalue (\(actors) actors)"
                return "the network has \(components) components: eigenvector centrality is the leading eigenvector of the whole network, as NetworkX and igraph compute it, non-zero only in \(within) and 0 elsewhere; --eigenvector per-component normalises it within each component"
            case .missingGroupValues(let attribute, let actors, let handling):
                let listed = actors.prefix(20).joined(separator: ", ") + (actors.count > 20 ? ", … (\(actors.count - 20) more)" : "")
                let what: String
                switch handling {
                case .pool: what = "pooled into one group, shown as “—”, as sna does (--missing-group own-group or exclude to change it)"
                case .ownGroup: what = "each counted as a group of its own (--missing-group own-group)"
                case .exclude: what = "left out of brokerage, E-I, mixing and modularity (--missing-group exclude)"
                }
                return "\(actors.count) actor\(actors.count == 1 ? " has" : "s have") no value for '\(attribute)' (\(listed)): \(what)"
            case .eigenvectorPerComponent(let components):
                return "eigenvector centrality is normalised within each of the \(components) components (--eigenvector per-component): compare values only within a component; isolates get 0"
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
        case .glanceTitle: return "The network at a glance"
        case .glanceLead:
            return "The network brings together {1} actors in {2} blocs, linked by {3} arrangements (agreements, working tables, programs, mechanisms) and {4} direct ties."
        case .glanceEvidence:
            return "{1} of the arrangements and ties are documented in a source; {2} are illustrative assumptions and {3} are proposals."
        case .glanceSources: return "Sources"
        case .glanceDiagram:
            return "The map of the network as it is. Every scenario is drawn on this same map, with the actors in the same places."
        case .fragmentationTitle: return "Fragmentation"
        case .fragmentationLeadSplit:
            return "The network is split into {1} parts that do not reach each other; if {2} also left, fragmentation F would go from {3} to {4}."
        case .fragmentationLeadConnected: return "Every actor reaches every other; if {1} left, fragmentation F would go from 0 to {2}."
        case .fragmentationKeyPlayers: return "Key players (Borgatti 2006): the {1} whose departure would fragment the network most are {2} ({3})."
        case .robustnessChart:
            return "Share of actors in the largest component as actors leave: highest betweenness first (solid line) or at random (mean of {1} runs, dashed line)."
        case .robustnessSentence:
            return "If the best-connected actors leave first, the largest part halves after {1} departures; robustness R is {2} when actors leave at random and {3} under the targeted attack (0.5 is the most possible)."
        case .robustnessAxisRemoved: return "actors removed"
        case .robustnessAxisLargest: return "in the largest component"
        case .robustnessTargeted: return "highest betweenness first"
        case .robustnessRandom: return "at random"
        case .connectTitle: return "Who connects whom"
        case .connectLead: return "{1} connects most actors that would otherwise be far apart (betweenness {2})."
        case .connectTop: return "Most central actors"
        case .connectBrokers: return "Brokers by role (Gould and Fernandez 1989)"
        case .connectHoles: return "Who has the most chances to join others (structural holes, Burt 1992)"
        case .connectMixing: return "Ties and density between blocs"
        case .redundancyTitle: return "Redundancy and gaps"
        case .redundancyLead: return "{1} of the {2} linked pairs rest on a single arrangement or tie: if that one stops, the link disappears."
        case .redundancyOverlaps: return "Overlapping arrangements (possible duplicated effort)"
        case .redundancyNoOverlaps: return "No arrangements overlap by 50% or more of their members."
        case .redundancyDependencies: return "Arrangements that single ties depend on"
        case .redundancyGaps: return "Gaps between blocs"
        case .redundancyNoGaps: return "Every pair of blocs has at least one direct tie."
        case .onlyThrough: return "only through"
        case .scenariosTitle: return "Scenarios"
        case .scenariosLead: return "First, the new ties that would bring the actors closest together; then each of the {1} scenarios of the proposal on its own page, with the same measures as the network as it is."
        case .scenarioLead: return "With “{1}”, distance fragmentation DF would go from {2} to {3} and the E-I index from {4} to {5}."
        case .scenarioDiagram: return "“{1}” on the map of the network as it is: every actor in the same place; thick black what the scenario adds, dashed grey what it removes, light grey what stays."
        case .scenariosNone: return "The file defines no scenarios."
        case .reportSuggestionsTitle: return "New ties that would bring the network closest together"
        case .suggestionsLead: return "The {1} new ties that most reduce distance fragmentation ({2} search):"
        case .searchExhaustive: return "exhaustive"
        case .searchGreedy: return "greedy"
        case .reportSensitivityTitle: return "Sensitivity"
        case .sensitivityLead:
            return "Without the {1} illustrative elements, F would be {2} and DF {3}; the ranking of actors by betweenness holds with correlation {4}."
        case .sensitivityNoIllustrative: return "Every element is documented or proposed: there are no assumptions to remove."
        case .sensitivityStable:
            return "Brokers who stay in the top 5 in at least 80% of the {1} runs with {2} of the ties removed at random: {3}."
        case .sensitivityTable: return "Results with fewer ties"
        case .methodsTitle: return "Methods and evidence"
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
        case .labelsHidden: return "more than {1} nodes: labels hidden"
        case .highlightedActors: return "highlighted actors"
        case .highlightKeyPlayers: return "key players (k = {1})"
        case .highlightBrokers: return "top brokers"
        case .legendColour: return "Colour ({1})"
        case .legendLineKind: return "Line: channel kind"
        case .legendLineEvidence: return "Line: evidence"
        case .legendLineWidth: return "Line width: tie strength (max {1})"
        case .legendSize: return "Size: grows with {1}, from {2} to {3} (area from what the label needs to three times that)"
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
        case .unknownHighlightedActor: return "--highlight '{1}' is not an actor of the network"
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
            case .indicatorBoard: return "indicator board"
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
        // Issue 22 — edge cases
        case .formatName(let format): return Message.exchangeFormatName(format)
        case .unwritableTexts: return "{1} cannot hold {2} of the texts exactly, so nothing was written:"
        case .unwritableReason(let reason):
            switch reason {
            case .doubleQuote: return "a double quote, which Pajek and UCINET DL labels cannot hold"
            case .lineBreak: return "a line break, which Pajek and UCINET DL labels cannot hold"
            case .dlKeyword(let keyword): return "'\(keyword)', which UCINET DL reads as the start of a section"
            case .dotBackslash: return "a backslash at the end or before a line break, which DOT reads as an escape"
            }
        case .analysisTooSlow: return "{1}: error: the analysis would take about {2} minutes: {3}\n  fix: {4}, or pass --allow-slow"
        case .analysisSlowWarning: return "warning: the analysis takes about {1} minute(s): {2}; {3}"
        case .costShortestPaths: return "shortest paths from {1} actors (about {2} min)"
        case .costContactPairs: return "every pair of contacts of each actor, for clustering, structural holes and brokerage: one actor has {1} ties (about {2} min)"
        case .contactPairsAdvice: return "use --metrics with --format json or csv (no structural holes or brokerage), or analyse the network without its largest hub"
        case .renderTooManyTies: return "the arrangements join about {1} pairs of actors ('{2}' alone has {3} members); more than {4} ties cannot be drawn"
        case .renderTooManyTiesFix: return "draw the memberships with --two-mode ({1} lines), or draw a part of the network"
        case .renderTooManyDirectTies: return "the network has {1} ties; more than {2} cannot be drawn"
        case .convertLargeOutput: return "the {1} file will be about {2} MB ({3} ties)"
        case .keyPlayersUndefined: return "removing {1} of the {2} actors leaves {3}: F and DF are shares of the pairs of actors left, and there are none, so no set is better than another (no key players)"
        case .unwritableFix: return "rename them in the input file, or convert to GraphML, GEXF, node-link JSON, CSV or YAML, which hold any text"

        // MARK: Issue 16 — one language per run, no silent guess
        case .tieKind(let kind):
            switch kind {
            case .tie: return "tie"
            case .collaboration: return "collaboration"
            case .governance: return "governance"
            case .agreement: return "agreement"
            case .funding: return "funding"
            case .program: return "program"
            case .mechanism: return "mechanism"
            case .committee: return "committee"
            case .project: return "project"
            case .workingTable: return "working table"
            }
        case .keyPlayerObjective(let objective):
            switch objective {
            case .fragmentation: return "fragmentation F"
            case .distanceFragmentation: return "distance fragmentation DF"
            case .reach: return "distance-weighted reach"
            case .stepReach: return "share reached within {1} steps"
            }
        case .keyPlayersNegativeTitle: return "Key players for cohesion ({1}, k = {2}): "
        case .keyPlayersPositiveTitle: return "Actors that reach the rest best ({1}, k = {2}): "
        case .keyPlayerTies: return "{1} sets tie at {2} = {3}; shown: the first in file order."
        case .keyPlayerTiesAtLeast: return "At least {1} sets tie at {2} = {3}; shown: the first in file order."
        case .robustnessOrder(let order):
            switch order {
            case .betweenness: return "highest betweenness first"
            case .degree: return "highest degree first"
            case .random: return "at random"
            }
        case .suggestionObjective(let objective):
            switch objective {
            case .distanceFragmentation: return "DF"
            case .fragmentation: return "F"
            case .pairsWithinSteps: return "pairs within {1} steps"
            case .eiIndex: return "E-I index"
            }
        case .sortedByDefault: return " (sorted by {1}, the default measure of --top)"
        case .topWithoutSortNote: return "--top without --sort: the {1} actors with the highest {2}"
        case .delimiterRead: return "{1}: fields separated by {2} (read from the first line)"
        case .delimiterReadDecimalComma:
            return "{1}: fields separated by {2} (read from the first line); numbers may use the decimal comma"
        case .optionProblem(let problem): return ProblemsEnglish.option(problem)
        case .optionProblemFix(let problem): return ProblemsEnglish.optionFix(problem)
        case .writeFailure(let failure): return ProblemsEnglish.write(failure)
        case .writeFailureFix(let failure): return ProblemsEnglish.writeFix(failure)
        case .doctorGraphviz: return "Graphviz {1} (linked through libgvc)"
        case .doctorLayouts: return "layouts render accepts (--layout): {1}"
        case .doctorFormats: return "formats render writes (-o FILE.ext or --format): {1}"
        case .doctorNotInstalled: return "not installed in this Graphviz: {1}"
        case .doctorFont: return "font: diagrams name “{1}”; fontconfig gives {2}"
        case .doctorFontUnknown: return "font: diagrams name “{1}”; fontconfig cannot be asked ({2}): install fontconfig (fc-match)"
        case .doctorAccents: return "Spanish accents: {1} all have a glyph in {2}"
        case .doctorAccentsMissing: return "Spanish accents: {1} have no glyph in {2}; install fonts-dejavu-core"
        case .efficiency: return "efficiency"
        case .glanceUnspecified:
            return "{1} of the arrangements and ties come from a file that does not say what they rest on (no stated evidence)."
        // MARK: Issue 15 — diagrams that compare
        case .positionsNoClusters: return "kept positions leave no room for cluster boxes: drawn without them"
        case .legendShape: return "Shape"
        case .legendArrangementNode: return "arrangement (agreement, working table, program…) joining its members"
        case .unchanged: return "unchanged"

        // MARK: Issue 15 — the committee report rebuilt
        case .summaryTitle: return "Summary for the committee"
        case .summaryScenariosTitle: return "The {1} scenarios, side by side"
        case .summaryRecommendationTitle: return "What the numbers support"
        case .summaryTableNote:
            return "Sorted from the largest effect to the smallest (F, then DF). Actors: those the scenario involves. ★ best value of the column: fewest actors, parts, F, DF and single-channel ties; highest E-I (more ties between blocs) and most gaps closed."
        case .findingSplit:
            return "The network is split into {1} parts that do not reach each other: {2} have no tie with the other {3} actors (F = {4}: {5} of the pairs of actors cannot reach each other)."
        case .findingConnected: return "Every actor reaches every other (F = 0); on average they are {1} steps apart (DF = {2})."
        case .findingGapsBloc: return "{1} pairs of blocs have no tie at all, and every one involves {2}: no actor of {2} is tied to {3}."
        case .findingGaps: return "{1} pairs of blocs have no tie at all: {2}."
        case .findingNoGaps: return "Every bloc has at least one tie with each of the others."
        case .findingSingleChannel:
            return "{1} of the linked pairs ({2} of {3}) rest on a single arrangement or tie: if that arrangement stops, the tie is lost."
        case .findingEIWithin: return "Ties stay within blocs more than chance would give: observed E-I {1}, expected {2} ({3})."
        case .findingEIAcross: return "Ties cross blocs more than chance would give: observed E-I {1}, expected {2} ({3})."
        case .findingEIChance: return "The mixing between blocs is not distinguishable from chance: observed E-I {1}, expected {2} ({3})."
        case .findingBroker: return "{1} is the actor that most joins actors who would otherwise be far apart (betweenness {2}), followed by {3}{4}."
        case .findingBrokerIsCut: return "; without it the network would split"
        case .networkAsItIs: return "Network as it is"
        case .none: return "none"
        case .allGapsAsNow: return "the current {1}"
        case .scenario: return "scenario"
        case .actorsInvolved: return "actors involved"
        case .componentsShort: return "parts"
        case .singleChannelShort: return "single channel"
        case .gapsClosed: return "gaps closed"
        case .gapsOpen: return "gaps left open"
        case .recommendationCutOff: return ": {1} stays without ties to the rest"
        case .recommendationLargestNoEffect:
            return "{1}, the scenario that adds the most ties (+{2} linked pairs, {3} actors), leaves F at {4}, keeps {5} parts and leaves all {6} gaps between blocs open{7}."
        case .recommendationLargest:
            return "{1}, the scenario that adds the most ties (+{2} linked pairs, {3} actors), takes F from {4} to {5} and leaves {6} gaps between blocs open."
        case .recommendationNoCloser: return "No scenario closes the gaps between blocs; the one that brings actors closest is {1} (DF from {2} to {3})."
        case .closerLinks: return "{1} ties {2} to {3}"
        case .closerCloses: return "{1} closes {2}"
        case .recommendationOneCloser: return "Only one scenario closes gaps between blocs and lowers F (from {2} to {3}): {1}."
        case .recommendationClosers: return "Only these scenarios close gaps between blocs and lower F (from {2} down to {3}): {1}."
        case .recommendationBest: return "The scenario that reduces fragmentation most is {1} (F from {2} to {3}; DF from {4} to {5})."
        case .componentWholeBloc: return "the {1} actors of {2}"
        case .partsTitle: return "The parts of the network"
        case .partMain: return "The main part: {1} actors."
        case .partOther: return "With no tie to the main part ({1}): {2}."
        case .quoted: return "“{1}”"
        case .sectionPointer: return "→ § {1}"
        case .pBelow: return "p < {1}"
        case .pEquals: return "p = {1}"
        case .contentsTitle: return "Contents"
        case .pageLabel: return "Page {1} of {2}"
        case .who: return "who"
        case .timingAnalysis: return "network analysis (metrics, fragmentation, E-I, brokers, redundancy)"
        case .timingLayout: return "map layout (once, for every diagram)"
        case .timingScenarios: return "scenario analyses"
        case .timingRobustness: return "robustness (targeted)"
        case .timingRobustnessRandom: return "robustness (random removal)"
        case .timingSensitivity: return "sensitivity"
        case .timingSuggestions: return "suggested ties"
        case .timingHTML: return "writing the file"
        case .timingLine: return "  {1}: {2} s"
        case .glossaryTerm(let term):
            switch term {
            case .fragmentation: return "F (fragmentation)"
            case .distanceFragmentation: return "DF (distance fragmentation)"
            case .component: return "Part (component)"
            case .cutPoint: return "Cut point"
            case .keyPlayers: return "Key players"
            case .robustness: return "Robustness R"
            case .betweenness: return Message.methodName(.betweenness).english
            case .closeness: return Message.methodName(.closeness).english
            case .brokerageRoles: return Message.methodName(.brokerage).english
            case .constraint: return "Constraint"
            case .effectiveSize: return "Effective size"
            case .eiIndex: return Message.methodName(.eiIndex).english
            case .singleChannel: return "Single-channel tie"
            case .blocGap: return "Gap between blocs"
            case .overlap: return "Overlap"
            case .phase: return "Phase"
            case .stability: return "Jaccard (stability)"
            }
        case .glossaryDefinition(let term):
            switch term {
            case .fragmentation: return "the share of pairs of actors that cannot reach each other by any path; 0 = all connected, 1 = none connected."
            case .distanceFragmentation: return "like F, but also counts how far apart the actors that do reach each other are; it falls when paths get shorter."
            case .component: return "a group of actors that reach each other and have no tie with the rest."
            case .cutPoint: return "an actor whose departure splits the network into more parts."
            case .keyPlayers: return "the actors whose joint departure would fragment the network most."
            case .robustness: return "the average share of actors still joined as actors leave one by one; 0.5 is the most possible."
            case .betweenness: return "how much of the shortest paths between other actors runs through the actor: who joins those who would otherwise be far apart."
            case .closeness: return "how near the actor is to all the others (in steps)."
            case .brokerageRoles: return "how an actor joins two actors not tied to each other, by their blocs: within its bloc, between its bloc and another, or between two other blocs."
            case .constraint: return "how much an actor's contacts depend on each other; lower constraint = more chances to join people who do not know each other."
            case .effectiveSize: return "how many of the actor's contacts are not tied to each other (non-redundant contacts)."
            case .eiIndex: return "ties between blocs minus ties within blocs, over all ties: −1 all within, +1 all between; compared with what chance gives with the same blocs."
            case .singleChannel: return "a pair of actors linked by one arrangement or direct tie only: if that arrangement stops, the tie is lost."
            case .blocGap: return "a pair of blocs with no tie at all between their actors."
            case .overlap: return "the share of members two arrangements have in common: possible duplicated effort."
            case .phase: return "a stretch of the roadmap: its network is the one of the phase before plus its recommendations, looked at during its period."
            case .stability: return "of the pairs linked before or after among the actors present in both, the share linked both before and after: 1 = nothing changed; below 0.3, a deep change."
            }
        case .mixingCaption: return "Ties between blocs (rows × columns); the diagonal counts the ties within each bloc."
        case .mixingNote: return "Colour: density, from white (no pair linked) to dark blue (every pair linked)."
        case .brokerCoordinator: return "{1} joins {2} pairs of actors of its own bloc ({3}) that have no direct tie (coordinator)."
        case .brokerItinerant: return "{1} ({3}) joins {2} pairs of actors of one bloc that is not its own (itinerant)."
        case .brokerRepresentative: return "{1} carries {2} ties from its bloc ({3}) to other blocs (representative)."
        case .brokerGatekeeper: return "{1} brings {2} ties from other blocs into its bloc ({3}) (gatekeeper)."
        case .brokerLiaison: return "{1} ({3}) joins {2} pairs of actors of two different blocs, neither its own (liaison)."
        case .brokerBetweenOwnAndOther: return "{1} joins {2} pairs made of an actor of its bloc ({3}) and one of another bloc (representative and gatekeeper)."
        case .territoriesTitle: return "Territories"
        case .territoryLead: return "The network covers {1} territories. The source gives priority to {2}{3}."
        case .territoryLeadNoPriority: return "The network covers {1} territories."
        case .territoryPriorityFor: return " for {1}"
        case .territorySourceSays: return " (source: “{1}”)"
        case .territoryNoEMTP: return "{1} has no EMTP schools{2}."
        case .territoryNoEMTPNoActors: return "{1} has no EMTP schools{2}; no actor of the model is there."
        case .territoryActorsTitle: return "Actors by territory and bloc"
        case .territoryTableNote: return "★ priority territory according to the source; ∅ no EMTP schools; · no actor. An actor working in several territories counts in each."
        case .territoryArrangementsTitle: return "Arrangements that reach each territory"
        case .arrangementsWord: return "arrangements"
        case .andMore: return "{1} and {2} more"
        case .territoryFewest: return "Of the priority territories, {1} is reached by the fewest arrangements today: {2} ({3})."
        case .territoryScenariosTitle: return "Does each scenario reach the priority territories?"
        case .territoryScenariosNote: return "In each cell, the territory's own actors (working there only) that gain at least one tie with the scenario; — none."
        case .territoryUnreached: return "No scenario reaches {1}."
        case .priorityTerritory: return "priority territory"
        case .scenarioOutcome:
            return "It adds {1} linked pairs and asks something of {2} actors. F goes from {3} to {4}, DF from {5} to {6} and the parts from {7} to {8}; {9}."
        case .noGapClosed: return "it closes no gap between blocs"
        case .gapsClosedNamed: return "it closes the gaps {1}"
        case .scenarioTableCaption: return "“{1}”: before and after"
        case .scenarioRolesGained: return "; it gains the roles of {1}"
        case .scenarioMoverUp: return "The largest gain in betweenness: {1} (from {2} to {3}){4}."
        case .scenarioMoverDown: return "The largest loss in betweenness: {1} (from {2} to {3}){4}."
        case .evidenceLead: return "Each quotation of the source (or reason for an assumption) once, with the arrangements and ties that rest on it."
        case .reportUnknownFormat: return "the report is not written as '{1}' files"
        case .reportUnknownFormatFix: return "use -o report.html (one self-contained file) or -o report.md (Markdown with the SVG files beside it)"
        case .reportPDFRefused: return "the report is not written as PDF directly"
        case .reportPDFRefusedFix: return "write the HTML (-o {1}) and open it in a browser → Print → Save as PDF (A4), or: chromium --headless --no-pdf-header-footer --print-to-pdf={2} {1}"
        case .allOtherBlocs: return "the other {1} blocs"
        case .andMoreElements: return "and {1} more"

        // MARK: Issue 19 — diagrams for slides and the map
        case .legendKindHidesEvidence: return "Colour and pattern show the channel kind; evidence is not drawn (“--edge-by status” draws it)"
        case .focusActors: return "Focus: {1} and every actor at distance {2} or less"
        case .focusBloc: return "Focus: the actors of {1} and the ties among them"
        case .focusArrangement: return "Focus: the members of {1} and the ties among them"
        case .focusContextGrey: return "(the rest in grey)"
        case .geoRegionalBand: return "Region-wide actors"
        case .geoLatitudeSouth: return "{1}° S"
        case .geoLatitudeNorth: return "{1}° N"
        case .geoLongitudeWest: return "{1}° W"
        case .geoLongitudeEast: return "{1}° E"
        case .geoNoEMTP: return "(no EMTP)"
        case .geoPriority: return "★ Priority territories: {1}{2}"
        case .geoReached: return "The scenario reaches {1}; it does not reach {2}"
        case .geoLeaderLines:
            return "A dotted line joins each actor to its territory; an actor of several territories stands at the first one listed"
        case .geoNoCoordinates: return "--layout geo needs territories with coordinates, and this network's have none"
        case .geoNoCoordinatesFix:
            return "add lat and lon to the entries of the file's `territories:` block (decimal degrees; a decimal comma in quotes), or use another layout"
        case .positionsMissing: return "cannot read the positions file: it does not exist"
        case .positionsIsFolder: return "cannot read the positions file: it is a folder"
        case .positionsNotJSON: return "the positions file is not JSON"
        case .positionsNotALayout: return "this JSON is not a Redes positions file (it has no \"format\": \"redes-layout\")"
        case .positionsVersion: return "the positions file has version {1}; this Redes reads version {2}"
        case .positionsInvalid: return "the positions file has a wrong or missing value at '{1}'"
        case .positionsFix: return "write the file with `redes render NETWORK -o drawing.svg --save-positions FILE.json`"
        case .positionsUnknownActors: return "{1}: {2} actors of the positions file are not in this network and are left out: {3}"
        case .positionsNewActors: return "{1}: {2} actors had no position and were placed near their neighbours: {3}"
        case .doctorLayoutRule:
            return "default layout (--layout): neato (overlaps removed) for a one-mode network of up to {1} actors, sfdp for a larger one; fdp with --cluster-by; neato with --two-mode; geo places actors at their territory"
        case .doctorFonts: return "font families fontconfig knows (--font): {1}"
        case .withMetricsFormat: return "{1} files keep no actor attributes: the metrics of --with-metrics would be lost"
        case .withMetricsFormatFix: return "write .gexf, .graphml, .json or .csv, or leave out --with-metrics"
        case .gexfWithoutLayout: return "{1} nodes are too many to lay out: the GEXF has colours but no positions or sizes"
        // MARK: Issue 18 — comparisons, waves and the roadmap
        case .compareTitle: return "Comparison: A = {1} → B = {2}"
        case .compareActors: return "Actors: {1} entered, {2} left, {3} stayed"
        case .compareEntered: return "entered: {1}"
        case .compareLeft: return "left: {1}"
        case .compareLinks: return "Linked pairs: {1} gained, {2} lost, {3} kept"
        case .compareStability: return "Stability among the {1} actors present in both: Jaccard {2}, Hamming {3} ({4} gained, {5} lost)"
        case .compareStabilityUndefined: return "Stability among the {1} actors present in both: Jaccard undefined (no linked pair in either)"
        case .compareJaccardLow:
            return "note: Jaccard below {1}: the two mappings differ too much for a stochastic actor-oriented model between them (Snijders, van de Bunt and Steglich 2010)"
        case .compareChannelKind: return "channel"
        case .compareGained: return "gained"
        case .compareLost: return "lost"
        case .compareKept: return "kept"
        case .compareByKind: return "Linked pairs by channel kind"
        case .compareByGroupPair: return "Linked pairs by pair of {1}"
        case .compareTies: return "Direct ties (same ends and kind): {1} gained, {2} lost, {3} kept"
        case .compareGainedList: return "gained: {1}"
        case .compareLostList: return "lost: {1}"
        case .compareWeights: return "weight changes: {1}"
        case .compareWeightChange: return "{1} from {2} to {3}"
        case .compareArrangements: return "Arrangements: {1} created, {2} ended, {3} kept"
        case .compareCreated: return "created: {1}"
        case .compareEnded: return "ended: {1}"
        case .compareMembership: return "{1}: joined {2}; left {3}"
        case .compareEvidence: return "Evidence changed for {1} elements:"
        case .compareEvidenceLine: return "{1}: {2} → {3}"
        case .compareNetwork: return "The network"
        case .compareMeasureColumn: return "by"
        case .compareMovers: return "The actors that move most"
        case .compareNoMovers: return "no actor present in both changes position"
        case .compareRoles: return "Brokerage roles (Gould and Fernández) that change"
        case .compareRolesGained: return "gains {1}"
        case .compareRolesLost: return "loses {1}"
        case .sideAt: return "{1} on {2}"
        case .sideScenario: return "{1} with “{2}”"
        case .roadmapTitle: return "Roadmap: {1}"
        case .roadmapPhase: return "phase"
        case .roadmapPeriod: return "period"
        case .roadmapKey: return "  F: pairs of actors that cannot reach each other; DF: the same, counting how far apart they are (0 = all joined, 1 = none)"
        case .roadmapChanges: return "What each phase changes"
        case .roadmapChangeLine: return "{1}: {2}; {3} linked pairs gained and {4} lost; arrangements created: {5}; ended: {6}"
        case .periodFrom: return "from {1}"
        case .periodUntil: return "until {1}"
        case .indicatorCoverage: return "indicator coverage"
        case .roadmapNow: return "now"
        case .roadmapSectionTitle: return "The roadmap, phase by phase"
        case .timingRoadmap: return "roadmap (one analysis per phase)"
        case .timingRoadmapLayout: return "roadmap map layout (once, for every phase)"
        case .roadmapLead:
            return "The roadmap has {1} phases. From the network as it is to the end of {2}, F goes from {3} to {4}, DF from {5} to {6} and the pairs of blocs without any tie from {7} to {8}."
        case .roadmapLeadNoChange: return "The roadmap has {1} phases; none of them changes F, DF or the gaps between blocs."
        case .roadmapChartCaption: return "The figures after each phase (each panel has its own scale; 0 is the network as it is)."
        case .roadmapTableCaption: return "The network as it is and after each phase"
        case .roadmapPhaseHeading: return "{1} ({2})"
        case .roadmapPhaseChanges:
            return "It brings in {1}. It adds {2} linked pairs and loses {3}; {4} actors enter and {5} leave; arrangements created: {6}; ended: {7}."
        case .roadmapPhaseDiagram: return "{1}: what the phase adds (thick, black) and what ends (dashed, grey) on the map of the whole roadmap."
        case .roadmapPhaseTableCaption: return "“{1}”: before and after the phase"
        case .roadmapPhaseJaccard: return "Of the links among the actors of both, {1} stay (Jaccard)."
        case .roadmapMapNote: return "Every phase is drawn on one map made for the whole roadmap: each actor keeps its place from phase to phase, so only the lines change."

        // MARK: Issue 20 — the interactive map
        case .explorer(let word):
            switch word {
            case .subtitle: return "Interactive map · {1} · Redes {2}"
            case .skipToDrawing: return "Skip to the drawing"
            case .showControls: return "Search and filters"
            case .needsScript: return "Without JavaScript only the drawing of the network as it is shows: to search, filter and read each actor's data, open this file in a browser with JavaScript on."
            case .largeNetwork: return "A network of {1} actors: names are not drawn; find an actor with the search, or point at it."
            case .searchLabel: return "Find an actor"
            case .searchPlaceholder: return "Name or acronym"
            case .searchNone: return "No actor matches “{1}”."
            case .searchOne: return "1 actor matches:"
            case .searchMany: return "{1} actors match:"
            case .searchMore: return "and {1} more: type more letters"
            case .viewLabel: return "Network or scenario"
            case .viewBaseSummary: return "The network as it is: {1} actors and {2} linked pairs."
            case .viewSummary: return "It adds {1} linked pairs and removes {2}; every actor keeps its place."
            case .sizeLabel: return "Size of the actors by"
            case .sizeEqual: return "none (the name's size)"
            case .filtersTitle: return "Show"
            case .filterKind: return "kind of channel"
            case .selectAll: return "all"
            case .selectNone: return "none"
            case .noValue: return "(not given)"
            case .visibleActors: return "{1} of {2} actors shown"
            case .filtersHidden: return "Hidden by the filters: {1}"
            case .zoomIn: return "Zoom in"
            case .zoomOut: return "Zoom out"
            case .zoomFit: return "Show all"
            case .saveSVG: return "Save SVG"
            case .savePNG: return "Save PNG"
            case .printView: return "Print"
            case .fileName: return "map"
            case .legendTitle: return "Key"
            case .drawingLabel: return "Drawing of the network, {1} actors. Tab moves through the actors and Enter opens their data; + and − zoom in and out; the arrow keys move the drawing."
            case .drawingTools: return "Drawing tools"
            case .actorLabel: return "{1}, {2}: open its data"
            case .panelEmpty: return "Choose an actor in the drawing (a click, or Tab and Enter) or with the search to read its measures, the arrangements it takes part in and the evidence of each tie."
            case .panelClose: return "Close"
            case .panelDiagnosis: return "Diagnosis: {1}"
            case .panelMetrics: return "Measures: {1}"
            case .panelAbout: return "About the actor"
            case .panelArrangements: return "Arrangements it takes part in ({1})"
            case .panelTies: return "Direct ties ({1})"
            case .panelNeighbours: return "Linked with {1} actors: {2}"
            case .leads: return "leads it"
            case .actorRemoved: return "This scenario removes this actor from the network."
            case .actorAdded: return "This scenario adds this actor to the network."
            case .noArrangements: return "It takes part in no arrangement."
            case .reasonLine: return "Reason: {1}"
            case .sourceLine: return "Source: {1}"
            case .tipChannels: return "Channels: {1}"
            case .fullName: return "full name"
            case .no: return "no"
            }
        case .exploreNotHTML: return "the interactive map is one HTML file, not a '{1}' file"
        case .exploreNotHTMLFix: return "use -o map.html (one file that opens with a double click, with no network and no server)"
        case .exploreOverBudget: return "{1}: the map weighs {2} MB, more than {3} MB: it may open slowly on a phone (fewer --scenario, fewer drawings)"
        // MARK: Issue 21 — roster survey
        case .survey(let message): return message.english
        case .surveyProblem(let problem): return ProblemsEnglish.survey(problem)
        case .surveyProblemFix(let problem): return ProblemsEnglish.surveyFix(problem)
        // Issue 17 — the indicator board
        case .board(let entry): return entry.english
        }
    }
}

// MARK: Issue 21 — roster survey
extension SurveyMessage {
    /// The message in English.
    public var english: String {
        switch self {
        case .column(let column):
            switch column {
            case .respondent: return "respondent"
            case .actor: return "actor"
            case .bloc: return "bloc"
            case .collaborates: return "collaborates"
            case .frequency: return "frequency"
            case .channel1: return "channel 1"
            case .channel2: return "channel 2"
            case .channel3: return "channel 3"
            case .role: return "role"
            }
        case .frequency(let frequency):
            switch frequency {
            case .never: return "never"
            case .yearly: return "yearly"
            case .quarterly: return "quarterly"
            case .monthly: return "monthly"
            case .weekly: return "weekly"
            }
        case .answer(let answer): return answer == .yes ? "yes" : "no"
        case .sheetSurvey: return "survey"
        case .sheetInstructions: return "instructions"
        case .sheetLists: return "lists"
        case .templateTitle: return "Collaboration survey: {1}"
        case .instructionRows:
            return "Each row asks about one pair: the organisation that answers (respondent) and another organisation of the network (actor), grouped by bloc."
        case .instructionAnswer:
            return "In “collaborates” write yes if your organisation works with that actor, or no. A row left blank counts as no."
        case .instructionFrequency: return "If yes, in “frequency” say how often: yearly, quarterly, monthly or weekly."
        case .instructionChannels:
            return "In “channel 1” to “channel 3”, through what you work together: a kind of arrangement or one arrangement of the network (the lists sheet shows them all)."
        case .instructionChannelsCSV:
            return "In “channel 1” to “channel 3”, through what you work together: a kind of arrangement or one arrangement of the network (see the list below)."
        case .instructionRole: return "In “role”, in your own words, what that actor does in the joint work."
        case .instructionKeep: return "Do not change the respondent, actor and bloc columns, nor the header row."
        case .instructionReturnCSV: return "Save the file as CSV UTF-8 and send it back."
        case .instructionReturnSpreadsheet: return "Save the file as it is (.xlsx) and send it back."
        case .channelsList: return "Possible channels: {1}"
        case .validationTitle: return "Value not in the list"
        case .validationAnswer: return "Write yes or no."
        case .validationFrequency: return "Choose a frequency from the list."
        case .validationChannel: return "Choose a channel from the list (or write several separated by ;)."
        case .templateWritten: return "{1}: {2} rows: {3} respondents, each asked about the other {4} actors"
        case .templateSeparator: return "{1}: fields separated by {2}, UTF-8 with a byte-order mark (what a spreadsheet in English opens in columns)"
        case .missingDate: return "the survey's date is missing"
        case .missingDateFix: return "add --date YYYY-MM (when the survey was answered, e.g. --date 2026-03)"
        case .importTitle: return "Survey {1} ({2})"
        case .responseRate: return "Response rate: {1} of {2} actors answered ({3})."
        case .responded: return "answered"
        case .rate: return "rate"
        case .nonRespondents: return "Did not answer: {1}."
        case .everyoneResponded: return "Every actor answered."
        case .pairsNamed: return "Pairs named: {1}"
        case .agreement(let agreement):
            switch agreement {
            case .confirmed: return "confirmed"
            case .conflicting: return "conflicting frequency"
            case .unconfirmed: return "unconfirmed"
            case .unanswered: return "other side did not answer"
            }
        case .agreementMeaning(let agreement):
            switch agreement {
            case .confirmed: return "both name each other, with the same frequency (or one without)"
            case .conflicting: return "both name each other, with different frequencies"
            case .unconfirmed: return "one names the other, which answered and did not name it back"
            case .unanswered: return "one names the other, which did not answer the survey"
            }
        case .conflicts: return "Conflicting frequencies:"
        case .conflictLine: return "{1}: {2} says {3}, {4} says {5}"
        case .rule(let rule):
            switch rule {
            case .union: return "Rule union: a tie when either side names it; the ones both sides name show two respondents in their evidence."
            case .intersection: return "Rule intersection: a tie only when both sides name it."
            case .max: return "Rule max: a tie when either side names it, weighted by the higher frequency (yearly 1 … weekly 4)."
            case .min: return "Rule min: a tie only when both sides name it, weighted by the lower frequency (yearly 1 … weekly 4)."
            }
        case .ruleTies: return "{1} reported ties written."
        case .reconstruction:
            return "A tie with an actor that did not answer is taken from the one answer there is (reconstruction, Stork and Richards 1992)."
        case .nowReported: return "Assumed (illustrative) ties the survey now supports: {1}."
        case .kept: return "Documented ties the survey also reports (kept as they are): {1}."
        case .notSupported: return "Assumed ties that neither side named (kept; check them): {1}."
        case .takenFromScenarios: return "Ties a scenario proposed that the survey already reports (taken out of the scenario): {1}."
        case .networkWritten: return "{1}: the network with the survey ({2} reported ties)"
        case .noOutputNote: return "without -o the network is not written: add -o FILE.yaml"
        case .ignoredColumns: return "{1}: columns not read: {2}"
        case .moreProblems: return "… and {1} more problems"
        case .columnLetter: return "column {1}"
        case .pairs: return "pairs"
        case .meaning: return "meaning"
        case .agreementHeader: return "agreement"
        case .missingTitle: return "Sensitivity to missing respondents: the answers of {1} of {2} respondents removed in each run ({3})"
        case .missingExhaustive: return "every one of the {1} subsets"
        case .missingSampled: return "{1} random subsets, seed {2}"
        case .finding: return "finding"
        case .fullNetwork: return "full network"
        case .mean: return "mean"
        case .interval90: return "90% of runs"
        case .stable: return "stable"
        case .rankingRow(let ranking):
            switch ranking {
            case .betweenness: return "ranking by betweenness (ρ)"
            case .degree: return "ranking by degree (ρ)"
            case .closeness: return "ranking by closeness (ρ)"
            }
        case .runsAbove: return "{1} (ρ ≥ 0.8 in {2} of runs)"
        case .tiesLost: return "Reported ties lost per run: {1} on average (at most {2})."
        case .stableBrokers: return "Stable brokers (top 5 by betweenness in at least 80% of runs): {1}."
        case .noReportedTies: return "the network has no ties reported by a survey"
        case .noReportedTiesFix: return "import the answers with `redes survey import … -o FILE.yaml` and test that file"
        case .dropRateWithMissing: return "--drop-rate is not used with --missing-respondents"
        case .dropRateWithMissingFix: return "use --missing-share for the share of respondents whose answers are removed"
        case .provenanceTitle: return "Where the arrangements and ties come from"
        case .provenanceLead:
            return "{1} of the {2} direct ties come from the survey «{3}» ({4}): {5} named by both sides and {6} by one side only."
        case .provenanceRespondents: return "{1} of the {2} actors named at least one tie in the survey."
        case .origin: return "origin"
        case .directTies: return "direct ties"
        case .assumption: return "an assumption of the map"
        case .evidenceBothSides: return "Named in the survey by both sides ({1})."
        case .evidenceOneSide: return "Named in the survey by one side only ({1}); in brackets, who named it."
        case .missingReportTitle: return "If survey answers were missing"
        case .glanceReported: return "{1} were reported in a survey (see “{2}” below)."
        case .missingReportLead:
            return "Without the answers of {1} of the {2} respondents ({3}), the ranking by betweenness holds (ρ ≥ 0.8) in {4} of the runs, by degree in {5} and by closeness in {6}; F stays between {7} and {8} and DF between {9} and {10} in 90% of the runs (Smith and Moody 2013)."
        }
    }
}

// MARK: Issue 17 — the indicator board
extension BoardMessage {
    /// The entry in English.
    public var english: String {
        switch self {
        case .role(let role):
            switch role {
            case .produces: return "produces"
            case .reports: return "reports"
            case .validates: return "validates"
            case .uses: return "uses"
            }
        case .level(let level): return level == .population ? "population" : "performance"
        case .column(let column):
            switch column {
            case .indicator: return "indicator"
            case .indicatorName: return "indicator name"
            case .actor: return "actor"
            case .actorName: return "actor name"
            case .bloc: return "bloc"
            case .custodian: return "custodian"
            case .role: return "role"
            case .baselinePeriod: return "baseline period"
            case .baseline: return "baseline"
            case .targetPeriod: return "target period"
            case .target: return "target"
            }
        case .gap(let gap):
            switch gap {
            case .noCustodian: return "No custodian (nobody answers for the figure)"
            case .singleProducer: return "A single producer (if that actor stops, there is no figure)"
            case .producersWithoutUsers: return "Produced, but used by nobody"
            case .usersWithoutProducers: return "Used, but produced by nobody"
            case .suppliersWithoutChannel:
                return "A supplier shares no arrangement or tie with the custodian (the data have no channel to travel)"
            case .receiversWithoutChannel: return "The custodian shares no arrangement or tie with a receiver of the figure"
            case .missingValues: return "No baseline or no target"
            case .actorsProducingForNobody: return "Actors producing data nobody uses"
            }
        case .title: return "Indicator board: {1}"
        case .summary: return "{1} indicators; {2} actors have a part on the board."
        case .noIndicators: return "The network declares no indicators: add them under `indicators:` (README, “Indicator board”)."
        case .indicatorsTitle: return "Indicators"
        case .levelHeader: return "level"
        case .gapsTitle: return "Where the board is blind"
        case .noGap: return "none"
        case .missingBaseline: return "no baseline"
        case .missingTarget: return "no target"
        case .missingBoth: return "neither baseline nor target"
        case .coverageActors:
            return "Coverage: actor × indicator (C custodian, P produces, R reports, V validates, U uses; sees: figures that reach it)"
        case .sees: return "sees"
        case .outOf: return "{1} of {2}"
        case .noPart: return "No part on the board: {1} actors."
        case .coverageBlocs: return "Coverage: bloc × indicator (how many actors of the bloc in each part)"
        case .columnsKey: return "Columns: {1}"
        case .flowTitle: return "Data flow (producer → custodian → user)"
        case .figureReaches: return "figure reaches"
        case .usersReached: return "users reached"
        case .blockedSteps: return "steps without channel"
        case .committeeSees: return "committee sees it"
        case .committeeSeesCount: return "committee sees"
        case .notSeen: return "no"
        case .steps: return "{1} ({2} steps)"
        case .oneStep: return "{1} (1 step)"
        case .allIndicators: return "all {1} indicators"
        case .committee: return "The committee ({1}: {2}) sees {3} of {4} indicators within two steps."
        case .committeeUnseen: return " It does not see: {1}."
        case .committeeAll: return " It sees them all."
        case .noCommittee:
            return "The network has no committee (an arrangement of kind committee): --committee ID measures what the members of one arrangement see."
        case .flowReach: return "The figures reach {1} actors, and {2} of the {3} declared users."
        case .scenariosTitle: return "Scenarios: what changes on the board"
        case .scenario: return "scenario"
        case .baseNetwork: return "base network"
        case .gaps: return "gaps"
        case .diagramIndicator: return "indicator (dashed: no custodian)"
        case .diagramLines: return "Line: part (the arrow follows the data)"
        case .diagramGrey: return "Grey line: the figure does not get through (no channel, no custodian or no supplier)"
        case .committeeMembers: return "committee members"
        case .templateEmpty: return "the network declares no indicators: the template has only its header"
        case .importUntouched: return "{1}: no rows in the template; kept as they were"
        case .sectionTitle: return "Indicator board"
        case .reportLead: return "The board has {1} indicators: {2} without a custodian, {3} with a single producer and {4} without a baseline or a target."
        case .reportAssumed:
            return "{1} of the {2} indicators rest on assumptions (illustrative evidence): who produces, owns and uses each figure is a modelling choice, each with its reason in the network file."
        case .valuesHeader: return "baseline → target"
        case .reportDiagram: return "Who produces, owns, validates and uses each indicator. Grey lines mark where the figure does not get through."
        case .reportFlowTitle: return "How the data flow, and what the committee sees"
        case .blocsWithoutPart: return "No part on the board: {1}."
        case .bestScenario:
            return "With {1}, the committee sees {2} of {3} indicators ({4} today), and {5} steps without channel remain ({6} today)."
        case .othersUnchanged: return "The other scenarios do not change the board."
        case .noScenarioChanges: return "No scenario changes the board."
        case .glossaryTerm(let term):
            switch term {
            case .custodian: return "Custodian"
            case .parts: return "Produces · reports · validates · uses"
            case .stepWithoutChannel: return "Step without channel"
            case .level: return "Population · performance"
            }
        case .glossaryDefinition(let term):
            switch term {
            case .custodian: return "the one actor accountable for the figure, who compiles and publishes it; without one, nobody compiles it."
            case .parts: return "who generates the data, who passes it on to the custodian, who checks its quality, and who takes decisions with the figure."
            case .stepWithoutChannel:
                return "two actors of a figure's flow (a producer and the custodian, or the custodian and a user) that share no arrangement and no tie: the data have nowhere to pass."
            case .level:
                return "a population indicator measures a condition of a whole population, which no program controls alone; a performance one, how well a program works (Friedman, Results-Based Accountability)."
            }
        // MARK: Issue 20 — board in the map
        case .mapActorGapsTitle: return "Board gaps that concern it"
        case .mapActorPart: return "It takes part in {1} of the {2} indicators; figures that reach it: {3}."
        case .mapNoPart: return "It has no part in any indicator."
        case .mapNoCommittee: return "The network has no committee (an arrangement of kind committee), so the map does not measure which indicators a committee sees."
        case .mapUnchanged: return "This scenario does not change the board."
        case .mapChanges: return "With this scenario, {1} steps without channel remain ({2} today), and {3} gaps ({4} today)."
        case .mapSightGains: return "The committee gains sight of: {1}."
        case .mapSightLoses: return "The committee loses sight of: {1}."
        }
    }
}
