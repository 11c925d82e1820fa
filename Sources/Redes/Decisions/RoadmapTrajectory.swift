/// The trajectory of a roadmap: the network as it is, then the network of each phase (``Network/phaseNetworks()``),
/// each analysed once, with what changed from one step to the next.
///
/// The figures followed are those the committee reads (``figures``): F and DF (Borgatti 2006), the components, the
/// pairs of blocs without any tie, the share of linked pairs that rest on a single channel, the E-I index
/// (Krackhardt & Stern 1988), and — when the file has an indicator board and a committee — the board's coverage: the
/// share of the indicators whose figure reaches a member of the committee (``DataFlow/seenByCommittee``).
public struct RoadmapTrajectory: Sendable {
    /// One step of the trajectory: the network as it is, or a phase.
    public struct Step: Sendable {
        /// The phase; nil for the network as it is, before any phase.
        public let phase: RoadmapPhase?
        /// The analysis of the step's network.
        public let analysis: NetworkAnalysis
        /// What changed from the step before; nil for the first step.
        public let change: NetworkComparison?
        /// The share of the board's indicators the committee sees at this step (``DataFlow/seenByCommittee``), 0…1;
        /// nil when the network has no indicator board or no committee.
        public var indicatorCoverage: Double? { RoadmapTrajectory.indicatorCoverage(of: analysis) }

        /// The value of a figure at this step.
        public func value(of figure: Figure) -> Double? { analysis.value(of: figure) }
    }

    /// The figures a roadmap follows, in the order tables and charts show them.
    public static let figures: [Figure] = [.fragmentation, .distanceFragmentation, .components, .blocGaps, .singleChannelShare, .eiIndex]

    /// The network as it is, then each phase.
    public let steps: [Step]
    /// The network the trajectory follows, with its scenarios and roadmap.
    public let network: Network

    /// The share of the indicators the committee sees, from the analysis' board (computed once there); nil without a
    /// board or a committee.
    static func indicatorCoverage(of analysis: NetworkAnalysis) -> Double? {
        let indicators = analysis.network.indicators.count
        guard indicators > 0 else { return nil }
        let flow = analysis.indicatorBoard().flow
        guard flow.committee != nil else { return nil }
        return Double(flow.seenByCommittee.count) / Double(indicators)
    }

    /// Whether the indicator board's coverage was measured at some step.
    public var hasIndicatorCoverage: Bool { steps.contains { $0.indicatorCoverage != nil } }

    /// Analyses the network as it is and each phase of its roadmap.
    ///
    /// - Parameters:
    ///   - network: the network, with its `roadmap`.
    ///   - options: how every step is analysed (``NetworkComparison/options(weighted:groupBy:)`` suits).
    /// - Throws: ``ValidationIssue`` when a phase's scenarios do not fit (see ``Network/phaseNetworks()``).
    public init(_ network: Network, options: AnalysisOptions) throws(ValidationIssue) {
        try self.init(NetworkAnalysis(network, options: options))
    }

    /// Follows the roadmap of an analysed network: its analysis is the first step (not computed again), and each
    /// phase is analysed with the same options.
    ///
    /// - Parameter analysis: the analysis of the network, whose `roadmap` is followed.
    /// - Throws: ``ValidationIssue`` when a phase's scenarios do not fit (see ``Network/phaseNetworks()``).
    /// - Complexity: one analysis per phase (the sections read are computed once each); the comparisons reuse them.
    public init(_ analysis: NetworkAnalysis) throws(ValidationIssue) {
        let network = analysis.network
        let phases = try network.phaseNetworks()
        var steps: [Step] = [Step(phase: nil, analysis: analysis, change: nil)]
        for (phase, phaseNetwork) in zip(network.roadmap, phases) {
            let next = NetworkAnalysis(phaseNetwork, options: analysis.options)
            let previous = steps[steps.count - 1].analysis
            steps.append(Step(phase: phase, analysis: next, change: NetworkComparison(before: previous, after: next)))
        }
        self.steps = steps
        self.network = network
    }

    /// The union of every step's network: every actor, arrangement (with every member it ever has) and tie that some
    /// step has, so that one layout computed on it places every actor of every step (``Network/union(_:)``).
    public var union: Network { Network.union(steps.map(\.analysis.network)) }
}

extension Network {
    /// The union of several mappings of a network: the actors of all of them (each as the first mapping that has it
    /// gives it), every arrangement with the members it has in any of them, and every tie (matched on ends and kind).
    /// A layout computed once on the union places every actor of every mapping, so drawings of the mappings share it.
    ///
    /// - Parameter networks: the mappings, in order; the first gives the name, direction, sources and blocs.
    /// - Returns: the union, without scenarios or roadmap.
    /// - Complexity: O(total size of the mappings).
    public static func union(_ networks: [Network]) -> Network {
        guard var result = networks.first else { return Network(name: "") }
        result.scenarios = []
        result.roadmap = []
        var actorIDs = Set(result.actors.map(\.id))
        var arrangementIndex = Dictionary(result.arrangements.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var tieKeys = Set(result.ties.map(result.tieKey))
        var blocIDs = Set(result.blocs.map(\.id))
        for network in networks.dropFirst() {
            for bloc in network.blocs where blocIDs.insert(bloc.id).inserted { result.blocs.append(bloc) }
            for actor in network.actors where actorIDs.insert(actor.id).inserted { result.actors.append(actor) }
            for arrangement in network.arrangements {
                if let index = arrangementIndex[arrangement.id] {
                    for member in arrangement.members where !result.arrangements[index].members.contains(member) {
                        result.arrangements[index].members.append(member)
                    }
                } else {
                    arrangementIndex[arrangement.id] = result.arrangements.count
                    result.arrangements.append(arrangement)
                }
            }
            for tie in network.ties where tieKeys.insert(result.tieKey(tie)).inserted { result.ties.append(tie) }
        }
        return result
    }
}
