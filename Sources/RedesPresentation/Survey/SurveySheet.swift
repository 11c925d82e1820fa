import Redes

/// A ``SurveyTemplate`` in one language: the title, the instructions, the headers, the pre-filled rows and the choices
/// of each answer column, as the CSV and spreadsheet writers lay them out.
public struct SurveySheet: Sendable {
    /// The columns, in order (``SurveyColumn/template``).
    public let columns: [SurveyColumn]
    /// The title: the survey of the network's name.
    public let title: String
    /// The instructions, one sentence each.
    public let instructions: [String]
    /// The header row.
    public let headers: [String]
    /// The rows: respondent, actor and bloc filled in, the answer columns blank.
    public let rows: [[String]]
    /// What `collaborates` takes: yes, no.
    public let answers: [String]
    /// What `frequency` takes: never … weekly.
    public let frequencies: [String]
    /// What a channel column takes: the kinds of arrangement the network uses, then its arrangements.
    public let channels: [String]
    /// The names of the sheets: the survey, the instructions, the lists of choices.
    public let sheetNames: (survey: String, instructions: String, lists: String)
    /// The language of every text.
    public let language: Language

    /// Lays out `template` in `language`.
    ///
    /// - Parameters:
    ///   - template: the survey's rows and channels.
    ///   - language: the language of the headers, choices and instructions.
    ///   - spreadsheet: whether the instructions speak of a spreadsheet's lists sheet (else of the list in the CSV).
    public init(_ template: SurveyTemplate, language: Language, spreadsheet: Bool) {
        self.language = language
        let network = template.network
        columns = SurveyColumn.template
        title = language.text(.survey(.templateTitle), network.name)
        instructions = [language.text(.survey(.instructionRows)), language.text(.survey(.instructionAnswer)), language.text(.survey(.instructionFrequency)),
                        language.text(.survey(spreadsheet ? .instructionChannels : .instructionChannelsCSV)), language.text(.survey(.instructionRole)),
                        language.text(.survey(.instructionKeep)), language.text(.survey(spreadsheet ? .instructionReturnSpreadsheet : .instructionReturnCSV))]
        headers = columns.map { language.text(.survey(.column($0))) }
        let labels = network.actors.indices.map(template.label(ofActor:))
        let blocNames = Dictionary(network.blocsInUse.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let blanks = [String](repeating: "", count: columns.count - 3)
        rows = template.rows.map { row in
            [labels[row.respondent], labels[row.actor], network.actors[row.actor].bloc.flatMap { blocNames[$0] } ?? ""] + blanks
        }
        answers = SurveyAnswer.allCases.map { language.text(.survey(.answer($0))) }
        frequencies = SurveyFrequency.allCases.map { language.text(.survey(.frequency($0))) }
        channels = template.channels.map { channel in
            switch channel {
            case .kind(let kind): return language.label(kind)
            case .arrangement(let id): return template.label(ofArrangement: id)
            }
        }
        sheetNames = (language.text(.survey(.sheetSurvey)), language.text(.survey(.sheetInstructions)), language.text(.survey(.sheetLists)))
    }

    /// The 1-based column of `column` in the sheet.
    ///
    /// - Parameter column: a column of the template.
    /// - Returns: its position.
    public func position(of column: SurveyColumn) -> Int { (columns.firstIndex(of: column) ?? 0) + 1 }
}

/// The survey as a CSV file: UTF-8 with a byte-order mark (so spreadsheets read the accents), the title and the
/// instructions in the first rows (one cell each), the list of channels, a blank row, then the header and the rows.
///
/// Spanish files are separated by `;` and English ones by `,`: what a spreadsheet set to each language opens in
/// columns (where the comma is the decimal separator, the list separator is `;`). `redes survey import` reads both.
public enum SurveyTemplateCSV {
    /// The field separator of a language's template.
    ///
    /// - Parameter language: the run's language.
    /// - Returns: `;` for Spanish, `,` for English.
    public static func delimiter(for language: Language) -> Character { language == .es ? ";" : "," }

    /// The bytes of the file.
    ///
    /// - Parameter sheet: the template in one language.
    /// - Returns: UTF-8 with a byte-order mark.
    public static func bytes(_ sheet: SurveySheet) -> [UInt8] {
        let delimiter = delimiter(for: sheet.language)
        var lines: [[String]] = [[sheet.title]]
        lines += sheet.instructions.map { [$0] }
        lines.append([sheet.language.text(.survey(.channelsList), sheet.channels.joined(separator: " · "))])
        lines.append([])
        lines.append(sheet.headers)
        lines += sheet.rows
        let text = lines.map { $0.map { CSVTable.field($0, delimiter: delimiter) }.joined(separator: String(delimiter)) + "\r\n" }.joined()
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }
}
