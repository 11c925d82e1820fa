import Redes

/// The board template as the committee opens it in a spreadsheet (``BoardTemplate``): UTF-8 with a byte-order mark
/// (so that Excel shows the accents), headers in the run's language, and the separator the run's spreadsheets expect:
/// `;` with the decimal comma in Spanish (what Excel writes and opens where the comma is the decimal separator, as in
/// Chile), `,` with the decimal point in English. Both read back with ``BoardTemplate/read(path:into:)``.
public enum BoardTemplateCSV {
    /// The columns, in order.
    public static let columns: [BoardTemplateColumn] = BoardTemplateColumn.allCases

    /// The bytes of the template of `network`.
    ///
    /// - Parameters:
    ///   - network: The network whose indicators the template lists.
    ///   - language: The language of the headers, role words and custodian mark, and the CSV dialect.
    /// - Returns: The file's bytes, starting with the UTF-8 byte-order mark.
    public static func bytes(_ network: Network, language: Language) -> [UInt8] {
        var table = CSVTable(header: columns.map(language.header), delimiter: language == .es ? ";" : ",")
        let blocNames = Dictionary(network.blocsInUse.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for row in BoardTemplate.rows(network) {
            let indicator = network.indicators[row.indicator], actor = network.actors[row.actor]
            table.append(columns.map { column -> String in
                switch column {
                case .indicator: return indicator.id
                case .indicatorName: return language.name(of: indicator)
                case .actor: return actor.id
                case .actorName: return actor.name
                case .bloc: return actor.bloc.map { blocNames[$0] ?? $0 } ?? ""
                case .custodian: return row.isCustodian ? language.text(.yes) : ""
                case .role: return row.roles.map(language.label).joined(separator: ", ")
                case .baselinePeriod: return row.baseline?.period ?? ""
                case .baseline: return row.baseline.map { language.number($0.value) } ?? ""
                case .targetPeriod: return row.target?.period ?? ""
                case .target: return row.target.map { language.number($0.value) } ?? ""
                }
            })
        }
        return [0xEF, 0xBB, 0xBF] + Array(table.rendered().utf8)
    }
}
