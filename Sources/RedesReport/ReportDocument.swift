import Redes
/// A report as a value: sections of paragraphs, tables, lists and figures, rendered to HTML or Markdown from the
/// same content (so the two formats never drift apart).
public struct ReportDocument: Sendable {
    public enum Block: Sendable, Hashable {
        /// The opening sentence of a section, for a non-specialist.
        case lead(String)
        case paragraph(String)
        case list([String])
        case table(headers: [String], rows: [[String]], numeric: [Bool])
        /// An SVG drawing (inline in HTML, a file beside the Markdown), with its caption.
        case figure(name: String, svg: String, caption: String)
        /// A smaller heading inside a section.
        case subheading(String)
    }

    public struct Section: Sendable, Hashable {
        public var id: String
        public var title: String
        public var blocks: [Block]
    }

    public var language: String
    public var title: String
    public var subtitle: String
    public var sections: [Section]
}
