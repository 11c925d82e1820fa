/// What an arrangement is: the many ways stakeholders come together.
public enum ArrangementKind: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A formal agreement (convenio) between institutions.
    case agreement = "convenio"
    /// A working table (mesa): a standing group that meets.
    case workingTable = "mesa"
    /// A program that several actors run or take part in.
    case program
    /// A coordination mechanism or platform (CAE, Ruta Formativa, RAP agreement, lab visits).
    case mechanism
    /// A governing or advisory committee.
    case committee
    /// A time-bound project.
    case project

    /// Orders kinds as they are declared: convenio, mesa, program, mechanism, committee, project.
    ///
    /// - Parameters:
    ///   - lhs: A kind.
    ///   - rhs: Another kind.
    /// - Returns: Whether `lhs` is declared before `rhs`.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension ArrangementKind: Vocabulary {
    /// The Spanish words of the tables (`programa`, `mecanismo`, `comité`, `proyecto`; `convenio` and `mesa` are the
    /// canonical tokens themselves) and the English ones.
    public var aliases: [String] {
        switch self {
        case .agreement: return ["agreement"]
        case .workingTable: return ["working table", "mesa de trabajo"]
        case .program: return ["programa"]
        case .mechanism: return ["mecanismo"]
        case .committee: return ["comité"]
        case .project: return ["proyecto"]
        }
    }
}

/// A period of time, given as free text such as `2024` or `2025-03`.
public struct Period: Sendable, Hashable {
    /// When the period starts, e.g. `2024`; `nil` when open or unknown.
    public var start: String?
    /// When the period ends, e.g. `2026`; `nil` when open or unknown.
    public var end: String?

    /// Creates a period.
    ///
    /// - Parameters:
    ///   - start: The start, as free text; `nil` when open or unknown.
    ///   - end: The end, as free text; `nil` when open or unknown.
    public init(start: String? = nil, end: String? = nil) {
        self.start = start
        self.end = end
    }
}

/// A multi-party link: one convenio, mesa, program or mechanism joins many actors at once.
///
/// In the actor graph, every pair of members is joined, and the tie remembers this arrangement as one of its
/// channels (see ``ActorGraph``).
public struct Arrangement: Sendable, Hashable, Identifiable {
    /// Unique identifier among the network's arrangements.
    public var id: String
    /// Display name, e.g. `Mesa de Empleabilidad SENCE`.
    public var name: String
    /// What the arrangement is: a convenio, a mesa, a program, a mechanism, a committee or a project.
    public var kind: ArrangementKind
    /// Actor ids, in the order given.
    public var members: [String]
    /// The convening or leading member, if any.
    public var lead: String?
    /// When the arrangement runs, if known.
    public var period: Period?
    /// Where the arrangement operates.
    public var territories: [String]
    /// The strength of each co-membership this arrangement creates (default 1).
    public var weight: Double
    /// Free text.
    public var description: String?
    /// What the arrangement rests on: documented, illustrative or proposed.
    public var evidence: Evidence

    /// Creates an arrangement.
    ///
    /// - Parameters:
    ///   - id: The unique identifier among arrangements.
    ///   - name: The display name; `nil` uses `id`.
    ///   - kind: What the arrangement is.
    ///   - members: The ids of its member actors (at least two, no repeats, for a valid network).
    ///   - lead: The id of the convening or leading member, if any; it must be a member.
    ///   - period: When it runs, if known.
    ///   - territories: Where it operates.
    ///   - weight: The strength of each co-membership it creates; positive.
    ///   - description: Free text, if any.
    ///   - evidence: What the arrangement rests on.
    public init(id: String, name: String? = nil, kind: ArrangementKind, members: [String], lead: String? = nil,
                period: Period? = nil, territories: [String] = [], weight: Double = 1, description: String? = nil,
                evidence: Evidence) {
        self.id = id
        self.name = name ?? id
        self.kind = kind
        self.members = members
        self.lead = lead
        self.period = period
        self.territories = territories
        self.weight = weight
        self.description = description
        self.evidence = evidence
    }
}
