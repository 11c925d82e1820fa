import Foundation
import Testing
@testable import Redes
@testable import RedesPresentation

/// Every metric on every reference graph against the values NetworkX computed (cross-checked with igraph and R sna)
/// in `Scripts/reference/make_fixtures.py`. Never against Redes' own output.
@Suite("Metrics agree with NetworkX, igraph and R sna")
struct ReferenceMetricsTests {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/RedesTests/Fixtures/reference")
    static let graphs = ["karate", "florentine", "davis", "random-undirected", "random-directed", "star", "path5", "antofagasta"]
    static let tolerance = 1e-9

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let variant: String
        var testDescription: String { "\(name) (\(variant))" }
    }

    static var cases: [Case] {
        graphs.flatMap { name -> [Case] in
            let reference = try! fixture(name)
            let results = reference["results"] as! [String: Any]
            return results.keys.sorted().map { Case(name: name, variant: $0) }
        }
    }

    static func fixture(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("\(name).json"))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// The graph as Redes reads it: the CSV edge and node lists (or, for the bundled network, its YAML file).
    static func network(_ name: String, directed: Bool) throws -> Network {
        if name == "antofagasta" { return try Network.read(path: repositoryPath("Networks/antofagasta-tp.yaml")) }
        return try Network.read(path: fixtures.appendingPathComponent("\(name).edges.csv").path,
                                options: ReadOptions(directed: directed, nodesPath: fixtures.appendingPathComponent("\(name).nodes.csv").path))
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= tolerance * max(1, abs(b)) }

    @Test("every per-actor and network metric matches", arguments: cases)
    func matches(_ testCase: Case) throws {
        let reference = try Self.fixture(testCase.name)
        let directed = reference["directed"] as! Bool
        let nodes = reference["nodes"] as! [String]
        let network = try Self.network(testCase.name, directed: directed)
        #expect(network.actors.map(\.id) == nodes)
        let graph = network.actorGraph().graph
        let metrics = NetworkMetrics(graph, options: MetricOptions(weighted: testCase.variant == "weighted"))
        let results = (reference["results"] as! [String: Any])[testCase.variant] as! [String: Any]

        // Per actor.
        let actor = results["actor"] as! [String: [String: Any]]
        var checked = Set<String>()
        for metric in metrics.actorMetrics {
            let expected = try #require(actor[metric.rawValue], "no reference for \(metric.rawValue)")
            checked.insert(metric.rawValue)
            for (v, id) in nodes.enumerated() {
                let value = MetricsJSON.value(metrics.column(metric), at: v)
                switch (expected[id], value) {
                case (is NSNull, .null): break
                case (let bool as Bool, .bool(let mine)) where metric == .articulationPoint:
                    #expect(mine == bool, "\(metric.rawValue)[\(id)]")
                case (let number as NSNumber, .int(let mine)):
                    #expect(Double(mine) == number.doubleValue, "\(metric.rawValue)[\(id)]")
                case (let number as NSNumber, .number(let mine)):
                    #expect(Self.close(mine, number.doubleValue), "\(metric.rawValue)[\(id)]: \(mine) vs \(number.doubleValue)")
                default:
                    Issue.record("\(metric.rawValue)[\(id)]: \(value) vs \(String(describing: expected[id]))")
                }
            }
        }
        #expect(checked == Set(actor.keys), "metrics not compared: \(Set(actor.keys).subtracting(checked))")

        // Network level.
        let expectedNetwork = results["network"] as! [String: Any]
        let mine = MetricsJSON.network(metrics) { nodes[$0] }
        for (key, expected) in expectedNetwork {
            let value = try #require(mine[key], "no value for network.\(key)")
            switch (expected, value) {
            case (is NSNull, .null): break
            case (let list as [Any], .array(let items)):
                let mineText = items.map { item -> String in
                    if case .string(let s) = item { return s }
                    if case .array(let pair) = item { return pair.map { if case .string(let s) = $0 { return s } else { return "?" } }.joined(separator: "|") }
                    return "?"
                }
                let expectedText = list.map { ($0 as? String) ?? (($0 as? [String])?.joined(separator: "|") ?? "?") }
                #expect(mineText == expectedText, "network.\(key)")
            case (let bool as Bool, .bool(let b)) where key == "directed":
                #expect(bool == b)
            case (let number as NSNumber, .int(let i)):
                #expect(Double(i) == number.doubleValue, "network.\(key)")
            case (let number as NSNumber, .number(let x)):
                #expect(Self.close(x, number.doubleValue), "network.\(key): \(x) vs \(number.doubleValue)")
            default:
                Issue.record("network.\(key): \(value) vs \(expected)")
            }
        }
    }

    @Test("results are bit-identical on one thread and on several", arguments: [false, true])
    func deterministic(weighted: Bool) throws {
        // A graph large enough for several chunks (unweighted: 64 sources per batch; PageRank: 20,000 nodes).
        var generator = SplitMix64(seed: 7)
        var builder = GraphBuilder(nodeCount: 20_001, directed: true)
        for u in 0..<20_001 {
            for _ in 0..<3 {
                let v = Int(generator.next() % 20_001)
                if v != u { builder.addEdge(u, v, weight: Double(1 + generator.next() % 5)) }
            }
        }
        let graph = builder.buildGraph()
        let options = MetricOptions(weighted: weighted, metrics: [.betweenness, .pagerank], sampleSize: 128)
        let one = Parallelism.withThreads(1) { (Parallelism.threads, NetworkMetrics(graph, options: options)) }
        let many = Parallelism.withThreads(4) { (Parallelism.threads, NetworkMetrics(graph, options: options)) }
        #expect(one.0 == 1 && many.0 == 4)
        #expect(one.1.betweenness == many.1.betweenness && one.1.pagerank == many.1.pagerank)
        let small = try Self.network("random-directed", directed: true).actorGraph().graph
        let exact = MetricOptions(weighted: weighted)
        let a = Parallelism.withThreads(1) { NetworkMetrics(small, options: exact) }
        let b = Parallelism.withThreads(3) { NetworkMetrics(small, options: exact) }
        #expect(a.betweenness == b.betweenness && a.closeness == b.closeness && a.harmonic == b.harmonic && a.pagerank == b.pagerank)
    }
}
