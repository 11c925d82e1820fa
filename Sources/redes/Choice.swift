import ArgumentParser
import Foundation
import Redes
import RedesPresentation

/// The value of an option that names one of a fixed set of choices (a layout, a format, an order…), kept as typed
/// until the run's language is known, then checked with a did-you-mean in that language: `Choice` accepts any text
/// while parsing, so that a wrong value is reported by the catalog rather than by swift-argument-parser in English.
struct Choice<Value: Vocabulary>: ExpressibleByArgument, Sendable {
    /// The text as given.
    var text: String

    init(argument: String) { text = argument }
    init(_ value: Value) { text = value.rawValue }

    static var allValueStrings: [String] { Value.allCases.map(\.rawValue) }
    var defaultValueDescription: String { text }

    /// The value named, or a printed error (`option` and its accepted words) and exit status 1.
    func value(of option: String, in language: Language) throws -> Value {
        if let value = Value(word: text) { return value }
        throw fail(.unknownValue(option: option, value: text, suggestion: Value.suggestion(for: text),
                                 accepted: Value.allCases.map(\.rawValue)), in: language)
    }
}

/// The language of a command's messages (`--lang`, else `REDES_LANG`, else the locale, else Spanish): shared by
/// every command.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"),
            help: "Language of everything printed: es or en (default: $REDES_LANG, else the locale's LANG when it is Spanish or English, else es).")
    var code: String?

    /// The run's language (Spanish when it cannot be told; ``validate()`` has refused a wrong one already).
    var language: Language { (try? Language.resolve(option: code, environment: ProcessInfo.processInfo.environment)) ?? .es }

    func validate() throws {
        let environment = ProcessInfo.processInfo.environment
        do {
            _ = try Language.resolve(option: code, environment: environment)
        } catch {
            // Said in the language the environment asks for, or Spanish.
            let fallback = (try? Language.resolve(option: nil, environment: code == nil ? [:] : environment)) ?? .es
            throw fail(error, in: fallback)
        }
    }
}

/// Prints an option problem in `language` and returns exit status 1.
func fail(_ problem: OptionProblem, in language: Language) -> ExitCode {
    printError(language.describe(problem))
    return ExitCode(1)
}

/// Checks that a number given to `option` is in `range`, or prints why not and exits with status 1.
func check<Number: Comparable & Numeric & LosslessStringConvertible>(_ value: Number?, _ option: String, _ range: NumberRange,
                                                                     in language: Language) throws {
    guard let value else { return }
    let fits: Bool
    switch range {
    case .positive, .size: fits = value >= 1
    case .zeroOrMore: fits = value >= 0
    case .share: fits = value >= 0 && value <= 1
    }
    if !fits { throw fail(.outOfRange(option: option, value: String(value), range: range), in: language) }
}

extension Network {
    /// The attribute `word` names (`bloque` → `bloc`), or a printed error with a did-you-mean among the attributes
    /// some actor has, and exit status 1.
    func attribute(_ word: String, for option: String, in language: Language) throws -> String {
        if let name = attribute(named: word) { return name }
        let available = attributesInUse
        let suggestion = closestMatch(to: word, in: available)
            ?? ActorAttribute.suggestion(for: word).flatMap { attribute(named: $0) }
        throw fail(.unknownAttribute(option: option, attribute: word, suggestion: suggestion, available: available), in: language)
    }

    /// Checks that every id is an actor of this network (or of `other`, the network before a scenario), or prints
    /// the first that is not (with a did-you-mean) and exits with status 1.
    func checkActors(_ ids: [String], for option: String, alsoIn other: Network? = nil, in language: Language) throws {
        let candidates = actors.map(\.id) + (other?.actors.map(\.id) ?? [])
        let known = Set(candidates)
        for id in ids where !known.contains(id) {
            throw fail(.unknownActor(option: option, id: id, suggestion: closestMatch(to: id, in: candidates)), in: language)
        }
    }
}

/// The items of a comma-separated option value, trimmed, without empty ones.
func commaSeparated(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}
