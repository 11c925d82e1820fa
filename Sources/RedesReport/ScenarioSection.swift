import Redes
import RedesGraphviz
import RedesPresentation

/// Each scenario on its own page — its heading, what it changes in one sentence, the diagram drawn on the map of the
/// network as it is (every actor in its place, only the ties change), the figures before and after — then the new
/// ties that would bring the network closest together.
enum ScenarioSection {
    static func blocks(_ c: ReportContext) throws -> [ReportDocument.Block] {
        let lang = c.lang
        var blocks: [ReportDocument.Block] = []
        let outcomes = c.inputs.scenarios
        blocks.append(.lead(outcomes.isEmpty ? lang.text(.scenariosNone) : lang.text(.scenariosLead, String(outcomes.count))))
        // The ties the search suggests come first (a short table), so the section's opening is not left alone at the
        // foot of a page; then each scenario on its own page.
        if let suggestions = c.inputs.suggestions {
            blocks.append(.subheading(lang.text(.reportSuggestionsTitle)))
            blocks.append(.paragraph(lang.text(.suggestionsLead, String(suggestions.suggestions.count), search(suggestions.method, lang))))
            blocks.append(.table(ReportTable(headers: ["#", lang.text(.newTie), lang.text(.dfReduction), "DF"],
                                             text: suggestions.suggestions.enumerated().map { i, s in
                                                 [String(i + 1), "\(c.names[s.first]) — \(c.names[s.second])", c.f(s.gain, 4), c.f(s.valueAfter)]
                                             }, numeric: [true, false, true, true], widths: [6, 60, 17, 17])))
        }
        for outcome in outcomes { blocks.append(try group(c, outcome)) }
        return blocks
    }

    /// One scenario, kept on one page.
    static func group(_ c: ReportContext, _ outcome: ScenarioOutcome) throws -> ReportDocument.Block {
        let lang = c.lang
        let comparison = outcome.comparison
        var blocks: [ReportDocument.Block] = [.subheading(outcome.scenario.name)]
        let before = comparison.change(of: .fragmentation), df = comparison.change(of: .distanceFragmentation)
        let components = comparison.change(of: .components)
        let closed = outcome.gapsClosed.filter { $0.first != $0.second }
        blocks.append(.paragraph(lang.text(.scenarioOutcome, String(outcome.newPairs.count), String(outcome.involved.count),
                                           c.f(before.before), c.f(before.after), c.f(df.before), c.f(df.after),
                                           c.f(components.before, 0), c.f(components.after, 0),
                                           closed.isEmpty ? lang.text(.noGapClosed) : lang.text(.gapsClosedNamed, c.gapNames(closed)))))
        let diagram = try NetworkDiagram(outcome.after, options: DiagramOptions(language: lang, seed: Int(truncatingIfNeeded: c.inputs.options.seed),
                                                                                positions: c.inputs.layout, showsLegend: false),
                                         before: c.analysis)
        blocks.append(.figure(ReportFigure(name: "escenario-\(outcome.scenario.id)",
                                           svg: String(decoding: try diagram.render(format: .svg), as: UTF8.self),
                                           caption: lang.text(.scenarioDiagram, outcome.scenario.name), legend: diagram.legend, width: 1)))
        // The figures before and after, transposed: one column per measure, so the table is three lines high.
        let figures: [Figure] = [.components, .fragmentation, .distanceFragmentation, .eiIndex, .singleChannelShare, .blocGaps, .ties]
        blocks.append(.table(c.beforeAfterTable(caption: lang.text(.scenarioTableCaption, outcome.scenario.name),
                                                changes: figures.map { comparison.change(of: $0) })))
        if let mover = comparison.actorChanges.first, abs(mover.betweennessChange) > 1e-9 {
            let roles = mover.rolesGained.isEmpty ? "" : lang.text(.scenarioRolesGained, lang.list(mover.rolesGained.map { lang.label($0) }))
            blocks.append(.paragraph(lang.text(mover.betweennessChange > 0 ? .scenarioMoverUp : .scenarioMoverDown, c.actorName(mover.id),
                                               c.f(mover.betweennessBefore), c.f(mover.betweennessAfter), roles)))
        }
        return .group(id: "scenario-" + DiagramIdentifiers.token(outcome.scenario.id), blocks: blocks)
    }

    /// How the suggested ties were searched, in a word, or in full when the search was bounded.
    static func search(_ method: TieSuggestions.Method, _ lang: Language) -> String {
        switch method {
        case .exhaustive: return lang.text(.searchExhaustive)
        case .greedy: return lang.text(.searchGreedy)
        case .restricted: return lang.method(method)
        }
    }
}

