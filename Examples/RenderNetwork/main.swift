// Draws the bundled Antofagasta network through the Graphviz library, coloured by bloc, sized by betweenness, with
// the key players highlighted, and writes SVG and PNG next to the current directory.
// Run it with:  swift run render-network-example [output-folder]
import Foundation
import Redes
import RedesGraphviz

let folder = CommandLine.arguments.dropFirst().first ?? "."
do {
    let network = try Network.read(path: "Networks/antofagasta-tp.yaml")
    // One analysis: the diagram reads betweenness and the key players from it.
    let analysis = NetworkAnalysis(network)
    let options = DiagramOptions(layout: .neato, sizeBy: .metric(.betweenness), highlight: .keyPlayers(2),
                                 title: "Ecosistema TP — Región de Antofagasta")
    let diagram = try NetworkDiagram(analysis, options: options)
    for format in [DiagramFormat.svg, .png] {
        let path = "\(folder)/antofagasta-tp.\(format.rawValue)"
        try OutputFile.write(Data(try diagram.render(format: format)), to: path)
        print("wrote \(path)")
    }
} catch {
    print(error)
    exit(1)
}
