import Foundation
import Testing
@testable import Redes

/// Issue 22: the edge cases an independent check found. Expected values are written out by hand here (or come from
/// NetworkX/igraph fixtures, see EigenvectorTests).
@Suite("Edge cases of issue 22")
struct EdgeCaseTests {
    static func read(_ name: String, _ text: String, options: ReadOptions = ReadOptions()) -> LoadError? {
        loadError { () throws(LoadError) in try Network.read(bytes: Array(text.utf8), fileName: name, options: options) }
    }

    static func ids(_ ids: [String]) -> Network {
        var network = Network(name: "ids", actors: ids.map { Actor(id: $0, name: "Name of \($0)") })
        for (a, b) in zip(ids, ids.dropFirst()) {
            network.ties.append(Tie(source: a, target: b, kind: "k", weight: 1.5, evidence: .illustrative(reason: "r")))
        }
        return network
    }

    // MARK: Items 1 and 9 — ids every writer keeps exactly, or refuses by name

    static let trickyIDs = ["x\"y", "x'y", "con espacio", "Ñuñoa-é", "línea\nnueva", "tab\there", "data:x", "fin\\", "a&b<c>"]

    @Test("every writer round-trips each id exactly, or refuses naming exactly the ids it cannot hold",
          arguments: [ExchangeFormat.graphml, .gexf, .json, .csv, .pajek, .dl, .yaml])
    func trickyIDsRoundTrip(_ format: ExchangeFormat) throws {
        let network = Self.ids(Self.trickyIDs)
        // What each format cannot hold, by hand: Pajek and DL quote labels with " and hold one per line; DL also
        // takes `data:` anywhere as a keyword.
        let refused: [String: UnwritableText.Reason] = switch format {
        case .pajek: ["x\"y": .doubleQuote, "línea\nnueva": .lineBreak]
        case .dl: ["x\"y": .doubleQuote, "línea\nnueva": .lineBreak, "data:x": .dlKeyword("data:")]
        default: [:]
        }
        do {
            let back = try InteropTests.roundTrip(network, format)
            #expect(refused.isEmpty, "\(format) wrote ids it should refuse")
            #expect(back.actors.map(\.id) == Self.trickyIDs, "\(format)")
            #expect(back.ties.map(\.source) == network.ties.map(\.source) && back.ties.map(\.target) == network.ties.map(\.target))
            if [.graphml, .gexf, .json, .csv, .yaml].contains(format) {
                #expect(back.actors.map(\.name) == network.actors.map(\.name), "\(format) names")
            }
        } catch let refusal as WriteRefusal {
            #expect(refusal.format == format)
            #expect(Dictionary(uniqueKeysWithValues: refusal.texts.map { ($0.text, $0.reason) }) == refused, "\(format)")
        }
    }

    @Test("Pajek no longer turns \" into ' (two ids collided): the file written reads back with both ids")
    func pajekQuoteCollision() throws {
        let network = Self.ids(["x'y", "plain id"])
        let back = try InteropTests.roundTrip(network, .pajek)
        #expect(back.actors.map(\.id) == ["x'y", "plain id"])
        #expect(throws: WriteRefusal.self) { try ExchangeWriter.pajek(PortableGraph(Self.ids(["x\"y", "x'y"]))) }
    }

    @Test("DOT keeps backslashes and line breaks as written, and refuses a trailing backslash")
    func dotBackslashes() throws {
        let text = try ExchangeWriter.dot(PortableGraph(Self.ids(["a\\b", "two\nlines", "q\""])))
        // `"` is the only escape DOT reads inside quotes; the rest is written as is (Graphviz reads it back so).
        #expect(text.contains("\"a\\b\"") && text.contains("\"two\nlines\"") && text.contains("\"q\\\"\""))
        #expect(throws: WriteRefusal.self) { try ExchangeWriter.dot(PortableGraph(Self.ids(["end\\", "b"]))) }
    }

