/// A pairwise link between two actors: an agreement, a collaboration, a funding flow.
public struct Tie: Sendable, Hashable {
    /// The id of the actor the tie starts from (one end, when the tie is symmetric).
    public var source: String
    /// The id of the actor the tie goes to (the other end, when the tie is symmetric).
    public var target: String
    /// A free token naming the tie, e.g. `collaboration`, `funding`.
    public var kind: String
    /// Whether the tie runs from `source` to `target` only. `nil` takes the network's direction.
    public var directed: Bool?
    /// Tie strength (positive, default 1).
    public var weight: Double
    /// Free text.
    public var description: String?
    /// Further attributes, by name (from the extra columns of an edge list, for example).
    public var attributes: [String: AttributeValue]
    /// What the tie rests on: documented, illustrative or proposed.
    public var evidence: Evidence
    /// When the tie holds, if known; nil for whenever both ends are in the network.
    public var period: Period?

    /// Creates a tie.
    ///
    /// - Parameters:
    ///   - source: The id of the actor the tie starts from.
    ///   - target: The id of the other actor; it must differ from `source`.
    ///   - kind: A free token naming the tie.
    ///   - directed: Whether the tie runs from `source` to `target` only; `nil` takes the network's direction, and
    ///     `true` is only valid in a directed network.
    ///   - weight: The tie strength; positive.
    ///   - description: Free text, if any.
    ///   - attributes: Further attributes, by name.
    ///   - evidence: What the tie rests on.
    ///   - period: When the tie holds, if known (``Network/standing(at:)``).
    public init(source: String, target: String, kind: String = "tie", directed: Bool? = nil, weight: Double = 1,
                description: String? = nil, attributes: [String: AttributeValue] = [:], evidence: Evidence,
                period: Period? = nil) {
        self.source = source
        self.target = target
        self.kind = kind
        self.directed = directed
        self.weight = weight
        self.description = description
        self.attributes = attributes
        self.evidence = evidence
        self.period = period
    }

    /// Identifies a tie within a network: its ends and kind (ends in either order when the tie is symmetric).
    public var key: TieKey { TieKey(source: source, target: target, kind: kind) }
}

/// The identity of a tie: its two ends and its kind.
public struct TieKey: Sendable, Hashable, CustomStringConvertible {
    /// The id of the source actor.
    public var source: String
    /// The id of the target actor.
    public var target: String
    /// The tie's kind.
    public var kind: String

    /// Creates a key.
    ///
    /// - Parameters:
    ///   - source: The id of the source actor.
    ///   - target: The id of the target actor.
    ///   - kind: The tie's kind.
    public init(source: String, target: String, kind: String) {
        self.source = source
        self.target = target
        self.kind = kind
    }

    /// The same key with the ends in a canonical order, for symmetric ties.
    public var unordered: TieKey {
        source <= target ? self : TieKey(source: target, target: source, kind: kind)
    }

    /// The key as written in messages: `source–target (kind)`.
    public var description: String { "\(source)–\(target) (\(kind))" }
}
