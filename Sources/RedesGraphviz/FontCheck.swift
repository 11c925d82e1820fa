import Foundation

/// Which font the diagrams' face resolves to on this machine, asked of fontconfig (`fc-match`, the library Graphviz's
/// cairo renderer uses for PNG and PDF), and whether it has a glyph for every Spanish accent.
public struct FontCheck: Sendable, Hashable {
    /// The characters Spanish text needs beyond ASCII.
    public static let spanishCharacters: [Character] = ["á", "é", "í", "ó", "ú", "ü", "ñ", "Á", "É", "Í", "Ó", "Ú", "Ñ", "¿", "¡"]

    /// The face asked for (``DiagramStyle/font``).
    public var requested: String
    /// The family fontconfig gives, with its style.
    public var family: String
    /// The font file.
    public var file: String
    /// The Spanish characters the font has no glyph for (empty when every accent renders).
    public var missing: [Character]

    /// Why fontconfig could not be asked.
    public enum Failure: Error, Sendable, Hashable {
        /// `fc-match` is not installed (or not on the path).
        case notInstalled
        /// `fc-match` answered something that is not a match.
        case unreadableAnswer(String)
    }

    /// Asks fontconfig for the font that `family` resolves to.
    ///
    /// - Parameter family: the face, such as `DejaVu Sans`.
    /// - Returns: the match and the accents it lacks.
    /// - Throws: ``Failure``.
    public static func match(_ family: String = DiagramStyle.font) throws(Failure) -> FontCheck {
        let answer = try run(["fc-match", "--format", "%{family[0]}|%{style[0]}|%{file}|%{charset}", family])
        let fields = answer.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 4, !fields[0].isEmpty else { throw .unreadableAnswer(answer) }
        let ranges = fields[3].split(separator: " ").compactMap { range -> ClosedRange<UInt32>? in
            let bounds = range.split(separator: "-").compactMap { UInt32($0, radix: 16) }
            guard let low = bounds.first else { return nil }
            return low...(bounds.last ?? low)
        }
        let missing = spanishCharacters.filter { character in
            guard let scalar = character.unicodeScalars.first else { return true }
            return !ranges.contains { $0.contains(scalar.value) }
        }
        return FontCheck(requested: family, family: "\(fields[0]) \(fields[1])", file: fields[2], missing: missing)
    }

    /// The font families fontconfig knows (`fc-list : family`), each name once, sorted (a family listed with
    /// several names, such as `DejaVu Sans,DejaVu Sans Light`, gives each).
    ///
    /// - Returns: the family names.
    /// - Throws: ``Failure/notInstalled`` when `fc-list` cannot be run.
    public static func families() throws(Failure) -> [String] {
        let names = try run(["fc-list", ":", "family"]).split(whereSeparator: { $0 == "\n" || $0 == "," })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return Array(Set(names)).sorted()
    }

    /// What a fontconfig program prints, run through `env` (which exits with 127 when the program is missing).
    private static func run(_ arguments: [String]) throws(Failure) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        do { try process.run() } catch { throw .notInstalled }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw .notInstalled }
        return String(decoding: data, as: UTF8.self)
    }
}
