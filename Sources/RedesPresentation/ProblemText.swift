import Redes

extension Language {
    /// A load error as the command-line tool prints it: `file:line:column: error: what (element path)` and, on a
    /// second line, `fix: how`.
    ///
    /// - Parameter error: the error.
    /// - Returns: two lines, without a final newline.
    public func describe(_ error: LoadError) -> String {
        let place = error.path.map { $0.components.isEmpty ? "" : " (\($0))" } ?? ""
        return "\(error.location): \(text(.errorLabel)): \(text(.problem(error.problem)))\(place)\n  \(text(.fixLabel)): \(text(.problemFix(error.problem)))"
    }

    /// A validation issue: `path: what` and, on a second line, `fix: how`.
    public func describe(_ issue: ValidationIssue) -> String {
        "\(issue.path): \(text(.problem(issue.problem)))\n  \(text(.fixLabel)): \(text(.problemFix(issue.problem)))"
    }

    /// An output that could not be written: `path: error: why` and, on a second line, `fix: how`.
    public func describe(_ error: OutputFile.WriteError) -> String {
        "\(error.path): \(text(.errorLabel)): \(text(.writeFailure(error.failure)))\n  \(text(.fixLabel)): \(text(.writeFailureFix(error.failure)))"
    }

    /// A writer's refusal: `file: error: FORMAT cannot hold N of the texts exactly…`, one line per text with why, and
    /// the fix.
    public func describe(_ refusal: WriteRefusal, file: String) -> String {
        var out = "\(file): \(text(.errorLabel)): \(text(.unwritableTexts, text(.formatName(refusal.format)), String(refusal.texts.count)))"
        // Every text up to 100, so the list stays readable when a whole file is at fault.
        for item in refusal.texts.prefix(100) {
            out += "\n    '\(item.text.unicodeScalars.map { $0 == "\n" ? "\\n" : $0 == "\r" ? "\\r" : String($0) }.joined())' — \(text(.unwritableReason(item.reason)))"
        }
        if refusal.texts.count > 100 { out += "\n    " + text(.andMoreElements, String(refusal.texts.count - 100)) }
        return out + "\n  \(text(.fixLabel)): \(text(.unwritableFix))"
    }

    /// A warning line: `warning: …`.
    public func warning(_ text: String) -> String { "\(self.text(.warningLabel)): \(text)" }

    /// A note line: `note: …`.
    public func note(_ text: String) -> String { "\(self.text(.noteLabel)): \(text)" }
}
