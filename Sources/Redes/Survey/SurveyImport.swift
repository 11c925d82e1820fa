/// How the directed reports of a survey become ties of an undirected map.
///
/// A tie between two actors can be reported by one end, by both, or by neither. `union` keeps a tie that either end
/// reports, `intersection` one that both report; `max` and `min` do the same and weigh the tie by the reported
/// frequency (``SurveyFrequency/level``, 1 for yearly to 4 for weekly): the highest or the lowest of the two reports
/// (the valued forms of union and intersection; Borgatti, Everett & Johnson 2013, ch. 4 on symmetrizing).
///
/// A report about a **non-respondent** cannot be confirmed or contradicted: every rule keeps it, taken from the one
/// side that answered (*reconstruction*, Stork & Richards 1992). Only a respondent's silence counts as a "no".
public enum SurveyTieRule: String, Sendable, Hashable, Vocabulary {
    /// A tie that either end reports; weight 1.
    case union
    /// A tie that both ends report; weight 1.
    case intersection
    /// A tie that either end reports, weighted by the higher frequency.
    case max
    /// A tie that both ends report, weighted by the lower frequency.
    case min

    /// The Spanish words.
    public var aliases: [String] {
        switch self {
        case .union: return ["unión"]
        case .intersection: return ["intersección"]
        case .max: return ["máximo", "maximum"]
        case .min: return ["mínimo", "minimum"]
        }
    }

    /// Whether the rule weighs ties by frequency (`max`, `min`).
    public var isValued: Bool { self == .max || self == .min }

    /// Whether the rule keeps a tie that one end reports and the other, having answered, does not (`union`, `max`).
    public var keepsUnconfirmed: Bool { self == .union || self == .max }
}

/// A filled roster survey turned into ties with `reported` evidence and joined to the map.
///
/// **Pairs.** Every pair of actors that at least one report names is classified: *confirmed* (both name each other,
/// with the same frequency or without one), *conflicting* (both name each other with different frequencies),
/// *unconfirmed* (one names the other, which answered the survey and did not name it back) and *unanswered* (one
/// names the other, which did not answer). The four are disjoint and add up to the pairs named.
///
/// **Ties.** Each pair kept by the ``SurveyTieRule`` gives one symmetric tie of kind `collaboration`, with evidence
/// ``EvidenceStatus/reported`` naming the respondent(s) who report it (two: confirmed by both ends — the evidence's
/// strength) and the date. Its attributes keep what was said: `frequency` (the rule's: highest for union and max,
/// lowest for intersection and min), `frequency_ID` for each of two reports, `channels` (arrangement ids or kinds,
/// separated by `; `) and `role_ID` (each respondent's words).
///
/// **Joining the map.** Survey ties join the file's arrangements and ties. A file tie of the same ends and kind that
/// was only assumed (`illustrative` or `unspecified`) now rests on the survey: its evidence becomes `reported`. A
/// documented (or proposed, or earlier reported) tie stays as the file has it. An assumed tie between two actors that
/// both answered and neither named is listed as *not supported* (kept: the map's author decides). A tie a scenario
/// proposes that the survey now reports is taken out of the scenario, and listed.
///
/// **Response rate.** Respondents over actors, overall and per bloc (Provan & Milward 2001 report it with every
/// network evaluation): the diagnosis is only as complete as the answers (see ``MissingRespondentSensitivity``).
public struct SurveyImport: Sendable {
    /// How the two ends of a named pair agree.
    public enum Agreement: String, Sendable, Hashable, CaseIterable {
        /// Both name each other, with the same frequency or without one.
        case confirmed
        /// Both name each other, with different frequencies.
        case conflicting
        /// One names the other, which answered and did not name it back.
        case unconfirmed
        /// One names the other, which did not answer.
        case unanswered
    }

    /// A pair of actors that at least one report names.
    public struct Pair: Sendable, Hashable {
        /// The reports (one or two), the earlier actor's first.
        public let reports: [SurveyResponses.Report]
        /// How they agree.
        public let agreement: Agreement
        /// The actor that reports first (the tie's source).
        public var first: Int { reports[0].respondent }
        /// The other end.
        public var second: Int { reports[0].actor }
    }