    @Test("XML writers keep tabs, line feeds and carriage returns in attribute values")
    func xmlWhitespace() throws {
        var network = Self.ids(["a", "b"])
        network.actors[0].name = "uno\tdos\r\ntres"
        for format in [ExchangeFormat.graphml, .gexf] {
            let back = try InteropTests.roundTrip(network, format)
            #expect(back.actors[0].name == "uno\tdos\r\ntres", "\(format)")
        }
    }

    @Test("control characters, DEL, C1 controls and U+FFFE are refused at load, at their place", arguments: [
        ("e.csv", "source,target\na\u{7}b,c\n", 2, 0x07),
        ("e.csv", "source,target\na,b\u{0}\n", 2, 0x00),
        ("e.yaml", "redes: 1\nname: x\nactors:\n  - {id: a, name: \"A\\x7f\"}\n", 4, 0x7F),
        ("e.yaml", "redes: 1\nname: x\nactors:\n  - {id: a, name: \"A\\uFFFE\"}\n", 4, 0xFFFE),
        ("e.net", "*Vertices 2\n1 \"a\u{1B}\"\n2 \"b\"\n", 2, 0x1B),
        ("e.dl", "dl n=2\nlabels:\na,b\u{0B}\ndata:\n0 1\n1 0\n", 3, 0x0B),
        ("e.json", "{\"nodes\": [{\"id\": \"a\"},\n {\"id\": \"b\\u0085\"}], \"edges\": []}", 2, 0x85),
    ])
    func controlCharacters(_ item: (String, String, Int, UInt32)) {
        let (name, text, line, scalar) = item
        let error = Self.read(name, text)
        guard case .controlCharacter(let found, _)? = error?.problem else {
            Issue.record("\(name): \(String(describing: error))")
            return
        }
        #expect(found == scalar && error?.line == line, "\(name): \(String(describing: error))")
    }

    // MARK: Items 6, 10 and 11 — located errors instead of silent value changes

