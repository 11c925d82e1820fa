import ArgumentParser
import Foundation
import Redes
import RedesGraphviz
import RedesPresentation

extension Render {
    /// `render --compare B`: the network and a second mapping side by side, on one layout made for both.
    func renderComparison(_ network: Network, analysis: NetworkAnalysis, with path: String, format: DiagramFormat,
                          look: SlideOptions.Look, layout: DiagramOptions.Layout, focused: Bool, options: DiagramOptions) throws {
        let lang = language.language
        // What the panels cannot do is refused, not ignored.
        if diff { throw fail(.conflicts(option: "--compare", other: "--diff"), in: lang) }
        if layout == .geo { throw fail(.conflicts(option: "--compare", other: "--layout geo"), in: lang) }
        if clusterBy != nil { throw fail(.conflicts(option: "--compare", other: "--cluster-by"), in: lang) }
        if look.page != nil { throw fail(.conflicts(option: "--compare", other: "--aspect --width --height"), in: lang) }
        if focused { throw fail(.conflicts(option: "--compare", other: "--focus"), in: lang) }
        var other = input.source
        other.file = path
        other.nodes = nil
        var second = try other.load(in: lang)
        if let at = input.at { second = try DateOption.network(second, at: try DateOption.date(at, in: lang), file: path, in: lang) }
        let name = { (file: String) in URL(fileURLWithPath: file).lastPathComponent }
        if network.isDirected != second.isDirected {
            let (directed, undirected) = network.isDirected ? (name(input.file), name(path)) : (name(path), name(input.file))
            throw fail(.differentDirection(directed: directed, undirected: undirected), in: lang)
        }
        var drawing = options
        look.apply(to: &drawing)
        let titles = [input.scenario.map { lang.text(.sideScenario, name(input.file), $0) } ?? name(input.file), name(path)]
        let panels = [analysis, NetworkAnalysis(second, options: analysis.options)]
        try write(format: format, in: lang) { () throws(GraphvizError) in try NetworkDiagram.panels(panels, titles: titles, options: drawing) }
    }
}
