import Redes
import RedesGraphviz

/// A report as a value: sections of paragraphs, tables, figures and boxes, rendered to HTML or Markdown from the same
/// content (so the two formats never drift apart). Every string in it is plain text; the renderers escape it.
public struct ReportDocument: Sendable {
    public enum Block: Sendable, Hashable {
        /// The opening sentence of a section, for a non-specialist.
        case lead(String)
        case paragraph(String)
        case list([String])
        case table(ReportTable)
        /// An SVG drawing (inline in HTML, a file beside the Markdown), with its caption and key.
        case figure(ReportFigure)
        /// A smaller heading inside a section.
        case subheading(String)
        /// Numbered findings, each pointing to the section that shows it.
        case findings([Finding])
        /// The measures met here for the first time, one sentence each.
        case glossary([GlossaryEntry])
        /// The same, run in as one small paragraph (a page that has no room for a box).
        case key([GlossaryEntry])
        /// A finding set apart: what the numbers support.
        case callout(title: String, text: String)
        /// Blocks printed together on one page (a scenario: heading, sentence, diagram, table), with an anchor.
        case group(id: String, blocks: [Block])
        /// A matrix drawn as shaded cells (bloc mixing).
        case heatmap(Heatmap)
        /// The evidence of the model, one entry per quotation (or reason) with the elements resting on it.
        case evidence([EvidenceEntry])
    }

    public struct Section: Sendable, Hashable {
        public var id: String
        /// The section's number in the table of contents (nil for the summary).
        public var number: Int?
        public var title: String
        public var blocks: [Block]
    }

    /// A finding of the summary: one sentence with its number, and where the report shows it.
    public struct Finding: Sendable, Hashable {
        public var text: String
        /// The id of the section that shows it.
        public var section: String
        /// How the pointer reads ("§ 2" …).
        public var pointer: String
    }

    public struct GlossaryEntry: Sendable, Hashable {
        public var term: String
        public var definition: String
    }

    public struct EvidenceEntry: Sendable, Hashable {
        /// The most elements listed under one quotation.
        public static let shownElements = 20

        /// The quotation of the source, or the reason of an assumption.
        public var text: String
        /// Whether `text` quotes a source (else it is a reason).
        public var isQuote: Bool
        /// Status and source, in words.
        public var origin: String
        /// The elements that rest on it ("mesa: Mesa de Empleabilidad SENCE", …), at most ``shownElements``.
        public var elements: [String]
        /// How many elements rest on it in all (more than ``elements`` holds on a large network).
        public var count: Int
    }

    public var language: String
    public var title: String
    public var subtitle: String
    /// The words of the printed footer (the network's name); page numbers are added by the printer.
    public var footer: String
    /// The page number of the printed footer, with `{1}` for the page and `{2}` for the number of pages.
    public var pageLabel: String
    /// The title of the table of contents.
    public var contentsTitle: String
    public var sections: [Section]
    /// How long each part of the report took to build (not part of the output).
    public var timings: [ReportTiming]
}

/// A table: headers, rows of cells (some marked as the best of their column), optional caption and note.
public struct ReportTable: Sendable, Hashable {
    public struct Cell: Sendable, Hashable {
        public var text: String
        /// Marked as the best value of its column.
        public var best: Bool
        public init(_ text: String, best: Bool = false) {
            self.text = text
            self.best = best
        }
    }

    /// A caption above the table (e.g. the scenario it belongs to).
    public var caption: String?
    public var headers: [String]
    public var rows: [[Cell]]
    /// Right-aligned, tabular figures.
    public var numeric: [Bool]
    /// Relative column widths for print (nil: the browser decides).
    public var widths: [Double]?
    /// A line under the table (what the marks mean).
    public var note: String?
    /// Smaller type (wide tables).
    public var compact: Bool

    public init(caption: String? = nil, headers: [String], rows: [[Cell]], numeric: [Bool], widths: [Double]? = nil,
                note: String? = nil, compact: Bool = false) {
        self.caption = caption
        self.headers = headers
        self.rows = rows
        self.numeric = numeric
        self.widths = widths
        self.note = note
        self.compact = compact
    }

    /// A table of plain text cells.
    public init(caption: String? = nil, headers: [String], text rows: [[String]], numeric: [Bool], widths: [Double]? = nil,
                note: String? = nil, compact: Bool = false) {
        self.init(caption: caption, headers: headers, rows: rows.map { $0.map { Cell($0) } }, numeric: numeric,
                  widths: widths, note: note, compact: compact)
    }
}

/// An SVG figure with its caption and, for network diagrams, the key drawn beside it in the page's own type.
public struct ReportFigure: Sendable, Hashable {
    /// The file name stem of the figure in Markdown.
    public var name: String
    public var svg: String
    public var caption: String
    public var legend: DiagramLegend?
    /// The share of the page width the figure takes in print (1 = the full column).
    public var width: Double
}

/// A matrix of counts shaded by a share (0…1), with row and column labels.
public struct Heatmap: Sendable, Hashable {
    public var caption: String
    public var rowLabels: [String]
    public var columnLabels: [String]
    /// The text of each cell.
    public var cells: [[String]]
    /// The shade of each cell, 0…1; nil for no shade.
    public var shades: [[Double?]]
    /// What the shade means.
    public var note: String
}

/// The time one part of the report took to build.
public struct ReportTiming: Sendable, Hashable {
    /// What was built, in words.
    public var label: String
    public var seconds: Double
}