    @Test("silent value changes are located errors", arguments: [
        ("g.json", "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}],\n \"edges\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": \"2.5\"}]}", 2, NetworkProblem.invalidWeight("\"2.5\"")),
        ("g.json", "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}],\n \"edges\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": {\"v\": 1}}]}", 2, .invalidWeight("{\"v\": 1}")),
        ("g.json", "{\"directed\": \"yes\", \"nodes\": []}", 1, .wrongType(key: .key("directed"), expected: .boolean, found: .scalar("\"yes\""))),
        ("g.json", "{\"nodes\": [],\n \"edges\": \"x\"}", 2, .wrongType(key: .key("edges"), expected: .entryList, found: .scalar("\"x\""))),
        ("g.json", "{\"nodes\": [{\"id\": \"a\"},\n]}", 2, .malformedJSON(.trailingComma)),
        ("g.net", "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n1 2 heavy\n", 5, .invalidWeight("heavy")),
        ("g.graphml", "<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n<graph edgedefault=\"undirected\">\n<node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"><data key=\"w\">heavy</data></edge>\n</graph></graphml>", 4, .invalidWeight("heavy")),
        ("g.graphml", "<graphml><key id=\"f\" for=\"node\" attr.name=\"flag\" attr.type=\"boolean\"/>\n<graph edgedefault=\"undirected\">\n<node id=\"a\"><data key=\"f\">maybe</data></node>\n</graph></graphml>", 3, .notABoolean(key: "flag", value: "maybe")),
        ("g.graphml", "<graphml>\n<graph edgedefault=\"sideways\"><node id=\"a\"/></graph></graphml>", 2, .invalidChoice(key: "edgedefault", value: "sideways", allowed: ["directed", "undirected"])),
        ("g.gexf", "<gexf>\n<graph defaultedgetype=\"sideways\"><nodes><node id=\"a\"/></nodes></graph></gexf>", 2, .invalidChoice(key: "defaultedgetype", value: "sideways", allowed: ["directed", "undirected", "mutual"])),
        ("g.dl", "n=2\nlabels:\na,b\ndata:\n0 1\n1 0\n", 1, .malformedLine(.dlNoHeader)),
        ("g.yaml", "redes: 1\nname: x\nactors:\n  - {id: a, name: null}\n", 4, .wrongType(key: .key("name"), expected: .scalar, found: .null)),
    ])
    func silentValueChanges(_ item: (String, String, Int, NetworkProblem)) {
        let (name, text, line, problem) = item
        let error = Self.read(name, text)
        #expect(error?.problem == problem && error?.line == line, "\(name): \(String(describing: error))")
    }

    @Test("periods: dates of the form YYYY, YYYY-MM, YYYY-MM-DD, and an end not before the start")
    func periods() {
        func period(_ text: String) -> LoadError? {
            Self.read("p.yaml", yamlNetwork(body: "arrangements:\n  - {id: m, name: M, kind: mesa, members: [a, b], period: \(text), evidence: {status: illustrative, reason: r}}"))
        }
        // Line 13 of the YAML written by yamlNetwork holds the arrangement.
        #expect(period("{start: enero}")?.problem == .invalidDate(key: "start", value: "enero"))
        #expect(period("{start: enero}")?.line == 13)
        #expect(period("{start: 2024-02-30}")?.problem == .invalidDate(key: "start", value: "2024-02-30"))
        #expect(period("{start: 2026, end: 2024}")?.problem == .periodEndsBeforeStart(start: "2026", end: "2024"))
        // A month within its own year is not "before" it; 2024-02-29 is a real (leap) day.
        #expect(period("{start: 2025-03, end: 2025}") == nil && period("{start: 2024-02-29, end: 2024-03}") == nil)
    }

    @Test("malformed JSON says where and what, with line and column", arguments: [
        ("{\"nodes\": [}", 1, 12, JSONDefect.unexpectedCharacter("}")),
        ("{\"nodes\": [],\n  \"edges\": [1 2]}", 2, 15, .unexpectedCharacter("2")),
        ("{\"nodes\": \"a", 1, 11, .unterminatedString),
        ("{\"nodes\": [NaN]}", 1, 12, .invalidNumber("NaN")),
        ("{\"nodes\": [01]}", 1, 12, .invalidNumber("01")),
        ("{\"nodes\": [], \"nodes\": []}", 1, 15, .duplicateKey("nodes")),
        ("{\"nodes\": []} x", 1, 15, .textAfterDocument),
        ("[1, 2]", 1, nil, .notAnObject),
        ("{\"nodes\": [\"\\q\"]}", 1, 14, .invalidEscape("q")),
        ("{\"nodes\": [", 1, 12, .unexpectedEnd),
    ] as [(String, Int, Int?, JSONDefect)])
    func malformedJSON(_ item: (String, Int, Int?, JSONDefect)) {
        let (text, line, column, defect) = item
        let error = Self.read("g.json", text)
        #expect(error?.problem == .malformedJSON(defect), "\(text): \(String(describing: error))")
        #expect(error?.line == line && error?.column == column, "\(text): \(String(describing: error))")
    }

    @Test("JSON nesting is bounded and valid nested attributes keep their JSON text")
    func jsonDepthAndNestedValues() throws {
        let deep = "{\"nodes\": " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}"
        #expect(Self.read("g.json", deep)?.problem == .malformedJSON(.tooDeep(limit: 512)))
        let network = try Network.read(bytes: Array("{\"nodes\": [{\"id\": 1, \"pos\": [0.5, 2]}, {\"id\": \"b\"}], \"links\": [{\"source\": 1, \"target\": \"b\"}]}".utf8),
                                       fileName: "g.json")
        #expect(network.actors.map(\.id) == ["1", "b"] && network.actors[0].attributes["pos"] == .string("[0.5, 2]"))
        #expect(network.ties.count == 1)
    }

