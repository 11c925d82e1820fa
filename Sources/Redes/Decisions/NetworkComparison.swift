/// What changed between two mappings of a network — two files, a file and one of its scenarios, two waves of one file
/// (``Network/standing(at:)``) or two phases of a roadmap: who entered and left, which links were gained, lost and kept
/// (overall, by channel kind and by pair of groups), how stable the ties are (Jaccard and Hamming on the actors present
/// in both), which direct ties and arrangements changed, what evidence changed, how every network figure moved, and
/// which actors moved most.
///
/// **Links.** A link is a linked pair of the actor graph (``ActorGraph``): an unordered pair of actor ids in an
/// undirected network, an ordered one (an arc) in a directed network. It is *kept* when both mappings have it,
/// *gained* when only the second has it, *lost* when only the first has it; links of actors that entered or left are
/// gained or lost with them. A link has the *channel kind* of each of its channels (an arrangement's kind, a direct
/// tie's kind); the counts by kind compare, kind by kind, the pairs linked by at least one channel of that kind.
///
/// **Stability** follows the practice of longitudinal network modelling (Snijders, van de Bunt & Steglich 2010,
/// "Introduction to stochastic actor-based models for network dynamics", *Social Networks* 32(1), §4): on the actors
/// present in both mappings, with N11 the links kept, N01 those gained and N10 those lost, the Jaccard index is
/// N11 / (N11 + N01 + N10) (they advise at least 0.3 between waves before modelling) and the Hamming distance is
/// N01 + N10. Jaccard is undefined (nil) when neither mapping links any two of those actors.
///
/// **Direct ties** are matched on their ends and kind (ends in either order when the tie is symmetric), and their
/// weight changes are listed; **arrangements** on their id.
///
/// Both sides are ``NetworkAnalysis`` values: every figure and per-actor value is the one `redes analyze` reports for
/// that mapping, read from its cache, never recomputed.
public struct NetworkComparison: Sendable {
    /// The analysis of the first mapping.
    public let before: NetworkAnalysis
    /// The analysis of the second mapping.
    public let after: NetworkAnalysis
    /// Who entered, left and stayed.
    public let actors: ActorTurnover
    /// Every link gained, lost and kept, with the counts by channel kind and by pair of groups.
    public let links: LinkChanges
    /// Jaccard and Hamming on the actors present in both mappings.
    public let stability: TieStability
    /// The direct ties gained, lost and kept, matched on ends and kind, with their weight changes.
    public let ties: TieChanges
    /// The arrangements created, ended and kept, and the membership changes of those kept.
    public let arrangements: ArrangementChanges
    /// Elements present in both mappings whose evidence status changed (an illustrative tie now documented).
    public let evidence: [EvidenceChange]
    /// Every network figure before and after, in ``Figure`` order.
    public let figures: [ScenarioComparison.FigureChange]
    /// Every actor of either mapping (the first mapping's order, then those that entered), with its measures before
    /// and after.
    public let actorChanges: [ActorChange]

    /// The options a comparison analyses each side with: those of ``ScenarioComparison/options(weighted:groupBy:)``
    /// (every metric; no key players, permutations or actor removal, which are not compared).
    ///
    /// - Parameters:
    ///   - weighted: read weights as tie strengths.
    ///   - groupBy: the attribute that groups actors (E-I, modularity, brokerage roles, bloc gaps, group pairs).
    /// - Returns: the analysis options.
    public static func options(weighted: Bool = false, groupBy: String = "bloc") -> AnalysisOptions {
        ScenarioComparison.options(weighted: weighted, groupBy: groupBy)
    }

    /// Compares two networks, analysing each with ``options(weighted:groupBy:)``.
    ///
    /// - Parameters:
    ///   - first: the first mapping.
    ///   - second: the second mapping.
    ///   - weighted: read weights as tie strengths.
    ///   - groupBy: the attribute that groups actors.
    public init(_ first: Network, _ second: Network, weighted: Bool = false, groupBy: String = "bloc") {
        let options = NetworkComparison.options(weighted: weighted, groupBy: groupBy)
        self.init(before: NetworkAnalysis(first, options: options), after: NetworkAnalysis(second, options: options))
    }

