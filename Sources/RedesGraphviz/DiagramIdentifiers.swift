/// The stable `id` and `class` attributes Redes gives every actor, arrangement and tie of a diagram, which Graphviz
/// copies into the `<g>` elements of its SVG. A page (a script, a stylesheet, a test) finds an actor's drawing by
/// ``actor(_:)`` without a second layout: `<g id="actor-secreduc" class="node actor bloc-publico">`.
///
/// Ids are built from the network's own ids, so they are the same in every diagram of a network (the base drawing and
/// each scenario). Characters other than ASCII letters, digits, `-` and `.` are written as `_` and their UTF-8 bytes
/// in hex (`María` → `Mar_c3_ada`, `_` → `_5f`), so the encoding is one-to-one and every id is a valid XML name. Graphviz writes `-` as `&#45;` in
/// SVG attributes; an XML or HTML parser reads it back as `-`.
public enum DiagramIdentifiers {
    /// `actor-<id>`.
    public static func actor(_ id: String) -> String { "actor-" + token(id) }

    /// `arrangement-<id>`.
    public static func arrangement(_ id: String) -> String { "arrangement-" + token(id) }

    /// `territory-<id>`: a territory's point on a map.
    public static func territory(_ id: String) -> String { "territory-" + token(id) }

    /// `pair-<a>--<b>`: the line joining two actors in a one-mode drawing (ids in ascending order when undirected).
    public static func pair(_ a: String, _ b: String, directed: Bool) -> String {
        let (first, second) = directed || a <= b ? (a, b) : (b, a)
        return "pair-" + token(first) + "--" + token(second)
    }

    /// `member-<arrangement>--<actor>`: a membership line in a two-mode drawing or a diff.
    public static func membership(arrangement: String, actor: String) -> String {
        "member-" + token(arrangement) + "--" + token(actor)
    }

    /// `tie-<source>--<target>--<kind>`: a direct tie in a two-mode drawing.
    public static func tie(_ source: String, _ target: String, kind: String) -> String {
        "tie-" + token(source) + "--" + token(target) + "--" + token(kind)
    }

    /// A class name for a value (a bloc, a kind, an evidence status): `prefix-<value>`.
    public static func className(_ prefix: String, _ value: String) -> String { prefix + "-" + token(value) }

    /// `text` as an XML name fragment: ASCII letters, digits, `-` and `.` kept; anything else (`_` included) as `_`
    /// and its UTF-8 bytes in lower-case hex.
    public static func token(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16)
                out += "_" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
