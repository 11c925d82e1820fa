/// A place where actors and arrangements operate: a commune, a province or the whole region.
///
/// Actors and arrangements name their territories in `territories:` by the territory's id or its name (files written
/// before territories were declared use names, such as `[María Elena]`). When a network declares territories, every
/// such name must match one of them (see ``Network/territory(_:)``).
///
/// A territory can carry what a source says about it: that it is a **priority** (for example for the scale-up of a
/// program, with the evidence that names it), whether it has technical-professional secondary schools (**EMTP**), and
/// approximate **coordinates** for a map.
public struct Territory: Sendable, Hashable, Identifiable {
    /// Unique identifier, e.g. `maria-elena`.
    public var id: String
    /// Display name, e.g. `María Elena`.
    public var name: String
    /// The province it belongs to, e.g. `Tocopilla`, if any.
    public var province: String?
    /// Why the territory is a priority, with its evidence; nil when the sources do not name it as one.
    public var priority: TerritoryPriority?
    /// Whether the territory has technical-professional secondary schools (EMTP): `false` when a source says it has
    /// none, `true` when it says it has some, nil when unknown.
    public var hasEMTP: Bool?
    /// Approximate location (WGS84 decimal degrees), if known.
    public var coordinates: Coordinates?
    /// Free text.
    public var description: String?
    /// What the facts about the territory rest on (its EMTP offer, its description).
    public var evidence: Evidence?

    /// Creates a territory.
    ///
    /// - Parameters:
    ///   - id: The unique identifier.
    ///   - name: The display name; `nil` uses `id`.
    ///   - province: The province, if any.
    ///   - priority: Why it is a priority, with evidence; `nil` when it is not named as one.
    ///   - hasEMTP: Whether it has EMTP schools, if known.
    ///   - coordinates: Its approximate location, if known.
    ///   - description: Free text, if any.
    ///   - evidence: What its facts rest on, if recorded.
    public init(id: String, name: String? = nil, province: String? = nil, priority: TerritoryPriority? = nil,
                hasEMTP: Bool? = nil, coordinates: Coordinates? = nil, description: String? = nil,
                evidence: Evidence? = nil) {
        self.id = id
        self.name = name ?? id
        self.province = province
        self.priority = priority
        self.hasEMTP = hasEMTP
        self.coordinates = coordinates
        self.description = description
        self.evidence = evidence
    }

    /// Whether `reference` (an entry of an actor's or an arrangement's `territories`) names this territory, by id or
    /// by name.
    ///
    /// - Parameter reference: the text written in `territories:`.
    /// - Returns: whether it is this territory's id or name.
    public func isNamed(_ reference: String) -> Bool { reference == id || reference == name }
}

/// Why a territory is a priority: what for, and the evidence that names it.
public struct TerritoryPriority: Sendable, Hashable {
    /// What the territory is a priority for, e.g. `aulas tecnológicas`; nil when the source does not say.
    public var topic: String?
    /// The evidence that names the territory as a priority.
    public var evidence: Evidence

    /// Creates a priority.
    ///
    /// - Parameters:
    ///   - topic: What the territory is a priority for, if said.
    ///   - evidence: The evidence that names it.
    public init(topic: String? = nil, evidence: Evidence) {
        self.topic = topic
        self.evidence = evidence
    }
}

/// A point on the Earth in decimal degrees (WGS84): latitude −90…90 (north positive), longitude −180…180 (east
/// positive).
public struct Coordinates: Sendable, Hashable {
    /// Degrees north of the equator (negative in the south).
    public var latitude: Double
    /// Degrees east of Greenwich (negative in the west).
    public var longitude: Double

    /// Creates coordinates; the network's validation checks the ranges.
    ///
    /// - Parameters:
    ///   - latitude: Degrees north, −90…90.
    ///   - longitude: Degrees east, −180…180.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Whether both values are finite and within their ranges.
    public var isValid: Bool {
        latitude.isFinite && longitude.isFinite && abs(latitude) <= 90 && abs(longitude) <= 180
    }
}

extension Network {
    /// The declared territory that `reference` names (by id, or else by name).
    ///
    /// - Parameter reference: an id or a name, as written in an actor's or arrangement's `territories`.
    /// - Returns: the territory, or nil when none is declared with that id or name.
    /// - Complexity: O(t) for t territories.
    public func territory(_ reference: String) -> Territory? {
        territories.first { $0.id == reference } ?? territories.first { $0.name == reference }
    }
}
