import Foundation
import Redes
import Testing

/// Every command, run with `--lang es` and with `--lang en` on the bundled network, prints no word of the other
/// language: tables, notes, warnings, errors, the diagram's visible text and the report's.
///
/// The network's own words (actor, bloc, arrangement and scenario names, ids, quotes, territories, attribute names)
/// are not the tool's language: the check runs on the bundled network with every such string replaced by a neutral
/// token (`A1`, `b2`, `M3`…), so that a Spanish actor name in an English table is not a leak, and an English word in
/// a Spanish table always is. Tie and arrangement kinds are kept: they are the tool's vocabulary, shown in words.
@Suite("One language per run")
struct OneLanguageTests {
    /// Words of English that a Spanish run must not print (the words the issue found, and the catalog's English).
    static let english: Set<String> = Set("""
        the of and with without for from by to in is are not actors ties tie sets set negative positive exhaustive \
        greedy betweenness closeness degree order largest component share gaps collaboration governance documented \
        illustrative proposed unspecified evidence warning note fix did mean scenario removed added random score method \
        before after change gain baseline layout font accents fields separated key players brokers bloc blocs kind \
        status source arrangements arrangement network reach fragmentation distance density isolates range variant full \
        stable gained lost halves removals suggested objective new shortest paths sorted measure value transitivity \
        average diameter assortativity bridges cut points components sizes metrics undefined eigenvector hierarchy size \
        brokerage communities modularity match chance within across coordinator itinerant representative gatekeeper \
        liaison w_i w_o b_io b_oi b_o largest_component single_channel_share bloc_gaps distance_fragmentation \
        average_distance ei_index agreement mechanism committee project program working stated first file
        """.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty })

    /// Words of Spanish that an English run must not print.
    static let spanish: Set<String> = Set("""
        de del la el los las y en con sin por para que una actores vínculos vínculo bloque bloques respaldo documentado \
        ilustrativo propuesto intermediación grado cercanía escenario antes después orden voraz conjuntos solución aviso \
        nota clave instancias instancia medida valor componente componentes aislados densidad fragmentación distancia \
        agregado quitado ganancia variante rango azar corridas salidas mayor tipografía acentos diseños formatos campos \
        separados colaboración gobernanza convenio mesa programa mecanismo comité proyecto sí declarado primero archivo
        """.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty })

    /// The bundled network with every string of its own replaced by a neutral token, written to a temporary folder.
    static func neutralNetwork(in directory: URL) throws -> String {
        let network = try Network.read(path: CLITests.root.appendingPathComponent("Networks/antofagasta-tp.yaml").path)
        var tokens: [String: String] = [:]
        func token(_ prefix: String, _ text: String) -> String {
            let key = prefix + "\u{0}" + text
            if let known = tokens[key] { return known }
            let made = prefix + String(tokens.keys.filter { $0.hasPrefix(prefix + "\u{0}") }.count + 1)
            tokens[key] = made
            return made
        }
        func evidence(_ e: Evidence) -> Evidence {
            Evidence(status: e.status, source: e.source.map { token("s", $0) }, quote: e.quote.map { _ in "q" },
                     reason: e.reason.map { _ in "r" })
        }
        func actor(_ a: Actor) -> Actor {
            Actor(id: token("a", a.id), name: token("A", a.id), bloc: a.bloc.map { token("b", $0) },
                  territories: a.territories.map { token("t", $0) }, sector: a.sector.map { token("v", $0) },
                  evidence: a.evidence.map(evidence), period: a.period)
        }
        func arrangement(_ a: Arrangement) -> Arrangement {
            Arrangement(id: token("m", a.id), name: token("M", a.id), kind: a.kind, members: a.members.map { token("a", $0) },
                        lead: a.lead.map { token("a", $0) }, period: a.period, territories: a.territories.map { token("t", $0) },
                        weight: a.weight, evidence: evidence(a.evidence))
        }
        func tie(_ t: Tie) -> Tie {
            Tie(source: token("a", t.source), target: token("a", t.target), kind: t.kind, directed: t.directed,
                weight: t.weight, evidence: evidence(t.evidence), period: t.period)
        }
        func indicator(_ k: Indicator) -> Indicator {
            Indicator(id: token("k", k.id), name: token("K", k.id), nameEnglish: k.nameEnglish.map { _ in token("K", k.id) },
                      level: k.level, custodian: k.custodian.map { token("a", $0) },
                      roles: k.roles.map { IndicatorAssignment(actor: token("a", $0.actor), role: $0.role) },
                      agreement: k.agreement.map { token("m", $0) },
                      baseline: k.baseline.map { IndicatorValue(period: token("t", $0.period), value: $0.value) },
                      target: k.target.map { IndicatorValue(period: token("t", $0.period), value: $0.value) },
                      evidence: evidence(k.evidence))
        }
        var neutral = Network(name: "R", directed: network.isDirected)
        neutral.sources = network.sources.map { SourceDocument(id: token("s", $0.id), title: token("S", $0.id)) }
        neutral.blocs = network.blocs.map { Bloc(id: token("b", $0.id), name: token("B", $0.id)) }
        // Territories under the names actors use for them (a token each), with their coordinates and priorities.
        neutral.territories = network.territories.map { t in
            Territory(id: token("t", t.name), name: token("T", t.name), province: t.province.map { token("p", $0) },
                      priority: t.priority.map { TerritoryPriority(topic: $0.topic.map { token("o", $0) }, evidence: evidence($0.evidence)) },
                      hasEMTP: t.hasEMTP, coordinates: t.coordinates, evidence: t.evidence.map(evidence))
        }
        neutral.actors = network.actors.map(actor)
        neutral.arrangements = network.arrangements.map(arrangement)
        neutral.ties = network.ties.map(tie)
        neutral.scenarios = network.scenarios.map { s in
            var scenario = Scenario(id: token("e", s.id))
            scenario.name = token("E", s.id)
            scenario.evidence = s.evidence.map(evidence)
            scenario.addActors = s.addActors.map(actor)
            scenario.addArrangements = s.addArrangements.map(arrangement)
            scenario.addTies = s.addTies.map(tie)
            scenario.removeActors = s.removeActors.map { token("a", $0) }
            scenario.removeArrangements = s.removeArrangements.map { token("m", $0) }
            scenario.removeTies = s.removeTies.map { TieKey(source: token("a", $0.source), target: token("a", $0.target), kind: $0.kind) }
            scenario.join = s.join.map { MembershipChange(arrangement: token("m", $0.arrangement), members: $0.members.map { token("a", $0) }) }
            scenario.leave = s.leave.map { MembershipChange(arrangement: token("m", $0.arrangement), members: $0.members.map { token("a", $0) }) }
            scenario.indicators = IndicatorChanges(
                addIndicators: s.indicators.addIndicators.map(indicator),
                addRoles: s.indicators.addRoles.map { IndicatorRoleChange(indicator: token("k", $0.indicator), actor: token("a", $0.actor), role: $0.role) },
                removeIndicators: s.indicators.removeIndicators.map { token("k", $0) },
                removeRoles: s.indicators.removeRoles.map { IndicatorRoleChange(indicator: token("k", $0.indicator), actor: token("a", $0.actor), role: $0.role) },
                agreements: s.indicators.agreements.map { AgreementChange(arrangement: token("m", $0.arrangement), indicators: $0.indicators.map { token("k", $0) }) })
            return scenario
        }
        neutral.indicators = network.indicators.map(indicator)
        // Issue 18: the roadmap's phases, with their periods and scenarios.
        neutral.roadmap = network.roadmap.map { phase in
            RoadmapPhase(id: token("h", phase.id), name: token("H", phase.id), period: phase.period,
                         scenarios: phase.scenarios.map { token("e", $0) }, evidence: phase.evidence.map(evidence))
        }
        let path = directory.appendingPathComponent("r.yaml").path
        try Data(NativeYAMLWriter.text(neutral).utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The words of `text` a person reads, lower-cased: without markup, comments and styles, and without what is
    /// meant to be typed or quoted as given (`--options`, 'values', `commands`, «names», paths).
    static func words(_ text: String) -> Set<String> {
        var text = text
        for pattern in ["<!--[\\s\\S]*?-->", "<style[\\s\\S]*?</style>", "<[^>]*>", "&[a-z#0-9]+;",
                        "'[^'\\n]*'", "`[^`\\n]*`", "«[^»\\n]*»", "“[^”\\n]*”", "--[a-z-]+", "/[^\\s)]*"] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        var words = Set<String>()
        var current = ""
        for character in text.lowercased() + " " {
            if character.isLetter || character == "_" || (character.isNumber && !current.isEmpty) {
                current.append(character)
            } else {
                if !current.isEmpty { words.insert(current) }
                current = ""
            }
        }
        return words
    }

    /// What a page shows a person: its markup's text without its scripts, plus, for the interactive map, the words
    /// its script shows from the embedded data (every string value but the codes: ids, kinds, statuses, colours).
    static func visibleText(ofPage html: String) -> String {
        var shown: [String] = []
        if let literal = html.components(separatedBy: "<script id=\"data\" type=\"application/json\">").dropFirst().first?
            .components(separatedBy: "</script>").first,
           let data = try? JSONSerialization.jsonObject(with: Data(literal.utf8)) {
            let codes: Set<String> = ["format", "language", "id", "element", "bloc", "territories", "sector", "kind", "status",
                                      "lead", "ends", "channels", "arrangements", "ties", "source", "target", "type", "color",
                                      "border", "style"]
            func collect(_ value: Any, key: String?) {
                if let text = value as? String {
                    if !codes.contains(key ?? "") { shown.append(text) }
                } else if let array = value as? [Any] {
                    array.forEach { collect($0, key: key) }
                } else if let object = value as? [String: Any] {
                    object.forEach { collect($0.value, key: $0.key) }
                }
            }
            collect(data, key: nil)
        }
        let markup = html.replacingOccurrences(of: "<script[\\s\\S]*?</script>", with: " ", options: .regularExpression)
        return markup + "\n" + shown.joined(separator: "\n")
    }

    @Test("every command speaks only the language asked for", arguments: ["es", "en"])
    func oneLanguage(_ language: String) throws {
        let directory = try CLITests.freshDirectory("redes-language")
        let network = try Self.neutralNetwork(in: directory)
        func file(_ name: String) -> String { directory.appendingPathComponent(name).path }
        try Data("origen;destino;peso\na1;a2;1,5\na2;a3;2\n".utf8).write(to: URL(fileURLWithPath: file("e.csv")))
        // Issue 21: survey answers about the neutral network (a conflict, a report about an actor that did not answer).
        try Data("encuestado,actor,colabora,frecuencia\nA1,A2,sí,mensual\nA2,A1,x,semanal\nA3,A1,1,anual\nA2,A4,no,\nA1,A5,si,\n".utf8)
            .write(to: URL(fileURLWithPath: file("answers.csv")))
        try Data("encuestado,actor,colabora,frecuencia\nA1,A2,sí,a veces\n".utf8).write(to: URL(fileURLWithPath: file("bad.csv")))
        // A filled template with rows for one indicator only: the import says which it kept.
        try Data("indicator,actor,custodian,role,baseline period,baseline,target period,target\nk1,a1,,,,,,\n".utf8)
            .write(to: URL(fileURLWithPath: file("k.csv")))
        // Each run: its arguments, and the file whose visible text is checked with the messages (tables and
        // messages go to standard output and error; JSON and CSV outputs are for tools, and only their messages count).
        let runs: [([String], String?)] = [
            (["analyze", network], nil), (["analyze", network, "--top", "3"], nil),
            (["analyze", network, "--top", "3", "--metrics", "degree", "--format", "csv", "-o", file("m.csv")], nil),
            (["keyplayers", network, "--k", "3", "--scenario", "e1"], nil),
            (["keyplayers", network, "--mode", "positive", "--steps", "2"], nil),
            (["scenario", network, "e1"], nil), (["scenario", network, "e2", "e3"], nil),
            (["robustness", network], nil), (["robustness", network, "--order", "random", "--runs", "5"], nil),
            (["suggest", network], nil), (["suggest", network, "--objective", "pairs-within", "--steps", "2"], nil),
            (["suggest", network, "--objective", "ei"], nil), (["sensitivity", network, "--runs", "5"], nil),
            (["doctor"], nil),
            (["render", network, "-o", file("x.svg"), "--size-by", "constraint", "--highlight", "keyplayers:2", "--cluster-by", "bloc"], file("x.svg")),
            (["render", network, "-o", file("y.svg"), "--two-mode", "--edge-by", "kind"], file("y.svg")),
            (["render", network, "-o", file("z.svg"), "--scenario", "e1", "--diff"], file("z.svg")),
            // Issue 19: slides, themes, channel lines, focus, the map, Gephi.
            (["render", network, "-o", file("s.svg"), "--aspect", "16:9", "--theme", "dark", "--edge-by", "kind", "--save-positions", file("p.json")], file("s.svg")),
            (["render", network, "-o", file("f.svg"), "--focus", "a1", "--context", "grey", "--positions", file("p.json"), "--legend-position", "bottom"], file("f.svg")),
            (["render", network, "-o", file("g.svg"), "--layout", "geo", "--scenario", "e5", "--diff"], file("g.svg")),
            (["render", network, "-o", file("o.svg"), "--only-arrangement", "m1", "--width", "25cm"], file("o.svg")),
            (["convert", network, file("x.gexf"), "--with-metrics"], nil),
            (["render", network, "-o", file("w.svg"), "--aspect", "7:0"], nil),
            (["render", network, "-o", file("w.svg"), "--width", "12parsecs"], nil),
            (["render", network, "-o", file("w.svg"), "--font", "DejaVu Sanz"], nil),
            (["render", network, "-o", file("w.svg"), "--only-arrangement", "zz"], nil),
            (["render", network, "-o", file("w.svg"), "--positions", file("e.csv")], nil),
            (["render", file("e.csv"), "-o", file("w.svg"), "--layout", "geo"], nil),
            (["render", network, "-o", file("w.svg"), "--depth", "2"], nil),
            (["convert", network, file("x.net")], nil),
            (["report", network, "-o", file("x.html")], file("x.html")),
            // Issue 20: the interactive map, its words and its refusals.
            (["explore", network, "-o", file("m.html")], file("m.html")),
            (["explore", network, "-o", file("m.svg")], nil),
            (["explore", network, "-o", file("m.html"), "--scenario", "e9"], nil),
            (["analyze", file("e.csv")], nil),
            // Issue 17: the indicator board, its diagram and its template.
            (["indicators", network], nil), (["indicators", network, "--scenario", "e1", "--diagram", file("t.svg")], file("t.svg")),
            (["indicators", network, "--template", "-o", file("t.csv")], file("t.csv")),
            (["indicators", network, "--import", file("k.csv"), "-o", file("r.yaml")], nil),
            (["indicators", network, "--template", "--format", "csv"], nil), (["indicators", network, "--committee", "m99"], nil),
            // Errors and refusals.
            (["render", network, "-o", file("w.svg"), "--color-by", "region"], nil),
            (["render", network, "-o", file("w.svg"), "--highlight", "keyplayers:x"], nil),
            (["render", network, "-o", file("w.svg"), "--highlight", "a1,zz"], nil),
            (["analyze", network, "-o", file("missing/x.json")], nil), (["analyze", directory.path], nil),
            (["suggest", network, "--between", "b1,zz"], nil), (["robustness", network, "--order", "random", "--adaptive"], nil),
            (["keyplayers", network, "--k", "99"], nil), (["analyze", network, "--sort", "betweeness"], nil),
            // Issue 21: the survey's template, import (summary, notes, a bad answer) and the missing-respondent test.
            (["survey", "template", network, "-o", file("t.csv")], file("t.csv")),
            (["survey", "import", network, file("answers.csv"), "--date", "2026-03", "-o", file("s.yaml")], nil),
            (["survey", "import", network, file("bad.csv"), "--date", "2026-03"], nil),
            (["survey", "import", network, file("answers.csv")], nil),
            (["sensitivity", file("s.yaml"), "--missing-respondents", "--runs", "5"], nil),
            (["analyze", file("s.yaml")], nil), (["report", file("s.yaml"), "-o", file("s.html")], file("s.html")),
            // Issue 18: comparisons, waves and the roadmap, and their refusals.
            (["compare", network, "--scenario", "e1"], nil), (["compare", network, "--at", "2025", "--at", "2027"], nil),
            (["compare", network, file("e.csv")], nil), (["analyze", network, "--at", "2027"], nil),
            (["roadmap", network, "--chart", file("t.svg")], file("t.svg")),
            (["render", network, "-o", file("k.svg"), "--compare", network, "--scenario", "e1"], file("k.svg")),
            (["compare", network], nil), (["compare", network, "--at", "2026-13", "--at", "2027"], nil),
            (["roadmap", file("e.csv")], nil), (["analyze", file("e.csv"), "--at", "2026"], nil),
            (["waves", network, "--at", "2026", "-o", file("w.gexf")], nil),
        ]
        let forbidden = language == "es" ? Self.english : Self.spanish
        for (arguments, output) in runs {
            let result = try CLITests().run(arguments + ["--lang", language])
            var text = result.stderr + (arguments.contains("--format") ? "" : result.stdout)
            if let output { text += Self.visibleText(ofPage: (try? String(contentsOfFile: output, encoding: .utf8)) ?? "") }
            #expect(!text.isEmpty, "\(arguments.joined(separator: " ")) printed nothing")
            let leaks = Self.words(text).intersection(forbidden)
            #expect(leaks.isEmpty, "redes \(arguments.prefix(1).joined()) \(arguments.dropFirst(2).joined(separator: " ")) --lang \(language): \(leaks.sorted())")
        }
    }

    @Test("the check finds a word of the other language when there is one")
    func checkBites() {
        #expect(Self.words("Actores clave (negative, F, k = 3)").intersection(Self.english) == ["negative"])
        #expect(Self.words("Key players: SECREDUC y SLEP").intersection(Self.spanish) == ["y"])
        // What is meant to be typed is not a leak.
        #expect(Self.words("use `--order betweenness` o --top 3; 'secreduk'").intersection(Self.english).isEmpty)
    }
}

/// What a command assumes, it says; what a user types in Spanish, it reads.
@Suite("Spanish input, stated assumptions")
struct StatedAssumptionTests {
    static let network = "Networks/antofagasta-tp.yaml"

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLITests().run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("a ;-separated CSV with origen;destino;peso and 1,5 weights loads, and the note says how it was read")
    func semicolonCSV() throws {
        let directory = try CLITests.freshDirectory("redes-csv")
        let edges = directory.appendingPathComponent("aristas.csv").path
        try Data("origen;destino;peso\na;b;1,5\nb;c;2\n".utf8).write(to: URL(fileURLWithPath: edges))
        let result = try CLITests().run(["analyze", edges, "--metrics", "strength", "--weighted", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout == "id,name,bloc,strength\na,a,,1.5\nb,b,,3.5\nc,c,,2.0\n")
        #expect(result.stderr == "nota: \(edges): campos separados por punto y coma (según la primera línea); los números pueden usar coma decimal\n")
        let english = try CLITests().run(["analyze", edges, "--lang", "en", "--format", "json", "-o", directory.appendingPathComponent("x.json").path])
        #expect(english.stderr == "note: \(edges): fields separated by a semicolon (read from the first line); numbers may use the decimal comma\n")
        // The ties of an edge list are counted as having no stated evidence, never as documented.
        let table = try CLITests().run(["analyze", edges])
        #expect(table.stdout.contains("  documentado                    0\n") && table.stdout.contains("  sin respaldo declarado         2\n"))
    }

    @Test("--evidence documented --source ID asserts what the file does not say, citing the source")
    func assertedEvidence() throws {
        let directory = try CLITests.freshDirectory("redes-evidence")
        let edges = directory.appendingPathComponent("e.csv").path
        try Data("source,target\na,b\n".utf8).write(to: URL(fileURLWithPath: edges))
        let plain = try json(["analyze", edges])
        #expect((plain["ties"] as? [[String: Any]])?.first?["status"] as? String == "unspecified")
        let asserted = try json(["analyze", edges, "--evidence", "documentado", "--source", "acta-2024"])
        let tie = try #require((asserted["ties"] as? [[String: Any]])?.first)
        #expect(tie["status"] as? String == "documented")
        #expect((tie["evidence"] as? [String: Any])?["source"] as? String == "acta-2024")
        #expect((asserted["sources"] as? [[String: Any]])?.contains { $0["id"] as? String == "acta-2024" } == true)
    }

    @Test("--top without --sort lists the top actors by betweenness, and says so")
    func topWithoutSort() throws {
        let table = try CLITests().run(["analyze", Self.network, "--top", "3"])
        #expect(table.stdout.contains("Métricas por actor (orden: intermediación, la medida por omisión de --top)\n"))
        let analysis = try json(["analyze", Self.network])
        let actors = try #require(analysis["actors"] as? [[String: Any]])
        let expected = actors.sorted { ($0["betweenness"] as! Double) > ($1["betweenness"] as! Double) }.prefix(3).map { $0["id"] as! String }
        let csv = try CLITests().run(["analyze", Self.network, "--top", "3", "--format", "csv", "--lang", "en"])
        #expect(csv.stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) } == expected)
        #expect(csv.stderr == "note: --top without --sort: the 3 actors with the highest betweenness\n")
    }

    @Test("key players that tie are reported: the count in words and in JSON, and which one is shown")
    func keyPlayerTies() throws {
        let arguments = ["keyplayers", Self.network, "--k", "3", "--scenario", "comite-regional-tp"]
        let result = try json(arguments)
        let tied = try #require(result["tied_sets"] as? Int)
        #expect(tied > 1)
        #expect(result["set_names"] as? [String] == ["SECREDUC", "SLEP", "SENCE"])
        let table = try CLITests().run(arguments)
        #expect(table.stdout.contains("\(tied) conjuntos empatan en F = 0,325; se muestra el primero en el orden del archivo.\n"))
        let english = try CLITests().run(arguments + ["--lang", "en"])
        #expect(english.stdout.contains("\(tied) sets tie at F = 0.325; shown: the first in file order.\n"))
    }

    @Test("JSON keeps English keys and carries display names beside the ids")
    func displayNames() throws {
        let suggestion = try #require((try json(["suggest", Self.network, "--k", "1"])["suggestions"] as? [[String: Any]])?.first)
        #expect(suggestion["source_name"] as? String == "Engie" && suggestion["source"] as? String == "engie")
        let robustness = try json(["robustness", Self.network])
        #expect((robustness["removed_names"] as? [String])?.first == "Liceos EMTP Antofagasta")
        let scenario = try json(["scenario", Self.network, "comite-regional-tp"])
        #expect(scenario["scenario_names"] as? [String] == ["Comité Regional TP con tablero de indicadores"])
        #expect((scenario["actors"] as? [[String: Any]])?.first?["name"] as? String == "Liceos EMTP Antofagasta")
        let table = try CLITests().run(["scenario", Self.network, "comite-regional-tp"])
        #expect(table.stdout.hasPrefix("Escenario: Comité Regional TP con tablero de indicadores\n"))
        #expect(table.stdout.contains("pares vinculados") && !table.stdout.contains("largest_component") && !table.stdout.contains("w_O"))
    }

    @Test("the language comes from --lang, else REDES_LANG, else LANG")
    func languageFromEnvironment() throws {
        let english = try CLITests().run(["robustness", Self.network], environment: ["LANG": "en_US.UTF-8"])
        #expect(english.stdout.hasPrefix("Robustness (order: highest betweenness first)"))
        let redes = try CLITests().run(["robustness", Self.network], environment: ["LANG": "en_US.UTF-8", "REDES_LANG": "es"])
        #expect(redes.stdout.hasPrefix("Robustez (orden: mayor intermediación primero)"))
        let option = try CLITests().run(["robustness", Self.network, "--lang", "en"], environment: ["REDES_LANG": "es"])
        #expect(option.stdout.hasPrefix("Robustness"))
    }

    @Test("doctor lists exactly what render accepts, the font fontconfig gives, and no build date of 0")
    func doctor() throws {
        let result = try CLITests().run(["doctor", "--lang", "en"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("layouts render accepts (--layout): dot, neato, fdp, sfdp, circo, twopi, geo"))
        // The rule that picks the layout when none is given, as `render --help` states it.
        #expect(lines.contains("default layout (--layout): neato (overlaps removed) for a one-mode network of up to 60 actors, sfdp for a larger one; fdp with --cluster-by; neato with --two-mode; geo places actors at their territory"))
        let help = try CLITests().run(["render", "--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: " +", with: " ", options: .regularExpression)
        #expect(help.contains("Default layout: neato (overlaps removed) for a one-mode network of up to 60 actors, sfdp for a larger one; fdp with --cluster-by (the boxes); neato with --two-mode."))
        #expect(lines.contains("formats render writes (-o FILE.ext or --format): svg, png, pdf, dot"))
        #expect(!result.stdout.contains("built") && !result.stdout.contains("osage") && !result.stdout.contains("x11"))
        #expect(lines.contains { $0.hasPrefix("font: diagrams name “DejaVu Sans”; fontconfig gives ") }
                || lines.contains { $0.hasPrefix("font: diagrams name “DejaVu Sans”; fontconfig cannot be asked") })
        #expect(lines.contains { $0.hasPrefix("Spanish accents: ") } || !lines.contains { $0.hasPrefix("font: diagrams name “DejaVu Sans”; fontconfig gives") })
        // Each layout doctor lists is one render takes.
        let layout = try CLITests().run(["render", Self.network, "-o", FileManager.default.temporaryDirectory
            .appendingPathComponent("redes-doctor-\(UUID().uuidString).dot").path, "--layout", "circo"])
        #expect(layout.status == 0)
    }

    @Test("report takes the input options and --group-by the other commands take")
    func reportOptions() throws {
        let directory = try CLITests.freshDirectory("redes-report")
        let edges = directory.appendingPathComponent("edges.txt").path
        try Data("origen;destino;peso\na;b;1,5\nb;c;2\nc;a;1\nc;d;1\n".utf8).write(to: URL(fileURLWithPath: edges))
        let nodes = directory.appendingPathComponent("nodos.csv").path
        try Data("id;nombre;bloque;territorio\na;Alfa;p;T1\nb;Beta;p;T2\nc;Gama;q;T1\nd;Delta;q;T2\n".utf8).write(to: URL(fileURLWithPath: nodes))
        let output = directory.appendingPathComponent("informe.html").path
        let result = try CLITests().run(["report", edges, "--input-format", "csv", "--delimiter", ";", "--nodes", nodes,
                                         "--group-by", "territorio", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.contains("sin respaldo declarado"))
        #expect(html.contains("100 % de las instancias y vínculos vienen de un archivo que no dice en qué se basan"))
        let refused = try CLITests().run(["report", edges, "--input-format", "csv", "--delimiter", ";", "--nodes", nodes,
                                          "--group-by", "region", "-o", output])
        #expect(refused.status == 1 && refused.stderr.hasPrefix("error: --group-by 'region': ningún actor tiene ese atributo"))
    }
}

extension CLITests {
    /// A new, empty temporary folder named after `label`.
    static func freshDirectory(_ label: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }
}

/// The examples at the end of every subcommand's help run as written.
@Suite("Help examples")
struct HelpExampleTests {
    static let commands = ["analyze", "keyplayers", "render", "scenario", "robustness", "suggest", "sensitivity", "report",
                           "convert", "doctor", "survey", "survey template", "survey import", "indicators", "explore", "compare", "roadmap", "waves"]

    @Test("every subcommand's help ends with 2 to 4 examples, and each runs", arguments: commands)
    func examples(_ command: String) throws {
        let help = try CLITests().run(command.split(separator: " ").map(String.init) + ["--help"]).stdout
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "Examples:"), "\(command) --help has no examples")
        let examples = lines[(start + 1)...].prefix { $0.hasPrefix("  redes ") }.map { $0.dropFirst(2).split(separator: " ").map(String.init) }
        #expect((2...4).contains(examples.count), "\(command): \(examples.count) examples")
        // The examples' files, in a folder of their own: red.yaml is the bundled network.
        let directory = try CLITests.freshDirectory("redes-examples")
        let network = CLITests.root.appendingPathComponent("Networks/antofagasta-tp.yaml")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("Networks"), withIntermediateDirectories: true)
        for name in ["red.yaml", "Networks/antofagasta-tp.yaml"] {
            try FileManager.default.copyItem(at: network, to: directory.appendingPathComponent(name))
        }
        try Data("source,target\nsecreduc,slep\nslep,sence\n".utf8).write(to: directory.appendingPathComponent("edges.csv"))
        try Data("id,bloc\nsecreduc,p\nslep,p\nsence,q\n".utf8).write(to: directory.appendingPathComponent("nodes.csv"))
        try Data("scenarios:\n  - id: x\n    remove: {actors: [cmf]}\n".utf8).write(to: directory.appendingPathComponent("my-changes.yaml"))
        try SurveyCLITests.writeExampleAnswers(in: directory)
        // Issue 18: two waves of an edge list, the second with its node list.
        try Data("source,target\nsecreduc,slep\n".utf8).write(to: directory.appendingPathComponent("red-2025.csv"))
        try Data("source,target\nsecreduc,slep\nslep,sence\n".utf8).write(to: directory.appendingPathComponent("red-2026.csv"))
        try Data("id,bloc\nsecreduc,p\nslep,p\nsence,q\n".utf8).write(to: directory.appendingPathComponent("nodos-2026.csv"))
        for example in examples {
            let result = try CLITests().run(Array(example.dropFirst()), in: directory)
            #expect(result.status == 0, "\(example.joined(separator: " ")): \(result.stderr.prefix(300))")
        }
    }
}
