import Redes

/// A diagram's key, as data: rows of marks (a colour, a line, a node) with their words. Graphviz draws it as the
/// diagram's header (``NetworkDiagram/header``); a page can draw the same rows in HTML, at its own text size, beside
/// the drawing.
public struct DiagramLegend: Sendable, Hashable {
    /// What a legend entry shows.
    public enum Mark: Sendable, Hashable {
        /// A filled square of a colour.
        case fill(String)
        /// A line of a colour, width (points) and Graphviz style (`solid`, `dashed`, `dotted`; and, for keys only,
        /// `double` for two parallel lines and `light` for a thin solid one).
        case line(color: String, width: Double, style: String)
        /// A node: fill, border colour and width, rounded (actor) or square (arrangement) corners.
        case node(fill: String, border: String, width: Double, rounded: Bool)
    }

    /// One mark and its words.
    public struct Entry: Sendable, Hashable {
        public var mark: Mark
        public var label: String
    }

    /// A titled row of entries; a row without entries is a sentence.
    public struct Row: Sendable, Hashable {
        public var title: String
        public var entries: [Entry]
    }

    /// The diagram's title.
    public var title: String
    public var rows: [Row]

    /// The legend as the Graphviz HTML-like label of the diagram's header; every piece of text is escaped.
    var graphvizHeader: String {
        var html = "<table border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"2\">"
        html += "<tr><td align=\"left\"><font point-size=\"20\"><b>\(Self.escape(title))</b></font></td></tr>"
        for row in rows {
            html += "<tr><td align=\"left\">"
            if row.entries.isEmpty {
                html += "<font point-size=\"10\" color=\"#444444\">\(Self.escape(row.title))</font>"
            } else {
                html += "<table border=\"0\" cellborder=\"0\" cellspacing=\"3\" cellpadding=\"1\"><tr>"
                html += "<td align=\"left\"><font point-size=\"10\" color=\"#444444\">\(Self.escape(row.title)):</font></td>"
                for entry in row.entries {
                    html += Self.cell(entry.mark)
                    html += "<td align=\"left\"><font point-size=\"10\">\(Self.escape(entry.label))</font></td>"
                }
                html += "</tr></table>"
            }
            html += "</td></tr>"
        }
        return html + "<tr><td align=\"left\"> </td></tr></table>"
    }

    /// A Graphviz table cell that draws a mark.
    static func cell(_ mark: Mark) -> String {
        switch mark {
        case .fill(let color):
            return "<td bgcolor=\"\(color)\" width=\"12\" height=\"12\" fixedsize=\"true\"> </td>"
        case .node(let fill, let border, _, _):
            return "<td bgcolor=\"\(fill)\" color=\"\(border)\" border=\"1\" width=\"16\" height=\"11\" fixedsize=\"true\"> </td>"
        case .line(let color, _, let style):
            let glyph: String
            switch style {
            case "dashed": glyph = "━ ━ ━"
            case "dotted": glyph = "· · · · ·"
            case "double": glyph = "════"
            case "light": glyph = "────"
            default: glyph = "━━━━"
            }
            return "<td><font point-size=\"10\" color=\"\(color)\">\(glyph)</font></td>"
        }
    }

    /// User text inside the HTML-like header: escaped, with line breaks as Graphviz's `<br/>`.
    static func escape(_ text: String) -> String { escapeHTML(text).replacingOccurrences(of: "\n", with: "<br/>") }
}
