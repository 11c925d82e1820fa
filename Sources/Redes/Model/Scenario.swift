/// A named what-if change set: actors, arrangements and ties to add or remove, and members that join or leave
/// arrangements.
///
/// Changes apply in a fixed order — remove, leave, add, join — so a scenario can, for example, replace a mesa by a
/// new committee and enrol actors it has just added.
public struct Scenario: Sendable, Hashable, Identifiable {
    /// Unique identifier among the network's scenarios, e.g. `comite-regional-tp`.
    public var id: String
    /// Display name.
    public var name: String
    /// Free text.
    public var description: String?
    /// What the scenario rests on, typically `proposed`.
    public var evidence: Evidence?
    /// Actors the scenario adds.
    public var addActors: [Actor]
    /// Arrangements the scenario adds; they may enrol actors it adds.
    public var addArrangements: [Arrangement]
    /// Ties the scenario adds.
    public var addTies: [Tie]
    /// Removing an actor also drops its ties and its memberships.
    public var removeActors: [String]
    /// The ids of the arrangements the scenario removes.
    public var removeArrangements: [String]
    /// The ties the scenario removes, by ends and kind (ends in either order for a symmetric tie).
    public var removeTies: [TieKey]
    /// Actors that join existing (or added) arrangements.
    public var join: [MembershipChange]
    /// Actors that leave arrangements.
    public var leave: [MembershipChange]
    /// What the scenario changes on the indicator board.
    public var indicators: IndicatorChanges

    /// Creates a scenario; the changes apply in the order remove, leave, add, join.
    ///
    /// - Parameters:
    ///   - id: The unique identifier among scenarios.
    ///   - name: The display name; `nil` uses `id`.
    ///   - description: Free text, if any.
    ///   - evidence: What the scenario rests on, if recorded.
    ///   - addActors: Actors to add.
    ///   - addArrangements: Arrangements to add.
    ///   - addTies: Ties to add.
    ///   - removeActors: Ids of actors to remove, with their ties and memberships.
    ///   - removeArrangements: Ids of arrangements to remove.
    ///   - removeTies: Keys of ties to remove.
    ///   - join: Members to add to arrangements.
    ///   - leave: Members to take out of arrangements.
    ///   - indicators: What it changes on the indicator board.
    public init(id: String, name: String? = nil, description: String? = nil, evidence: Evidence? = nil,
                addActors: [Actor] = [], addArrangements: [Arrangement] = [], addTies: [Tie] = [],
                removeActors: [String] = [], removeArrangements: [String] = [], removeTies: [TieKey] = [],
                join: [MembershipChange] = [], leave: [MembershipChange] = [], indicators: IndicatorChanges = IndicatorChanges()) {
        self.id = id
        self.name = name ?? id
        self.description = description
        self.evidence = evidence
        self.addActors = addActors
        self.addArrangements = addArrangements
        self.addTies = addTies
        self.removeActors = removeActors
        self.removeArrangements = removeArrangements
        self.removeTies = removeTies
        self.join = join
        self.leave = leave
        self.indicators = indicators
    }
}

/// Actors joining or leaving one arrangement.
public struct MembershipChange: Sendable, Hashable {
    /// The id of the arrangement.
    public var arrangement: String
    /// The ids of the actors that join or leave it.
    public var members: [String]

    /// Creates a membership change.
    ///
    /// - Parameters:
    ///   - arrangement: The id of the arrangement.
    ///   - members: The ids of the actors that join or leave it.
    public init(arrangement: String, members: [String]) {
        self.arrangement = arrangement
        self.members = members
    }
}

