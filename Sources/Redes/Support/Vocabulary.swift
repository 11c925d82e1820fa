import Foundation

/// The words a person may type for a typed value: its canonical token (what files, JSON and CSV are written with) and
/// the other spellings accepted on input.
///
/// Input is matched after ``foldedWord(_:)``: any case, with or without accents, with spaces, hyphens or underscores
/// between words — so `Comité`, `comite` and `COMITE` all name ``ArrangementKind/committee``. The aliases are the words
/// people read in Redes' tables (the Spanish catalog labels such as `programa`, `intermediación`, `documentado`) and
/// their English counterparts; writers always write the canonical `rawValue`.
///
/// Adding a case to a conforming enum means giving it its aliases in ``aliases``: the switch there is exhaustive.
public protocol Vocabulary: CaseIterable, RawRepresentable, Sendable where RawValue == String {
    /// Spellings accepted besides the canonical token, in any case and with or without accents.
    var aliases: [String] { get }
}

extension Vocabulary {
    /// The value named by `word`: its canonical token or one of its aliases, folded.
    ///
    /// - Parameter word: what the person typed.
    public init?(word: String) {
        // Files mostly use the canonical token: match it before folding anything.
        if let exact = Self(rawValue: word) { self = exact; return }
        let folded = foldedWord(word)
        guard let value = Self.allCases.first(where: { $0.foldedWords.contains(folded) }) else { return nil }
        self = value
    }

    /// Every word accepted for this value, folded (the canonical token first).
    var foldedWords: [String] { ([rawValue] + aliases).map(foldedWord) }

    /// Every accepted word of every value, as written (canonical tokens first, then aliases): the candidates of a
    /// did-you-mean.
    public static var acceptedWords: [String] {
        allCases.map(\.rawValue) + allCases.flatMap(\.aliases)
    }

    /// The accepted word closest to `word` by edit distance, when it is close enough to be a likely typo.
    ///
    /// - Parameter word: what the person typed.
    /// - Returns: the likeliest intended word, as written in ``acceptedWords``, or nil.
    public static func suggestion(for word: String) -> String? {
        let words = acceptedWords
        guard let folded = closestMatch(to: foldedWord(word), in: words.map(foldedWord)),
              let index = words.map(foldedWord).firstIndex(of: folded) else { return nil }
        return words[index]
    }
}

/// `text` as input matching compares it: lower-cased, without accents (Unicode canonical decomposition minus the
/// combining marks), every run of characters other than letters and digits made one `_`, and no `_` at either end.
///
/// - Parameter text: a word or phrase, such as `Intermediación` or `vector propio`.
/// - Returns: the folded form, such as `intermediacion` or `vector_propio`.
/// - Complexity: O(|text|).
public func foldedWord(_ text: String) -> String {
    var result = ""
    var pendingSeparator = false
    for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
        if scalar.properties.generalCategory == .nonspacingMark { continue }
        if scalar.properties.isAlphabetic || (48...57).contains(scalar.value) {
            if pendingSeparator && !result.isEmpty { result.append("_") }
            pendingSeparator = false
            result.unicodeScalars.append(scalar)
        } else {
            pendingSeparator = true
        }
    }
    return result
}
