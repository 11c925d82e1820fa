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
}
