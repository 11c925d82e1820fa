/// How well a link (or an actor's presence in the map) is grounded.
public enum EvidenceStatus: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Stated in a source, which is cited.
    case documented
    /// An assumption made to complete the map; the evidence says why.
    case illustrative
    /// A recommendation, not yet real (typically added by a scenario).
    case proposed

    /// Orders statuses as they are declared: documented, illustrative, proposed.
    ///
    /// - Parameters:
    ///   - lhs: A status.
    ///   - rhs: Another status.
    /// - Returns: Whether `lhs` is declared before `rhs`.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The evidence behind an arrangement, a tie or an actor.
///
/// A `documented` element cites a ``SourceDocument`` by id (and ideally quotes it); an `illustrative` one gives the
/// `reason` it was assumed; a `proposed` one gives a source or a reason.
///
/// The three texts are kept together in one immutable, shared box (16 bytes per value instead of 56): the 500,000 ties
/// of an edge list that all cite the file share one box.
public struct Evidence: Sendable, Hashable {
    /// How well the element is grounded: documented, illustrative or proposed.
    public var status: EvidenceStatus
    private var texts: Texts?

    /// The id of a ``SourceDocument`` of the network.
    public var source: String? {
        get { texts?.source }
        set { texts = Texts(source: newValue, quote: quote, reason: reason) }
    }
    /// The words of the source the element rests on.
    public var quote: String? {
        get { texts?.quote }
        set { texts = Texts(source: source, quote: newValue, reason: reason) }
    }
    /// Why the element was assumed (illustrative) or proposed.
    public var reason: String? {
        get { texts?.reason }
        set { texts = Texts(source: source, quote: quote, reason: newValue) }
    }

    /// The texts of an evidence value, never changed once made (a setter makes a new box).
    private final class Texts: Sendable, Hashable {
        let source: String?
        let quote: String?
        let reason: String?

        /// The box of three texts, or nil when all are absent.
        init?(source: String?, quote: String?, reason: String?) {
            if source == nil && quote == nil && reason == nil { return nil }
            self.source = source
            self.quote = quote
            self.reason = reason
        }

        static func == (lhs: Texts, rhs: Texts) -> Bool {
            lhs === rhs || (lhs.source == rhs.source && lhs.quote == rhs.quote && lhs.reason == rhs.reason)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(source)
            hasher.combine(quote)
            hasher.combine(reason)
        }
    }

    /// Creates evidence; see `missingRequirement` for what each status needs.
    ///
    /// - Parameters:
    ///   - status: How well the element is grounded.
    ///   - source: The id of a cited `SourceDocument`, if any.
    ///   - quote: The words of the source, if any.
    ///   - reason: Why the element was assumed or proposed, if given.
    public init(status: EvidenceStatus, source: String? = nil, quote: String? = nil, reason: String? = nil) {
        self.status = status
        self.texts = Texts(source: source, quote: quote, reason: reason)
    }

    /// A documented element, citing `source`.
    ///
    /// - Parameters:
    ///   - source: The id of the cited `SourceDocument`.
    ///   - quote: The words of the source the element rests on, if given.
    /// - Returns: Evidence with status `documented`.
    public static func documented(source: String, quote: String? = nil) -> Evidence {
        Evidence(status: .documented, source: source, quote: quote)
    }

    /// An assumption, with the reason it was made.
    ///
    /// - Parameter reason: Why the element is assumed.
    /// - Returns: Evidence with status `illustrative`.
    public static func illustrative(reason: String) -> Evidence {
        Evidence(status: .illustrative, reason: reason)
    }

    /// A recommendation that is not yet real.
    ///
    /// - Parameters:
    ///   - source: The id of the `SourceDocument` that proposes it, if any.
    ///   - quote: The words of that source, if given.
    ///   - reason: Why it is proposed, if given; complete evidence needs `source` or `reason`.
    /// - Returns: Evidence with status `proposed`.
    public static func proposed(source: String? = nil, quote: String? = nil, reason: String? = nil) -> Evidence {
        Evidence(status: .proposed, source: source, quote: quote, reason: reason)
    }

    /// What this evidence lacks for its status, or `nil` when it is complete.
    public var missingRequirement: EvidenceRequirement? {
        switch status {
        case .documented where source == nil: return .documentedNeedsSource
        case .illustrative where reason == nil: return .illustrativeNeedsReason
        case .proposed where source == nil && reason == nil: return .proposedNeedsSourceOrReason
        default: return nil
        }
    }
}

/// A document cited by evidence: a presentation, a report, an agreement, an interview.
public struct SourceDocument: Sendable, Hashable, Identifiable {
    /// Unique identifier, which evidence cites in its `source`.
    public var id: String
    /// The document's title.
    public var title: String
    /// Who wrote or issued it.
    public var author: String?
    /// When it was issued, as free text such as `2025`.
    public var date: String?
    /// A path to a copy of the document.
    public var file: String?
    /// Where the document can be found online.
    public var url: String?
    /// Free text.
    public var note: String?

    /// Creates a source document.
    ///
    /// - Parameters:
    ///   - id: The unique identifier that evidence cites.
    ///   - title: The title.
    ///   - author: Who wrote or issued it, if known.
    ///   - date: When it was issued, if known.
    ///   - file: A path to a copy, if any.
    ///   - url: Where it can be found online, if anywhere.
    ///   - note: Free text, if any.
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