    @Test("element errors of GraphML, Pajek, DL and JSON carry the line of the element")
    func elementErrorLines() {
        // A self-loop is found after reading, by the validator: its line comes from the element.
        #expect(Self.read("g.graphml", "<graphml><graph edgedefault=\"undirected\">\n<node id=\"a\"/>\n<node id=\"b\"/>\n<edge source=\"a\" target=\"b\"/>\n<edge source=\"b\" target=\"b\"/>\n</graph></graphml>")?.line == 5)
        #expect(Self.read("g.net", "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n1 2\n2 2\n")?.line == 6)
        #expect(Self.read("g.net", "*Vertices 2\n1 \"a\"\n2 \"a\"\n")?.line == 3)
        #expect(Self.read("g.dl", "dl n=3 format=edgelist1\nlabels embedded\ndata:\na b\nb c\nc c\n")?.line == 6)
        #expect(Self.read("g.json", "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}],\n\"edges\": [{\"source\": \"a\", \"target\": \"b\"},\n{\"source\": \"b\", \"target\": \"b\"}]}")?.line == 3)
    }

    @Test("the text cap counts characters, as its message says, and names the line")
    func textCapInCharacters() throws {
        // 5,001 "é" are 10,002 bytes but 5,001 characters: under the 10,000-character cap.
        let accents = String(repeating: "é", count: 5_001)
        let network = try Network.read(bytes: Array("source,target\n\(accents),b\n".utf8), fileName: "e.csv")
        #expect(network.actors[0].id == accents)
        let long = String(repeating: "é", count: 10_001)
        let error = Self.read("e.csv", "source,target\na,b\n\(long),c\n")
        #expect(error?.problem == .limitExceeded(.textLength, count: 10_001, limit: 10_000) && error?.line == 3)
        let yaml = Self.read("e.yaml", "redes: 1\nname: x\nactors:\n  - {id: a, name: \"\(long)\"}\n")
        #expect(yaml?.line == 4)
    }

    // MARK: Items 7 and 8 — XML documents with entities, too deep, too large

