import Foundation
import Redes
import RedesPresentation

/// The page around the data: the controls (search, drawing, size, filters), the stage (toolbar, the drawing of the
/// network as it is, the key), the panel, one `<template>` per scenario drawing, the data and the script.
///
/// Every piece of user text is escaped (``Redes/escapeHTML(_:)``); the SVG comes from Graphviz, which escapes its
/// own text. The Content Security Policy names the one script and the one stylesheet by their SHA-256: nothing
/// else can run, style or load, and the page makes no request.
struct ExplorerHTML {
    let data: ExplorerData
    let filters: [ExplorerFilter]
    /// The SVG of each drawing, the network as it is first.
    let views: [String]
    let language: Language
    let subtitle: String
    /// The number of actors, when the drawing has no names.
    let largeNetwork: Int?

    /// The Content Security Policy of a page with this script and stylesheet: nothing by default; the script and
    /// the stylesheet by their digests; images only from the page itself (the PNG export draws the SVG through an
    /// image); no base URL and no form target.
    static func policy(script: String, style: String) -> String {
        "default-src 'none'; script-src '\(digest(script))'; style-src '\(digest(style))'; img-src data: blob:; "
            + "base-uri 'none'; form-action 'none'"
    }

    /// `sha256-<base64>` of the text's UTF-8 bytes, as CSP hash sources are written.
    static func digest(_ text: String) -> String { "sha256-" + Data(SHA256.digest(Array(text.utf8))).base64EncodedString() }

    func document() -> String {
        let script = ExplorerScript.source, style = ExplorerStyle.source
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(ExplorerHTML.policy(script: script, style: style))\">\n"
        out += "<title>\(escapeHTML(data.title))</title>\n<link rel=\"icon\" href=\"data:,\">\n<style>\(style)</style>\n</head>\n<body>\n"
        out += "<a class=\"skip\" href=\"#drawing\">\(word(.skipToDrawing))</a>\n<div class=\"app\">\n"
        out += "<header class=\"top\">\n<div class=\"heading\"><h1>\(escapeHTML(data.title))</h1><p class=\"subtitle\">\(escapeHTML(subtitle))</p></div>\n"
        out += "<button type=\"button\" id=\"toggle-controls\" class=\"toggle\" aria-expanded=\"false\" aria-controls=\"more\">\(word(.showControls))</button>\n</header>\n"
        out += controls()
        out += "<main class=\"stage\">\n<div class=\"toolbar\" role=\"toolbar\" aria-label=\"\(word(.drawingTools))\">\n"
        for (id, label, symbol) in [("zoom-in", ExplorerWord.zoomIn, "+"), ("zoom-out", .zoomOut, "−"), ("zoom-fit", .zoomFit, "⤢")] {
            out += "<button type=\"button\" id=\"\(id)\" class=\"icon\" aria-label=\"\(word(label))\" title=\"\(word(label))\">\(symbol)</button>\n"
        }
        for (id, label) in [("save-svg", ExplorerWord.saveSVG), ("save-png", .savePNG), ("print", .printView)] {
            out += "<button type=\"button\" id=\"\(id)\">\(word(label))</button>\n"
        }
        out += "</div>\n"
        if let largeNetwork { out += "<p class=\"note\">\(escapeHTML(language.text(.explorer(.largeNetwork), String(largeNetwork))))</p>\n" }
        let actorCount = data.views.first?.actors.count ?? 0
        out += "<div id=\"drawing\" class=\"drawing\" tabindex=\"0\" aria-label=\"\(escapeHTML(language.text(.explorer(.drawingLabel), String(actorCount))))\">\n"
        out += (views.first ?? "") + "\n</div>\n"
        out += "<noscript><p class=\"note\">\(word(.needsScript))</p></noscript>\n"
        out += "<section id=\"legend\" class=\"legend\" aria-label=\"\(word(.legendTitle))\"></section>\n</main>\n"
        out += "<aside id=\"panel\" class=\"panel\" aria-labelledby=\"panel-title\">\n<div class=\"panel-head\">"
        out += "<h2 id=\"panel-title\" tabindex=\"-1\"></h2><button type=\"button\" id=\"panel-close\" hidden>\(word(.panelClose))</button></div>\n"
        out += "<div id=\"panel-body\"></div>\n</aside>\n</div>\n<div id=\"tip\" class=\"tip\" role=\"tooltip\" hidden></div>\n"
        for (i, svg) in views.enumerated().dropFirst() { out += "<template id=\"view-\(i)\">\(svg)</template>\n" }
        out += "<script id=\"data\" type=\"application/json\">\(data.scriptLiteral())</script>\n"
        out += "<script>\(script)</script>\n</body>\n</html>\n"
        return out
    }

