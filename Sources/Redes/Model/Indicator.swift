/// The part an actor plays in an indicator's data flow: the data travel from those who supply it (``produces``,
/// ``reports``) to the indicator's custodian, and from the custodian to those who receive it (``validates``,
/// ``uses``).
///
/// The roles follow shared-measurement practice: FSG's "Breakthroughs in Shared Measurement" (Kramer, Parkhurst &
/// Vaidya 2009) asks who collects, who reports and who uses each common measure; the UN SDG indicator framework
/// names one custodian agency per indicator, accountable for the figure, and partner agencies that contribute data.
public enum IndicatorRole: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Generates the raw data (a register, a survey, an enrolment system).
    case produces
    /// Relays data it does not generate to the custodian (a network that gathers what its members record).
    case reports
    /// Checks the figure's quality before it is used.
    case validates
    /// Takes decisions with the figure.
    case uses

    /// Whether an actor in this role supplies the data (``produces``, ``reports``): the flow starts at it.
    public var suppliesData: Bool { self == .produces || self == .reports }

    /// Orders roles along the flow: produces, reports, validates, uses.
    ///
    /// - Parameters:
    ///   - lhs: A role.
    ///   - rhs: Another role.
    /// - Returns: Whether `lhs` comes before `rhs` in the flow.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension IndicatorRole: Vocabulary {
    /// The Spanish words of the tables (`produce`, `reporta`, `valida`, `usa`), the nouns people write in a
    /// spreadsheet (`productor`, `usuario`…), and their English counterparts.
    public var aliases: [String] {
        switch self {
        case .produces: return ["produce", "producer", "productor", "productora"]
        case .reports: return ["reporta", "report", "reporter", "informa"]
        case .validates: return ["valida", "validate", "validator", "validador", "validadora"]
        case .uses: return ["usa", "use", "user", "usuario", "usuaria"]
        }
    }
}

/// What an indicator measures, in Results-Based Accountability's terms (Friedman 2005, "Trying Hard Is Not Good
/// Enough").
public enum IndicatorLevel: String, Sendable, Hashable, CaseIterable {
    /// A condition of a whole population (all young people of the region, all EMTP graduates), which no single
    /// program controls: a shared result.
    case population
    /// How well a program or service works (how much it did, how well, who is better off), which its managers
    /// answer for.
    case performance
}

extension IndicatorLevel: Vocabulary {
    /// The Spanish words of the tables (`población`, `desempeño`) and their variants.
    public var aliases: [String] {
        switch self {
        case .population: return ["población", "poblacional", "resultado poblacional"]
        case .performance: return ["desempeño", "rendimiento"]
        }
    }
}

/// One value of an indicator in one period, such as 120 people in 2024.
public struct IndicatorValue: Sendable, Hashable {
    /// The period, as free text such as `2024` or `2025-S1`.
    public var period: String
    /// The value, in the indicator's unit.
    public var value: Double

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - period: The period, as free text.
    ///   - value: The value, in the indicator's unit.
    public init(period: String, value: Double) {
        self.period = period
        self.value = value
    }
}

/// One actor in one role of an indicator's data flow.
public struct IndicatorAssignment: Sendable, Hashable {
    /// The actor's id.
    public var actor: String
    /// What the actor does with the indicator's data.
    public var role: IndicatorRole

    /// Creates an assignment.
    ///
    /// - Parameters:
    ///   - actor: The actor's id.
    ///   - role: What it does with the data.
    public init(actor: String, role: IndicatorRole) {
        self.actor = actor
        self.role = role
    }
}

