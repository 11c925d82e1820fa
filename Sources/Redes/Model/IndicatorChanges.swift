/// One role of one indicator that a scenario adds or removes.
public struct IndicatorRoleChange: Sendable, Hashable {
    /// The indicator's id.
    public var indicator: String
    /// The actor's id.
    public var actor: String
    /// The role.
    public var role: IndicatorRole

    /// Creates a role change.
    ///
    /// - Parameters:
    ///   - indicator: The indicator's id.
    ///   - actor: The actor's id.
    ///   - role: The role.
    public init(indicator: String, actor: String, role: IndicatorRole) {
        self.indicator = indicator
        self.actor = actor
        self.role = role
    }

    /// The assignment this change adds or removes.
    public var assignment: IndicatorAssignment { IndicatorAssignment(actor: actor, role: role) }
}

/// Indicators that a scenario puts under one arrangement: it becomes their `agreement`.
public struct AgreementChange: Sendable, Hashable {
    /// The arrangement's id (one of the network's or one the scenario adds).
    public var arrangement: String
    /// The ids of the indicators shared under it.
    public var indicators: [String]

    /// Creates an agreement change.
    ///
    /// - Parameters:
    ///   - arrangement: The arrangement's id.
    ///   - indicators: The ids of the indicators shared under it.
    public init(arrangement: String, indicators: [String]) {
        self.arrangement = arrangement
        self.indicators = indicators
    }
}

/// What a scenario changes on the indicator board: indicators and roles added or removed, and indicators put under
/// an arrangement. They apply after the scenario's other changes, in the order remove, add, agreements.
public struct IndicatorChanges: Sendable, Hashable {
    /// Indicators the scenario adds (`add: indicators:`).
    public var addIndicators: [Indicator]
    /// Roles the scenario adds to indicators (`add: roles:`).
    public var addRoles: [IndicatorRoleChange]
    /// The ids of indicators the scenario removes (`remove: indicators:`).
    public var removeIndicators: [String]
    /// Roles the scenario removes (`remove: roles:`).
    public var removeRoles: [IndicatorRoleChange]
    /// Indicators the scenario puts under an arrangement (`agreements:`).
    public var agreements: [AgreementChange]

    /// Creates a set of indicator changes.
    ///
    /// - Parameters:
    ///   - addIndicators: Indicators to add.
    ///   - addRoles: Roles to add.
    ///   - removeIndicators: Ids of indicators to remove.
    ///   - removeRoles: Roles to remove.
    ///   - agreements: Indicators to put under an arrangement.
    public init(addIndicators: [Indicator] = [], addRoles: [IndicatorRoleChange] = [], removeIndicators: [String] = [],
                removeRoles: [IndicatorRoleChange] = [], agreements: [AgreementChange] = []) {
        self.addIndicators = addIndicators
        self.addRoles = addRoles
        self.removeIndicators = removeIndicators
        self.removeRoles = removeRoles
        self.agreements = agreements
    }

    /// Whether the scenario changes nothing on the board.
    public var isEmpty: Bool {
        addIndicators.isEmpty && addRoles.isEmpty && removeIndicators.isEmpty && removeRoles.isEmpty && agreements.isEmpty
    }
}

extension Network {
    /// Applies a scenario's board changes, after its other changes: an actor the scenario removes leaves every role
    /// and custodianship; an arrangement it removes stops being an agreement; then indicators and roles are removed,
    /// added, and put under arrangements.
    ///
    /// - Parameters:
    ///   - scenario: The scenario.
    ///   - path: Where the scenario stands in its file.
    /// - Returns: The number of indicators before the additions (added ones follow them).
    /// - Throws: A `ValidationIssue` for a change that names an indicator, role, actor or arrangement that does not
    ///   exist.
    mutating func applyIndicatorChanges(of scenario: Scenario, at path: ElementPath) throws(ValidationIssue) -> Int {
        let changes = scenario.indicators
        let removedActors = Set(scenario.removeActors)
        let removedArrangements = Set(scenario.removeArrangements)
        for i in indicators.indices {
            indicators[i].roles.removeAll { removedActors.contains($0.actor) }
            if let custodian = indicators[i].custodian, removedActors.contains(custodian) { indicators[i].custodian = nil }
            if let agreement = indicators[i].agreement, removedArrangements.contains(agreement) { indicators[i].agreement = nil }
        }
        func locate(_ id: String, element: ElementKind, among ids: [String], at place: ElementPath) throws(ValidationIssue) -> Int {
            guard let index = ids.firstIndex(of: id) else {
                throw ValidationIssue(path: place, problem: .scenarioMissing(
                    scenario: scenario.id, element: element, id: id, suggestion: closestMatch(to: id, in: ids)))
            }
            return index
        }
        for (i, id) in changes.removeIndicators.enumerated() {
            indicators.remove(at: try locate(id, element: .indicator, among: indicators.map(\.id),
                                             at: path + ["remove", "indicators", .index(i)]))
        }
        for (i, change) in changes.removeRoles.enumerated() {
            let place = path + ["remove", "roles", .index(i)]
            let k = try locate(change.indicator, element: .indicator, among: indicators.map(\.id), at: place + ["indicator"])
            guard let position = indicators[k].roles.firstIndex(of: change.assignment) else {
                throw ValidationIssue(path: place, problem: .scenarioMissingRole(
                    scenario: scenario.id, indicator: change.indicator, actor: change.actor, role: change.role))
            }
            indicators[k].roles.remove(at: position)
        }
        let baseIndicators = indicators.count
        indicators += changes.addIndicators
        for (i, change) in changes.addRoles.enumerated() {
            let place = path + ["add", "roles", .index(i)]
            let k = try locate(change.indicator, element: .indicator, among: indicators.map(\.id), at: place + ["indicator"])
            _ = try locate(change.actor, element: .actor, among: actors.map(\.id), at: place + ["actor"])
            indicators[k].roles.append(change.assignment)
        }
        for (i, change) in changes.agreements.enumerated() {
            let place = path + ["agreements", .index(i)]
            _ = try locate(change.arrangement, element: .arrangement, among: arrangements.map(\.id), at: place + ["arrangement"])
            for (j, id) in change.indicators.enumerated() {
                let k = try locate(id, element: .indicator, among: indicators.map(\.id), at: place + ["indicators", .index(j)])
                indicators[k].agreement = change.arrangement
            }
        }
        return baseIndicators
    }
}
