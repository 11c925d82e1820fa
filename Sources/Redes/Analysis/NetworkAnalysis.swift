import Dispatch
import Foundation

/// The analysis of one network (or one scenario of it): every metric and every part of the diagnosis, each computed
/// the first time it is read and then kept, so that the command-line tool, the diagrams and the report read one value
/// and never recompute.
///
/// Betweenness, closeness, harmonic centrality, the diameter, the average distance, F and DF come from **one**
/// all-pairs shortest-path pass (DF = 1 − Σ_{i≠j} 1/d_ij / (n(n−1)) is the sum of the harmonic centralities; F on a
/// directed graph is the reach the closeness pass counts). The other sections run their own algorithms on the same
/// graph: structural holes, brokerage, cohesion and the E-I test, Louvain communities, key players, redundancy.
///
/// `NetworkAnalysis` is a value: copies share the cache, which is filled once under a lock, so the value may be read
/// from several threads.
///
/// - Complexity: each section at its own cost, paid once (see the section's type); the shared pass is O(n·m)
///   unweighted, O(n·m log n) weighted.
public struct NetworkAnalysis: Sendable {
    /// The network analysed.
    public let network: Network
    /// Its actor graph (the CSR projection with channel provenance).
    public let actorGraph: ActorGraph
    public let options: AnalysisOptions
    private let cache = Cache()

    /// Prepares the analysis of `network`; nothing is computed until it is read.
    ///
    /// - Parameters:
    ///   - network: the network.
    ///   - options: how to analyse it.
    public init(_ network: Network, options: AnalysisOptions = AnalysisOptions()) {
        self.init(network.actorGraph(), options: options)
    }

    /// Prepares the analysis of an actor graph already built.
    ///
    /// - Parameters:
    ///   - actorGraph: the projection of the network.
    ///   - options: how to analyse it.
    public init(_ actorGraph: ActorGraph, options: AnalysisOptions = AnalysisOptions()) {
        self.network = actorGraph.network
        self.actorGraph = actorGraph
        self.options = options
    }

    /// The analysis of the network with `scenario` applied, with the same options.
    ///
    /// - Parameter scenario: the scenario.
    /// - Returns: a new analysis (nothing computed yet).
    /// - Throws: ``ValidationIssue`` when the scenario does not fit the network.
    public func applying(_ scenario: Scenario) throws(ValidationIssue) -> NetworkAnalysis {
        NetworkAnalysis(try network.applying(scenario), options: options)
    }

    /// The analysis of the network with the scenario of the file named `id` applied.
    ///
    /// - Parameter id: the scenario's id.
    /// - Returns: a new analysis.
    /// - Throws: ``ValidationIssue`` for an unknown scenario or one that does not fit.
    public func applying(scenarioNamed id: String) throws(ValidationIssue) -> NetworkAnalysis {
        NetworkAnalysis(try network.applying(scenarioNamed: id), options: options)
    }

    /// The actor graph's compact graph.
    public var graph: Graph { actorGraph.graph }

    // MARK: Sections

    /// Actors by bloc, arrangements by kind and status, components, isolates.
    public var summary: NetworkSummary { cached(.summary) { NetworkSummary(actorGraph) } }

    /// The weakly connected components of the actor graph.
    public var components: Components { summary.components }

    /// The metrics requested by ``AnalysisOptions/metrics``, from the shared all-pairs pass.
    public var metrics: NetworkMetrics {
        cached(.metrics) {
            let pass = sharedPass
            return NetworkMetrics(graph, options: options.metricOptions, paths: pass)
        }
    }

    /// Borgatti's F and DF, from the shared all-pairs pass.
    public var fragmentation: Fragmentation {
        cached(.fragmentation) {
            let request = NetworkMetrics.pathRequest(graph, options: options.metricOptions, forFragmentation: true)
                ?? Fragmentation.request(graph, weighted: options.weighted, sources: nil)
            return Fragmentation(graph, sums: sharedPass ?? ShortestPaths.run(graph, request), sources: request.sources)
        }
    }

    /// F of the network without each actor (Borgatti 2006); nil when ``AnalysisOptions/actorRemoval`` is off.
    public var fragmentationIfRemoved: [Double]? {
        cached(.fragmentationIfRemoved) { options.actorRemoval ? graph.fragmentationIfRemoved() : nil }
    }

