import Testing
@testable import Redes

/// A small network built in code: a mesa of three, a convenio of two that overlaps it, a direct tie, an isolate.
private func sampleNetwork(directed: Bool = false) -> Network {
    Network(
        name: "Sample", directed: directed,
        sources: [SourceDocument(id: "s", title: "Slides")],
        blocs: [Bloc(id: "pub", name: "Público"), Bloc(id: "ies", name: "IES")],
        actors: [
            Actor(id: "a", name: "A", bloc: "pub"), Actor(id: "b", name: "B", bloc: "pub"),
            Actor(id: "c", name: "Código Futuro", bloc: "ies"), Actor(id: "d", name: "D", bloc: "ies"),
            Actor(id: "e", name: "E", bloc: "ies"),
        ],
        arrangements: [
            Arrangement(id: "mesa", kind: .workingTable, members: ["a", "b", "c"], evidence: .documented(source: "s")),
            Arrangement(id: "conv", kind: .agreement, members: ["b", "c"], weight: 2, evidence: .illustrative(reason: "assumed")),
        ],
        ties: [Tie(source: "c", target: "d", kind: "funding", weight: 3, evidence: .documented(source: "s"))],
        scenarios: [
            Scenario(id: "committee",
                     addActors: [Actor(id: "f", name: "F", bloc: "pub")],
                     addArrangements: [Arrangement(id: "comite", kind: .committee, members: ["a", "e", "f"],
                                                   evidence: .proposed(reason: "recommended"))],
                     removeArrangements: ["conv"],
                     join: [MembershipChange(arrangement: "mesa", members: ["d"])]),
        ]
    )
}

@Suite("The network model")
struct NetworkModelTests {
    @Test("a consistent network has no validation issues")
    func consistentNetwork() {
        #expect(sampleNetwork().validationIssues().isEmpty)
    }

    @Test("the projection joins co-members and sums channel strengths")
    func projectionWeights() throws {
        let projection = sampleNetwork().actorGraph()
        let graph = projection.graph
        // Pairs: a-b (mesa), a-c (mesa), b-c (mesa + conv), c-d (tie). By hand: 4 edges.
        #expect(graph.edgeCount == 4)
        let bc = try #require(graph.edge(from: 1, to: 2))
        #expect(graph.edgeWeights[bc] == 1 + 2)
        #expect(Array(projection.channels(ofEdge: bc)) == [.arrangement(0), .arrangement(1)])
        let cd = try #require(graph.edge(from: 3, to: 2))
        #expect(graph.edgeWeights[cd] == 3)
        #expect(projection.label(of: projection.channels(ofEdge: cd).first!) == "tie:funding")
        #expect(graph.degree(of: 4) == 0)
        #expect(graph.isolates == [4])
    }

    @Test("adjacency lists are sorted and symmetric in an undirected graph")
    func adjacency() {
        let graph = sampleNetwork().actorGraph().graph
        #expect(Array(graph.successors(of: 2)) == [0, 1, 3])
        #expect(Array(graph.predecessors(of: 2)) == [0, 1, 3])
        #expect(graph.degree(of: 2) == 3)
    }

    @Test("in a directed network, directed ties are arcs and co-memberships run both ways")
    func directedProjection() throws {
        let graph = sampleNetwork(directed: true).actorGraph().graph
        // a↔b, a↔c, b↔c as arc pairs (6 arcs) plus the arc c→d.
        #expect(graph.edgeCount == 7)
        #expect(graph.edge(from: 2, to: 3) != nil)
        #expect(graph.edge(from: 3, to: 2) == nil)
        #expect(graph.outDegree(of: 2) == 3 && graph.inDegree(of: 2) == 2)
        #expect(graph.degree(of: 2) == 5)
    }

    @Test("density and components follow their definitions")
    func densityAndComponents() {
        let graph = sampleNetwork().actorGraph().graph
        // 4 edges among C(5,2) = 10 pairs.
        #expect(graph.density == 0.4)
        let components = Components(graph)
        #expect(components.sizes == [4, 1])
        #expect(components.componentOfNode == [0, 0, 0, 0, 1])
    }

