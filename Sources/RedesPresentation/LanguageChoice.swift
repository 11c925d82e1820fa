import Redes

extension Language {
    /// The language of a run: `--lang` when given, else the `REDES_LANG` environment variable, else the locale
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first that is set: `en…` gives English, `es…` Spanish), else Spanish.
    ///
    /// A `--lang` or `REDES_LANG` that names no language Redes speaks is an error (never a silent fallback); a locale
    /// in another language (`fr_FR`, `C`) gives Spanish, the default.
    ///
    /// - Parameters:
    ///   - option: the value of `--lang`, if given.
    ///   - environment: the process environment.
    /// - Returns: the language.
    /// - Throws: ``OptionProblem/unknownLanguage(variable:value:)``.
    public static func resolve(option: String?, environment: [String: String]) throws(OptionProblem) -> Language {
        if let option {
            guard let language = Language(code: option) else { throw .unknownLanguage(variable: "--lang", value: option) }
            return language
        }
        if let value = environment["REDES_LANG"], !value.isEmpty {
            guard let language = Language(code: value) else { throw .unknownLanguage(variable: "REDES_LANG", value: value) }
            return language
        }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[variable], !value.isEmpty { return Language(code: value) ?? .es }
        }
        return .es
    }

    /// The language a code names: `es`, `en`, or a locale such as `es_CL.UTF-8` or `en-US`.
    ///
    /// - Parameter code: the code, in any case.
    public init?(code: String) {
        let prefix = code.lowercased().prefix { $0.isLetter }
        guard let language = Language(rawValue: String(prefix)) else { return nil }
        self = language
    }

    /// The words for a tie kind: the catalog's label for a known kind (`collaboration` → "colaboración"), the kind as
    /// written otherwise (a file's own word).
    public func label(tieKind kind: String) -> String {
        KnownTieKind(rawValue: kind).map { text(.tieKind($0)) } ?? kind
    }

    /// The words for a key-player objective (`steps` for the share reached within m steps).
    public func label(_ objective: KeyPlayerSearch.Objective, steps: Int = 2) -> String {
        text(.keyPlayerObjective(objective), String(steps))
    }

    /// The words for a per-actor measure: the metric's header, or the structural-hole or brokerage measure's name.
    public func label(_ measure: ActorMeasure) -> String {
        switch measure {
        case .metric(let metric): return header(metric)
        case .constraint: return text(.constraint)
        case .effectiveSize: return text(.effectiveSize)
        case .efficiency: return text(.efficiency)
        case .hierarchy: return text(.hierarchy)
        case .fragmentationIfRemoved: return text(.fWithoutActor)
        case .brokerage: return text(.gfBrokerage)
        }
    }

    /// The words a person may type for the measures, in this language: the Spanish labels of the tables (all of
    /// them accepted input), or the JSON keys in English.
    public func acceptedWords(_ measures: [ActorMeasure]) -> [String] {
        measures.map { self == .es ? label($0) : $0.key }
    }

    /// The words for a removal order.
    public func label(_ order: RobustnessAnalysis.Order) -> String { text(.robustnessOrder(order)) }

    /// The words for a tie-suggestion objective (`steps` for pairs within m steps).
    public func label(_ objective: TieSuggestions.Objective, steps: Int = 2) -> String {
        text(.suggestionObjective(objective), String(steps))
    }
}

extension Language {
    /// A field separator in words ("punto y coma", "a semicolon").
    public func delimiterName(_ byte: UInt8) -> String {
        self == .es ? ProblemsSpanish.delimiter(byte) : ProblemsEnglish.delimiter(byte)
    }
}
