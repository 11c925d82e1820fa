import Foundation
import Testing
@testable import Redes

/// Eigenvector centrality where power iteration is slow or ambiguous: long paths, bipartite graphs, weights spanning
/// six orders of magnitude, disconnected networks. Expected values come from NetworkX's `eigenvector_centrality`
/// (cross-checked with LAPACK and igraph) in `Scripts/reference/eigenvector_fixtures.py`, or from closed forms
/// written out here.
@Suite("Eigenvector centrality agrees with NetworkX and igraph")
struct EigenvectorTests {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/RedesTests/Fixtures/eigenvector")
    static let graphs = ["path150", "path300", "cycle200", "grid12x25", "star200", "k3-7", "k20-50", "weighted-wide",
                         "directed-strong", "disconnected", "tied"]

    static func fixture(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("\(name).json"))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    static func expectClose(_ mine: [Double]?, _ expected: [Double], tolerance: Double = 1e-9, _ what: String) {
        guard let mine else {
            Issue.record("\(what): no values")
            return
        }
        #expect(mine.count == expected.count)
        let worst = zip(mine, expected).map { abs($0 - $1) }.max() ?? 0
        #expect(worst <= tolerance, "\(what): differs by \(worst)")
    }

    @Test("equals the fixture (NetworkX power iteration, LAPACK and igraph agree ≤ 1e-9)", arguments: graphs)
    func fixtureGraph(_ name: String) throws {
        let reference = try Self.fixture(name)
        let nodes = reference["nodes"] as! [String]
        let weighted = reference["weighted"] as! Bool
        var builder = GraphBuilder(nodeCount: nodes.count, directed: reference["directed"] as! Bool)
        for edge in reference["edges"] as! [[Double]] {
            builder.addEdge(Int(edge[0]), Int(edge[1]), weight: weighted ? edge[2] : 1)
        }
        let graph = builder.buildGraph()
        let leading = graph.eigenvectorCentrality(weighted: weighted)
        Self.expectClose(leading.values, reference["leading"] as! [Double], name)
        if let perComponent = reference["per_component"] as? [Double] {
            let own = graph.eigenvectorCentrality(weighted: weighted, scope: .perComponent)
            Self.expectClose(own.values, perComponent, "\(name) per component")
            #expect(own.status == .perComponent(components: Components(graph).count))
        } else {
            #expect(leading.status == .defined)
            // On a connected graph the scope changes nothing.
            #expect(graph.eigenvectorCentrality(weighted: weighted, scope: .perComponent) == leading)
        }
    }

