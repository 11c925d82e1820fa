import Foundation
import ZIPFoundation
import Redes

/// The ZIP container of an Office Open XML file (ECMA-376 Part 2, Open Packaging Conventions): named parts, written
/// deflated in a fixed order with a fixed date so that the same parts give the same bytes, and read back by name.
struct SpreadsheetPackage {
    /// The parts, by path inside the package (`xl/workbook.xml`), in the order they are written.
    var parts: [(path: String, data: Data)] = []

    /// The date every entry carries: fixed, so the file does not change with the clock.
    static let entryDate = Date(timeIntervalSince1970: 946_728_000)  // 2000-01-01 12:00 UTC

    /// The package as the bytes of a .xlsx file.
    ///
    /// - Throws: ZIPFoundation's error if the archive cannot be built in memory.
    func bytes() throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let data = part.data
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: Self.entryDate, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw Archive.ArchiveError.unwritableArchive }
        return [UInt8](data)
    }

    /// The parts of a package file, by path.
    ///
    /// - Parameter path: the .xlsx file.
    /// - Returns: every file entry's data, by its path inside the package.
    /// - Throws: ZIPFoundation's error when the file is not a ZIP archive or an entry is damaged.
    static func read(path: String) throws -> [String: Data] {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        return parts
    }
}

/// Text as XML writes it: markup characters escaped (``escapeHTML(_:whitespaceReferences:xmlCharactersOnly:)``), and
/// the characters XML 1.0 cannot hold (control characters other than tab, line feed and carriage return) left out.
///
/// - Parameter text: any text.
/// - Returns: the escaped text, for element content or a double-quoted attribute.
func xmlEscaped(_ text: String) -> String { escapeHTML(text, xmlCharactersOnly: true) }
