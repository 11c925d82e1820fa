import Redes
import RedesPresentation

/// The visual vocabulary of Redes diagrams: one colour-blind-safe palette, line styles for evidence, shapes for
/// kinds of node. The same bloc gets the same colour in every diagram of a network (colours follow the bloc order
/// of the file).
public enum DiagramStyle {
    /// Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
    public static let palette = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"]
    /// Colour of actors without a value for the colour attribute.
    public static let missing = "#DDDDDD"
    /// Colour of what a scenario adds (ties, memberships, the border of added actors and arrangements): black, drawn
    /// thick — outside the bloc palette, and the darkest mark of a grey-scale print.
    public static let added = "#000000"
    /// Width of added lines, in points.
    public static let addedWidth = 2.6
    /// Colour of what a scenario removes: mid grey, drawn dashed (the dashes tell it from unchanged lines in grey
    /// scale).
    public static let removed = "#8A8A8A"
    /// Colour of the lines a scenario leaves as they were: light grey and thin, so the change stands out.
    public static let unchanged = "#C8C8C8"
    /// Border colour of highlighted actors (drawn double).
    public static let highlight = "#000000"
    public static let edge = "#7A7A7A"
    /// The font named in every diagram; SVG text widths depend on it (Debian: fonts-dejavu-core).
    public static let font = "DejaVu Sans"

    /// The palette colour for the i-th group (cycling after eight).
    public static func color(_ index: Int) -> String { palette[index % palette.count] }

    /// Black or white text, whichever contrasts more with `fill` (WCAG 2.1 contrast ratio, ``DiagramTheme/contrast(_:_:)``):
    /// on every colour of ``palette`` the ratio is at least 4.5:1.
    public static func textColor(on fill: String) -> String {
        DiagramTheme.contrast(fill, "#000000") >= DiagramTheme.contrast(fill, "#FFFFFF") ? "#000000" : "#FFFFFF"
    }

    /// Line style for an evidence status: documented solid, illustrative dashed, proposed dotted, unspecified solid
    /// (and thin: ``lineWidth(_:)``).
    public static func lineStyle(_ status: EvidenceStatus) -> String {
        switch status {
        case .documented, .unspecified: return "solid"
        case .illustrative: return "dashed"
        case .proposed: return "dotted"
        }
    }

    /// The pen width of a line with this evidence, when edges are drawn by status: thin for unspecified evidence
    /// (nothing is stated), the same 1.2 points for the others.
    public static func lineWidth(_ status: EvidenceStatus) -> Double {
        status == .unspecified ? 0.6 : 1.2
    }

    /// The colour of a channel kind's lines on a light page (``DiagramTheme/channel(_:)``: a palette of its own,
    /// apart from the bloc colours).
    public static func color(ofChannelKind kind: String) -> String { DiagramTheme.light.channel(kind).color }
}

import Foundation
