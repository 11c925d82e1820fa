import ArgumentParser
import Foundation
import Redes

/// Output formats of the decision commands.
enum DecisionFormat: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

private func number(_ x: Double?) -> JSONValue { x.map { $0.isFinite ? .number($0) : .null } ?? .null }

struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "What a scenario changes: before, after and delta of fragmentation, cohesion and centralization, and the actors that move most.",
        discussion: "Several scenarios (named, or from --changes files) compose in the order given."
    )

    @Argument(help: "The network file.")
    var file: String

    @Argument(help: "Scenarios of the file to apply, in order.")
    var names: [String] = []

    @Option(name: .customLong("changes"), help: "A YAML file of scenarios (a `scenarios:` list) to apply after the named ones; repeatable.")
    var changes: [String] = []

    @Option(help: "Output format: table or json.")
    var format: DecisionFormat = .table

    @Option(name: .customLong("group-by"), help: "Actor attribute for E-I and bloc gaps.")
    var groupBy = "bloc"

    @Flag(help: "Read weights as tie strengths.")
    var weighted = false

    @Option(help: "How many actors to list by betweenness change.")
    var top = 8

    @OptionGroup var out: OutputOptions
    var lang: Language { out.lang }
    var output: String? { out.output }

    func run() throws {
        let input = try InputOptions.parse([file])
        let network = try input.load()
        var scenarios: [Scenario] = []
        for name in names {
            guard let scenario = network.scenario(name) else {
                printError(LoadError(file: file, problem: .unknownScenario(name, available: network.scenarios.map(\.id))).description)
                throw ExitCode(1)
            }
            scenarios.append(scenario)
        }
        for path in changes {
            do {
                scenarios += try YAMLNetworkReader.readScenarios(path: path, against: network)
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
        }
        guard !scenarios.isEmpty else {
            throw ValidationError("name a scenario of the file (\(network.scenarios.map(\.id).joined(separator: ", "))) or give --changes FILE")
        }
        let comparison: ScenarioComparison
        do {
            comparison = try ScenarioComparison(network, applying: scenarios, weighted: weighted, groupBy: groupBy)
        } catch {
            printError(LoadError(file: file, path: error.path, problem: error.problem).description)
            throw ExitCode(1)
        }
        let before = comparison.before.values, after = comparison.after.values
        switch format {
        case .json, .csv:
            var figures: [String: JSONValue] = [:]
            for (b, a) in zip(before, after) {
                figures[b.key] = ["before": number(b.value), "after": number(a.value),
                                  "delta": number(b.value.flatMap { x in a.value.map { $0 - x } })]
            }
            let actors: [JSONValue] = comparison.actorChanges.prefix(top).map { change in
                ["id": .string(change.id), "betweenness_before": number(change.betweennessBefore),
                 "betweenness_after": number(change.betweennessAfter), "betweenness_change": .number(change.betweennessChange),
                 "roles_gained": .array(change.rolesGained.map { .string($0) }),
                 "roles_lost": .array(change.rolesLost.map { .string($0) })]
            }
            try emit(JSONValue.object(["scenarios": .array(comparison.scenarios.map { .string($0) }), "network": .object(figures),
                                       "actors": .array(actors)]).rendered(), to: output)
        case .table:
            let es = lang == .es
            var table = TextTable(headers: [es ? "medida" : "measure", es ? "antes" : "before", es ? "después" : "after", "Δ"],
                                  alignments: [.left, .right, .right, .right])
            let counts: Set<String> = ["actors", "ties", "components", "largest_component", "isolates", "bloc_gaps"]
            for (b, a) in zip(before, after) {
                func f(_ x: Double?) -> String { x.map { lang.format($0, decimals: counts.contains(b.key) ? 0 : 3) } ?? "—" }
                table.append([b.key, f(b.value), f(a.value), f(b.value.flatMap { x in a.value.map { $0 - x } })])
            }
            var text = (es ? "Escenario: " : "Scenario: ") + comparison.scenarios.joined(separator: " + ") + "\n" + table.rendered()
            var movers = TextTable(headers: ["actor", es ? "intermediación antes" : "betweenness before",
                                             es ? "después" : "after", es ? "roles ganados" : "roles gained",
                                             es ? "roles perdidos" : "roles lost"],
                                   alignments: [.left, .right, .right, .left, .left])
            let names = Dictionary((comparison.before.network.actors + comparison.after.network.actors).map { ($0.id, $0.name) },
                                   uniquingKeysWith: { a, _ in a })
            for change in comparison.actorChanges.prefix(top) {
                movers.append([names[change.id] ?? change.id, change.betweennessBefore.map { lang.format($0) } ?? "—",
                               change.betweennessAfter.map { lang.format($0) } ?? "—",
                               change.rolesGained.joined(separator: " "), change.rolesLost.joined(separator: " ")])
            }
            text += "\n" + (es ? "Actores que más cambian" : "Actors that move most") + "\n" + movers.rendered()
            try emit(text, to: output)
        }
    }
}