    static let externalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE graphml [
        <!ENTITY s SYSTEM "file:///etc/hostname">
        ]>
        <graphml><graph edgedefault="undirected"><node id="a"/></graph></graphml>
        """

    static let entityAmplification = """
        <?xml version="1.0"?>
        <!DOCTYPE gexf [
          <!ENTITY a "aaaaaaaaaa">
          <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
          <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
        ]>
        <gexf><graph><nodes><node id="a" label="&c;"/></nodes></graph></gexf>
        """

    @Test("a DTD that declares entities is refused before parsing, at the line of the first <!ENTITY")
    func xmlEntities() {
        #expect(Self.read("g.graphml", Self.externalEntity)?.problem == .xmlEntities)
        #expect(Self.read("g.graphml", Self.externalEntity)?.line == 3)
        #expect(Self.read("g.gexf", Self.entityAmplification)?.line == 3)
        // A DOCTYPE without entities is harmless; an entity it does not declare is an error in words.
        let plain = "<!DOCTYPE graphml>\n<graphml><graph edgedefault=\"undirected\"><node id=\"a&foo;\"/></graph></graphml>"
        #expect(Self.read("g.graphml", plain)?.problem == .malformedXML(.syntax(.undeclaredEntity)))
    }

    @Test("XML parser errors are words, not codes", arguments: [
        ("<graphml>\n<graph>&#1;</graph></graphml>", XMLDefect.syntax(.invalidCharacter)),
        ("<graphml>\n<graph a=b></graph></graphml>", .syntax(.attributeNotQuoted)),
        ("<graphml>\n<graph a=\"1\" a=\"2\"></graph></graphml>", .syntax(.duplicateAttribute)),
        ("<graphml><graph edgedefault=\"undirected\"/></graphml>\n<x/>", .contentAfterRoot),
    ])
    func xmlErrorsInWords(_ item: (String, XMLDefect)) {
        #expect(Self.read("g.graphml", item.0)?.problem == .malformedXML(item.1), "\(item.0)")
    }

    @Test("40,000 nested elements inside a node are refused, not a crash", arguments: ["g.graphml", "g.gexf"])
    func deepXML(_ name: String) {
        let deep = String(repeating: "<x>", count: 40_000) + String(repeating: "</x>", count: 40_000)
        let text = name.hasSuffix("graphml")
            ? "<graphml><graph edgedefault=\"undirected\">\n<node id=\"a\">\(deep)</node></graph></graphml>"
            : "<gexf><graph><nodes>\n<node id=\"a\">\(deep)</node></nodes></graph></gexf>"
        let error = Self.read(name, text)
        #expect(error?.problem == .xmlTooDeep(limit: 200) && error?.line == 2)
    }

    @Test("declared sizes are checked before anything is allocated for them")
    func declaredSizes() {
        let pajek = Self.read("g.net", "*Vertices 1000000000\n1 \"a\"\n")
        #expect(pajek?.problem == .limitExceeded(.actors, count: 1_000_000_000, limit: 1_000_000) && pajek?.line == 1)
        // The cap follows --max-actors.
        let small = Self.read("g.net", "*Vertices 50\n", options: ReadOptions(limits: InputLimits(actors: 10)))
        #expect(small?.problem == .limitExceeded(.actors, count: 50, limit: 10))
        #expect(Self.read("g.dl", "dl n=50\nlabels embedded\nformat=edgelist1\ndata:\na b\n", options: ReadOptions(limits: InputLimits(actors: 10)))?.line == 1)
    }

    // MARK: Item 4 — actors without a group value

    /// a–b–c–d–e–f–a plus b–d; blocs a, b: x; c, f: y; d, e: none.
    static func missingGroups(_ handling: MissingGroup) throws -> NetworkAnalysis {
        let directory = temporaryDirectory()
        try Data("id,bloc\na,x\nb,x\nc,y\nd,\ne,\nf,y\n".utf8).write(to: directory.appendingPathComponent("n.csv"))
        let network = try Network.read(bytes: Array("source,target\na,b\nb,c\nc,d\nd,e\ne,f\nf,a\nb,d\n".utf8), fileName: "e.csv",
                                       options: ReadOptions(nodesPath: directory.appendingPathComponent("n.csv").path))
        return NetworkAnalysis(network, options: AnalysisOptions(permutations: 0, missingGroup: handling))
    }

    @Test("pool (sna), own-group and exclude, by hand")
    func missingGroupHandling() throws {
        // Pool: d and e form the group "—": inside ties a–b and d–e, the other 5 between: E-I = (5 − 2)/7.
        let pool = try Self.missingGroups(.pool)
        #expect(pool.groups?.labels == ["x", "y", "—"])
        #expect(abs(pool.cohesion!.eiIndex! - 3.0 / 7) < 1e-15)
        #expect(pool.notes.contains(.missingGroupValues(attribute: "bloc", actors: ["d", "e"], handling: .pool)))
        // Own group: only a–b inside: E-I = (6 − 1)/7.
        let own = try Self.missingGroups(.ownGroup)
        #expect(own.groups?.groupCount == 4 && abs(own.cohesion!.eiIndex! - 5.0 / 7) < 1e-15)
        // Exclude: the network of a, b, c, f keeps a–b (inside), b–c and f–a (between): E-I = (2 − 1)/3.
        // Modularity on it: m = 3; x = {a, b} has L = 1, K = 4; y = {c, f} has L = 0, K = 2:
        // Q = (1/3 − (4/6)²) + (0 − (2/6)²) = −2/9.
        let exclude = try Self.missingGroups(.exclude)
        #expect(abs(exclude.cohesion!.eiIndex! - 1.0 / 3) < 1e-15)
        #expect(abs(exclude.cohesion!.modularity + 2.0 / 9) < 1e-15)
        // d and e have no E-I and no brokerage; a brokers f → a → b (gatekeeper) and b → a → f (representative).
        #expect(exclude.cohesion!.actorEI[3] == nil && exclude.cohesion!.actorEI[4] == nil)
        #expect(exclude.brokerage!.excludedActors == [3, 4] && exclude.values(of: .brokerage)[3] == nil)
        #expect(exclude.brokerage!.counts[0][.gatekeeper] == 1 && exclude.brokerage!.counts[0][.representative] == 1)
        #expect(exclude.brokerage!.counts[0].total == 2)
    }

    // MARK: Item 5 — key players and F where fewer than two actors remain

    @Test("F and DF of fewer than two actors are undefined, and no key-player set is reported")
    func degenerateKeyPlayers() {
        let isolates = GraphBuilder(nodeCount: 3, directed: false).buildGraph()
        // F of the three isolates: 1 − 0/(3·2) = 1. Removing two leaves one actor: no pairs, F undefined.
        #expect(Fragmentation.reachability(isolates) == 1)
        let search = KeyPlayerSearch(isolates, size: 2, objective: .fragmentation)
        #expect(!search.isDefined && search.members.isEmpty && search.size == 2)
        #expect(!KeyPlayerSearch(isolates, size: 2, objective: .distanceFragmentation).isDefined)
        // With k = 1 two actors remain: F = 1 (they cannot reach each other), defined.
        #expect(KeyPlayerSearch(isolates, size: 1, objective: .fragmentation).score == 1)
        let one = GraphBuilder(nodeCount: 1, directed: false).buildGraph()
        #expect(Fragmentation(one).fragmentation.isNaN && Fragmentation(one).distanceFragmentation.isNaN)
        var pair = GraphBuilder(nodeCount: 2, directed: false)
        pair.addEdge(0, 1)
        #expect(pair.buildGraph().fragmentationIfRemoved().allSatisfy { $0.isNaN })
    }

    // MARK: Item 12 — temporary files of writers killed mid-write

    @Test("the next write removes the temporary files of dead writers, and keeps those of live ones")
    func staleTemporaries() throws {
        let directory = temporaryDirectory()
        let output = directory.appendingPathComponent("out.json")
        // A process that has exited: its id names no process now (ids are not reused this quickly).
        let exited = Process()
        exited.executableURL = URL(fileURLWithPath: "/bin/true")
        try exited.run()
        exited.waitUntilExit()
        let dead = directory.appendingPathComponent(".out.json.\(exited.processIdentifier).tmp")
        let live = directory.appendingPathComponent(".out.json.1.tmp")  // pid 1 is always running
        let other = directory.appendingPathComponent(".other.json.\(exited.processIdentifier).tmp")
        for file in [dead, live, other] { try Data("half".utf8).write(to: file) }
        try OutputFile.write("{}", to: output.path)
        #expect(try String(contentsOf: output, encoding: .utf8) == "{}")
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(FileManager.default.fileExists(atPath: live.path) && FileManager.default.fileExists(atPath: other.path))
    }

    // MARK: Item 13 — estimates before the work

    @Test("projected ties, wedges and output size are estimated before the work")
    func estimates() throws {
        // One arrangement of 3,030 members projects 3030·3029/2 = 4,588,935 ties.
        let members = (0..<3_030).map { "m\($0)" }
        let network = Network(name: "big", actors: members.map { Actor(id: $0) },
                              arrangements: [Arrangement(id: "all", name: "All", kind: .committee, members: members, evidence: .illustrative(reason: "r"))])
        #expect(WorkEstimate.projectedTies(network) == 4_588_935)
        // A star of 100,000 leaves: the hub has 100,000·99,999 wedges, the leaves none.
        var star = GraphBuilder(nodeCount: 100_001, directed: false)
        for v in 1...100_000 { star.addEdge(0, v) }
        #expect(WorkEstimate.wedges(star.buildGraph()) == 100_000 * 99_999)
        #expect(WorkEstimate.wedgeSeconds(star.buildGraph(), diagnosis: true) > 60)
        // The size estimate is within 25 % of what each writer writes for the bundled network.
        let bundled = try InteropTests.bundled()
        for format in [ExchangeFormat.graphml, .gexf, .json, .csv, .pajek, .dl, .dot] {
            let graph = PortableGraph(bundled)
            let actual = Double(try ExchangeWriter.text(graph, format: format).utf8.count)
            let estimate = Double(ExchangeWriter.estimatedBytes(graph, format: format))
            #expect(abs(estimate - actual) / actual < 0.25, "\(format): \(estimate) vs \(actual)")
        }
    }
}
