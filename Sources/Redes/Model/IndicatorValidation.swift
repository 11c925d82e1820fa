extension NetworkValidator {
    /// The consistency rules of the indicator board: unique ids; a custodian and role actors that are actors of the
    /// network; no actor twice in the same role; an agreement that is an arrangement; complete evidence; finite values.
    ///
    /// - Parameters:
    ///   - actorIDs: The ids of the network's actors.
    ///   - sourceIDs: The ids of the network's sources.
    /// - Returns: every problem found, each with the path of the offending element (e.g. `indicators[2].custodian`).
    func indicatorIssues(actorIDs: Set<String>, sourceIDs: Set<String>) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        _ = checkUniqueIDs(network.indicators.map(\.id), element: .indicator, section: "indicators", into: &issues)
        let arrangementIDs = Set(network.arrangements.map(\.id))
        func checkActor(_ id: String, role: ActorReference, at path: ElementPath) {
            if !actorIDs.contains(id) {
                issues.append(ValidationIssue(path: path, problem: .unknownActor(
                    id: id, role: role, suggestion: closestMatch(to: id, in: network.actors.map(\.id)))))
            }
        }
        for (i, indicator) in network.indicators.enumerated() {
            let path: ElementPath = ["indicators", .index(i)]
            if let custodian = indicator.custodian {
                checkActor(custodian, role: .custodian(indicator: indicator.id), at: path + ["custodian"])
            }
            var seen = Set<IndicatorAssignment>()
            for (r, assignment) in indicator.roles.enumerated() {
                let rolePath = path + ["roles", .index(r)]
                checkActor(assignment.actor, role: .indicatorRole(indicator: indicator.id, role: assignment.role), at: rolePath + ["actor"])
                if !seen.insert(assignment).inserted {
                    issues.append(ValidationIssue(path: rolePath, problem: .repeatedRole(
                        indicator: indicator.id, actor: assignment.actor, role: assignment.role)))
                }
            }
            if let agreement = indicator.agreement, !arrangementIDs.contains(agreement) {
                issues.append(ValidationIssue(path: path + ["agreement"], problem: .unknownAgreement(
                    indicator: indicator.id, arrangement: agreement,
                    suggestion: closestMatch(to: agreement, in: network.arrangements.map(\.id)))))
            }
            let values: [(ElementPath, IndicatorValue?)] = [(ElementPath(["baseline"]), indicator.baseline), (ElementPath(["target"]), indicator.target)]
                + indicator.observations.enumerated().map { (ElementPath(["observations", .index($0.offset)]), $0.element) }
            for (place, value) in values {
                guard let value, !value.value.isFinite else { continue }
                issues.append(ValidationIssue(path: path + place + ["value"], problem: .wrongType(
                    key: .key("value"), expected: .number, found: .scalar(formatNumber(value.value)))))
            }
            if let issue = evidenceIssue(indicator.evidence, at: path + ["evidence"], sourceIDs: sourceIDs) { issues.append(issue) }
        }
        return issues
    }
}