struct Robustness: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "How the network holds together as actors leave: largest-component share and DF curves, and their areas.",
        discussion: "Targeted removal (betweenness, degree; --adaptive recomputes after each removal) or random failure averaged over --runs with --seed."
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Removal order: betweenness, degree or random.")
    var order: RobustnessAnalysis.Order = .betweenness

    @Flag(help: "Targeted orders: recompute the ranking after each removal.")
    var adaptive = false

    @Option(help: "Random order: number of runs averaged.")
    var runs = 100

    @Option(help: "Random order: seed.")
    var seed: UInt64 = 1

    @Option(help: "Output format: table, json or csv (the curve).")
    var format: DecisionFormat = .table

    @OptionGroup var out: OutputOptions
    var lang: Language { out.lang }
    var output: String? { out.output }

    func run() throws {
        let network = try input.load()
        let graph = network.actorGraph().graph
        let analysis = RobustnessAnalysis(graph, order: order, adaptive: adaptive, runs: runs, seed: seed)
        let ids = network.actors.map(\.id)
        switch format {
        case .json:
            var object: [String: JSONValue] = [
                "order": .string(order.rawValue), "adaptive": .bool(analysis.adaptive),
                "removed": .array(analysis.removed.map { .string(ids[$0]) }),
                "largest_component_share": .array(analysis.largestComponentShare.map { .number($0) }),
                "distance_fragmentation": analysis.distanceFragmentation.map { .array($0.map { .number($0) }) } ?? .null,
                "robustness": .number(analysis.largestComponentArea),
                "distance_fragmentation_area": number(analysis.distanceFragmentationArea),
                "half_life_removals": analysis.halfLifeRemovals.map { .int($0) } ?? .null,
            ]
            if order == .random {
                object["runs"] = .int(runs); object["seed"] = .int(Int(seed))
                object["run_robustness"] = .array(analysis.runAreas.map { .number($0) })
            }
            try emit(JSONValue.object(object).rendered(), to: output)
        case .csv:
            var text = "removed,actor,largest_component_share,distance_fragmentation\n"
            for q in analysis.largestComponentShare.indices {
                let actor = q > 0 && order != .random ? ids[analysis.removed[q - 1]] : ""
                text += "\(q),\(actor),\(analysis.largestComponentShare[q]),\(analysis.distanceFragmentation.map { "\($0[q])" } ?? "")\n"
            }
            try emit(text, to: output)
        case .table:
            let es = lang == .es
            var text = (es ? "Robustez (orden: \(order.rawValue)\(analysis.adaptive ? ", adaptativo" : ""))" : "Robustness (order: \(order.rawValue)\(analysis.adaptive ? ", adaptive" : ""))") + "\n"
            text += "  R = \(lang.format(analysis.largestComponentArea))"
            if let area = analysis.distanceFragmentationArea { text += "   DF " + (es ? "promedio" : "mean") + " = \(lang.format(area))" }
            if let half = analysis.halfLifeRemovals {
                text += es ? "\n  La componente mayor cae a la mitad tras \(half) salidas." : "\n  The largest component halves after \(half) removals."
            }
            text += "\n"
            var table = TextTable(headers: [es ? "salidas" : "removed", "actor", es ? "comp. mayor" : "largest comp.", "DF"],
                                  alignments: [.right, .left, .right, .right])
            for q in analysis.largestComponentShare.indices.prefix(min(16, graph.nodeCount + 1)) {
                let actor = q > 0 && order != .random ? network.actors[analysis.removed[q - 1]].name : ""
                table.append([String(q), actor, lang.percent(analysis.largestComponentShare[q]),
                              analysis.distanceFragmentation.map { lang.format($0[q]) } ?? "—"])
            }
            try emit(text + table.rendered(), to: output)
        }
    }
}

