import Foundation
import Testing
@testable import Redes

@Suite("Scenarios, robustness, tie suggestions and sensitivity")
struct DecisionTests {
    static let directory = repositoryRoot.appendingPathComponent("Tests/RedesTests/Fixtures/decisions")

    static func fixture(_ name: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("\(name).json"))) as! [String: Any]
    }

    static func graph(_ name: String) throws -> Graph {
        try ReferenceMetricsTests.network(name, directed: false).actorGraph().graph
    }

    // MARK: Tie suggestions against brute force (NetworkX, every unlinked pair)

    @Test("k = 1 returns the brute-force optimum for DF, F and 2-step reach", arguments: ["karate", "florentine", "random-undirected"])
    func bestTie(_ name: String) throws {
        let reference = try Self.fixture(name)
        let graph = try Self.graph(name)
        let cases: [(String, TieSuggestions.Objective)] = [("suggest_DF", .distanceFragmentation), ("suggest_F", .fragmentation),
                                                           ("suggest_reach2", .pairsWithinSteps)]
        for (key, objective) in cases {
            let expected = reference[key] as! [String: Any]
            let best = expected["best"] as! [String: Any]
            let result = TieSuggestions(graph, count: 1, objective: objective, steps: 2)
            let pick = try #require(result.suggestions.first)
            #expect([pick.first, pick.second] == best["positions"] as! [Int], "\(name) \(key)")
            #expect(abs(pick.valueAfter - (best["after"] as! Double)) < 1e-12, "\(name) \(key) after")
            #expect(abs(result.baseline - (expected["baseline"] as! Double)) < 1e-12, "\(name) \(key) baseline")
            #expect(result.candidatesEvaluated == expected["candidates_evaluated"] as! Int)
        }
    }

    @Test("greedy k = 3 follows brute-force greedy step by step", arguments: ["karate", "florentine", "random-undirected"])
    func greedy(_ name: String) throws {
        let steps = (try Self.fixture(name)["suggest_DF_greedy3"] as! [String: Any])["steps"] as! [[String: Any]]
        let result = TieSuggestions(try Self.graph(name), count: 3, objective: .distanceFragmentation)
        #expect(result.suggestions.map { [$0.first, $0.second] } == steps.map { $0["positions"] as! [Int] })
        for (mine, theirs) in zip(result.suggestions, steps) {
            #expect(abs(mine.valueAfter - (theirs["after"] as! Double)) < 1e-12)
        }
        #expect(result.method == .greedy(rounds: 3))
    }

    @Test("300 actors, k = 5, well under 10 seconds (release builds; 100 actors in debug), reproducibly")
    func speed() {
        #if DEBUG
        let n = 100
        #else
        let n = 300
        #endif
        var builder = GraphBuilder(nodeCount: n, directed: false)
        var generator = SplitMix64(seed: 11)
        for v in 1..<n { for _ in 0..<3 { builder.addEdge(v, Int(generator.next() % UInt64(v))) } }
        let graph = builder.buildGraph()
        let start = Date()
        let first = TieSuggestions(graph, count: 5, objective: .distanceFragmentation)
        #expect(Date().timeIntervalSince(start) < 10)
        let second = TieSuggestions(graph, count: 5, objective: .distanceFragmentation)
        #expect(first.suggestions == second.suggestions && first.suggestions.count == 5)
    }

    @Test("candidates can be restricted, e.g. to ties between two groups")
    func restricted() throws {
        let graph = try Self.graph("karate")
        let result = TieSuggestions(graph, count: 2, objective: .distanceFragmentation) { u, v in u != 0 && v != 0 && u != 33 && v != 33 }
        #expect(result.suggestions.allSatisfy { ![$0.first, $0.second].contains(0) && ![$0.first, $0.second].contains(33) })
    }

    // MARK: Robustness by hand

    @Test("a star loses everything when its centre leaves first")
    func starRobustness() {
        var builder = GraphBuilder(nodeCount: 7, directed: false)
        for leaf in 1...6 { builder.addEdge(0, leaf) }
        let curve = RobustnessAnalysis(builder.buildGraph(), order: .degree)
        #expect(curve.removed.first == 0)
        // After the centre leaves, six isolates: the largest component is 1 of the original 7.
        #expect(curve.largestComponentShare[0] == 1 && curve.largestComponentShare[1] == 1.0 / 7)
        // R = (1/7)(6 · 1/7 + 0): one actor left in each of the next five steps, none at the end.
        #expect(abs(curve.largestComponentArea - (6.0 / 7) / 7) < 1e-15)
        #expect(curve.distanceFragmentation?[1] == 1)
        #expect(curve.halfLifeRemovals == 1)
    }

    @Test("a cycle survives any single removal")
    func cycleRobustness() {
        var builder = GraphBuilder(nodeCount: 8, directed: false)
        for v in 0..<8 { builder.addEdge(v, (v + 1) % 8) }
        let graph = builder.buildGraph()
        for order in RobustnessAnalysis.Order.allCases {
            let curve = RobustnessAnalysis(graph, order: order, runs: 5, seed: 3)
            // One removal leaves a path of 7: still one component of 7/8.
            #expect(abs(curve.largestComponentShare[1] - 7.0 / 8) < 1e-15, "\(order)")
        }
    }

    @Test("random removal is reproducible for a seed and differs across seeds")
    func randomRobustness() throws {
        let graph = try Self.graph("karate")
        let a = RobustnessAnalysis(graph, order: .random, runs: 10, seed: 4)
        let b = RobustnessAnalysis(graph, order: .random, runs: 10, seed: 4)
        let c = RobustnessAnalysis(graph, order: .random, runs: 10, seed: 5)
        #expect(a.largestComponentShare == b.largestComponentShare && a.runAreas == b.runAreas)
        #expect(a.runAreas != c.runAreas)
        // Targeted removal hurts more than random failure (Albert et al. 2000).
        #expect(RobustnessAnalysis(graph, order: .betweenness).largestComponentArea < a.largestComponentArea)
    }

    // MARK: Sensitivity

    @Test("Spearman's rank correlation equals scipy's, ties and constants included")
    func spearman() throws {
        for item in try Self.fixture("karate")["spearman_cases"] as! [[String: Any]] {
            let x = (item["x"] as! [NSNumber]).map(\.doubleValue), y = (item["y"] as! [NSNumber]).map(\.doubleValue)
            let mine = SensitivityAnalysis.spearman(x, y)
            if let rho = item["rho"] as? Double {
                #expect(mine.map { abs($0 - rho) < 1e-12 } == true, "\(item["label"]!)")
            } else {
                #expect(mine == nil, "\(item["label"]!)")
            }
        }
    }

    @Test("sensitivity is deterministic for a seed, and dropping nothing changes nothing")
    func sensitivity() throws {
        let network = try Network.read(path: repositoryPath("Networks/antofagasta-tp.yaml"))
        let a = SensitivityAnalysis(network, dropRate: 0.2, runs: 8, seed: 9)
        let b = SensitivityAnalysis(network, dropRate: 0.2, runs: 8, seed: 9)
        #expect(a.runs.map(\.distanceFragmentation) == b.runs.map(\.distanceFragmentation))
        #expect(a.topFiveFrequency == b.topFiveFrequency)
        #expect(a.withoutIllustrative != nil)
        let none = SensitivityAnalysis(network, dropRate: 0, runs: 2, seed: 1)
        #expect(none.runs.allSatisfy { $0.distanceFragmentation == none.baseline.distanceFragmentation })
        #expect(abs((none.runs[0].betweennessRankCorrelation ?? 0) - 1) < 1e-12)
    }

    // MARK: Scenarios

    @Test("a scenario comparison reports the same figures as analysing the changed network")
    func scenarioComparison() throws {
        let network = try Network.read(path: repositoryPath("Networks/antofagasta-tp.yaml"))
        let scenario = try #require(network.scenario("comite-regional-tp"))
        let comparison = try ScenarioComparison(network, applying: [scenario])
        let changed = try network.applying(scenarioNamed: "comite-regional-tp")
        let direct = NetworkMetrics(changed.actorGraph().graph)
        #expect(comparison.change(of: .density).after == direct.density)
        #expect(comparison.change(of: .ties).after == Double(direct.edgeCount))
        #expect(comparison.change(of: .fragmentation).after == Fragmentation(changed.actorGraph().graph).fragmentation)
        #expect(comparison.change(of: .distanceFragmentation).after == Fragmentation(changed.actorGraph().graph).distanceFragmentation)
        #expect(comparison.actorChanges.first.map { abs($0.betweennessChange) > 0 } == true)
    }

    @Test("scenarios compose in order, and a missing element names the scenario")
    func composition() throws {
        let network = try Network.read(path: repositoryPath("Networks/antofagasta-tp.yaml"))
        let both = [network.scenario("comite-regional-tp")!, network.scenario("convenios-trianuales")!]
        let comparison = try ScenarioComparison(network, applying: both)
        #expect(comparison.scenarios == ["comite-regional-tp", "convenios-trianuales"])
        let broken = Scenario(id: "roto", removeActors: ["nadie"])
        #expect(throws: ValidationIssue.self) { try ScenarioComparison(network, applying: [broken]) }
    }
}
