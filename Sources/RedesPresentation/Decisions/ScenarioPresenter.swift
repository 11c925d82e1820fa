import Redes

/// What `redes scenario` shows of a ``ScenarioComparison``: JSON, CSV (one row per figure) and a readable table.
public struct ScenarioPresenter: Sendable {
    public let comparison: ScenarioComparison
    /// How many actors to list by betweenness change.
    public var top: Int
    /// The display names of the scenarios applied, in order (their ids when not given).
    public var scenarioNames: [String]

    public init(_ comparison: ScenarioComparison, top: Int = 8, scenarioNames: [String]? = nil) {
        self.comparison = comparison
        self.top = top
        self.scenarioNames = scenarioNames ?? comparison.scenarios
    }

    /// Actor display names by id, from both sides of the comparison.
    private var names: [String: String] {
        Dictionary((comparison.before.network.actors + comparison.after.network.actors).map { ($0.id, $0.name) },
                   uniquingKeysWith: { a, _ in a })
    }

    public func json() -> JSONValue {
        var figures: [String: JSONValue] = [:]
        for change in comparison.figures {
            figures[change.figure.rawValue] = ["before": .real(change.before), "after": .real(change.after), "delta": .real(change.delta)]
        }
        let actors: [JSONValue] = comparison.actorChanges.prefix(top).map { change in
            ["id": .string(change.id), "name": .string(names[change.id] ?? change.id),
             "betweenness_before": .real(change.betweennessBefore),
             "betweenness_after": .real(change.betweennessAfter), "betweenness_change": .number(change.betweennessChange),
             "roles_gained": .array(change.rolesGained.map { .string($0.rawValue) }),
             "roles_lost": .array(change.rolesLost.map { .string($0.rawValue) })]
        }
        return .object(["scenarios": .array(comparison.scenarios.map { .string($0) }),
                        "scenario_names": .array(scenarioNames.map { .string($0) }), "network": .object(figures),
                        "actors": .array(actors)])
    }

    /// One row per figure: `figure,before,after,delta` (empty where undefined).
    public func csv() -> String {
        var table = CSVTable(header: ["figure", "before", "after", "delta"])
        for change in comparison.figures {
            table.append([change.figure.rawValue, CSVTable.number(change.before), CSVTable.number(change.after), CSVTable.number(change.delta)])
        }
        return table.rendered()
    }

    public func table(language: Language) -> String {
        var table = TextTable(headers: [language.text(.measure), language.text(.before), language.text(.after), "Δ"],
                              alignments: [.left, .right, .right, .right])
        for change in comparison.figures {
            let decimals = change.figure.isCount ? 0 : 3
            table.append([language.label(change.figure), language.format(change.before, decimals: decimals),
                          language.format(change.after, decimals: decimals), language.format(change.delta, decimals: decimals)])
        }
        var text = language.text(.scenarioTitle) + scenarioNames.joined(separator: " + ") + "\n" + table.rendered()
        var movers = TextTable(headers: [language.text(.actor), language.text(.betweennessBefore), language.text(.after),
                                         language.text(.rolesGained), language.text(.rolesLost)],
                               alignments: [.left, .right, .right, .left, .left])
        let names = self.names
        for change in comparison.actorChanges.prefix(top) {
            movers.append([names[change.id] ?? change.id, language.format(change.betweennessBefore),
                           language.format(change.betweennessAfter),
                           change.rolesGained.map(language.label).joined(separator: ", "),
                           change.rolesLost.map(language.label).joined(separator: ", ")])
        }
        text += "\n" + language.text(.actorsThatMoveMost) + "\n" + movers.rendered()
        return text
    }
}