extension Network {
    /// The network after `scenario`'s changes; the result is validated like a loaded network.
    ///
    /// The changes apply in the order remove, leave, add, join, then the indicator board's changes (see
    /// ``IndicatorChanges``). Removing an actor also drops its ties, its memberships, its leads and its indicator
    /// roles and custodianships. An existing arrangement that removals leave with fewer than two members stays (it
    /// simply links nobody). Problems of the changed network are reported at their place in the scenario.
    ///
    /// - Parameters:
    ///   - scenario: The change set to apply.
    ///   - path: where the scenario stands in its file, so errors point at the offending entry.
    /// - Returns: The changed network, without scenarios.
    /// - Throws: A `ValidationIssue` when a change names a missing element (`scenarioMissing`,
    ///   `scenarioMissingTie`), a leave names a non-member or a join an existing member, or the changed network is
    ///   inconsistent (`inScenario`).
    public func applying(_ scenario: Scenario, at path: ElementPath = ["scenario"]) throws(ValidationIssue) -> Network {
        var result = self
        // A roadmap names the scenarios of the file it is in; the changed network has neither.
        result.roadmap = []
        /// The position of the element with `id` among `ids`, or an error naming the scenario and the element.
        func locate(_ id: String, among ids: [String], element: ElementKind, at place: ElementPath) throws(ValidationIssue) -> Int {
            guard let index = ids.firstIndex(of: id) else {
                throw ValidationIssue(path: place, problem: .scenarioMissing(
                    scenario: scenario.id, element: element, id: id, suggestion: closestMatch(to: id, in: ids)))
            }
            return index
        }
        // remove
        for (i, key) in scenario.removeTies.enumerated() {
            let matches = result.ties.indices.filter { result.tie(result.ties[$0], matches: key) }
            guard !matches.isEmpty else {
                throw ValidationIssue(path: path + ["remove", "ties", .index(i)],
                                      problem: .scenarioMissingTie(scenario: scenario.id, key))
            }
            result.ties.remove(atOffsets: matches)
        }
        for (i, id) in scenario.removeArrangements.enumerated() {
            let index = try locate(id, among: result.arrangements.map(\.id), element: .arrangement,
                                   at: path + ["remove", "arrangements", .index(i)])
            result.arrangements.remove(at: index)
        }
        for (i, id) in scenario.removeActors.enumerated() {
            let index = try locate(id, among: result.actors.map(\.id), element: .actor, at: path + ["remove", "actors", .index(i)])
            result.actors.remove(at: index)
            result.ties.removeAll { $0.source == id || $0.target == id }
            for a in result.arrangements.indices {
                result.arrangements[a].members.removeAll { $0 == id }
                if result.arrangements[a].lead == id { result.arrangements[a].lead = nil }
            }
        }
        // leave
        for (i, change) in scenario.leave.enumerated() {
            let changePath = path + ["leave", .index(i)]
            let a = try locate(change.arrangement, among: result.arrangements.map(\.id), element: .arrangement,
                               at: changePath + ["arrangement"])
            for (m, member) in change.members.enumerated() {
                guard let position = result.arrangements[a].members.firstIndex(of: member) else {
                    throw ValidationIssue(path: changePath + ["members", .index(m)],
                                          problem: .scenarioNotAMember(scenario: scenario.id, actor: member,
                                                                       arrangement: change.arrangement))
                }
                result.arrangements[a].members.remove(at: position)
                if result.arrangements[a].lead == member { result.arrangements[a].lead = nil }
            }
        }
        // add
        let baseActors = result.actors.count
        let baseArrangements = result.arrangements.count
        let baseTies = result.ties.count
        result.actors += scenario.addActors
        result.arrangements += scenario.addArrangements
        result.ties += scenario.addTies
        // join
        for (i, change) in scenario.join.enumerated() {
            let changePath = path + ["join", .index(i)]
            let a = try locate(change.arrangement, among: result.arrangements.map(\.id), element: .arrangement,
                               at: changePath + ["arrangement"])
            for (m, member) in change.members.enumerated() {
                _ = try locate(member, among: result.actors.map(\.id), element: .actor, at: changePath + ["members", .index(m)])
                guard !result.arrangements[a].members.contains(member) else {
                    throw ValidationIssue(path: changePath + ["members", .index(m)],
                                          problem: .scenarioAlreadyAMember(scenario: scenario.id, actor: member,
                                                                           arrangement: change.arrangement))
                }
                result.arrangements[a].members.append(member)
            }
        }
        let baseIndicators = try result.applyIndicatorChanges(of: scenario, at: path)
        // The added elements are checked by the same rules as the base network; issues on them are reported at
        // their place in the scenario.
        let mapped: (ElementPath) -> ElementPath = { issuePath in
            guard case .key(let section)? = issuePath.components.first,
                  case .index(let index)? = issuePath.components.dropFirst().first else { return path }
            let rest = ElementPath(Array(issuePath.components.dropFirst(2)))
            switch section {
            case "actors" where index >= baseActors:
                return path + ["add", "actors", .index(index - baseActors)] + rest
            case "arrangements" where index >= baseArrangements:
                return path + ["add", "arrangements", .index(index - baseArrangements)] + rest
            case "ties" where index >= baseTies:
                return path + ["add", "ties", .index(index - baseTies)] + rest
            case "indicators" where index >= baseIndicators:
                return path + ["add", "indicators", .index(index - baseIndicators)] + rest
            default:
                return path
            }
        }
        var scenarioFree = result
        scenarioFree.scenarios = []
        // An arrangement that removals leave with fewer than two members stays (it simply links nobody).
        let issues = scenarioFree.validationIssues().filter { issue in
            guard case .tooFewMembers = issue.problem, case .index(let index)? = issue.path.components.dropFirst().first
            else { return true }
            return index >= baseArrangements
        }
        if let issue = issues.first {
            throw ValidationIssue(path: mapped(issue.path), problem: .inScenario(scenario.id, issue.problem))
        }
        result.scenarios = []
        return result
    }

    /// The key identifying a tie in this network: unordered ends for symmetric ties.
    func tieKey(_ tie: Tie) -> TieKey { isSymmetric(tie) ? tie.key.unordered : tie.key }

    /// Whether `key` names `tie` (in either order of ends when the tie is symmetric).
    func tie(_ tie: Tie, matches key: TieKey) -> Bool {
        guard tie.kind == key.kind else { return false }
        if tie.source == key.source && tie.target == key.target { return true }
        return isSymmetric(tie) && tie.source == key.target && tie.target == key.source
    }
}

extension Array {
    mutating func remove(atOffsets offsets: [Int]) {
        for offset in offsets.sorted(by: >) { remove(at: offset) }
    }
}
