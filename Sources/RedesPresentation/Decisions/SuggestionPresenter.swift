import Redes

/// What `redes suggest` shows of ``TieSuggestions``: JSON, CSV (one row per suggested tie) and a readable table.
public struct SuggestionPresenter: Sendable {
    public let suggestions: TieSuggestions
    public let network: Network
    /// The steps of the pairs-within objective, for its label.
    public var steps: Int

    public init(_ suggestions: TieSuggestions, network: Network, steps: Int = 2) {
        self.suggestions = suggestions
        self.network = network
        self.steps = steps
    }

    public func json() -> JSONValue {
        let ids = network.actors.map(\.id)
        return [
            "objective": .string(suggestions.objective.rawValue), "baseline": .number(suggestions.baseline),
            "method": .string(Language.en.method(suggestions.method)),
            "candidates_evaluated": .int(suggestions.candidatesEvaluated),
            "bounded": .bool(suggestions.estimate.isBounded),
            "suggestions": .array(suggestions.suggestions.map { s in
                ["source": .string(ids[s.first]), "target": .string(ids[s.second]), "gain": .number(s.gain),
                 "source_name": .string(network.actors[s.first].name), "target_name": .string(network.actors[s.second].name),
                 "value_after": .number(s.valueAfter)]
            }),
        ]
    }

    /// `rank,source,target,gain,value_after`, the baseline as rank 0.
    public func csv() -> String {
        var table = CSVTable(header: ["rank", "source", "target", "gain", "value_after"])
        table.append(["0", "", "", "", CSVTable.number(suggestions.baseline)])
        for (i, s) in suggestions.suggestions.enumerated() {
            table.append([String(i + 1), network.actors[s.first].id, network.actors[s.second].id,
                          CSVTable.number(s.gain), CSVTable.number(s.valueAfter)])
        }
        return table.rendered()
    }

    public func table(language: Language) -> String {
        var table = TextTable(headers: ["#", language.text(.newTie), language.text(.gain), language.text(.after)],
                              alignments: [.right, .left, .right, .right])
        for (i, s) in suggestions.suggestions.enumerated() {
            table.append([String(i + 1), network.actors[s.first].name + " — " + network.actors[s.second].name,
                          language.format(s.gain, decimals: 4), language.format(s.valueAfter, decimals: 4)])
        }
        return language.text(.suggestionsTitle, language.label(suggestions.objective, steps: steps), language.format(suggestions.baseline, decimals: 4))
            + "\n" + table.rendered() + "  " + language.method(suggestions.method) + "\n"
    }
}
