import Foundation
import Testing
@testable import Redes

/// Issue 14, item 6: the commands whose cost grows fastest estimate it first, bound their method above a budget, say
/// which method they used, and give the same result on one thread and on several.
@Suite("Cost-bounded methods")
struct CostBoundTests {
    static func karate() throws -> Network { try ReferenceMetricsTests.network("karate", directed: false) }

    /// A sparse random graph of `n` nodes (3 edges per node), for plans only: nothing is computed on it.
    static func large(_ n: Int) -> Graph {
        var generator = SplitMix64(seed: 11)
        var builder = GraphBuilder(nodeCount: n, directed: false)
        for u in 1..<n {
            for _ in 0..<3 { builder.addEdge(u, Int(generator.next() % UInt64(u))) }
        }
        return builder.buildGraph()
    }

    @Test("above the budget each command plans a bounded method; with no limit (--exact), the full one")
    func plans() {
        let graph = Self.large(20_000)
        let robustness = RobustnessAnalysis.plan(graph, order: .betweenness, adaptive: true)
        #expect(robustness.method.recomputeEvery ?? 0 > 1 && robustness.estimate.isBounded)
        // (n + m)·n²/3 steps for the ranking, as many for the DF curve.
        let passes = Double(20_000 + graph.edgeCount) * 4e8 / 3
        #expect(abs(robustness.estimate.fullSteps - 2 * passes) <= 1e-9 * passes)
        let full = RobustnessAnalysis.plan(graph, order: .betweenness, adaptive: true, budget: .infinity)
        #expect(full.method == .init(recomputeEvery: 1, distanceEvery: 1) && !full.estimate.isBounded)

        let sensitivity = SensitivityAnalysis.plan(graph, runs: 100, seed: 3)
        guard case .sampledSources(let sources, 3) = sensitivity.method else {
            Issue.record("sensitivity on 20,000 actors should sample sources: \(sensitivity.method)")
            return
        }
        #expect(sources < 20_000 && sensitivity.estimate.isBounded)
        #expect(SensitivityAnalysis.plan(graph, runs: 100, budget: .infinity).method == .exact)

        let suggestions = TieSuggestions.plan(graph, count: 3)
        #expect(suggestions.poolSize ?? 20_000 < 20_000 && suggestions.memoryBytes == 4e8 * 4)
        #expect(TieSuggestions.plan(graph, count: 3, budget: .infinity).poolSize == nil)

        // The exhaustive key-player search over C(20000, 2) pairs, O(n + m) each.
        let sets = 20_000.0 * 19_999 / 2
        #expect(KeyPlayerSearch.exhaustiveEstimate(graph, size: 2, objective: .fragmentation).fullSteps
                == sets * Double(20_000 + graph.edgeCount))
    }

    @Test("a small budget bounds key players, robustness, sensitivity and suggestions; the method says so; one thread and three agree")
    func bounded() throws {
        let network = try Self.karate()
        let graph = network.actorGraph().graph
        func run() -> (KeyPlayerSearch, KeyPlayerSearch, RobustnessAnalysis, SensitivityAnalysis, TieSuggestions, KeyPlayerSearch) {
            (KeyPlayerSearch(graph, size: 2, objective: .distanceFragmentation, seed: 5, restarts: 2, budget: 1e5),
             KeyPlayerSearch(graph, size: 3, objective: .fragmentation, seed: 5, restarts: 2, budget: 1e4),
             RobustnessAnalysis(graph, order: .betweenness, adaptive: true, budget: 3e4),
             SensitivityAnalysis(network, runs: 12, seed: 2, budget: 2e4),
             TieSuggestions(graph, count: 2, objective: .distanceFragmentation, budget: 5e4),
             // The exhaustive search, scanned in parallel chunks of first members.
             KeyPlayerSearch(graph, size: 3, objective: .distanceFragmentation))
        }
        let one = Parallelism.withThreads(1, run)
        let three = Parallelism.withThreads(3, run)

        // DF key players: 50 candidates would cost too much, so DF is estimated from sampled sources.
        guard case .boundedGreedySwap(let candidates, 34, let sources?, 5, 2) = one.0.method else {
            Issue.record("expected a bounded search with sampled DF: \(one.0.method)")
            return
        }
        #expect(candidates == 34 && sources < 34 && one.0.estimate.isBounded)
        guard case .boundedGreedySwap(let fewer, 34, nil, 5, 2) = one.1.method else {
            Issue.record("expected a bounded search among fewer candidates: \(one.1.method)")
            return
        }
        #expect(fewer < 34)
        // The members are among the candidates: the actors of highest degree.
        let degrees = (0..<34).map { graph.degree(of: $0) }
        let threshold = degrees.sorted(by: >)[fewer - 1]
        #expect(one.1.members.allSatisfy { degrees[$0] >= threshold })

        let robustness = one.2
        let every = try #require(robustness.method.distanceEvery)
        #expect(robustness.method.isBounded && every > 1 && (robustness.method.recomputeEvery ?? 0) > 1)
        let curve = try #require(robustness.distanceFragmentation)
        #expect(curve[0] != nil && curve[every] != nil && curve[1] == nil && curve[34] == 1)
        // The removal order holds every actor once, whatever the stride of the ranking.
        #expect(robustness.removed.sorted() == Array(0..<34))

        guard case .sampledSources(let sampled, 2) = one.3.method else {
            Issue.record("expected sampled sources: \(one.3.method)")
            return
        }
        #expect(sampled < 34 && one.3.runs.count == 12)
        guard case .restricted(let pool, 34, 2) = one.4.method else {
            Issue.record("expected a restricted pool: \(one.4.method)")
            return
        }
        #expect(pool < 34 && one.4.estimate.isBounded)

        #expect(one.0.members == three.0.members && one.0.score == three.0.score)
        #expect(one.1.members == three.1.members && one.1.score == three.1.score)
        #expect(one.2.removed == three.2.removed && one.2.distanceFragmentation == three.2.distanceFragmentation)
        #expect(one.3.runs.map(\.distanceFragmentation) == three.3.runs.map(\.distanceFragmentation)
                && one.3.topFiveFrequency == three.3.topFiveFrequency)
        #expect(one.4.suggestions == three.4.suggestions)
        #expect(one.5.method == .exhaustive(setsEvaluated: 5_984) && one.5.members == three.5.members && one.5.score == three.5.score)
    }

    @Test("the mean of a bounded DF curve interpolates the points it skips")
    func interpolation() {
        // Points at q = 0, 2, 4 of a curve over 4 removals: 0.2, (0.4), 0.6, (0.8), 1 → mean over q = 1…4.
        let mean = RobustnessAnalysis.interpolatedMean([0.2, nil, 0.6, nil, 1])
        #expect(abs(mean - (0.4 + 0.6 + 0.8 + 1) / 4) < 1e-15)
    }

    @Test("the default budget leaves small networks on the full method, as before")
    func smallNetworksUnchanged() throws {
        let network = try Self.karate()
        let graph = network.actorGraph().graph
        #expect(KeyPlayerSearch(graph, size: 2, objective: .distanceFragmentation).method.isExhaustive)
        #expect(!RobustnessAnalysis(graph, order: .betweenness, adaptive: true).method.isBounded)
        #expect(SensitivityAnalysis(network, runs: 5).method == .exact)
        #expect(TieSuggestions(graph, count: 1, objective: .distanceFragmentation).method == .exhaustive)
    }
}
