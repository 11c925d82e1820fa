import Redes
import RedesPresentation

/// The line chart of a roadmap's trajectory: one small panel per figure (F, DF, components, gaps between blocs,
/// single-channel share, E-I, and the indicator board's coverage when measured), each with its own scale, the steps
/// along the bottom and every point labelled with its value. Drawn by hand: deterministic SVG, no external resource,
/// type of 10 units or more (8 points or more once fitted to an A4 column).
public enum RoadmapChart {
    /// The chart of `trajectory`, in `language` (the step names in a key under the panels).
    ///
    /// - Parameters:
    ///   - trajectory: the steps and their analyses.
    ///   - language: the run's language.
    /// - Returns: a standalone SVG document (`<svg …>…</svg>`).
    public static func svg(_ trajectory: RoadmapTrajectory, language lang: Language) -> String {
        var panels: [(title: String, values: [Double?], text: [String])] = RoadmapTrajectory.figures.map { figure in
            let values = trajectory.steps.map { $0.value(of: figure) }
            return (lang.label(figure), values, values.map { RoadmapPresenter.value(figure, $0, language: lang) })
        }
        if trajectory.hasIndicatorCoverage {
            let values = trajectory.steps.map(\.indicatorCoverage)
            panels.append((lang.text(.indicatorCoverage), values, values.map { $0.map(lang.percent) ?? "—" }))
        }
        let columns = 3, rows = (panels.count + columns - 1) / columns
        let width = 640.0, panelWidth = 200.0, panelHeight = 128.0, gapX = 20.0, gapY = 18.0, top = 8.0
        let keyHeight = 22.0
        let height = top + Double(rows) * (panelHeight + gapY) + keyHeight
        func f(_ v: Double) -> String { formatFixed(v, decimals: 1) }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height.rounded(.up)))\" "
            + "font-family=\"DejaVu Sans, sans-serif\" font-size=\"11\" role=\"img\">"
        svg += "<rect x=\"0\" y=\"0\" width=\"\(Int(width))\" height=\"\(Int(height.rounded(.up)))\" fill=\"white\"/>"
        let steps = trajectory.steps.count
        for (p, panel) in panels.enumerated() {
            let x0 = Double(p % columns) * (panelWidth + gapX), y0 = top + Double(p / columns) * (panelHeight + gapY)
            let plotLeft = x0 + 16, plotRight = x0 + panelWidth - 16, plotTop = y0 + 34, plotBottom = y0 + panelHeight - 22
            svg += "<g class=\"panel\">"
            svg += "<text x=\"\(f(x0 + 4))\" y=\"\(f(y0 + 13))\" font-weight=\"bold\" fill=\"#1b1b1b\">\(HTML.escape(panel.title))</text>"
            svg += "<line x1=\"\(f(x0))\" y1=\"\(f(plotBottom + 6))\" x2=\"\(f(x0 + panelWidth))\" y2=\"\(f(plotBottom + 6))\" stroke=\"#bbbbbb\"/>"
            let known = panel.values.compactMap { $0 }
            let low = known.min() ?? 0, high = known.max() ?? 0
            let span = high - low
            let pad = span > 1e-12 ? span * 0.15 : max(abs(high) * 0.1, 0.5)
            func x(_ i: Int) -> Double { steps > 1 ? plotLeft + (plotRight - plotLeft) * Double(i) / Double(steps - 1) : (plotLeft + plotRight) / 2 }
            func y(_ v: Double) -> Double { plotBottom - (plotBottom - plotTop) * (v - (low - pad)) / (span + 2 * pad) }
            let points = panel.values.enumerated().compactMap { i, v in v.map { (i, $0) } }
            if points.count > 1 {
                svg += "<polyline fill=\"none\" stroke=\"#0072B2\" stroke-width=\"2\" points=\""
                    + points.map { "\(f(x($0.0))),\(f(y($0.1)))" }.joined(separator: " ") + "\"/>"
            }
            for (i, v) in points {
                svg += "<circle cx=\"\(f(x(i)))\" cy=\"\(f(y(v)))\" r=\"3.2\" fill=\"#0072B2\"/>"
                svg += "<text x=\"\(f(x(i)))\" y=\"\(f(y(v) - 7))\" text-anchor=\"middle\" font-size=\"10\" fill=\"#1b1b1b\">\(HTML.escape(panel.text[i]))</text>"
            }
            for i in 0..<steps {
                svg += "<text x=\"\(f(x(i)))\" y=\"\(f(plotBottom + 19))\" text-anchor=\"middle\" font-size=\"10\" fill=\"#555555\">\(i)</text>"
            }
            svg += "</g>"
        }
        let key = trajectory.steps.enumerated().map { i, step in "\(i) \(i == 0 ? lang.text(.roadmapNow) : RoadmapPresenter.name(step, language: lang))" }
        svg += "<text x=\"4\" y=\"\(f(height - 7))\" font-size=\"10.5\" fill=\"#333333\">\(HTML.escape(key.joined(separator: " · ")))</text>"
        return svg + "</svg>"
    }
}
