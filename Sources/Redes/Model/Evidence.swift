/// How well a link (or an actor's presence in the map) is grounded.
public enum EvidenceStatus: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Stated in a source, which is cited.
    case documented
    /// Said by respondents of a survey (`redes survey import`): the evidence names them and the date. Weaker than a
    /// cited document, stronger than an assumption.
    case reported
    /// An assumption made to complete the map; the evidence says why.
    case illustrative
    /// A recommendation, not yet real (typically added by a scenario).
    case proposed
    /// The file says nothing about it: what an edge list, GraphML, GEXF, Pajek, DL or node-link file gives when it
    /// has no status of its own. Counted as such, never as documented; `--evidence` on import can assert more.
    case unspecified

    /// Orders statuses as they are declared, the strongest first: documented, reported, illustrative, proposed,
    /// unspecified.
    ///
    /// - Parameters:
    ///   - lhs: A status.
    ///   - rhs: Another status.
    /// - Returns: Whether `lhs` is declared before `rhs`.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Whether a file states this status (every status but ``unspecified``).
    public var isStated: Bool { self != .unspecified }

    /// Whether tables show this status even when no element has it: the three statuses every map file uses
    /// (documented, illustrative, proposed); ``unspecified`` and ``reported`` appear only when some element has them.
    public var isAlwaysShown: Bool { isStated && self != .reported }
}

extension EvidenceStatus: Vocabulary {
    /// The Spanish words of the tables (`documentado`, `reportado`, `ilustrativo`, `propuesto`, `sin respaldo declarado`), their
    /// feminine forms, and plain English.
    public var aliases: [String] {
        switch self {
        case .documented: return ["documentado", "documentada"]
        case .illustrative: return ["ilustrativo", "ilustrativa"]
        case .proposed: return ["propuesto", "propuesta"]
        case .unspecified: return ["sin respaldo declarado", "sin respaldo", "no stated evidence"]
        case .reported: return ["reportado", "reportada"]
        }
    }
}

/// The evidence behind an arrangement, a tie or an actor.
///
/// A `documented` element cites a ``SourceDocument`` by id (and ideally quotes it); a `reported` one names the
/// survey respondents who reported it and the date; an `illustrative` one gives the `reason` it was assumed; a
/// `proposed` one gives a source or a reason; an `unspecified` one comes from a file that does not say.
///
/// The texts are kept together in one immutable, shared box (16 bytes per value instead of 80): the 500,000 ties of an
/// edge list that all cite the file share one box.
public struct Evidence: Sendable, Hashable {
    /// How well the element is grounded: documented, illustrative, proposed or unspecified.
    public var status: EvidenceStatus
    private var texts: Texts?

    /// The id of a ``SourceDocument`` of the network.
    public var source: String? {
        get { texts?.source }
        set { texts = Texts(texts, source: newValue) }
    }
    /// The words of the source the element rests on.
    public var quote: String? {
        get { texts?.quote }
        set { texts = Texts(texts, quote: newValue) }
    }
    /// Why the element was assumed (illustrative) or proposed.
    public var reason: String? {
        get { texts?.reason }
        set { texts = Texts(texts, reason: newValue) }
    }
    /// For ``EvidenceStatus/reported``: the ids of the actors whose answers name the tie, in the order they answered
    /// (one: unconfirmed; two: confirmed by both ends).
    public var respondents: [String] {
        get { texts?.respondents ?? [] }
        set { texts = Texts(texts, respondents: newValue) }
    }
    /// For ``EvidenceStatus/reported``: when the survey was answered, as free text such as `2026-03`.
    public var date: String? {
        get { texts?.date }
        set { texts = Texts(texts, date: newValue) }
    }

    /// The texts of an evidence value, never changed once made (a setter makes a new box).
    private final class Texts: Sendable, Hashable {
        let source: String?
        let quote: String?
        let reason: String?
        let respondents: [String]
        let date: String?

        /// The box of the texts, or nil when all are absent.
        init?(source: String?, quote: String?, reason: String?, respondents: [String] = [], date: String? = nil) {
            if source == nil && quote == nil && reason == nil && respondents.isEmpty && date == nil { return nil }
            self.source = source
            self.quote = quote
            self.reason = reason
            self.respondents = respondents
            self.date = date
        }

        /// A copy of `box` with the texts given changed (`.some(nil)` clears one).
        convenience init?(_ box: Texts?, source: String?? = .none, quote: String?? = .none, reason: String?? = .none,
                          respondents: [String]? = nil, date: String?? = .none) {
            self.init(source: source ?? box?.source, quote: quote ?? box?.quote, reason: reason ?? box?.reason,
                      respondents: respondents ?? box?.respondents ?? [], date: date ?? box?.date)
        }

        static func == (lhs: Texts, rhs: Texts) -> Bool {
            lhs === rhs || (lhs.source == rhs.source && lhs.quote == rhs.quote && lhs.reason == rhs.reason
                && lhs.respondents == rhs.respondents && lhs.date == rhs.date)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(source)
            hasher.combine(quote)
            hasher.combine(reason)
            hasher.combine(respondents)
            hasher.combine(date)
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

    /// A tie reported in a survey (``EvidenceStatus/reported``).
    ///
    /// - Parameters:
    ///   - respondents: the ids of the actors whose answers name the tie (two when both ends confirm it).
    ///   - date: when the survey was answered, such as `2026-03`.
    ///   - source: the id of the `SourceDocument` that stands for the survey, if any.
    /// - Returns: Evidence with status `reported`.
    public static func reported(respondents: [String], date: String, source: String? = nil) -> Evidence {
        var evidence = Evidence(status: .reported)
        evidence.texts = Texts(source: source, quote: nil, reason: nil, respondents: respondents, date: date)
        return evidence
    }

    /// Evidence a file does not state (``EvidenceStatus/unspecified``): what the exchange formats give a tie or an
    /// arrangement that has no status of its own.
    public static let unspecified = Evidence(status: .unspecified)

    /// What this evidence lacks for its status, or `nil` when it is complete (``EvidenceStatus/unspecified``
    /// needs nothing: it says that nothing is known).
    public var missingRequirement: EvidenceRequirement? {
        switch status {
        case .documented where source == nil: return .documentedNeedsSource
        case .illustrative where reason == nil: return .illustrativeNeedsReason
        case .proposed where source == nil && reason == nil: return .proposedNeedsSourceOrReason
        case .reported where respondents.isEmpty: return .reportedNeedsRespondents
        case .reported where date == nil: return .reportedNeedsDate
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

extension EvidenceStatus {
    /// The statuses a table of counts shows: documented, illustrative and proposed always, and the others only when
    /// `statuses` holds them.
    ///
    /// - Parameter statuses: the statuses of the elements counted.
    /// - Returns: the statuses, in declaration order.
    public static func shown(among statuses: [EvidenceStatus]) -> [EvidenceStatus] {
        let present = Set(statuses)
        return allCases.filter { $0.isAlwaysShown || present.contains($0) }
    }
}
