import ArgumentParser
import Redes
import RedesPresentation
import RedesGraphviz

@main
struct RedesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "redes",
            abstract: "Stakeholder network analysis: actors, arrangements, ties, metrics and diagrams.",
            discussion: """
                Reads a network file (the native YAML format, or a CSV edge list with an optional node list) and \
                analyses it. Start with: redes analyze Networks/antofagasta-tp.yaml
                """,
            version: "redes \(redesVersion) (Graphviz \(Graphviz.shared.version), linked through libgvc)",
            subcommands: [Analyze.self, KeyPlayers.self, Render.self, ScenarioCommand.self, Robustness.self, Suggest.self, Sensitivity.self, Report.self, Convert.self, Doctor.self]
        )
    }
}