    @Test("components are numbered by decreasing size, then by first node")
    func componentOrder() {
        var builder = GraphBuilder(nodeCount: 7, directed: false)
        builder.addEdge(0, 1)          // size 2, first node 0
        builder.addEdge(2, 3); builder.addEdge(3, 4)   // size 3
        builder.addEdge(5, 6)          // size 2, first node 5
        let components = Components(builder.buildGraph())
        #expect(components.members == [[2, 3, 4], [0, 1], [5, 6]])
    }

    @Test("the graph builder merges repeated edges and drops self-loops")
    func builderMerges() {
        var builder = GraphBuilder(nodeCount: 3, directed: false)
        builder.addEdge(2, 0, weight: 1.5)
        builder.addEdge(0, 2, weight: 2)
        builder.addEdge(1, 1)
        let (graph, inputs) = builder.build()
        #expect(graph.edgeCount == 1)
        #expect(graph.edgeSources == [0] && graph.edgeTargets == [2])
        #expect(graph.edgeWeights == [3.5])
        #expect(Array(inputs[0]) == [0, 1])
    }

    @Test("the two-mode view lists memberships both ways")
    func affiliations() {
        let view = sampleNetwork().affiliations()
        #expect(view.membersOfArrangement == [[0, 1, 2], [1, 2]])
        #expect(view.arrangementsOfActor == [[0], [0, 1], [0, 1], [], []])
        #expect(view.membershipCount == 5)
        #expect(view.incidenceMatrix()[2] == [1, 1])
    }

    @Test("a scenario removes, adds and enrols in order")
    func scenario() throws {
        let after = try sampleNetwork().applying(scenarioNamed: "committee")
        #expect(after.actors.map(\.id) == ["a", "b", "c", "d", "e", "f"])
        #expect(after.arrangements.map(\.id) == ["mesa", "comite"])
        #expect(after.arrangement("mesa")?.members == ["a", "b", "c", "d"])
        #expect(after.scenarios.isEmpty)
        let graph = after.actorGraph().graph
        // mesa: C(4,2) = 6 pairs; comite a-e, a-f, e-f: 3; tie c-d is already a mesa pair.
        #expect(graph.edgeCount == 9)
        #expect(Components(graph).count == 1)
    }

    @Test("removing an actor drops its ties and memberships")
    func removeActorCascades() throws {
        var network = sampleNetwork()
        network.scenarios = [Scenario(id: "no-c", removeActors: ["c"])]
        let after = try network.applying(scenarioNamed: "no-c")
        #expect(after.ties.isEmpty)
        #expect(after.arrangements.map(\.members) == [["a", "b"], ["b"]])
    }

    @Test("a scenario naming a missing element is an error that names both")
    func scenarioMissingElement() {
        var network = sampleNetwork()
        network.scenarios = [Scenario(id: "bad", join: [MembershipChange(arrangement: "mesa", members: ["zz"])])]
        #expect(throws: ValidationIssue(path: ["scenarios", .index(0), "join", .index(0), "members", .index(0)],
                                        problem: .scenarioMissing(scenario: "bad", element: .actor, id: "zz", suggestion: nil))) {
            try network.applying(scenarioNamed: "bad")
        }
    }

    @Test("validation reports unknown actors with a suggestion, and bad weights")
    func validation() {
        var network = sampleNetwork()
        network.ties.append(Tie(source: "a", target: "cc", kind: "x", evidence: .documented(source: "s")))
        network.ties.append(Tie(source: "a", target: "b", kind: "x", weight: 0, evidence: .documented(source: "s")))
        let issues = network.validationIssues()
        #expect(issues.map(\.path.description) == ["ties[1].target", "ties[2].weight"])
        #expect(issues[0].problem == .unknownActor(id: "cc", role: .tieEnd("target"), suggestion: "c"))
    }

    @Test("evidence must be complete for its status")
    func evidenceRequirements() {
        #expect(Evidence(status: .documented).missingRequirement != nil)
        #expect(Evidence(status: .illustrative).missingRequirement != nil)
        #expect(Evidence(status: .proposed, reason: "r").missingRequirement == nil)
        #expect(Evidence.documented(source: "s").missingRequirement == nil)
    }

    @Test("likely typos get a suggestion; unrelated names do not")
    func suggestions() {
        #expect(closestMatch(to: "secreduk", in: ["secreduc", "sence"]) == "secreduc")
        #expect(closestMatch(to: "gore", in: ["secreduc", "sence"]) == nil)
    }
}