    /// Compares two analyses (their grouping attribute should be the same).
    ///
    /// - Parameters:
    ///   - before: the analysis of the first mapping.
    ///   - after: the analysis of the second mapping.
    /// - Complexity: O(n + m) for the turnover and the links of both mappings, plus the analysis sections read
    ///   (computed once each, in the analyses' caches).
    public init(before: NetworkAnalysis, after: NetworkAnalysis) {
        self.before = before
        self.after = after
        let old = before.network, new = after.network
        actors = ActorTurnover(before: old.actors.map(\.id), after: new.actors.map(\.id))
        let groupBy = after.options.groupBy
        let oldLinks = LinkSet(before.actorGraph), newLinks = LinkSet(after.actorGraph)
        var group: [String: String] = [:]
        for actor in old.actors + new.actors where group[actor.id] == nil {
            if let value = new.actor(actor.id)?.value(of: groupBy) ?? actor.value(of: groupBy) { group[actor.id] = value }
        }
        let groupOrder = Partition(labels: (old.actors + new.actors).map { group[$0.id] }, missingLabel: "").labels.filter { !$0.isEmpty }
        links = LinkChanges(before: oldLinks, after: newLinks, group: group, groupOrder: groupOrder)
        let common = Set(actors.stayed)
        stability = TieStability(before: oldLinks, after: newLinks, common: common)
        ties = TieChanges(before: old, after: new)
        arrangements = ArrangementChanges(before: old.arrangements, after: new.arrangements)
        evidence = EvidenceChange.changes(before: old, after: new)
        figures = ScenarioComparison(before: before, after: after).figures
        actorChanges = ActorChange.changes(before: before, after: after)
    }

    /// The actors whose `measure` moved most (largest |after − before| first; ties in ``actorChanges`` order), among
    /// the actors present in both mappings, leaving out those that did not move.
    ///
    /// - Parameters:
    ///   - measure: the measure.
    ///   - top: how many actors at most.
    /// - Returns: the movers, each with all its measures.
    public func movers(by measure: ComparedMeasure, top: Int) -> [ActorChange] {
        let moved = actorChanges.filter { ($0.change(of: measure).delta.map { abs($0) > 1e-12 }) ?? false }
        let order = moved.indices.sorted {
            let a = abs(moved[$0].change(of: measure).delta ?? 0), b = abs(moved[$1].change(of: measure).delta ?? 0)
            return a > b || (a == b && $0 < $1)
        }
        return order.prefix(top).map { moved[$0] }
    }

    /// The change of one network figure.
    public func change(of figure: Figure) -> ScenarioComparison.FigureChange {
        figures.first { $0.figure == figure } ?? ScenarioComparison.FigureChange(figure: figure, before: nil, after: nil)
    }
}

/// Who entered, left and stayed, by id.
public struct ActorTurnover: Sendable, Hashable {
    /// Actors of the second mapping only, in its order.
    public let entered: [String]
    /// Actors of the first mapping only, in its order.
    public let left: [String]
    /// Actors of both, in the first mapping's order.
    public let stayed: [String]

    init(before: [String], after: [String]) {
        let old = Set(before), new = Set(after)
        entered = after.filter { !old.contains($0) }
        left = before.filter { !new.contains($0) }
        stayed = before.filter(new.contains)
    }
}

/// A link of the actor graph: two actor ids (in id order when the network is undirected).
public struct ActorPair: Sendable, Hashable, Comparable {
    public let first: String
    public let second: String

    public static func < (lhs: ActorPair, rhs: ActorPair) -> Bool { (lhs.first, lhs.second) < (rhs.first, rhs.second) }
}

/// What makes a link: an arrangement of a kind, or a direct tie of a kind.
public enum ChannelKind: Sendable, Hashable, Comparable {
    case arrangement(ArrangementKind)
    case tie(String)

    /// The kind's token: the arrangement kind's (`mesa`, `program`…), or the tie's kind.
    public var token: String {
        switch self {
        case .arrangement(let kind): return kind.rawValue
        case .tie(let kind): return kind
        }
    }

