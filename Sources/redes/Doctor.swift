import ArgumentParser
import Redes
import RedesPresentation
import RedesGraphviz

struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the versions of Redes and of the Graphviz library it is linked with, and its plugins."
    )

    func run() throws {
        let graphviz = Graphviz.shared
        print("redes \(redesVersion)")
        print("Graphviz \(graphviz.version) (libgvc, built \(graphviz.buildDate))")
        print("layouts: \(graphviz.layouts.joined(separator: ", "))")
        print("output formats: \(graphviz.outputFormats.joined(separator: ", "))")
    }
}
