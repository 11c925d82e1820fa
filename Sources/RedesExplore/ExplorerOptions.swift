import Redes
import RedesGraphviz
import RedesPresentation

/// Options of the interactive map (`redes explore`).
public struct ExplorerOptions: Sendable {
    /// The language of every word of the page.
    public var language: Language
    /// The scenarios the page can switch to (ids), in this order; nil for every scenario of the file.
    public var scenarios: [String]?
    /// The page's title (default: the network's name).
    public var title: String?
    /// The file name shown under the title.
    public var sourceName: String
    /// The seed of the layout engine (the same as `redes render --seed`).
    public var seed: Int
    /// Positions to keep (`redes render --save-positions`); nil for the layout `redes render` computes.
    public var positions: DiagramLayout?
    /// Above this many actors the drawing has no names (``ExplorerPage/labelLimit`` by default).
    public var labelLimit: Int
    /// More sections for an actor's panel, by actor id: the place where other analyses of an actor show in the page,
    /// as ready-made words of the run's language, after its own (the indicator board is one of its own).
    public var actorSections: [String: [ExplorerSection]]
    /// More sections for the diagnosis panel (what the page shows when no actor is chosen), after the board's.
    public var overviewSections: [ExplorerSection]

    public init(language: Language = .es, scenarios: [String]? = nil, title: String? = nil, sourceName: String = "",
                seed: Int = 1, positions: DiagramLayout? = nil, labelLimit: Int = ExplorerPage.labelLimit, actorSections: [String: [ExplorerSection]] = [:],
                overviewSections: [ExplorerSection] = []) {
        self.language = language
        self.scenarios = scenarios
        self.title = title
        self.sourceName = sourceName
        self.seed = seed
        self.positions = positions
        self.labelLimit = labelLimit
        self.actorSections = actorSections
        self.overviewSections = overviewSections
    }
}

/// A titled part of the page's panel, in the run's language: sentences (a list), then labelled rows (a definition
/// list: the label, then each value on its own line).
public struct ExplorerSection: Sendable, Hashable, Encodable {
    /// A label and its values, in words.
    public struct Row: Sendable, Hashable, Encodable {
        public var label: String
        public var values: [String]

        public init(label: String, values: [String]) {
            self.label = label
            self.values = values
        }
    }

    public var title: String
    /// Sentences, shown as a list.
    public var items: [String]
    /// Labelled rows, shown after the sentences.
    public var rows: [Row]
    /// A stable name of the section (`data-section` in the page), for scripts and tests; nil for none.
    public var id: String?

    public init(title: String, items: [String] = [], rows: [Row] = [], id: String? = nil) {
        self.title = title
        self.items = items
        self.rows = rows
        self.id = id
    }
}
