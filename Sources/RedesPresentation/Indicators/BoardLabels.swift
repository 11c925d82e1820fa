import Redes

// MARK: Issue 17 — the indicator board
extension Language {
    /// A role of the data flow in words (`produce`, `usa` / `produces`, `uses`): accepted back as input.
    public func label(_ role: IndicatorRole) -> String { text(.board(.role(role))) }

    /// A level of measure in words (`población`, `desempeño` / `population`, `performance`).
    public func label(_ level: IndicatorLevel) -> String { text(.board(.level(level))) }

    /// A column header of the board template in this language: accepted back on import in either language.
    public func header(_ column: BoardTemplateColumn) -> String { text(.board(.column(column))) }

    /// An indicator's display name: its English name in English when the file gives one, else its name.
    public func name(of indicator: Indicator) -> String { self == .en ? indicator.nameEnglish ?? indicator.name : indicator.name }

    /// A number in its shortest exact form (`120`, `12.5`), with the decimal comma in Spanish.
    public func number(_ value: Double) -> String {
        let text = formatNumber(value)
        return self == .es ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A baseline, target or observation as a cell: `120 (2024)`, or `—` when there is none.
    public func value(_ value: IndicatorValue?) -> String {
        value.map { "\(number($0.value)) (\($0.period))" } ?? "—"
    }

    /// An actor's parts on one indicator as the coverage matrix writes them: `C` custodian, then `P`, `R`, `V`, `U`
    /// (the same letters in both languages), `·` for none.
    public static func letters(_ cell: BoardCell) -> String {
        let letters = (cell.isCustodian ? "C" : "") + cell.roles.map { role -> String in
            switch role {
            case .produces: return "P"
            case .reports: return "R"
            case .validates: return "V"
            case .uses: return "U"
            }
        }.joined()
        return letters.isEmpty ? "·" : letters
    }
}