    /// The largest network for which DF without each actor is computed (one all-pairs pass per actor).
    public static let removalLimit = 500

    /// DF of the network without each actor; nil when actor removal is off or the network has more than
    /// ``removalLimit`` actors.
    public var distanceFragmentationIfRemoved: [Double]? {
        cached(.distanceFragmentationIfRemoved) {
            graph.nodeCount <= NetworkAnalysis.removalLimit && options.actorRemoval
                ? graph.distanceFragmentationIfRemoved(weighted: options.weighted) : nil
        }
    }

    /// The cut points (articulation points), ascending.
    public var cutPoints: [Int] {
        cached(.cutPoints) {
            let cuts = CutPoints(graph)
            return (0..<graph.nodeCount).filter { cuts.isArticulationPoint[$0] }
        }
    }

    /// Burt's structural holes.
    public var structuralHoles: StructuralHoles {
        cached(.structuralHoles) { StructuralHoles(graph, weighted: options.weighted) }
    }

    /// The network the group measures run on and its groups, by ``AnalysisOptions/groupBy`` and
    /// ``AnalysisOptions/missingGroup``; nil when no actor has a value.
    var groupScope: GroupScope? {
        cached(.groups) {
            GroupScope(graph, labels: network.actors.map { $0.value(of: options.groupBy) }, handling: options.missingGroup)
        }
    }

    /// The groups of the actors the group measures cover (all actors, unless ``MissingGroup/exclude`` leaves out
    /// those without a value); nil when no actor has a value for ``AnalysisOptions/groupBy``.
    public var groups: Partition? { groupScope?.partition }

    /// The actors without a value for ``AnalysisOptions/groupBy`` (pooled, given groups of their own, or excluded
    /// as ``AnalysisOptions/missingGroup`` says).
    public var actorsWithoutGroup: [Int] { groupScope?.missing ?? [] }

    /// Gould–Fernandez brokerage by the groups; nil without groups. Actors left out (``MissingGroup/exclude``) are
    /// listed in ``Brokerage/excludedActors``.
    public var brokerage: Brokerage? {
        cached(.brokerage) {
            groupScope.map { scope in
                Brokerage(scope.graph, groupOfNode: scope.partition.nodeLabels).spread(scope, nodeCount: graph.nodeCount)
            }
        }
    }

    /// E-I, mixing and modularity of the groups; nil without groups. Actors left out have no E-I.
    public var cohesion: GroupCohesion? {
        cached(.cohesion) {
            groupScope.map { scope in
                var cohesion = GroupCohesion(scope.graph, partition: scope.partition, weighted: options.weighted)
                cohesion.actorEI = scope.spread(cohesion.actorEI, nodeCount: graph.nodeCount, filler: nil)
                return cohesion
            }
        }
    }

    /// The permutation test of the E-I index; nil without groups, ties or permutations.
    public var eiPermutation: EIPermutationTest? {
        cached(.eiPermutation) {
            groupScope.flatMap { GroupCohesion.eiPermutationTest($0.graph, partition: $0.partition, permutations: options.permutations, seed: options.seed) }
        }
    }

    /// Louvain communities.
    public var communities: LouvainCommunities {
        cached(.communities) { LouvainCommunities(graph, weighted: options.weighted, seed: options.seed) }
    }

    /// How the communities match the groups; nil without groups.
    public var communityAgreement: PartitionAgreementScore? {
        cached(.communityAgreement) {
            groupScope.map { PartitionAgreementScore($0.restrict(communities.communityOfNode), $0.partition.groupOfNode) }
        }
    }

    /// How the communities match each actor attribute present (bloc, territory, sector).
    public var communityAgreementByAttribute: [AttributeAgreement] {
        cached(.communityAgreementByAttribute) {
            ["bloc", "territory", "sector"].compactMap { attribute in
                let values = network.actors.map { $0.value(of: attribute) }
                guard values.contains(where: { $0 != nil }) else { return nil }
                return AttributeAgreement(attribute: attribute,
                                          score: PartitionAgreementScore(communities.communityOfNode, Partition(labels: values).groupOfNode))
            }
        }
    }

