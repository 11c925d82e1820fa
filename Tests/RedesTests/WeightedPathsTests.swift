import Testing
@testable import Redes

/// Issue 14, item 3: weighted shortest paths run on a bucket queue when every weight is a whole number (exact path
/// lengths) and on a 4-ary heap otherwise. Both are checked against NetworkX by the reference tests (whole weights) and
/// against each other here.
@Suite("Weighted shortest paths")
struct WeightedPathsTests {
    /// A random undirected graph (no repeated edge) with weights 1…6, and the same graph with every weight multiplied by `factor`.
    static func graphs(factor: Double) -> (Graph, Graph) {
        var generator = SplitMix64(seed: 21)
        var whole = GraphBuilder(nodeCount: 300, directed: false), scaled = GraphBuilder(nodeCount: 300, directed: false)
        var seen = Set<Int>()
        for u in 1..<300 {
            for _ in 0..<3 {
                let v = Int(generator.next() % UInt64(u))
                let weight = Double(1 + generator.next() % 6)
                guard seen.insert(u * 300 + v).inserted else { continue }
                whole.addEdge(u, v, weight: weight)
                scaled.addEdge(u, v, weight: weight * factor)
            }
        }
        return (whole.buildGraph(), scaled.buildGraph())
    }

    @Test("whole weights take the bucket queue (S = lcm of the weights), real weights the heap")
    func engines() {
        let (whole, scaled) = Self.graphs(factor: 1.5)
        let lengths = ShortestPaths.Lengths(whole)
        #expect(lengths.scale == 60 && lengths.longestWhole == 60 && lengths.wholeOutgoing != nil)
        // Each whole length is S/weight: the length 1/weight exactly, times S.
        #expect(zip(lengths.wholeOutgoing ?? [], lengths.outgoing).allSatisfy { abs(Double($0) / 60 - $1) < 1e-15 })
        #expect(ShortestPaths.Lengths(scaled).wholeOutgoing == nil)
    }

    @Test("the bucket queue and the heap agree: same betweenness, closeness and harmonic scaled by the weight factor")
    func agree() {
        let (whole, scaled) = Self.graphs(factor: 1.5)
        let options = MetricOptions(weighted: true, metrics: [.betweenness, .closeness, .harmonic])
        let a = NetworkMetrics(whole, options: options), b = NetworkMetrics(scaled, options: options)
        func close(_ x: [Double]?, _ y: [Double]?, times factor: Double) -> Bool {
            guard let x, let y, x.count == y.count else { return false }
            return zip(x, y).allSatisfy { abs($0 * factor - $1) <= 1e-12 * max(1, abs($1)) }
        }
        // Lengths 1/(1.5 w): every distance divided by 1.5, the same shortest paths.
        #expect(close(a.betweenness, b.betweenness, times: 1))
        #expect(close(a.closeness, b.closeness, times: 1.5))
        #expect(close(a.harmonic, b.harmonic, times: 1.5))
        #expect(abs((a.diameter ?? 0) / 1.5 - (b.diameter ?? 1)) < 1e-12)
        // Many tied paths: with whole weights 1…6, equal lengths are common, and both count them all.
        #expect(a.betweenness?.contains { $0 > 0 } == true)
    }
}
