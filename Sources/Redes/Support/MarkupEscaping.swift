/// Escapes text for HTML and XML content and attribute values (`&`, `<`, `>`, `"`, `'`), as every renderer that
/// writes markup around user data must (diagram legends, reports).
public func escapeHTML(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for c in text {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(c)
        }
    }
    return out
}
