import Redes
import RedesPresentation

/// How to draw a network.
public struct DiagramOptions: Sendable {
    /// Graphviz layout engines Redes offers.
    public enum Layout: String, Sendable, CaseIterable {
        case dot, neato, fdp, sfdp, circo, twopi

        /// Whether the engine draws `cluster` subgraphs as boxes (dot and fdp do).
        public var honoursClusters: Bool { self == .dot || self == .fdp }
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

    public init(layout: Layout = .neato, colorBy: String? = "bloc", sizeBy: ActorMeasure? = nil, clusterBy: String? = nil,
                highlight: Highlight = .none, edgeBy: EdgeEncoding = .status, twoMode: Bool = false,
                labels: LabelMode = .short, title: String? = nil, language: Language = .es, weighted: Bool = false,
                seed: Int = 1, positions: DiagramLayout? = nil, showsLegend: Bool = true, arrangementNodeMembers: Int = 4,
                fontSize: Double = 10) {
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
    }
}
