import Foundation
import Redes

/// The language of human-readable output (tables, diagrams, the report, messages). Spanish is the default: the
/// committee reads it.
public enum Language: String, Sendable, CaseIterable {
    case es
    case en

    /// The decimal separator of this language's number format.
    public var decimalSeparator: Character { self == .es ? "," : "." }

    /// The message in this language, with `{1}`, `{2}`, … replaced by `arguments`.
    ///
    /// - Parameters:
    ///   - message: the catalog entry.
    ///   - arguments: the values of the placeholders, in order.
    /// - Returns: the sentence.
    public func text(_ message: Message, _ arguments: String...) -> String {
        var text = self == .es ? message.spanish : message.english
        for (i, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(i + 1)}", with: argument)
        }
        return text
    }

    /// A number with a fixed number of decimals, in this language's format (decimal comma in Spanish).
    ///
    /// - Parameters:
    ///   - value: the number.
    ///   - decimals: the number of decimals.
    /// - Returns: the text; "—" for NaN.
    public func format(_ value: Double, decimals: Int = 3) -> String {
        let text = formatFixed(value, decimals: decimals)
        return self == .es ? String(text.map { $0 == "." ? "," : $0 }) : text
    }

    /// A number, or "—" when it is undefined.
    public func format(_ value: Double?, decimals: Int = 3) -> String {
        value.map { format($0, decimals: decimals) } ?? "—"
    }

    /// A share as a percentage, e.g. "42 %" (Spanish, with the space its typography asks for) or "42%".
    public func percent(_ share: Double) -> String {
        let value = formatFixed(share * 100, decimals: 0)
        return self == .es ? value + " %" : value + "%"
    }

    /// A list in words: "a, b y c" / "a, b and c".
    public func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + text(.listAnd) + last
    }

    /// The name of an actor attribute in words.
    public func attributeName(_ attribute: String) -> String { text(.attribute(attribute)) }

    /// A typed label in words.
    public func label(_ status: EvidenceStatus) -> String { text(.evidenceStatus(status)) }
    public func label(_ kind: ArrangementKind) -> String { text(.arrangementKind(kind)) }
    public func label(_ role: BrokerageRole) -> String { text(.brokerageRole(role)) }
    public func label(_ figure: Figure) -> String { text(.figure(figure)) }
    public func header(_ metric: ActorMetric) -> String { text(.metricHeader(metric)) }

    /// A method's reference in this language ("Wasserman y Faust 1994" / "Wasserman and Faust 1994").
    public func reference(_ note: MethodNote) -> String {
        note.reference.replacingOccurrences(of: " & ", with: text(.listAnd))
    }

    /// How the key-player set was found, in words.
    public func method(_ method: KeyPlayerSearch.Method) -> String {
        switch method {
        case .exhaustive(let sets): return text(.keyPlayerMethodExhaustive, String(sets))
        case .greedySwap(let seed, let restarts): return text(.keyPlayerMethodGreedy, String(restarts), String(seed))
        case .boundedGreedySwap(let candidates, let n, let sources, let seed, let restarts):
            return text(.keyPlayerMethodBounded, String(candidates), String(n),
                        sources.map { text(.sampledSourcesClause, String($0)) } ?? "", String(restarts), String(seed))
        }
    }

    /// How the variants of a sensitivity analysis were computed, in words.
    public func method(_ method: SensitivityAnalysis.Method) -> String {
        switch method {
        case .exact: return text(.sensitivityMethodExact)
        case .sampledSources(let sources, let seed): return text(.sensitivityMethodSampled, String(sources), String(seed))
        }
    }

    /// A rough duration in words: seconds under two minutes, minutes under two hours, hours above.
    public func duration(_ seconds: Double) -> String {
        if seconds < 120 { return text(.durationSeconds, String(Int(seconds.rounded(.up)))) }
        if seconds < 7_200 { return text(.durationMinutes, String(Int((seconds / 60).rounded(.up)))) }
        return text(.durationHours, format(seconds / 3_600, decimals: 1))
    }

    /// How a bounded robustness curve was computed, in words: the ranking recomputed after every r removals, DF after
    /// every d removals (the parts that were bounded).
    public func method(_ method: RobustnessAnalysis.Method) -> String {
        var parts: [String] = []
        if let every = method.recomputeEvery, every > 1 { parts.append(text(.robustnessRecomputeEvery, String(every))) }
        if let every = method.distanceEvery, every > 1 { parts.append(text(.robustnessDistanceEvery, String(every))) }
        return parts.joined(separator: "; ")
    }

    /// How the ties were searched, in words.
    public func method(_ method: TieSuggestions.Method) -> String {
        switch method {
        case .exhaustive: return text(.suggestionMethodExhaustive)
        case .greedy(let rounds): return text(.suggestionMethodGreedy, String(rounds))
        case .restricted(let candidates, let n, let rounds):
            return text(.suggestionMethodRestricted, String(candidates), String(n), String(rounds))
        }
    }
}
