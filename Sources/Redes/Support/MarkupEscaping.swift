/// Escapes text for HTML and XML content and attribute values (`&`, `<`, `>`, `"`, `'`), as every renderer that
/// writes markup around user data must (diagram legends, reports).
///
/// - Parameters:
///   - text: the text.
///   - whitespaceReferences: also write tab, line feed and carriage return as `&#9;`, `&#10;`, `&#13;`, so that XML
///     attribute-value normalisation (which turns them into spaces) and line-end normalisation (which turns CR into
///     LF) leave them as they were: what the GraphML and GEXF writers need to round-trip every text.
///   - xmlCharactersOnly: also leave out what XML 1.0 cannot hold (control characters other than tab, line feed and
///     carriage return; U+FFFE, U+FFFF): what the spreadsheet parts need.
/// - Returns: the escaped text.
public func escapeHTML(_ text: String, whitespaceReferences: Bool = false, xmlCharactersOnly: Bool = false) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        case "\t" where whitespaceReferences: out += "&#9;"
        case "\n" where whitespaceReferences: out += "&#10;"
        case "\r" where whitespaceReferences: out += "&#13;"
        case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
        case _ where xmlCharactersOnly && (scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF):
            continue
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}
