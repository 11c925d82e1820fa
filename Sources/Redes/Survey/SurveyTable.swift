import Foundation

/// The cells of a filled survey as read from a file, before any checking: rows with the number a spreadsheet shows
/// for them, each a list of cell texts (column 1 first). The CSV reader is here; the spreadsheet reader builds the
/// same table from an .xlsx file.
public struct SurveyTable: Sendable, Hashable {
    /// One row of cells.
    public struct Row: Sendable, Hashable {
        /// The row's number as a spreadsheet shows it (the CSV line it starts on).
        public var number: Int
        /// The cells, column 1 first; missing trailing cells are blank.
        public var cells: [String]

        /// Creates a row.
        ///
        /// - Parameters:
        ///   - number: the 1-based row number.
        ///   - cells: the cell texts, column 1 first.
        public init(number: Int, cells: [String]) {
            self.number = number
            self.cells = cells
        }

        /// The cell in a 1-based column, trimmed; blank when the row is shorter.
        ///
        /// - Parameter column: the column number.
        /// - Returns: the text.
        public func cell(_ column: Int) -> String {
            column >= 1 && column <= cells.count ? cells[column - 1].trimmingCharacters(in: .whitespacesAndNewlines) : ""
        }
    }

    /// The file as the user named it.
    public var file: String
    /// The rows in file order, blank ones included or not (they are skipped when read).
    public var rows: [Row]

    /// Creates a table.
    ///
    /// - Parameters:
    ///   - file: the file's name, for messages.
    ///   - rows: the rows.
    public init(file: String, rows: [Row]) {
        self.file = file
        self.rows = rows
    }

    /// Reads a CSV answers file: UTF-8 (with or without a byte-order mark), separated by `,`, `;` or tabs — the
    /// separator is the one that makes a row name the required columns (spreadsheets in Spanish save with `;`).
    ///
    /// - Parameter path: the file.
    /// - Returns: the table.
    /// - Throws: ``SurveyErrors`` when the file cannot be read, is not UTF-8, holds an unclosed quote, or has no
    ///   header row.
    public static func csv(path: String) throws(SurveyErrors) -> SurveyTable {
        let bytes: [UInt8]
        do throws(LoadError) {
            bytes = try TextFile.bytes(atPath: path)
            try TextFile.validateUTF8(bytes, file: path)
        } catch {
            throw SurveyErrors([SurveyError(error)])
        }
        if TextFile.isBlank(bytes) { throw SurveyErrors([SurveyError(file: path, problem: .emptyFile)]) }
        var firstFailure: LoadError?
        for delimiter in [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09] {
            var rows: [Row] = []
            do throws(LoadError) {
                try CSVParser(bytes: bytes, delimiter: delimiter, file: path).forEachRecord { fields, line throws(LoadError) in
                    rows.append(Row(number: line, cells: fields))
                }
            } catch {
                if firstFailure == nil { firstFailure = error }
                continue
            }
            let table = SurveyTable(file: path, rows: rows)
            if table.hasHeader { return table }
        }
        if let firstFailure { throw SurveyErrors([SurveyError(firstFailure)]) }
        throw SurveyErrors([SurveyError(file: path, problem: .noHeader(required: SurveyColumn.required))])
    }

    /// Whether a row names every required column: the table is a survey.
    public var hasHeader: Bool { headerRow() != nil }

    /// The index (in ``rows``) of the header: the first row that names every required column.
    func headerRow() -> Int? {
        rows.firstIndex { row in
            let named = Set(row.cells.compactMap { SurveyColumn(word: $0.trimmingCharacters(in: .whitespacesAndNewlines)) })
            return SurveyColumn.required.allSatisfy(named.contains)
        }
    }
}