    /// The key-player set of `size` actors for `objective` (Borgatti 2006), with the analysis' seed; nil when the
    /// size is not between 1 and n − 1.
    ///
    /// - Parameters:
    ///   - objective: what the set maximises.
    ///   - size: the number of actors.
    /// - Returns: the search result, computed once per objective and size.
    public func keyPlayers(_ objective: KeyPlayerSearch.Objective, size: Int) -> KeyPlayerSearch? {
        guard size > 0 && size < graph.nodeCount else { return nil }
        return cached(.keyPlayers(objective, size)) {
            KeyPlayerSearch(graph, size: size, objective: objective, seed: options.seed)
        }
    }

    /// The negative key players of the diagnosis (F, ``AnalysisOptions/keyPlayers`` actors); nil when skipped.
    public var negativeKeyPlayers: KeyPlayerSearch? {
        diagnosisKeyPlayers ? keyPlayers(.fragmentation, size: options.keyPlayers) : nil
    }

    /// The positive key players of the diagnosis (distance-weighted reach); nil when skipped.
    public var positiveKeyPlayers: KeyPlayerSearch? {
        diagnosisKeyPlayers ? keyPlayers(.reach, size: options.keyPlayers) : nil
    }

    private var diagnosisKeyPlayers: Bool { graph.nodeCount <= options.sizeLimit }

    /// Redundancy of arrangements and gaps between groups.
    public var redundancy: RedundancyAnalysis {
        cached(.redundancy) {
            RedundancyAnalysis(actorGraph, jaccardThreshold: options.overlapThreshold, groupBy: options.groupBy)
        }
    }

    /// What the diagnosis left out, and why.
    public var notes: [AnalysisNote] {
        var notes: [AnalysisNote] = []
        if groups == nil { notes.append(.noGroups(attribute: options.groupBy)) }
        if !actorsWithoutGroup.isEmpty && groups != nil {
            notes.append(.missingGroupValues(attribute: options.groupBy, actors: actorsWithoutGroup.map { network.actors[$0].id },
                                             handling: options.missingGroup))
        }
        if graph.nodeCount > NetworkAnalysis.removalLimit && options.actorRemoval {
            notes.append(.removalSkipped(limit: NetworkAnalysis.removalLimit))
        }
        if !diagnosisKeyPlayers { notes.append(.keyPlayersSkipped(limit: options.sizeLimit)) }
        if let note = eigenvectorNote { notes.append(note) }
        return notes
    }

    /// The indicator board (coverage, gaps, data flow), computed once per committee choice.
    ///
    /// - Parameter committee: Whose sight of the board to measure.
    /// - Returns: The analysis of the network's indicators.
    public func indicatorBoard(committee: CommitteeChoice = .committees) -> IndicatorBoard {
        cached(.indicatorBoard(committee)) { IndicatorBoard(actorGraph, committee: committee) }
    }

    /// The note that eigenvector centrality needs on a disconnected network; nil when it needs none or was not
    /// requested.
    public var eigenvectorNote: AnalysisNote? {
        guard options.metricOptions.wants(.eigenvector) else { return nil }
        switch metrics.eigenvectorStatus {
        case .dominantComponents(let actors, let count, let components)?:
            return .eigenvectorDominantComponents(actors: actors, count: count, components: components)
        case .perComponent(let components)?:
            return .eigenvectorPerComponent(components: components)
        default:
            return nil
        }
    }

    /// The whole diagnosis, every section computed.
    public var diagnosis: NetworkDiagnosis { cached(.diagnosis) { NetworkDiagnosis(analysis: self) } }

    /// Whether a per-actor measure can be read from this analysis' metrics (a metric left out of
    /// ``AnalysisOptions/metrics`` cannot).
    public func provides(_ measure: ActorMeasure) -> Bool {
        if case .metric(let metric) = measure { return options.metricOptions.wants(metric) }
        return true
    }

    /// The per-actor values of a measure: a metric, a structural-hole measure, F without the actor, or the
    /// brokerage total; nil where undefined (isolates' constraint) or not computed.
    ///
    /// - Parameter measure: the measure.
    /// - Returns: one value per actor.
    public func values(of measure: ActorMeasure) -> [Double?] {
        let n = graph.nodeCount
        switch measure {
        case .metric(let metric):
            guard let column = metrics.column(metric) else { return [Double?](repeating: nil, count: n) }
            return (0..<n).map { column.number(at: $0) }
        case .constraint: return structuralHoles.constraint
        case .effectiveSize: return structuralHoles.effectiveSize
        case .efficiency: return structuralHoles.efficiency
        case .hierarchy: return structuralHoles.hierarchy
        case .fragmentationIfRemoved:
            // Asked for by name (a diagram's size): computed even when the diagnosis leaves it out, once.
            return fragmentationIfRemoved ?? cached(.fragmentationIfRemovedOnRequest) { graph.fragmentationIfRemoved() }
        case .brokerage:
            // Actors left out of the groups have no brokerage value.
            guard let brokerage else { return [Double?](repeating: nil, count: n) }
            return (0..<n).map { brokerage.excludedActors.contains($0) ? nil : brokerage.counts[$0].total }
        }
    }

