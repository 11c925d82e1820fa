import Foundation
import Redes

extension ReportDocument {
    /// One self-contained HTML file: inline CSS and SVG, no script, no external resource; prints on A4.
    public func html() -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"\(HTML.escape(language))\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(HTML.escape(title))</title>\n<style>\n\(HTML.stylesheet)</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>\(HTML.escape(title))</h1>\n<p class=\"subtitle\">\(HTML.escape(subtitle))</p>\n"
        out += "<nav><ul>\n"
        for section in sections { out += "<li><a href=\"#\(section.id)\">\(HTML.escape(section.title))</a></li>\n" }
        out += "</ul></nav>\n</header>\n"
        var figure = 0
        for section in sections {
            out += "<section id=\"\(section.id)\">\n<h2>\(HTML.escape(section.title))</h2>\n"
            for block in section.blocks {
                switch block {
                case .lead(let text): out += "<p class=\"lead\">\(HTML.escape(text))</p>\n"
                case .paragraph(let text): out += "<p>\(HTML.escape(text))</p>\n"
                case .subheading(let text): out += "<h3>\(HTML.escape(text))</h3>\n"
                case .list(let items):
                    out += "<ul>\n" + items.map { "<li>\(HTML.escape($0))</li>\n" }.joined() + "</ul>\n"
                case .table(let headers, let rows, let numeric):
                    out += "<div class=\"table\"><table>\n<thead><tr>"
                    for (i, header) in headers.enumerated() {
                        out += "<th\(numeric.indices.contains(i) && numeric[i] ? " class=\"num\"" : "")>\(HTML.escape(header))</th>"
                    }
                    out += "</tr></thead>\n<tbody>\n"
                    for row in rows {
                        out += "<tr>"
                        for (i, cell) in row.enumerated() {
                            out += "<td\(numeric.indices.contains(i) && numeric[i] ? " class=\"num\"" : "")>\(HTML.escape(cell))</td>"
                        }
                        out += "</tr>\n"
                    }
                    out += "</tbody>\n</table></div>\n"
                case .figure(_, let svg, let caption):
                    figure += 1
                    out += "<figure>\n\(HTML.inlineSVG(svg, prefix: "f\(figure)-"))\n<figcaption>\(HTML.escape(caption))</figcaption>\n</figure>\n"
                }
            }
            out += "</section>\n"
        }
        out += "<footer><p>\(HTML.escape(subtitle))</p></footer>\n</body>\n</html>\n"
        return out
    }

    /// Markdown text and the SVG files it refers to (name → contents), to be written beside it.
    public func markdown(figurePrefix: String) -> (text: String, figures: [(name: String, svg: String)]) {
        var out = "# \(Markdown.escape(title))\n\n_\(Markdown.escape(subtitle))_\n\n"
        var figures: [(String, String)] = []
        for section in sections {
            out += "## \(Markdown.escape(section.title))\n\n"
            for block in section.blocks {
                switch block {
                case .lead(let text): out += "**\(Markdown.escape(text))**\n\n"
                case .paragraph(let text): out += "\(Markdown.escape(text))\n\n"
                case .subheading(let text): out += "### \(Markdown.escape(text))\n\n"
                case .list(let items): out += items.map { "- \(Markdown.escape($0))\n" }.joined() + "\n"
                case .table(let headers, let rows, let numeric):
                    out += "| " + headers.map(Markdown.cell).joined(separator: " | ") + " |\n"
                    out += "|" + headers.indices.map { numeric.indices.contains($0) && numeric[$0] ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
                    for row in rows { out += "| " + row.map(Markdown.cell).joined(separator: " | ") + " |\n" }
                    out += "\n"
                case .figure(let name, let svg, let caption):
                    let file = "\(figurePrefix)\(name).svg"
                    figures.append((file, svg))
                    out += "![\(Markdown.escape(caption))](\(file))\n\n_\(Markdown.escape(caption))_\n\n"
                }
            }
        }
        return (out, figures)
    }
}

enum HTML {
    static func escape(_ text: String) -> String { escapeHTML(text) }

    /// Graphviz SVG made fit to inline in HTML: no XML prolog, DOCTYPE or comments, no namespace URLs (HTML gives
    /// inline SVG its namespace), element ids made unique per figure, and the drawing scaled to the page width.
    static func inlineSVG(_ svg: String, prefix: String) -> String {
        // Byte by byte, in one pass: Foundation's `range(of:)` on a large string costs O(n) per call, which made a
        // 3,000-node drawing take minutes (one call per comment).
        let bytes = Array(svg.utf8)
        guard let start = SVGBytes.find(Array("<svg".utf8), in: bytes, from: 0) else { return "" }
        var body = SVGBytes.removingComments(bytes, from: start)
        for attribute in [" xmlns=\"http://www.w3.org/2000/svg\"", " xmlns:xlink=\"http://www.w3.org/1999/xlink\""] {
            body = SVGBytes.replacing(Array(attribute.utf8), with: [], in: body)
        }
        body = SVGBytes.replacing(Array(" id=\"".utf8), with: Array(" id=\"\(prefix)".utf8), in: body)
        var text = String(decoding: body, as: UTF8.self)
        // Let CSS size the drawing: keep the viewBox, drop the fixed width and height of the root element.
        if let tagEnd = text.firstIndex(of: ">") {
            var tag = String(text[text.startIndex..<tagEnd])
            tag = tag.replacingOccurrences(of: #" width="[^"]*""#, with: "", options: .regularExpression)
            tag = tag.replacingOccurrences(of: #" height="[^"]*""#, with: "", options: .regularExpression)
            text.replaceSubrange(text.startIndex..<tagEnd, with: tag + " role=\"img\"")
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static let stylesheet = """
        :root { --ink: #1b1b1b; --muted: #5a5a5a; --rule: #d9d9d9; --accent: #0072B2; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: var(--ink); line-height: 1.45;
               max-width: 60rem; margin: 0 auto; padding: 2rem 2.5rem; font-size: 11pt; }
        h1 { font-size: 1.9rem; margin: 0 0 .3rem; }
        h2 { font-size: 1.4rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--accent); }
        h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
        .subtitle { color: var(--muted); margin: 0 0 1rem; }
        nav ul { columns: 2; color: var(--muted); margin: .5rem 0 1.5rem; padding: 0; list-style: none; }
        nav a { color: inherit; text-decoration: none; }
        p.lead { font-size: 1.12rem; background: #f3f7fb; border-left: 4px solid var(--accent); padding: .6rem .9rem; }
        .table { overflow-x: auto; }
        table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .92rem; }
        th, td { padding: .25rem .6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
        th { background: #f5f5f5; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        figure { margin: 1rem 0 1.5rem; break-inside: avoid; }
        figure svg { width: 100%; height: auto; }
        figcaption { color: var(--muted); font-size: .9rem; margin-top: .3rem; }
        footer { color: var(--muted); font-size: .85rem; margin-top: 3rem; border-top: 1px solid var(--rule); }
        @page { size: A4; margin: 16mm 14mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          nav { display: none; }
          section { break-before: page; }
          h2, h3 { break-after: avoid; }
          table, figure { break-inside: avoid; }
        }

        """
}

enum Markdown {
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "*", "_", "`", "[", "]", "#": out += "\\" + String(c)
            default: out.append(c)
            }
        }
        return out
    }

    static func cell(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}

/// Linear-time byte operations on SVG text.
enum SVGBytes {
    /// The first position of `pattern` in `bytes` at or after `from`.
    static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
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
    static func removingComments(_ bytes: [UInt8], from start: Int) -> [UInt8] {
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
    static func replacing(_ pattern: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
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
