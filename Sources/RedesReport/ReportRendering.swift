import Foundation
import Redes
import RedesGraphviz

extension ReportDocument {
    /// One self-contained HTML file: inline CSS and SVG, no script, no external resource. It prints on A4 portrait
    /// (page numbers and the network's name in the footer, each scenario kept on one page, wide tables fitted to the
    /// page) and reads on a screen from phone to desktop width without horizontal scrolling.
    public func html() -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"\(HTML.escape(language))\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(HTML.escape(title))</title>\n<style>\n\(HTML.stylesheet)\(HTML.pageRules(footer: footer, pageLabel: pageLabel))</style>\n</head>\n<body>\n"
        out += "<header class=\"cover\">\n<h1>\(HTML.escape(title))</h1>\n<p class=\"subtitle\">\(HTML.escape(subtitle))</p>\n</header>\n"
        var figure = 0
        for (index, section) in sections.enumerated() {
            if index == 1 || (index == 0 && section.number != nil) { out += contents() }
            out += "<section id=\"\(HTML.escape(section.id))\">\n<h2>\(HTML.escape(heading(section)))</h2>\n"
            for block in section.blocks { out += HTML.render(block, figure: &figure) }
            out += "</section>\n"
        }
        out += "<footer class=\"end\"><p>\(HTML.escape(subtitle))</p></footer>\n</body>\n</html>\n"
        return out
    }

    /// The table of contents: one link per numbered section (anchors, not page numbers).
    private func contents() -> String {
        var out = "<nav class=\"toc\" aria-label=\"\(HTML.escape(contentsTitle))\">\n<h2>\(HTML.escape(contentsTitle))</h2>\n<ol>\n"
        for section in sections where section.number != nil {
            out += "<li><a href=\"#\(HTML.escape(section.id))\">\(HTML.escape(heading(section)))</a></li>\n"
        }
        return out + "</ol>\n</nav>\n"
    }

    /// "2. Fragmentación" for numbered sections; the title alone otherwise.
    func heading(_ section: Section) -> String { section.number.map { "\($0). \(section.title)" } ?? section.title }

    /// Markdown text and the SVG files it refers to (name → contents), to be written beside it.
    public func markdown(figurePrefix: String) -> (text: String, figures: [(name: String, svg: String)]) {
        var out = "# \(Markdown.escape(title))\n\n_\(Markdown.escape(subtitle))_\n\n"
        var figures: [(String, String)] = []
        for (index, section) in sections.enumerated() {
            if index == 1 {
                out += "## \(Markdown.escape(contentsTitle))\n\n"
                for section in sections where section.number != nil {
                    out += "- [\(Markdown.escape(heading(section)))](#\(section.id))\n"
                }
                out += "\n"
            }
            out += "<a id=\"\(HTML.escape(section.id))\"></a>\n\n## \(Markdown.escape(heading(section)))\n\n"
            for block in section.blocks { out += Markdown.render(block, prefix: figurePrefix, figures: &figures) }
        }
        return (out, figures)
    }
}

enum HTML {
    static func escape(_ text: String) -> String { escapeHTML(text) }

