import Redes
import RedesGraphviz
import RedesPresentation

/// The roadmap, phase by phase: the trajectory of the figures (a line chart and a table), then each phase on its own
/// page — what it brings in and changes, its diagram on the one map of the whole roadmap (gained thick, ended dashed),
/// and its figures before and after.
enum RoadmapSection {
    static func blocks(_ c: ReportContext) throws -> [ReportDocument.Block] {
        guard let trajectory = c.inputs.roadmap, let layout = c.inputs.roadmapLayout,
              let first = trajectory.steps.first, let last = trajectory.steps.last else { return [] }
        let lang = c.lang
        var blocks: [ReportDocument.Block] = [.glossary([GlossaryTerm.phase, .fragmentation, .distanceFragmentation, .blocGap,
                                                         .stability].map { c.glossary($0) })]
        let phases = trajectory.steps.count - 1
        func figure(_ step: RoadmapTrajectory.Step, _ f: Figure) -> String { RoadmapPresenter.value(f, step.value(of: f), language: lang) }
        let moved = [Figure.fragmentation, .distanceFragmentation, .blocGaps].contains { first.value(of: $0) != last.value(of: $0) }
        blocks.append(.lead(moved
            ? lang.text(.roadmapLead, String(phases), RoadmapPresenter.name(last, language: lang), figure(first, .fragmentation),
                        figure(last, .fragmentation), figure(first, .distanceFragmentation), figure(last, .distanceFragmentation),
                        figure(first, .blocGaps), figure(last, .blocGaps))
            : lang.text(.roadmapLeadNoChange, String(phases))))
        blocks.append(.figure(ReportFigure(name: "hoja-de-ruta", svg: RoadmapChart.svg(trajectory, language: lang),
                                           caption: lang.text(.roadmapChartCaption), legend: nil, width: 1)))
        let figures = RoadmapTrajectory.figures
        // The board's coverage is a column of its own when the file has a board and a committee.
        let coverage = trajectory.hasIndicatorCoverage
        blocks.append(.table(ReportTable(
            caption: lang.text(.roadmapTableCaption),
            headers: [lang.text(.roadmapPhase), lang.text(.roadmapPeriod)] + figures.map { RoadmapPresenter.shortLabel($0, lang) }
                + (coverage ? [lang.text(.indicatorCoverage)] : []),
            text: trajectory.steps.map { step in
                [RoadmapPresenter.name(step, language: lang), RoadmapPresenter.period(step.phase?.period, language: lang)]
                    + figures.map { figure(step, $0) } + (coverage ? [step.indicatorCoverage.map { lang.percent($0) } ?? "—"] : [])
            }, numeric: [false, false] + figures.map { _ in true } + (coverage ? [true] : []),
            widths: coverage ? [14, 11, 7, 7, 15, 14, 13, 7, 12] : [16, 12, 8, 8, 15, 17, 16, 8], compact: true)))
        blocks.append(.paragraph(lang.text(.roadmapMapNote)))
        let scenarioNames = Dictionary(c.network.scenarios.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let arrangementNames = Dictionary(trajectory.steps.flatMap(\.analysis.network.arrangements).map { ($0.id, $0.name) },
                                          uniquingKeysWith: { a, _ in a })
        for (k, step) in trajectory.steps.enumerated() {
            guard let phase = step.phase, let change = step.change else { continue }
            var group: [ReportDocument.Block] = [.subheading(phase.period == nil ? phase.name
                : lang.text(.roadmapPhaseHeading, phase.name, RoadmapPresenter.period(phase.period, language: lang)))]
            let scenarios = phase.scenarios.map { lang.text(.quoted, scenarioNames[$0] ?? $0) }
            let created = change.arrangements.created.map { arrangementNames[$0] ?? $0 }
            let ended = change.arrangements.ended.map { arrangementNames[$0] ?? $0 }
            group.append(.paragraph(lang.text(.roadmapPhaseChanges, scenarios.isEmpty ? "—" : lang.list(scenarios),
                                              String(change.links.gained.count), String(change.links.lost.count),
                                              String(change.actors.entered.count), String(change.actors.left.count),
                                              created.isEmpty ? "—" : c.someOf(created, limit: 6),
                                              ended.isEmpty ? "—" : c.someOf(ended, limit: 6))))
            let diagram = try NetworkDiagram.panel(step.analysis, previous: trajectory.steps[k - 1].analysis, layout: layout,
                                                   options: ReportInputs.phaseOptions(c.inputs.options))
            group.append(.figure(ReportFigure(name: "fase-\(DiagramIdentifiers.token(phase.id))",
                                              svg: String(decoding: try diagram.render(format: .svg), as: UTF8.self),
                                              caption: lang.text(.roadmapPhaseDiagram, phase.name), legend: diagram.legend, width: 1)))
            if let jaccard = change.stability.jaccard {
                group.append(.paragraph(lang.text(.roadmapPhaseJaccard, lang.percent(jaccard))))
            }
            group.append(.table(c.beforeAfterTable(caption: lang.text(.roadmapPhaseTableCaption, phase.name),
                                                   changes: figures.map { change.change(of: $0) })))
            blocks.append(.group(id: "phase-" + DiagramIdentifiers.token(phase.id), blocks: group))
        }
        return blocks
    }
}

extension ReportContext {
    /// Figures before and after a change, transposed: one column per figure, three lines (before, after, change), so
    /// the table stays three lines high on a page with a diagram. Shares as percentages, counts without decimals.
    func beforeAfterTable(caption: String, changes: [ScenarioComparison.FigureChange]) -> ReportTable {
        let figures = changes.map(\.figure)
        return ReportTable(
            caption: caption,
            headers: [""] + figures.map { $0 == .fragmentation ? "F" : $0 == .distanceFragmentation ? "DF" : lang.label($0) },
            text: [[lang.text(.before)] + changes.map { lang.format($0.figure, $0.before) },
                   [lang.text(.after)] + changes.map { lang.format($0.figure, $0.after) },
                   [lang.text(.change)] + changes.map { lang.formatChange($0.figure, $0.delta) }],
            numeric: [false] + figures.map { _ in true }, compact: true)
    }
}
