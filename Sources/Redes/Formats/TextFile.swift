import Foundation

/// Reads a whole file as UTF-8 bytes, without a byte-order mark, with errors as ``LoadError``s.
enum TextFile {
    static func bytes(atPath path: String) throws(LoadError) -> [UInt8] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let failure: FileFailure
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                failure = .noSuchFile
            } else if isDirectory.boolValue {
                failure = .isDirectory
            } else {
                failure = .unreadable
            }
            throw LoadError(file: path, problem: .unreadableFile(failure))
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return bytes
    }

    /// The text of `bytes`, or an error naming the first line that is not valid UTF-8.
    static func text(_ bytes: [UInt8], file: String) throws(LoadError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var line = 1
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: "\n") {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { break }
            line += 1
            start = i + 1
        }
        throw LoadError(file: file, line: line, problem: .notUTF8)
    }

    /// Checks that `bytes` are UTF-8 without building a string when they are plain ASCII.
    static func validateUTF8(_ bytes: [UInt8], file: String) throws(LoadError) {
        if bytes.allSatisfy({ $0 < 0x80 }) { return }
        _ = try text(bytes, file: file)
    }

    /// Whether the bytes hold nothing but white space.
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}
