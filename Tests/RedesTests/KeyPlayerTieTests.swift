import Foundation
import Testing
@testable import Redes

/// Key-player sets that tie: the search counts them (never re-running itself), and shows the first in file order.
@Suite("Key-player ties")
struct KeyPlayerTieTests {
    @Test("on a 6-cycle, the three pairs of opposite actors tie at F = 2/3; the first in file order is shown")
    func cycle() {
        // C6 without two opposite nodes is two paths of 2: F = 1 − (2·1 + 2·1)/(4·3) = 2/3; without two nodes at
        // distance 2 it is a path of 3 and an isolate: 1 − 6/12 = 1/2; without two neighbours, a path of 4: 0.
        // The opposite pairs are {0, 3}, {1, 4} and {2, 5}.
        var builder = GraphBuilder(nodeCount: 6, directed: false)
        for v in 0..<6 { builder.addEdge(v, (v + 1) % 6) }
        let search = KeyPlayerSearch(builder.buildGraph(), size: 2, objective: .fragmentation)
        #expect(abs(search.score - 2.0 / 3.0) < 1e-12)
        #expect(search.tiedSets == 3)
        #expect(search.members == [0, 3])
        // One removed node leaves a path of 5 whichever it is: all six tie at F = 0.
        #expect(KeyPlayerSearch(builder.buildGraph(), size: 1, objective: .fragmentation).tiedSets == 6)
    }

    @Test("tie counts and the first tied set equal NetworkX's brute force", arguments: ["karate", "florentine", "antofagasta", "random-undirected"])
    func reference(_ name: String) throws {
        let fixture = try JSONSerialization.jsonObject(with: Data(contentsOf: DecisionTests.directory
            .appendingPathComponent("keyplayer-ties.json"))) as! [String: [String: [String: Any]]]
        let graph = try DecisionTests.graph(name)
        for (key, expected) in try #require(fixture[name]) {
            let objective: KeyPlayerSearch.Objective = key.hasPrefix("DF") ? .distanceFragmentation : .fragmentation
            let k = Int(key.split(separator: "k").last!)!
            let search = KeyPlayerSearch(graph, size: k, objective: objective)
            #expect(search.method.isExhaustive)
            #expect(abs(search.score - (expected["best"] as! Double)) < 1e-12, "\(name) \(key)")
            #expect(search.tiedSets == expected["tied_sets"] as! Int, "\(name) \(key)")
            #expect(search.members == expected["first"] as! [Int], "\(name) \(key)")
        }
    }
}