    @Test("a disconnected network: zero outside the dominant component, flagged; tied components as NetworkX")
    func disconnectedStatus() throws {
        let reference = try Self.fixture("disconnected")
        var builder = GraphBuilder(nodeCount: (reference["nodes"] as! [String]).count, directed: false)
        for edge in reference["edges"] as! [[Double]] { builder.addEdge(Int(edge[0]), Int(edge[1])) }
        let graph = builder.buildGraph()
        // K5 (λ = 4) dominates the 10-path (λ = 2cos(π/11) ≈ 1.92) and the 6-star (λ = √6 ≈ 2.45); 3 isolates.
        let result = graph.eigenvectorCentrality(weighted: false)
        #expect(result.status == .dominantComponents(actors: 5, count: 1, components: 6))
        #expect(result.values!.filter { $0 > 0 }.count == 5)
        // K5's Perron vector is uniform: 1/√5 on each of its members.
        for value in result.values! where value > 0 { #expect(abs(value - 1 / 5.0.squareRoot()) < 1e-14) }

        // Two triangles, an edge, an isolate: the triangles tie at λ = 2; NetworkX's limit from the uniform vector
        // weights each triangle's Perron vector (1/√3 each) by its sum √3, so all six triangle nodes get 1/√6.
        var tied = GraphBuilder(nodeCount: 9, directed: false)
        for (u, v) in [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (6, 7)] { tied.addEdge(u, v) }
        let both = tied.buildGraph().eigenvectorCentrality(weighted: false)
        #expect(both.status == .dominantComponents(actors: 6, count: 2, components: 4))
        for v in 0..<6 { #expect(abs(both.values![v] - 1 / 6.0.squareRoot()) < 1e-14) }
        #expect(both.values![6] == 0 && both.values![7] == 0 && both.values![8] == 0)
        // Per component: each triangle 1/√3, the edge 1/√2, the isolate 0.
        let own = tied.buildGraph().eigenvectorCentrality(weighted: false, scope: .perComponent)
        for v in 0..<6 { #expect(abs(own.values![v] - 1 / 3.0.squareRoot()) < 1e-14) }
        #expect(abs(own.values![6] - 1 / 2.0.squareRoot()) < 1e-14 && own.values![8] == 0)
    }

    @Test("the bundled network equals NetworkX (power iteration, tol 1e-12) and igraph ≤ 1e-9, with a note")
    func bundledNetwork() throws {
        let reference = try Self.fixture("antofagasta")
        let network = try Network.read(path: repositoryPath("Networks/antofagasta-tp.yaml"))
        for weighted in [false, true] {
            let expected = reference[weighted ? "weighted" : "unweighted"] as! [String: Double]
            let analysis = NetworkAnalysis(network, options: AnalysisOptions(weighted: weighted, metrics: [.eigenvector]))
            let values = try #require(analysis.metrics.eigenvector)
            for (v, actor) in network.actors.enumerated() {
                #expect(abs(values[v] - expected[actor.id]!) <= 1e-9, "\(actor.id): \(values[v]) vs \(expected[actor.id]!)")
            }
            // SECREDUC, the value issue 16 quotes (0,325 unweighted).
            if !weighted { #expect(abs(values[0] - 0.325) < 5e-4 && network.actors[0].id == "secreduc") }
            #expect(analysis.eigenvectorNote == .eigenvectorDominantComponents(actors: 25, count: 1, components: 3))
            #expect(analysis.notes.contains(.eigenvectorDominantComponents(actors: 25, count: 1, components: 3)))
        }
        let perComponent = NetworkAnalysis(network, options: AnalysisOptions(metrics: [.eigenvector], eigenvectorScope: .perComponent))
        #expect(perComponent.eigenvectorNote == .eigenvectorPerComponent(components: 3))
        // The four energy actors form a clique: 1/2 each within their component; CMF, an isolate, gets 0.
        let values = try #require(perComponent.metrics.eigenvector)
        for id in ["engie", "proyecto-santa-isabel-ii", "proyecto-pauna", "proyecto-bess-tocopilla"] {
            if let v = network.actors.firstIndex(where: { $0.id == id }) { #expect(abs(values[v] - 0.5) < 1e-14, "\(id)") }
        }
        #expect(values[network.actors.firstIndex { $0.id == "cmf" }!] == 0)
    }

    /// x_k ∝ sin(kπ/(n+1)), λ = 2cos(π/(n+1)) (the path's adjacency is the tridiagonal Toeplitz matrix).
    @Test("long paths converge to the closed form sin(kπ/(n+1))", arguments: [150, 300, 1_000, 2_000])
    func pathClosedForm(_ n: Int) {
        var builder = GraphBuilder(nodeCount: n, directed: false)
        for v in 0..<(n - 1) { builder.addEdge(v, v + 1) }
        let exact = (1...n).map { sin(Double($0) * Double.pi / Double(n + 1)) }
        let length = exact.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let result = builder.buildGraph().eigenvectorCentrality(weighted: false)
        #expect(result.status == .defined)
        // The eigenvector's condition number is 1/gap ≈ n²/(3π²): double precision resolves it to about 1e-16·n².
        Self.expectClose(result.values, exact.map { $0 / length }, tolerance: max(1e-12, 1e-15 * Double(n * n) / 3), "path \(n)")
    }

    /// K_{a,b}: λ = √(ab); the vector is 1/√(2a) on the a side and 1/√(2b) on the b side. Star = K_{1,b}.
    @Test("complete bipartite graphs and stars (eigenvalues ±λ) give the closed form", arguments: [(1, 5_000), (3, 7), (40, 900)])
    func completeBipartite(_ sides: (Int, Int)) {
        let (a, b) = sides
        var builder = GraphBuilder(nodeCount: a + b, directed: false)
        for u in 0..<a { for v in 0..<b { builder.addEdge(u, a + v) } }
        let result = builder.buildGraph().eigenvectorCentrality(weighted: false)
        let expected = (0..<(a + b)).map { $0 < a ? 1 / (2.0 * Double(a)).squareRoot() : 1 / (2.0 * Double(b)).squareRoot() }
        Self.expectClose(result.values, expected, tolerance: 1e-13, "K(\(a),\(b))")
    }

    /// Even cycles are bipartite and regular: the eigenvector is uniform, 1/√n.
    @Test("even cycles give the uniform vector")
    func evenCycle() {
        let n = 10_000
        var builder = GraphBuilder(nodeCount: n, directed: false)
        for v in 0..<n { builder.addEdge(v, (v + 1) % n) }
        let result = builder.buildGraph().eigenvectorCentrality(weighted: false)
        Self.expectClose(result.values, [Double](repeating: 1 / Double(n).squareRoot(), count: n), tolerance: 1e-14, "cycle")
    }

    @Test("no ties, or a directed network that is not strongly connected: undefined")
    func undefined() {
        #expect(GraphBuilder(nodeCount: 3, directed: false).buildGraph().eigenvectorCentrality(weighted: false).status == .undefined(.noTies))
        var chain = GraphBuilder(nodeCount: 3, directed: true)
        chain.addEdge(0, 1)
        chain.addEdge(1, 2)
        let result = chain.buildGraph().eigenvectorCentrality(weighted: false)
        #expect(result.values == nil && result.status == .undefined(.notStronglyConnected))
    }
}
