import Foundation
import Testing
@testable import Redes

@Suite("Exchange formats: round trips and clear errors")
struct InteropTests {
    static func bundled() throws -> Network { try Network.read(path: repositoryPath("Networks/antofagasta-tp.yaml")) }

    /// Writes `network` in `format` to a temporary file and reads it back.
    static func roundTrip(_ network: Network, _ format: ExchangeFormat, twoMode: Bool = false) throws -> Network {
        let graph = PortableGraph(network, twoMode: twoMode)
        let directory = temporaryDirectory()
        let path = directory.appendingPathComponent("red.\(format == .pajek ? "net" : format.rawValue)").path
        try Data(ExchangeWriter.text(graph, format: format, network: network).utf8).write(to: URL(fileURLWithPath: path))
        var options = ReadOptions(directed: network.isDirected)
        if format == .csv {
            let nodes = directory.appendingPathComponent("red.nodes.csv").path
            try Data(ExchangeWriter.nodeCSV(graph).utf8).write(to: URL(fileURLWithPath: nodes))
            options.nodesPath = nodes
        }
        return try Network.read(path: path, options: options)
    }

    @Test("the native YAML writer round-trips everything", arguments: [false, true])
    func yaml(_ twice: Bool) throws {
        let network = try Self.bundled()
        let back = try Self.roundTrip(network, .yaml)
        #expect(back == network)
        if twice { #expect(NativeYAMLWriter.text(back) == NativeYAMLWriter.text(network)) }
    }

    @Test("every format keeps actors, ties, weights, direction, and the attributes it can hold",
          arguments: [ExchangeFormat.graphml, .gexf, .json, .csv, .pajek, .dl])
    func oneMode(_ format: ExchangeFormat) throws {
        let network = try Self.bundled()
        let back = try Self.roundTrip(network, format)
        #expect(back.actors.map(\.id) == network.actors.map(\.id))
        #expect(back.isDirected == network.isDirected)
        let original = network.actorGraph().graph, copy = back.actorGraph().graph
        #expect(copy.edgeSources == original.edgeSources && copy.edgeTargets == original.edgeTargets)
        #expect(copy.edgeWeights == original.edgeWeights)
        if [.graphml, .gexf, .json, .csv].contains(format) {
            #expect(back.actors.map(\.name) == network.actors.map(\.name))
            #expect(back.actors.map(\.bloc) == network.actors.map(\.bloc))
            #expect(back.actors.map(\.territories) == network.actors.map(\.territories))
            #expect(back.actor("codigo-futuro")?.name == "Código Futuro")
            // Tie kind and status travel too.
            #expect(Set(back.ties.map(\.evidence.status)) == [.documented, .illustrative])
        }
    }

    @Test("two-mode GraphML and DL give the arrangements back", arguments: [ExchangeFormat.graphml, .dl])
    func twoMode(_ format: ExchangeFormat) throws {
        let network = try Self.bundled()
        let back = try Self.roundTrip(network, format, twoMode: true)
        #expect(back.arrangements.map(\.id) == network.arrangements.map(\.id))
        #expect(back.arrangements.map { Set($0.members) } == network.arrangements.map { Set($0.members) })
    }

    @Test("writers escape what their format needs")
    func escaping() throws {
        let network = Network(name: "Red <&> \"x\"", actors: [Actor(id: "a&b", name: "Ñuñoa & Cía <x>"), Actor(id: "c d", name: "María \"Elena\"")],
                              ties: [Tie(source: "a&b", target: "c d", kind: "k", weight: 2.5, evidence: .illustrative(reason: "r"))])
        for format in [ExchangeFormat.graphml, .gexf, .json, .csv, .pajek, .dl] {
            let back = try Self.roundTrip(network, format)
            #expect(back.actors.map(\.id) == ["a&b", "c d"], "\(format)")
            #expect(back.ties.first?.weight == 2.5, "\(format)")
        }
        let dot = try ExchangeWriter.dot(PortableGraph(network))
        #expect(dot.contains("\"María \\\"Elena\\\"\""))
    }

    // MARK: Malformed input: file, line and a fix

    @Test("Pajek and UCINET DL files with CRLF line endings read as with LF (issue 22, item 11)")
    func crlfLineEndings() throws {
        let pajek = "*Vertices 3\r\n1 \"a\"\r\n2 \"b\"\r\n3 \"c\"\r\n*Edges\r\n1 2\r\n2 3 2.5\r\n"
        let dl = "dl n=3\r\nformat = fullmatrix\r\nlabels:\r\na,b,c\r\ndata:\r\n0 1 0\r\n1 0 1\r\n0 1 0\r\n"
        for (name, text) in [("g.net", pajek), ("g.dl", dl)] {
            let crlf = try Network.read(path: writeTemporaryFile(name, text))
            let lf = try Network.read(path: writeTemporaryFile(name, text.replacingOccurrences(of: "\r\n", with: "\n")))
            // Three actors a, b, c on a path a–b–c, written by hand above.
            #expect(crlf.actors.map(\.id) == ["a", "b", "c"], "\(name)")
            #expect(crlf.actorGraph().graph.edgeCount == 2 && crlf.ties.map(\.weight) == lf.ties.map(\.weight), "\(name)")
        }
    }

    private func error(_ name: String, _ text: String) -> LoadError? {
        let path = writeTemporaryFile(name, text)
        var error = loadError { () throws(LoadError) in try Network.read(path: path) }
        error?.file = name
        return error
    }

    @Test("unclosed XML names its line")
    func unclosedXML() {
        let message = error("g.graphml", "<graphml>\n<graph edgedefault=\"undirected\">\n<node id=\"a\">\n</graph>\n</graphml>\n")
        #expect(message?.line == 4)
        #expect(message?.description.contains("not valid XML") == true)
    }

    @Test("a GraphML data element with an undeclared key")
    func unknownKey() {
        let message = error("g.graphml", """
            <graphml>
            <key id="d0" for="node" attr.name="bloc" attr.type="string"/>
            <graph edgedefault="undirected">
            <node id="a"><data key="d9">x</data></node>
            </graph>
            </graphml>
            """)
        #expect(message?.description == "g.graphml:4: error: GraphML key 'd9' is not declared\n  fix: declare it with <key id=\"…\" for=\"…\" attr.name=\"…\"/>")
    }

    @Test("a GEXF edge to an undefined node")
    func gexfUnknownNode() {
        let message = error("g.gexf", "<gexf><graph defaultedgetype=\"undirected\"><nodes><node id=\"a\"/><node id=\"b\"/></nodes>\n<edges><edge id=\"0\" source=\"a\" target=\"bb\"/></edges></graph></gexf>")
        #expect(message?.line == 2)
        #expect(message?.problem == .unknownActor(id: "bb", role: .edgeEnd, suggestion: "b"))
    }

    @Test("a DL matrix with the wrong number of rows")
    func dlWrongSize() {
        let message = error("m.dl", "dl n=3 format=fullmatrix\nlabels:\na,b,c\ndata:\n0 1 0\n1 0 1\n")
        #expect(message?.description == "m.dl:6: error: not valid UCINET DL: the matrix has 6 values; 3 rows × 3 columns need 9\n  fix: write it as 3 rows of 3 numbers after `data:`")
    }

    @Test("a Pajek arc to an undefined vertex")
    func pajekUnknownVertex() {
        let message = error("p.net", "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Arcs\n1 3\n")
        #expect(message?.description == "p.net:5: error: the arc names as vertex '3', which is not an actor of the network\n  fix: add an actor with id '3' under `actors:` (or to the nodes file)")
    }

    @Test("regression (found by the fuzzer): invalid UTF-8 in an XML attribute name is an error, not a crash")
    func xmlInvalidUTF8() throws {
        let bytes = Array("<graphml>\n<key i".utf8) + [0xCF] + Array("=\"d0\"/>\n</graphml>\n".utf8)
        for name in ["g.graphml", "g.gexf"] {
            let error = loadError { () throws(LoadError) in try Network.read(bytes: bytes, fileName: name) }
            #expect(error?.problem == .notUTF8 && error?.line == 2)
        }
    }

    @Test("regression (found by the fuzzer): an XML processing instruction without data is harmless")
    func xmlEmptyProcessingInstruction() throws {
        let text = "<?xm?>\n<gexf><graph>\n<nodes><node id=\"a\"/><?x?><node id=\"b\"/></nodes>\n<edges><edge id=\"0\" source=\"a\" target=\"b\"/></edges>\n</graph></gexf>\n"
        let network = try Network.read(bytes: Array(text.utf8), fileName: "g.gexf")
        #expect(network.actors.map(\.id) == ["a", "b"] && network.ties.count == 1)
        let truncated = "<?xm?>\n l version='1.0'?>\n<gexf xmlns=\"x\" xsi:schemaLoca"
        #expect(loadError { () throws(LoadError) in try Network.read(bytes: Array(truncated.utf8), fileName: "g.gexf") } != nil)
    }

    @Test("regression (found by the fuzzer): a DL size that is negative or huge is an error, not a trap")
    func dlBadSize() {
        for header in ["dl n=-1\ndata:\n", "dl n=999999999999\ndata:\n", "dl nr=-3 nc=2\ndata:\n"] {
            let error = loadError { () throws(LoadError) in try Network.read(bytes: Array(header.utf8), fileName: "m.dl") }
            #expect(error?.line == 1, "\(header)")
        }
    }

    @Test("node-link JSON without nodes, and with an edge to an unknown node")
    func nodeLinkErrors() {
        #expect(error("g.json", "{\"edges\": []}")?.problem == .missingKey("nodes", in: .nodeLinkDocument))
        let message = error("g.json", "{\"nodes\": [{\"id\": \"a\"}], \"edges\": [{\"source\": \"a\", \"target\": \"z\"}]}")
        #expect(message?.path?.description == "edges[0]")
    }
}

/// Files written by NetworkX and igraph (and DL files written from the UCINET specification), described by
/// `Fixtures/interop/manifest.json` from `Scripts/interop/make_interop_fixtures.py`.
@Suite("Reading files that NetworkX and igraph wrote")
struct ForeignFileTests {
    static let directory = repositoryRoot.appendingPathComponent("Tests/RedesTests/Fixtures/interop")
    static var manifest: [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("manifest.json"))) as! [String: Any]
    }
    static var files: [String] { (manifest["files"] as! [String: [String: Any]]).keys.sorted() }

    @Test("counts, ids, direction, attributes and weights", arguments: files)
    func read(_ name: String) throws {
        let entry = (Self.manifest["files"] as! [String: [String: Any]])[name]!
        let network = try Network.read(path: Self.directory.appendingPathComponent(name).path)
        let ids = entry["node_ids"] as! [String]
        if network.arrangements.isEmpty {
            #expect(network.isDirected == entry["directed"] as! Bool, "directed")
            #expect(network.actors.map(\.id) == ids, "node ids")
            #expect(network.actorGraph().graph.edgeCount == entry["edge_count"] as! Int, "edges")
        } else {
            // Two-mode: rows are actors, columns arrangements, and each 1 a membership.
            #expect(network.actors.count + network.arrangements.count == entry["node_count"] as! Int)
            #expect(network.arrangements.reduce(0) { $0 + $1.members.count } == entry["edge_count"] as! Int)
            #expect((network.actors.map(\.id) + network.arrangements.map(\.id)) == ids)
        }
        // Node attributes the file carries (name, bloc, club, size…), with accents intact.
        for (attribute, description) in entry["node_attributes"] as? [String: [String: Any]] ?? [:] {
            for (id, expected) in description["samples"] as? [String: Any] ?? [:] {
                let actor = try #require(network.actor(id), "\(id)")
                let value = attribute == "name" ? actor.name : (attribute == "bloc" ? actor.bloc : actor.attributes[attribute]?.description)
                let text = (expected as? String) ?? (expected as? NSNumber).map { formatNumber($0.doubleValue) }
                if let text, let number = Double(text), let mine = value.flatMap(Double.init) {
                    #expect(mine == number, "\(attribute)[\(id)]")
                } else {
                    #expect(value == text, "\(attribute)[\(id)]")
                }
            }
        }
        // Edge weights.
        let graph = network.actorGraph()
        for sample in entry["edge_weight_samples"] as? [[String: Any]] ?? [] {
            guard network.arrangements.isEmpty, let u = graph.index(of: sample["source"] as! String),
                  let v = graph.index(of: sample["target"] as! String) else { continue }
            let edge = try #require(graph.graph.edge(from: u, to: v), "edge \(u)–\(v)")
            let expected = (sample["weight"] as? NSNumber)?.doubleValue ?? 1
            #expect(graph.graph.edgeWeights[edge] == expected, "weight \(sample)")
        }
    }
}
