/// The language of human-readable output (tables, the report). Spanish is the default: the committee reads it.
public enum Language: String, Sendable, CaseIterable {
    case es
    case en

    /// The decimal separator of this language's number format.
    public var decimalSeparator: Character { self == .es ? "," : "." }

    /// A number with a fixed number of decimals, in this language's format (decimal comma in Spanish).
    public func format(_ value: Double, decimals: Int = 3) -> String {
        let text = formatFixed(value, decimals: decimals)
        return self == .es ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}

extension String {
    func replacingOccurrences(of target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
