// MARK: Issue 17 — the indicator board in the native YAML format
extension NativeYAMLWriter {
    /// One indicator, keys in the order of docs/file-format.md.
    static func indicator(_ k: Indicator, indent: String) -> String {
        var out = "\(indent)- id: \(q(k.id))\n\(indent)  name: \(q(k.name))\n"
        for (key, value) in [("name_en", k.nameEnglish), ("definition", k.definition), ("unit", k.unit),
                             ("level", k.level?.rawValue), ("periodicity", k.periodicity)] {
            if let value { out += "\(indent)  \(key): \(q(value))\n" }
        }
        if !k.disaggregation.isEmpty { out += "\(indent)  disaggregation: \(list(k.disaggregation))\n" }
        if let v = k.custodian { out += "\(indent)  custodian: \(q(v))\n" }
        if !k.roles.isEmpty {
            out += "\(indent)  roles:\n" + k.roles.map { "\(indent)    - {actor: \(q($0.actor)), role: \($0.role.rawValue)}\n" }.joined()
        }
        if let v = k.sourceSystem { out += "\(indent)  source_system: \(q(v))\n" }
        if let v = k.agreement { out += "\(indent)  agreement: \(q(v))\n" }
        if let v = k.baseline { out += "\(indent)  baseline: \(value(v))\n" }
        if let v = k.target { out += "\(indent)  target: \(value(v))\n" }
        if !k.observations.isEmpty { out += "\(indent)  observations: [" + k.observations.map(value).joined(separator: ", ") + "]\n" }
        return out + "\(indent)  evidence: \(evidence(k.evidence))\n"
    }

    static func value(_ v: IndicatorValue) -> String { "{period: \(q(v.period)), value: \(formatNumber(v.value))}" }

    static func roleChange(_ change: IndicatorRoleChange) -> String {
        "{indicator: \(q(change.indicator)), actor: \(q(change.actor)), role: \(change.role.rawValue)}"
    }

    /// The `indicators:` and `roles:` of a scenario's `add:` (empty when it adds none).
    static func indicatorAdditions(_ changes: IndicatorChanges, indent: String) -> String {
        var out = ""
        if !changes.addIndicators.isEmpty {
            out += "\(indent)indicators:\n" + changes.addIndicators.map { indicator($0, indent: indent + "  ") }.joined()
        }
        if !changes.addRoles.isEmpty { out += "\(indent)roles:\n" + changes.addRoles.map { "\(indent)  - \(roleChange($0))\n" }.joined() }
        return out
    }

    /// The `indicators:` and `roles:` of a scenario's `remove:` (empty when it removes none).
    static func indicatorRemovals(_ changes: IndicatorChanges, indent: String) -> String {
        var out = ""
        if !changes.removeIndicators.isEmpty { out += "\(indent)indicators: \(list(changes.removeIndicators))\n" }
        if !changes.removeRoles.isEmpty { out += "\(indent)roles:\n" + changes.removeRoles.map { "\(indent)  - \(roleChange($0))\n" }.joined() }
        return out
    }

    /// A scenario's `agreements:` (empty when it has none).
    static func agreementChanges(_ changes: IndicatorChanges, indent: String) -> String {
        guard !changes.agreements.isEmpty else { return "" }
        return "\(indent)agreements:\n" + changes.agreements.map {
            "\(indent)  - {arrangement: \(q($0.arrangement)), indicators: \(list($0.indicators))}\n"
        }.joined()
    }
}
