import Foundation
import Testing

/// Every listed `--format` works, and the examples build and run.
@Suite("Formats and examples")
struct ArchitectureCLITests {
    let cli = CLITests()

    /// Parses CSV with Python's csv module and returns the rows, or nil when Python is not installed.
    func pythonRows(_ text: String) throws -> [[String]]? {
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
            ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map { "\($0)/python3" }
                .first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let python else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import csv, json, sys; print(json.dumps(list(csv.reader(sys.stdin, strict=True))))"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "Python's csv module rejects: \(text)")
        return try JSONSerialization.jsonObject(with: data) as? [[String]]
    }

    @Test("every command that lists --format csv prints CSV that Python's csv module parses, one header and equal rows",
          arguments: [
              ["scenario", "Networks/antofagasta-tp.yaml", "comite-regional-tp"],
              ["suggest", "Networks/antofagasta-tp.yaml", "--k", "2"],
              ["sensitivity", "Networks/antofagasta-tp.yaml", "--runs", "10"],
              ["robustness", "Networks/antofagasta-tp.yaml"],
              ["keyplayers", "Networks/antofagasta-tp.yaml"],
              ["analyze", "Networks/antofagasta-tp.yaml"],
          ])
    func csvEverywhere(_ arguments: [String]) throws {
        let result = try cli.run(arguments + ["--format", "csv"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        #expect(!result.stdout.hasPrefix("{"), "\(arguments) printed JSON for --format csv")
        guard let rows = try pythonRows(result.stdout) else { return }
        #expect(rows.count >= 2, "\(arguments): \(rows)")
        #expect(Set(rows.map(\.count)).count == 1, "\(arguments): rows of unequal length")
    }

    @Test("a format a command does not have is refused with the list of those it has")
    func unknownFormat() throws {
        let result = try cli.run(["scenario", "Networks/antofagasta-tp.yaml", "comite-regional-tp", "--format", "xml"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("table") && result.stderr.contains("csv"))
    }

    @Test("keyplayers refuses --weighted where weights would be ignored (reach, F), in the run's language")
    func weightedKeyPlayers() throws {
        for arguments in [["--mode", "positive"], ["--measure", "F"]] {
            let result = try cli.run(["keyplayers", "Networks/antofagasta-tp.yaml", "--weighted", "--lang", "en"] + arguments)
            #expect(result.status == 1 && result.stderr.contains("--weighted changes only DF"), "\(arguments): \(result.stderr)")
        }
        let spanish = try cli.run(["keyplayers", "Networks/antofagasta-tp.yaml", "--weighted", "--mode", "positive"])
        #expect(spanish.status == 1 && spanish.stderr.contains("solución:"))
        let df = try cli.run(["keyplayers", "Networks/antofagasta-tp.yaml", "--weighted", "--measure", "DF", "--format", "json"])
        #expect(df.status == 0, "\(df.stderr)")
    }

    @Test("analyze --metrics X in JSON holds X and no diagnosis section")
    func metricsOnly() throws {
        let result = try cli.run(["analyze", "Networks/antofagasta-tp.yaml", "--metrics", "betweenness", "--format", "json"])
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let actor = try #require((document["actors"] as? [[String: Any]])?.first)
        #expect(actor["betweenness"] != nil && actor["closeness"] == nil && actor["constraint"] == nil)
        #expect(document["key_players"] == nil && document["redundancy"] == nil)
    }

    /// An executable built beside the test bundle.
    static func built(_ name: String) -> URL? {
        var directory = CLITests.executable.deletingLastPathComponent()
        for _ in 0..<2 {
            let candidate = directory.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    @Test("the examples in Examples/ run and print what their comments promise", arguments: [
        ("build-network-example", "distance_fragmentation"),
        ("render-network-example", "wrote"),
    ])
    func examples(_ name: String, _ expected: String) throws {
        let executable = try #require(Self.built(name), "\(name) is not built (swift build builds every target)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redes-example-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = executable
        process.arguments = [folder.path]
        process.currentDirectoryURL = CLITests.root
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains(expected), "\(name) printed: \(text)")
    }
}
