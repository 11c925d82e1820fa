import Foundation
import Redes

/// The colours of a drawing on a light or a dark page: background, text, lines, the marks of a scenario diff, the
/// greyed context of a focused drawing, and the **channel palette** that colours lines by kind.
///
/// Every label keeps a contrast of at least 4.5:1 with what it is drawn on (WCAG 2.1, success criterion 1.4.3), and
/// every line colour at least 3:1 with the background (criterion 1.4.11): ``contrast(_:_:)`` computes the WCAG ratio
/// and the tests check each pair. Actor fills are the bloc palette (``DiagramStyle/palette``, Okabe & Ito 2008) in
/// both themes, with black or white text, whichever contrasts more (``DiagramStyle/textColor(on:)``).
///
/// The channel palette is a second palette, apart from the bloc colours (so a line never reads as a bloc): dark
/// members of Paul Tol's "muted" scheme on light pages, lighter tints of the same hues on dark ones. Each kind also
/// has a line pattern (``ChannelStyle/pattern``); kinds that share a pattern stay apart under simulated protanopia,
/// deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009; the tests measure CIE76 ΔE ≥ 20).
public enum DiagramTheme: String, Sendable, Hashable, CaseIterable {
    case light, dark

    /// The page colour.
    public var background: String { self == .light ? "#FFFFFF" : "#1F2124" }
    /// Titles and legend words.
    public var ink: String { self == .light ? "#222222" : "#F0F0F0" }
    /// Legend row titles and notes.
    public var mutedInk: String { self == .light ? "#444444" : "#C8C8C8" }
    /// Lines drawn by evidence (one colour).
    public var edge: String { self == .light ? DiagramStyle.edge : "#A3A8AE" }
    /// The border of actor nodes.
    public var nodeBorder: String { self == .light ? "#333333" : "#0D0D0D" }
    /// The double border of highlighted (and focused) actors.
    public var highlight: String { self == .light ? DiagramStyle.highlight : "#FFFFFF" }
    /// Actors without a value for the colour attribute.
    public var missing: String { self == .light ? DiagramStyle.missing : "#5A5A5A" }
    /// What a scenario adds (thick), removes (dashed) and leaves (thin).
    public var added: String { self == .light ? DiagramStyle.added : "#FFFFFF" }
    public var removed: String { self == .light ? DiagramStyle.removed : "#8A8A8A" }
    public var unchanged: String { self == .light ? DiagramStyle.unchanged : "#4C5056" }
    /// Removed actors: a faint fill and grey text.
    public var removedFill: String { self == .light ? "#F2F2F2" : "#2A2C30" }
    public var removedText: String { self == .light ? "#666666" : "#A8A8A8" }
    /// Arrangement nodes: fill, border, text.
    public var arrangementFill: String { self == .light ? "#FFFFFF" : "#2A2C30" }
    public var arrangementBorder: String { self == .light ? "#555555" : "#BBBBBB" }
    public var arrangementText: String { self == .light ? "#222222" : "#EEEEEE" }
    /// Cluster boxes: fill, border, text.
    public var clusterFill: String { self == .light ? "#F5F5F5" : "#2A2C30" }
    public var clusterBorder: String { self == .light ? "#BBBBBB" : "#55595F" }
    public var clusterText: String { self == .light ? "#555555" : "#CCCCCC" }
    /// The greyed context of a focused drawing (`--context grey`): node fill, label, border, lines.
    public var contextFill: String { self == .light ? "#EFEFEF" : "#2E3034" }
    public var contextText: String { self == .light ? "#666666" : "#A8A8A8" }
    public var contextBorder: String { self == .light ? "#C4C4C4" : "#484C52" }
    public var contextEdge: String { self == .light ? "#D5D5D5" : "#3C3F44" }
    /// The map's frame, graticule and place names.
    public var frame: String { self == .light ? "#8C8C8C" : "#80858C" }
    public var graticule: String { self == .light ? "#E3E3E3" : "#33363B" }
    public var placeText: String { self == .light ? "#333333" : "#DDDDDD" }
    /// The marker of a priority territory on the map.
    public var priorityMark: String { self == .light ? "#000000" : "#FFFFFF" }

    /// How lines of one channel kind are drawn.
    public struct ChannelStyle: Sendable, Hashable {
        /// The line colour.
        public var color: String
        /// The Graphviz line style: `solid`, `dashed` or `dotted`.
        public var pattern: String
    }

    /// The channel kinds in legend order: the six arrangement kinds, a direct tie, and a pair joined by channels of
    /// several kinds.
    public static let channelKinds = ArrangementKind.allCases.map(\.rawValue) + ["tie", "multiple"]

    /// The line style of a channel kind (`convenio`, `mesa`, …, `tie`, `multiple`); an unknown kind is drawn as a
    /// direct tie.
    public func channel(_ kind: String) -> ChannelStyle {
        let light: [String: ChannelStyle] = [
            "convenio": .init(color: "#332288", pattern: "solid"), "mesa": .init(color: "#117733", pattern: "dashed"),
            "program": .init(color: "#882255", pattern: "solid"), "mechanism": .init(color: "#AA4499", pattern: "dashed"),
            "committee": .init(color: "#1F6F8B", pattern: "dotted"), "project": .init(color: "#7A6A00", pattern: "solid"),
            "tie": .init(color: "#555555", pattern: "dotted"), "multiple": .init(color: "#000000", pattern: "solid"),
        ]
        let dark: [String: ChannelStyle] = [
            "convenio": .init(color: "#9D8FEA", pattern: "solid"), "mesa": .init(color: "#4FC16A", pattern: "dashed"),
            "program": .init(color: "#E26D9A", pattern: "solid"), "mechanism": .init(color: "#D690D6", pattern: "dashed"),
            "committee": .init(color: "#4FB8DA", pattern: "dotted"), "project": .init(color: "#C8B438", pattern: "solid"),
            "tie": .init(color: "#B0B0B0", pattern: "dotted"), "multiple": .init(color: "#FFFFFF", pattern: "solid"),
        ]
        let table = self == .light ? light : dark
        return table[kind] ?? table["tie"] ?? ChannelStyle(color: edge, pattern: "solid")
    }

    /// The WCAG 2.1 contrast ratio of two colours `#RRGGBB`: (L₁ + 0.05) / (L₂ + 0.05) with L₁ the lighter relative
    /// luminance (WCAG 2.1, "contrast ratio" and "relative luminance"); 1 to 21.
    public static func contrast(_ a: String, _ b: String) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// The WCAG relative luminance of `#RRGGBB` (sRGB channels linearised, then 0.2126 R + 0.7152 G + 0.0722 B); 0
    /// for text that is not such a colour.
    public static func luminance(_ color: String) -> Double {
        let hex = color.dropFirst()
        guard color.hasPrefix("#"), hex.count == 6, let value = Int(hex, radix: 16) else { return 0 }
        func channel(_ shift: Int) -> Double {
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }
}
