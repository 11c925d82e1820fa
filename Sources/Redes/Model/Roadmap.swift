/// One phase of a roadmap, such as the committee's Instalación → Escalamiento → Consolidación → Sostenibilidad: a
/// name, a period, and the scenarios that the phase adds to the network.
///
/// Phases add up: the network of phase k is the file's network with the scenarios of phases 1…k applied in order
/// (``Network/phaseNetworks()``), as it stands during the phase's period (``Network/standing(during:)``), so an
/// arrangement whose own period ends before the phase is no longer there.
public struct RoadmapPhase: Sendable, Hashable, Identifiable {
    /// Unique identifier among the phases, e.g. `instalacion`.
    public var id: String
    /// Display name, e.g. `Instalación`.
    public var name: String
    /// When the phase runs, if known.
    public var period: Period?
    /// The ids of the scenarios the phase adds, applied in this order after those of the earlier phases.
    public var scenarios: [String]
    /// Free text.
    public var description: String?
    /// What the phase rests on, typically `proposed` citing the document that sets out the roadmap.
    public var evidence: Evidence?

    /// Creates a phase.
    ///
    /// - Parameters:
    ///   - id: The unique identifier among the phases.
    ///   - name: The display name; `nil` uses `id`.
    ///   - period: When the phase runs, if known.
    ///   - scenarios: The ids of the scenarios the phase adds, in order.
    ///   - description: Free text, if any.
    ///   - evidence: What the phase rests on, if recorded.
    public init(id: String, name: String? = nil, period: Period? = nil, scenarios: [String] = [], description: String? = nil,
                evidence: Evidence? = nil) {
        self.id = id
        self.name = name ?? id
        self.period = period
        self.scenarios = scenarios
        self.description = description
        self.evidence = evidence
    }
}

extension Network {
    /// The network of every phase of the roadmap, in order: the scenarios of phases 1…k applied to this network (in
    /// the order the phases list them), then kept as it stands during phase k's period when it has one.
    ///
    /// - Returns: one network per phase, without scenarios or roadmap.
    /// - Throws: ``ValidationIssue`` at `roadmap[k].scenarios[j]` when a scenario is unknown or does not fit the
    ///   network the earlier phases left (``NetworkProblem/inPhase(_:_:)``).
    /// - Complexity: one scenario application per scenario listed, plus O(size) per phase.
    public func phaseNetworks() throws(ValidationIssue) -> [Network] {
        var current = self
        current.scenarios = []
        current.roadmap = []
        var result: [Network] = []
        for (k, phase) in roadmap.enumerated() {
            for (j, id) in phase.scenarios.enumerated() {
                let path: ElementPath = ["roadmap", .index(k), "scenarios", .index(j)]
                guard let scenario = scenario(id) else {
                    throw ValidationIssue(path: path, problem: .unknownRoadmapScenario(
                        phase: phase.id, scenario: id, suggestion: closestMatch(to: id, in: scenarios.map(\.id))))
                }
                do {
                    current = try current.applying(scenario, at: path)
                } catch {
                    throw ValidationIssue(path: path, problem: .inPhase(phase.id, error.problem))
                }
            }
            result.append(phase.period.map { current.standing(during: $0) } ?? current)
        }
        return result
    }
}

extension NetworkValidator {
    /// Repeated phase ids, periods that are not dates or end before they start, phases that start before the one
    /// before them, scenarios that are unknown or listed twice, and scenarios that do not fit what the earlier phases
    /// left.
    func roadmapIssues() -> [ValidationIssue] {
        guard !network.roadmap.isEmpty else { return [] }
        var issues: [ValidationIssue] = []
        _ = checkUniqueIDs(network.roadmap.map(\.id), element: .phase, section: "roadmap", into: &issues)
        let sourceIDs = Set(network.sources.map(\.id))
        let scenarioIDs = network.scenarios.map(\.id)
        var phaseOfScenario: [String: String] = [:]
        var previous: RoadmapPhase?
        for (k, phase) in network.roadmap.enumerated() {
            let path: ElementPath = ["roadmap", .index(k)]
            if let period = phase.period, let issue = NetworkValidator.periodIssue(period, at: path + ["period"]) {
                issues.append(issue)
            } else if let start = phase.period?.startDate, let earlier = previous?.period?.startDate, start < earlier,
                      let previous {
                issues.append(ValidationIssue(path: path + ["period", "start"],
                                              problem: .phaseBeforePrevious(phase: phase.id, previous: previous.id)))
            }
            if let issue = evidenceIssue(phase.evidence, at: path + ["evidence"], sourceIDs: sourceIDs) { issues.append(issue) }
            for (j, id) in phase.scenarios.enumerated() {
                let scenarioPath = path + ["scenarios", .index(j)]
                if !scenarioIDs.contains(id) {
                    issues.append(ValidationIssue(path: scenarioPath, problem: .unknownRoadmapScenario(
                        phase: phase.id, scenario: id, suggestion: closestMatch(to: id, in: scenarioIDs))))
                } else if let first = phaseOfScenario[id] {
                    issues.append(ValidationIssue(path: scenarioPath, problem: .scenarioInTwoPhases(scenario: id, first: first, second: phase.id)))
                } else {
                    phaseOfScenario[id] = phase.id
                }
            }
            if phase.period != nil { previous = phase }
        }
        guard issues.isEmpty else { return issues }
        do {
            _ = try network.phaseNetworks()
        } catch {
            issues.append(error)
        }
        return issues
    }
}
