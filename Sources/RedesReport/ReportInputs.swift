import Foundation
import Redes
import RedesGraphviz
import RedesPresentation

/// Everything the report reads, computed **once** and shared by the summary and the sections: the analysis of the
/// network and of each scenario, the layout every diagram reuses, robustness, sensitivity, suggested ties and the
/// territories. No section recomputes any of it. The time each part took is kept for `redes report --verbose`.
struct ReportInputs {
    let analysis: NetworkAnalysis
    let options: ReportOptions
    /// The scenarios of the report, in the file's order (or the order asked for).
    let scenarios: [ScenarioOutcome]
    /// The positions of the base diagram, reused by every scenario diagram.
    let layout: DiagramLayout
    let targeted: RobustnessAnalysis
    let random: RobustnessAnalysis
    let sensitivity: SensitivityAnalysis
    /// The missing-respondent test, when the network has ties reported by a survey.
    let missingRespondents: MissingRespondentSensitivity?
    let suggestions: TieSuggestions?
    let coverage: TerritoryCoverage
    /// The roadmap's trajectory (the network as it is, then each phase), when the file has a roadmap.
    let roadmap: RoadmapTrajectory?
    /// One layout for every phase diagram, made for the union of the phases (every actor of every phase placed).
    let roadmapLayout: DiagramLayout?
    private(set) var timings: [ReportTiming] = []

    /// The width and height (points) of a diagram on an A4 page with 14 mm margins: the full column, at most about
    /// half the page's height, so a scenario's heading, diagram, key and table fit on one page.
    static let diagramSize = (width: 516.0, height: 360.0)
    /// The size a phase diagram is packed to: narrower and taller than a scenario's, since the map of the whole roadmap
    /// holds every actor and arrangement of every phase and its labels must still print at 8 points.
    static let phaseDiagramSize = (width: 470.0, height: 420.0)

    init(_ analysis: NetworkAnalysis, options: ReportOptions) throws {
        self.analysis = analysis
        self.options = options
        let lang = options.language
        let network = analysis.network
        var timings: [ReportTiming] = []
        func timed<T>(_ label: String, _ work: () throws -> T) rethrows -> T {
            let clock = ContinuousClock()
            let start = clock.now
            let value = try work()
            let elapsed = (clock.now - start).components
            timings.append(ReportTiming(label: label, seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18))
            return value
        }

        // The network's analysis, every section the report reads.
        timed(lang.text(.timingAnalysis)) {
            _ = analysis.metrics
            _ = analysis.fragmentation
            _ = analysis.cutPoints
            _ = analysis.structuralHoles
            _ = analysis.brokerage
            _ = analysis.cohesion
            _ = analysis.eiPermutation
            _ = analysis.redundancy
            _ = analysis.negativeKeyPlayers
        }
        // One layout, fitted to the page, for every diagram.
        layout = try timed(lang.text(.timingLayout)) {
            try ReportInputs.baseDiagram(analysis, options: options, positions: nil)
                .computeLayout(fitting: ReportInputs.diagramSize)
        }
        let chosen = try (options.scenarios ?? network.scenarios.map(\.id)).map { id throws -> Scenario in
            guard let scenario = network.scenario(id) else {
                throw ValidationIssue(path: ["scenarios"], problem: .unknownScenario(id, available: network.scenarios.map(\.id)))
            }
            return scenario
        }
        scenarios = try timed(lang.text(.timingScenarios)) {
            try chosen.map { try ScenarioOutcome($0, before: analysis) }
        }
        targeted = timed(lang.text(.timingRobustness)) { RobustnessAnalysis(analysis.graph, order: .betweenness, includeDistance: false) }
        random = timed(lang.text(.timingRobustnessRandom)) {
            RobustnessAnalysis(analysis.graph, order: .random, runs: options.robustnessRuns, seed: options.seed, includeDistance: false)
        }
        sensitivity = timed(lang.text(.timingSensitivity)) {
            SensitivityAnalysis(network, dropRate: options.sensitivityDropRate, runs: options.sensitivityRuns, seed: options.seed)
        }
        missingRespondents = network.ties.contains { $0.evidence.status == .reported } ? timed(lang.text(.survey(.missingReportTitle))) {
            MissingRespondentSensitivity(network, runs: options.sensitivityRuns, seed: options.seed)
        } : nil
        suggestions = options.suggestions > 0 ? timed(lang.text(.timingSuggestions)) {
            TieSuggestions(analysis.graph, count: options.suggestions, objective: .distanceFragmentation)
        } : nil
        coverage = TerritoryCoverage(network)
        if network.roadmap.isEmpty {
            roadmap = nil
            roadmapLayout = nil
        } else {
            let trajectory = try timed(lang.text(.timingRoadmap)) { try RoadmapTrajectory(analysis) }
            roadmap = trajectory
            roadmapLayout = try timed(lang.text(.timingRoadmapLayout)) {
                try NetworkDiagram.unionLayout(trajectory.steps.map(\.analysis), options: ReportInputs.phaseOptions(options),
                                               fitting: ReportInputs.phaseDiagramSize)
            }
        }
        self.timings = timings
    }

