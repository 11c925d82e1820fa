// The words of a roster survey's answers: what a respondent may write in each answer column, in Spanish or English,
// any case, with or without accents (see ``Vocabulary``).

/// How often a respondent says it works with a named actor: the survey's frequency scale, from `never` to `weekly`.
///
/// The scale is ordinal (Provan & Milward 2001 and the PARTNER tool ask frequency on a similar 4–5 point scale); its
/// ``level`` (0 for never, 4 for weekly) is the tie weight when the import's rule is `max` or `min`.
public enum SurveyFrequency: String, Sendable, Hashable, Vocabulary, Comparable {
    /// Nunca: only consistent with a "no".
    case never
    /// Anual: about once a year (level 1).
    case yearly
    /// Trimestral: about once a quarter (level 2).
    case quarterly
    /// Mensual: about once a month (level 3).
    case monthly
    /// Semanal: every week (level 4).
    case weekly

    /// The Spanish words of the template (`nunca`, `anual`, `trimestral`, `mensual`, `semanal`) and a few English
    /// synonyms.
    public var aliases: [String] {
        switch self {
        case .never: return ["nunca"]
        case .yearly: return ["anual", "annual", "annually"]
        case .quarterly: return ["trimestral"]
        case .monthly: return ["mensual"]
        case .weekly: return ["semanal"]
        }
    }

    /// The position on the scale: 0 (never) to 4 (weekly).
    public var level: Int { Self.allCases.firstIndex(of: self)! }

    /// Orders frequencies from `never` to `weekly`.
    ///
    /// - Parameters:
    ///   - lhs: A frequency.
    ///   - rhs: Another frequency.
    /// - Returns: Whether `lhs` is less often than `rhs`.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.level < rhs.level }
}

/// A yes-or-no answer in the `collaborates` column: `sí`, `si`, `SI`, `x`, `1`, `yes` or `no`, `0`.
public enum SurveyAnswer: String, Sendable, Hashable, Vocabulary {
    /// The respondent works with the actor.
    case yes
    /// It does not.
    case no

    /// The Spanish and the spreadsheet ways of saying it (a mark `x` or `1` for yes).
    public var aliases: [String] {
        switch self {
        case .yes: return ["sí", "x", "1", "true", "verdadero"]
        case .no: return ["0", "false", "falso"]
        }
    }
}

/// The columns of a survey answers file, with the Spanish headers of the template; any case, with or without
/// accents. `bloc` is shown to help the respondent and is not read back.
public enum SurveyColumn: String, Sendable, Hashable, Vocabulary {
    /// The organisation that answers (pre-filled).
    case respondent
    /// The actor of the roster it is asked about (pre-filled).
    case actor
    /// That actor's bloc (pre-filled, for reading only).
    case bloc
    /// Whether the respondent works with the actor: yes or no.
    case collaborates
    /// How often: a ``SurveyFrequency``.
    case frequency
    /// Through what: an arrangement kind or an arrangement of the network (several separated by `;`).
    case channel1 = "channel_1"
    /// A second channel.
    case channel2 = "channel_2"
    /// A third channel.
    case channel3 = "channel_3"
    /// The named actor's role in the relation, in the respondent's words.
    case role

    /// The Spanish headers of the template, and their variants.
    public var aliases: [String] {
        switch self {
        case .respondent: return ["encuestado", "encuestada", "quien responde"]
        case .actor: return ["actor nombrado", "named actor"]
        case .bloc: return ["bloque"]
        case .collaborates: return ["colabora", "collaborate"]
        case .frequency: return ["frecuencia"]
        case .channel1: return ["canal 1", "canal", "canales", "channel", "channels"]
        case .channel2: return ["canal 2"]
        case .channel3: return ["canal 3"]
        case .role: return ["rol", "función", "rol o función"]
        }
    }

    /// The columns an answers file must have.
    public static let required: [SurveyColumn] = [.respondent, .actor, .collaborates]

    /// The channel columns, in order.
    public static let channels: [SurveyColumn] = [.channel1, .channel2, .channel3]

    /// The columns of the template, in order.
    public static let template: [SurveyColumn] = [.respondent, .actor, .bloc, .collaborates, .frequency] + channels + [.role]
}

/// A channel a respondent names: a kind of arrangement (any `mesa`, any `convenio`…) or one arrangement of the
/// network.
public enum SurveyChannel: Sendable, Hashable {
    /// Any arrangement of this kind.
    case kind(ArrangementKind)
    /// The arrangement with this id.
    case arrangement(String)

    /// The token written in files: the kind's canonical token or the arrangement's id.
    public var token: String {
        switch self {
        case .kind(let kind): return kind.rawValue
        case .arrangement(let id): return id
        }
    }
}