/// A measure on a shared indicator board: what it counts, who is accountable for the figure (its custodian), who
/// produces, reports, validates and uses it, under which arrangement the data is shared, and its baseline, target and
/// observations.
///
/// The custodian may be absent: that is a gap of the board (nobody answers for the figure), not an error of the file.
public struct Indicator: Sendable, Hashable, Identifiable {
    /// Unique identifier among the network's indicators, e.g. `certificaciones`.
    public var id: String
    /// Display name, e.g. `Certificaciones de competencias laborales`.
    public var name: String
    /// Display name in English, when the file gives one.
    public var nameEnglish: String?
    /// What is counted, in words.
    public var definition: String?
    /// The unit of the values, as free text (`personas`, `percent`, `ratio`…).
    public var unit: String?
    /// Population or performance measure, when stated.
    public var level: IndicatorLevel?
    /// How often the figure is produced, as free text (`annual`…).
    public var periodicity: String?
    /// The breakdowns the figure is given by (`sexo`, `territorio`…).
    public var disaggregation: [String]
    /// The id of the one actor accountable for the figure; nil when nobody is.
    public var custodian: String?
    /// The actors of the data flow, each in one role; an actor may appear in several roles.
    public var roles: [IndicatorAssignment]
    /// Where the data comes from (a register, a survey), as free text.
    public var sourceSystem: String?
    /// The id of the arrangement under which the data is shared, if any.
    public var agreement: String?
    /// The reference value the target is measured against.
    public var baseline: IndicatorValue?
    /// The value aimed at.
    public var target: IndicatorValue?
    /// Values measured so far, in the order given.
    public var observations: [IndicatorValue]
    /// What the indicator and its roles rest on.
    public var evidence: Evidence

    /// Creates an indicator.
    ///
    /// - Parameters:
    ///   - id: The unique identifier among indicators.
    ///   - name: The display name; `nil` uses `id`.
    ///   - nameEnglish: The display name in English, if any.
    ///   - definition: What is counted, if stated.
    ///   - unit: The unit of the values, if stated.
    ///   - level: Population or performance measure, if stated.
    ///   - periodicity: How often it is produced, if stated.
    ///   - disaggregation: The breakdowns of the figure.
    ///   - custodian: The id of the actor accountable for the figure, if any.
    ///   - roles: The actors of the data flow.
    ///   - sourceSystem: Where the data comes from, if stated.
    ///   - agreement: The id of the arrangement under which the data is shared, if any.
    ///   - baseline: The reference value, if any.
    ///   - target: The value aimed at, if any.
    ///   - observations: Values measured so far.
    ///   - evidence: What the indicator rests on.
    public init(id: String, name: String? = nil, nameEnglish: String? = nil, definition: String? = nil,
                unit: String? = nil, level: IndicatorLevel? = nil, periodicity: String? = nil,
                disaggregation: [String] = [], custodian: String? = nil, roles: [IndicatorAssignment] = [],
                sourceSystem: String? = nil, agreement: String? = nil, baseline: IndicatorValue? = nil,
                target: IndicatorValue? = nil, observations: [IndicatorValue] = [], evidence: Evidence) {
        self.id = id
        self.name = name ?? id
        self.nameEnglish = nameEnglish
        self.definition = definition
        self.unit = unit
        self.level = level
        self.periodicity = periodicity
        self.disaggregation = disaggregation
        self.custodian = custodian
        self.roles = roles
        self.sourceSystem = sourceSystem
        self.agreement = agreement
        self.baseline = baseline
        self.target = target
        self.observations = observations
        self.evidence = evidence
    }

    /// The ids of the actors in `role`, in the order given, each once.
    ///
    /// - Parameter role: A role of the data flow.
    /// - Returns: The actors' ids.
    /// - Complexity: O(r) for r assignments.
    public func actors(in role: IndicatorRole) -> [String] {
        var seen = Set<String>()
        return roles.filter { $0.role == role && seen.insert($0.actor).inserted }.map(\.actor)
    }

    /// The roles of one actor, in flow order.
    ///
    /// - Parameter actor: An actor id.
    /// - Returns: Its roles in this indicator (empty when it has none).
    /// - Complexity: O(r) for r assignments.
    public func roles(of actor: String) -> [IndicatorRole] {
        Array(Set(roles.filter { $0.actor == actor }.map(\.role))).sorted()
    }
}

extension Network {
    /// The indicator with the given id.
    ///
    /// - Parameter id: An indicator id.
    /// - Returns: The first indicator with that id, or `nil`.
    /// - Complexity: O(k) for k indicators.
    public func indicator(_ id: String) -> Indicator? { indicators.first { $0.id == id } }
}