    /// Respondents over actors in one bloc (or among the actors without a bloc, `bloc` nil).
    public struct BlocRate: Sendable, Hashable {
        /// The bloc, nil for the actors without one.
        public let bloc: Bloc?
        /// How many of its actors answered.
        public let respondents: Int
        /// How many actors it has.
        public let actors: Int
        /// The share that answered, 0 when the bloc has no actor.
        public var rate: Double { actors == 0 ? 0 : Double(respondents) / Double(actors) }
    }

    /// What joining the survey to the map did to the file's own ties.
    public struct Merge: Sendable, Hashable {
        /// Assumed ties (illustrative or unspecified) that now rest on the survey.
        public var nowReported: [TieKey] = []
        /// Documented (or proposed, or earlier reported) ties the survey also reports; kept as the file has them.
        public var kept: [TieKey] = []
        /// Assumed ties between two respondents that neither named.
        public var notSupported: [TieKey] = []
        /// Scenario ties the survey now reports, taken out of their scenario: (scenario id, tie).
        public var takenFromScenarios: [ScenarioTie] = []
    }

    /// A tie of a scenario.
    public struct ScenarioTie: Sendable, Hashable {
        /// The scenario's id.
        public let scenario: String
        /// The tie it proposed.
        public let tie: TieKey
    }

    /// The checked answers.
    public let responses: SurveyResponses
    /// The symmetrisation rule.
    public let rule: SurveyTieRule
    /// The source document that stands for the survey (cited by every reported tie).
    public let source: SourceDocument
    /// Every named pair, in the order of the earlier actor, then the later one.
    public let pairs: [Pair]
    /// The ties the rule keeps, in the order of ``pairs``.
    public let ties: [Tie]
    /// The network with the survey joined.
    public let network: Network
    /// What joining did.
    public let merge: Merge

    /// The tie kind of every survey tie: the survey asks whether two organisations work together.
    public static let tieKind = KnownTieKind.collaboration.rawValue

