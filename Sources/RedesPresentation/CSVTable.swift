import Foundation
import Redes

/// A CSV table as RFC 4180 writes it: comma-separated fields, a field quoted when it holds a comma, a quote or a line
/// break (a quote inside written twice), lines ended by `\n`. The one CSV writer of every command.
public struct CSVTable: Sendable {
    public let header: [String]
    public private(set) var rows: [[String]] = []
    /// The field separator: `,` unless another is asked for (`;` for the spreadsheets that use the decimal comma).
    public let delimiter: Character

    public init(header: [String], delimiter: Character = ",") {
        self.header = header
        self.delimiter = delimiter
    }

    /// Appends a row (as many fields as the header).
    public mutating func append(_ row: [String]) { rows.append(row) }

    /// The text of the table, header first.
    public func rendered() -> String {
        ([header] + rows).map { $0.map { CSVTable.field($0, delimiter: delimiter) }.joined(separator: String(delimiter)) + "\n" }.joined()
    }

    /// One field, quoted when it must be (when it holds `delimiter`, a quote or a line break).
    public static func field(_ text: String, delimiter: Character = ",") -> String {
        guard text.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number in shortest exact form (integers without a decimal point); empty when undefined.
    public static func number(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "" }
        return formatNumber(x)
    }
}
