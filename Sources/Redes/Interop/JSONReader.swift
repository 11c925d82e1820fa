/// A strict JSON reader (RFC 8259) that keeps the line and column of every value, so that node-link files get
/// located errors: where Foundation's `JSONSerialization` accepts a trailing comma and says only "not valid", this
/// names the place and what is wrong there.
struct JSONReader {
    /// A value with where it starts in the text.
    struct Node {
        indirect enum Value {
            /// Members in file order.
            case object([(key: String, value: Node)])
            case array([Node])
            case string(String)
            /// The number and its text as written.
            case number(Double, String)
            case bool(Bool)
            case null
        }

        let value: Value
        /// 1-based line of the value's first character.
        let line: Int
        /// Where the value's text stands in the bytes read.
        let range: Range<Int>

        /// The member `key` of an object.
        subscript(key: String) -> Node? {
            guard case .object(let members) = value else { return nil }
            return members.first { $0.key == key }?.value
        }
    }

    /// The deepest nesting of arrays and objects accepted.
    static let maximumDepth = 512

    private let bytes: [UInt8]
    private let file: String
    private var position = 0
    private var line = 1
    /// The byte offset where the current line starts.
    private var lineStart = 0

    /// Parses a whole document.
    ///
    /// - Throws: ``LoadError`` with line, column and a ``JSONDefect``.
    static func parse(_ bytes: [UInt8], file: String) throws(LoadError) -> Node {
        var reader = JSONReader(bytes: bytes, file: file)
        reader.skipSpace()
        let node = try reader.value(depth: 0)
        reader.skipSpace()
        if reader.position < bytes.count { throw reader.error(.textAfterDocument) }
        return node
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    private func error(_ defect: JSONDefect) -> LoadError { error(defect, at: position) }

    /// An error at byte `offset` of the current line.
    private func error(_ defect: JSONDefect, at offset: Int) -> LoadError {
        // The column in characters, not bytes: count the bytes that start a UTF-8 sequence.
        let column = 1 + bytes[lineStart..<min(offset, bytes.count)].count { $0 & 0xC0 != 0x80 }
        return LoadError(file: file, line: line, column: column, problem: .malformedJSON(defect))
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0D: position += 1
            case 0x0A:
                position += 1
                line += 1
                lineStart = position
            default: return
            }
        }
    }

    /// The character at the current position, for messages.
    private func current() -> String {
        guard position < bytes.count else { return "" }
        var end = position + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[position..<end], as: UTF8.self)
    }

    private mutating func value(depth: Int) throws(LoadError) -> Node {
        guard position < bytes.count else { throw error(.unexpectedEnd) }
        let startLine = line, start = position
        func node(_ value: Node.Value) -> Node { Node(value: value, line: startLine, range: start..<position) }
        switch bytes[position] {
        case UInt8(ascii: "{"):
            guard depth < JSONReader.maximumDepth else { throw error(.tooDeep(limit: JSONReader.maximumDepth)) }
            position += 1
            var members: [(key: String, value: Node)] = []
            var keys = Set<String>()
            skipSpace()
            if position < bytes.count && bytes[position] == UInt8(ascii: "}") {
                position += 1
                return node(.object(members))
            }
            while true {
                skipSpace()
                guard position < bytes.count else { throw error(.unexpectedEnd) }
                if bytes[position] == UInt8(ascii: "}") && !members.isEmpty { throw error(.trailingComma) }
                guard bytes[position] == UInt8(ascii: "\"") else { throw error(.unexpectedCharacter(current())) }
                let keyStart = position
                let key = try string()
                guard keys.insert(key).inserted else { throw error(.duplicateKey(key), at: keyStart) }
                skipSpace()
                guard position < bytes.count else { throw error(.unexpectedEnd) }
                guard bytes[position] == UInt8(ascii: ":") else { throw error(.unexpectedCharacter(current())) }
                position += 1
                skipSpace()
                members.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard position < bytes.count else { throw error(.unexpectedEnd) }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                if bytes[position] == UInt8(ascii: "}") { position += 1; return node(.object(members)) }
                throw error(.unexpectedCharacter(current()))
            }
        case UInt8(ascii: "["):
            guard depth < JSONReader.maximumDepth else { throw error(.tooDeep(limit: JSONReader.maximumDepth)) }
            position += 1
            var items: [Node] = []
            skipSpace()
            if position < bytes.count && bytes[position] == UInt8(ascii: "]") {
                position += 1
                return node(.array(items))
            }
            while true {
                skipSpace()
                guard position < bytes.count else { throw error(.unexpectedEnd) }
                if bytes[position] == UInt8(ascii: "]") && !items.isEmpty { throw error(.trailingComma) }
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard position < bytes.count else { throw error(.unexpectedEnd) }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                if bytes[position] == UInt8(ascii: "]") { position += 1; return node(.array(items)) }
                throw error(.unexpectedCharacter(current()))
            }
        case UInt8(ascii: "\""):
            let text = try string()
            return node(.string(text))
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            for (word, value) in [("true", Node.Value.bool(true)), ("false", .bool(false)), ("null", .null)] {
                let utf8 = Array(word.utf8)
                if position + utf8.count <= bytes.count && bytes[position..<(position + utf8.count)].elementsEqual(utf8) {
                    position += utf8.count
                    return node(value)
                }
            }
            throw error(.unexpectedCharacter(current()))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return node(try number())
        default:
            // NaN, Infinity and other words: name the word.
            var end = position
            while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
            if end > position {
                throw error(.invalidNumber(String(decoding: bytes[position..<end], as: UTF8.self)))
            }
            throw error(.unexpectedCharacter(current()))
        }
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// A number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    private mutating func number() throws(LoadError) -> Node.Value {
        let start = position
        func digits() -> Int {
            let from = position
            while position < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            return position - from
        }
        var valid = true
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        if position < bytes.count && bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { valid = false }
        } else if digits() == 0 {
            valid = false
        }
        if valid && position < bytes.count && bytes[position] == UInt8(ascii: ".") {
            position += 1
            if digits() == 0 { valid = false }
        }
        if valid && position < bytes.count && (bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E")) {
            position += 1
            if position < bytes.count && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")) { position += 1 }
            if digits() == 0 { valid = false }
        }
        // Take the rest of a malformed token so the message shows it whole.
        while position < bytes.count, isWordByte(bytes[position]) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position])
                || bytes[position] == UInt8(ascii: ".") {
            valid = false
            position += 1
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard valid, let number = Double(text), number.isFinite else {
            position = start
            throw error(.invalidNumber(text))
        }
        return .number(number, text)
    }

    /// A string starting at the opening quote; the position ends after the closing quote.
    private mutating func string() throws(LoadError) -> String {
        let opening = position
        position += 1
        var scalars = String.UnicodeScalarView()
        var run = position
        func flush(_ end: Int) {
            scalars.append(contentsOf: String(decoding: bytes[run..<end], as: UTF8.self).unicodeScalars)
        }
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                flush(position)
                position += 1
                return String(scalars)
            }
            if byte < 0x20 {
                throw byte == 0x0A ? error(.unterminatedString, at: opening) : error(.controlCharacterInString)
            }
            if byte == UInt8(ascii: "\\") {
                flush(position)
                position += 1
                guard position < bytes.count else { throw error(.unterminatedString, at: opening) }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{8}")
                case UInt8(ascii: "f"): scalars.append("\u{C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code) {
                        // A surrogate pair: \uD83D\uDE00.
                        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                            throw error(.invalidEscape("u" + String(code, radix: 16)))
                        }
                        position += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw error(.invalidEscape("u" + String(low, radix: 16))) }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error(.invalidEscape("u" + String(code, radix: 16))) }
                    scalars.append(scalar)
                default:
                    position -= 1
                    throw error(.invalidEscape(current()))
                }
                run = position
                continue
            }
            position += 1
        }
        throw error(.unterminatedString, at: opening)
    }

    private mutating func hex4() throws(LoadError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error(.unterminatedString) }
        let text = String(decoding: bytes[position..<(position + 4)], as: UTF8.self)
        guard let code = UInt32(text, radix: 16) else { throw error(.invalidEscape("u" + text)) }
        position += 4
        return code
    }
}
