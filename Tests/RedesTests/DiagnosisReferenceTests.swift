import Foundation
import Testing
@testable import Redes

/// Fragmentation, structural holes, brokerage, cohesion and key players against the values written by
/// `Scripts/reference/diagnosis_fixtures.py` (NetworkX, R sna, igraph, scikit-learn, or hand formulas stated there).
@Suite("Diagnosis agrees with NetworkX, R sna and the hand formulas")
struct DiagnosisReferenceTests {
    static let directory = repositoryRoot.appendingPathComponent("Tests/RedesTests/Fixtures/diagnosis")
    static let graphs = ["karate", "florentine", "davis", "random-undirected", "random-directed", "star", "path5", "antofagasta"]

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String, variant: String
        var testDescription: String { "\(name) (\(variant))" }
    }

    static var cases: [Case] {
        graphs.flatMap { name in
            ((try! fixture(name))["results"] as! [String: Any]).keys.sorted().map { Case(name: name, variant: $0) }
        }
    }

    static func fixture(_ name: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("\(name).json"))) as! [String: Any]
    }

    /// The graph and the group of each node, as Redes reads them.
    static func load(_ name: String, reference: [String: Any]) throws -> (Graph, [String]?) {
        let directed = reference["directed"] as! Bool
        let network = try ReferenceMetricsTests.network(name, directed: directed)
        let graph = network.actorGraph().graph
        guard let groupOf = reference["group_of"] as? [String: String] else { return (graph, nil) }
        return (graph, network.actors.map { groupOf[$0.id]! })
    }

    static func close(_ a: Double?, _ b: Any?, _ what: String) {
        switch (a, b) {
        case (nil, is NSNull), (nil, nil): return
        case (let x?, let y as NSNumber):
            #expect(abs(x - y.doubleValue) <= 1e-9 * max(1, abs(y.doubleValue)), "\(what): \(x) vs \(y.doubleValue)")
        default:
            Issue.record("\(what): \(String(describing: a)) vs \(String(describing: b))")
        }
    }

    @Test("fragmentation, structural holes, brokerage and cohesion", arguments: cases)
    func matches(_ testCase: Case) throws {
        let reference = try Self.fixture(testCase.name)
        let nodes = reference["nodes"] as! [String]
        let results = (reference["results"] as! [String: Any])[testCase.variant] as! [String: Any]
        let weighted = testCase.variant == "weighted"
        let (graph, groups) = try Self.load(testCase.name, reference: reference)

        let fragmentation = Fragmentation(graph, weighted: weighted)
        Self.close(fragmentation.fragmentation, results["fragmentation"], "F")
        Self.close(fragmentation.distanceFragmentation, results["distance_fragmentation"], "DF")
        let removed = graph.fragmentationIfRemoved()
        let removedDF = graph.distanceFragmentationIfRemoved(weighted: weighted)
        let holes = StructuralHoles(graph, weighted: weighted)
        // NetworkX 3.6.1 returns NaN effective size for directed actors with in-arcs only; the fixture takes Burt's
        // formula for their effective size but leaves their efficiency null. Their efficiency is effective size
        // divided by the number of contacts, computed here from the fixture's effective size.
        let nanInNetworkX = Set((((reference["cross_check"] as? [String: Any])?[testCase.variant] as? [String: Any])?["effective_size_networkx_nan_in_arcs_only"] as? [String]) ?? [])
        for (v, id) in nodes.enumerated() {
            func expected(_ key: String) -> Any? {
                if key == "efficiency" && nanInNetworkX.contains(id),
                   let size = (results["effective_size"] as! [String: Any])[id] as? NSNumber {
                    let contacts = Set(graph.successors(of: v)).union(graph.predecessors(of: v)).count
                    return NSNumber(value: size.doubleValue / Double(contacts))
                }
                return (results[key] as! [String: Any])[id]
            }
            Self.close(removed[v], expected("fragmentation_if_removed"), "F without \(id)")
            Self.close(removedDF[v], expected("distance_fragmentation_if_removed"), "DF without \(id)")
            Self.close(holes.constraint[v], expected("constraint"), "constraint[\(id)]")
            Self.close(holes.effectiveSize[v], expected("effective_size"), "effective size[\(id)]")
            Self.close(holes.efficiency[v], expected("efficiency"), "efficiency[\(id)]")
            Self.close(holes.hierarchy[v], expected("hierarchy"), "hierarchy[\(id)]")
        }

        guard let groups else { return }
        let brokerage = Brokerage(graph, groupOfNode: groups)
        for (v, id) in nodes.enumerated() {
            for (k, column) in brokerage.counts[v].columns.enumerated() {
                let key = column.key
                let raw = ((results["brokerage"] as! [String: [String: Any]])[id]!)[key]
                Self.close(column.value, raw, "brokerage \(key)[\(id)]")
                Self.close(brokerage.expected[v].columns[k].value, ((results["brokerage_expected"] as! [String: [String: Any]])[id]!)[key], "expected \(key)[\(id)]")
                Self.close(brokerage.z[v].columns[k].value, ((results["brokerage_z"] as! [String: [String: Any]])[id]!)[key], "z \(key)[\(id)]")
            }
        }
        let network = results["brokerage_network"] as! [String: [String: Any]]
        for (k, column) in brokerage.totals.columns.enumerated() {
            let key = column.key
            Self.close(column.value, network["raw"]![key], "network raw \(key)")
            Self.close(brokerage.expectedTotals.columns[k].value, network["expected"]![key], "network expected \(key)")
            Self.close(brokerage.zTotals.columns[k].value, network["z"]![key], "network z \(key)")
        }

        let partition = Partition(labels: groups)
        let cohesion = GroupCohesion(graph, partition: partition, weighted: weighted)
        Self.close(cohesion.eiIndex, results["ei_index"], "E-I")
        let eiGroups = results["ei_group"] as! [String: Any]
        for (g, label) in partition.labels.enumerated() { Self.close(cohesion.groupEI[g], eiGroups[label], "E-I of \(label)") }
        for (v, id) in nodes.enumerated() { Self.close(cohesion.actorEI[v], (results["ei_actor"] as! [String: Any])[id], "E-I[\(id)]") }
        if let range = results["ei_range_given_ties"] as? [String: Any] {
            Self.close(cohesion.eiRange?.min, range["min"], "E-I min")
            Self.close(cohesion.eiRange?.max, range["max"], "E-I max")
        }
        Self.close(cohesion.modularity, results["bloc_modularity"], "bloc modularity")
        // Mixing: the fixture follows nx.attribute_mixing_dict (undirected ties counted both ways, so within-group
        // cells are doubled); Redes counts each tie once.
        let mixing = results["mixing_ties"] as! [String: [String: Int]]
        let density = results["mixing_density"] as! [String: [String: Any]]
        for (a, first) in partition.labels.enumerated() {
            for (b, second) in partition.labels.enumerated() {
                let theirs = mixing[first]![second]!
                let expected = !graph.isDirected && a == b ? theirs / 2 : theirs
                #expect(cohesion.mixing[a][b] == expected, "mixing \(first)/\(second)")
                Self.close(cohesion.mixingDensity[a][b], density[first]![second], "density \(first)/\(second)")
            }
        }
        // Louvain: labels differ across implementations; compare the modularity reached (undirected graphs).
        if !graph.isDirected, let theirs = results["louvain_modularity"] as? Double {
            let louvain = LouvainCommunities(graph, weighted: weighted, seed: 42)
            #expect(louvain.modularity >= theirs - 0.02, "Louvain modularity \(louvain.modularity) vs NetworkX \(theirs)")
        }
        // NMI and ARI on fixed partitions, and between the groups and NetworkX's Louvain labels.
        for pair in results["nmi_ari_cases"] as! [[String: Any]] {
            let a = pair["a"] as! [Int], b = pair["b"] as! [Int]
            Self.close(PartitionAgreement.normalizedMutualInformation(a, b), pair["nmi"], "NMI \(a) \(b)")
            Self.close(PartitionAgreement.adjustedRandIndex(a, b), pair["ari"], "ARI \(a) \(b)")
        }
        if let labels = results["louvain_labels"] as? [String: Int] {
            let theirs = nodes.map { labels[$0]! }
            Self.close(PartitionAgreement.normalizedMutualInformation(partition.groupOfNode, theirs), results["nmi_group_louvain"], "NMI groups/Louvain")
            Self.close(PartitionAgreement.adjustedRandIndex(partition.groupOfNode, theirs), results["ari_group_louvain"], "ARI groups/Louvain")
        }
    }

    @Test("key players are the brute-force optimum", arguments: ["karate", "florentine", "star", "path5"])
    func keyPlayers(_ name: String) throws {
        let reference = try Self.fixture(name)
        let nodes = reference["nodes"] as! [String]
        let results = (reference["results"] as! [String: Any])["unweighted"] as! [String: Any]
        let (graph, _) = try Self.load(name, reference: reference)
        let objectives: [(String, KeyPlayerSearch.Objective)] = [
            ("keyplayer_negative_F", .fragmentation), ("keyplayer_negative_DF", .distanceFragmentation),
            ("keyplayer_positive_reach", .reach), ("keyplayer_positive_mreach", .stepReach),
        ]
        for (key, objective) in objectives {
            guard let bySize = results[key] as? [String: [String: Any]] else { continue }
            for (size, expected) in bySize {
                let search = KeyPlayerSearch(graph, size: Int(size)!, objective: objective, steps: 2)
                #expect(search.method.isExhaustive)
                #expect(search.members.map { nodes[$0] } == expected["set"] as! [String], "\(key) k=\(size)")
                Self.close(search.score, expected["score"], "\(key) k=\(size) score")
            }
        }
    }

    @Test("the heuristic search is reproducible for a seed and reports its method")
    func heuristic() throws {
        var builder = GraphBuilder(nodeCount: 400, directed: false)
        var generator = SplitMix64(seed: 7)
        for v in 1..<400 { builder.addEdge(v, Int(generator.next() % UInt64(v))) }
        let graph = builder.buildGraph()
        let a = KeyPlayerSearch(graph, size: 3, objective: .fragmentation, seed: 3, restarts: 2)
        let b = KeyPlayerSearch(graph, size: 3, objective: .fragmentation, seed: 3, restarts: 2)
        #expect(a.method == .greedySwap(seed: 3, restarts: 2))
        #expect(a.members == b.members && a.score == b.score)
    }

    @Test("a star loses everything when its centre leaves; F by hand")
    func starByHand() throws {
        // Star with centre 0 and 6 leaves: removing the centre leaves 6 isolates, F = 1 on the 6 remaining nodes.
        var builder = GraphBuilder(nodeCount: 7, directed: false)
        for leaf in 1...6 { builder.addEdge(0, leaf) }
        let graph = builder.buildGraph()
        #expect(graph.fragmentationIfRemoved()[0] == 1)
        // Removing a leaf leaves a star of 6: still connected, F = 0.
        #expect(graph.fragmentationIfRemoved()[1] == 0)
        // DF of the star: 6·2 ordered pairs at distance 1 and 30 at distance 2: 1 − (12 + 15)/42.
        #expect(abs(Fragmentation(graph).distanceFragmentation - (1 - 27.0 / 42.0)) < 1e-15)
    }
}
