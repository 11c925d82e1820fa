import Testing
@testable import Redes

@Suite("Reading the native YAML format")
struct YAMLReaderTests {
    @Test("the bundled Antofagasta network loads, with its blocs, statuses and evidence")
    func bundledNetwork() throws {
        let network = try Network.read(path: repositoryPath("Networks/antofagasta-tp.yaml"))
        #expect(network.actors.count >= 25 && network.actors.count <= 45)
        let expectedBlocs = ["secreduc": "publico", "ceduc-ucn": "ies", "impulsa-40": "programas",
                             "codigo-futuro": "programas", "eureka": "programas"]
        for (id, bloc) in expectedBlocs {
            #expect(network.actor(id)?.bloc == bloc, "actor \(id)")
        }
        #expect(network.actor("codigo-futuro")?.name == "Código Futuro")
        #expect(network.actors.contains { $0.territories.contains("María Elena") })
        for arrangement in network.arrangements {
            #expect(arrangement.evidence.missingRequirement == nil, "arrangement \(arrangement.id)")
        }
        for tie in network.ties { #expect(tie.evidence.missingRequirement == nil) }
        for id in ["comite-regional-tp", "convenios-trianuales", "escalamiento-territorial"] {
            let after = try network.applying(scenarioNamed: id)
            #expect(after.arrangements.count + after.ties.count >= network.arrangements.count + network.ties.count, "\(id)")
        }
        // Every documented element cites the slides and quotes them.
        let documented = network.arrangements.map(\.evidence).filter { $0.status == .documented }
        #expect(!documented.isEmpty && documented.allSatisfy { $0.source == "comite-2025" && $0.quote != nil })
    }

    @Test("all fields of the format are read")
    func fullExample() throws {
        let text = yamlNetwork(body: """
            directed: true
            arrangements:
              - id: mesa
                name: Mesa de Empleabilidad
                kind: mesa
                members: [a, b, c]
                lead: a
                period: {start: 2024, end: "2026"}
                territories: [Calama]
                weight: 0.5
                description: Una mesa
                evidence: {status: documented, source: s1, quote: "Hay muchas mesas"}
            ties:
              - {source: a, target: b, kind: funding, weight: 2, evidence: {status: illustrative, reason: supuesto}}
              - {source: b, target: c, kind: agreement, directed: false, evidence: {status: proposed, source: s1}}
            scenarios:
              - id: s
                name: Escenario
                remove: {ties: [{source: a, target: b, kind: funding}]}
                leave: [{arrangement: mesa, members: [c]}]
            """)
        let network = try YAMLNetworkReader.read(text: text)
        #expect(network.isDirected)
        let mesa = try #require(network.arrangement("mesa"))
        #expect(mesa.kind == .workingTable && mesa.lead == "a" && mesa.weight == 0.5)
        #expect(mesa.period == Period(start: "2024", end: "2026"))
        #expect(mesa.evidence == .documented(source: "s1", quote: "Hay muchas mesas"))
        #expect(network.ties[0].evidence == .illustrative(reason: "supuesto"))
        #expect(network.ties[1].directed == false)
        #expect(network.actor("c")?.name == "Código")
        let graph = network.actorGraph().graph
        // Mesa: 3 pairs both ways (6 arcs); funding a→b merges with the mesa's a→b; agreement b↔c merges too.
        #expect(graph.edgeCount == 6)
        let after = try network.applying(scenarioNamed: "s")
        #expect(after.ties.count == 1 && after.arrangement("mesa")?.members == ["a", "b"])
    }

    // MARK: Bad input: each case checks the whole message, with file, line, column and fix.

    private func error(_ text: String) -> String? {
        loadError { () throws(LoadError) in try YAMLNetworkReader.read(text: text, file: "net.yaml") }?.description
    }

    @Test("an empty file")
    func emptyFile() {
        #expect(error("  \n") == "net.yaml:1: error: the file is empty\n  fix: write a network into it (see docs/file-format.md), or pass another file")
    }

    @Test("a YAML syntax error points at its line")
    func syntaxError() {
        #expect(error("redes: 1\nname: [unclosed\nactors: []\n") == "net.yaml:3:7: error: not valid YAML: while parsing a flow sequence (from line 2): did not find expected ',' or ']'\n  fix: fix the YAML at the place shown (indentation, an unclosed quote or bracket)")
    }

    @Test("an unsupported version")
    func version() {
        #expect(error("redes: 2\nname: x\nactors: []\n") == "net.yaml:1:8: error: unsupported format version `redes: 2` (redes)\n  fix: write `redes: 1` at the top of the file")
    }

    @Test("a missing required key")
    func missingName() {
        #expect(error(yamlNetwork(actors: "  - {id: a}")) == "net.yaml:9:5: error: actor 'a' has no `name` (actors[0])\n  fix: add `name: …`")
    }

    @Test("an unknown key gets a suggestion")
    func unknownKey() {
        let text = yamlNetwork(body: "arrangements:\n  - {id: m, name: M, kind: mesa, memebers: [a, b], evidence: {status: illustrative, reason: r}}")
        #expect(error(text) == "net.yaml:13:34: error: unknown key `memebers` in an arrangement (arrangements[0])\n  fix: did you mean `members`? allowed keys: id, name, kind, members, lead, period, territories, weight, description, evidence")
    }

    @Test("an unknown actor in an arrangement, with a suggestion")
    func unknownMember() {
        let text = yamlNetwork(body: "arrangements:\n  - {id: m, name: M, kind: mesa, members: [a, bb], evidence: {status: illustrative, reason: r}}")
        #expect(error(text) == "net.yaml:13:47: error: arrangement 'm' lists member 'bb', which is not an actor of the network (arrangements[0].members[1])\n  fix: did you mean 'b'? Otherwise add an actor with id 'bb' under `actors:` (or to the nodes file)")
    }

    @Test("a duplicate actor id")
    func duplicateActor() {
        let text = yamlNetwork(actors: "  - {id: a, name: A}\n  - {id: a, name: A2}")
        #expect(error(text) == "net.yaml:10:10: error: duplicate actor id 'a' (actors[1].id)\n  fix: give each actor its own id, or merge the two entries")
    }

    @Test("a weight that is not a positive number")
    func badWeight() {
        let zero = yamlNetwork(body: "ties:\n  - {source: a, target: b, kind: k, weight: 0, evidence: {status: illustrative, reason: r}}")
        #expect(error(zero) == "net.yaml:13:45: error: weight '0' is not a positive number (ties[0].weight)\n  fix: give a tie strength greater than 0 (e.g. 1, 2.5), or leave the weight out for 1")
        let text = yamlNetwork(body: "ties:\n  - {source: a, target: b, kind: k, weight: fuerte, evidence: {status: illustrative, reason: r}}")
        #expect(error(text) == "net.yaml:13:45: error: weight 'fuerte' is not a positive number (ties[0].weight)\n  fix: give a tie strength greater than 0 (e.g. 1, 2.5), or leave the weight out for 1")
    }

    @Test("a documented link without a source")
    func documentedWithoutSource() {
        let text = yamlNetwork(body: "ties:\n  - {source: a, target: b, kind: k, evidence: {status: documented}}")
        #expect(error(text) == "net.yaml:13:47: error: incomplete evidence: documented evidence needs `source` (the id of an entry under `sources:`) (ties[0].evidence)\n  fix: cite a source, or mark the element `status: illustrative` with a `reason`")
    }

    @Test("an invalid evidence status")
    func invalidStatus() {
        let text = yamlNetwork(body: "ties:\n  - {source: a, target: b, kind: k, evidence: {status: documentedd}}")
        #expect(error(text) == "net.yaml:13:56: error: `status` cannot be 'documentedd' (ties[0].evidence.status)\n  fix: did you mean 'documented'? use one of: documented, reported, illustrative, proposed, unspecified")
    }

    @Test("a tie from an actor to itself")
    func selfLoop() {
        let text = yamlNetwork(body: "ties:\n  - {source: a, target: a, kind: k, evidence: {status: illustrative, reason: r}}")
        #expect(error(text) == "net.yaml:13:25: error: tie from 'a' to itself (ties[0].target)\n  fix: a tie joins two different actors: fix the source or the target")
    }

    @Test("the same tie twice, in either order when undirected")
    func duplicateTie() {
        let text = yamlNetwork(body: """
            ties:
              - {source: a, target: b, kind: k, evidence: {status: illustrative, reason: r}}
              - {source: b, target: a, kind: k, evidence: {status: illustrative, reason: r}}
            """)
        #expect(error(text) == "net.yaml:14:5: error: tie b–a (k) appears twice (ties[1])\n  fix: merge the two ties into one (add their weights), or give them different kinds")
    }

    @Test("a directed tie in an undirected network")
    func directedTie() {
        let text = yamlNetwork(body: "ties:\n  - {source: a, target: b, kind: k, directed: true, evidence: {status: illustrative, reason: r}}")
        #expect(error(text) == "net.yaml:13:47: error: tie a–b (k) is directed but the network is undirected (ties[0].directed)\n  fix: write `directed: true` at the top of the file, or remove the tie's `directed`")
    }

    @Test("an actor in an undeclared bloc")
    func unknownBloc() {
        #expect(error(yamlNetwork(actors: "  - {id: a, name: A, bloc: pp}")) == "net.yaml:9:28: error: bloc 'pp' is not declared under `blocs:` (actors[0].bloc)\n  fix: did you mean 'p'? Otherwise declare 'pp' under `blocs:` (declared: p, q)")
    }

    @Test("an arrangement with one member")
    func oneMember() {
        let text = yamlNetwork(body: "arrangements:\n  - {id: m, name: M, kind: mesa, members: [a], evidence: {status: illustrative, reason: r}}")
        #expect(error(text) == "net.yaml:13:43: error: arrangement 'm' has 1 member; an arrangement joins at least 2 actors (arrangements[0].members)\n  fix: list at least two actor ids under `members:`, or model a single actor's link as a tie")
    }

    @Test("a scenario touching a missing element names the scenario and the element")
    func scenarioMissing() {
        let text = yamlNetwork(body: "scenarios:\n  - {id: sc, remove: {actors: [zeta]}}")
        #expect(error(text) == "net.yaml:13:32: error: scenario 'sc' names actor 'zeta', which does not exist (scenarios[0].remove.actors[0])\n  fix: add the actor to the network (or in the scenario's `add:`) or remove it from the scenario")
    }

    @Test("a scenario adding a tie to an unknown actor points into the scenario")
    func scenarioAddedTie() {
        let text = yamlNetwork(body: """
            scenarios:
              - id: sc
                add:
                  ties: [{source: a, target: nuevo, kind: k, evidence: {status: proposed, reason: r}}]
            """)
        #expect(error(text) == "net.yaml:15:34: error: in scenario 'sc': the tie names as target 'nuevo', which is not an actor of the network (scenarios[0].add.ties[0].target)\n  fix: add an actor with id 'nuevo' under `actors:` (or to the nodes file)")
    }

    @Test("a wrong type: a list where a mapping belongs")
    func wrongType() {
        #expect(error("redes: 1\nname: x\nactors: {a: 1}\n") == "net.yaml:3:9: error: `actors` should be a list of entries, each starting with `- `, found a mapping (actors)\n  fix: give `actors` a list of entries, each starting with `- `")
    }

    @Test("invalid UTF-8 names its line")
    func invalidUTF8() throws {
        var bytes = Array("redes: 1\nname: x\n".utf8)
        bytes += [0x6E, 0x61, 0xFF, 0x0A]
        let error = loadError { () throws(LoadError) in try YAMLNetworkReader.read(bytes: bytes, file: "net.yaml") }
        #expect(error?.description == "net.yaml:3: error: the file is not valid UTF-8 text\n  fix: save the file as UTF-8 (in a spreadsheet: CSV UTF-8)")
    }

    @Test("a file that does not exist, and an unknown extension")
    func unreadable() {
        #expect(loadError { () throws(LoadError) in try Network.read(path: "/nonexistent/x.yaml") }?.description
                == "/nonexistent/x.yaml: error: cannot read the file: no such file\n  fix: check the path and the file's permissions")
        #expect(loadError { () throws(LoadError) in try Network.read(path: "red.xlsx") }?.description
                == "red.xlsx: error: cannot tell the format of a '.xlsx' file\n  fix: use one of: .yaml, .yml, .csv, .tsv, .graphml, .gexf, .net, .paj, .dl, .json, or name the format with --input-format")
    }
}
