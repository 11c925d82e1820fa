import Foundation
import Redes
import RedesPresentation

/// The survey as an .xlsx workbook (SpreadsheetML, ECMA-376): an instructions sheet first, the survey sheet (header
/// frozen and filtered, answer cells shaded, a drop-down list on every answer column through data validation), and a
/// sheet with the lists of choices the drop-downs read.
///
/// Written by hand from the parts the format requires (content types, relationships, workbook, styles, shared strings,
/// worksheets) rather than through a spreadsheet library: the machine's package list has none, and the parts are few.
/// Strings are shared (as spreadsheets write them); the bytes are deterministic.
public enum SurveyWorkbook {
    /// The bytes of the .xlsx file.
    ///
    /// - Parameter sheet: the template in one language.
    /// - Returns: the ZIP package.
    /// - Throws: when the package cannot be built in memory.
    public static func bytes(_ sheet: SurveySheet) throws -> [UInt8] {
        var strings = SharedStrings()
        let lists = listsSheet(sheet, strings: &strings)
        let instructions = instructionsSheet(sheet, strings: &strings)
        let survey = surveySheet(sheet, listsName: sheet.sheetNames.lists, strings: &strings)
        let names = [sheet.sheetNames.instructions, sheet.sheetNames.survey, sheet.sheetNames.lists]
        let lastRow = sheet.rows.count + 1
        let lastColumn = spreadsheetColumnName(sheet.columns.count)
        var package = SpreadsheetPackage()
        func add(_ path: String, _ xml: String) { package.parts.append((path, Data((header + xml).utf8))) }
        add("[Content_Types].xml", contentTypes)
        add("_rels/.rels", """
            <Relationships xmlns="\(relationshipsNamespace)">\
            <Relationship Id="rId1" Type="\(officeDocument)/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """)
        add("xl/workbook.xml", """
            <workbook xmlns="\(mainNamespace)" xmlns:r="\(officeDocument)">\
            <bookViews><workbookView activeTab="0"/></bookViews><sheets>\
            \(names.enumerated().map { "<sheet name=\"\(xmlEscaped($1))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined())\
            </sheets><definedNames>\
            <definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">\
            \(xmlEscaped(sheetReference(names[1])))!$A$1:$\(lastColumn)$\(lastRow)</definedName>\
            <definedName name="_xlnm.Print_Titles" localSheetId="1">\(xmlEscaped(sheetReference(names[1])))!$1:$1</definedName>\
            </definedNames></workbook>
            """)
        add("xl/_rels/workbook.xml.rels", """
            <Relationships xmlns="\(relationshipsNamespace)">\
            \((1...3).map { "<Relationship Id=\"rId\($0)\" Type=\"\(officeDocument)/worksheet\" Target=\"worksheets/sheet\($0).xml\"/>" }.joined())\
            <Relationship Id="rId4" Type="\(officeDocument)/styles" Target="styles.xml"/>\
            <Relationship Id="rId5" Type="\(officeDocument)/sharedStrings" Target="sharedStrings.xml"/>\
            </Relationships>
            """)
        add("xl/styles.xml", styles)
        add("xl/worksheets/sheet1.xml", instructions)
        add("xl/worksheets/sheet2.xml", survey)
        add("xl/worksheets/sheet3.xml", lists)
        add("xl/sharedStrings.xml", strings.xml)
        return try package.bytes()
    }

    // MARK: Sheets

    /// Cell styles (indices into `cellXfs` of ``styles``).
    enum Style: Int { case plain = 0, header = 1, wrapped = 2, title = 3, answer = 4 }

    static func instructionsSheet(_ sheet: SurveySheet, strings: inout SharedStrings) -> String {
        var rows = [row(1, [cell("A1", sheet.title, .title, &strings)])]
        for (i, line) in sheet.instructions.enumerated() {
            // Spreadsheets do not grow a wrapped row on opening: its height is given (15 points a line, at most
            // some 75 characters a line in a column 80 wide).
            let lines = (line.count + 4) / 75 + 1
            rows.append(row(i + 3, [cell("A\(i + 3)", "\(i + 1). \(line)", .wrapped, &strings)], height: 15 * lines))
        }
        return worksheet(columns: [80], rows: rows)
    }

    static func listsSheet(_ sheet: SurveySheet, strings: inout SharedStrings) -> String {
        let lists = [(SurveyColumn.collaborates, sheet.answers), (.frequency, sheet.frequencies), (.channel1, sheet.channels)]
        let height = lists.map(\.1.count).max() ?? 0
        var rows = [row(1, lists.enumerated().map { i, list in
            cell(spreadsheetColumnName(i + 1) + "1", sheet.headers[sheet.position(of: list.0) - 1], .header, &strings)
        })]
        for r in 0..<height {
            let cells = lists.enumerated().compactMap { i, list in
                r < list.1.count ? cell(spreadsheetColumnName(i + 1) + "\(r + 2)", list.1[r], .plain, &strings) : nil
            }
            rows.append(row(r + 2, cells))
        }
        return worksheet(columns: [14, 14, 60], rows: rows)
    }

