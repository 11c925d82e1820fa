import Foundation

/// The page a drawing fills — a 16:9 slide, an A4 sheet, a box of given pixels or centimetres — in points (1/72
/// inch), with the resolution bitmaps are written at.
///
/// A page is *filled*, not scaled: the nodes keep their label size and their places are spread over the drawing
/// area (``DiagramLayout/filling(_:)``), the key takes a band at one side, and the canvas has the page's exact
/// proportions, so the SVG's width and height are the page's and a PNG has `width × dpi / 72` pixels.
public struct DiagramPage: Sendable, Hashable {
    /// The width in points; nil to follow the drawing's own proportions from ``height``.
    public var width: Double?
    /// The height in points; nil to follow the drawing's own proportions from ``width``.
    public var height: Double?
    /// Dots per inch of bitmap output (PNG); pixel lengths are converted to points with it.
    public var dpi: Double

    /// The resolution of bitmaps unless one is given: 96 dots per inch, a screen's CSS pixel.
    public static let defaultDPI = 96.0

    /// Creates a page; give at least one of `width` and `height`.
    public init(width: Double?, height: Double?, dpi: Double = DiagramPage.defaultDPI) {
        self.width = width
        self.height = height
        self.dpi = dpi
    }

    /// A page of these proportions: 1,080 pixels high for a landscape or square page (a 16:9 slide is 1920 × 1080
    /// pixels), 1,080 wide for a portrait one; an A4 sheet at its own size.
    public init(aspect: Aspect, dpi: Double = DiagramPage.defaultDPI) {
        switch aspect {
        case .a4(let landscape):
            let (short, long) = (210 / 25.4 * 72, 297 / 25.4 * 72)
            self.init(width: landscape ? long : short, height: landscape ? short : long, dpi: dpi)
        case .ratio(let w, let h):
            let base = 1080 * 72 / dpi
            self.init(width: w >= h ? base * w / h : base, height: w >= h ? base : base * h / w, dpi: dpi)
        }
    }

    /// The proportions of a page.
    public enum Aspect: Sendable, Hashable {
        /// Width to height, such as 16:9.
        case ratio(Double, Double)
        /// An A4 sheet (210 × 297 mm), portrait or landscape.
        case a4(landscape: Bool)

        /// Width over height.
        public var value: Double {
            switch self {
            case .ratio(let w, let h): return w / h
            case .a4(let landscape): return landscape ? 297.0 / 210 : 210.0 / 297
            }
        }

        /// Reads `16:9`, `4:3`, `1:1` (also `16x9`, `16/9`, any two positive numbers), `A4` (portrait) or
        /// `A4-landscape` (`a4-apaisado`, `a4-horizontal`); nil for anything else.
        public init?(_ text: String) {
            let word = text.trimmingCharacters(in: .whitespaces).lowercased()
            if word == "a4" || word == "a4-vertical" || word == "a4-portrait" { self = .a4(landscape: false); return }
            if ["a4-landscape", "a4-apaisado", "a4-horizontal"].contains(word) { self = .a4(landscape: true); return }
            let parts = word.split(whereSeparator: { ":x/".contains($0) }).map(String.init)
            guard parts.count == 2, let w = DiagramPage.number(parts[0]), let h = DiagramPage.number(parts[1]),
                  w > 0, h > 0, w / h <= 10, h / w <= 10 else { return nil }
            self = .ratio(w, h)
        }
    }

    /// A length as given on the command line: a number and a unit (`px`, `cm`, `mm`, `in`, `pt`; pixels when
    /// none), with a decimal point or comma.
    public struct Length: Sendable, Hashable {
        public enum Unit: String, Sendable, CaseIterable { case px, cm, mm, pt, `in` }
        public var value: Double
        public var unit: Unit

        /// Reads `1920`, `1920px`, `25cm`, `25,4 cm`, `10in`; nil when the number is not positive and finite or
        /// the unit is not one of ``Unit``.
        public init?(_ text: String) {
            let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
            let digits = trimmed.prefix { $0.isNumber || $0 == "." || $0 == "," }
            let unitText = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
            guard let value = DiagramPage.number(String(digits)), value > 0, value.isFinite,
                  let unit = unitText.isEmpty ? .px : Unit(rawValue: unitText) else { return nil }
            self.value = value
            self.unit = unit
        }

        /// The length in points at `dpi` (for pixels).
        public func points(dpi: Double) -> Double {
            switch unit {
            case .px: return value * 72 / dpi
            case .cm: return value / 2.54 * 72
            case .mm: return value / 25.4 * 72
            case .pt: return value
            case .in: return value * 72
            }
        }
    }

    /// A number with a decimal point or a decimal comma.
    static func number(_ text: String) -> Double? {
        Double(text.replacingOccurrences(of: ",", with: ".")).flatMap { $0.isFinite ? $0 : nil }
    }
}