    /// A word of the page, escaped.
    private func word(_ w: ExplorerWord) -> String { escapeHTML(language.text(.explorer(w))) }

    /// The search, the drawing and size selectors, and the filters.
    private func controls() -> String {
        var out = "<nav id=\"controls\" class=\"controls\" aria-label=\"\(word(.showControls))\">\n"
        out += "<div class=\"field\"><label for=\"search\">\(word(.searchLabel))</label>"
        out += "<input id=\"search\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" placeholder=\"\(word(.searchPlaceholder))\">"
        out += "<div id=\"results\" class=\"results\" aria-live=\"polite\"></div></div>\n<div id=\"more\" class=\"more\">\n"
        out += "<div class=\"field\"><label for=\"view\">\(word(.viewLabel))</label><select id=\"view\">"
        for (i, view) in data.views.enumerated() { out += "<option value=\"\(i)\">\(escapeHTML(view.name))</option>" }
        out += "</select><p id=\"view-summary\" class=\"summary\"></p></div>\n"
        out += "<div class=\"field\"><label for=\"size\">\(word(.sizeLabel))</label><select id=\"size\"><option value=\"\">\(word(.sizeEqual))</option>"
        for measure in data.measures { out += "<option value=\"\(escapeHTML(measure.id))\">\(escapeHTML(measure.label))</option>" }
        out += "</select></div>\n<h2 class=\"filters-title\">\(word(.filtersTitle))</h2>\n"
        let colours = blocColours()
        for filter in filters {
            let title = escapeHTML(filter.title)
            out += "<fieldset class=\"filter\"><legend>\(title)</legend><div class=\"bulk\">"
            out += "<button type=\"button\" data-all=\"\(filter.id)\" aria-label=\"\(escapeHTML(filter.title)): \(word(.selectAll))\">\(word(.selectAll))</button>"
            out += "<button type=\"button\" data-none=\"\(filter.id)\" aria-label=\"\(escapeHTML(filter.title)): \(word(.selectNone))\">\(word(.selectNone))</button></div>\n"
            for option in filter.options {
                let swatch = filter.id == "bloc" ? colours[option.value].map {
                    "<svg class=\"swatch\" viewBox=\"0 0 12 12\" width=\"12\" height=\"12\" aria-hidden=\"true\"><rect x=\"0.5\" y=\"0.5\" width=\"11\" height=\"11\" rx=\"2\" fill=\"\(escapeHTML($0))\" stroke=\"#333\"/></svg>"
                } ?? "" : ""
                out += "<label><input type=\"checkbox\" data-filter=\"\(filter.id)\" value=\"\(escapeHTML(option.value))\" data-label=\"\(escapeHTML(option.label))\" checked>"
                // A line may break after a slash ("Programas/Fundaciones"), not inside a word.
                out += "\(swatch)<span>\(escapeHTML(option.label).replacingOccurrences(of: "/", with: "/<wbr>"))</span> <span class=\"count\">\(option.count)</span></label>\n"
            }
            out += "</fieldset>\n"
        }
        out += "</div>\n<p id=\"status\" class=\"status\" role=\"status\"></p>\n</nav>\n"
        return out
    }

    /// The fill of each bloc, as the drawing's key of the network as it is gives it (bloc id → colour).
    private func blocColours() -> [String: String] {
        guard let base = data.views.first, let row = base.legend.rows.first else { return [:] }
        var colours: [String: String] = [:]
        for actor in data.actors where !actor.bloc.isEmpty && colours[actor.bloc] == nil {
            if let entry = row.entries.first(where: { $0.label == actor.blocName && $0.mark.type == "fill" }) { colours[actor.bloc] = entry.mark.color }
        }
        return colours
    }
}
