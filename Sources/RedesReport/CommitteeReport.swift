import Foundation
import Redes
import RedesGraphviz
import RedesPresentation

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
    /// How the suggested ties were searched, in a word, or in full when the search was bounded.
    static func suggestionSearch(_ method: TieSuggestions.Method, _ lang: Language) -> String {
        switch method {
        case .exhaustive: return lang.text(.searchExhaustive)
        case .greedy: return lang.text(.searchGreedy)
        case .restricted: return lang.method(method)
        }
    }

    /// The options of the analysis a report reads: every metric, key players of 2, the report's permutations and seed.
    public static func analysisOptions(_ options: ReportOptions) -> AnalysisOptions {
        AnalysisOptions(seed: options.seed, keyPlayers: 2, permutations: options.permutations)
    }

    /// Builds the report of `network`, analysing it with ``analysisOptions(_:)``.
    ///
    /// - Throws: ``ValidationIssue`` for an unknown scenario, ``GraphvizError`` when a diagram fails.
    public static func build(_ network: Network, options: ReportOptions = ReportOptions()) throws -> ReportDocument {
        try build(NetworkAnalysis(network, options: analysisOptions(options)), options: options)
    }

    /// Builds the report from an analysis: every figure is read from it (and from the analyses of its scenarios),
    /// never recomputed.
    ///
    /// - Parameters:
    ///   - analysis: the analysis of the network.
    ///   - options: language, scenarios, title and the runs of the random parts.
    /// - Returns: the document, ready for HTML or Markdown.
    /// - Throws: ``ValidationIssue`` for an unknown scenario, ``GraphvizError`` when a diagram fails.
    public static func build(_ analysis: NetworkAnalysis, options: ReportOptions) throws -> ReportDocument {
        let lang = options.language
        func f(_ x: Double?, _ decimals: Int = 3) -> String { lang.format(x, decimals: decimals) }
        let network = analysis.network
        let graph = analysis.graph
        let names = network.actors.map(\.name)
        let summary = analysis.summary
        let metrics = analysis.metrics
        var sections: [ReportDocument.Section] = []

        // 1. At a glance.
        var glance: [ReportDocument.Block] = []
        let blocs = summary.actorsByBloc
        glance.append(.lead(lang.text(.glanceLead, String(network.actors.count), String(blocs.count),
                                        String(network.arrangements.count), String(network.ties.count))))
        let statuses = network.arrangements.map(\.evidence.status) + network.ties.map(\.evidence.status)
        func share(_ status: EvidenceStatus) -> String {
            lang.percent(statuses.isEmpty ? 0 : Double(statuses.count { $0 == status }) / Double(statuses.count))
        }
        glance.append(.paragraph(lang.text(.glanceEvidence, share(.documented), share(.illustrative), share(.proposed))))
        let diagram = try NetworkDiagram(analysis, options: DiagramOptions(sizeBy: .metric(.betweenness), language: lang))
        glance.append(.figure(name: "red", svg: String(decoding: try diagram.render(format: .svg), as: UTF8.self),
                              caption: lang.text(.glanceDiagram)))
        glance.append(.table(headers: [lang.text(.bloc), lang.text(.actors)],
                             rows: blocs.map { [$0.key?.name ?? "—", String($0.count)] }, numeric: [false, true]))
        glance.append(.table(headers: [lang.text(.kind)] + EvidenceStatus.allCases.map { lang.label($0) },
                             rows: summary.arrangementsByKind.map { tally in
                                 let kind = tally.key
                                 return [lang.label(kind)] + EvidenceStatus.allCases.map { status in
                                     String(network.arrangements.count { $0.kind == kind && $0.evidence.status == status })
                                 }
                             }, numeric: [false] + EvidenceStatus.allCases.map { _ in true }))
        if !network.sources.isEmpty {
            glance.append(.subheading(lang.text(.glanceSources)))
            glance.append(.list(network.sources.map { source in
                [source.title, source.author, source.date, source.file].compactMap { $0 }.joined(separator: " — ")
            }))
        }
        sections.append(.init(id: "glance", title: lang.text(.glanceTitle), blocks: glance))

        // 2. Fragmentation.
        var fragmentation: [ReportDocument.Block] = []
        let components = analysis.components
        if let keyPlayers = analysis.negativeKeyPlayers, keyPlayers.isDefined {
            let who = lang.list(keyPlayers.members.map { names[$0] })
            fragmentation.append(.lead(components.count > 1
                ? lang.text(.fragmentationLeadSplit, String(components.count), who, f(analysis.fragmentation.fragmentation), f(keyPlayers.score))
                : lang.text(.fragmentationLeadConnected, who, f(keyPlayers.score))))
        }
        var figures: [[String]] = [
            ["F (Borgatti 2006)", f(analysis.fragmentation.fragmentation)],
            ["DF (Borgatti 2006)", f(analysis.fragmentation.distanceFragmentation)],
            [lang.label(Figure.components), String(components.count)],
            [lang.text(.sizes), components.sizes.map(String.init).joined(separator: ", ")],
            [lang.label(Figure.density), f(metrics.density)],
        ]
        if let d = metrics.averageDistance { figures.append([lang.label(Figure.averageDistance), f(d)]) }
        fragmentation.append(.table(headers: [lang.text(.measure), lang.text(.value)], rows: figures, numeric: [false, true]))
        fragmentation.append(.paragraph(metrics.articulationPoints.isEmpty ? lang.text(.noCutPoints)
            : lang.text(.cutPoints, lang.list(metrics.articulationPoints.map { names[$0] }))))
        if let keyPlayers = analysis.negativeKeyPlayers {
            fragmentation.append(.paragraph(lang.text(.fragmentationKeyPlayers, String(keyPlayers.members.count),
                                                        lang.list(keyPlayers.members.map { names[$0] }), lang.method(keyPlayers.method))))
        }
        let targeted = RobustnessAnalysis(graph, order: .betweenness, includeDistance: false)
        let random = RobustnessAnalysis(graph, order: .random, runs: options.robustnessRuns, seed: options.seed, includeDistance: false)
        fragmentation.append(.figure(name: "robustez", svg: RobustnessChart.svg(
            curves: [(targeted.largestComponentShare, false, "#D55E00"), (random.largestComponentShare, true, "#0072B2")],
            xLabel: lang.text(.robustnessAxisRemoved), yLabel: lang.text(.robustnessAxisLargest),
            legend: [lang.text(.robustnessTargeted), lang.text(.robustnessRandom)]), caption: lang.text(.robustnessChart, String(options.robustnessRuns))))
        fragmentation.append(.paragraph(lang.text(.robustnessSentence, targeted.halfLifeRemovals.map(String.init) ?? "—",
                                                    f(random.largestComponentArea), f(targeted.largestComponentArea))))
        sections.append(.init(id: "fragmentation", title: lang.text(.fragmentationTitle), blocks: fragmentation))

        // 3. Who connects whom.
        var connect: [ReportDocument.Block] = []
        let betweenness = metrics.betweenness ?? []
        let byBetweenness = Ranking.descending(betweenness)
        if let first = byBetweenness.first {
            connect.append(.lead(lang.text(.connectLead, names[first], f(betweenness[first]))))
        }
        connect.append(.subheading(lang.text(.connectTop)))
        connect.append(.table(headers: [lang.text(.actor), lang.text(.bloc), lang.header(.betweenness), lang.header(.degree), lang.header(.closeness)],
                              rows: byBetweenness.prefix(10).map { v in
                                  [names[v], network.actors[v].bloc.map { network.blocName($0) } ?? "—",
                                   f(betweenness[v]), String(graph.degree(of: v)), f(metrics.closeness?[v])]
                              }, numeric: [false, false, true, true, true]))
        if let brokerage = analysis.brokerage {
            connect.append(.subheading(lang.text(.connectBrokers)))
            var rows: [[String]] = []
            for role in BrokerageRole.allCases {
                let counts = brokerage.counts.map { $0[role] }
                let top = Ranking.descending(counts).prefix(3).filter { counts[$0] > 0 }
                rows.append([lang.label(role), top.isEmpty ? "—" : top.map { "\(names[$0]) (\(Int(counts[$0])))" }.joined(separator: ", ")])
            }
            connect.append(.table(headers: [lang.text(.role), lang.text(.actors)], rows: rows, numeric: [false, false]))
        }
        connect.append(.subheading(lang.text(.connectHoles)))
        let holes = analysis.structuralHoles
        let byConstraint = Ranking.ascending(holes.constraint)
        connect.append(.table(headers: [lang.text(.actor), lang.text(.constraint), lang.text(.effectiveSize)],
                              rows: byConstraint.prefix(8).map { [names[$0], f(holes.constraint[$0]), f(holes.effectiveSize[$0])] },
                              numeric: [false, true, true]))
        if let cohesion = analysis.cohesion {
            connect.append(.subheading(lang.text(.connectMixing)))
            let blocNames = cohesion.partition.labels.map { network.blocName($0) }
            connect.append(.table(headers: [""] + blocNames, rows: blocNames.indices.map { a in
                [blocNames[a]] + blocNames.indices.map { b in
                    "\(cohesion.mixing[a][b])" + (cohesion.mixingDensity[a][b].map { " (\(lang.format($0, decimals: 2)))" } ?? "")
                }
            }, numeric: [false] + blocNames.map { _ in true }))
            if let ei = cohesion.eiIndex, let test = analysis.eiPermutation {
                connect.append(.paragraph(DiagnosisText.eiSentence(ei, test, language: lang)))
            }
        }
        sections.append(.init(id: "connect", title: lang.text(.connectTitle), blocks: connect))

        // 4. Redundancy and gaps.
        var redundancy: [ReportDocument.Block] = []
        let r = analysis.redundancy
        redundancy.append(.lead(lang.text(.redundancyLead, String(r.singleChannelTies), String(r.singleChannelTies + r.multiplexTies))))
        redundancy.append(.subheading(lang.text(.redundancyOverlaps)))
        if r.overlaps.isEmpty {
            redundancy.append(.paragraph(lang.text(.redundancyNoOverlaps)))
        } else {
            redundancy.append(.table(headers: [lang.text(.pair), lang.text(.overlap), lang.text(.sharedMembers)],
                                     rows: r.overlaps.prefix(10).map { o in
                                         ["\(network.arrangements[o.first].name) / \(network.arrangements[o.second].name)",
                                          lang.percent(o.jaccard), o.shared.compactMap { network.actor($0)?.name }.joined(separator: ", ")]
                                     }, numeric: [false, true, false]))
        }
        let dependencies = r.criticalDependencies
        if !dependencies.isEmpty {
            redundancy.append(.subheading(lang.text(.redundancyDependencies)))
            redundancy.append(.table(headers: [lang.text(.arrangement), lang.text(.soleTies), lang.text(.fragmentationWithoutIt)],
                                     rows: dependencies.prefix(10).map { [network.arrangements[$0.arrangement].name, String($0.soleChannelTies), f($0.fragmentationWithout)] },
                                     numeric: [false, true, true]))
        }
        redundancy.append(.subheading(lang.text(.redundancyGaps)))
        let blocName = { (id: String) in network.blocName(id) }
        let gaps = r.blocPairs.filter { $0.first != $0.second && $0.ties == 0 }
        if gaps.isEmpty {
            redundancy.append(.paragraph(lang.text(.redundancyNoGaps)))
        } else {
            redundancy.append(.list(gaps.map { pair in
                let through = pair.brokers.compactMap { network.actor($0)?.name }
                return "\(blocName(pair.first)) — \(blocName(pair.second))" + (through.isEmpty ? "" : " (\(lang.text(.onlyThrough)) \(lang.list(through)))")
            }))
        }
        sections.append(.init(id: "redundancy", title: lang.text(.redundancyTitle), blocks: redundancy))

        // 5. Scenarios and suggested ties.
        var scenarioBlocks: [ReportDocument.Block] = []
        let chosen = try (options.scenarios ?? network.scenarios.map(\.id)).map { id throws -> Scenario in
            guard let scenario = network.scenario(id) else {
                throw ValidationIssue(path: ["scenarios"], problem: .unknownScenario(id, available: network.scenarios.map(\.id)))
            }
            return scenario
        }
        if chosen.isEmpty {
            scenarioBlocks.append(.lead(lang.text(.scenariosNone)))
        } else {
            scenarioBlocks.append(.lead(lang.text(.scenariosLead, String(chosen.count))))
            for scenario in chosen {
                let comparison = ScenarioComparison(before: analysis, after: try analysis.applying(scenario), scenarios: [scenario.id])
                let df = comparison.change(of: .distanceFragmentation), ei = comparison.change(of: .eiIndex)
                scenarioBlocks.append(.subheading(scenario.name))
                scenarioBlocks.append(.paragraph(lang.text(.scenarioLead, scenario.name, f(df.before), f(df.after), f(ei.before), f(ei.after))))
                if let description = scenario.description { scenarioBlocks.append(.paragraph(description)) }
                let diff = try NetworkDiagram(comparison.after, options: DiagramOptions(title: scenario.name, language: lang),
                                              before: comparison.before)
                scenarioBlocks.append(.figure(name: "escenario-\(scenario.id)", svg: String(decoding: try diff.render(format: .svg), as: UTF8.self),
                                              caption: lang.text(.scenarioDiagram, scenario.name)))
                scenarioBlocks.append(.table(headers: [lang.text(.measure), lang.text(.before), lang.text(.after), lang.text(.change)],
                                             rows: comparison.figures.map { change in
                                                 let decimals = change.figure.isCount ? 0 : 3
                                                 return [lang.label(change.figure), f(change.before, decimals), f(change.after, decimals),
                                                         f(change.delta, decimals)]
                                             }, numeric: [false, true, true, true]))
            }
        }
        if options.suggestions > 0 {
            let suggestions = TieSuggestions(graph, count: options.suggestions, objective: .distanceFragmentation)
            scenarioBlocks.append(.subheading(lang.text(.reportSuggestionsTitle)))
            scenarioBlocks.append(.paragraph(lang.text(.suggestionsLead, String(suggestions.suggestions.count),
                                                         suggestionSearch(suggestions.method, lang))))
            scenarioBlocks.append(.table(headers: ["#", lang.text(.newTie), lang.text(.dfReduction), "DF"],
                                         rows: suggestions.suggestions.enumerated().map { i, s in
                                             [String(i + 1), "\(names[s.first]) — \(names[s.second])", f(s.gain, 4), f(s.valueAfter)]
                                         }, numeric: [true, false, true, true]))
        }
        sections.append(.init(id: "scenarios", title: lang.text(.scenariosTitle), blocks: scenarioBlocks))

        // 6. Sensitivity.
        var sensitivity: [ReportDocument.Block] = []
        let sensitivityAnalysis = SensitivityAnalysis(network, dropRate: options.sensitivityDropRate, runs: options.sensitivityRuns, seed: options.seed)
        if let without = sensitivityAnalysis.withoutIllustrative {
            let count = sensitivityAnalysis.removedIllustrative.total
            sensitivity.append(.lead(lang.text(.sensitivityLead, String(count), f(without.fragmentation), f(without.distanceFragmentation),
                                                 f(without.betweennessRankCorrelation, 2))))
        } else {
            sensitivity.append(.lead(lang.text(.sensitivityNoIllustrative)))
        }
        var rows: [[String]] = [[lang.text(.fullNetwork), f(sensitivityAnalysis.baseline.fragmentation), f(sensitivityAnalysis.baseline.distanceFragmentation), "1"]]
        if let without = sensitivityAnalysis.withoutIllustrative {
            rows.append([lang.text(.withoutIllustrativeElements), f(without.fragmentation), f(without.distanceFragmentation), f(without.betweennessRankCorrelation, 2)])
        }
        if let fs = sensitivityAnalysis.spread(\.fragmentation), let ds = sensitivityAnalysis.spread(\.distanceFragmentation) {
            let rho = sensitivityAnalysis.spread { $0.betweennessRankCorrelation ?? .nan }
            rows.append([lang.text(.randomRemoval, lang.percent(options.sensitivityDropRate)),
                         "\(f(fs.mean)) (\(f(fs.min))–\(f(fs.max)))", "\(f(ds.mean)) (\(f(ds.min))–\(f(ds.max)))", f(rho?.mean, 2)])
        }
        sensitivity.append(.subheading(lang.text(.sensitivityTable)))
        sensitivity.append(.table(headers: [lang.text(.variant), "F", "DF", lang.text(.rhoBetweenness)], rows: rows, numeric: [false, true, true, true]))
        let stable = sensitivityAnalysis.stableTopBrokers
        sensitivity.append(.paragraph(lang.text(.sensitivityStable, String(options.sensitivityRuns), lang.percent(options.sensitivityDropRate),
                                                  stable.isEmpty ? "—" : lang.list(stable.map { names[$0] }))))
        sections.append(.init(id: "sensitivity", title: lang.text(.reportSensitivityTitle), blocks: sensitivity))

        // 7. Methods and evidence.
        var methods: [ReportDocument.Block] = [.lead(lang.text(.methodsLead))]
        methods.append(.list(MethodNote.allCases.map { note in
            "\(lang.text(.methodName(note))): \(lang.text(.methodSentence(note))) (\(lang.reference(note)))"
        }))
        methods.append(.subheading(lang.text(.evidenceTitle)))
        var evidenceRows: [[String]] = []
        let sourceTitles = Dictionary(network.sources.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        for a in network.arrangements {
            evidenceRows.append(["\(lang.label(a.kind)): \(a.name)", lang.label(a.evidence.status),
                                 a.evidence.source.map { sourceTitles[$0] ?? $0 } ?? "—", a.evidence.quote ?? a.evidence.reason ?? "—"])
        }
        for t in network.ties {
            let ends = [t.source, t.target].map { id in network.actor(id)?.name ?? id }.joined(separator: " — ")
            evidenceRows.append(["\(t.kind): \(ends)", lang.label(t.evidence.status),
                                 t.evidence.source.map { sourceTitles[$0] ?? $0 } ?? "—", t.evidence.quote ?? t.evidence.reason ?? "—"])
        }
        methods.append(.table(headers: [lang.text(.element), lang.text(.status), lang.text(.source), lang.text(.quoteOrReason)],
                              rows: evidenceRows, numeric: [false, false, false, false]))
        sections.append(.init(id: "methods", title: lang.text(.methodsTitle), blocks: methods))

        return ReportDocument(language: lang.rawValue, title: options.title ?? network.name,
                              subtitle: lang.text(.reportSubtitle, redesVersion, options.sourceName.isEmpty ? network.name : options.sourceName),
                              sections: sections)
    }
}
