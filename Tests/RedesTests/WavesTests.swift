import Foundation
import Testing
@testable import Redes

@Suite("Waves in one file and the roadmap")
struct WavesTests {
    @Test("dates: a year, a month or a day, real calendar days only, each standing for its span")
    func dates() throws {
        #expect(PeriodDate("2026")?.description == "2026" && PeriodDate("2026-06")?.description == "2026-06")
        #expect(PeriodDate("2024-02-29") != nil && PeriodDate("2025-02-29") == nil && PeriodDate("2100-02-29") == nil)
        for bad in ["26", "2026-6", "2026-13", "2026-06-31", "marzo 2026", "2026/06", "", "2026-06-01-01"] { #expect(PeriodDate(bad) == nil, "\(bad)") }
        #expect(PeriodDate("2024-02")?.lastDay.description == "2024-02-29")
        #expect(PeriodDate("2026")?.firstDay.description == "2026-01-01" && PeriodDate("2026")?.lastDay.description == "2026-12-31")
        // A period overlaps a date when they share a day.
        let period = Period(start: "2025-07", end: "2026-06")
        func date(_ text: String) throws -> PeriodDate { try #require(PeriodDate(text)) }
        let (y2025, lastJune, july, justBefore) = (try date("2025"), try date("2026-06-30"), try date("2026-07"), try date("2025-06-30"))
        #expect(period.overlaps(y2025) && period.overlaps(lastJune))
        #expect(!period.overlaps(july) && !period.overlaps(justBefore))
        let (far, early) = (try date("3000"), try date("1900"))
        #expect(Period(start: "2026").overlaps(far) && Period(end: "2020").overlaps(early))
    }

    @Test("the network as it stands on a date: elements whose period includes it, ties whose ends are there, members that are there")
    func standing() throws {
        let network = try Network.read(path: repositoryPath("Tests/RedesTests/Fixtures/waves/olas.yaml"))
        let june = network.standing(at: try #require(PeriodDate("2026-06")))
        #expect(june.actors.map(\.id) == ["a", "b", "c", "e", "f", "g"])
        #expect(june.arrangements.map(\.id) == ["mesa", "convenio"])
        #expect(june.arrangements[0].members == ["a", "b", "c"])  // d left at the end of 2025
        #expect(june.ties.map(\.key.description) == ["a–f (collaboration)"])  // d–g went with d; c–g ended in 2025
        let later = network.standing(at: try #require(PeriodDate("2027")))
        #expect(later.arrangements.map(\.id) == ["convenio"] && later.ties.map(\.source) == ["a"])
        #expect(network.hasPeriods && !Network(name: "x", actors: [Actor(id: "a")]).hasPeriods)
    }

    @Test("the roadmap: phases add up their scenarios, each looked at during its period")
    func phases() throws {
        let network = try Network.read(path: repositoryPath("Networks/antofagasta-tp.yaml"))
        #expect(network.roadmap.map(\.id) == ["instalacion", "escalamiento", "consolidacion"])
        let phases = try network.phaseNetworks()
        let committee = "comite-regional-tp"
        #expect(phases.allSatisfy { $0.arrangement(committee) != nil })  // added in Instalación, kept after
        #expect(phases[0].arrangement("modulos-educacion-financiera") == nil && phases[1].arrangement("modulos-educacion-financiera") != nil)
        // The Comité Estratégico runs 2025–2026: in Escalamiento (2026–2027), not in Consolidación (2027–2028).
        #expect(phases[1].arrangement("comite-estrategico-gobernanza") != nil && phases[2].arrangement("comite-estrategico-gobernanza") == nil)
        #expect(phases.allSatisfy { $0.scenarios.isEmpty && $0.roadmap.isEmpty })
        // Every phase rests on the committee's slides, as a proposal.
        #expect(network.roadmap.allSatisfy { $0.evidence?.status == .proposed && $0.evidence?.source == "comite-2025" })
        // The union of the phases holds every arrangement with every member it ever has.
        let union = Network.union([network] + phases)
        #expect(union.arrangement("programa-eureka")?.members.contains("liceos-taltal") == true)
        #expect(union.arrangement("comite-estrategico-gobernanza") != nil && union.actors.count == network.actors.count)
    }

    @Test("periods and roadmaps are checked: dates, order, unknown and repeated scenarios, and fit")
    func validation() {
        var network = Network(name: "x", sources: [SourceDocument(id: "s", title: "S")], actors: [Actor(id: "a"), Actor(id: "b")],
                              scenarios: [Scenario(id: "one", removeActors: ["b"]),
                                          Scenario(id: "two", addTies: [Tie(source: "a", target: "b", evidence: .proposed(reason: "r"))])])
        network.actors[0].period = Period(start: "2026", end: "2025")
        #expect(network.validationIssues().map(\.problem) == [.periodEndsBeforeStart(start: "2026", end: "2025")])
        network.actors[0].period = Period(start: "2026-00")
        #expect(network.validationIssues().map(\.path.description) == ["actors[0].period.start"])
        network.actors[0].period = nil
        network.roadmap = [RoadmapPhase(id: "p", scenarios: ["onee"])]
        #expect(network.validationIssues().map(\.problem) == [.unknownRoadmapScenario(phase: "p", scenario: "onee", suggestion: "one")])
        network.roadmap = [RoadmapPhase(id: "p", scenarios: ["one"]), RoadmapPhase(id: "q", scenarios: ["one"])]
        #expect(network.validationIssues().map(\.problem) == [.scenarioInTwoPhases(scenario: "one", first: "p", second: "q")])
        network.roadmap = [RoadmapPhase(id: "p", period: Period(start: "2027"), scenarios: ["one"]), RoadmapPhase(id: "q", period: Period(start: "2026"))]
        #expect(network.validationIssues().map(\.problem) == [.phaseBeforePrevious(phase: "q", previous: "p")])
        // "one" removes b, "two" ties a to b: the tie first fits; b removed first, the tie names a missing actor.
        network.roadmap = [RoadmapPhase(id: "p", scenarios: ["two"]), RoadmapPhase(id: "q", scenarios: ["one"])]
        #expect(network.validationIssues().isEmpty)
        network.roadmap = [RoadmapPhase(id: "p", scenarios: ["one"]), RoadmapPhase(id: "q", scenarios: ["two"])]
        let issues = network.validationIssues()
        #expect(issues.map(\.path.description) == ["roadmap[1].scenarios[0]"])
        if case .inPhase("q", .inScenario("two", .unknownActor)) = issues.first?.problem {} else { Issue.record("\(issues)") }
    }

    @Test("the YAML writer keeps periods and the roadmap: the bundled network reads back the same")
    func roundTrip() throws {
        let network = try Network.read(path: repositoryPath("Networks/antofagasta-tp.yaml"))
        let again = try YAMLNetworkReader.read(text: NativeYAMLWriter.text(network))
        #expect(again.roadmap == network.roadmap)
        let waves = try Network.read(path: repositoryPath("Tests/RedesTests/Fixtures/waves/olas.yaml"))
        let back = try YAMLNetworkReader.read(text: NativeYAMLWriter.text(waves))
        #expect(back.actors.map(\.period) == waves.actors.map(\.period) && back.ties.map(\.period) == waves.ties.map(\.period))
        #expect(back == waves)
    }
}
