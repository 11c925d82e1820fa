import Foundation
import Testing

/// Issue 22 (and item 5 of issue 16) through the command-line tool.
@Suite("Edge cases through the command-line tool")
struct EdgeCaseCLITests {
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("redes-edge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Ids with a double quote, an apostrophe, a space, accents and a line break (YAML escapes).
    static let ids = ["x\"y", "x'y", "con espacio", "Ñuñoa-é", "línea\nnueva"]
    static let yaml = "redes: 1\nname: ids\nactors:\n" + ids.enumerated().map { i, id in
        "  - {id: \"\(id.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n"))\", name: N\(i)}\n"
    }.joined() + "ties:\n" + zip(ids, ids.dropFirst()).map { a, b in
        let q = { (s: String) in "\"" + s.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\"" }
        return "  - {source: \(q(a)), target: \(q(b)), kind: k, evidence: {status: illustrative, reason: r}}\n"
    }.joined()

    @Test("convert to every format round-trips every id exactly, or exits 1 naming the ids it cannot write",
          arguments: ["graphml", "gexf", "json", "csv", "net", "dl", "yaml", "dot"])
    func convertTrickyIDs(_ format: String) throws {
        let directory = try Self.directory()
        let input = directory.appendingPathComponent("ids.yaml")
        try Data(Self.yaml.utf8).write(to: input)
        let output = directory.appendingPathComponent("out.\(format)")
        let result = try CLITests().run(["convert", input.path, output.path, "--lang", "en"])
        // By hand: Pajek and DL labels can hold neither a double quote nor a line break; the others hold any id.
        if format == "net" || format == "dl" {
            #expect(result.status == 1)
            #expect(result.stderr.contains("'x\"y' — a double quote") && result.stderr.contains("'línea\\nnueva' — a line break"))
            #expect(!result.stderr.contains("'x'y'") && !result.stderr.contains("'con espacio'"), "only the ids at fault are named")
            #expect(!FileManager.default.fileExists(atPath: output.path))
            return
        }
        #expect(result.status == 0, "\(result.stderr)")
        if format == "dot" { return }  // read back by Graphviz in DOTRoundTripTests
        var arguments = ["analyze", output.path, "--metrics", "degree", "--format", "json"]
        if format == "csv" { arguments += ["--nodes", directory.appendingPathComponent("out.nodes.csv").path] }
        let back = try CLITests().run(arguments)
        #expect(back.status == 0, "\(back.stderr)")
        let actors = try #require(try Self.json(back.stdout)["actors"] as? [[String: Any]])
        #expect(actors.map { $0["id"] as? String } == Self.ids)
    }

    @Test("the bundled network's eigenvector: NetworkX's leading eigenvector with a note; --eigenvector per-component")
    func eigenvector() throws {
        let leading = try CLITests().run(["analyze", "Networks/antofagasta-tp.yaml", "--metrics", "eigenvector", "--format", "json"])
        let document = try Self.json(leading.stdout)
        let network = try #require(document["network"] as? [String: Any])
        #expect(network["eigenvector_scope"] as? String == "leading" && network["eigenvector_nonzero_actors"] as? Int == 25)
        let actors = try #require(document["actors"] as? [[String: Any]])
        let secreduc = try #require(actors.first { $0["id"] as? String == "secreduc" })
        // Issue 16: NetworkX gives SECREDUC 0,325 (fixture: Tests/RedesTests/Fixtures/eigenvector/antofagasta.json).
        #expect(abs((secreduc["eigenvector"] as? Double ?? 0) - 0.325) < 5e-4)
        let table = try CLITests().run(["analyze", "Networks/antofagasta-tp.yaml", "--lang", "en"])
        #expect(table.stdout.contains("eigenvector centrality is the leading eigenvector of the whole network, as NetworkX and igraph compute it"))
        let spanish = try CLITests().run(["analyze", "Networks/antofagasta-tp.yaml"])
        #expect(spanish.stdout.contains("el vector propio es el principal de toda la red"))
        let own = try CLITests().run(["analyze", "Networks/antofagasta-tp.yaml", "--metrics", "eigenvector", "--format", "json",
                                      "--eigenvector", "per-component"])
        let ownNetwork = try #require(try Self.json(own.stdout)["network"] as? [String: Any])
        #expect(ownNetwork["eigenvector_scope"] as? String == "per-component")
        let bad = try CLITests().run(["analyze", "Networks/antofagasta-tp.yaml", "--eigenvector", "componentwise"])
        #expect(bad.status != 0)
    }

    @Test("--missing-group: the note lists the actors without a value, in both languages")
    func missingGroup() throws {
        let directory = try Self.directory()
        try Data("source,target\na,b\nb,c\nc,d\n".utf8).write(to: directory.appendingPathComponent("e.csv"))
        try Data("id,bloc\na,x\nb,\nc,y\nd,\n".utf8).write(to: directory.appendingPathComponent("n.csv"))
        let base = ["analyze", directory.appendingPathComponent("e.csv").path, "--nodes", directory.appendingPathComponent("n.csv").path]
        let english = try CLITests().run(base + ["--lang", "en"])
        #expect(english.stdout.contains("2 actors have no value for 'bloc' (b, d): pooled into one group"))
        let spanish = try CLITests().run(base + ["--missing-group", "exclude"])
        #expect(spanish.stdout.contains("2 actores no tienen valor para 'bloc' (b, d): se dejan fuera"))
        let json = try Self.json(try CLITests().run(base + ["--missing-group", "exclude", "--format", "json"]).stdout)
        let actors = try #require(json["actors"] as? [[String: Any]])
        #expect(actors[1]["brokerage"] is NSNull && actors[1]["ei_index"] is NSNull)
    }

    @Test("keyplayers on three isolates with --k 2: no set and a null score, never an 'improvement' from 1 to 0")
    func degenerateKeyPlayers() throws {
        let directory = try Self.directory()
        try Data("source,target\n".utf8).write(to: directory.appendingPathComponent("e.csv"))
        try Data("id\na\nb\nc\n".utf8).write(to: directory.appendingPathComponent("n.csv"))
        let base = ["keyplayers", directory.appendingPathComponent("e.csv").path, "--nodes", directory.appendingPathComponent("n.csv").path, "--k", "2"]
        let json = try Self.json(try CLITests().run(base + ["--format", "json"]).stdout)
        #expect(json["score"] is NSNull && (json["set"] as? [Any])?.isEmpty == true && json["score_before"] as? Double == 1)
        let table = try CLITests().run(base + ["--lang", "en"])
        #expect(table.stdout.contains("removing 2 of the 3 actors leaves 1"))
    }
}
