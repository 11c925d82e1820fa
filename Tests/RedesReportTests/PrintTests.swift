import Foundation
import Testing
import Redes
import RedesPresentation
@testable import RedesReport

/// The report printed as a committee member prints it: headless Chromium to an A4 PDF, read back with poppler
/// (`pdftotext`, `pdftoppm`). Skipped when Chromium or poppler-utils is not installed (CI installs both).
@Suite("The committee report printed on A4", .enabled(if: Printer.available, "needs chromium and poppler-utils"))
struct PrintTests {
    /// The bundled network's Spanish report, printed once for every test of the suite.
    static let printed: Result<PrintedReport, Error> = Result {
        let network = try Network.read(path: reportRoot.appendingPathComponent("Networks/antofagasta-tp.yaml").path)
        let document = try CommitteeReport.build(network, options: ReportOptions(sourceName: "antofagasta-tp.yaml"))
        return try Printer.print(document.html(), network: network)
    }

    @Test("page 1 holds the summary, the table with all six scenarios and what the numbers support")
    func firstPage() throws {
        let report = try Self.printed.get()
        let page = report.pages[0].normalised
        #expect(page.contains("Resumen para el Comité"))
        #expect(page.contains("Los 6 escenarios, lado a lado"))
        for scenario in report.network.scenarios {
            // A line break may fall after a dash: compare without white space.
            #expect(report.pages[0].compact.contains(PrintedPage.compacted("«\(scenario.name)»")), "\(scenario.name) on page 1")
        }
        #expect(page.contains("Lo que sostienen los números"))
    }

    @Test("no table is clipped: every bloc name is on the page of the bloc-mixing figure, every quote is whole")
    func nothingClipped() throws {
        let report = try Self.printed.get()
        let caption = Language.es.text(.mixingCaption)
        let mixing = try #require(report.pages.first { $0.normalised.contains(caption) }, "the mixing figure is printed")
        for bloc in report.network.blocsInUse {
            #expect(mixing.compact.contains(PrintedPage.compacted(bloc.name)), "\(bloc.name) on the mixing page")
        }
        // A quote cut by the page edge, a scrollbar or a page break would not appear whole in the text.
        let all = PrintedPage.compacted(report.pages.map(\.text).joined())
        let quotes = report.network.arrangements.compactMap(\.evidence.quote) + report.network.ties.compactMap(\.evidence.quote)
        #expect(!quotes.isEmpty)
        for quote in Set(quotes) {
            #expect(all.contains(PrintedPage.compacted(quote)), "quote «\(quote)» whole")
        }
    }

    @Test("every page has the network's name and its number in the footer")
    func footer() throws {
        let report = try Self.printed.get()
        for (i, page) in report.pages.enumerated() {
            #expect(page.normalised.contains(report.network.name), "page \(i + 1)")
            #expect(page.normalised.contains("Página \(i + 1) de \(report.pages.count)"), "page \(i + 1)")
        }
    }

    @Test("each scenario's heading, diagram, table and sentence are printed on one page")
    func scenarioPages() throws {
        let report = try Self.printed.get()
        for scenario in report.network.scenarios {
            let caption = "«\(scenario.name)»: antes y después"
            let pages = report.pages.filter { $0.normalised.contains(caption) || $0.normalised.contains(scenario.name + " Agrega") }
            #expect(pages.count == 1, "\(scenario.name) on \(pages.count) pages")
        }
    }

    @Test("no page is less than a third full, except the end of the document")
    func pagesAreFull() throws {
        let report = try Self.printed.get()
        for (i, page) in report.pages.enumerated() where i < report.pages.count - 1 {
            #expect(page.fill >= 1.0 / 3, "page \(i + 1) is \(Int(page.fill * 100)) % full")
        }
    }
}

let reportRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

struct PrintedReport {
    let network: Network
    let pages: [PrintedPage]
}

struct PrintedPage {
    /// pdftotext's text of the page (reading order).
    let text: String
    /// How far down the content area the lowest ink reaches, 0…1 (the footer's margin excluded).
    let fill: Double

    /// The text with runs of white space as one space.
    var normalised: String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    /// The text without any white space, for text a line break may split anywhere.
    var compact: String { PrintedPage.compacted(text) }

    static func compacted(_ text: String) -> String { String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init)) }
}

/// Headless Chromium and poppler, as `shared/notes/browser.md` describes them.
enum Printer {
    static func tool(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static var available: Bool { ["chromium", "pdftotext", "pdftoppm", "pdfinfo"].allSatisfy { tool($0) != nil } }

    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: self.tool(tool) ?? tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// Prints `html` to A4 with Chromium and reads every page back.
    static func print(_ html: String, network: Network) throws -> PrintedReport {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redes-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("informe.html"), pdf = folder.appendingPathComponent("informe.pdf")
        try Data(html.utf8).write(to: page)
        try run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                             "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        let info = String(decoding: try run("pdfinfo", [pdf.path]), as: UTF8.self)
        let count = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        var pages: [PrintedPage] = []
        for number in 1...max(count, 1) where count > 0 {
            let text = String(decoding: try run("pdftotext", ["-f", "\(number)", "-l", "\(number)", pdf.path, "-"]), as: UTF8.self)
            let stem = folder.appendingPathComponent("page").path
            try run("pdftoppm", ["-r", "30", "-gray", "-f", "\(number)", "-l", "\(number)", "-singlefile", pdf.path, stem])
            let fill = try inkFill(Data(contentsOf: URL(fileURLWithPath: stem + ".pgm")))
            pages.append(PrintedPage(text: text, fill: fill))
        }
        return PrintedReport(network: network, pages: pages)
    }

    /// The share of the content area (A4 with 13 mm top and 15 mm bottom margins) above the lowest row with ink,
    /// read from a binary grey-scale PGM (P5).
    static func inkFill(_ data: Data) throws -> Double {
        let bytes = [UInt8](data)
        // Header: "P5", width, height, maximum, each followed by white space.
        var fields: [Int] = []
        var i = 2, current = ""
        while fields.count < 3 && i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: " ") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") || c == UInt8(ascii: "\t") {
                if let value = Int(current) { fields.append(value) }
                current = ""
            } else {
                current.append(Character(Unicode.Scalar(c)))
            }
            i += 1
        }
        guard fields.count == 3 else { throw CocoaError(.fileReadCorruptFile) }
        let (width, height) = (fields[0], fields[1])
        let pixels = bytes[i...]
        let top = Int(Double(height) * 13 / 297), bottom = Int(Double(height) * (297 - 15) / 297)
        var lowest = top
        for row in top..<min(bottom, height) {
            let start = pixels.startIndex + row * width
            if pixels[start..<(start + width)].contains(where: { $0 < 200 }) { lowest = row }
        }
        return Double(lowest - top) / Double(bottom - top)
    }
}
