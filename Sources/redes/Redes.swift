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
                Reads a network file — the native YAML format, a CSV edge list with an optional node list, GraphML, \
                GEXF, Pajek, UCINET DL or node-link JSON — and analyses it. Everything it prints is in one language: \
                --lang es|en, else $REDES_LANG, else the locale (LANG), else Spanish.

                Examples:
                  redes analyze Networks/antofagasta-tp.yaml
                  redes render Networks/antofagasta-tp.yaml -o red.svg
                  redes report Networks/antofagasta-tp.yaml -o informe.html
                """,
            version: "redes \(redesVersion) (Graphviz \(Graphviz.shared.version), linked through libgvc)",
            subcommands: [Analyze.self, KeyPlayers.self, Render.self, ScenarioCommand.self, Robustness.self, Suggest.self, Sensitivity.self, Report.self, Explore.self, Convert.self, Doctor.self, SurveyCommand.self, Indicators.self, Compare.self, RoadmapCommand.self, Waves.self]
        )
    }
}
