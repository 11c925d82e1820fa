import Foundation
import Redes
import RedesPresentation
@testable import RedesSpreadsheet
import Testing

/// The .xlsx writer and reader on their own: cell references, escaping, and what a sheet's cells read back as.
@Suite("Spreadsheet survey")
struct WorkbookTests {
    @Test("cell references: letters to column numbers and back")
    func references() {
        for (letters, number) in [("A1", 1), ("Z9", 26), ("AA10", 27), ("AZ3", 52), ("BA1", 53), ("XFD1", 16384)] {
            #expect(XMLElements.column(letters) == number)
            #expect(spreadsheetColumnName(number) + letters.drop { $0.isLetter } == letters)
        }
    }

    @Test("XML text: markup characters escaped, characters XML cannot hold left out")
    func escaping() {
        #expect(xmlEscaped("Convenio CFT – UA & \"liceos\" <2026>") == "Convenio CFT – UA &amp; &quot;liceos&quot; &lt;2026&gt;")
        #expect(xmlEscaped("a\u{01}b\tc") == "ab\tc")
    }

    @Test("a sheet's cells read as a spreadsheet shows them: shared and inline text, numbers, truth values, gaps")
    func cells() throws {
        let strings = XMLElements.sharedStrings(Data("""
            <sst><si><t>sí</t></si><si><r><t>Mesa de </t></r><r><t>género</t></r><rPh><t>x</t></rPh></si></sst>
            """.utf8))
        #expect(strings == ["sí", "Mesa de género"])
        let rows = XMLElements.rows(Data("""
            <worksheet><sheetData>
            <row r="3"><c r="B3" t="s"><v>0</v></c><c r="D3"><v>1</v></c><c r="E3" t="inlineStr"><is><t>mensual</t></is></c></row>
            <row r="7"><c r="A7" t="s"><v>1</v></c><c r="C7" t="b"><v>1</v></c><c r="F7" t="str"><v>x</v></c><c r="G7"><v>2.5</v></c></row>
            </sheetData></worksheet>
            """.utf8), strings: strings)
        #expect(rows == [SurveyTable.Row(number: 3, cells: ["", "sí", "", "1", "mensual"]),
                         SurveyTable.Row(number: 7, cells: ["Mesa de género", "", "1", "", "", "x", "2.5"])])
    }

    @Test("the workbook's three sheets, its header and its drop-down lists, in English")
    func workbook() throws {
        let network = try Network.read(path: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Networks/antofagasta-tp.yaml").path)
        let sheet = SurveySheet(SurveyTemplate(network), language: .en, spreadsheet: true)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("redes-\(UUID().uuidString).xlsx").path
        try Data(try SurveyWorkbook.bytes(sheet)).write(to: URL(fileURLWithPath: path))
        let parts = try SpreadsheetPackage.read(path: path)
        let workbook = XMLElements.elements(named: "sheet", in: try #require(parts["xl/workbook.xml"]))
        #expect(workbook.map { $0["name"] } == ["instructions", "survey", "lists"])
        let validations = XMLElements.elements(named: "dataValidation", in: try #require(parts["xl/worksheets/sheet2.xml"]))
        #expect(validations.map { $0["sqref"] } == ["D2:D871", "E2:E871", "F2:F871 G2:G871 H2:H871"])
        let table = try WorkbookReader.table(path: path)
        #expect(table.rows[0].cells == ["respondent", "actor", "bloc", "collaborates", "frequency", "channel 1", "channel 2", "channel 3", "role"])
        #expect(table.rows.count == 871 && table.rows[1].cells.prefix(3) == ["SECREDUC", "SLEP", "Público"])
        // Every choice of the lists reads back as what it names.
        let lists = XMLElements.rows(try #require(parts["xl/worksheets/sheet3.xml"]), strings: XMLElements.sharedStrings(try #require(parts["xl/sharedStrings.xml"])))
        #expect(lists.dropFirst().compactMap { SurveyAnswer(word: $0.cell(1)) } == [.yes, .no])
        #expect(lists.dropFirst().compactMap { SurveyFrequency(word: $0.cell(2)) } == SurveyFrequency.allCases)
    }
}
