/// The tie kinds Redes knows by name. A tie's ``Tie/kind`` is a free token (`collaboration`, `funding`, or any word a
/// file uses); these known ones have words in the message catalog and accept the Spanish spellings people type
/// (`colaboración`, `gobernanza`, `convenio`…), which readers turn into the canonical English token
/// (``Tie/canonicalKind(_:)``). Unknown kinds are kept as written.
public enum KnownTieKind: String, Sendable, Hashable, Vocabulary {
    /// A tie of no particular kind (what an edge list without a `kind` column gives).
    case tie
    case collaboration
    case governance
    case agreement
    case funding
    case program
    case mechanism
    case committee
    case project
    case workingTable = "working_table"

    /// The Spanish words, with and without accents.
    public var aliases: [String] {
        switch self {
        case .tie: return ["vínculo"]
        case .collaboration: return ["colaboración"]
        case .governance: return ["gobernanza"]
        case .agreement: return ["convenio"]
        case .funding: return ["financiamiento", "financiación"]
        case .program: return ["programa"]
        case .mechanism: return ["mecanismo"]
        case .committee: return ["comité"]
        case .project: return ["proyecto"]
        case .workingTable: return ["mesa", "mesa de trabajo"]
        }
    }
}

extension Tie {
    /// The canonical token of a tie kind as written: a known kind's English token (`colaboración` →
    /// `collaboration`), any other word unchanged.
    ///
    /// - Parameter written: the kind as the file or the user wrote it.
    /// - Returns: the token the network stores and writers write.
    public static func canonicalKind(_ written: String) -> String {
        KnownTieKind(word: written)?.rawValue ?? written
    }
}
