import Foundation
import RedesGraphviz

/// The data the page embeds as one JSON literal and its script reads: every actor with its attributes, every
/// arrangement and direct tie with its evidence, and one ``View`` per drawing (the network as it is, then each
/// scenario) with the numbers of that drawing. Every number is already written in the page's language; keys are
/// English and stable; the same network gives the same bytes (sorted keys).
struct ExplorerData: Encodable {
    let format = "redes-explorer"
    let version = 1
    let language: String
    let title: String
    /// The page's words (``RedesPresentation/ExplorerWord`` raw values and a few shared catalog words).
    let text: [String: String]
    let actors: [Actor]
    /// Arrangements by channel key (`g:<id>`), those the scenarios add included.
    let arrangements: [String: Arrangement]
    /// Direct ties by channel key (`t:<source>|<target>|<kind>`), those the scenarios add included.
    let ties: [String: Tie]
    /// The rows of an actor's measures in the panel, in order.
    let metrics: [Column]
    /// The measures the "size by" selector offers.
    let measures: [Column]
    let views: [View]
    /// Sections of the diagnosis panel that other analyses add.
    let overview: [ExplorerSection]

    struct Column: Encodable {
        let id: String
        let label: String
    }

    struct Evidence: Encodable {
        /// `documented`, `illustrative`, `proposed`, `unspecified`: the filter's value.
        let status: String
        /// The status in words.
        let label: String
        let quote: String?
        /// The source's title.
        let source: String?
        let reason: String?
    }

    struct Actor: Encodable {
        let id: String
        /// The `id` of the actor's `<g>` in every drawing (``DiagramIdentifiers/actor(_:)``).
        let element: String
        let name: String
        let fullName: String?
        /// Filter values: bloc id, territory names as the file writes them, sector ("" when missing).
        let bloc: String
        /// The bloc in words ("(sin dato)" when missing).
        let blocName: String
        let territories: [String]
        let sector: String
        /// The same, in words.
        let facts: [Fact]
        let evidence: Evidence?
        /// More sections of its panel (``ExplorerOptions/actorSections``).
        var sections: [ExplorerSection]

        enum CodingKeys: String, CodingKey {
            case id, element, name, bloc, territories, sector, facts, evidence, sections
            case fullName = "full_name", blocName = "bloc_name"
        }
    }

    /// One line of an actor's data: what (bloc, territory…) and its value in words.
    struct Fact: Encodable {
        let label: String
        let value: String
    }

    struct Arrangement: Encodable {
        let id: String
        let element: String
        let name: String
        /// The arrangement kind (`convenio`, `mesa`…): the filter's value.
        let kind: String
        let kindLabel: String
        let lead: String?
        let evidence: Evidence

        enum CodingKeys: String, CodingKey {
            case id, element, name, kind, lead, evidence
            case kindLabel = "kind_label"
        }
    }

    struct Tie: Encodable {
        let source: String
        let target: String
        /// "vínculo directo (gobernanza)".
        let label: String
        let evidence: Evidence
    }

    /// One drawing: the network as it is, or a scenario drawn on its positions.
    struct View: Encodable {
        let id: String
        let name: String
        /// One sentence: what the drawing shows or what the scenario changes.
        let summary: String
        let legend: Legend
        /// The key's row for each size measure, by measure id.
        let sizeRows: [String: String]
        let figureHeaders: [String]
        let figures: [[String]]
        /// By actor id: the actors drawn (a scenario's removed actors included).
        let actors: [String: ViewActor]
        /// By the `id` of the line's `<g>`; in a scenario's drawing, only the lines that differ from those of the
        /// network as it is (the first view), which the script reads otherwise.
        let lines: [String: Line]
        let addedPairs: Int
        let removedPairs: Int
        /// The diagnosis panel's sections of this drawing (the indicator board, when the network has one), before
        /// ``ExplorerData/overview``.
        let sections: [ExplorerSection]

        enum CodingKeys: String, CodingKey {
            case id, name, summary, legend, figures, actors, lines, sections
            case sizeRows = "size_rows", figureHeaders = "figure_headers", addedPairs = "added_pairs", removedPairs = "removed_pairs"
        }
    }

    struct ViewActor: Encodable {
        /// The values of ``ExplorerData/metrics``, in words; empty for an actor the scenario removed.
        let metrics: [String]
        /// Node scale for each of ``ExplorerData/measures``, in order (the side grows with √(1 + 2·share), the area
        /// from one to three times); 1 where the measure is undefined.
        let sizes: [Double]
        /// Channel keys of the arrangements the actor is in, and of its direct ties.
        let arrangements: [String]
        let ties: [String]
        /// +1 added by the scenario, −1 removed; nil otherwise.
        let change: Int?
        /// The panel's sections of this drawing (the actor on the indicator board), before ``Actor/sections``; nil
        /// when they are those of the network as it is (the first view), or none there.
        let sections: [ExplorerSection]?
    }

    struct Line: Encodable, Equatable {
        /// The ids of the `<g>` of its two ends (actors, or an arrangement drawn as a node).
        let ends: [String]
        /// Channel keys (`g:…`, `t:…`).
        let channels: [String]
        /// +1 added by the scenario, −1 removed; nil otherwise.
        let change: Int?
    }

    struct Legend: Encodable {
        let title: String
        let rows: [Row]

        struct Row: Encodable {
            let title: String
            let entries: [Entry]
        }

        struct Entry: Encodable {
            let mark: Mark
            let label: String
        }

        /// A legend mark: `fill` (a colour), `line` (colour, width, style), `node` (fill, border, width, rounded).
        struct Mark: Encodable {
            let type: String
            let color: String
            let border: String?
            let width: Double?
            let style: String?
            let rounded: Bool?
        }

        init(_ legend: DiagramLegend) {
            title = legend.title
            rows = legend.rows.map { row in
                Row(title: row.title, entries: row.entries.map { entry in
                    let mark: Mark
                    switch entry.mark {
                    case .fill(let color): mark = Mark(type: "fill", color: color, border: nil, width: nil, style: nil, rounded: nil)
                    case .line(let color, let width, let style):
                        mark = Mark(type: "line", color: color, border: nil, width: width, style: style, rounded: nil)
                    case .node(let fill, let border, let width, let rounded):
                        mark = Mark(type: "node", color: fill, border: border, width: width, style: nil, rounded: rounded)
                    }
                    return Entry(mark: mark, label: entry.label)
                })
            }
        }
    }

    /// The data as a JSON literal that can sit inside a `<script>` element: sorted keys, and `<`, `>`, `&` and the
    /// line separators U+2028 and U+2029 written as `\u` escapes, so no text of the network can close the element or
    /// start markup.
    func scriptLiteral() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every value is a string, a finite number or a truth value: encoding cannot fail.
        let json = String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
