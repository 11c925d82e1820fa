import Redes

/// What `redes compare` shows of a ``NetworkComparison``: a readable table, JSON with every section (stable English
/// keys, display names beside the ids) and CSV with one row per actor.
public struct ComparisonPresenter: Sendable {
    public let comparison: NetworkComparison
    /// How the two mappings are called (a file name, a date, a scenario), in the run's words.
    public var firstLabel: String
    public var secondLabel: String
    /// How many actors, ties or arrangements a table lists by name before saying how many more.
    public var top: Int

    /// The Jaccard index below which two waves are too different for a stochastic actor-oriented model (Snijders,
    /// van de Bunt & Steglich 2010).
    public static let jaccardAdvised = 0.3

    public init(_ comparison: NetworkComparison, first: String, second: String, top: Int = 5) {
        self.comparison = comparison
        self.firstLabel = first
        self.secondLabel = second
        self.top = top
    }

    /// Display names by id, from both mappings.
    private var names: [String: String] {
        Dictionary((comparison.before.network.actors + comparison.after.network.actors).map { ($0.id, $0.name) },
                   uniquingKeysWith: { a, _ in a })
    }

    // MARK: JSON

    public func json() -> JSONValue {
        let names = self.names
        func ids(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }
        func named(_ list: [String]) -> JSONValue { .array(list.map { .string(names[$0] ?? $0) }) }
        func counts(_ c: LinkCounts) -> [String: JSONValue] { ["gained": .int(c.gained), "lost": .int(c.lost), "kept": .int(c.kept)] }
        func pairs(_ list: [ActorPair]) -> JSONValue { .array(list.map { [.string($0.first), .string($0.second)] }) }
        func tie(_ t: Tie) -> JSONValue {
            ["source": .string(t.source), "target": .string(t.target), "kind": .string(t.kind), "weight": .number(t.weight)]
        }
        let c = comparison
        var figures: [String: JSONValue] = [:]
        for change in c.figures {
            figures[change.figure.rawValue] = ["before": .real(change.before), "after": .real(change.after), "delta": .real(change.delta)]
        }
        var kinds: [JSONValue] = []
        for row in c.links.byKind {
            var object = counts(row.counts)
            object["kind"] = .string(row.kind.token)
            if case .arrangement = row.kind { object["channel"] = "arrangement" } else { object["channel"] = "tie" }
            kinds.append(.object(object))
        }
        let groups: [JSONValue] = c.links.byGroupPair.map { row in
            var object = counts(row.counts)
            object["first"] = .string(row.first)
            object["second"] = .string(row.second)
            return .object(object)
        }
        let presences = self.presences
        let actors: [JSONValue] = c.actorChanges.map { change in
            var object: [String: JSONValue] = ["id": .string(change.id), "name": .string(names[change.id] ?? change.id),
                                               "presence": .string((presences[change.id] ?? .stayed).rawValue),
                                               "roles_gained": .array(change.rolesGained.map { .string($0.rawValue) }),
                                               "roles_lost": .array(change.rolesLost.map { .string($0.rawValue) })]
            for m in change.measures {
                object[m.measure.rawValue + "_before"] = .real(m.before)
                object[m.measure.rawValue + "_after"] = .real(m.after)
                object[m.measure.rawValue + "_delta"] = .real(m.delta)
            }
            return .object(object)
        }
        var movers: [String: JSONValue] = [:]
        for measure in ComparedMeasure.allCases { movers[measure.rawValue] = ids(c.movers(by: measure, top: top).map(\.id)) }
        return .object([
            "first": ["label": .string(firstLabel), "name": .string(c.before.network.name), "actors": .int(c.before.network.actors.count),
                      "links": .int(c.before.graph.edgeCount)],
            "second": ["label": .string(secondLabel), "name": .string(c.after.network.name), "actors": .int(c.after.network.actors.count),
                       "links": .int(c.after.graph.edgeCount)],
            "directed": .bool(c.after.network.isDirected),
            "group_by": .string(c.after.options.groupBy),
            "actors": ["entered": ids(c.actors.entered), "entered_names": named(c.actors.entered),
                       "left": ids(c.actors.left), "left_names": named(c.actors.left), "stayed": .int(c.actors.stayed.count)],
            "links": .object(counts(c.links.counts).merging([
                "by_kind": .array(kinds), "by_group_pair": .array(groups),
                "gained_pairs": pairs(c.links.gained), "lost_pairs": pairs(c.links.lost),
            ]) { a, _ in a }),
            "stability": ["common_actors": .int(c.stability.commonActors), "kept": .int(c.stability.kept),
                          "gained": .int(c.stability.gained), "lost": .int(c.stability.lost),
                          "jaccard": .real(c.stability.jaccard), "hamming": .int(c.stability.hamming)],
            "ties": ["gained": .array(c.ties.gained.map(tie)), "lost": .array(c.ties.lost.map(tie)), "kept": .int(c.ties.kept),
                     "weight_changes": .array(c.ties.weightChanges.map { change in
                         ["source": .string(change.key.source), "target": .string(change.key.target), "kind": .string(change.key.kind),
                          "before": .number(change.before), "after": .number(change.after)]
                     })],
            "arrangements": ["created": ids(c.arrangements.created), "ended": ids(c.arrangements.ended), "kept": .int(c.arrangements.kept),
                             "membership_changes": .array(c.arrangements.membershipChanges.map { change in
                                 ["id": .string(change.id), "joined": ids(change.joined), "left": ids(change.left)]
                             })],
            "evidence_changes": .array(c.evidence.map { change in
                ["element": .string(change.element.rawValue), "id": .string(change.id),
                 "before": .string(change.before.rawValue), "after": .string(change.after.rawValue)]
            }),
            "network": .object(figures),
            "actor_changes": .array(actors),
            "movers": .object(movers),
        ])
    }