    /// Turns checked answers into ties and joins them to the map.
    ///
    /// - Parameters:
    ///   - responses: the checked answers.
    ///   - rule: how directed reports become ties.
    ///   - date: when the survey was answered, as free text such as `2026-03`.
    ///   - sourceID: the id of the source document standing for the survey; added to the network's sources
    ///     (titled `sourceTitle`) unless one has that id.
    ///   - sourceTitle: the title of that document, such as the answers file's name.
    /// - Throws: ``SurveyErrors`` when a valued rule meets a report without frequency (every such row is listed).
    /// - Complexity: O(r log r + t) for r reports and t ties of the network.
    public init(_ responses: SurveyResponses, rule: SurveyTieRule = .union, date: String, sourceID: String,
                sourceTitle: String) throws(SurveyErrors) {
        self.responses = responses
        self.rule = rule
        let network = responses.network
        let actors = network.actors
        if rule.isValued {
            let missing = responses.reports.filter { $0.frequency == nil }
            if !missing.isEmpty {
                throw SurveyErrors(missing.map {
                    SurveyError(file: responses.file, row: $0.row, column: responses.frequencyColumn, problem: .missingFrequency(rule: rule))
                })
            }
        }
        source = network.sources.first { $0.id == sourceID } ?? SourceDocument(id: sourceID, title: sourceTitle, date: date)

        // Pairs: the reports of each unordered pair, the earlier actor's first.
        var byPair: [Int: [SurveyResponses.Report]] = [:]
        let n = actors.count
        for report in responses.reports {
            let key = Swift.min(report.respondent, report.actor) * n + Swift.max(report.respondent, report.actor)
            byPair[key, default: []].append(report)
        }
        pairs = byPair.keys.sorted().map { key in
            let reports = byPair[key]!.sorted { $0.respondent < $1.respondent }
            let agreement: Agreement
            if reports.count == 2 {
                let frequencies = reports.compactMap(\.frequency)
                agreement = frequencies.count == 2 && frequencies[0] != frequencies[1] ? .conflicting : .confirmed
            } else {
                agreement = responses.answered[reports[0].actor] ? .unconfirmed : .unanswered
            }
            return Pair(reports: reports, agreement: agreement)
        }

        // Ties.
        var ties: [Tie] = []
        for pair in pairs where pair.agreement != .unconfirmed || rule.keepsUnconfirmed {
            let frequencies = pair.reports.compactMap(\.frequency)
            let frequency = rule == .union || rule == .max ? frequencies.max() : frequencies.min()
            var attributes: [String: AttributeValue] = [:]
            if let frequency { attributes["frequency"] = .string(frequency.rawValue) }
            var channels: [String] = []
            for report in pair.reports {
                let id = actors[report.respondent].id
                if pair.reports.count == 2, let own = report.frequency { attributes["frequency_" + id] = .string(own.rawValue) }
                if let role = report.role { attributes["role_" + id] = .string(role) }
                for channel in report.channels where !channels.contains(channel.token) { channels.append(channel.token) }
            }
            if !channels.isEmpty { attributes["channels"] = .string(channels.joined(separator: "; ")) }
            ties.append(Tie(source: actors[pair.first].id, target: actors[pair.second].id, kind: Self.tieKind,
                            directed: network.isDirected ? false : nil,
                            weight: rule.isValued ? Double(frequency?.level ?? 1) : 1, attributes: attributes,
                            evidence: .reported(respondents: pair.reports.map { actors[$0.respondent].id }, date: date,
                                                source: sourceID)))
        }
        self.ties = ties

        // Joining the map.
        var merged = network
        var merge = Merge()
        if !merged.sources.contains(where: { $0.id == sourceID }) { merged.sources.append(source) }
        var surveyKeys = Set<TieKey>()
        for tie in ties {
            let key = merged.tieKey(tie)
            surveyKeys.insert(key)
            guard let i = merged.ties.firstIndex(where: { merged.tieKey($0) == key }) else {
                merged.ties.append(tie)
                continue
            }
            switch merged.ties[i].evidence.status {
            case .illustrative, .unspecified:
                merged.ties[i].evidence = tie.evidence
                merged.ties[i].weight = tie.weight
                merged.ties[i].attributes.merge(tie.attributes) { _, survey in survey }
                merge.nowReported.append(key)
            case .documented, .proposed, .reported:
                merge.kept.append(key)
            }
        }
        let named = Set(pairs.map { Swift.min($0.first, $0.second) * n + Swift.max($0.first, $0.second) })
        let index = Dictionary(actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for tie in network.ties where tie.evidence.status == .illustrative {
            guard let a = index[tie.source], let b = index[tie.target],
                  responses.answered[a], responses.answered[b] else { continue }
            if !named.contains(Swift.min(a, b) * n + Swift.max(a, b)) { merge.notSupported.append(network.tieKey(tie)) }
        }
        for s in merged.scenarios.indices {
            let id = merged.scenarios[s].id
            let proposed = merged.scenarios[s].addTies
            let reported = proposed.filter { surveyKeys.contains(merged.tieKey($0)) }
            guard !reported.isEmpty else { continue }
            merge.takenFromScenarios += reported.map { ScenarioTie(scenario: id, tie: merged.tieKey($0)) }
            merged.scenarios[s].addTies = proposed.filter { !surveyKeys.contains(merged.tieKey($0)) }
        }
        self.network = merged
        self.merge = merge
    }

    /// The number of named pairs with each agreement.
    ///
    /// - Parameter agreement: confirmed, conflicting, unconfirmed or unanswered.
    /// - Returns: how many pairs.
    public func count(_ agreement: Agreement) -> Int { pairs.count { $0.agreement == agreement } }

    /// The share of actors that answered.
    public var responseRate: Double {
        responses.answered.isEmpty ? 0 : Double(responses.respondents.count) / Double(responses.answered.count)
    }

    /// Respondents over actors per bloc, in the network's bloc order, then the actors without a bloc.
    public var responseRateByBloc: [BlocRate] {
        let actors = responses.network.actors
        var rates = responses.network.blocsInUse.map { bloc in
            let members = actors.indices.filter { actors[$0].bloc == bloc.id }
            return BlocRate(bloc: bloc, respondents: members.count { responses.answered[$0] }, actors: members.count)
        }
        let unassigned = actors.indices.filter { actors[$0].bloc == nil }
        if !unassigned.isEmpty {
            rates.append(BlocRate(bloc: nil, respondents: unassigned.count { responses.answered[$0] }, actors: unassigned.count))
        }
        return rates
    }
}
