import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Redes

/// Reads the cells of a filled .xlsx survey back into a ``SurveyTable``: the workbook's sheets in order, the first
/// one whose rows name the survey's columns. Text cells (shared or inline strings), numbers (`1` for yes) and truth
/// values are read as the text a spreadsheet shows; rows keep their sheet numbers, so problems point at the row and
/// column a person sees.
public enum WorkbookReader {
    /// The survey table of an .xlsx file.
    ///
    /// - Parameter path: the file.
    /// - Returns: the cells of the survey sheet.
    /// - Throws: ``SurveyErrors`` when the file cannot be read, is not an .xlsx workbook, or has no sheet with the
    ///   survey's header.
    public static func table(path: String) throws(SurveyErrors) -> SurveyTable {
        guard FileManager.default.fileExists(atPath: path) else {
            throw SurveyErrors([SurveyError(file: path, problem: .input(.unreadableFile(.noSuchFile)))])
        }
        let parts: [String: Data]
        do {
            parts = try SpreadsheetPackage.read(path: path)
        } catch {
            throw SurveyErrors([SurveyError(file: path, problem: .notASpreadsheet)])
        }
        guard let workbook = parts["xl/workbook.xml"], let relationships = parts["xl/_rels/workbook.xml.rels"] else {
            throw SurveyErrors([SurveyError(file: path, problem: .notASpreadsheet)])
        }
        let strings = parts["xl/sharedStrings.xml"].map { XMLElements.sharedStrings($0) } ?? []
        let targets = Dictionary(XMLElements.elements(named: "Relationship", in: relationships).compactMap { attributes -> (String, String)? in
            guard let id = attributes["Id"], let target = attributes["Target"] else { return nil }
            return (id, target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target)
        }, uniquingKeysWith: { first, _ in first })
        for sheet in XMLElements.elements(named: "sheet", in: workbook) {
            guard let id = sheet["r:id"], let target = targets[id], let data = parts[target] else { continue }
            let table = SurveyTable(file: path, rows: XMLElements.rows(data, strings: strings))
            if table.hasHeader { return table }
        }
        throw SurveyErrors([SurveyError(file: path, problem: .noHeader(required: SurveyColumn.required))])
    }
}

/// The few things read from SpreadsheetML parts, with Foundation's `XMLParser`.
enum XMLElements {
    /// The attributes of every element called `name`, in document order.
    static func elements(named name: String, in data: Data) -> [[String: String]] {
        let collector = Collector { element, attributes in element == name ? attributes : nil }
        collector.parse(data)
        return collector.found
    }

    /// The shared strings: the text of each `<si>` (its `<t>`, or the `<t>` of its rich-text runs, joined).
    static func sharedStrings(_ data: Data) -> [String] {
        let parser = SharedStringParser()
        parser.parse(data)
        return parser.strings
    }

    /// The rows of a worksheet: each `<row r="N">` with its cells placed by their reference (`C7` is column 3).
    static func rows(_ data: Data, strings: [String]) -> [SurveyTable.Row] {
        let parser = SheetParser(strings: strings)
        parser.parse(data)
        return parser.rows
    }


    /// Collects the attributes of the elements a filter picks.
    final class Collector: NSObject, PartParser {
        let pick: (String, [String: String]) -> [String: String]?
        var found: [[String: String]] = []
        init(_ pick: @escaping (String, [String: String]) -> [String: String]?) { self.pick = pick }
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                    attributes attributeDict: [String: String] = [:]) {
            if let attributes = pick(elementName, attributeDict) { found.append(attributes) }
        }
    }

    final class SharedStringParser: NSObject, PartParser {
        var strings: [String] = []
        private var current = ""
        private var inText = false
        private var inPhonetic = false
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                    attributes attributeDict: [String: String] = [:]) {
            switch elementName {
            case "si": current = ""
            case "t": inText = !inPhonetic
            case "rPh": inPhonetic = true
            default: break
            }
        }
        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            switch elementName {
            case "si": strings.append(current)
            case "t": inText = false
            case "rPh": inPhonetic = false
            default: break
            }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }
    }

    final class SheetParser: NSObject, PartParser {
        let strings: [String]
        var rows: [SurveyTable.Row] = []
        private var row: SurveyTable.Row?
        private var column = 0
        private var type = ""
        private var value = ""
        private var reading = false
        init(strings: [String]) { self.strings = strings }
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                    attributes attributeDict: [String: String] = [:]) {
            switch elementName {
            case "row":
                let number = attributeDict["r"].flatMap(Int.init) ?? ((rows.last?.number ?? 0) + 1)
                row = SurveyTable.Row(number: number, cells: [])
                column = 0
            case "c":
                column = attributeDict["r"].map(XMLElements.column) ?? column + 1
                type = attributeDict["t"] ?? "n"
                value = ""
            case "v", "t":
                reading = true
            default: break
            }
        }
        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            switch elementName {
            case "v", "t": reading = false
            case "c":
                guard column >= 1 else { break }
                var text = value
                switch type {
                case "s": text = Int(value).flatMap { $0 >= 0 && $0 < strings.count ? strings[$0] : nil } ?? ""
                case "b": text = value == "1" ? "1" : "0"
                case "n": if let number = Double(value) { text = formatNumber(number) }
                default: break
                }
                if var current = row {
                    while current.cells.count < column { current.cells.append("") }
                    current.cells[column - 1] = text
                    row = current
                }
            case "row":
                if let row { rows.append(row) }
                row = nil
            default: break
            }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { if reading { value += string } }
    }

    /// The 1-based column of a cell reference: `A1` → 1, `AB12` → 28.
    static func column(_ reference: String) -> Int {
        var column = 0
        for scalar in reference.unicodeScalars {
            guard (65...90).contains(scalar.value) || (97...122).contains(scalar.value) else { break }
            column = column * 26 + Int((scalar.value & 0xDF) - 64)
        }
        return column
    }
}

/// A parser delegate that reads one part of a workbook.
protocol PartParser: XMLParserDelegate {}

extension PartParser {
    /// Parses `data` with this delegate.
    func parse(_ data: Data) {
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.parse()
    }
}