    /// Arrangement kinds first, in declaration order, then tie kinds by token.
    public static func < (lhs: ChannelKind, rhs: ChannelKind) -> Bool {
        switch (lhs, rhs) {
        case (.arrangement(let a), .arrangement(let b)): return a < b
        case (.arrangement, .tie): return true
        case (.tie, .arrangement): return false
        case (.tie(let a), .tie(let b)): return a < b
        }
    }
}

/// The links of one mapping, with their channel kinds and strengths.
struct LinkSet {
    var kinds: [ActorPair: Set<ChannelKind>] = [:]
    var weights: [ActorPair: Double] = [:]

    init(_ projection: ActorGraph) {
        let graph = projection.graph, network = projection.network
        for e in 0..<graph.edgeCount {
            let pair = ActorPair(first: network.actors[Int(graph.edgeSources[e])].id, second: network.actors[Int(graph.edgeTargets[e])].id)
            let ordered = graph.isDirected || pair.first <= pair.second ? pair : ActorPair(first: pair.second, second: pair.first)
            kinds[ordered] = Set(projection.channels(ofEdge: e).map { channel -> ChannelKind in
                switch channel {
                case .arrangement(let a): return .arrangement(network.arrangements[a].kind)
                case .tie(let t): return .tie(network.ties[t].kind)
                }
            })
            weights[ordered] = graph.edgeWeights[e]
        }
    }

    var pairs: Set<ActorPair> { Set(kinds.keys) }
}

/// Counts of links gained, lost and kept.
public struct LinkCounts: Sendable, Hashable {
    public var gained = 0
    public var lost = 0
    public var kept = 0

    public init(gained: Int = 0, lost: Int = 0, kept: Int = 0) {
        self.gained = gained
        self.lost = lost
        self.kept = kept
    }
}

/// The links gained, lost and kept: overall, by channel kind and by pair of groups.
public struct LinkChanges: Sendable {
    /// The links only the second mapping has, sorted.
    public let gained: [ActorPair]
    /// The links only the first mapping has, sorted.
    public let lost: [ActorPair]
    /// How many links both have.
    public let kept: Int
    /// Counts by channel kind, for the kinds either mapping has, in ``ChannelKind`` order.
    public let byKind: [(kind: ChannelKind, counts: LinkCounts)]
    /// Counts by pair of groups (the analysis' grouping attribute, in order of first appearance; a pair of the same
    /// group for links within it), for the links whose ends both have a group.
    public let byGroupPair: [(first: String, second: String, counts: LinkCounts)]

    /// All the counts together.
    public var counts: LinkCounts { LinkCounts(gained: gained.count, lost: lost.count, kept: kept) }

    init(before: LinkSet, after: LinkSet, group: [String: String], groupOrder: [String]) {
        let old = before.pairs, new = after.pairs
        gained = new.subtracting(old).sorted()
        lost = old.subtracting(new).sorted()
        kept = old.intersection(new).count
        var byKind: [ChannelKind: LinkCounts] = [:]
        for kind in Set(before.kinds.values.flatMap { $0 } + after.kinds.values.flatMap { $0 }) {
            let then = Set(before.kinds.filter { $0.value.contains(kind) }.keys), now = Set(after.kinds.filter { $0.value.contains(kind) }.keys)
            byKind[kind] = LinkCounts(gained: now.subtracting(then).count, lost: then.subtracting(now).count, kept: then.intersection(now).count)
        }
        self.byKind = byKind.keys.sorted().map { ($0, byKind[$0] ?? LinkCounts()) }
        let rank = Dictionary(groupOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var byGroups: [[String]: LinkCounts] = [:]
        func tally(_ pairs: some Sequence<ActorPair>, _ bump: (inout LinkCounts) -> Void) {
            for pair in pairs {
                guard let a = group[pair.first], let b = group[pair.second] else { continue }
                let key = (rank[a] ?? 0) <= (rank[b] ?? 0) ? [a, b] : [b, a]
                bump(&byGroups[key, default: LinkCounts()])
            }
        }
        tally(gained) { $0.gained += 1 }
        tally(lost) { $0.lost += 1 }
        tally(old.intersection(new)) { $0.kept += 1 }
        byGroupPair = byGroups.keys.sorted { (rank[$0[0]] ?? 0, rank[$0[1]] ?? 0) < (rank[$1[0]] ?? 0, rank[$1[1]] ?? 0) }
            .map { ($0[0], $0[1], byGroups[$0] ?? LinkCounts()) }
    }
}

/// The stability of the links on the actors present in both mappings (Snijders et al. 2010).
public struct TieStability: Sendable, Hashable {
    /// How many actors both mappings have.
    public let commonActors: Int
    /// N11: links among those actors that both mappings have.
    public let kept: Int
    /// N01: links among them that only the second mapping has.
    public let gained: Int
    /// N10: links among them that only the first mapping has.
    public let lost: Int

