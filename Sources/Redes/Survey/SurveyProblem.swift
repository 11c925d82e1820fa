/// What is wrong with a survey answers file, as a typed value: `RedesPresentation` puts it in words, with a fix, in
/// the run's language.
public enum SurveyProblem: Sendable, Hashable {
    /// The file cannot be read as a table (missing, not UTF-8, an unclosed quote, not a spreadsheet…).
    case input(NetworkProblem)
    /// An .xlsx file that is not a readable workbook (not a ZIP package, or without its workbook part).
    case notASpreadsheet
    /// No row names the required columns (`encuestado`, `actor`, `colabora`).
    case noHeader(required: [SurveyColumn])
    /// Two header cells name the same column.
    case duplicateColumn(SurveyColumn, firstColumn: Int)
    /// A header close to a known column's name: a likely typo that would otherwise drop the column.
    case unknownColumn(String, suggestion: String)
    /// A row with answers but no respondent, or no actor.
    case emptyCell(SurveyColumn)
    /// A respondent or actor that names no actor of the network; `suggestion` is the closest name.
    case unknownActor(SurveyColumn, written: String, suggestion: String?)
    /// A name that fits several actors (their ids).
    case ambiguousActor(SurveyColumn, written: String, candidates: [String])
    /// A respondent that names itself (its name).
    case namesItself(String)
    /// `collaborates` is neither yes nor no.
    case invalidAnswer(String, suggestion: String?)
    /// A frequency outside the scale.
    case invalidFrequency(String, suggestion: String?)
    /// A channel that is neither an arrangement kind nor an arrangement of the network.
    case unknownChannel(String, suggestion: String?)
    /// `collaborates` says yes and the frequency says never.
    case yesButNever
    /// Details (a frequency, a channel, a role) given where `collaborates` is `no`.
    case detailsWithNo(SurveyColumn)
    /// Details given where `collaborates` is blank.
    case detailsWithoutAnswer(SurveyColumn)
    /// The same respondent answers about the same actor twice (their names).
    case repeatedPair(respondent: String, actor: String, firstRow: Int)
    /// The answers file holds nothing.
    case emptyFile
    /// No row answers `collaborates`: the template as it was sent.
    case noAnswers
    /// `--ties max|min` weighs ties by frequency, and this named tie has none.
    case missingFrequency(rule: SurveyTieRule)
}

/// A survey problem and where it is: the file, the row (as a spreadsheet numbers it: the CSV line, or the sheet's
/// row) and the column (1-based), when it has them.
public struct SurveyError: Error, Sendable, Hashable {
    public var file: String
    public var row: Int?
    public var column: Int?
    public var problem: SurveyProblem

    /// Creates a located problem.
    ///
    /// - Parameters:
    ///   - file: the answers file as the user named it.
    ///   - row: the 1-based row, if the problem has one.
    ///   - column: the 1-based column, if the problem has one.
    ///   - problem: what is wrong.
    public init(file: String, row: Int? = nil, column: Int? = nil, problem: SurveyProblem) {
        self.file = file
        self.row = row
        self.column = column
        self.problem = problem
    }

    /// A problem reading the file, as the network readers report it.
    ///
    /// - Parameter error: the reader's error.
    public init(_ error: LoadError) {
        self.init(file: error.file, row: error.line, column: nil, problem: .input(error.problem))
    }
}

/// Every problem of an answers file, in row order: an import reports them all at once, so that a file is mended in
/// one pass.
public struct SurveyErrors: Error, Sendable, Hashable {
    public var errors: [SurveyError]

    /// Creates the list.
    ///
    /// - Parameter errors: the problems, at least one.
    public init(_ errors: [SurveyError]) { self.errors = errors }
}

/// The spreadsheet name of a 1-based column: 1 → `A`, 26 → `Z`, 27 → `AA`.
///
/// - Parameter column: the column number, 1 or more.
/// - Returns: its letters.
public func spreadsheetColumnName(_ column: Int) -> String {
    var n = max(column, 1)
    var letters: [Character] = []
    while n > 0 {
        let remainder = (n - 1) % 26
        letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
        n = (n - 1) / 26
    }
    return String(letters.reversed())
}
