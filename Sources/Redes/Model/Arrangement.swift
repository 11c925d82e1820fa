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

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A period of time, given as free text such as `2024` or `2025-03`.
public struct Period: Sendable, Hashable {
    public var start: String?
    public var end: String?

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
    public var id: String
    public var name: String
    public var kind: ArrangementKind
    /// Actor ids, in the order given.
    public var members: [String]
    /// The convening or leading member, if any.
    public var lead: String?
    public var period: Period?
    public var territories: [String]
    /// The strength of each co-membership this arrangement creates (default 1).
    public var weight: Double
    public var description: String?
    public var evidence: Evidence

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
