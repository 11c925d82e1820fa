/// A stakeholder: an agency, an institution, a program, an association, a school or a company.
public struct Actor: Sendable, Hashable, Identifiable {
    /// Unique identifier, e.g. `ceduc-ucn`.
    public var id: String
    /// Display name, e.g. `CEDUC UCN` or `Código Futuro`.
    public var name: String
    /// Long name, e.g. `Secretaría Regional Ministerial de Educación`.
    public var fullName: String?
    /// The id of the group (bloc) the actor belongs to, e.g. `publico`.
    public var bloc: String?
    /// Where the actor operates, e.g. `["Calama"]` or `["Regional"]`.
    public var territories: [String]
    /// Economic or policy sector, e.g. `minería`.
    public var sector: String?
    /// Further attributes, by name.
    public var attributes: [String: AttributeValue]
    /// Why the actor is in the map.
    public var evidence: Evidence?
    /// When the actor is part of the network (it joins and leaves), if known; nil for always.
    public var period: Period?

    /// Creates an actor.
    ///
    /// - Parameters:
    ///   - id: The unique identifier, e.g. `ceduc-ucn`.
    ///   - name: The display name; `nil` uses `id`.
    ///   - fullName: The long name, if any.
    ///   - bloc: The id of the actor's bloc, if any.
    ///   - territories: Where the actor operates.
    ///   - sector: The economic or policy sector, if any.
    ///   - attributes: Further attributes, by name.
    ///   - evidence: Why the actor is in the map, if recorded.
    ///   - period: When the actor is part of the network, if known (``Network/standing(at:)``).
    public init(id: String, name: String? = nil, fullName: String? = nil, bloc: String? = nil,
                territories: [String] = [], sector: String? = nil, attributes: [String: AttributeValue] = [:],
                evidence: Evidence? = nil, period: Period? = nil) {
        self.id = id
        self.name = name ?? id
        self.fullName = fullName
        self.bloc = bloc
        self.territories = territories
        self.sector = sector
        self.attributes = attributes
        self.evidence = evidence
        self.period = period
    }

    /// The value of a named attribute: `bloc`, `sector`, `territory` (the first territory), `name`, or a free one.
    ///
    /// - Parameter attribute: `id`, `name`, `bloc`, `sector`, `territory` (or `territories`), or the name of a free
    ///   attribute.
    /// - Returns: The value as text (numbers and truth values as `description` writes them), or `nil` when the actor
    ///   has none.
    /// - Complexity: O(1) on average.
    public func value(of attribute: String) -> String? {
        switch attribute {
        case "id": return id
        case "name": return name
        case "bloc": return bloc
        case "sector": return sector
        case "territory", "territories": return territories.first
        default: return attributes[attribute]?.description
        }
    }
}

/// The value of a free attribute: text, a number or a truth value.
public enum AttributeValue: Sendable, Hashable, CustomStringConvertible {
    /// A text value.
    case string(String)
    /// A numeric value.
    case number(Double)
    /// A truth value.
    case bool(Bool)

    /// The value as text: the string itself, the number as Redes formats numbers, or `true` / `false`.
    public var description: String {
        switch self {
        case .string(let s): return s
        case .number(let x): return formatNumber(x)
        case .bool(let b): return b ? "true" : "false"
        }
    }
}

/// A group of actors, such as the public agencies or the higher-education institutions.
public struct Bloc: Sendable, Hashable, Identifiable {
    /// Unique identifier, e.g. `publico`, which actors name in their `bloc`.
    public var id: String
    /// Display name, e.g. `Programas/Fundaciones`.
    public var name: String
    /// What the bloc gathers, in free text.
    public var description: String?

    /// Creates a bloc.
    ///
    /// - Parameters:
    ///   - id: The unique identifier.
    ///   - name: The display name; `nil` uses `id`.
    ///   - description: Free text, if any.
    public init(id: String, name: String? = nil, description: String? = nil) {
        self.id = id
        self.name = name ?? id
        self.description = description
    }
}
