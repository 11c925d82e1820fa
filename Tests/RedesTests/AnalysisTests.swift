import Foundation
import Testing
@testable import Redes
@testable import RedesPresentation

/// The analysis value: one all-pairs pass, sections computed once, no crash when sections are switched off.
@Suite("One analysis per network")
struct AnalysisTests {
    static func bundled() throws -> Network { try Network.read(path: repositoryPath("Networks/antofagasta-tp.yaml")) }

    @Test("analyze of the bundled network, with the full diagnosis, makes one all-pairs pass over the network")
    func onePass() throws {
        let network = try Self.bundled()
        let log = AllPairsPassLog()
        let (table, json) = AllPairsPassLog.$current.withValue(log) {
            let analysis = NetworkAnalysis(network)
            let presenter = AnalysisPresenter(analysis)
            return (presenter.table(language: .es), presenter.json().rendered())
        }
        #expect(!table.isEmpty && !json.isEmpty)
        let n = network.actors.count
        let full = log.passes.filter { $0.nodes == n }
        // Betweenness, closeness, harmonic, diameter, average distance, F and DF: one pass.
        #expect(full.count == 1, "passes over the whole network: \(full)")
        // The other passes are DF without each actor (one per actor, on n − 1 nodes): the diagnosis asks for them.
        let removal = log.passes.filter { $0.nodes == n - 1 }
        #expect(removal.count == n, "DF-without-each-actor passes: \(removal.count)")
        #expect(log.passes.count == full.count + removal.count, "unexpected passes: \(log.passes)")
    }

    @Test("a section is computed once: reading it twice runs no second pass")
    func cached() throws {
        let analysis = NetworkAnalysis(try Self.bundled())
        let log = AllPairsPassLog()
        AllPairsPassLog.$current.withValue(log) {
            _ = analysis.metrics.betweenness
            _ = analysis.fragmentation
            _ = analysis.metrics.closeness
            _ = analysis.fragmentation.distanceFragmentation
        }
        #expect(log.passes.count == 1)
    }

    @Test("DF from the shared pass equals DF from its own pass, bit for bit, and suggest's baseline equals it")
    func oneNumberOnePath() throws {
        let network = try Self.bundled()
        let analysis = NetworkAnalysis(network)
        let own = Fragmentation(network.actorGraph().graph)
        #expect(analysis.fragmentation.distanceFragmentation == own.distanceFragmentation)
        #expect(analysis.fragmentation.fragmentation == own.fragmentation)
        let suggestions = TieSuggestions(analysis.graph, count: 1, objective: .distanceFragmentation)
        #expect(suggestions.baseline == analysis.fragmentation.distanceFragmentation)
    }

    @Test("with actor removal off, every presenter works and leaves the removal values out")
    func actorRemovalOff() throws {
        let network = try Self.bundled()
        let diagnosis = NetworkDiagnosis(network.actorGraph(), options: DiagnosisOptions(actorRemoval: false))
        #expect(diagnosis.fragmentationIfRemoved == nil && diagnosis.distanceFragmentationIfRemoved == nil)
        let analysis = NetworkAnalysis(network, options: AnalysisOptions(actorRemoval: false))
        for language in Language.allCases {
            let table = AnalysisPresenter(analysis).table(language: language)
            #expect(table.contains("SECREDUC"))
        }
        let json = AnalysisPresenter(analysis).json()
        guard case .array(let actors)? = json["actors"], case .object(let first)? = actors.first else {
            Issue.record("no actors"); return
        }
        #expect(first["fragmentation_if_removed"] == .null)
        #expect(analysis.values(of: .fragmentationIfRemoved).count == network.actors.count)
    }

    @Test("metrics, F and DF of a sampled analysis share one pass over the sampled sources")
    func sampledPass() throws {
        let network = try Self.bundled()
        let log = AllPairsPassLog()
        let analysis = NetworkAnalysis(network, options: AnalysisOptions(sampleSize: 10, seed: 3))
        AllPairsPassLog.$current.withValue(log) {
            _ = analysis.metrics.betweenness
            _ = analysis.fragmentation
        }
        #expect(log.passes.count == 1 && log.passes.first?.sources == 10)
        let alone = Fragmentation(network.actorGraph().graph, sampleSize: 10, seed: 3)
        #expect(alone.distanceFragmentation == analysis.fragmentation.distanceFragmentation)
        #expect(analysis.metrics.betweenness == network.actorGraph().graph.sampledBetweennessCentrality(sampleSize: 10, seed: 3))
    }
}

@Suite("Streamed JSON")
struct StreamedJSONTests {
    @Test("the streamed document equals the rendered tree, byte for byte, with and without the diagnosis")
    func streamedEqualsTree() throws {
        let network = try Network.read(path: repositoryPath("Networks/antofagasta-tp.yaml"))
        for content in [AnalysisPresenter.Content.metricsAndDiagnosis, .metrics] {
            let presenter = AnalysisPresenter(NetworkAnalysis(network), content: content)
            #expect(presenter.jsonBytes() == Array(presenter.json().rendered().utf8))
        }
        let empty = Network(name: "vacía", actors: [])
        let presenter = AnalysisPresenter(NetworkAnalysis(empty))
        #expect(presenter.jsonBytes() == Array(presenter.json().rendered().utf8))
    }
}

@Suite("JSON numbers")
struct JSONNumberTests {
    @Test("-0.0 is written as 0.0; NaN and infinities as null (issue 22, item 6)")
    func negativeZero() {
        #expect(JSONValue.number(-0.0).rendered() == "0.0\n")
        #expect(JSONValue.array([.number(.nan), .number(-.infinity), .number(-1.5)]).rendered() == "[null, null, -1.5]\n")
    }
}
