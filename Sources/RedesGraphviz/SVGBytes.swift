import Foundation

/// Linear-time byte operations on SVG text.
public enum SVGBytes {
    /// Graphviz SVG made fit to inline in HTML: from the `<svg` element on (no XML prolog, DOCTYPE or comments),
    /// without the namespace URLs (HTML gives inline SVG its namespace). Byte by byte, in one pass: Foundation's
    /// `range(of:)` on a large string costs O(n) per call, which made a 3,000-node drawing take minutes (one call per
    /// comment).
    ///
    /// - Parameter svg: an SVG document as Graphviz writes it.
    /// - Returns: the `<svg>` element's bytes; empty when there is none.
    /// - Complexity: O(n) for n bytes.
    public static func inlineBody(_ svg: String) -> [UInt8] {
        let bytes = Array(svg.utf8)
        guard let start = find(Array("<svg".utf8), in: bytes, from: 0) else { return [] }
        var body = removingComments(bytes, from: start)
        for attribute in [" xmlns=\"http://www.w3.org/2000/svg\"", " xmlns:xlink=\"http://www.w3.org/1999/xlink\""] {
            body = replacing(Array(attribute.utf8), with: [], in: body)
        }
        return body
    }

    /// The first position of `pattern` in `bytes` at or after `from`.
    public static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        var i = from
        let last = bytes.count - pattern.count
        while i <= last {
            if bytes[i] == first {
                var j = 1
                while j < pattern.count && bytes[i + j] == pattern[j] { j += 1 }
                if j == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// `bytes` from `start` without `<!-- … -->` comments.
    public static func removingComments(_ bytes: [UInt8], from start: Int) -> [UInt8] {
        let open = Array("<!--".utf8), close = Array("-->".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - start)
        var i = start
        while let o = find(open, in: bytes, from: i) {
            out += bytes[i..<o]
            guard let c = find(close, in: bytes, from: o + open.count) else { return out }
            i = c + close.count
        }
        out += bytes[i...]
        return out
    }

    /// Every occurrence of `pattern` replaced by `replacement`.
    public static func replacing(_ pattern: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while let p = find(pattern, in: bytes, from: i) {
            out += bytes[i..<p]
            out += replacement
            i = p + pattern.count
        }
        out += bytes[i...]
        return out
    }
}