struct Suggest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The k new ties that would most improve the network (DF, F, reach or E-I), each with its gain.",
        discussion: "k = 1 is exact (every unlinked pair is evaluated); k > 1 is greedy with the distances updated after each tie."
    )

    @OptionGroup var input: InputOptions

    @Option(help: "How many new ties.")
    var k = 3

    @Option(help: "Objective: DF (distance fragmentation), F (fragmentation), reach (pairs within --steps), ei (E-I index).")
    var objective: TieSuggestions.Objective = .distanceFragmentation

    @Option(help: "For reach: the number of steps.")
    var steps = 2

    @Option(help: "Only ties between these two groups, e.g. --between publico,empresas (groups by --group-by).")
    var between: String?

    @Option(help: "Actors (ids) that must not receive a new tie, comma-separated.")
    var exclude: String?

    @Option(name: .customLong("group-by"), help: "Actor attribute for --between and the E-I objective.")
    var groupBy = "bloc"

    @Option(help: "Output format: table or json.")
    var format: DecisionFormat = .table

    @OptionGroup var out: OutputOptions
    var lang: Language { out.lang }
    var output: String? { out.output }

    func validate() throws {
        if k < 1 { throw ValidationError("--k takes a positive number") }
    }

    func run() throws {
        let network = try input.load()
        let graph = network.actorGraph().graph
        let labels = network.actors.map { $0.value(of: groupBy) }
        let partition = Partition(labels: labels)
        let excluded = Set((exclude ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
        for id in excluded where network.actor(id) == nil {
            printError("\(input.file): error: --exclude names '\(id)', which is not an actor\n  fix: use actor ids of the file")
            throw ExitCode(1)
        }
        var pair: (String, String)?
        if let between {
            let parts = between.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { throw ValidationError("--between takes two groups: --between A,B") }
            for part in parts where !partition.labels.contains(part) {
                printError("\(input.file): error: no actor has \(groupBy) '\(part)'\n  fix: use one of: \(partition.labels.joined(separator: ", "))")
                throw ExitCode(1)
            }
            pair = (parts[0], parts[1])
        }
        let ids = network.actors.map(\.id)
        let nodeLabels = partition.nodeLabels
        let result = TieSuggestions(graph, count: k, objective: objective, steps: steps, groups: partition.groupOfNode) { u, v in
            if excluded.contains(ids[u]) || excluded.contains(ids[v]) { return false }
            if let (a, b) = pair {
                return (nodeLabels[u] == a && nodeLabels[v] == b) || (nodeLabels[u] == b && nodeLabels[v] == a)
            }
            return true
        }
        switch format {
        case .json, .csv:
            let object: [String: JSONValue] = [
                "objective": .string(objective.rawValue), "baseline": .number(result.baseline), "method": .string(result.method),
                "candidates_evaluated": .int(result.candidatesEvaluated),
                "suggestions": .array(result.suggestions.map { s in
                    ["source": .string(ids[s.first]), "target": .string(ids[s.second]), "gain": .number(s.gain),
                     "value_after": .number(s.valueAfter)]
                }),
            ]
            try emit(JSONValue.object(object).rendered(), to: output)
        case .table:
            let es = lang == .es
            var table = TextTable(headers: ["#", es ? "nuevo vínculo" : "new tie", es ? "ganancia" : "gain", es ? "después" : "after"],
                                  alignments: [.right, .left, .right, .right])
            for (i, s) in result.suggestions.enumerated() {
                table.append([String(i + 1), network.actors[s.first].name + " — " + network.actors[s.second].name,
                              lang.format(s.gain, decimals: 4), lang.format(s.valueAfter, decimals: 4)])
            }
            let text = (es ? "Vínculos sugeridos (objetivo \(objective.rawValue), base \(lang.format(result.baseline, decimals: 4)))"
                        : "Suggested ties (objective \(objective.rawValue), baseline \(lang.format(result.baseline, decimals: 4)))")
                + "\n" + table.rendered() + "  " + result.method + "\n"
            try emit(text, to: output)
        }
    }
}

struct Sensitivity: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Which findings hold if illustrative ties are wrong or some ties are missing.",
        discussion: "Recomputes without illustrative arrangements and ties, and under random removal of --drop-rate of the linked pairs (--runs, --seed)."
    )

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("drop-rate"), help: "Share of linked pairs removed at random in each run.")
    var dropRate = 0.1

    @Option(help: "Random runs.")
    var runs = 100

    @Option(help: "Seed of the random runs.")
    var seed: UInt64 = 1

    @Option(help: "Output format: table or json.")
    var format: DecisionFormat = .table

    @OptionGroup var out: OutputOptions
    var lang: Language { out.lang }
    var output: String? { out.output }

    func validate() throws {
        if !(0...1).contains(dropRate) { throw ValidationError("--drop-rate takes a share between 0 and 1") }
        if runs < 0 { throw ValidationError("--runs takes 0 or more") }
    }

    func run() throws {
        let network = try input.load()
        let analysis = SensitivityAnalysis(network, dropRate: dropRate, runs: runs, seed: seed)
        let ids = network.actors.map(\.id)
        func variant(_ v: SensitivityAnalysis.Variant) -> JSONValue {
            ["fragmentation": .number(v.fragmentation), "distance_fragmentation": .number(v.distanceFragmentation),
             "betweenness_rank_correlation": number(v.betweennessRankCorrelation),
             "degree_rank_correlation": number(v.degreeRankCorrelation),
             "top_brokers": .array(v.topBrokers.map { .string(ids[$0]) })]
        }
        func spread(_ key: (SensitivityAnalysis.Variant) -> Double) -> JSONValue {
            guard let s = analysis.spread(key) else { return .null }
            return ["mean": .number(s.mean), "sd": .number(s.sd), "min": .number(s.min), "max": .number(s.max)]
        }
        switch format {
        case .json, .csv:
            var object: [String: JSONValue] = [
                "baseline": variant(analysis.baseline),
                "without_illustrative": analysis.withoutIllustrative.map(variant) ?? .null,
                "illustrative_removed": ["arrangements": .int(analysis.removedIllustrative.arrangements),
                                         "ties": .int(analysis.removedIllustrative.ties)],
                "random_removal": [
                    "drop_rate": .number(dropRate), "runs": .int(runs), "seed": .int(Int(seed)),
                    "fragmentation": spread(\.fragmentation), "distance_fragmentation": spread(\.distanceFragmentation),
                    "betweenness_rank_correlation": spread { $0.betweennessRankCorrelation ?? .nan },
                    "top5_frequency": .object(Dictionary(uniqueKeysWithValues: zip(ids, analysis.topFiveFrequency.map { JSONValue.number($0) }))),
                ],
            ]
            object["stable_top_brokers"] = .array(analysis.topFiveFrequency.indices.filter { analysis.topFiveFrequency[$0] >= 0.8 }.map { .string(ids[$0]) })
            try emit(JSONValue.object(object).rendered(), to: output)
        case .table:
            let es = lang == .es
            func f(_ x: Double?) -> String { x.map { lang.format($0) } ?? "—" }
            var text = (es ? "Sensibilidad del diagnóstico" : "Sensitivity of the diagnosis") + "\n"
            var table = TextTable(headers: [es ? "variante" : "variant", "F", "DF", es ? "ρ intermediación" : "ρ betweenness", es ? "ρ grado" : "ρ degree"],
                                  alignments: [.left, .right, .right, .right, .right])
            let b = analysis.baseline
            table.append([es ? "red completa" : "full network", f(b.fragmentation), f(b.distanceFragmentation), "1", "1"])
            if let w = analysis.withoutIllustrative {
                table.append([es ? "sin vínculos ilustrativos" : "without illustrative ties", f(w.fragmentation), f(w.distanceFragmentation),
                              f(w.betweennessRankCorrelation), f(w.degreeRankCorrelation)])
            }
            if let fs = analysis.spread(\.fragmentation), let ds = analysis.spread(\.distanceFragmentation) {
                let rho = analysis.spread { $0.betweennessRankCorrelation ?? .nan }
                table.append([(es ? "sin \(lang.percent(dropRate)) al azar (media)" : "without \(lang.percent(dropRate)) at random (mean)"),
                              f(fs.mean), f(ds.mean), f(rho?.mean), "—"])
                table.append([es ? "  rango" : "  range", "\(f(fs.min))–\(f(fs.max))", "\(f(ds.min))–\(f(ds.max))", "", ""])
            }
            text += table.rendered()
            let stable = analysis.topFiveFrequency.indices.filter { analysis.topFiveFrequency[$0] >= 0.8 }
            text += "  " + (es ? "Intermediarios estables (top 5 en ≥ 80 % de las corridas): " : "Stable brokers (top 5 in ≥ 80% of runs): ")
                + (stable.isEmpty ? "—" : lang.list(stable.map { network.actors[$0].name })) + "\n"
            try emit(text, to: output)
        }
    }
}

extension RobustnessAnalysis.Order: ExpressibleByArgument {}
extension TieSuggestions.Objective: ExpressibleByArgument {}
