import Redes

/// What is wrong with a value given to a command-line option, as a typed value: the catalog puts it in words, with
/// a fix, in the run's language (``Language/describe(_:)-(OptionProblem)``). Every value that names something — an
/// attribute, an actor, a group, a metric, a layout, a format — is checked against what exists, so that no value
/// is silently ignored or guessed.
public enum OptionProblem: Error, Sendable, Hashable {
    /// A value that is not one of the option's choices (a layout, a format, a metric, an order…);
    /// `suggestion` is the closest accepted word.
    case unknownValue(option: String, value: String, suggestion: String?, accepted: [String])
    /// An attribute that no actor of the network has; `available` lists those some actor has.
    case unknownAttribute(option: String, attribute: String, suggestion: String?, available: [String])
    /// An id that is no actor of the network.
    case unknownActor(option: String, id: String, suggestion: String?)
    /// A group (a value of `attribute`) that no actor has.
    case unknownGroup(option: String, attribute: String, value: String, suggestion: String?, available: [String])
    /// A number outside the option's range.
    case outOfRange(option: String, value: String, range: NumberRange)
    /// An option that means nothing without another one (it would be ignored).
    case needs(option: String, other: String)
    /// An option that takes two comma-separated groups.
    case twoGroups(option: String)
    /// An option that takes a single character.
    case oneCharacter(option: String, value: String)
    /// `--highlight keyplayers:K` with a K that is not a positive number.
    case keyPlayerCount(value: String)
    /// `scenario` with neither a scenario name nor `--changes`; `available` lists the file's scenarios.
    case noScenario(available: [String])
    /// Evidence asserted on import (`--evidence`) without what its status needs.
    case incompleteEvidence(EvidenceRequirement)
    /// A language that Redes does not speak, from `--lang` or an environment variable (`variable`).
    case unknownLanguage(variable: String, value: String)

    // MARK: Issue 19 — diagrams for slides and the map
    /// A length that is not a positive number with a unit Redes reads (px, cm, mm, pt, in).
    case invalidLength(option: String, value: String)
    /// A font family that fontconfig does not know; `available` lists the families it knows.
    case unknownFont(value: String, suggestion: String?, available: [String])
    /// Two options that cannot be given together.
    case conflicts(option: String, other: String)
    /// An id that is no arrangement of the network.
    case unknownArrangement(option: String, id: String, suggestion: String?)

    // MARK: Issue 18 — comparisons, waves and the roadmap
    /// A date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    case invalidDate(option: String, value: String)
    /// A date asked of a file none of whose elements has a period (the network is the same on every date).
    case noPeriods(option: String, file: String)
    /// `compare` with one mapping only.
    case nothingToCompare
    /// An option given more times than it can be used.
    case tooMany(option: String, count: Int, most: Int)
    /// Two mappings of which one is directed and the other not.
    case differentDirection(directed: String, undirected: String)
    /// A command that follows the roadmap, on a file that has none.
    case noRoadmap(file: String)
    /// A file for a drawing that only SVG can hold, named with another extension.
    case svgOnly(option: String, value: String)
}

/// The range a numeric option takes.
public enum NumberRange: Sendable, Hashable {
    /// 1, 2, 3…
    case positive
    /// 0, 1, 2…
    case zeroOrMore
    /// A share between 0 and 1.
    case share
    // MARK: Issue 19 — diagrams for slides and the map
    /// A size of 1 or more, decimals allowed (a font size, a resolution).
    case size
}

extension Language {
    /// An option problem as the command-line tool prints it: `error: what` and, on a second line, `fix: how`.
    ///
    /// - Parameter problem: the problem.
    /// - Returns: two lines, without a final newline.
    public func describe(_ problem: OptionProblem) -> String {
        "\(text(.errorLabel)): \(text(.optionProblem(problem)))\n  \(text(.fixLabel)): \(text(.optionProblemFix(problem)))"
    }
}
