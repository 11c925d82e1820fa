import Foundation
import Redes
import RedesGraphviz
import RedesPresentation

/// The interactive map of a network: **one self-contained HTML file** that opens from disk with a double click and
/// needs no network and no server.
///
/// - **The drawing is Graphviz's.** The network as it is is drawn by ``RedesGraphviz/NetworkDiagram/composed(_:options:before:)``
///   with the options `redes render` uses by default (same positions, palette and key), and each scenario on those
///   positions, as the committee report draws them; every actor, arrangement and line keeps its
///   ``RedesGraphviz/DiagramIdentifiers`` id, which the page's script addresses. There is no layout in JavaScript.
/// - **The data is computed once, here.** Every actor's measures, the figures of each drawing, the key and every
///   word of the page are written in Swift, in the page's language (the message catalog), and embedded as one JSON
///   literal (``ExplorerData``); the script formats nothing.
/// - **The indicator board, when the network declares one**, is read from the same analyses (one cached
///   ``Redes/IndicatorBoard`` per network or scenario): each actor's parts, the figures that reach it and the gaps
///   that concern it in its panel; what the committee sees, every gap category and what each scenario changes (the
///   report's comparison) in the diagnosis panel.
/// - **The script is small and hand-written** (``ExplorerScript``): pan and zoom, accent-insensitive search, filters,
///   neighbours on hover, a panel per actor, a scenario switch, a size selector, export of the current view with its
///   key, print. A Content Security Policy allows that one script and one stylesheet by their SHA-256 and nothing
///   else: no request can leave the page.
/// - **Escaped.** Graphviz escapes the SVG's text, the HTML escapes every user string, the JSON cannot close its
///   element, and the script writes user text with `textContent` only.
///
/// The same network and options give the same bytes.
public struct ExplorerPage: Sendable {
    /// The HTML document.
    public let html: String
    /// What the drawing changed from the options, and why (a layout switched, labels hidden), in the run's language.
    public let notes: [String]

    /// The size the page should stay under for a network like the bundled one (bytes).
    public static let byteBudget = 1_000_000
    /// Above this many actors the drawing has no labels by default (a page that zooms can show more than a printed
    /// drawing, which stops at 500).
    public static let labelLimit = 2_000

    /// The options of the analysis the page reads: every metric and the diagnosis figures, without the parts the
    /// page does not show (key players, the E-I permutation test); F without each actor up to
    /// ``Redes/NetworkAnalysis/removalLimit`` actors.
    ///
    /// - Parameters:
    ///   - actors: the number of actors.
    ///   - seed: the seed of the random parts.
    /// - Returns: the options.
    public static func analysisOptions(actors: Int, seed: UInt64 = 1) -> AnalysisOptions {
        AnalysisOptions(seed: seed, keyPlayers: 0, permutations: 0, actorRemoval: actors <= NetworkAnalysis.removalLimit)
    }

    /// The options of the drawing: those `redes render FILE --no-legend` uses (the layout chosen by size, colour by
    /// bloc when the actors have one, the seed), with labels up to ``ExplorerOptions/labelLimit`` actors.
    ///
    /// - Parameters:
    ///   - network: the network drawn.
    ///   - options: the page's options.
    /// - Returns: the options of the drawing of the network as it is.
    public static func drawingOptions(_ network: Network, options: ExplorerOptions) -> DiagramOptions {
        var drawing = DiagramOptions(layout: .automatic(actors: network.actors.count, twoMode: false, clusters: false),
                                     colorBy: network.attribute(named: ActorAttribute.bloc.rawValue) == nil ? nil : ActorAttribute.bloc.rawValue,
                                     language: options.language, seed: options.seed, positions: options.positions,
                                     showsLegend: false, fitsFontSize: true)
        drawing.labelLimit = options.labelLimit
        return drawing
    }

    /// Builds the page of `network`, analysing it with ``analysisOptions(actors:seed:)``.
    ///
    /// - Throws: ``Redes/ValidationIssue`` for an unknown scenario or one that does not fit the network,
    ///   ``RedesGraphviz/GraphvizError`` when a drawing fails.
    public init(_ network: Network, options: ExplorerOptions = ExplorerOptions()) throws {
        try self.init(NetworkAnalysis(network, options: ExplorerPage.analysisOptions(actors: network.actors.count,
                                                                                     seed: UInt64(truncatingIfNeeded: options.seed))),
                      options: options)
    }

    /// Builds the page from an analysis: every number is read from it and from the analyses of its scenarios.
    ///
    /// - Parameters:
    ///   - analysis: the analysis of the network as it is.
    ///   - options: language, scenarios, title, seed and kept positions.
    /// - Throws: ``Redes/ValidationIssue`` for an unknown scenario or one that does not fit the network,
    ///   ``RedesGraphviz/GraphvizError`` when a drawing fails.
    /// - Complexity: one Graphviz layout (the engine's cost), plus one drawing and one analysis per scenario.
    public init(_ analysis: NetworkAnalysis, options: ExplorerOptions) throws {
        let network = analysis.network
        let chosen = try (options.scenarios ?? network.scenarios.map(\.id)).map { id throws -> Scenario in
            guard let scenario = network.scenario(id) else {
                throw ValidationIssue(path: ["scenarios"], problem: .unknownScenario(id, available: network.scenarios.map(\.id)))
            }
            return scenario
        }
        var drawing = ExplorerPage.drawingOptions(network, options: options)
        let base = try NetworkDiagram.composed(analysis, options: drawing)
        drawing.positions = base.positions
        var builder = ExplorerBuilder(base: analysis, language: options.language)
        var views = [try builder.view(id: "", name: options.language.text(.networkAsItIs), diagram: base, analysis: analysis, before: nil)]
        for scenario in chosen {
            let after = try analysis.applying(scenario)
            let diagram = try NetworkDiagram.composed(after, options: drawing, before: analysis)
            views.append(try builder.view(id: scenario.id, name: scenario.name, diagram: diagram, analysis: after, before: analysis))
        }
        let title = options.title ?? network.name
        let data = builder.data(title: title, views: views.map(\.data), options: options)
        html = ExplorerHTML(data: data, filters: builder.filters(views: views.map(\.data)), views: views.map(\.svg),
                            language: options.language,
                            subtitle: options.language.text(.explorer(.subtitle), options.sourceName.isEmpty ? network.name : options.sourceName, redesVersion),
                            largeNetwork: network.actors.count > options.labelLimit ? network.actors.count : nil).document()
        notes = base.notes
    }
}