    /// N11 / (N11 + N01 + N10); nil when neither mapping links two of the common actors.
    public var jaccard: Double? { kept + gained + lost > 0 ? Double(kept) / Double(kept + gained + lost) : nil }
    /// N01 + N10: how many links among the common actors differ.
    public var hamming: Int { gained + lost }

    init(before: LinkSet, after: LinkSet, common: Set<String>) {
        func within(_ links: LinkSet) -> Set<ActorPair> { links.pairs.filter { common.contains($0.first) && common.contains($0.second) } }
        let old = within(before), new = within(after)
        commonActors = common.count
        kept = old.intersection(new).count
        gained = new.subtracting(old).count
        lost = old.subtracting(new).count
    }
}

/// Direct ties gained, lost and kept, matched on their ends and kind.
public struct TieChanges: Sendable {
    /// A kept tie whose weight changed.
    public struct WeightChange: Sendable, Hashable {
        public let key: TieKey
        public let before: Double
        public let after: Double
    }

    /// Ties of the second mapping only, in its order.
    public let gained: [Tie]
    /// Ties of the first mapping only, in its order.
    public let lost: [Tie]
    /// How many ties both have.
    public let kept: Int
    /// Kept ties whose weight changed, in the first mapping's order.
    public let weightChanges: [WeightChange]

