/// A pairwise link between two actors: an agreement, a collaboration, a funding flow.
public struct Tie: Sendable, Hashable {
    public var source: String
    public var target: String
    /// A free token naming the tie, e.g. `collaboration`, `funding`.
    public var kind: String
    /// Whether the tie runs from `source` to `target` only. `nil` takes the network's direction.
    public var directed: Bool?
    /// Tie strength (positive, default 1).
    public var weight: Double
    public var description: String?
    public var attributes: [String: AttributeValue]
    public var evidence: Evidence

    public init(source: String, target: String, kind: String = "tie", directed: Bool? = nil, weight: Double = 1,
                description: String? = nil, attributes: [String: AttributeValue] = [:], evidence: Evidence) {
        self.source = source
        self.target = target
        self.kind = kind
        self.directed = directed
        self.weight = weight
        self.description = description
        self.attributes = attributes
        self.evidence = evidence
    }

    /// Identifies a tie within a network: its ends and kind (ends in either order when the tie is symmetric).
    public var key: TieKey { TieKey(source: source, target: target, kind: kind) }
}

/// The identity of a tie: its two ends and its kind.
public struct TieKey: Sendable, Hashable, CustomStringConvertible {
    public var source: String
    public var target: String
    public var kind: String

    public init(source: String, target: String, kind: String) {
        self.source = source
        self.target = target
        self.kind = kind
    }

    /// The same key with the ends in a canonical order, for symmetric ties.
    public var unordered: TieKey {
        source <= target ? self : TieKey(source: target, target: source, kind: kind)
    }

    public var description: String { "\(source)–\(target) (\(kind))" }
}
