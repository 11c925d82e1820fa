/// How well a link (or an actor's presence in the map) is grounded.
public enum EvidenceStatus: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Stated in a source, which is cited.
    case documented
    /// An assumption made to complete the map; the evidence says why.
    case illustrative
    /// A recommendation, not yet real (typically added by a scenario).
    case proposed

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The evidence behind an arrangement, a tie or an actor.
///
/// A `documented` element cites a ``SourceDocument`` by id (and ideally quotes it); an `illustrative` one gives the
/// `reason` it was assumed; a `proposed` one gives a source or a reason.
public struct Evidence: Sendable, Hashable {
    public var status: EvidenceStatus
    /// The id of a ``SourceDocument`` of the network.
    public var source: String?
    /// The words of the source the element rests on.
    public var quote: String?
    /// Why the element was assumed (illustrative) or proposed.
    public var reason: String?

    public init(status: EvidenceStatus, source: String? = nil, quote: String? = nil, reason: String? = nil) {
        self.status = status
        self.source = source
        self.quote = quote
        self.reason = reason
    }

    /// A documented element, citing `source`.
    public static func documented(source: String, quote: String? = nil) -> Evidence {
        Evidence(status: .documented, source: source, quote: quote)
    }

    /// An assumption, with the reason it was made.
    public static func illustrative(reason: String) -> Evidence {
        Evidence(status: .illustrative, reason: reason)
    }

    /// A recommendation that is not yet real.
    public static func proposed(source: String? = nil, quote: String? = nil, reason: String? = nil) -> Evidence {
        Evidence(status: .proposed, source: source, quote: quote, reason: reason)
    }

    /// What this evidence lacks for its status, or `nil` when it is complete.
    public var missingRequirement: String? {
        switch status {
        case .documented where source == nil:
            return "documented evidence needs `source` (the id of an entry under `sources:`)"
        case .illustrative where reason == nil:
            return "illustrative evidence needs `reason` (why the link is assumed)"
        case .proposed where source == nil && reason == nil:
            return "proposed evidence needs `source` or `reason`"
        default:
            return nil
        }
    }
}

/// A document cited by evidence: a presentation, a report, an agreement, an interview.
public struct SourceDocument: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var author: String?
    public var date: String?
    public var file: String?
    public var url: String?
    public var note: String?

    public init(id: String, title: String, author: String? = nil, date: String? = nil, file: String? = nil,
                url: String? = nil, note: String? = nil) {
        self.id = id
        self.title = title
        self.author = author
        self.date = date
        self.file = file
        self.url = url
        self.note = note
    }
}