    /// Whether an actor entered, left or stayed.
    public enum Presence: String, Sendable {
        case entered, left, stayed
    }

    /// Whether each actor entered or left (the others stayed), by id.
    private var presences: [String: Presence] {
        Dictionary(comparison.actors.entered.map { ($0, Presence.entered) } + comparison.actors.left.map { ($0, Presence.left) },
                   uniquingKeysWith: { a, _ in a })
    }

    // MARK: CSV

    /// One row per actor: presence, each measure before, after and its change, and the brokerage roles gained and
    /// lost (`;`-separated).
    public func csv() -> String {
        let names = self.names, presences = self.presences
        var header = ["id", "name", "presence"]
        for measure in ComparedMeasure.allCases { header += ["_before", "_after", "_delta"].map { measure.rawValue + $0 } }
        var table = CSVTable(header: header + ["roles_gained", "roles_lost"])
        for change in comparison.actorChanges {
            var row = [change.id, names[change.id] ?? change.id, (presences[change.id] ?? .stayed).rawValue]
            for m in change.measures { row += [CSVTable.number(m.before), CSVTable.number(m.after), CSVTable.number(m.delta)] }
            row += [change.rolesGained.map(\.rawValue).joined(separator: ";"), change.rolesLost.map(\.rawValue).joined(separator: ";")]
            table.append(row)
        }
        return table.rendered()
    }

    // MARK: Table

