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

    /// A warning line: `warning: …`.
    public func warning(_ text: String) -> String { "\(self.text(.warningLabel)): \(text)" }

    /// A note line: `note: …`.
    public func note(_ text: String) -> String { "\(self.text(.noteLabel)): \(text)" }
}
