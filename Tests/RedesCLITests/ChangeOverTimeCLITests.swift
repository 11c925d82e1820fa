import Foundation
import Testing

/// `redes compare`, `redes roadmap`, `redes waves`, `--at` and `render --compare`, run as a user would.
@Suite("Change over time: compare, roadmap, waves")
struct ChangeOverTimeCLITests {
    static let network = "Networks/antofagasta-tp.yaml"
    static let waves = "Tests/RedesTests/Fixtures/waves/olas.yaml"
    static let fixtures = CLITests.root.appendingPathComponent("Tests/RedesTests/Fixtures/compare")

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLITests().run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("compare on two edge lists gives NetworkX's gained/lost/kept, Jaccard, Hamming and degree deltas",
          arguments: ["undirected", "directed"])
    func againstNetworkX(_ name: String) throws {
        let reference = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.fixtures.appendingPathComponent("\(name).json"))) as? [String: Any])
        func path(_ side: String, _ kind: String) -> String { Self.fixtures.appendingPathComponent("\(name)-\(side).\(kind).csv").path }
        let directed = reference["directed"] as? Bool == true
        let result = try json(["compare", path("a", "edges"), path("b", "edges"), "--nodes", path("a", "nodes"), "--nodes-b", path("b", "nodes")]
                              + (directed ? ["--directed"] : []))
        let links = try #require(result["links"] as? [String: Any]), expected = try #require(reference["links"] as? [String: Int])
        #expect(links["gained"] as? Int == expected["gained"] && links["lost"] as? Int == expected["lost"] && links["kept"] as? Int == expected["kept"])
        let stability = try #require(result["stability"] as? [String: Any]), reference2 = try #require(reference["stability"] as? [String: Any])
        #expect(stability["hamming"] as? Int == reference2["hamming"] as? Int)
        #expect(abs((stability["jaccard"] as? Double ?? -1) - (reference2["jaccard"] as? Double ?? -2)) < 1e-12)
        let deltas = try #require(reference["degree_delta"] as? [String: Int])
        let actors = try #require(result["actor_changes"] as? [[String: Any]])
        var checked = 0
        for actor in actors {
            guard let id = actor["id"] as? String, let delta = deltas[id] else { continue }
            #expect(actor["degree_delta"] as? Double == Double(delta), "\(id)")
            checked += 1
        }
        #expect(checked == deltas.count)
        let entered = try #require((result["actors"] as? [String: Any])?["entered"] as? [String])
        #expect(entered.sorted() == (reference["actors"] as? [String: [String]])?["entered"])
    }

    @Test("compare --at: the waves of one file, counted by hand; a Jaccard below 0.3 is pointed out")
    func waves() throws {
        // 2025: a b c d f g; the mesa {a, b, c, d} and a–f, c–g, d–g. 2027: a b c e g; the convenio {b, e, g} and a–c.
        let result = try json(["compare", Self.waves, "--at", "2025", "--at", "2027"])
        let links = try #require(result["links"] as? [String: Any])
        #expect(links["gained"] as? Int == 3 && links["lost"] as? Int == 8 && links["kept"] as? Int == 1)
        let stability = try #require(result["stability"] as? [String: Any])
        // Among a, b, c, g: kept a–c; gained b–g; lost a–b, b–c, c–g.
        #expect(stability["common_actors"] as? Int == 4 && stability["hamming"] as? Int == 4 && stability["jaccard"] as? Double == 0.2)
        #expect((result["actors"] as? [String: Any])?["left"] as? [String] == ["d", "f"])
        #expect((result["arrangements"] as? [String: Any])?["ended"] as? [String] == ["mesa"])
        let table = try CLITests().run(["compare", Self.waves, "--at", "2025", "--at", "2027", "--lang", "en"])
        #expect(table.stdout.hasPrefix("Comparison: A = olas.yaml on 2025 → B = olas.yaml on 2027\n"))
        #expect(table.stdout.contains("Stability among the 4 actors present in both: Jaccard 0.200, Hamming 4 (1 gained, 3 lost)\n"))
        #expect(table.stdout.contains("note: Jaccard below 0.3"))
        // analyze --at reads the same network.
        let analysis = try json(["analyze", Self.waves, "--at", "2027", "--metrics", "degree"])
        #expect((analysis["actors"] as? [[String: Any]])?.map { $0["id"] as? String } == ["a", "b", "c", "e", "g"])
    }

    @Test("roadmap --format json lists the phases with every figure, consistent with analyze and compare")
    func roadmap() throws {
        let result = try json(["roadmap", Self.network])
        let steps = try #require(result["steps"] as? [[String: Any]])
        #expect(steps.map { $0["id"] as? String } == [nil, "instalacion", "escalamiento", "consolidacion"])
        #expect(steps.map { $0["step"] as? String } == ["as_is", "phase", "phase", "phase"])
        for step in steps {
            for key in ["fragmentation", "distance_fragmentation", "components", "bloc_gaps", "single_channel_share", "ei_index"] {
                #expect(step[key] is Double, "\(step["id"] ?? "as is"): \(key)")
            }
        }
        // Indicator coverage: the share of the board's indicators the committee sees, as `redes indicators` counts them
        // for the network as it is and for the Comité scenario (the first phase).
        let board = try json(["indicators", Self.network])
        let rows = try #require(board["scenarios"] as? [[String: Any]])
        func seen(_ id: String?) -> Double? {
            rows.first { ($0["id"] as? String) == id }.flatMap { row in
                (row["committee_sees"] as? [String]).map { Double($0.count) / Double(row["indicators"] as? Int ?? 0) }
            }
        }
        #expect(steps[0]["indicator_coverage"] as? Double == seen(nil))
        #expect(steps[1]["indicator_coverage"] as? Double == seen("comite-regional-tp"))
        #expect(steps.allSatisfy { $0["indicator_coverage"] is Double })
        #expect(steps.dropFirst().allSatisfy { $0["status"] as? String == "proposed" && $0["change"] is [String: Any] })
        // The first phase is the Comité scenario (its period keeps everything): its figures are `compare --scenario`'s.
        let scenario = try json(["compare", Self.network, "--scenario", "comite-regional-tp"])
        let network = try #require(scenario["network"] as? [String: [String: Any]])
        for (key, figure) in [("fragmentation", "fragmentation"), ("distance_fragmentation", "distance_fragmentation"), ("ei_index", "ei_index")] {
            #expect(steps[0][key] as? Double == network[figure]?["before"] as? Double, "\(key) as is")
            #expect(steps[1][key] as? Double == network[figure]?["after"] as? Double, "\(key) after Instalación")
        }
        // Consolidación starts in 2027: the Comité Estratégico (2025–2026) has ended.
        #expect((steps[3]["change"] as? [String: Any])?["arrangements_ended"] as? [String] == ["comite-estrategico-gobernanza"])
        let directory = try CLITests.freshDirectory("redes-roadmap")
        let chart = directory.appendingPathComponent("t.svg").path
        let table = try CLITests().run(["roadmap", Self.network, "--chart", chart])
        #expect(table.status == 0 && table.stdout.hasPrefix("Hoja de ruta: Ecosistema TP Región de Antofagasta\n"))
        let svg = try String(contentsOfFile: chart, encoding: .utf8)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\"") && svg.components(separatedBy: "<g class=\"panel\">").count == 8)
    }

    @Test("waves: one matrix per wave in one actor order, the composition file, and a dynamic GEXF that NetworkX reads with its spells")
    func export() throws {
        let directory = try CLITests.freshDirectory("redes-waves")
        let gexf = directory.appendingPathComponent("w.gexf").path, siena = directory.appendingPathComponent("siena").path
        let result = try CLITests().run(["waves", Self.waves, "--at", "2025", "--at", "2026-06", "--at", "2027", "-o", gexf, "--siena", siena])
        #expect(result.status == 0, "\(result.stderr)")
        let order = try String(contentsOfFile: siena + "/actors.csv", encoding: .utf8).split(separator: "\n").dropFirst().map { $0.split(separator: ",")[1] }
        #expect(order == ["a", "b", "c", "d", "f", "g", "e"])
        for k in 1...3 {
            let rows = try String(contentsOfFile: siena + "/wave-\(k).dat", encoding: .utf8).split(separator: "\n")
            #expect(rows.count == 7 && rows.allSatisfy { $0.split(separator: " ").count == 7 })
        }
        // Wave 2 (2026-06): the mesa {a, b, c} (d has left), a–f, and the convenio {b, e, g}.
        let wave2 = try String(contentsOfFile: siena + "/wave-2.dat", encoding: .utf8)
        #expect(wave2 == "0 1 1 0 1 0 0\n1 0 1 0 0 1 1\n1 1 0 0 0 0 0\n0 0 0 0 0 0 0\n1 0 0 0 0 0 0\n0 1 0 0 0 0 1\n0 1 0 0 0 1 0\n")
        #expect(try String(contentsOfFile: siena + "/composition.dat", encoding: .utf8) == "1 3\n1 3\n1 3\n1 1.5\n1 2.5\n1 3\n1.5 3\n")
        let text = try String(contentsOfFile: gexf, encoding: .utf8)
        #expect(text.contains("mode=\"dynamic\" timeformat=\"double\"") && text.contains("<spell start=\"1.0\" end=\"2.0\"/>"))
        // NetworkX, when this machine has it (make interop runs the same check).
        guard let (status, printed) = try CLITests.python("Scripts/interop/check_waves.py", [gexf, siena, "--network",
            CLITests.root.appendingPathComponent(Self.waves).path, "--at", "2025", "2026-06", "2027"], modules: "networkx, yaml") else { return }
        #expect(status == 0 && printed.hasSuffix(": ok\n"), "\(printed)")
    }

    @Test("render --compare: two panels on one layout, every actor at the same height and shifted by one panel width")
    func renderCompare() throws {
        let directory = try CLITests.freshDirectory("redes-panels")
        let svg = directory.appendingPathComponent("p.svg").path
        func path(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }
        let result = try CLITests().run(["render", path("undirected-a.edges.csv"), "--compare", path("undirected-b.edges.csv"), "-o", svg])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("id=\"p1&#45;title\"") && text.contains("id=\"p2&#45;title\""))
        // Each actor's label: where it is in each panel.
        var places: [String: [String: (x: Double, y: Double)]] = ["p1": [:], "p2": [:]]
        for match in text.matches(of: /id="(p[12])&#45;actor&#45;([^"]+)"[\s\S]*?<text[^>]* x="([-0-9.]+)" y="([-0-9.]+)"/) {
            places[String(match.1)]?[String(match.2)] = (Double(match.3) ?? .nan, Double(match.4) ?? .nan)
        }
        let first = try #require(places["p1"]), second = try #require(places["p2"])
        #expect(first["m0"] == nil && second["m0"] != nil && first["n16"] != nil)
        let shared = Set(first.keys).intersection(second.keys)
        #expect(shared.count >= 36)
        let shift = try #require(shared.first.map { second[$0]!.x - first[$0]!.x })
        #expect(shift > 0)
        for id in shared {
            #expect(abs(second[id]!.x - first[id]!.x - shift) < 0.01 && abs(second[id]!.y - first[id]!.y) < 0.01, "\(id) moved")
        }
    }
}

extension CLITests {
    /// Runs a Python check of the repository with `arguments`: its exit status and what it printed, or nil when this
    /// machine has no python3 with `modules` (the check then runs in `make interop` only).
    static func python(_ script: String, _ arguments: [String], modules: String) throws -> (Int32, String)? {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import " + modules]
        probe.standardError = Pipe()
        guard (try? probe.run()) != nil else { return nil }
        probe.waitUntilExit()
        guard probe.terminationStatus == 0 else { return nil }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", root.appendingPathComponent(script).path] + arguments
        let output = Pipe()
        check.standardOutput = output
        try check.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        check.waitUntilExit()
        return (check.terminationStatus, printed)
    }
}
