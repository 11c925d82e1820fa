import Redes
import RedesPresentation

/// How to draw a network.
public struct DiagramOptions: Sendable {
    /// Graphviz layout engines Redes offers.
    public enum Layout: String, Sendable, CaseIterable {
        case dot, neato, fdp, sfdp, circo, twopi
        /// Actors at their territory on a map of the territories' coordinates (``GeoLayout``); Graphviz only routes
        /// the lines between pinned nodes.
        case geo

        /// Whether the engine draws `cluster` subgraphs as boxes (dot and fdp do).
        public var honoursClusters: Bool { self == .dot || self == .fdp }

        /// The largest number of actors drawn with neato by default (``automatic(actors:twoMode:clusters:)``).
        public static let neatoDefaultLimit = 60

        /// The layout that suits a drawing when none is asked for: cluster boxes → fdp (force-directed, and it draws
        /// the boxes); a two-mode drawing → neato; a one-mode drawing of at most ``neatoDefaultLimit`` actors → neato
        /// with overlap removal; a larger one → sfdp (multilevel, near-linear time).
        ///
        /// - Parameters:
        ///   - actors: the number of actors drawn.
        ///   - twoMode: whether arrangements are drawn as nodes too.
        ///   - clusters: whether groups are drawn as boxes.
        /// - Returns: the layout engine.
        public static func automatic(actors: Int, twoMode: Bool, clusters: Bool) -> Layout {
            if clusters { return .fdp }
            if twoMode { return actors > 1000 ? .sfdp : .neato }
            return actors <= neatoDefaultLimit ? .neato : .sfdp
        }
    }

    /// Where the title and the key go: above or below the drawing, or in a column on its left or right.
    public enum LegendPosition: String, Sendable, CaseIterable {
        case top, bottom, left, right
    }

    /// Which part of the network a drawing is about (``DiagramOptions/focus``).
    public enum Focus: Sendable, Hashable {
        /// These actors and everyone within `depth` steps of them (an ego network).
        case actors([String], depth: Int)
        /// The actors of one bloc and the ties among them.
        case bloc(String)
        /// The members of one arrangement and the ties among them.
        case arrangement(String)
    }

    /// What happens to the actors and lines outside the focus.
    public enum FocusContext: String, Sendable, CaseIterable {
        /// Left out of the drawing.
        case omit
        /// Drawn in grey, under the focus.
        case grey
    }

    /// What decides an edge's look.
    public enum EdgeEncoding: String, Sendable, CaseIterable {
        /// Line style by evidence: documented solid, illustrative dashed, proposed dotted.
        case status
        /// Colour by channel kind (convenio, mesa, program…, direct tie).
        case kind
        /// Width by tie strength (with line style by status).
        case weight
    }

    /// Which actors to emphasise with a thick border.
    public enum Highlight: Sendable, Equatable {
        case none
        /// The negative key players (Borgatti 2006) of the given size.
        case keyPlayers(Int)
        /// The cut points.
        case cutPoints
        /// The actors with the most Gould–Fernandez brokerage (the top 5).
        case brokers
        case ids([String])
    }

    public enum LabelMode: String, Sendable, CaseIterable {
        /// The display name.
        case short
        /// The long name when there is one.
        case full
    }