    // MARK: The shared pass

    /// The one all-pairs pass of the metrics and the fragmentation, when the metrics need one; nil otherwise (F and
    /// DF then run their own, smaller pass).
    private var sharedPass: ShortestPathSums? {
        cached(.sharedPass) {
            let metricOptions = options.metricOptions
            let wantsPaths = metricOptions.metrics == nil || ActorMetric.allCases.contains { $0.needsAllPairs && metricOptions.wants($0) }
            guard wantsPaths, let request = NetworkMetrics.pathRequest(graph, options: metricOptions, forFragmentation: true) else {
                return nil
            }
            return ShortestPaths.run(graph, request)
        }
    }

    // MARK: Timings

    /// How long each section computed so far took, in the order they finished (a section read by another is timed
    /// on its own, not inside the one that read it; key players of several objectives are summed).
    public var timings: [SectionTiming] { cache.timings }

    // MARK: Cache

    private enum Key: Hashable {
        case summary, metrics, sharedPass, cutPoints, fragmentation, fragmentationIfRemoved, fragmentationIfRemovedOnRequest, distanceFragmentationIfRemoved
        case structuralHoles, groups, brokerage, cohesion, eiPermutation, communities, communityAgreement
        case communityAgreementByAttribute, keyPlayers(KeyPlayerSearch.Objective, Int), redundancy, diagnosis
        case indicatorBoard(CommitteeChoice)

        var section: AnalysisSection {
            switch self {
            case .summary: return .summary
            case .metrics: return .metrics
            case .sharedPass: return .shortestPaths
            case .cutPoints: return .cutPoints
            case .fragmentation: return .fragmentation
            case .fragmentationIfRemoved, .fragmentationIfRemovedOnRequest: return .fragmentationIfRemoved
            case .distanceFragmentationIfRemoved: return .distanceFragmentationIfRemoved
            case .structuralHoles: return .structuralHoles
            case .groups: return .groups
            case .brokerage: return .brokerage
            case .cohesion: return .cohesion
            case .eiPermutation: return .eiPermutation
            case .communities: return .communities
            case .communityAgreement, .communityAgreementByAttribute: return .communityAgreement
            case .keyPlayers: return .keyPlayers
            case .redundancy: return .redundancy
            case .diagnosis: return .diagnosis
            case .indicatorBoard: return .indicatorBoard
            }
        }
    }

    /// Computed sections, filled once each under a recursive lock (a section may read another while computing), with
    /// the time each took on its own.
    private final class Cache: @unchecked Sendable {
        private let lock = NSRecursiveLock()
        private var values: [Key: Any] = [:]
        /// The seconds spent in sections read while the enclosing one computed, one entry per open computation.
        private var nested: [Double] = []
        private var spent: [(section: AnalysisSection, seconds: Double)] = []

        func value<T>(_ key: Key, _ compute: () -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            // Look the key up first: casting a missing entry (`Any?.none`) to an optional T would succeed with nil.
            if let stored = values[key], let value = stored as? T { return value }
            let start = DispatchTime.now().uptimeNanoseconds
            nested.append(0)
            let value = compute()
            let inner = nested.removeLast()
            let total = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if !nested.isEmpty { nested[nested.count - 1] += total }
            let own = max(0, total - inner)
            if let i = spent.firstIndex(where: { $0.section == key.section }) { spent[i].seconds += own } else { spent.append((key.section, own)) }
            values[key] = value
            return value
        }

        var timings: [SectionTiming] {
            lock.lock()
            defer { lock.unlock() }
            return spent.map { SectionTiming(section: $0.section, seconds: $0.seconds) }
        }
    }

    private func cached<T>(_ key: Key, _ compute: () -> T) -> T { cache.value(key, compute) }
}
