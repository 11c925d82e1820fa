import Foundation
import Testing

/// The catalog of malformed inputs: each must end with a message naming the file (and the line where there is one)
/// and a fix, exit status 1, no crash, and no output file left behind.
@Suite("Bad-input catalog")
struct BadInputCatalogTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let bytes: [UInt8]
        var extra: [String: [UInt8]] = [:]
        var arguments: [String] = []
        /// The `file:line` the message must start with (nil: the file name alone).
        var line: Int?
        var testDescription: String { name }

        init(_ name: String, _ file: String, _ text: String, line: Int?, extra: [String: String] = [:], arguments: [String] = []) {
            self.name = name
            self.file = file
            self.bytes = Array(text.utf8)
            self.extra = extra.mapValues { Array($0.utf8) }
            self.arguments = arguments
            self.line = line
        }

        init(_ name: String, _ file: String, bytes: [UInt8], line: Int?) {
            self.name = name
            self.file = file
            self.bytes = bytes
            self.line = line
        }
    }

    static let yamlHeader = "redes: 1\nname: x\nsources: [{id: s, title: S}]\nactors:\n  - {id: a, name: A}\n  - {id: b, name: B}\n"

    static let cases: [Case] = [
        Case("empty YAML file", "e.yaml", "", line: 1),
        Case("blank CSV file", "e.csv", "  \n\n", line: 1),
        Case("CSV header without source/target", "e.csv", "from,to\na,b\n", line: 1),
        Case("semicolon-separated CSV", "e.csv", "source;target\na;b\n", line: 1),
        Case("BOM and CRLF, then a line with too many fields", "e.csv", "\u{FEFF}source,target\r\na,b\r\nc,d,e\r\n", line: 3),
        Case("mixed delimiters", "e.csv", "source,target\na;b\n", line: 2),
        Case("tie to an actor missing from the node list", "e.csv", "source,target\na,zz\n", line: 2,
             extra: ["n.csv": "id\na\nb\n"], arguments: ["--nodes", "n.csv"]),
        Case("duplicate node ids", "e.csv", "source,target\na,b\n", line: 3, extra: ["n.csv": "id\na\na\nb\n"], arguments: ["--nodes", "n.csv"]),
        Case("negative weight", "e.csv", "source,target,weight\na,b,-1\n", line: 2),
        Case("NaN weight", "e.csv", "source,target,weight\na,b,NaN\n", line: 2),
        Case("infinite weight", "e.csv", "source,target,weight\na,b,inf\n", line: 2),
        Case("non-numeric weight", "e.csv", "source,target,weight\na,b,mucho\n", line: 2),
        Case("self-loop", "e.csv", "source,target\na,a\n", line: 2),
        Case("the same tie twice", "e.csv", "source,target\na,b\nb,a\n", line: 3),
        Case("unclosed quote", "e.csv", "source,target\n\"a,b\n", line: 2),
        Case("a 10 MB label", "e.csv", "source,target\n" + String(repeating: "x", count: 10_000_000) + ",b\n", line: 2),
        Case("invalid UTF-8", "e.csv", bytes: Array("source,target\na,b\n".utf8) + [0x63, 0xC3, 0x28, 0x2C, 0x64, 0x0A], line: 3),
        Case("binary data", "e.csv", bytes: [0x00, 0xFF, 0xFE, 0x10, 0x80, 0x81, 0x0A, 0x00, 0x9F], line: 1),
        Case("deeply nested YAML", "e.yaml", "redes: 1\nname: x\nactors: " + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000) + "\n", line: 3),
        Case("YAML syntax error", "e.yaml", "redes: 1\nname: [x\nactors: []\n", line: 3),
        Case("YAML unknown key", "e.yaml", yamlHeader + "tie:\n  - {source: a, target: b}\n", line: 7),
        Case("YAML missing name", "e.yaml", "redes: 1\nactors:\n  - {id: a, name: A}\n", line: 1),
        Case("YAML unsupported version", "e.yaml", "redes: 9\nname: x\nactors: []\n", line: 1),
        Case("YAML unknown member", "e.yaml", yamlHeader + "arrangements:\n  - {id: m, name: M, kind: mesa, members: [a, c], evidence: {status: illustrative, reason: r}}\n", line: 8),
        Case("YAML duplicate actor id", "e.yaml", "redes: 1\nname: x\nactors:\n  - {id: a, name: A}\n  - {id: a, name: B}\n", line: 5),
        Case("YAML scenario removing a missing actor", "e.yaml", yamlHeader + "scenarios:\n  - {id: s, remove: {actors: [zz]}}\n", line: 8),
        Case("YAML weight zero", "e.yaml", yamlHeader + "ties:\n  - {source: a, target: b, kind: k, weight: 0, evidence: {status: illustrative, reason: r}}\n", line: 8),
        Case("YAML documented without source", "e.yaml", yamlHeader + "ties:\n  - {source: a, target: b, kind: k, evidence: {status: documented}}\n", line: 8),
        Case("GraphML unclosed tag", "e.graphml", "<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n</graphml>\n", line: 4),
        Case("GraphML undeclared key", "e.graphml", "<graphml>\n<graph>\n<node id=\"a\"><data key=\"k9\">x</data></node>\n</graph>\n</graphml>\n", line: 3),
        Case("GEXF edge to an undefined node", "e.gexf", "<gexf><graph>\n<nodes><node id=\"a\"/></nodes>\n<edges><edge id=\"0\" source=\"a\" target=\"b\"/></edges>\n</graph></gexf>\n", line: 3),
        Case("DL matrix of the wrong size", "e.dl", "dl n=2\nformat = fullmatrix\nlabels:\na,b\ndata:\n0 1\n", line: 6),
        Case("Pajek arc to an undefined vertex", "e.net", "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Arcs\n1 5\n", line: 5),
        Case("node-link JSON without nodes", "e.json", "{\"edges\": []}", line: nil),
        Case("unknown file extension", "e.xlsx", "PK", line: nil),
    ]

    @Test("every case fails cleanly, in Spanish by default and in English with --lang en", arguments: cases)
    func catalog(_ item: Case) throws {
        try check(item, language: nil)
        try check(item, language: "en")
    }

    func check(_ item: Case, language: String?) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redes-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let input = directory.appendingPathComponent(item.file)
        try Data(item.bytes).write(to: input)
        for (name, bytes) in item.extra { try Data(bytes).write(to: directory.appendingPathComponent(name)) }
        let output = directory.appendingPathComponent("out.json")
        let arguments = ["analyze", input.path, "--format", "json", "-o", output.path] + (language.map { ["--lang", $0] } ?? [])
            + item.arguments.map { item.extra[$0] != nil ? directory.appendingPathComponent($0).path : $0 }
        let result = try CLITests().run(arguments)
        #expect(result.status == 1, "exit status \(result.status): \(result.stderr.prefix(300))")
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"))
        let expectedStart = item.line.map { "\(input.path):\($0)" } ?? input.path
        if item.name == "duplicate node ids" {
            // The problem is in the node list, not in the edge list.
            #expect(result.stderr.hasPrefix(directory.appendingPathComponent("n.csv").path + ":3"), "\(result.stderr.prefix(200))")
        } else {
            #expect(result.stderr.hasPrefix(expectedStart), "expected \(expectedStart): \(result.stderr.prefix(300))")
        }
        #expect(result.stderr.contains("error:") && result.stderr.contains(language == "en" ? "\n  fix: " : "\n  solución: "),
                "\(item.name) (\(language ?? "es")): \(result.stderr.prefix(300))")
        #expect(!FileManager.default.fileExists(atPath: output.path), "an output file was left behind")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).allSatisfy { !$0.hasSuffix(".tmp") })
    }

    @Test("an existing output file is never truncated by a failed run")
    func existingOutputKept() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redes-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let output = directory.appendingPathComponent("keep.json")
        try Data("previous".utf8).write(to: output)
        let bad = directory.appendingPathComponent("bad.csv")
        try Data("source;target\n".utf8).write(to: bad)
        let result = try CLITests().run(["analyze", bad.path, "--format", "json", "-o", output.path])
        #expect(result.status == 1)
        #expect(try String(contentsOf: output, encoding: .utf8) == "previous")
    }
}

