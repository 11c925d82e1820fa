import Foundation
import Testing
@testable import Redes

/// `NetworkComparison` against NetworkX (Scripts/reference/compare_fixtures.py: two seeded mappings, what changed
/// computed directly on the graphs), and by hand on small networks.
@Suite("Comparing two mappings")
struct ComparisonTests {
    static let directory = repositoryRoot.appendingPathComponent("Tests/RedesTests/Fixtures/compare")

    static func mapping(_ name: String, _ side: String, directed: Bool) throws -> Network {
        let stem = directory.appendingPathComponent("\(name)-\(side)").path
        return try Network.read(path: stem + ".edges.csv", options: ReadOptions(directed: directed, nodesPath: stem + ".nodes.csv"))
    }

    @Test("gained, lost, kept, Jaccard, Hamming, bloc pairs, weight changes, degree and betweenness as NetworkX computes them",
          arguments: ["undirected", "directed"])
    func againstNetworkX(_ name: String) throws {
        let reference = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.directory.appendingPathComponent("\(name).json"))) as! [String: Any]
        let directed = reference["directed"] as! Bool
        let comparison = NetworkComparison(try Self.mapping(name, "a", directed: directed), try Self.mapping(name, "b", directed: directed))
        let actors = reference["actors"] as! [String: [String]]
        #expect(comparison.actors.entered.sorted() == actors["entered"])
        #expect(comparison.actors.left.sorted() == actors["left"])
        #expect(comparison.actors.stayed.sorted() == actors["stayed"])
        let links = reference["links"] as! [String: Int]
        #expect(comparison.links.counts == LinkCounts(gained: links["gained"]!, lost: links["lost"]!, kept: links["kept"]!))
        let stability = reference["stability"] as! [String: Any]
        #expect(comparison.stability.commonActors == stability["common_actors"] as! Int)
        #expect(comparison.stability.kept == stability["kept"] as! Int)
        #expect(comparison.stability.gained == stability["gained"] as! Int)
        #expect(comparison.stability.lost == stability["lost"] as! Int)
        #expect(comparison.stability.hamming == stability["hamming"] as! Int)
        #expect(abs(try #require(comparison.stability.jaccard) - (stability["jaccard"] as! Double)) < 1e-15)
        // An edge list's ties are its edges: matched on ends (and the one kind), they count as the links do.
        #expect(comparison.ties.gained.count == links["gained"]! && comparison.ties.lost.count == links["lost"]!)
        let pairs = reference["by_bloc_pair"] as! [String: [String: Int]]
        #expect(comparison.links.byGroupPair.count == pairs.count)
        for row in comparison.links.byGroupPair {
            let expected = try #require(pairs[[row.first, row.second].sorted().joined(separator: "|")])
            #expect(row.counts == LinkCounts(gained: expected["gained"]!, lost: expected["lost"]!, kept: expected["kept"]!), "\(row.first)–\(row.second)")
        }
        let weights = (reference["weight_changes"] as! [[Any]]).map { "\($0[0])-\($0[1]):\($0[2] as! Double)→\($0[3] as! Double)" }
        #expect(comparison.ties.weightChanges.map { "\($0.key.source)-\($0.key.target):\($0.before)→\($0.after)" }.sorted() == weights.sorted())
        let degreeA = reference["degree_a"] as! [String: Any], degreeB = reference["degree_b"] as! [String: Any]
        let betweennessA = reference["betweenness_a"] as! [String: Double], betweennessB = reference["betweenness_b"] as! [String: Double]
        #expect(comparison.actorChanges.count == degreeA.count)
        for change in comparison.actorChanges {
            let degree = change.change(of: .degree)
            #expect(degree.before == (degreeA[change.id] as? Int).map(Double.init), "\(change.id) degree before")
            #expect(degree.after == (degreeB[change.id] as? Int).map(Double.init), "\(change.id) degree after")
            if let expected = (reference["degree_delta"] as! [String: Int])[change.id] {
                #expect(degree.delta == Double(expected), "\(change.id) degree delta")
                let betweenness = change.change(of: .betweenness)
                #expect(abs((betweenness.before ?? .nan) - betweennessA[change.id]!) < 1e-12, "\(change.id) betweenness before")
                #expect(abs((betweenness.after ?? .nan) - betweennessB[change.id]!) < 1e-12, "\(change.id) betweenness after")
            } else {
                #expect(degree.delta == nil)
            }
        }
    }

    /// a–b–c in a mesa {a, b, c}, and a direct tie c–d (illustrative), then: d leaves, e enters, the mesa loses c,
    /// a new tie b–e, the tie a–b documented.
    static let first = Network(name: "1", blocs: [Bloc(id: "p"), Bloc(id: "q")], actors: [
        Actor(id: "a", bloc: "p"), Actor(id: "b", bloc: "p"), Actor(id: "c", bloc: "q"), Actor(id: "d", bloc: "q"),
    ], arrangements: [
        Arrangement(id: "m", kind: .workingTable, members: ["a", "b", "c"], evidence: .illustrative(reason: "r")),
    ], ties: [
        Tie(source: "c", target: "d", kind: "collaboration", evidence: .illustrative(reason: "r")),
        Tie(source: "a", target: "b", kind: "funding", weight: 1, evidence: .illustrative(reason: "r")),
    ])
    static let second = Network(name: "2", sources: [SourceDocument(id: "s", title: "S")], blocs: [Bloc(id: "p"), Bloc(id: "q")], actors: [
        Actor(id: "a", bloc: "p"), Actor(id: "b", bloc: "p"), Actor(id: "c", bloc: "q"), Actor(id: "e", bloc: "q"),
    ], arrangements: [
        Arrangement(id: "m", kind: .workingTable, members: ["a", "b"], evidence: .illustrative(reason: "r")),
        Arrangement(id: "k", kind: .agreement, members: ["c", "e"], evidence: .illustrative(reason: "r")),
    ], ties: [
        Tie(source: "b", target: "a", kind: "funding", weight: 2, evidence: Evidence(status: .documented, source: "s")),
        Tie(source: "b", target: "e", kind: "collaboration", evidence: .illustrative(reason: "r")),
    ])

    @Test("a small change counted by hand: links, kinds, bloc pairs, ties, arrangements and evidence")
    func byHand() {
        let c = NetworkComparison(Self.first, Self.second)
        #expect(c.actors.entered == ["e"] && c.actors.left == ["d"] && c.actors.stayed == ["a", "b", "c"])
        // Links before: a–b, a–c, b–c (mesa), c–d (tie). After: a–b (mesa, tie), c–e (convenio), b–e (tie).
        #expect(c.links.gained == [ActorPair(first: "b", second: "e"), ActorPair(first: "c", second: "e")])
        #expect(c.links.lost == [ActorPair(first: "a", second: "c"), ActorPair(first: "b", second: "c"), ActorPair(first: "c", second: "d")])
        #expect(c.links.kept == 1)
        // Among a, b, c: kept a–b; lost a–c, b–c; gained none → Jaccard 1/3, Hamming 2.
        #expect(c.stability.kept == 1 && c.stability.gained == 0 && c.stability.lost == 2 && c.stability.hamming == 2)
        #expect(c.stability.jaccard == 1.0 / 3)
        let kinds = Dictionary(uniqueKeysWithValues: c.links.byKind.map { ($0.kind, $0.counts) })
        #expect(kinds[.arrangement(.workingTable)] == LinkCounts(gained: 0, lost: 2, kept: 1))
        #expect(kinds[.arrangement(.agreement)] == LinkCounts(gained: 1, lost: 0, kept: 0))
        #expect(kinds[.tie("collaboration")] == LinkCounts(gained: 1, lost: 1, kept: 0))
        #expect(kinds[.tie("funding")] == LinkCounts(gained: 0, lost: 0, kept: 1))
        #expect(c.links.byKind.map(\.kind) == [.arrangement(.agreement), .arrangement(.workingTable), .tie("collaboration"), .tie("funding")])
        let groups = c.links.byGroupPair.map { "\($0.first)-\($0.second) \($0.counts.gained)/\($0.counts.lost)/\($0.counts.kept)" }
        #expect(groups == ["p-p 0/0/1", "p-q 1/2/0", "q-q 1/1/0"])
        // The funding tie is matched with its ends in the other order; its weight went from 1 to 2.
        #expect(c.ties.kept == 1 && c.ties.gained.map(\.key) == [TieKey(source: "b", target: "e", kind: "collaboration")])
        #expect(c.ties.lost.map(\.key) == [TieKey(source: "c", target: "d", kind: "collaboration")])
        #expect(c.ties.weightChanges == [TieChanges.WeightChange(key: TieKey(source: "a", target: "b", kind: "funding"), before: 1, after: 2)])
        #expect(c.arrangements.created == ["k"] && c.arrangements.ended.isEmpty && c.arrangements.kept == 1)
        #expect(c.arrangements.membershipChanges == [ArrangementChanges.MembershipChange(id: "m", joined: [], left: ["c"])])
        #expect(c.evidence == [EvidenceChange(element: .tie, id: "a–b (funding)", before: .illustrative, after: .documented)])
        // Degrees: a 2 → 1, b 2 → 2, c 3 → 1; d 1 → absent; e absent → 2.
        #expect(c.actorChanges.map(\.id) == ["a", "b", "c", "d", "e"])
        #expect(c.actorChanges.map { $0.change(of: .degree).delta } == [-1, 0, -2, nil, nil])
        #expect(c.movers(by: .degree, top: 5).map(\.id) == ["c", "a"])
        // One component before and after (b–e joins c–e to a–b); modularity read from the analysis.
        #expect(c.change(of: .components).before == 1 && c.change(of: .components).after == 1)
        #expect(c.change(of: .modularity).after == c.after.cohesion?.modularity)
    }

    @Test("identical mappings: nothing gained or lost, Jaccard 1, Hamming 0")
    func identical() {
        let c = NetworkComparison(Self.first, Self.first)
        #expect(c.links.counts == LinkCounts(gained: 0, lost: 0, kept: 4))
        #expect(c.stability.jaccard == 1 && c.stability.hamming == 0)
        #expect(c.ties.weightChanges.isEmpty && c.evidence.isEmpty && c.arrangements.membershipChanges.isEmpty)
        #expect(c.movers(by: .betweenness, top: 3).isEmpty)
    }
}

