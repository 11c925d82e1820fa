import ArgumentParser
import Foundation
import Redes
import RedesPresentation
import RedesReport

struct RoadmapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roadmap",
        abstract: "Follow the file's roadmap phase by phase: F, DF, components, gaps between blocs, single-channel share and E-I of the network as it is and after each phase.",
        discussion: """
            The phases of the file's `roadmap:` add up: each applies its scenarios after those of the phases before, \
            and is looked at during its period (an arrangement whose own period has ended is no longer there). \
            --chart writes the trajectory as a line chart (SVG, one panel per figure), as the report shows it.

            Examples:
              redes roadmap Networks/antofagasta-tp.yaml
              redes roadmap red.yaml --format json --lang en
              redes roadmap red.yaml --chart trayectoria.svg
            """
    )

    @OptionGroup var source: NetworkFileOptions

    @OptionGroup var grouping: GroupingOption

    @Flag(help: "Read weights as tie strengths.")
    var weighted = false

    @Option(help: "Also write the trajectory as a line chart to this SVG file.")
    var chart: String?

    @OptionGroup var out: OutputOptions

    func validate() throws {
        let lang = out.lang
        guard let chart else { return }
        if !chart.lowercased().hasSuffix(".svg") { throw fail(.svgOnly(option: "--chart", value: chart), in: lang) }
        if let failure = OutputFile.failure(writing: chart) { throw fail(OutputFile.WriteError(path: chart, failure: failure), in: lang) }
    }

    func run() throws {
        let lang = out.lang
        let network = try source.load(in: lang)
        guard !network.roadmap.isEmpty else { throw fail(.noRoadmap(file: source.file), in: lang) }
        let groupBy = try grouping.attribute(of: network, in: lang)
        let trajectory: RoadmapTrajectory
        do {
            trajectory = try RoadmapTrajectory(network, options: NetworkComparison.options(weighted: weighted, groupBy: groupBy))
        } catch {
            printError(lang.describe(LoadError(file: source.file, path: error.path, problem: error.problem)))
            throw ExitCode(1)
        }
        try out.emit(RoadmapPresenter(trajectory))
        if let chart { try emit(RoadmapChart.svg(trajectory, language: lang), to: chart, in: lang) }
    }
}