    mutating func time(_ label: String, seconds: Double) { timings.append(ReportTiming(label: label, seconds: seconds)) }

    /// How a phase diagram is drawn: as a scenario diagram (bloc colours, labels inside the nodes, the key drawn by
    /// the page).
    static func phaseOptions(_ options: ReportOptions) -> DiagramOptions {
        DiagramOptions(language: options.language, seed: Int(truncatingIfNeeded: options.seed), showsLegend: false)
    }

    /// The base diagram of the report: coloured by bloc, sized by betweenness, labels inside the nodes, the key
    /// drawn by the page.
    static func baseDiagram(_ analysis: NetworkAnalysis, options: ReportOptions, positions: DiagramLayout?) throws -> NetworkDiagram {
        try NetworkDiagram(analysis, options: DiagramOptions(sizeBy: .metric(.betweenness), language: options.language,
                                                             seed: Int(truncatingIfNeeded: options.seed), positions: positions,
                                                             showsLegend: false))
    }
}

/// One scenario of the report: the analysis of the changed network, its comparison with the network as it is, and
/// what the committee reads from it (who takes part, which gaps between blocs close, which territories it reaches).
struct ScenarioOutcome {
    let scenario: Scenario
    let after: NetworkAnalysis
    let comparison: ScenarioComparison
    /// The actors the scenario asks something of: members of the arrangements it adds, actors that join or leave,
    /// ends of the ties it adds or removes, actors it adds or removes, and the leads of the arrangements it enlarges.
    let involved: [String]
    /// Bloc pairs without any tie before, and after.
    let gapsBefore: [RedundancyAnalysis.BlocPair]
    let gapsAfter: [RedundancyAnalysis.BlocPair]
    /// Territory id → the actors located there that gain a linked pair.
    let reach: [String: [String]]
    /// Linked pairs the scenario adds (actor ids, sorted within the pair).
    let newPairs: [[String]]

    init(_ scenario: Scenario, before: NetworkAnalysis) throws {
        self.scenario = scenario
        after = try before.applying(scenario)
        comparison = ScenarioComparison(before: before, after: after, scenarios: [scenario.id])
        var ids: [String] = []
        var seen = Set<String>()
        func add(_ id: String) { if seen.insert(id).inserted { ids.append(id) } }
        scenario.addArrangements.flatMap(\.members).forEach(add)
        for change in scenario.join + scenario.leave {
            change.members.forEach(add)
            if let lead = before.network.arrangement(change.arrangement)?.lead { add(lead) }
        }
        for tie in scenario.addTies { add(tie.source); add(tie.target) }
        for key in scenario.removeTies { add(key.source); add(key.target) }
        scenario.addActors.map(\.id).forEach(add)
        scenario.removeActors.forEach(add)
        involved = ids
        gapsBefore = before.redundancy.blocPairs.filter { $0.status == .gap }
        gapsAfter = after.redundancy.blocPairs.filter { $0.status == .gap }
        reach = TerritoryCoverage.reach(before: before.actorGraph, after: after.actorGraph)
        func pairs(_ projection: ActorGraph) -> [[String]] {
            let g = projection.graph, actors = projection.network.actors
            return (0..<g.edgeCount).map { [actors[Int(g.edgeSources[$0])].id, actors[Int(g.edgeTargets[$0])].id].sorted() }
        }
        let old = Set(pairs(before.actorGraph))
        newPairs = pairs(after.actorGraph).filter { !old.contains($0) }
    }

    /// The gaps the scenario closes.
    var gapsClosed: [RedundancyAnalysis.BlocPair] {
        let open = Set(gapsAfter.map { [$0.first, $0.second] })
        return gapsBefore.filter { !open.contains([$0.first, $0.second]) }
    }

    func value(_ figure: Figure) -> Double? { comparison.change(of: figure).after }
}
