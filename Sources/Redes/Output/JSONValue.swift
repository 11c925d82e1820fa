/// A JSON document, written deterministically: object keys sorted (with `id` first), numbers in their shortest
/// exact form, so the same input gives byte-identical output.
public enum JSONValue: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    case null
    case bool(Bool)
    case int(Int)
    /// A real number; NaN and infinities are written as `null` (JSON has no such numbers).
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// A string, or `null` when absent.
    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// The value of `key` in an object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    /// The document as text, indented by two spaces, ending with a newline.
    ///
    /// - Complexity: O(size of the document); written as UTF-8 bytes into one buffer (a 10,000-actor document with
    ///   50,000 ties renders in a few hundredths of a second).
    public func rendered() -> String { String(decoding: renderedBytes(), as: UTF8.self) }

    /// The document as UTF-8 bytes (what ``rendered()`` decodes), without a second copy as a `String`.
    public func renderedBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(to: &out, indent: 0)
        out.append(0x0A)
        return out
    }

    private static func spaces(_ count: Int, into out: inout [UInt8]) {
        for _ in 0..<count { out.append(0x20) }
    }

    func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let i): out += String(i).utf8
        case .number(let x): out += JSONValue.format(x).utf8
        case .string(let s): JSONValue.escape(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]".utf8; return }
            if items.allSatisfy(\.isScalar) && items.count <= 16 {
                out.append(UInt8(ascii: "["))
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", ".utf8 }
                    item.write(to: &out, indent: indent)
                }
                out.append(UInt8(ascii: "]"))
                return
            }
            out += "[\n".utf8
            for (i, item) in items.enumerated() {
                JSONValue.spaces(indent + 2, into: &out)
                item.write(to: &out, indent: indent + 2)
                out += (i == items.count - 1 ? "\n" : ",\n").utf8
            }
            JSONValue.spaces(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            if object.isEmpty { out += "{}".utf8; return }
            out += "{\n".utf8
            // Members sorted by key with the standard order, then `id` moved first (``keyOrder``): one sort of
            // (key, value) pairs, no look-up afterwards (half the cost of writing a 100,000-actor document).
            var members = object.sorted { $0.key < $1.key }
            if let i = members.firstIndex(where: { $0.key == "id" }), i > 0 { members.insert(members.remove(at: i), at: 0) }
            for (i, member) in members.enumerated() {
                JSONValue.spaces(indent + 2, into: &out)
                JSONValue.escape(member.key, into: &out)
                out += ": ".utf8
                member.value.write(to: &out, indent: indent + 2)
                out += (i == members.count - 1 ? "\n" : ",\n").utf8
            }
            JSONValue.spaces(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Keys in output order: `id` first, then the others sorted.
    static func keyOrder(_ a: String, _ b: String) -> Bool {
        if a == "id" || b == "id" { return a == "id" && b != "id" }
        return a < b
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    /// Shortest round-trip decimal form; integers as `2.0`-free integers only when exact and small.
    static func format(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        // -0.0 (expected brokerage of a group of one, some deltas) is written as 0.0.
        return x == 0 ? "0.0" : "\(x)"
    }

    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Fast path: nothing to escape (no quote, backslash, control character, or U+2028/U+2029, whose UTF-8
        // starts with 0xE2), read from the string's contiguous UTF-8.
        let plain = s.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for byte in bytes where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if plain == true {
            out.append(UInt8(ascii: "\""))
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\"".utf8
            case "\\": out += "\\\\".utf8
            case "\n": out += "\\n".utf8
            case "\r": out += "\\r".utf8
            case "\t": out += "\\t".utf8
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
            default: out += String(scalar).utf8
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// Writes a JSON document whose top-level object holds large arrays element by element, so that a 100,000-actor
/// document never exists as one tree of values. The bytes equal ``JSONValue/rendered()`` of the whole document.
public enum JSONStreamWriter {
    /// An array whose elements are made one at a time.
    public struct Array: Sendable {
        public let count: Int
        public let element: @Sendable (Int) -> JSONValue

        public init(count: Int, element: @escaping @Sendable (Int) -> JSONValue) {
            self.count = count
            self.element = element
        }
    }

    /// The document `{ fixed…, streamed… }`, keys sorted as ``JSONValue/rendered()`` sorts them.
    ///
    /// - Parameters:
    ///   - fixed: the members built as values.
    ///   - streamed: the members written element by element (their elements must not be scalars).
    /// - Returns: the UTF-8 bytes, ending with a newline.
    /// - Complexity: O(size of the document); memory: the output and one element at a time.
    public static func render(fixed: [String: JSONValue], streamed: [String: Array]) -> [UInt8] {
        var all: [UInt8] = []
        write(fixed: fixed, streamed: streamed) { all += $0 }
        return all
    }

    /// Writes the document `{ fixed…, streamed… }` (the bytes of ``render(fixed:streamed:)``) in pieces of about
    /// `chunkSize` bytes, so that a 200 MB document goes to its file without ever being held whole.
    ///
    /// - Parameters:
    ///   - fixed: the members built as values.
    ///   - streamed: the members written element by element (their elements must not be scalars).
    ///   - chunkSize: the size from which the buffered bytes are handed to `sink`.
    ///   - sink: receives the document's bytes, in order; the last piece ends with a newline.
    /// - Complexity: O(size of the document); memory: one chunk and one element at a time.
    public static func write(fixed: [String: JSONValue], streamed: [String: Array], chunkSize: Int = 1 << 20,
                             to sink: ([UInt8]) -> Void) {
        var out: [UInt8] = []
        out.reserveCapacity(chunkSize + (1 << 16))
        func flushIfFull() {
            guard out.count >= chunkSize else { return }
            sink(out)
            out.removeAll(keepingCapacity: true)
        }
        let keys = (Swift.Array(fixed.keys) + streamed.keys).sorted(by: JSONValue.keyOrder)
        if keys.isEmpty { sink(Swift.Array("{}\n".utf8)); return }
        out += "{\n".utf8
        for (i, key) in keys.enumerated() {
            out += "  ".utf8
            JSONValue.escape(key, into: &out)
            out += ": ".utf8
            if let array = streamed[key] {
                if array.count == 0 {
                    out += "[]".utf8
                } else {
                    out += "[\n".utf8
                    for k in 0..<array.count {
                        out += "    ".utf8
                        array.element(k).write(to: &out, indent: 4)
                        out += (k == array.count - 1 ? "\n" : ",\n").utf8
                        flushIfFull()
                    }
                    out += "  ]".utf8
                }
            } else {
                fixed[key]?.write(to: &out, indent: 2)
            }
            out += (i == keys.count - 1 ? "\n" : ",\n").utf8
            flushIfFull()
        }
        out += "}\n".utf8
        sink(out)
    }
}
