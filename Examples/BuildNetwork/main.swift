// Builds a small stakeholder network in Swift code through the public API, applies a what-if scenario and
// prints what changes. Run it with:  swift run build-network-example
import Redes

let slides = SourceDocument(id: "slides", title: "Comité Estratégico TP (presentación)")
var network = Network(
    name: "Ejemplo: mesa y convenio",
    sources: [slides],
    blocs: [Bloc(id: "publico", name: "Público"), Bloc(id: "ies", name: "IES"), Bloc(id: "programas", name: "Programas")],
    actors: [
        Actor(id: "secreduc", name: "SECREDUC", bloc: "publico"),
        Actor(id: "sence", name: "SENCE", bloc: "publico"),
        Actor(id: "cft", name: "CFT Estatal", bloc: "ies"),
        Actor(id: "ceduc", name: "CEDUC UCN", bloc: "ies"),
        Actor(id: "codigo-futuro", name: "Código Futuro", bloc: "programas"),
    ],
    arrangements: [
        Arrangement(id: "mesa-empleabilidad", name: "Mesa de Empleabilidad SENCE", kind: .workingTable,
                    members: ["sence", "cft", "ceduc"], lead: "sence",
                    evidence: .documented(source: "slides", quote: "Hay muchas mesas de trabajo (Empleabilidad SENCE…)")),
    ],
    ties: [
        Tie(source: "secreduc", target: "codigo-futuro", kind: "collaboration",
            evidence: .illustrative(reason: "El programa trabaja con liceos bajo la rectoría de Secreduc.")),
    ],
    scenarios: [
        Scenario(id: "comite", name: "Comité Regional TP",
                 addArrangements: [Arrangement(id: "comite-regional", name: "Comité Regional TP", kind: .committee,
                                               members: ["secreduc", "sence", "cft", "ceduc", "codigo-futuro"],
                                               evidence: .proposed(source: "slides"))]),
    ]
)

do {
    try network.validate()
    // One analysis per network or scenario: each section is computed when first read, then kept.
    let before = NetworkAnalysis(network)
    let after = try before.applying(scenarioNamed: "comite")
    let comparison = ScenarioComparison(before: before, after: after, scenarios: ["comite"])
    print(network.name)
    for figure in [Figure.components, .density, .fragmentation, .distanceFragmentation] {
        let change = comparison.change(of: figure)
        print("\(figure.rawValue): \(formatFixed(change.before ?? .nan, decimals: 3)) → \(formatFixed(change.after ?? .nan, decimals: 3))")
    }
    // Which channels make each tie after the scenario: single-channel ties vanish if their one mesa stops.
    let projection = after.actorGraph
    for edge in 0..<projection.graph.edgeCount {
        let a = projection.actor(at: Int(projection.graph.edgeSources[edge])).name
        let b = projection.actor(at: Int(projection.graph.edgeTargets[edge])).name
        let channels = projection.channels(ofEdge: edge).map(projection.label(of:))
        print("  \(a) — \(b): \(channels.joined(separator: " + "))")
    }
} catch {
    print(error)
}
