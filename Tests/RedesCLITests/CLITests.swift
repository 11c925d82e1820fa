import Foundation
import Testing

/// Runs the built `redes` tool, as a user would, and checks its output, errors and exit codes.
@Suite("The redes command-line tool")
struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `redes` executable next to the test bundle.
    static var executable: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("redes")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/redes")
    }

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    func run(_ arguments: [String], environment: [String: String] = [:], in directory: URL = CLITests.root) throws -> Result {
        let process = Process()
        process.executableURL = CLITests.executable
        process.arguments = arguments
        // The language comes from --lang, REDES_LANG or the locale: the tests start from none of them (Spanish), so
        // that a developer's English locale does not change what they expect.
        var base = ProcessInfo.processInfo.environment
        for variable in ["REDES_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { base[variable] = nil }
        process.environment = base.merging(environment) { _, new in new }
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test("--version names the Graphviz library read through libgvc")
    func version() throws {
        let result = try run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Graphviz 2."))
    }

    @Test("analyze --format json lists the actors with their blocs, byte-identical across runs")
    func analyzeJSON() throws {
        let first = try run(["analyze", "Networks/antofagasta-tp.yaml", "--format", "json"])
        #expect(first.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        let actors = try #require(json["actors"] as? [[String: Any]])
        #expect(actors.count >= 25)
        let blocs = Dictionary(uniqueKeysWithValues: actors.map { ($0["id"] as! String, $0["bloc"] as? String) })
        #expect(blocs["codigo-futuro"] == "programas" && blocs["secreduc"] == "publico")
        // `id` comes first in every actor object.
        #expect(first.stdout.contains("{\n      \"id\": \"secreduc\""))
        for arrangement in try #require(json["arrangements"] as? [[String: Any]]) {
            #expect(arrangement["status"] is String && arrangement["evidence"] is [String: Any])
        }
        let second = try run(["analyze", "Networks/antofagasta-tp.yaml", "--format", "json"])
        #expect(second.stdout == first.stdout)
    }

    @Test("analyze reads a CSV edge list with a node list of isolates")
    func analyzeCSV() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redes-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("source,target\na,b\nb,c\n".utf8).write(to: directory.appendingPathComponent("edges.csv"))
        try Data("id,bloc\na,x\nb,x\nc,y\nd,y\n".utf8).write(to: directory.appendingPathComponent("nodes.csv"))
        let result = try run(["analyze", directory.appendingPathComponent("edges.csv").path,
                              "--nodes", directory.appendingPathComponent("nodes.csv").path, "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let network = try #require(json["network"] as? [String: Any])
        #expect(network["isolates"] as? Int == 1 && network["components"] as? Int == 2)
    }

    @Test("bad input: a clear message on stderr, exit status 1, and no output file")
    func badInput() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redes-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let bad = directory.appendingPathComponent("bad.csv")
        try Data("source|target\na|b\n".utf8).write(to: bad)
        let output = directory.appendingPathComponent("out.json")
        let result = try run(["analyze", bad.path, "--format", "json", "-o", output.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr == "\(bad.path):1: error: the header is separated by a vertical bar, not by a comma\n  fix: separate the fields with a comma, or pass --delimiter '|'\n")
        let spanish = try run(["analyze", bad.path, "--format", "json", "-o", output.path])
        #expect(spanish.stderr == "\(bad.path):1: error: el encabezado está separado por barras verticales, no por comas\n  solución: separe los campos con comas, o agregue --delimiter '|'\n")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test("an unknown scenario lists the available ones")
    func unknownScenario() throws {
        let result = try run(["analyze", "Networks/antofagasta-tp.yaml", "--scenario", "comite", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no scenario named 'comite'"))
        #expect(result.stderr.contains("comite-regional-tp"))
    }

    @Test("-o writes the file atomically and leaves no temporary file")
    func outputFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redes-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let output = directory.appendingPathComponent("a.json")
        let result = try run(["analyze", "Networks/antofagasta-tp.yaml", "--format", "json", "-o", output.path])
        #expect(result.status == 0 && result.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["a.json"])
    }

    @Test("analyze on a CSV edge list gives NetworkX's numbers, weighted and directed", arguments: [
        ("karate", false, "weighted"), ("karate", false, "unweighted"), ("random-directed", true, "weighted"),
        ("random-directed", true, "unweighted"),
    ])
    func csvAgainstNetworkX(name: String, directed: Bool, variant: String) throws {
        let fixtures = CLITests.root.appendingPathComponent("Tests/RedesTests/Fixtures/reference")
        var arguments = ["analyze", fixtures.appendingPathComponent("\(name).edges.csv").path,
                         "--nodes", fixtures.appendingPathComponent("\(name).nodes.csv").path, "--format", "json"]
        if directed { arguments.append("--directed") }
        if variant == "weighted" { arguments.append("--weighted") }
        let result = try run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let reference = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: fixtures.appendingPathComponent("\(name).json"))) as? [String: Any])
        let expected = try #require(((reference["results"] as? [String: Any])?[variant] as? [String: Any])?["actor"] as? [String: [String: Any]])
        let actors = try #require(json["actors"] as? [[String: Any]])
        for metric in ["betweenness", "closeness", "harmonic", "pagerank", "clustering", "strength", "core_number"] {
            for actor in actors {
                let id = actor["id"] as! String
                let mine = try #require(actor[metric] as? Double, "\(metric)[\(id)]")
                let theirs = try #require((expected[metric]?[id] as? NSNumber)?.doubleValue)
                #expect(abs(mine - theirs) <= 1e-9 * max(1, abs(theirs)), "\(metric)[\(id)]: \(mine) vs \(theirs)")
            }
        }
    }

    @Test("CSV output has one row per actor, sorted and cut on request")
    func csvOutput() throws {
        let result = try run(["analyze", "Networks/antofagasta-tp.yaml", "--format", "csv", "--metrics", "degree,betweenness",
                              "--sort", "degree", "--top", "3"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "id,name,bloc,degree,betweenness")
        #expect(lines.count == 4)
    }

    @Test("analyze --format json on the bundled network has every diagnosis section")
    func diagnosisSections() throws {
        let result = try run(["analyze", "Networks/antofagasta-tp.yaml", "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let network = try #require(json["network"] as? [String: Any])
        for key in ["fragmentation", "distance_fragmentation", "ei_index", "bloc_modularity", "single_channel_ties",
                    "multiplex_ties", "degree_centralization", "betweenness_centralization", "bridges", "assortativity"] {
            #expect(network[key] != nil, "network.\(key)")
        }
        let actors = try #require(json["actors"] as? [[String: Any]])
        for key in ["fragmentation_if_removed", "distance_fragmentation_if_removed", "constraint", "effective_size",
                    "efficiency", "hierarchy", "brokerage", "brokerage_expected", "brokerage_z", "community", "betweenness",
                    "closeness", "harmonic", "eigenvector", "pagerank", "clustering", "core_number", "articulation_point"] {
            #expect(actors.allSatisfy { $0[key] != nil }, "actors[].\(key)")
        }
        let roles = try #require(actors.first?["brokerage"] as? [String: Any])
        #expect(Set(roles.keys) == ["w_I", "w_O", "b_IO", "b_OI", "b_O", "t"])
        let keyPlayers = try #require(json["key_players"] as? [String: Any])
        let negative = try #require(keyPlayers["negative"] as? [String: Any])
        #expect(negative["exact"] as? Bool == true && (negative["set"] as? [String])?.count == 2)
        let cohesion = try #require(json["cohesion"] as? [String: Any])
        for key in ["ei_index", "ei_rescaled", "ei_permutation", "ei_groups", "mixing_ties", "mixing_density", "modularity"] {
            #expect(cohesion[key] != nil, "cohesion.\(key)")
        }
        let communities = try #require(json["communities"] as? [String: Any])
        #expect(communities["nmi_with_groups"] != nil && communities["ari_with_groups"] != nil)
        let redundancy = try #require(json["redundancy"] as? [String: Any])
        for key in ["overlapping_arrangements", "meeting_load", "single_channel_ties", "bloc_pairs", "arrangement_dependency"] {
            #expect(redundancy[key] != nil, "redundancy.\(key)")
        }
    }

    @Test("the table output opens with a plain diagnosis")
    func diagnosisTable() throws {
        let spanish = try run(["analyze", "Networks/antofagasta-tp.yaml"])
        #expect(spanish.stdout.contains("Diagnóstico\n  • La red de 30 actores"))
        let english = try run(["analyze", "Networks/antofagasta-tp.yaml", "--lang", "en"])
        #expect(english.stdout.contains("Diagnosis\n  • The network of 30 actors"))
    }

    @Test("keyplayers reports the set, its score and the method")
    func keyPlayersCommand() throws {
        let fixtures = CLITests.root.appendingPathComponent("Tests/RedesTests/Fixtures/reference")
        let result = try run(["keyplayers", fixtures.appendingPathComponent("florentine.edges.csv").path,
                              "--nodes", fixtures.appendingPathComponent("florentine.nodes.csv").path,
                              "--k", "1", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        // Removing the Medici splits the marriage network most (Padgett & Ansell 1993).
        #expect(json["set"] as? [String] == ["Medici"])
        #expect(json["exact"] as? Bool == true)
        #expect((json["method"] as? String)?.hasPrefix("exhaustive") == true)
    }

    @Test("scenario before/after values match analyze on the network with the scenario applied")
    func scenarioMatchesAnalyze() throws {
        let comparison = try run(["scenario", "Networks/antofagasta-tp.yaml", "comite-regional-tp", "--format", "json"])
        #expect(comparison.status == 0, "\(comparison.stderr)")
        let analysis = try run(["analyze", "Networks/antofagasta-tp.yaml", "--scenario", "comite-regional-tp", "--format", "json"])
        let base = try run(["analyze", "Networks/antofagasta-tp.yaml", "--format", "json"])
        let figures = try #require((try JSONSerialization.jsonObject(with: Data(comparison.stdout.utf8)) as? [String: Any])?["network"] as? [String: [String: Any]])
        let after = try #require((try JSONSerialization.jsonObject(with: Data(analysis.stdout.utf8)) as? [String: Any])?["network"] as? [String: Any])
        let before = try #require((try JSONSerialization.jsonObject(with: Data(base.stdout.utf8)) as? [String: Any])?["network"] as? [String: Any])
        for key in ["density", "components", "fragmentation", "distance_fragmentation", "ei_index", "degree_centralization",
                    "betweenness_centralization", "average_distance", "ties"] {
            let mine = try #require(figures[key])
            #expect((mine["after"] as? NSNumber)?.doubleValue == (after[key] as? NSNumber)?.doubleValue, "after \(key)")
            #expect((mine["before"] as? NSNumber)?.doubleValue == (before[key] as? NSNumber)?.doubleValue, "before \(key)")
        }
    }

    @Test("a changes file that names a missing actor is an error at its line")
    func changesFileError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redes-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("cambios.yaml")
        try Data("scenarios:\n  - id: mesa-nueva\n    join:\n      - {arrangement: cae-antofagasta, members: [nadie]}\n".utf8).write(to: file)
        let result = try run(["scenario", "Networks/antofagasta-tp.yaml", "--changes", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(file.path):4:"))
        #expect(result.stderr.contains("scenario 'mesa-nueva'") && result.stderr.contains("'nadie'"))
    }

    @Test("robustness, suggest and sensitivity run and are reproducible")
    func decisionCommands() throws {
        for arguments in [["robustness", "Networks/antofagasta-tp.yaml", "--order", "random", "--runs", "5", "--seed", "3", "--format", "json"],
                          ["suggest", "Networks/antofagasta-tp.yaml", "--k", "2", "--format", "json"],
                          ["sensitivity", "Networks/antofagasta-tp.yaml", "--runs", "5", "--seed", "2", "--format", "json"]] {
            let first = try run(arguments), second = try run(arguments)
            #expect(first.status == 0, "\(arguments): \(first.stderr)")
            #expect(first.stdout == second.stdout && !first.stdout.isEmpty, "\(arguments)")
        }
    }

    @Test("report writes one HTML file, or Markdown with its SVG files beside it")
    func report() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redes-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let html = directory.appendingPathComponent("r.html")
        let result = try run(["report", "Networks/antofagasta-tp.yaml", "-o", html.path, "--scenario", "comite-regional-tp"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: html, encoding: .utf8)
        #expect(text.contains("<html lang=\"es\">") && text.contains("<svg"))
        let markdown = directory.appendingPathComponent("informe.md")
        let md = try run(["report", "Networks/antofagasta-tp.yaml", "-o", markdown.path, "--lang", "en", "--scenario", "comite-regional-tp"])
        #expect(md.status == 0, "\(md.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(files.contains("informe.md") && files.contains("informe-red.svg") && files.contains("informe-robustez.svg"))
    }

    @Test("every command's output is byte-identical across runs and across thread counts")
    func determinismAcrossThreads() throws {
        let fixtures = CLITests.root.appendingPathComponent("Tests/RedesTests/Fixtures/reference")
        let karate = fixtures.appendingPathComponent("karate.edges.csv").path
        let commands: [[String]] = [
            ["analyze", "Networks/antofagasta-tp.yaml", "--format", "json"],
            ["analyze", karate, "--format", "csv", "--weighted"],
            ["keyplayers", "Networks/antofagasta-tp.yaml", "--k", "2", "--format", "json"],
            ["scenario", "Networks/antofagasta-tp.yaml", "comite-regional-tp", "--format", "json"],
            ["robustness", karate, "--order", "random", "--runs", "3", "--format", "json"],
            ["suggest", karate, "--k", "2", "--format", "json"],
            ["sensitivity", "Networks/antofagasta-tp.yaml", "--runs", "3", "--format", "json"],
            ["render", "Networks/antofagasta-tp.yaml", "-o", "-", "--format", "svg"],
            ["report", "Networks/antofagasta-tp.yaml", "-o", "-", "--scenario", "comite-regional-tp"],
            ["convert", "Networks/antofagasta-tp.yaml", "-", "--to", "graphml"],
        ]
        for command in commands {
            let parallel = try run(command)
            let again = try run(command)
            let single = try run(command, environment: ["REDES_THREADS": "1"])
            #expect(parallel.status == 0, "\(command): \(parallel.stderr.prefix(200))")
            #expect(!parallel.stdout.isEmpty && parallel.stdout == again.stdout, "\(command) across runs")
            #expect(parallel.stdout == single.stdout, "\(command) across thread counts")
        }
    }
}