    public func table(language lang: Language) -> String {
        let c = comparison, names = self.names
        func actorNames(_ ids: [String]) -> String {
            let shown = ids.prefix(top).map { names[$0] ?? $0 }
            return ids.count > top ? lang.text(.andMore, shown.joined(separator: ", "), String(ids.count - top)) : lang.list(shown)
        }
        var text = lang.text(.compareTitle, firstLabel, secondLabel) + "\n\n"
        text += lang.text(.compareActors, String(c.actors.entered.count), String(c.actors.left.count), String(c.actors.stayed.count)) + "\n"
        if !c.actors.entered.isEmpty { text += "  " + lang.text(.compareEntered, actorNames(c.actors.entered)) + "\n" }
        if !c.actors.left.isEmpty { text += "  " + lang.text(.compareLeft, actorNames(c.actors.left)) + "\n" }
        let all = c.links.counts
        text += lang.text(.compareLinks, String(all.gained), String(all.lost), String(all.kept)) + "\n"
        let s = c.stability
        if let jaccard = s.jaccard {
            text += lang.text(.compareStability, String(s.commonActors), lang.format(jaccard), String(s.hamming),
                              String(s.gained), String(s.lost)) + "\n"
            if jaccard < ComparisonPresenter.jaccardAdvised {
                text += "  " + lang.text(.compareJaccardLow, lang.format(ComparisonPresenter.jaccardAdvised, decimals: 1)) + "\n"
            }
        } else {
            text += lang.text(.compareStabilityUndefined, String(s.commonActors)) + "\n"
        }
        // Links by channel kind and by pair of groups.
        if !c.links.byKind.isEmpty {
            var kinds = TextTable(headers: [lang.text(.compareChannelKind), lang.text(.compareGained), lang.text(.compareLost), lang.text(.compareKept)],
                                  alignments: [.left, .right, .right, .right])
            for row in c.links.byKind {
                kinds.append([label(row.kind, lang), String(row.counts.gained), String(row.counts.lost), String(row.counts.kept)])
            }
            text += "\n" + lang.text(.compareByKind) + "\n" + kinds.rendered()
        }
        if !c.links.byGroupPair.isEmpty {
            let groupBy = c.after.options.groupBy
            let network = c.after.network
            func group(_ id: String) -> String { groupBy == "bloc" ? (network.blocsInUse.first { $0.id == id }?.name ?? c.before.network.blocName(id)) : id }
            var groups = TextTable(headers: [lang.attributeName(groupBy), lang.text(.compareGained), lang.text(.compareLost), lang.text(.compareKept)],
                                   alignments: [.left, .right, .right, .right])
            for row in c.links.byGroupPair {
                groups.append([group(row.first) + " — " + group(row.second), String(row.counts.gained), String(row.counts.lost), String(row.counts.kept)])
            }
            text += "\n" + lang.text(.compareByGroupPair, lang.attributeName(groupBy)) + "\n" + groups.rendered()
        }
        // Direct ties, arrangements, evidence.
        text += "\n" + lang.text(.compareTies, String(c.ties.gained.count), String(c.ties.lost.count), String(c.ties.kept)) + "\n"
        func tieName(_ key: TieKey) -> String {
            let ends = "\(names[key.source] ?? key.source) — \(names[key.target] ?? key.target)"
            return key.kind == KnownTieKind.tie.rawValue ? ends : ends + " (\(lang.label(tieKind: key.kind)))"
        }
        if !c.ties.gained.isEmpty { text += "  " + lang.text(.compareGainedList, listOf(c.ties.gained.map { tieName($0.key) }, lang)) + "\n" }
        if !c.ties.lost.isEmpty { text += "  " + lang.text(.compareLostList, listOf(c.ties.lost.map { tieName($0.key) }, lang)) + "\n" }
        if !c.ties.weightChanges.isEmpty {
            text += "  " + lang.text(.compareWeights, listOf(c.ties.weightChanges.map { change in
                lang.text(.compareWeightChange, tieName(change.key), lang.format(change.before, decimals: 1), lang.format(change.after, decimals: 1))
            }, lang)) + "\n"
        }
        let a = c.arrangements
        let arrangementNames = Dictionary((c.before.network.arrangements + c.after.network.arrangements).map { ($0.id, $0.name) },
                                          uniquingKeysWith: { x, _ in x })
        text += lang.text(.compareArrangements, String(a.created.count), String(a.ended.count), String(a.kept)) + "\n"
        if !a.created.isEmpty { text += "  " + lang.text(.compareCreated, listOf(a.created.map { arrangementNames[$0] ?? $0 }, lang)) + "\n" }
        if !a.ended.isEmpty { text += "  " + lang.text(.compareEnded, listOf(a.ended.map { arrangementNames[$0] ?? $0 }, lang)) + "\n" }
        for change in a.membershipChanges.prefix(top) {
            text += "  " + lang.text(.compareMembership, arrangementNames[change.id] ?? change.id,
                                     change.joined.isEmpty ? "—" : actorNames(change.joined),
                                     change.left.isEmpty ? "—" : actorNames(change.left)) + "\n"
        }
        if a.membershipChanges.count > top {
            text += "  " + lang.text(.andMoreElements, String(a.membershipChanges.count - top)) + "\n"
        }
        if !c.evidence.isEmpty {
            text += lang.text(.compareEvidence, String(c.evidence.count)) + "\n"
            for change in c.evidence.prefix(top) {
                let id = change.element == .actor ? (names[change.id] ?? change.id)
                    : change.element == .arrangement ? (arrangementNames[change.id] ?? change.id) : change.id
                text += "  " + lang.text(.compareEvidenceLine, id, lang.label(change.before), lang.label(change.after)) + "\n"
            }
            if c.evidence.count > top { text += "  " + lang.text(.andMoreElements, String(c.evidence.count - top)) + "\n" }
        }
        // The network's figures.
        var figures = TextTable(headers: [lang.text(.measure), "A", "B", "Δ"], alignments: [.left, .right, .right, .right])
        for change in c.figures {
            let decimals = change.figure.isCount ? 0 : 3
            figures.append([lang.label(change.figure), lang.format(change.before, decimals: decimals),
                            lang.format(change.after, decimals: decimals), lang.format(change.delta, decimals: decimals)])
        }
        text += "\n" + lang.text(.compareNetwork) + "\n" + figures.rendered()
        // The actors that move most, measure by measure.
        var movers = TextTable(headers: [lang.text(.compareMeasureColumn), lang.text(.actor), "A", "B", "Δ"],
                               alignments: [.left, .left, .right, .right, .right])
        for measure in ComparedMeasure.allCases {
            for (i, change) in c.movers(by: measure, top: top).enumerated() {
                let m = change.change(of: measure)
                let decimals = measure == .degree || measure == .brokerage ? 0 : 3
                movers.append([i == 0 ? label(measure, lang) : "", names[change.id] ?? change.id, lang.format(m.before, decimals: decimals),
                               lang.format(m.after, decimals: decimals), lang.format(m.delta, decimals: decimals)])
            }
        }
        text += "\n" + lang.text(.compareMovers) + "\n" + (movers.rows.isEmpty ? "  " + lang.text(.compareNoMovers) + "\n" : movers.rendered())
        let roles = c.actorChanges.filter { !$0.rolesGained.isEmpty || !$0.rolesLost.isEmpty }
        if !roles.isEmpty { text += "\n" + lang.text(.compareRoles) + "\n" }
        for change in roles.prefix(top) {
            let parts = [change.rolesGained.isEmpty ? nil : lang.text(.compareRolesGained, lang.list(change.rolesGained.map(lang.label))),
                         change.rolesLost.isEmpty ? nil : lang.text(.compareRolesLost, lang.list(change.rolesLost.map(lang.label)))]
            text += "  \(names[change.id] ?? change.id): " + parts.compactMap { $0 }.joined(separator: "; ") + "\n"
        }
        if roles.count > top { text += "  " + lang.text(.andMoreElements, String(roles.count - top)) + "\n" }
        return text
    }

    /// At most ``top`` items in words, then how many more.
    private func listOf(_ items: [String], _ lang: Language) -> String {
        items.count > top ? lang.text(.andMore, items.prefix(top).joined(separator: "; "), String(items.count - top)) : items.joined(separator: "; ")
    }

    /// A channel kind in words: the arrangement kind, or "direct tie (kind)".
    func label(_ kind: ChannelKind, _ lang: Language) -> String {
        switch kind {
        case .arrangement(let k): return lang.label(k)
        case .tie(let k): return k == KnownTieKind.tie.rawValue ? lang.text(.directTie) : "\(lang.text(.directTie)) (\(lang.label(tieKind: k)))"
        }
    }

    /// A compared measure in words.
    func label(_ measure: ComparedMeasure, _ lang: Language) -> String {
        switch measure {
        case .degree: return lang.header(.degree)
        case .betweenness: return lang.header(.betweenness)
        case .closeness: return lang.header(.closeness)
        case .constraint: return lang.text(.constraint)
        case .brokerage: return lang.text(.gfBrokerage)
        }
    }
}

extension ComparisonPresenter: Presentable {}
