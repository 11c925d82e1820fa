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

    /// The legend as the Graphviz HTML-like label of the diagram's header (light theme, 10-point words).
    var graphvizHeader: String { graphvizLabel(theme: .light, fontSize: 10, vertical: false) }

    /// The legend as a Graphviz HTML-like label; every piece of text is escaped. Each mark is a glyph in its colour
    /// (■ a fill, □ an arrangement's box, ━━ ━ ━ · · · a line), so every entry is text that sits left in its cell.
    ///
    /// - Parameters:
    ///   - theme: the colours of the words.
    ///   - fontSize: the size of the words (the title is twice as large).
    ///   - vertical: one entry per line, for a column beside the drawing; otherwise each row on one line, for a
    ///     band above or below it. Sentences are wrapped at about 40 characters in a column.
    func graphvizLabel(theme: DiagramTheme, fontSize: Double, vertical: Bool) -> String {
        let size = NetworkDiagram.decimal(fontSize), titleSize = NetworkDiagram.decimal(fontSize * 2)
        func words(_ text: String, color: String) -> String {
            let shown = vertical ? NetworkDiagram.wrapped(text, width: 40) : text
            return "<font color=\"\(color)\">\(Self.escape(shown))</font>"
        }
        var html = "<table border=\"0\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"3\">"
        let title = vertical ? NetworkDiagram.wrapped(self.title, width: 24) : self.title
        html += "<tr><td align=\"left\" balign=\"left\"><font point-size=\"\(titleSize)\" color=\"\(theme.ink)\"><b>\(Self.escape(title))</b></font></td></tr>"
        for row in rows {
            var text = words(row.entries.isEmpty ? row.title : row.title + ":", color: theme.mutedInk)
            for entry in row.entries {
                text += vertical ? "<br/>" : "   "
                text += Self.glyph(entry.mark) + " " + words(entry.label, color: theme.ink)
            }
            html += "<tr><td align=\"left\" balign=\"left\"><font point-size=\"\(size)\">\(text)</font></td></tr>"
        }
        return html + "</table>"
    }

    /// A mark as a coloured glyph.
    static func glyph(_ mark: Mark) -> String {
        switch mark {
        case .fill(let color):
            return "<font color=\"\(color)\">■</font>"
        case .node(let fill, let border, _, let rounded):
            return "<font color=\"\(rounded ? fill : border)\">\(rounded ? "■" : "□")</font>"
        case .line(let color, _, let style):
            let glyph: String
            switch style {
            case "dashed": glyph = "━ ━ ━"
            case "dotted": glyph = "· · · · ·"
            case "bold": glyph = "▬▬▬"
            case "double": glyph = "════"
            case "light": glyph = "────"
            default: glyph = "━━━━"
            }
            return "<font color=\"\(color)\">\(glyph)</font>"
        }
    }

    /// User text inside the HTML-like header: escaped, with line breaks as Graphviz's `<br/>`.
    static func escape(_ text: String) -> String { escapeHTML(text).replacingOccurrences(of: "\n", with: "<br/>") }
}