/// Sensitivity: the diagnosis without the assumptions, and with ties removed at random.
enum SensitivitySection {
    static func blocks(_ c: ReportContext) -> [ReportDocument.Block] {
        let lang = c.lang, options = c.inputs.options
        let sensitivity = c.inputs.sensitivity
        var blocks: [ReportDocument.Block] = []
        if let without = sensitivity.withoutIllustrative {
            blocks.append(.lead(lang.text(.sensitivityLead, String(sensitivity.removedIllustrative.total), c.f(without.fragmentation),
                                          c.f(without.distanceFragmentation), c.f(without.betweennessRankCorrelation, 2))))
        } else {
            blocks.append(.lead(lang.text(.sensitivityNoIllustrative)))
        }
        var rows: [[String]] = [[lang.text(.fullNetwork), c.f(sensitivity.baseline.fragmentation), c.f(sensitivity.baseline.distanceFragmentation), "1"]]
        if let without = sensitivity.withoutIllustrative {
            rows.append([lang.text(.withoutIllustrativeElements), c.f(without.fragmentation), c.f(without.distanceFragmentation),
                         c.f(without.betweennessRankCorrelation, 2)])
        }
        if let fs = sensitivity.spread(\.fragmentation), let ds = sensitivity.spread(\.distanceFragmentation) {
            let rho = sensitivity.spread { $0.betweennessRankCorrelation ?? .nan }
            rows.append([lang.text(.randomRemoval, lang.percent(options.sensitivityDropRate)),
                         "\(c.f(fs.mean)) (\(c.f(fs.min))–\(c.f(fs.max)))", "\(c.f(ds.mean)) (\(c.f(ds.min))–\(c.f(ds.max)))", c.f(rho?.mean, 2)])
        }
        blocks.append(.subheading(lang.text(.sensitivityTable)))
        blocks.append(.table(ReportTable(headers: [lang.text(.variant), "F", "DF", lang.text(.rhoBetweenness)], text: rows,
                                         numeric: [false, true, true, true], widths: [40, 20, 20, 20])))
        let stable = sensitivity.stableTopBrokers
        blocks.append(.paragraph(lang.text(.sensitivityStable, String(options.sensitivityRuns), lang.percent(options.sensitivityDropRate),
                                           stable.isEmpty ? "—" : lang.list(stable.map { c.names[$0] }))))
        return blocks + SurveyParts.missingRespondents(c)
    }
}

/// Methods and evidence: each measure with its reference, and every quotation of the sources with what rests on it.
enum MethodsSection {
    static func blocks(_ c: ReportContext) -> [ReportDocument.Block] {
        let lang = c.lang, network = c.network
        var blocks: [ReportDocument.Block] = [.lead(lang.text(.methodsLead))]
        blocks.append(.list(MethodNote.allCases.map { note in
            "\(lang.text(.methodName(note))): \(lang.text(.methodSentence(note))) (\(lang.reference(note)))"
        }))
        blocks.append(.subheading(lang.text(.evidenceTitle)))
        blocks.append(.paragraph(lang.text(.evidenceLead)))
        let sourceTitles = Dictionary(network.sources.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        // One entry per quotation (or reason), in order of first use, with every element resting on it.
        var entries: [ReportDocument.EvidenceEntry] = []
        var index: [String: Int] = [:]
        func add(_ element: String, _ evidence: Evidence) {
            let text = SurveyParts.citation(evidence, lang) ?? evidence.quote ?? evidence.reason ?? "—"
            let origin = lang.label(evidence.status) + (evidence.source.map { " — " + (sourceTitles[$0] ?? $0) } ?? "")
            let key = text + "\u{1}" + origin
            if let i = index[key] {
                if entries[i].elements.count < ReportDocument.EvidenceEntry.shownElements { entries[i].elements.append(element) }
                entries[i].count += 1
            } else {
                index[key] = entries.count
                entries.append(.init(text: text, isQuote: evidence.quote != nil, origin: origin, elements: [element], count: 1))
            }
        }
        for a in network.arrangements { add("\(lang.label(a.kind)): \(a.name)", a.evidence) }
        for t in network.ties {
            add("\(lang.label(tieKind: t.kind)): \([t.source, t.target].map(c.actorName).joined(separator: " — "))" + SurveyParts.reporter(t, c), t.evidence)
        }
        for territory in network.territories {
            if let evidence = territory.evidence { add("\(lang.attributeName("territory")): \(territory.name)", evidence) }
            if let priority = territory.priority { add("\(lang.text(.priorityTerritory)): \(territory.name)", priority.evidence) }
        }
        // On a large network, each quotation lists its first elements and how many more rest on it.
        for i in entries.indices where entries[i].count > entries[i].elements.count {
            entries[i].elements.append(lang.text(.andMoreElements, String(entries[i].count - entries[i].elements.count)))
        }
        blocks.append(.evidence(entries))
        return blocks
    }
}
