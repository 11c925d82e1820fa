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
