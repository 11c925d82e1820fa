import Foundation
import Testing
@testable import Redes

/// The batched breadth-first search asks the cache for σ rows ahead of use on large graphs (issue 14). The hints must
/// not change a single bit of the result: the same sums with and without them, on a graph small enough for a test.
@Suite("Prefetch hints of the batched search")
struct PrefetchTests {
    /// A sparse random graph with hubs (each new node links to 4 earlier ones, one of them among the first 20), so
    /// adjacency lists are long enough for the in-list hints as well as the next-node ones.
    static func graph(_ n: Int) -> Graph {
        var generator = SplitMix64(seed: 7)
        var builder = GraphBuilder(nodeCount: n, directed: false)
        for u in 1..<n {
            builder.addEdge(u, Int(generator.next() % UInt64(min(u, 20))))
            for _ in 0..<3 { builder.addEdge(u, Int(generator.next() % UInt64(u))) }
        }
        return builder.buildGraph()
    }

    @Test("betweenness, closeness and harmonic sums are bit-identical with the hints on and off")
    func sameSums() {
        let graph = Self.graph(1_500)
        var request = ShortestPathRequest()
        request.betweenness = true; request.closeness = true; request.harmonic = true
        request.component = [Bool](repeating: true, count: graph.nodeCount)
        func sums(prefetching: Bool) -> (betweenness: [Double], distance: [Double], harmonic: [Double], diameter: Double) {
            let worker = BatchedBreadthFirst(graph: graph, request: request, lanes: 64, prefetching: prefetching)
            #expect(worker.prefetching == prefetching)
            for first in stride(from: 0, to: graph.nodeCount, by: 64) {
                worker.run(sources: first, count: min(64, graph.nodeCount - first))
            }
            return (worker.array(worker.betweenness, true), worker.array(worker.distanceSum, true),
                    worker.array(worker.harmonic, true), worker.componentDiameter)
        }
        let plain = sums(prefetching: false), hinted = sums(prefetching: true)
        #expect(plain.betweenness == hinted.betweenness)
        #expect(plain.distance == hinted.distance)
        #expect(plain.harmonic == hinted.harmonic)
        #expect(plain.diameter == hinted.diameter)
        #expect(plain.betweenness.contains { $0 > 0 })
        // The default: no hints while σ (1,500 × 64 × 8 bytes) is far below the threshold.
        #expect(!BatchedBreadthFirst(graph: graph, request: request, lanes: 64).prefetching)
    }

    /// With the hints forced on, the sums still equal NetworkX's normalised betweenness and harmonic centrality
    /// (the reference fixtures of `Scripts/reference`, tolerance 1e-9), on undirected and directed graphs.
    @Test("with the hints on, betweenness and harmonic equal NetworkX's", arguments: ["karate", "random-undirected", "random-directed"])
    func matchesNetworkX(_ name: String) throws {
        let reference = try ReferenceMetricsTests.fixture(name)
        let directed = try #require(reference["directed"] as? Bool)
        let nodes = try #require(reference["nodes"] as? [String])
        let results = try #require((reference["results"] as? [String: Any])?["unweighted"] as? [String: Any])
        let actor = try #require(results["actor"] as? [String: [String: Any]])
        let graph = try ReferenceMetricsTests.network(name, directed: directed).actorGraph().graph
        let n = graph.nodeCount
        var request = ShortestPathRequest()
        request.betweenness = true; request.harmonic = true
        let worker = BatchedBreadthFirst(graph: graph, request: request, lanes: 64, prefetching: true)
        for first in stride(from: 0, to: n, by: 64) { worker.run(sources: first, count: min(64, n - first)) }
        var sums = ShortestPathSums()
        sums.betweenness = worker.array(worker.betweenness, true)
        let betweenness = sums.normalizedBetweenness(nodeCount: n)
        let harmonic = worker.array(worker.harmonic, true)
        for (v, id) in nodes.enumerated() {
            let expectedBetweenness = try #require((actor["betweenness"]?[id] as? NSNumber)?.doubleValue)
            let expectedHarmonic = try #require((actor["harmonic"]?[id] as? NSNumber)?.doubleValue)
            #expect(ReferenceMetricsTests.close(betweenness[v], expectedBetweenness), "betweenness[\(id)]")
            #expect(ReferenceMetricsTests.close(harmonic[v], expectedHarmonic), "harmonic[\(id)]")
        }
    }
}
