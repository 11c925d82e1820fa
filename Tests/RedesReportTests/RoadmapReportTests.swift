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
}
