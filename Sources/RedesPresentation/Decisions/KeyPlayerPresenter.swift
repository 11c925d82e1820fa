import Redes

/// What `redes keyplayers` shows of a ``KeyPlayerSearch``: JSON, CSV (one row per member) and a line of text.
public struct KeyPlayerPresenter: Sendable {
    public let search: KeyPlayerSearch
    public let network: Network
    /// `negative` or `positive`, as the command was asked.
    public var mode: String
    /// The fragmentation measure before removal (negative mode).
    public var scoreBefore: Double?
    public var steps: Int?
    public var seed: UInt64

    public init(_ search: KeyPlayerSearch, network: Network, mode: String, scoreBefore: Double?, steps: Int?, seed: UInt64) {
        self.search = search
        self.network = network
        self.mode = mode
        self.scoreBefore = scoreBefore
        self.steps = steps
        self.seed = seed
    }

    public func json() -> JSONValue {
        var object: [String: JSONValue] = [
            "mode": .string(mode), "measure": .string(search.objective.rawValue), "k": .int(search.size),
            "set": .array(search.members.map { .string(network.actors[$0].id) }), "score": .number(search.score),
            "set_names": .array(search.members.map { .string(network.actors[$0].name) }),
            "method": .string(Language.en.method(search.method)), "exact": .bool(search.method.isExhaustive),
            "seed": .int(Int(seed)), "tied_sets": .int(search.tiedSets),
            "bounded": .bool({ if case .boundedGreedySwap = search.method { return true } else { return false } }()),
        ]
        if let steps { object["steps"] = .int(steps) }
        if let scoreBefore { object["score_before"] = .number(scoreBefore) }
        return .object(object)
    }

    /// `id,name,bloc` of each member.
    public func csv() -> String {
        var table = CSVTable(header: ["id", "name", "bloc"])
        for v in search.members { table.append([network.actors[v].id, network.actors[v].name, network.actors[v].bloc ?? ""]) }
        return table.rendered()
    }

    public func table(language: Language) -> String {
        guard search.isDefined else {
            let n = network.actors.count
            return language.text(.keyPlayersTitle) + " (\(mode), \(search.objective.rawValue), k = \(search.size)): "
                + language.text(.keyPlayersUndefined, String(search.size), String(n), String(n - search.size)) + "\n"
        }
        let names = search.members.map { network.actors[$0].name }
        let objective = language.label(search.objective, steps: steps ?? 2)
        var text = language.text(search.objective.isNegative ? .keyPlayersNegativeTitle : .keyPlayersPositiveTitle,
                                 objective, String(search.members.count))
        text += language.list(names) + "\n"
        text += language.text(.score) + language.format(search.score)
        if let scoreBefore { text += language.text(.scoreBefore, language.format(scoreBefore)) }
        text += "\n" + language.text(.method) + language.method(search.method) + "\n"
        if let ties = DiagnosisText.keyPlayerTies(search, steps: steps ?? 2, language: language) { text += ties + "\n" }
        return text
    }
}
