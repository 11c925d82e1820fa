/// A small, fast RFC 4180 reader over UTF-8 bytes that knows the line of every record.
///
/// Hand-written rather than taken from a CSV package because the readers need the line (and field) of every
/// record for their error messages, and because loading a 500,000-row edge list must not build a table of strings
/// first. Quoted fields may hold delimiters, doubled quotes and line breaks; CRLF and LF line ends are both read;
/// blank lines are skipped; unquoted fields are trimmed of spaces and tabs.
struct CSVParser {
    let bytes: [UInt8]
    let delimiter: UInt8
    let file: String

    /// Calls `body` with each record's fields and the 1-based line it starts on.
    func forEachRecord(_ body: (_ fields: [String], _ line: Int) throws(LoadError) -> Void) throws(LoadError) {
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var i = 0
        let n = bytes.count
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
        var recordHasContent = false
        @inline(__always) func trimmed(_ bytes: [UInt8]) -> String {
            var start = 0, end = bytes.count
            while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
            while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        while i < n {
            // Start of a field.
            var c = bytes[i]
            if c == quote {
                recordHasContent = true
                let quoteLine = line
                i += 1
                var closed = false
                while i < n {
                    c = bytes[i]
                    if c == quote {
                        if i + 1 < n && bytes[i + 1] == quote { field.append(quote); i += 2; continue }
                        i += 1; closed = true; break
                    }
                    if c == newline { line += 1 }
                    field.append(c); i += 1
                }
                guard closed else { throw LoadError(file: file, line: quoteLine, problem: .unterminatedQuote) }
                // Allow spaces after the closing quote.
                while i < n && bytes[i] != delimiter && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
                fields.append(String(decoding: field, as: UTF8.self))
                try refuseInvisible(fields, line: recordLine)
                field.removeAll(keepingCapacity: true)
                if i < n && bytes[i] != delimiter && bytes[i] != newline && bytes[i] != carriage {
                    throw LoadError(file: file, line: line, problem: .textAfterClosingQuote)
                }
            } else {
                while i < n {
                    c = bytes[i]
                    if c == delimiter || c == newline || c == carriage { break }
                    field.append(c); i += 1
                }
                if !field.isEmpty { recordHasContent = true }
                fields.append(trimmed(field))
                try refuseInvisible(fields, line: recordLine)
                field.removeAll(keepingCapacity: true)
            }
            // After a field: a delimiter, a line end, or the end of the file.
            if i < n && bytes[i] == delimiter {
                i += 1
                recordHasContent = true
                if i == n { fields.append("") }
                continue
            }
            if i < n && bytes[i] == carriage { i += 1 }
            if i < n && bytes[i] == newline { i += 1 }
            if recordHasContent { try body(fields, recordLine) }
            fields.removeAll(keepingCapacity: true)
            recordHasContent = false
            line += 1
            recordLine = line
        }
        if recordHasContent { try body(fields, recordLine) }
    }

    /// Refuses the last field read when it holds a character no output format can hold (a NUL, a control character…;
    /// see ``InvisibleCharacters``); the column is the field's number.
    private func refuseInvisible(_ fields: [String], line: Int) throws(LoadError) {
        guard let field = fields.last, let (_, scalar) = InvisibleCharacters.first(in: field) else { return }
        throw LoadError(file: file, line: line, column: fields.count, problem: .controlCharacter(scalar: scalar, text: field))
    }

    /// The likeliest delimiter of a header line that does not contain the expected one.
    static func guessDelimiter(inHeader bytes: ArraySlice<UInt8>) -> UInt8? {
        for candidate in [UInt8(ascii: ";"), 0x09, UInt8(ascii: "|"), UInt8(ascii: ",")] where bytes.contains(candidate) {
            return candidate
        }
        return nil
    }
}