    init(before: Network, after: Network) {
        let old = Dictionary(before.ties.map { (before.tieKey($0), $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(after.ties.map { (after.tieKey($0), $0) }, uniquingKeysWith: { a, _ in a })
        gained = after.ties.filter { old[after.tieKey($0)] == nil }
        lost = before.ties.filter { new[before.tieKey($0)] == nil }
        kept = before.ties.count { new[before.tieKey($0)] != nil }
        weightChanges = before.ties.compactMap { tie in
            guard let now = new[before.tieKey(tie)], now.weight != tie.weight else { return nil }
            return WeightChange(key: tie.key, before: tie.weight, after: now.weight)
        }
    }
}

/// Arrangements created, ended and kept (matched on id), with the membership changes of those kept.
public struct ArrangementChanges: Sendable {
    /// The members that joined and left one arrangement kept in both mappings.
    public struct MembershipChange: Sendable, Hashable {
        public let id: String
        public let joined: [String]
        public let left: [String]
    }

    /// The ids of the arrangements only the second mapping has.
    public let created: [String]
    /// The ids of the arrangements only the first mapping has.
    public let ended: [String]
    /// How many arrangements both have.
    public let kept: Int
    /// The kept arrangements whose members changed, in the first mapping's order.
    public let membershipChanges: [MembershipChange]

    init(before: [Arrangement], after: [Arrangement]) {
        let old = Dictionary(before.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(after.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        created = after.map(\.id).filter { old[$0] == nil }
        ended = before.map(\.id).filter { new[$0] == nil }
        kept = before.count { new[$0.id] != nil }
        membershipChanges = before.compactMap { arrangement in
            guard let now = new[arrangement.id] else { return nil }
            let then = Set(arrangement.members), current = Set(now.members)
            let joined = now.members.filter { !then.contains($0) }, left = arrangement.members.filter { !current.contains($0) }
            return joined.isEmpty && left.isEmpty ? nil : MembershipChange(id: arrangement.id, joined: joined, left: left)
        }
    }
}

/// An element present in both mappings whose evidence status changed.
public struct EvidenceChange: Sendable, Hashable {
    /// What the element is: an actor, an arrangement or a tie.
    public let element: ElementKind
    /// Its id (a tie's `source–target (kind)`).
    public let id: String
    public let before: EvidenceStatus
    public let after: EvidenceStatus

    static func changes(before: Network, after: Network) -> [EvidenceChange] {
        var result: [EvidenceChange] = []
        func add(_ element: ElementKind, _ id: String, _ old: EvidenceStatus?, _ new: EvidenceStatus?) {
            if let old, let new, old != new { result.append(EvidenceChange(element: element, id: id, before: old, after: new)) }
        }
        let actors = Dictionary(after.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for actor in before.actors { add(.actor, actor.id, actor.evidence?.status, actors[actor.id]?.evidence?.status) }
        let arrangements = Dictionary(after.arrangements.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for a in before.arrangements { add(.arrangement, a.id, a.evidence.status, arrangements[a.id]?.evidence.status) }
        let ties = Dictionary(after.ties.map { (after.tieKey($0), $0) }, uniquingKeysWith: { a, _ in a })
        for tie in before.ties { add(.tie, tie.key.description, tie.evidence.status, ties[before.tieKey(tie)]?.evidence.status) }
        return result
    }
}

/// The per-actor measures a comparison follows.
public enum ComparedMeasure: String, Sendable, CaseIterable, Hashable {
    case degree, betweenness, closeness, constraint, brokerage

    /// The analysis measure it reads.
    public var measure: ActorMeasure {
        switch self {
        case .degree: return .metric(.degree)
        case .betweenness: return .metric(.betweenness)
        case .closeness: return .metric(.closeness)
        case .constraint: return .constraint
        case .brokerage: return .brokerage
        }
    }
}

/// How one actor's position changed.
public struct ActorChange: Sendable, Hashable {
    /// One measure before and after.
    public struct MeasureChange: Sendable, Hashable {
        public let measure: ComparedMeasure
        /// nil when the actor is absent, or the measure undefined for it (an isolate's constraint).
        public let before: Double?
        public let after: Double?
        /// after − before; nil when either is undefined.
        public var delta: Double? { before.flatMap { b in after.map { $0 - b } } }
    }

    public let id: String
    /// Its measures, in ``ComparedMeasure`` order.
    public let measures: [MeasureChange]
    /// Brokerage roles played after but not before, and the reverse.
    public let rolesGained: [BrokerageRole]
    public let rolesLost: [BrokerageRole]

    /// The change of one measure.
    public func change(of measure: ComparedMeasure) -> MeasureChange {
        measures.first { $0.measure == measure } ?? MeasureChange(measure: measure, before: nil, after: nil)
    }

    static func changes(before: NetworkAnalysis, after: NetworkAnalysis) -> [ActorChange] {
        let old = Dictionary(before.network.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(after.network.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var ids = before.network.actors.map(\.id)
        ids += after.network.actors.map(\.id).filter { old[$0] == nil }
        let oldValues = ComparedMeasure.allCases.map { before.values(of: $0.measure) }
        let newValues = ComparedMeasure.allCases.map { after.values(of: $0.measure) }
        func roles(_ analysis: NetworkAnalysis, _ index: Int?) -> Set<BrokerageRole> {
            guard let index, let brokerage = analysis.brokerage else { return [] }
            return Set(BrokerageRole.allCases.filter { brokerage.counts[index][$0] > 0 })
        }
        return ids.map { id in
            let b = old[id], a = new[id]
            let rolesBefore = roles(before, b), rolesAfter = roles(after, a)
            return ActorChange(
                id: id,
                measures: ComparedMeasure.allCases.enumerated().map { m, measure in
                    MeasureChange(measure: measure, before: b.flatMap { oldValues[m][$0] }, after: a.flatMap { newValues[m][$0] })
                },
                rolesGained: BrokerageRole.allCases.filter { rolesAfter.contains($0) && !rolesBefore.contains($0) },
                rolesLost: BrokerageRole.allCases.filter { rolesBefore.contains($0) && !rolesAfter.contains($0) })
        }
    }
}
