import Foundation
import Redes
import RedesGraphviz

/// Options of the committee report.
public struct ReportOptions: Sendable {
    public var language: Language
    /// Scenarios to include (ids); nil for every scenario of the file.
    public var scenarios: [String]?
    public var title: String?
    /// The file name shown in the subtitle.
    public var sourceName: String
    public var seed: UInt64
    public var permutations: Int
    public var robustnessRuns: Int
    public var sensitivityRuns: Int
    public var sensitivityDropRate: Double
    public var suggestions: Int

    public init(language: Language = .es, scenarios: [String]? = nil, title: String? = nil, sourceName: String = "",
                seed: UInt64 = 1, permutations: Int = 1000, robustnessRuns: Int = 100, sensitivityRuns: Int = 100,
                sensitivityDropRate: Double = 0.1, suggestions: Int = 3) {
        self.language = language
        self.scenarios = scenarios
        self.title = title
        self.sourceName = sourceName
        self.seed = seed
        self.permutations = permutations
        self.robustnessRuns = robustnessRuns
        self.sensitivityRuns = sensitivityRuns
        self.sensitivityDropRate = sensitivityDropRate
        self.suggestions = suggestions
    }
}

/// The committee report: one document that explains the ecosystem, its fragmentation, who connects whom, where effort
/// is duplicated and what each scenario would change. Every sentence is built from computed results through the
/// message catalog (``ReportText``); nothing about specific actors is written in code.
public enum CommitteeReport {
    public static func build(_ network: Network, options: ReportOptions = ReportOptions()) throws -> ReportDocument {
        let lang = options.language
        func f(_ x: Double?, _ decimals: Int = 3) -> String { x.map { lang.format($0, decimals: decimals) } ?? "—" }
        let projection = network.actorGraph()
        let graph = projection.graph
        let names = network.actors.map(\.name)
        let summary = NetworkSummary(projection)
        let metrics = NetworkMetrics(graph)
        let diagnosis = NetworkDiagnosis(projection, options: DiagnosisOptions(keyPlayers: 2, permutations: options.permutations, seed: options.seed))
        var sections: [ReportDocument.Section] = []

        // 1. At a glance.
        var glance: [ReportDocument.Block] = []
        let blocs = summary.actorsByBloc
        glance.append(.lead(lang.report(.glanceLead, String(network.actors.count), String(blocs.count),
                                        String(network.arrangements.count), String(network.ties.count))))
        let statuses = network.arrangements.map(\.evidence.status) + network.ties.map(\.evidence.status)
        func share(_ status: EvidenceStatus) -> String {
            lang.percent(statuses.isEmpty ? 0 : Double(statuses.count { $0 == status }) / Double(statuses.count))
        }
        glance.append(.paragraph(lang.report(.glanceEvidence, share(.documented), share(.illustrative), share(.proposed))))
        let diagram = try NetworkDiagram(network, options: DiagramOptions(sizeBy: "betweenness", language: lang))
        glance.append(.figure(name: "red", svg: String(decoding: try diagram.render(format: .svg), as: UTF8.self),
                              caption: lang.report(.glanceDiagram)))
        glance.append(.table(headers: [lang.report(.bloc), lang.report(.actors)],
                             rows: blocs.map { [$0.bloc?.name ?? "—", String($0.count)] }, numeric: [false, true]))
        glance.append(.table(headers: [lang.report(.kind)] + EvidenceStatus.allCases.map { $0.label(lang) },
                             rows: summary.arrangementsByKind.map { kind, _ in
                                 [kind.label(lang)] + EvidenceStatus.allCases.map { status in
                                     String(network.arrangements.count { $0.kind == kind && $0.evidence.status == status })
                                 }
                             }, numeric: [false] + EvidenceStatus.allCases.map { _ in true }))
        if !network.sources.isEmpty {
            glance.append(.subheading(lang.report(.glanceSources)))
            glance.append(.list(network.sources.map { source in
                [source.title, source.author, source.date, source.file].compactMap { $0 }.joined(separator: " — ")
            }))
        }
        sections.append(.init(id: "glance", title: lang.report(.glanceTitle), blocks: glance))

        // 2. Fragmentation.
        var fragmentation: [ReportDocument.Block] = []
        let components = Components(graph)
        if let keyPlayers = diagnosis.negativeKeyPlayers {
            let who = lang.list(keyPlayers.members.map { names[$0] })
            fragmentation.append(.lead(components.count > 1
                ? lang.report(.fragmentationLeadSplit, String(components.count), who, f(diagnosis.fragmentation.fragmentation), f(keyPlayers.score))
                : lang.report(.fragmentationLeadConnected, who, f(keyPlayers.score))))
        }
        var figures: [[String]] = [
            ["F (Borgatti 2006)", f(diagnosis.fragmentation.fragmentation)],
            ["DF (Borgatti 2006)", f(diagnosis.fragmentation.distanceFragmentation)],
            [lang == .es ? "componentes" : "components", String(components.count)],
            [lang == .es ? "tamaños" : "sizes", components.sizes.map(String.init).joined(separator: ", ")],
            [lang == .es ? "densidad" : "density", f(metrics.density)],
        ]
        if let d = metrics.averageDistance { figures.append([lang == .es ? "distancia promedio" : "average distance", f(d)]) }
        fragmentation.append(.table(headers: [lang.report(.measure), lang.report(.value)], rows: figures, numeric: [false, true]))
        fragmentation.append(.paragraph(metrics.articulationPoints.isEmpty ? lang.report(.fragmentationNoCutPoints)
            : lang.report(.fragmentationCutPoints, lang.list(metrics.articulationPoints.map { names[$0] }))))
        if let keyPlayers = diagnosis.negativeKeyPlayers {
            fragmentation.append(.paragraph(lang.report(.fragmentationKeyPlayers, String(keyPlayers.members.count),
                                                        lang.list(keyPlayers.members.map { names[$0] }), keyPlayers.method.description(lang))))
        }
        let targeted = RobustnessAnalysis(graph, order: .betweenness, includeDistance: false)
        let random = RobustnessAnalysis(graph, order: .random, runs: options.robustnessRuns, seed: options.seed, includeDistance: false)
        fragmentation.append(.figure(name: "robustez", svg: RobustnessChart.svg(
            curves: [(targeted.largestComponentShare, false, "#D55E00"), (random.largestComponentShare, true, "#0072B2")],
            xLabel: lang == .es ? "actores que salen" : "actors removed",
            yLabel: lang == .es ? "en la componente mayor" : "in the largest component",
            legend: [lang == .es ? "mayor intermediación primero" : "highest betweenness first", lang == .es ? "al azar" : "at random"],
            language: lang), caption: lang.report(.robustnessChart, String(options.robustnessRuns))))
        fragmentation.append(.paragraph(lang.report(.robustnessSentence, targeted.halfLifeRemovals.map(String.init) ?? "—",
                                                    f(random.largestComponentArea), f(targeted.largestComponentArea))))
        sections.append(.init(id: "fragmentation", title: lang.report(.fragmentationTitle), blocks: fragmentation))

        // 3. Who connects whom.
        var connect: [ReportDocument.Block] = []
        let betweenness = metrics.betweenness ?? []
        let byBetweenness = betweenness.indices.sorted { betweenness[$0] > betweenness[$1] || (betweenness[$0] == betweenness[$1] && $0 < $1) }
        if let first = byBetweenness.first {
            connect.append(.lead(lang.report(.connectLead, names[first], f(betweenness[first]))))
        }
        connect.append(.subheading(lang.report(.connectTop)))
        connect.append(.table(headers: [lang.report(.actor), lang.report(.bloc), lang.report(.betweenness), lang.report(.degree), lang.report(.closeness)],
                              rows: byBetweenness.prefix(10).map { v in
                                  [names[v], network.actors[v].bloc.map { id in network.blocsInUse.first { $0.id == id }?.name ?? id } ?? "—",
                                   f(betweenness[v]), String(graph.degree(of: v)), f(metrics.closeness?[v])]
                              }, numeric: [false, false, true, true, true]))
        if let brokerage = diagnosis.brokerage {
            connect.append(.subheading(lang.report(.connectBrokers)))
            var rows: [[String]] = []
            for (k, role) in BrokerageRole.allCases.enumerated() {
                let top = brokerage.counts.indices.sorted { brokerage.counts[$0][k] > brokerage.counts[$1][k] || (brokerage.counts[$0][k] == brokerage.counts[$1][k] && $0 < $1) }
                    .prefix(3).filter { brokerage.counts[$0][k] > 0 }
                rows.append([role.label(lang), top.isEmpty ? "—" : top.map { "\(names[$0]) (\(Int(brokerage.counts[$0][k])))" }.joined(separator: ", ")])
            }
            connect.append(.table(headers: [lang.report(.role), lang.report(.actors)], rows: rows, numeric: [false, false]))
        }
        connect.append(.subheading(lang.report(.connectHoles)))
        let holes = diagnosis.structuralHoles
        let byConstraint = network.actors.indices.filter { holes.constraint[$0] != nil }
            .sorted { holes.constraint[$0]! < holes.constraint[$1]! || (holes.constraint[$0]! == holes.constraint[$1]! && $0 < $1) }
        connect.append(.table(headers: [lang.report(.actor), lang.report(.constraint), lang.report(.effectiveSize)],
                              rows: byConstraint.prefix(8).map { [names[$0], f(holes.constraint[$0]), f(holes.effectiveSize[$0])] },
                              numeric: [false, true, true]))
        if let cohesion = diagnosis.cohesion {
            connect.append(.subheading(lang.report(.connectMixing)))
            let blocNames = cohesion.partition.labels.map { id in network.blocsInUse.first { $0.id == id }?.name ?? id }
            connect.append(.table(headers: [""] + blocNames, rows: blocNames.indices.map { a in
                [blocNames[a]] + blocNames.indices.map { b in
                    "\(cohesion.mixing[a][b])" + (cohesion.mixingDensity[a][b].map { " (\(lang.format($0, decimals: 2)))" } ?? "")
                }
            }, numeric: [false] + blocNames.map { _ in true }))
            if let ei = cohesion.eiIndex, let test = diagnosis.eiPermutation {
                let count = String(options.permutations)
                let reading = test.atMost < 0.05 ? lang.text(.eiWithin, f(ei), f(test.atMost), count)
                    : test.atLeast < 0.05 ? lang.text(.eiAcross, f(ei), f(test.atLeast), count)
                    : lang.text(.eiChance, f(ei), f(min(test.atLeast, test.atMost)), count)
                connect.append(.paragraph(reading))
            }
        }
        sections.append(.init(id: "connect", title: lang.report(.connectTitle), blocks: connect))

        // 4. Redundancy and gaps.
        var redundancy: [ReportDocument.Block] = []
        let r = diagnosis.redundancy
        redundancy.append(.lead(lang.report(.redundancyLead, String(r.singleChannelTies), String(r.singleChannelTies + r.multiplexTies))))
        redundancy.append(.subheading(lang.report(.redundancyOverlaps)))
        if r.overlaps.isEmpty {
            redundancy.append(.paragraph(lang.report(.redundancyNoOverlaps)))
        } else {
            redundancy.append(.table(headers: [lang.report(.pair), lang.report(.jaccard), lang.report(.shared)],
                                     rows: r.overlaps.prefix(10).map { o in
                                         ["\(network.arrangements[o.first].name) / \(network.arrangements[o.second].name)",
                                          lang.percent(o.jaccard), o.shared.compactMap { network.actor($0)?.name }.joined(separator: ", ")]
                                     }, numeric: [false, true, false]))
        }
        let dependencies = r.dependencies.filter { $0.soleChannelTies > 0 }
            .sorted { $0.soleChannelTies > $1.soleChannelTies || ($0.soleChannelTies == $1.soleChannelTies && $0.arrangement < $1.arrangement) }
        if !dependencies.isEmpty {
            redundancy.append(.subheading(lang.report(.redundancyDependencies)))
            redundancy.append(.table(headers: [lang.report(.arrangement), lang.report(.soleTies), lang.report(.fragmentationWithout)],
                                     rows: dependencies.prefix(10).map { [network.arrangements[$0.arrangement].name, String($0.soleChannelTies), f($0.fragmentationWithout)] },
                                     numeric: [false, true, true]))
        }
        redundancy.append(.subheading(lang.report(.redundancyGaps)))
        let blocName = { (id: String) in network.blocsInUse.first { $0.id == id }?.name ?? id }
        let gaps = r.blocPairs.filter { $0.first != $0.second && $0.ties == 0 }
        if gaps.isEmpty {
            redundancy.append(.paragraph(lang.report(.redundancyNoGaps)))
        } else {
            redundancy.append(.list(gaps.map { pair in
                let through = pair.brokers.compactMap { network.actor($0)?.name }
                return "\(blocName(pair.first)) — \(blocName(pair.second))" + (through.isEmpty ? "" : " (\(lang == .es ? "solo a través de" : "only through") \(lang.list(through)))")
            }))
        }
        sections.append(.init(id: "redundancy", title: lang.report(.redundancyTitle), blocks: redundancy))

        // 5. Scenarios and suggested ties.
        var scenarioBlocks: [ReportDocument.Block] = []
        let chosen = try (options.scenarios ?? network.scenarios.map(\.id)).map { id throws -> Scenario in
            guard let scenario = network.scenario(id) else {
                throw ValidationIssue(path: ["scenarios"], problem: .unknownScenario(id, available: network.scenarios.map(\.id)))
            }
            return scenario
        }
        if chosen.isEmpty {
            scenarioBlocks.append(.lead(lang.report(.scenariosNone)))
        } else {
            scenarioBlocks.append(.lead(lang.report(.scenariosLead, String(chosen.count))))
            for scenario in chosen {
                let comparison = try ScenarioComparison(network, applying: [scenario])
                let before = Dictionary(uniqueKeysWithValues: comparison.before.values.map { ($0.key, $0.value) })
                let after = Dictionary(uniqueKeysWithValues: comparison.after.values.map { ($0.key, $0.value) })
                scenarioBlocks.append(.subheading(scenario.name))
                scenarioBlocks.append(.paragraph(lang.report(.scenarioLead, scenario.name, f(before["distance_fragmentation"] ?? nil),
                                                             f(after["distance_fragmentation"] ?? nil), f(before["ei_index"] ?? nil), f(after["ei_index"] ?? nil))))
                if let description = scenario.description { scenarioBlocks.append(.paragraph(description)) }
                let diff = try NetworkDiagram(comparison.after.network, options: DiagramOptions(title: scenario.name, language: lang),
                                              before: comparison.before.network)
                scenarioBlocks.append(.figure(name: "escenario-\(scenario.id)", svg: String(decoding: try diff.render(format: .svg), as: UTF8.self),
                                              caption: lang.report(.scenarioDiagram, scenario.name)))
                let counts: Set<String> = ["actors", "ties", "components", "largest_component", "isolates", "bloc_gaps"]
                scenarioBlocks.append(.table(headers: [lang.report(.measure), lang.report(.before), lang.report(.after), lang.report(.change)],
                                             rows: comparison.before.values.indices.map { i in
                                                 let key = comparison.before.values[i].key
                                                 let b = comparison.before.values[i].value, a = comparison.after.values[i].value
                                                 let decimals = counts.contains(key) ? 0 : 3
                                                 return [MeasureNames.name(key, lang), f(b, decimals), f(a, decimals),
                                                         f(b.flatMap { x in a.map { $0 - x } }, decimals)]
                                             }, numeric: [false, true, true, true]))
            }
        }
        if options.suggestions > 0 {
            let suggestions = TieSuggestions(graph, count: options.suggestions, objective: .distanceFragmentation)
            scenarioBlocks.append(.subheading(lang.report(.suggestionsTitle)))
            scenarioBlocks.append(.paragraph(lang.report(.suggestionsLead, String(suggestions.suggestions.count),
                                                         options.suggestions == 1 ? (lang == .es ? "exhaustiva" : "exhaustive") : (lang == .es ? "voraz" : "greedy"))))
            scenarioBlocks.append(.table(headers: ["#", lang.report(.newTie), lang.report(.gain), "DF"],
                                         rows: suggestions.suggestions.enumerated().map { i, s in
                                             [String(i + 1), "\(names[s.first]) — \(names[s.second])", f(s.gain, 4), f(s.valueAfter)]
                                         }, numeric: [true, false, true, true]))
        }
        sections.append(.init(id: "scenarios", title: lang.report(.scenariosTitle), blocks: scenarioBlocks))

        // 6. Sensitivity.
        var sensitivity: [ReportDocument.Block] = []
        let analysis = SensitivityAnalysis(network, dropRate: options.sensitivityDropRate, runs: options.sensitivityRuns, seed: options.seed)
        if let without = analysis.withoutIllustrative {
            let count = analysis.removedIllustrative.arrangements + analysis.removedIllustrative.ties
            sensitivity.append(.lead(lang.report(.sensitivityLead, String(count), f(without.fragmentation), f(without.distanceFragmentation),
                                                 f(without.betweennessRankCorrelation, 2))))
        } else {
            sensitivity.append(.lead(lang.report(.sensitivityNoIllustrative)))
        }
        var rows: [[String]] = [[lang.report(.full), f(analysis.baseline.fragmentation), f(analysis.baseline.distanceFragmentation), "1"]]
        if let without = analysis.withoutIllustrative {
            rows.append([lang.report(.withoutIllustrative), f(without.fragmentation), f(without.distanceFragmentation), f(without.betweennessRankCorrelation, 2)])
        }
        if let fs = analysis.spread(\.fragmentation), let ds = analysis.spread(\.distanceFragmentation) {
            let rho = analysis.spread { $0.betweennessRankCorrelation ?? .nan }
            rows.append([lang.report(.randomRemoval, lang.percent(options.sensitivityDropRate)),
                         "\(f(fs.mean)) (\(f(fs.min))–\(f(fs.max)))", "\(f(ds.mean)) (\(f(ds.min))–\(f(ds.max)))", f(rho?.mean, 2)])
        }
        sensitivity.append(.subheading(lang.report(.sensitivityTable)))
        sensitivity.append(.table(headers: [lang.report(.variant), "F", "DF", lang.report(.correlation)], rows: rows, numeric: [false, true, true, true]))
        let stable = analysis.topFiveFrequency.indices.filter { analysis.topFiveFrequency[$0] >= 0.8 }
        sensitivity.append(.paragraph(lang.report(.sensitivityStable, String(options.sensitivityRuns), lang.percent(options.sensitivityDropRate),
                                                  stable.isEmpty ? "—" : lang.list(stable.map { names[$0] }))))
        sections.append(.init(id: "sensitivity", title: lang.report(.sensitivityTitle), blocks: sensitivity))

        // 7. Methods and evidence.
        var methods: [ReportDocument.Block] = [.lead(lang.report(.methodsLead))]
        methods.append(.list(MethodNotes.all.map { note in
            let (name, sentence) = lang == .es ? (note.es.name, note.es.sentence) : (note.en.name, note.en.sentence)
            return "\(name): \(sentence) (\(note.reference))"
        }))
        methods.append(.subheading(lang.report(.evidenceTitle)))
        var evidenceRows: [[String]] = []
        let sourceTitles = Dictionary(network.sources.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        for a in network.arrangements {
            evidenceRows.append(["\(a.kind.label(lang)): \(a.name)", a.evidence.status.label(lang),
                                 a.evidence.source.map { sourceTitles[$0] ?? $0 } ?? "—", a.evidence.quote ?? a.evidence.reason ?? "—"])
        }
        for t in network.ties {
            let ends = [t.source, t.target].map { id in network.actor(id)?.name ?? id }.joined(separator: " — ")
            evidenceRows.append(["\(t.kind): \(ends)", t.evidence.status.label(lang),
                                 t.evidence.source.map { sourceTitles[$0] ?? $0 } ?? "—", t.evidence.quote ?? t.evidence.reason ?? "—"])
        }
        methods.append(.table(headers: [lang.report(.element), lang.report(.status), lang.report(.source), lang.report(.evidence)],
                              rows: evidenceRows, numeric: [false, false, false, false]))
        sections.append(.init(id: "methods", title: lang.report(.methodsTitle), blocks: methods))

        return ReportDocument(language: lang.rawValue, title: options.title ?? network.name,
                              subtitle: lang.report(.subtitle, redesVersion, options.sourceName.isEmpty ? network.name : options.sourceName),
                              sections: sections)
    }
}