// MARK: Issue 22 — edge cases (items 7–13): each refused with its message, exit status 1, no output, no temporary file

extension BadInputCatalogTests {
    struct EdgeCase: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let bytes: [UInt8]
        /// The command and its options before the input (`analyze`, `convert`, `render`…).
        var command: String = "analyze"
        /// Options after the input; `OUT` stands for the output file.
        var arguments: [String] = ["--format", "json", "-o", "OUT"]
        /// The output file's name.
        var output: String = "out.json"
        /// The `file:line` the message must start with (nil: the file name alone).
        var line: Int?
        /// Words the English message must contain.
        var message: [String]
        var testDescription: String { name }
    }

    static func text(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// A random graph of `n` actors and `m` ties (seeded), as a CSV edge list.
    static func randomEdges(_ n: Int, _ m: Int) -> [UInt8] {
        var state: UInt64 = 22
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var out = "source,target\n"
        var seen = Set<Int>()
        while seen.count < m {
            let u = next(), v = next()
            if u != v && seen.insert(min(u, v) * n + max(u, v)).inserted { out += "a\(u),a\(v)\n" }
        }
        return Array(out.utf8)
    }

    static let deepNodes = String(repeating: "<x>", count: 40_000) + String(repeating: "</x>", count: 40_000)
    static let bigArrangement = "redes: 1\nname: big\nactors:\n" + (0..<3_030).map { "  - {id: m\($0), name: M\($0)}\n" }.joined()
        + "arrangements:\n  - {id: all, name: Everyone, kind: committee, members: [" + (0..<3_030).map { "m\($0)" }.joined(separator: ", ")
        + "], evidence: {status: illustrative, reason: r}}\n"
    static let trickyIDs = "redes: 1\nname: ids\nactors:\n  - {id: \"x\\\"y\", name: A}\n  - {id: \"x'y\", name: B}\n  - {id: \"línea\\nnueva\", name: C}\n  - {id: \"data:x\", name: D}\n  - {id: \"fin\\\\\", name: E}\n"
        + "ties:\n  - {source: \"x\\\"y\", target: \"x'y\", kind: k, evidence: {status: illustrative, reason: r}}\n"

    static let edgeCases: [EdgeCase] = [
        // Item 7: DTDs with entities, and XML errors in words.
        EdgeCase(name: "GraphML with an external entity", file: "e.graphml", bytes: text("""
            <?xml version="1.0"?>
            <!DOCTYPE graphml [
            <!ENTITY s SYSTEM "file:///etc/hostname">
            ]>
            <graphml><graph edgedefault="undirected"><node id="a"><data key="n">&s;</data></node></graph></graphml>
            """), line: 3, message: ["declares entities", "never opens the files an entity names"]),
        EdgeCase(name: "GEXF entity amplification (billion laughs)", file: "e.gexf", bytes: text("""
            <?xml version="1.0"?>
            <!DOCTYPE gexf [
            <!ENTITY a "aaaaaaaaaa">
            <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
            <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
            <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
            <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
            <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
            <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
            ]>
            <gexf><graph><nodes><node id="a" label="&h;"/></nodes></graph></gexf>
            """), line: 3, message: ["declares entities", "does not expand entities"]),
        EdgeCase(name: "XML parser error in words", file: "e.graphml", bytes: text("<graphml>\n<graph edgedefault=\"undirected\">\n<node id=a/>\n</graph></graphml>\n"),
                 line: 3, message: ["an attribute value without quotes"]),
        // Item 8: a crash and a runaway.
        EdgeCase(name: "GraphML with 40,000 nested elements in a node", file: "e.graphml",
                 bytes: text("<graphml><graph edgedefault=\"undirected\">\n<node id=\"a\">\(deepNodes)</node></graph></graphml>\n"),
                 line: 2, message: ["nested more than 200 levels"]),
        EdgeCase(name: "GEXF with 40,000 nested elements in a node", file: "e.gexf",
                 bytes: text("<gexf><graph><nodes>\n<node id=\"a\">\(deepNodes)</node></nodes></graph></gexf>\n"),
                 line: 2, message: ["nested more than 200 levels"]),
        EdgeCase(name: "Pajek *Vertices 1000000000", file: "e.net", bytes: text("*Vertices 1000000000\n1 \"a\"\n"),
                 line: 1, message: ["1000000000 actors, more than the limit of 1000000", "--max-actors"]),
        EdgeCase(name: "DL n=1000000000", file: "e.dl", bytes: text("dl n=1000000000\nformat=edgelist1\nlabels embedded\ndata:\na b\n"),
                 line: 1, message: ["is not between 0 and 1000000"]),
        // Item 9: characters no writer can hold, refused at load; ids a writer cannot hold, refused by name.
        EdgeCase(name: "a bell (U+0007) in a CSV id", file: "e.csv", bytes: text("source,target\na\u{7}b,c\n"),
                 line: 2, message: ["invisible character U+0007", "remove the character"]),
        EdgeCase(name: "U+FFFE in a YAML name", file: "e.yaml", bytes: text("redes: 1\nname: x\nactors:\n  - {id: a, name: \"A\\uFFFE\"}\n"),
                 line: 4, message: ["invisible character U+FFFE"]),
        EdgeCase(name: "an escape (U+001B) in a Pajek label", file: "e.net", bytes: text("*Vertices 1\n1 \"a\u{1B}b\"\n"),
                 line: 2, message: ["invisible character U+001B"]),
        EdgeCase(name: "a C1 control (U+0085) in a node-link id", file: "e.json", bytes: text("{\"nodes\": [\n{\"id\": \"a\\u0085\"}]}"),
                 line: 2, message: ["invisible character U+0085"]),
        EdgeCase(name: "convert to Pajek: ids with a quote and a line break", file: "ids.yaml", bytes: text(trickyIDs), command: "convert",
                 arguments: ["OUT"], output: "out.net", message: ["Pajek cannot hold 2 of the texts exactly", "'x\"y'", "'línea\\nnueva'"]),
        EdgeCase(name: "convert to UCINET DL: a quote, a line break and `data:`", file: "ids.yaml", bytes: text(trickyIDs), command: "convert",
                 arguments: ["OUT"], output: "out.dl", message: ["UCINET DL cannot hold 3 of the texts exactly", "'data:x'"]),
        EdgeCase(name: "convert to DOT: an id ending with a backslash", file: "ids.yaml", bytes: text(trickyIDs), command: "convert",
                 arguments: ["OUT"], output: "out.dot", message: ["DOT cannot hold 1 of the texts exactly", "'fin\\'"]),
        // Item 10: silent value changes.
        EdgeCase(name: "JSON weight \"2.5\"", file: "e.json", bytes: text("{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}],\n\"edges\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": \"2.5\"}]}"),
                 line: 2, message: ["weight '\"2.5\"' is not a positive number"]),
        EdgeCase(name: "JSON weight {\"v\":1}", file: "e.json", bytes: text("{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}],\n\"edges\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": {\"v\":1}}]}"),
                 line: 2, message: ["weight '{\"v\":1}' is not a positive number"]),
        EdgeCase(name: "Pajek weight heavy", file: "e.net", bytes: text("*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n1 2 heavy\n"),
                 line: 5, message: ["weight 'heavy' is not a positive number"]),
        EdgeCase(name: "GraphML weight heavy", file: "e.graphml", bytes: text("<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n<graph edgedefault=\"undirected\"><node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"><data key=\"w\">heavy</data></edge></graph></graphml>\n"),
                 line: 3, message: ["weight 'heavy' is not a positive number"]),
        EdgeCase(name: "YAML name: null", file: "e.yaml", bytes: text("redes: 1\nname: x\nactors:\n  - {id: a, name: null}\n"),
                 line: 4, message: ["`name` should be a text, number or true/false value, found null"]),
        EdgeCase(name: "YAML period {start: enero}", file: "e.yaml", bytes: text("redes: 1\nname: x\nactors: [{id: a, name: A}, {id: b, name: B}]\narrangements:\n  - {id: m, name: M, kind: mesa, members: [a, b],\n     period: {start: enero}, evidence: {status: illustrative, reason: r}}\n"),
                 line: 6, message: ["'enero' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"]),
        EdgeCase(name: "YAML period ending before it starts", file: "e.yaml", bytes: text("redes: 1\nname: x\nactors: [{id: a, name: A}, {id: b, name: B}]\narrangements:\n  - {id: m, name: M, kind: mesa, members: [a, b],\n     period: {start: 2026, end: 2024}, evidence: {status: illustrative, reason: r}}\n"),
                 line: 6, message: ["the period ends (2024) before it starts (2026)"]),
        EdgeCase(name: "GraphML edgedefault=\"sideways\"", file: "e.graphml", bytes: text("<graphml>\n<graph edgedefault=\"sideways\"><node id=\"a\"/></graph></graphml>\n"),
                 line: 2, message: ["`edgedefault` cannot be 'sideways'", "directed, undirected"]),
        EdgeCase(name: "GEXF defaultedgetype=\"sideways\"", file: "e.gexf", bytes: text("<gexf>\n<graph defaultedgetype=\"sideways\"><nodes><node id=\"a\"/></nodes></graph></gexf>\n"),
                 line: 2, message: ["`defaultedgetype` cannot be 'sideways'"]),
        EdgeCase(name: "JSON \"directed\": \"yes\"", file: "e.json", bytes: text("{\"directed\": \"yes\", \"nodes\": []}"),
                 line: 1, message: ["`directed` should be true or false, found '\"yes\"'"]),
        EdgeCase(name: "JSON trailing comma", file: "e.json", bytes: text("{\"nodes\": [{\"id\": \"a\"},\n  ]}"),
                 line: 2, message: ["not valid JSON: a comma before ] or }"]),
        EdgeCase(name: "JSON \"edges\": \"x\"", file: "e.json", bytes: text("{\"nodes\": [],\n\"edges\": \"x\"}"),
                 line: 2, message: ["`edges` should be a list of entries"]),
        EdgeCase(name: "DL without its dl header", file: "e.dl", bytes: text("n=2\nlabels:\na,b\ndata:\n0 1\n1 0\n"),
                 line: 1, message: ["the first line is not the `dl` header"]),
        EdgeCase(name: "NUL in a CSV field", file: "e.csv", bytes: text("source,target\na,b\u{0}c\n"),
                 line: 2, message: ["invisible character U+0000"]),
        // Item 11: the text cap in characters, with a line; JSON errors with a position.
        EdgeCase(name: "10,001 é in one id", file: "e.csv", bytes: text("source,target\na,b\n" + String(repeating: "é", count: 10_001) + ",c\n"),
                 line: 3, message: ["10001 characters in one text, more than the limit of 10000"]),
        EdgeCase(name: "malformed JSON with its line and column", file: "e.json", bytes: text("{\"nodes\": [\n  {\"id\": \"a\"}\n  {\"id\": \"b\"}]}"),
                 line: 3, message: [":3:3: error: not valid JSON: unexpected '{'"]),
        // Item 13: unbounded work, refused before it starts.
        EdgeCase(name: "analyze of 200,000 actors (estimated, then refused)", file: "big.csv", bytes: randomEdges(200_000, 400_000),
                 line: nil, message: ["the analysis would take about", "shortest paths from", "--allow-slow"]),
        EdgeCase(name: "analyze --sample 50 of a star of 400,000 leaves", file: "star.csv",
                 bytes: text("source,target\n" + (1...400_000).map { "hub,l\($0)\n" }.joined()),
                 arguments: ["--sample", "50", "--format", "json", "-o", "OUT"],
                 line: nil, message: ["one actor has 400000 ties", "--allow-slow"]),
        EdgeCase(name: "render of one arrangement of 3,030 members", file: "big.yaml", bytes: text(bigArrangement), command: "render",
                 arguments: ["-o", "OUT"], output: "out.svg",
                 line: nil, message: ["about 4588935 pairs of actors ('Everyone' alone has 3030 members)", "--two-mode (3030 lines)"]),
    ]

    @Test("issue 22: each case is refused with its message, status 1, no output and no temporary file", arguments: edgeCases)
    func edgeCase(_ item: EdgeCase) throws {
        for language in ["en", "es"] {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redes-catalog-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let input = directory.appendingPathComponent(item.file)
            try Data(item.bytes).write(to: input)
            let output = directory.appendingPathComponent(item.output)
            let arguments = [item.command, input.path] + item.arguments.map { $0 == "OUT" ? output.path : $0 } + ["--lang", language]
            let result = try CLITests().run(arguments)
            #expect(result.status == 1, "\(item.name) (\(language)): status \(result.status): \(result.stderr.prefix(300))")
            #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"))
            let start = item.line.map { "\(input.path):\($0)" } ?? (item.command == "convert" ? output.path : input.path)
            #expect(result.stderr.hasPrefix(start) || result.stderr.contains("\n" + start), "\(item.name): \(result.stderr.prefix(300))")
            #expect(result.stderr.contains(language == "en" ? "\n  fix: " : "\n  solución: "), "\(item.name) (\(language)): \(result.stderr.prefix(400))")
            if language == "en" {
                for words in item.message { #expect(result.stderr.contains(words), "\(item.name): «\(words)» not in \(result.stderr.prefix(600))") }
            }
            #expect(!FileManager.default.fileExists(atPath: output.path), "an output file was left behind")
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).allSatisfy { !$0.hasSuffix(".tmp") })
        }
    }

    @Test("issue 22, item 12: the temporary file of a writer killed mid-write is removed by the next write")
    func killedWriter() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redes-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // What `kill -9` leaves: `.NAME.PID.tmp` of a process that no longer runs.
        let exited = Process()
        exited.executableURL = URL(fileURLWithPath: "/bin/true")
        try exited.run()
        exited.waitUntilExit()
        let litter = directory.appendingPathComponent(".out.json.\(exited.processIdentifier).tmp")
        try Data("{\"half".utf8).write(to: litter)
        let output = directory.appendingPathComponent("out.json")
        let result = try CLITests().run(["analyze", "Networks/antofagasta-tp.yaml", "--metrics", "degree", "--format", "json", "-o", output.path])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: output.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.json"])
    }
}
