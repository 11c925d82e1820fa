import Redes
import RedesGraphviz
import RedesPresentation

/// The network at a glance: who is in it, the map every scenario reuses, blocs, kinds of arrangement, evidence.
enum GlanceSection {
    static func blocks(_ c: ReportContext) throws -> [ReportDocument.Block] {
        let lang = c.lang, network = c.network, summary = c.analysis.summary
        var blocks: [ReportDocument.Block] = []
        let blocs = summary.actorsByBloc
        blocks.append(.lead(lang.text(.glanceLead, String(network.actors.count), String(blocs.count),
                                      String(network.arrangements.count), String(network.ties.count))))
        let statuses = network.arrangements.map(\.evidence.status) + network.ties.map(\.evidence.status)
        func share(_ status: EvidenceStatus) -> String {
            lang.percent(statuses.isEmpty ? 0 : Double(statuses.count { $0 == status }) / Double(statuses.count))
        }
        // Shares of the stated statuses (when the file states any), then of what it leaves unspecified.
        if statuses.contains(where: \.isStated) {
            blocks.append(.paragraph(lang.text(.glanceEvidence, share(.documented), share(.illustrative), share(.proposed))))
        }
        if statuses.contains(.unspecified) { blocks.append(.paragraph(lang.text(.glanceUnspecified, share(.unspecified)))) }
        if statuses.contains(.reported) {
            blocks.append(.paragraph(lang.text(.survey(.glanceReported), share(.reported), lang.text(.survey(.provenanceTitle)))))
        }
        let diagram = try ReportInputs.baseDiagram(c.analysis, options: c.inputs.options, positions: c.inputs.layout)
        blocks.append(.figure(ReportFigure(name: "red", svg: String(decoding: try diagram.render(format: .svg), as: UTF8.self),
                                           caption: lang.text(.glanceDiagram), legend: diagram.legend, width: 1)))
        blocks.append(.table(ReportTable(headers: [lang.text(.bloc), lang.text(.actors), lang.text(.who)], text: blocs.map { tally in
            let members = network.actors.filter { $0.bloc == tally.key?.id }.map(\.name)
            return [tally.key?.name ?? lang.text(.noBloc), String(tally.count), c.someOf(members)]
        }, numeric: [false, true, false], widths: [22, 10, 68])))
        let shownStatuses = EvidenceStatus.shown(among: network.arrangements.map(\.evidence.status))
        blocks.append(.table(ReportTable(headers: [lang.text(.kind)] + shownStatuses.map { lang.label($0) },
                                         text: summary.arrangementsByKind.map { tally in
                                             let kind = tally.key
                                             return [lang.label(kind)] + shownStatuses.map { status in
                                                 String(network.arrangements.count { $0.kind == kind && $0.evidence.status == status })
                                             }
                                         }, numeric: [false] + shownStatuses.map { _ in true })))
        if !network.sources.isEmpty {
            blocks.append(.subheading(lang.text(.glanceSources)))
            blocks.append(.list(network.sources.map { source in
                [source.title, source.author, source.date, source.file].compactMap { $0 }.joined(separator: " — ")
            }))
        }
        return blocks + SurveyParts.provenance(c)
    }
}

/// Fragmentation: the parts that do not reach each other, cut points, key players, robustness.
enum FragmentationSection {
    static func blocks(_ c: ReportContext) -> [ReportDocument.Block] {
        let lang = c.lang, analysis = c.analysis, metrics = analysis.metrics
        var blocks: [ReportDocument.Block] = [.glossary([GlossaryTerm.fragmentation, .distanceFragmentation, .component, .cutPoint,
                                                         .keyPlayers, .robustness].map { c.glossary($0) })]
        let components = analysis.components
        if let keyPlayers = analysis.negativeKeyPlayers, keyPlayers.isDefined {
            let who = lang.list(keyPlayers.members.map { c.names[$0] })
            blocks.append(.lead(components.count > 1
                ? lang.text(.fragmentationLeadSplit, String(components.count), who, c.f(analysis.fragmentation.fragmentation), c.f(keyPlayers.score))
                : lang.text(.fragmentationLeadConnected, who, c.f(keyPlayers.score))))
        }
        let parts = ComponentWords.parts(c)
        if parts.count > 1 {
            blocks.append(.subheading(lang.text(.partsTitle)))
            blocks.append(.list(parts.enumerated().map { i, part in
                i == 0 ? lang.text(.partMain, String(part.size)) : lang.text(.partOther, String(part.size), part.words)
            }))
        }
        var figures: [[String]] = [
            ["F", c.f(analysis.fragmentation.fragmentation)],
            ["DF", c.f(analysis.fragmentation.distanceFragmentation)],
            [lang.label(Figure.components), String(components.count)],
            [lang.text(.sizes), components.sizes.map(String.init).joined(separator: ", ")],
            [lang.label(Figure.density), c.f(metrics.density)],
        ]
        if let d = metrics.averageDistance { figures.append([lang.label(Figure.averageDistance), c.f(d)]) }
        blocks.append(.table(ReportTable(headers: [lang.text(.measure), lang.text(.value)], text: figures, numeric: [false, true])))
        blocks.append(.paragraph(metrics.articulationPoints.isEmpty ? lang.text(.noCutPoints)
            : lang.text(.cutPoints, lang.list(metrics.articulationPoints.map { c.names[$0] }))))
        if let keyPlayers = analysis.negativeKeyPlayers, keyPlayers.isDefined {
            blocks.append(.paragraph(lang.text(.fragmentationKeyPlayers, String(keyPlayers.members.count),
                                               lang.list(keyPlayers.members.map { c.names[$0] }), lang.method(keyPlayers.method))))
        }
        let targeted = c.inputs.targeted, random = c.inputs.random
        blocks.append(.figure(ReportFigure(name: "robustez", svg: RobustnessChart.svg(
            curves: [(targeted.largestComponentShare, false, "#000000"), (random.largestComponentShare, true, "#0072B2")],
            xLabel: lang.text(.robustnessAxisRemoved), yLabel: lang.text(.robustnessAxisLargest),
            legend: [lang.text(.robustnessTargeted), lang.text(.robustnessRandom)]),
            caption: lang.text(.robustnessChart, String(c.inputs.options.robustnessRuns)), legend: nil, width: 0.8)))
        blocks.append(.paragraph(lang.text(.robustnessSentence, targeted.halfLifeRemovals.map(String.init) ?? "—",
                                           c.f(random.largestComponentArea, 2), c.f(targeted.largestComponentArea, 2))))
        return blocks
    }
}

extension ReportContext {
    /// A measure's glossary entry, in the run's language.
    func glossary(_ term: GlossaryTerm) -> ReportDocument.GlossaryEntry {
        .init(term: lang.text(.glossaryTerm(term)), definition: lang.text(.glossaryDefinition(term)))
    }
}