    static func surveySheet(_ sheet: SurveySheet, listsName: String, strings: inout SharedStrings) -> String {
        let answerColumns = Set(sheet.columns.indices.filter { ![.respondent, .actor, .bloc].contains(sheet.columns[$0]) })
        var rows = [row(1, sheet.headers.enumerated().map { i, text in
            cell(spreadsheetColumnName(i + 1) + "1", text, .header, &strings)
        })]
        for (r, values) in sheet.rows.enumerated() {
            let number = r + 2
            rows.append(row(number, values.enumerated().map { i, text in
                let reference = spreadsheetColumnName(i + 1) + "\(number)"
                let style: Style = answerColumns.contains(i) ? .answer : .plain
                return text.isEmpty ? "<c r=\"\(reference)\" s=\"\(style.rawValue)\"/>" : cell(reference, text, style, &strings)
            }))
        }
        let last = sheet.rows.count + 1
        let lists = sheetReference(listsName)
        func range(_ column: SurveyColumn) -> String {
            let letter = spreadsheetColumnName(sheet.position(of: column))
            return "\(letter)2:\(letter)\(last)"
        }
        func choices(_ column: Int, _ count: Int) -> String {
            let letter = spreadsheetColumnName(column)
            return "\(lists)!$\(letter)$2:$\(letter)$\(count + 1)"
        }
        let say = { (message: SurveyMessage) in sheet.language.text(.survey(message)) }
        let validations = [
            validation(range(.collaborates), choices(1, sheet.answers.count), title: say(.validationTitle), error: say(.validationAnswer), strict: true),
            validation(range(.frequency), choices(2, sheet.frequencies.count), title: say(.validationTitle), error: say(.validationFrequency), strict: true),
            // Several channels may be written in one cell: out-of-list values are warned about, not refused.
            validation(SurveyColumn.channels.map(range).joined(separator: " "), choices(3, sheet.channels.count),
                       title: say(.validationTitle), error: say(.validationChannel), strict: false),
        ]
        let widths = sheet.columns.map { column -> Double in
            switch column {
            case .respondent, .actor: return 32
            case .bloc: return 20
            case .collaborates, .frequency: return 12
            case .channel1, .channel2, .channel3: return 24
            case .role: return 32
            }
        }
        let lastColumn = spreadsheetColumnName(sheet.columns.count)
        return worksheet(columns: widths, rows: rows, frozenHeader: true, landscape: true,
                         extra: "<autoFilter ref=\"A1:\(lastColumn)\(last)\"/><dataValidations count=\"\(validations.count)\">\(validations.joined())</dataValidations>")
    }

    // MARK: XML pieces

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes = """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        \((1...3).map { "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined())\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
        </Types>
        """

    /// Fonts (normal, bold, title), fills (the two the format reserves, a header blue, an answer yellow), and the
    /// cell formats of ``Style`` in that order.
    static let styles = """
        <styleSheet xmlns="\(mainNamespace)">\
        <fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font>\
        <font><b/><sz val="14"/><name val="Calibri"/></font></fonts>\
        <fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFD9E2F3"/><bgColor indexed="64"/></patternFill></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>\
        <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """

    /// A sheet name as a formula writes it: quoted when it holds anything but letters, digits and `_`.
    static func sheetReference(_ name: String) -> String {
        name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }

    static func cell(_ reference: String, _ text: String, _ style: Style, _ strings: inout SharedStrings) -> String {
        "<c r=\"\(reference)\" t=\"s\"\(style == .plain ? "" : " s=\"\(style.rawValue)\"")><v>\(strings.index(text))</v></c>"
    }

    static func row(_ number: Int, _ cells: [String], height: Int? = nil) -> String {
        let height = height.map { " ht=\"\($0)\" customHeight=\"1\"" } ?? ""
        return "<row r=\"\(number)\"\(height)>\(cells.joined())</row>"
    }

    /// A worksheet: column widths, rows, optionally the header row frozen, `extra` elements after the rows (filter,
    /// validations), and a print layout one page wide (landscape for the survey, whose nine columns a person may print
    /// and fill by hand).
    static func worksheet(columns: [Double], rows: [String], frozenHeader: Bool = false, landscape: Bool = false, extra: String = "") -> String {
        let pane = frozenHeader
            ? "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
            : ""
        let cols = columns.enumerated().map { "<col min=\"\($0 + 1)\" max=\"\($0 + 1)\" width=\"\(formatNumber($1))\" customWidth=\"1\"/>" }.joined()
        return "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(officeDocument)\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
            + "<sheetViews><sheetView workbookViewId=\"0\">\(pane)</sheetView></sheetViews>"
            + "<cols>\(cols)</cols><sheetData>\(rows.joined())</sheetData>\(extra)"
            + "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.5\" header=\"0.3\" footer=\"0.3\"/>"
            + "<pageSetup orientation=\"\(landscape ? "landscape" : "portrait")\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>"
    }

    /// A drop-down list on `ranges` reading its choices from `source`; `strict` refuses other values, else warns.
    static func validation(_ ranges: String, _ source: String, title: String, error: String, strict: Bool) -> String {
        "<dataValidation type=\"list\"\(strict ? "" : " errorStyle=\"warning\"") allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" "
            + "errorTitle=\"\(xmlEscaped(title))\" error=\"\(xmlEscaped(error))\" sqref=\"\(ranges)\"><formula1>\(xmlEscaped(source))</formula1></dataValidation>"
    }
}

/// The shared-string table of a workbook: each distinct text once, cells refer to it by index.
struct SharedStrings {
    private(set) var texts: [String] = []
    private var indices: [String: Int] = [:]
    private var uses = 0

    /// The index of `text`, added when new.
    mutating func index(_ text: String) -> Int {
        uses += 1
        if let index = indices[text] { return index }
        indices[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    /// The `sharedStrings.xml` part.
    var xml: String {
        let items = texts.map { text -> String in
            let preserve = text.first?.isWhitespace == true || text.last?.isWhitespace == true
            return "<si><t\(preserve ? " xml:space=\"preserve\"" : "")>\(xmlEscaped(text))</t></si>"
        }
        return "<sst xmlns=\"\(SurveyWorkbook.mainNamespace)\" count=\"\(uses)\" uniqueCount=\"\(texts.count)\">\(items.joined())</sst>"
    }
}
