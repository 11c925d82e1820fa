/// A small SVG line chart of robustness curves, drawn by hand (deterministic, no external resource).
enum RobustnessChart {
    /// - Parameters: curves as (values for q = 0…n, dashed?, colour).
    static func svg(curves: [(values: [Double], dashed: Bool, color: String)], xLabel: String, yLabel: String,
                    legend: [String]) -> String {
        let width = 640.0, height = 300.0, left = 56.0, right = 16.0, top = 16.0, bottom = 44.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let steps = max(1, (curves.first?.values.count ?? 1) - 1)
        func x(_ q: Int) -> Double { left + plotWidth * Double(q) / Double(steps) }
        func y(_ v: Double) -> Double { top + plotHeight * (1 - min(max(v, 0), 1)) }
        func f(_ v: Double) -> String { formatFixed(v, decimals: 1) }
        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"11\">"
        svg += "<rect x=\"0\" y=\"0\" width=\"\(Int(width))\" height=\"\(Int(height))\" fill=\"white\"/>"
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(y(tick)))\" x2=\"\(f(width - right))\" y2=\"\(f(y(tick)))\" stroke=\"#e3e3e3\"/>"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y(tick) + 4))\" text-anchor=\"end\" fill=\"#555\">\(Int(tick * 100)) %</text>"
        }
        let xTicks = Array(Set([0, steps / 4, steps / 2, 3 * steps / 4, steps])).sorted()
        for q in xTicks {
            svg += "<text x=\"\(f(x(q)))\" y=\"\(f(height - bottom + 16))\" text-anchor=\"middle\" fill=\"#555\">\(q)</text>"
        }
        svg += "<line x1=\"\(f(left))\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(width - right))\" y2=\"\(f(top + plotHeight))\" stroke=\"#888\"/>"
        svg += "<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(top + plotHeight))\" stroke=\"#888\"/>"
        for curve in curves {
            let points = curve.values.enumerated().map { "\(f(x($0.offset))),\(f(y($0.element)))" }.joined(separator: " ")
            svg += "<polyline fill=\"none\" stroke=\"\(curve.color)\" stroke-width=\"2.2\"\(curve.dashed ? " stroke-dasharray=\"6 4\"" : "") points=\"\(points)\"/>"
        }
        svg += "<text x=\"\(f(left + plotWidth / 2))\" y=\"\(f(height - 8))\" text-anchor=\"middle\" fill=\"#333\">\(HTML.escape(xLabel))</text>"
        svg += "<text transform=\"translate(14 \(f(top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\" fill=\"#333\">\(HTML.escape(yLabel))</text>"
        for (i, label) in legend.enumerated() where i < curves.count {
            let ly = top + 14 + Double(i) * 16
            svg += "<line x1=\"\(f(width - right - 190))\" y1=\"\(f(ly - 4))\" x2=\"\(f(width - right - 166))\" y2=\"\(f(ly - 4))\" stroke=\"\(curves[i].color)\" stroke-width=\"2.2\"\(curves[i].dashed ? " stroke-dasharray=\"6 4\"" : "")/>"
            svg += "<text x=\"\(f(width - right - 160))\" y=\"\(f(ly))\" fill=\"#333\">\(HTML.escape(label))</text>"
        }
        return svg + "</svg>"
    }
}

import Redes