    static func render(_ block: ReportDocument.Block, figure: inout Int) -> String {
        switch block {
        case .lead(let text): return "<p class=\"lead\">\(escape(text))</p>\n"
        case .paragraph(let text): return "<p>\(escape(text))</p>\n"
        case .subheading(let text): return "<h3>\(escape(text))</h3>\n"
        case .list(let items): return "<ul>\n" + items.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        case .table(let table): return self.table(table)
        case .figure(let value):
            figure += 1
            var out = "<figure class=\"diagram\"\(value.width < 1 ? " style=\"max-width:\(Int(value.width * 100))%\"" : "")>\n"
            out += "<div class=\"drawing\">\(inlineSVG(value.svg, prefix: "f\(figure)-"))</div>\n"
            if let legend = value.legend, !legend.rows.isEmpty { out += self.legend(legend) }
            return out + "<figcaption>\(escape(value.caption))</figcaption>\n</figure>\n"
        case .findings(let findings):
            return "<ol class=\"findings\">\n" + findings.map { finding in
                "<li><span>\(escape(finding.text))</span> <a class=\"pointer\" href=\"#\(escape(finding.section))\">\(escape(finding.pointer))</a></li>\n"
            }.joined() + "</ol>\n"
        case .glossary(let entries):
            return "<aside class=\"glossary\"><dl>\n" + entries.map {
                "<div><dt>\(escape($0.term))</dt><dd>\(escape($0.definition))</dd></div>\n"
            }.joined() + "</dl></aside>\n"
        case .key(let entries):
            return "<p class=\"key-line\">" + entries.map { "<b>\(escape($0.term))</b>: \(escape($0.definition))" }.joined(separator: " · ") + "</p>\n"
        case .callout(let title, let text):
            return "<aside class=\"callout\"><p class=\"callout-title\">\(escape(title))</p><p>\(escape(text))</p></aside>\n"
        case .group(let id, let blocks):
            return "<article class=\"scenario\" id=\"\(escape(id))\">\n" + blocks.map { render($0, figure: &figure) }.joined() + "</article>\n"
        case .heatmap(let map): return heatmap(map)
        case .evidence(let entries):
            return "<ol class=\"evidence\">\n" + entries.map { entry in
                let text = entry.isQuote ? "«\(escape(entry.text))»" : escape(entry.text)
                return "<li><p class=\"\(entry.isQuote ? "quote" : "reason")\">\(text)</p><p class=\"origin\">\(escape(entry.origin))</p>"
                    + "<p class=\"elements\">\(escape(entry.elements.joined(separator: " · ")))</p></li>\n"
            }.joined() + "</ol>\n"
        }
    }

    static func table(_ table: ReportTable) -> String {
        let cards = table.headers.count >= 4
        var classes = [table.compact ? "compact" : "", cards ? "cards" : "", table.widths != nil ? "fixed" : ""].filter { !$0.isEmpty }
        if classes.isEmpty { classes = ["plain"] }
        var out = "<figure class=\"table\">\n"
        if let caption = table.caption { out += "<figcaption class=\"caption\">\(escape(caption))</figcaption>\n" }
        out += "<table class=\"\(classes.joined(separator: " "))\">\n"
        if let widths = table.widths {
            let total = widths.reduce(0, +)
            out += "<colgroup>" + widths.map { "<col style=\"width:\(formatFixed(100 * $0 / total, decimals: 1))%\">" }.joined() + "</colgroup>\n"
        }
        out += "<thead><tr>"
        for (i, header) in table.headers.enumerated() {
            out += "<th\(numeric(table, i) ? " class=\"num\"" : "")>\(escape(header))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                var classes = numeric(table, i) ? ["num"] : []
                if cell.best { classes.append("best") }
                let label = table.headers.indices.contains(i) && !table.headers[i].isEmpty ? " data-label=\"\(escape(table.headers[i]))\"" : ""
                let tag = i == 0 ? "th scope=\"row\"" : "td"
                out += "<\(tag)\(classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")\(i == 0 ? "" : label)>"
                out += (cell.best ? "<span class=\"star\" aria-hidden=\"true\">★</span> " : "") + escape(cell.text) + "</\(i == 0 ? "th" : "td")>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if let note = table.note { out += "<p class=\"note\">\(escape(note))</p>\n" }
        return out + "</figure>\n"
    }

    static func numeric(_ table: ReportTable, _ i: Int) -> Bool { table.numeric.indices.contains(i) && table.numeric[i] }

    /// A matrix as shaded cells: white to blue with the share; white text on dark cells.
    static func heatmap(_ map: Heatmap) -> String {
        var out = "<figure class=\"heatmap\">\n<table>\n<thead><tr><th></th>"
        for label in map.columnLabels { out += "<th scope=\"col\">\(breakingAfterSlash(label))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for (r, label) in map.rowLabels.enumerated() {
            out += "<tr><th scope=\"row\">\(breakingAfterSlash(label))</th>"
            for (k, text) in map.cells[r].enumerated() {
                let shade = map.shades.indices.contains(r) && map.shades[r].indices.contains(k) ? map.shades[r][k] : nil
                let style = shade.map { value -> String in
                    let t = min(max(value, 0), 1)
                    let channel = { (from: Double, to: Double) in Int((from + (to - from) * t).rounded()) }
                    let color = String(format: "#%02X%02X%02X", channel(255, 0), channel(255, 0x48), channel(255, 0x8A))
                    return " style=\"background:\(color);color:\(t > 0.45 ? "#FFFFFF" : "#111111")\""
                } ?? ""
                out += "<td class=\"num\"\(style)>\(escape(text))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n<figcaption>\(escape(map.caption)) \(escape(map.note))</figcaption>\n</figure>\n"
    }

    /// Escaped text with a line-break opportunity after each slash ("Programas/Fundaciones" breaks after the slash,
    /// not inside a word).
    static func breakingAfterSlash(_ text: String) -> String { escape(text).replacingOccurrences(of: "/", with: "/<wbr>") }

    /// A diagram's key in HTML: each row's title, then small inline drawings of its marks with their words.
    static func legend(_ legend: DiagramLegend) -> String {
        var out = "<ul class=\"legend\">\n"
        for row in legend.rows {
            out += "<li><span class=\"legend-title\">\(escape(row.title))\(row.entries.isEmpty ? "" : ":")</span>"
            for entry in row.entries {
                out += " <span class=\"key\">\(mark(entry.mark)) \(escape(entry.label))</span>"
            }
            out += "</li>\n"
        }
        return out + "</ul>\n"
    }

    /// A small inline SVG of a legend mark.
    static func mark(_ mark: DiagramLegend.Mark) -> String {
        let open = "<svg class=\"mark\" viewBox=\"0 0 28 12\" width=\"28\" height=\"12\" aria-hidden=\"true\">"
        switch mark {
        case .fill(let color):
            return open + "<rect x=\"8\" y=\"1\" width=\"12\" height=\"10\" fill=\"\(escape(color))\" stroke=\"#333\" stroke-width=\"0.5\"/></svg>"
        case .node(let fill, let border, let width, let rounded):
            return open + "<rect x=\"3\" y=\"1.5\" width=\"22\" height=\"9\" rx=\"\(rounded ? 3 : 0)\" fill=\"\(escape(fill))\" stroke=\"\(escape(border))\" stroke-width=\"\(formatFixed(width, decimals: 1))\"/></svg>"
        case .line(let color, let width, let style):
            let dash = style == "dashed" ? " stroke-dasharray=\"5 3\"" : style == "dotted" ? " stroke-dasharray=\"1.5 2.5\"" : ""
            let stroke = "stroke=\"\(escape(color))\" stroke-width=\"\(formatFixed(width, decimals: 1))\"\(dash)"
            // Two parallel lines (an indicator's custodian).
            if style == "double" { return open + "<line x1=\"1\" y1=\"4\" x2=\"27\" y2=\"4\" \(stroke)/><line x1=\"1\" y1=\"8\" x2=\"27\" y2=\"8\" \(stroke)/></svg>" }
            return open + "<line x1=\"1\" y1=\"6\" x2=\"27\" y2=\"6\" \(stroke)/></svg>"
        }
    }

    /// Graphviz SVG made fit to inline in HTML: no XML prolog, DOCTYPE or comments, no namespace URLs (HTML gives
    /// inline SVG its namespace), element ids made unique per figure, and the drawing scaled to the page width.
    static func inlineSVG(_ svg: String, prefix: String) -> String {
        let body = SVGBytes.replacing(Array(" id=\"".utf8), with: Array(" id=\"\(prefix)".utf8), in: SVGBytes.inlineBody(svg))
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

    /// Text as a CSS string literal: quotes and backslashes escaped, line breaks and `<` as code points (so the text
    /// can never close the style element).
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<", ">", "&": out += "\\" + String(scalar.value, radix: 16) + " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "\\" + String(scalar.value, radix: 16) + " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The printed page: A4 portrait, the network's name at the bottom left and the page number at the bottom
    /// right (CSS page-margin boxes, printed by Chromium 131 and later).
    static func pageRules(footer: String, pageLabel: String) -> String {
        let parts = pageLabel.components(separatedBy: "{1}")
        let before = parts.first ?? "", rest = parts.dropFirst().joined()
        let middleParts = rest.components(separatedBy: "{2}")
        let middle = middleParts.first ?? "", after = middleParts.dropFirst().joined()
        let number = "\(cssString(before)) counter(page) \(cssString(middle)) counter(pages) \(cssString(after))"
        return """
            @page {
              size: A4 portrait; margin: 13mm 14mm 15mm 14mm;
              @bottom-left { content: \(cssString(footer)); font: 7.5pt "DejaVu Sans", Arial, sans-serif; color: #666; }
              @bottom-right { content: \(number); font: 7.5pt "DejaVu Sans", Arial, sans-serif; color: #666; }
            }

            """
    }

    static let stylesheet = """
        :root { --ink: #1b1b1b; --muted: #5a5a5a; --rule: #d9d9d9; --accent: #0072B2; --soft: #f3f7fb; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: var(--ink); line-height: 1.45;
               max-width: 62rem; margin: 0 auto; padding: 2rem 2.5rem; font-size: 11pt; overflow-wrap: break-word; }
        h1 { font-size: 1.8rem; margin: 0 0 .2rem; line-height: 1.2; }
        h2 { font-size: 1.35rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--accent); }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
        a { color: var(--accent); }
        .subtitle { color: var(--muted); margin: 0 0 .6rem; font-size: .9em; }
        p.lead { font-size: 1.08rem; background: var(--soft); border-left: 4px solid var(--accent); padding: .5rem .8rem; }
        ol.findings { padding-left: 1.4rem; margin: .4rem 0 .8rem; }
        ol.findings li { margin: .25rem 0; padding-left: .2rem; }
        ol.findings .pointer { white-space: nowrap; font-size: .85em; text-decoration: none; }
        aside.callout { border: 2px solid var(--ink); padding: .5rem .8rem; margin: .8rem 0; }
        aside.callout p { margin: .2rem 0; }
        .callout-title { font-weight: bold; }
        p.key-line { font-size: .85em; color: #333; border-top: 1px solid var(--rule); padding-top: .3rem; }
        aside.glossary { background: #f6f6f6; border-left: 3px solid #999; padding: .35rem .7rem; margin: .6rem 0 1rem;
                         font-size: .86em; }
        aside.glossary dl { margin: 0; }
        aside.glossary div { margin: .15rem 0; }
        aside.glossary dt { display: inline; font-weight: bold; }
        aside.glossary dt::after { content: ": "; }
        aside.glossary dd { display: inline; margin: 0; }
        nav.toc ol { columns: 2; column-gap: 2rem; list-style: none; padding-left: 0; margin: .3rem 0 1rem; }
        nav.toc a { text-decoration: none; }
        figure { margin: .8rem 0 1.2rem; }
        figure.table { margin: .5rem 0 1rem; }
        table { border-collapse: collapse; margin: .3rem 0; font-size: .9em; max-width: 100%; }
        table.fixed { width: 100%; table-layout: fixed; }
        table.compact { font-size: .86em; width: 100%; }
        th, td { padding: .22rem .45rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
        thead th { background: #f0f0f0; font-weight: bold; vertical-align: bottom; }
        tbody th { font-weight: normal; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        table.compact th, table.compact td { padding: .2rem .3rem; }
        td.best { font-weight: bold; }
        .star { font-size: .85em; }
        .caption { font-weight: bold; font-size: .9em; margin-bottom: .1rem; }
        p.note, figcaption { color: var(--muted); font-size: .86em; margin: .25rem 0 0; }
        figure.diagram .drawing svg { width: 100%; height: auto; display: block; }
        ul.legend { list-style: none; padding: 0; margin: .3rem 0 0; font-size: .88em; }
        ul.legend li { margin: .1rem 0; }
        .legend-title { color: var(--muted); }
        .key { display: inline-block; max-width: 100%; margin-right: .4rem; }
        svg.mark { vertical-align: -1px; }
        figure.heatmap table { width: 100%; table-layout: fixed; font-size: .95em; }
        figure.heatmap th { font-size: .9em; }
        figure.heatmap td { text-align: center; border: 1px solid #fff; }
        article.scenario { margin: 1.2rem 0 1.6rem; }
        article.scenario h3 { font-size: 1.12rem; border-left: 4px solid var(--ink); padding-left: .5rem; }
        ol.evidence { padding-left: 1.4rem; font-size: .88em; }
        ol.evidence li { margin: .35rem 0; }
        ol.evidence p { margin: 0; }
        ol.evidence .origin { color: var(--muted); }
        footer.end { color: var(--muted); font-size: .8em; margin-top: 2.5rem; border-top: 1px solid var(--rule); }
        @media screen and (max-width: 700px) {
          body { padding: 1rem; font-size: 15px; }
          nav.toc ol { columns: 1; }
          table.cards, table.cards thead, table.cards tbody, table.cards tr, table.cards th, table.cards td { display: block; width: 100%; }
          table.cards colgroup, table.cards thead { display: none; }
          table.cards tr { border-bottom: 2px solid var(--rule); padding: .3rem 0; }
          table.cards th[scope=row] { font-weight: bold; border: 0; }
          table.cards td { border: 0; text-align: left; padding: .05rem .45rem; }
          table.cards td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); }
          figure.heatmap table { font-size: .72em; }
          figure.heatmap th, figure.heatmap td { padding: .15rem .1rem; }
        }
        @media print {
          body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.35; }
          h1 { font-size: 17pt; }
          h2 { font-size: 13pt; margin: 1rem 0 .4rem; }
          h3 { font-size: 10.5pt; margin: .7rem 0 .3rem; }
          p { margin: .35rem 0; orphans: 3; widows: 3; }
          a { color: inherit; text-decoration: none; }
          section#summary { break-after: page; }
          section#summary h2 { margin-top: .4rem; }
          nav.toc h2 { margin-top: 0; }
          h2, h3, .caption, .callout-title { break-after: avoid; }
          figure, table, tr, aside, ol.findings li, ol.evidence li, article.scenario, ul.legend { break-inside: avoid; }
          article.scenario { margin: 0 0 .6rem; }
          p.lead { font-size: 10pt; break-after: avoid; break-inside: avoid; }
          figure.diagram { margin: .4rem 0 .5rem; }
          thead { display: table-header-group; }
          footer.end { display: none; }
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
            case "*", "_", "`", "[", "]", "#", "|": out += "\\" + String(c)
            default: out.append(c)
            }
        }
        return out
    }

    static func cell(_ text: String) -> String { escape(text).replacingOccurrences(of: "\n", with: " ") }

    static func render(_ block: ReportDocument.Block, prefix: String, figures: inout [(String, String)]) -> String {
        switch block {
        case .lead(let text): return "**\(escape(text))**\n\n"
        case .paragraph(let text): return "\(escape(text))\n\n"
        case .subheading(let text): return "### \(escape(text))\n\n"
        case .list(let items): return items.map { "- \(escape($0))\n" }.joined() + "\n"
        case .table(let table):
            var out = table.caption.map { "_\(escape($0))_\n\n" } ?? ""
            out += "| " + table.headers.map(cell).joined(separator: " | ") + " |\n"
            out += "|" + table.headers.indices.map { HTML.numeric(table, $0) ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
            for row in table.rows {
                out += "| " + row.map { $0.best ? "**★ \(cell($0.text))**" : cell($0.text) }.joined(separator: " | ") + " |\n"
            }
            return out + (table.note.map { "\n_\(escape($0))_\n" } ?? "") + "\n"
        case .figure(let value):
            let file = "\(prefix)\(value.name).svg"
            figures.append((file, value.svg))
            var out = "![\(escape(value.caption))](\(file))\n\n"
            if let legend = value.legend {
                for row in legend.rows {
                    out += "- \(escape(row.title))" + (row.entries.isEmpty ? "" : ": " + row.entries.map { escape($0.label) }.joined(separator: ", ")) + "\n"
                }
                out += "\n"
            }
            return out + "_\(escape(value.caption))_\n\n"
        case .findings(let findings):
            return findings.enumerated().map { "\($0.offset + 1). \(escape($0.element.text)) ([\(escape($0.element.pointer))](#\($0.element.section)))\n" }.joined() + "\n"
        case .glossary(let entries):
            return entries.map { "> **\(escape($0.term))**: \(escape($0.definition))  \n" }.joined() + "\n"
        case .key(let entries):
            return entries.map { "**\(escape($0.term))**: \(escape($0.definition))" }.joined(separator: " · ") + "\n\n"
        case .callout(let title, let text): return "> **\(escape(title))** \(escape(text))\n\n"
        case .group(let id, let blocks):
            return "<a id=\"\(HTML.escape(id))\"></a>\n\n" + blocks.map { render($0, prefix: prefix, figures: &figures) }.joined()
        case .heatmap(let map):
            var out = "| | " + map.columnLabels.map(cell).joined(separator: " | ") + " |\n"
            out += "|---|" + map.columnLabels.map { _ in "---:" }.joined(separator: "|") + "|\n"
            for (r, label) in map.rowLabels.enumerated() { out += "| \(cell(label)) | " + map.cells[r].map(cell).joined(separator: " | ") + " |\n" }
            return out + "\n_\(escape(map.caption)) \(escape(map.note))_\n\n"
        case .evidence(let entries):
            return entries.enumerated().map { i, entry in
                "\(i + 1). \(entry.isQuote ? "«\(escape(entry.text))»" : escape(entry.text)) — _\(escape(entry.origin))_  \n   \(escape(entry.elements.joined(separator: " · ")))\n"
            }.joined() + "\n"
        }
    }
}