    public var layout: Layout
    /// The actor attribute that picks the fill colour (`bloc` by default); nil for one colour.
    public var colorBy: String?
    /// A per-actor measure that sets node area; nil for equal sizes.
    public var sizeBy: ActorMeasure?
    /// An actor attribute whose groups are drawn as boxes.
    public var clusterBy: String?
    public var highlight: Highlight
    public var edgeBy: EdgeEncoding
    /// Draw actors and arrangements as two kinds of node (ellipses and boxes) joined by memberships.
    public var twoMode: Bool
    public var labels: LabelMode
    public var title: String?
    public var language: Language
    /// Use tie strengths for `sizeBy` metrics (when the diagram builds its own analysis).
    public var weighted: Bool
    /// Seed of the force-directed layouts (neato, fdp, sfdp), so the same input gives the same picture.
    public var seed: Int
    /// Positions to keep (see ``DiagramLayout``): nodes it knows stay where they are, with their sizes; new ones are
    /// placed near their neighbours; Graphviz only routes the edges. Nil: the layout engine places every node.
    public var positions: DiagramLayout?
    /// Draw the title and the legend in the diagram's header; a page that shows ``NetworkDiagram/legend`` itself
    /// turns it off.
    public var showsLegend: Bool
    /// In a scenario diff, an arrangement the scenario adds or joins with at least this many members is drawn as
    /// one node joined to its members (a two-mode view of the change) instead of a clique of pairwise ties; 0 never.
    public var arrangementNodeMembers: Int
    /// The font size of node labels, in points.
    public var fontSize: Double
    /// Whether the label size may follow the drawing rather than ``fontSize`` (no size was asked for): on a ``page``
    /// it grows (up to 2.4 times ``fontSize``) until the nodes cover about a fifth of the drawing area, so a slide
    /// reads from the back of the room; with kept ``positions`` it is the size they were made for.
    public var fitsFontSize: Bool
    /// The page the drawing fills (a slide, an A4 sheet): the nodes are spread over it and the key placed at
    /// ``legendPosition``; nil for the layout's own size.
    public var page: DiagramPage?
    /// Where the key goes.
    public var legendPosition: LegendPosition
    /// Light or dark colours.
    public var theme: DiagramTheme
    /// A transparent background instead of the theme's page colour.
    public var transparentBackground: Bool
    /// The font family of every text (``DiagramStyle/font`` by default); node sizes follow its widths when
    /// ``fontWidthScale`` says how much wider it is than DejaVu Sans.
    public var font: String
    /// The width of text in ``font`` relative to DejaVu Sans (1 for DejaVu Sans; ``TextMetrics/widthScale(font:)``
    /// measures it through Graphviz).
    public var fontWidthScale: Double
    /// Dots per inch of bitmap output (PNG) when there is no ``page`` (a page carries its own); nil for Graphviz's 96.
    public var bitmapDPI: Double?
    /// The part of the network the drawing is about; nil for all of it.
    public var focus: Focus?
    /// What to do with the rest when there is a focus.
    public var context: FocusContext
    /// Above this many nodes, labels are not drawn and nodes are dots (a printed drawing: 500; a page that zooms,
    /// `redes explore`: 2,000).
    public var labelLimit = 500

    public init(layout: Layout = .neato, colorBy: String? = "bloc", sizeBy: ActorMeasure? = nil, clusterBy: String? = nil,
                highlight: Highlight = .none, edgeBy: EdgeEncoding = .status, twoMode: Bool = false,
                labels: LabelMode = .short, title: String? = nil, language: Language = .es, weighted: Bool = false,
                seed: Int = 1, positions: DiagramLayout? = nil, showsLegend: Bool = true, arrangementNodeMembers: Int = 4,
                fontSize: Double = 10, fitsFontSize: Bool = false, page: DiagramPage? = nil,
                legendPosition: LegendPosition = .top, theme: DiagramTheme = .light, transparentBackground: Bool = false,
                font: String = DiagramStyle.font, fontWidthScale: Double = 1, focus: Focus? = nil, context: FocusContext = .omit) {
        self.layout = layout
        self.colorBy = colorBy
        self.sizeBy = sizeBy
        self.clusterBy = clusterBy
        self.highlight = highlight
        self.edgeBy = edgeBy
        self.twoMode = twoMode
        self.labels = labels
        self.title = title
        self.language = language
        self.weighted = weighted
        self.seed = seed
        self.positions = positions
        self.showsLegend = showsLegend
        self.arrangementNodeMembers = arrangementNodeMembers
        self.fontSize = fontSize
        self.fitsFontSize = fitsFontSize
        self.page = page
        self.legendPosition = legendPosition
        self.theme = theme
        self.transparentBackground = transparentBackground
        self.font = font
        self.fontWidthScale = fontWidthScale
        self.focus = focus
        self.context = context
        self.bitmapDPI = nil
    }
}
