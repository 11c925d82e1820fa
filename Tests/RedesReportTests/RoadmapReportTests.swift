import Foundation
import Redes
import RedesGraphviz
import RedesPresentation
@testable import RedesReport
import Testing

@Suite("The roadmap in the report")
struct RoadmapReportTests {
    static let network = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Networks/antofagasta-tp.yaml").path

    @Test("the phases' map: one layout for the union of the phases, no two actor boxes overlapping")
    func unionLayout() throws {
        let network = try Network.read(path: Self.network)
        let inputs = try ReportInputs(NetworkAnalysis(network, options: CommitteeReport.analysisOptions(ReportOptions())), options: ReportOptions())
        let layout = try #require(inputs.roadmapLayout)
        let boxes = Array(layout.actors)
        var overlaps: [String] = []
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                let a = boxes[i].value, b = boxes[j].value
                if abs(a.x - b.x) < (a.width + b.width) / 2 && abs(a.y - b.y) < (a.height + b.height) / 2 {
                    overlaps.append("\(boxes[i].key)–\(boxes[j].key)")
                }
            }
        }
        #expect(overlaps.isEmpty, "\(overlaps.sorted())")
        #expect(Set(layout.actors.keys) == Set(network.actors.map(\.id)))
    }

    @Test("the report's phase diagrams share coordinates: every actor at the same place on every phase's page")
    func phasesSharePlaces() throws {
        let network = try Network.read(path: Self.network)
        let options = ReportOptions(robustnessRuns: 5, sensitivityRuns: 5)
        let html = try CommitteeReport.build(network, options: options).html()
        #expect(html.contains("<section id=\"roadmap\">") && html.contains("id=\"phase-instalacion\""))
        let figures = SVGNodes.figures(in: html)
        let phases = Array(figures.suffix(network.roadmap.count))
        #expect(phases.count == 3)
        let first = try #require(phases.first)
        #expect(Set(first.keys) == Set(network.actors.map(\.id)))
        for (k, figure) in phases.enumerated().dropFirst() {
            for (actor, place) in first {
                #expect(figure[actor] == place, "\(actor) moved in phase \(k + 1)")
            }
        }
        // The trajectory's chart is in the section, one panel per figure and one for the indicator board's coverage.
        #expect(html.components(separatedBy: "<g class=\"panel\">").count == 8)
    }
}
