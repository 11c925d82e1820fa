/// A pairwise link between two actors: an agreement, a collaboration, a funding flow.
public struct Tie: Sendable, Hashable {
    /// The id of the actor the tie starts from (one end, when the tie is symmetric).
    public var source: String
    /// The id of the actor the tie goes to (the other end, when the tie is symmetric).
    public var target: String
    /// A free token naming the tie, e.g. `collaboration`, `funding`.
    public var kind: String
    /// Tie strength (positive, default 1).
    public var weight: Double
    /// What the tie rests on: documented, illustrative or proposed.
    public var evidence: Evidence
    /// Whether the tie runs from `source` to `target` only. `nil` takes the network's direction.
    public var directed: Bool?
    /// The description, attributes and period, which most ties lack, in one box (nil when all are empty): with the
    /// shared evidence box, a tie takes 80 bytes instead of 144.
    private var details: Details?

    /// Free text.
    public var description: String? {
        get { details?.description }
        set { details = Details(description: newValue, attributes: attributes, period: period) }
    }
    /// Further attributes, by name (from the extra columns of an edge list, for example).
    public var attributes: [String: AttributeValue] {
        get { details?.attributes ?? [:] }
        set { details = Details(description: description, attributes: newValue, period: period) }
    }
    /// When the tie holds, if known; nil for whenever both ends are in the network.
    public var period: Period? {
        get { details?.period }
        set { details = Details(description: description, attributes: attributes, period: newValue) }
    }

    /// A tie's description, attributes and period, never changed once made (a setter makes a new box).
    private final class Details: Sendable, Hashable {
        let description: String?
        let attributes: [String: AttributeValue]
        let period: Period?

        /// The box, or nil when there is no description, no attribute and no period.
        init?(description: String?, attributes: [String: AttributeValue], period: Period?) {
            if description == nil && attributes.isEmpty && period == nil { return nil }
            self.description = description
            self.attributes = attributes
            self.period = period
        }

        static func == (lhs: Details, rhs: Details) -> Bool {
            lhs === rhs || (lhs.description == rhs.description && lhs.attributes == rhs.attributes && lhs.period == rhs.period)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(description)
            hasher.combine(attributes)
            hasher.combine(period)
        }
    }

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
        self.details = Details(description: description, attributes: attributes, period: period)
        self.evidence = evidence
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
