import Redes
import RedesGraphviz
import RedesPresentation

// MARK: Issue 17 — the indicator board
/// The indicator board: what each indicator is and who produces, owns, validates and uses it; where the board is
/// blind; the drawing of actors and indicators; whether the committee sees every figure, and what each scenario
/// changes. Only in reports of networks that declare indicators. Every figure is read from the analyses' cached
/// boards (``NetworkAnalysis/indicatorBoard(committee:)``).
enum BoardSection {
    /// The size (points) the board's drawing is fitted to: the page's column, a little taller than the network's map
    /// (the drawing has its page to itself, with its key and the flow table).
    static let diagramSize = (width: ReportInputs.diagramSize.width, height: 430.0)

    static func blocks(_ c: ReportContext) throws -> [ReportDocument.Block] {
        let lang = c.lang
        let board = c.analysis.indicatorBoard()
        let indicators = c.network.indicators, gaps = board.gaps, flow = board.flow
        func name(_ k: Int) -> String { lang.name(of: indicators[k]) }
        var blocks: [ReportDocument.Block] = [.glossary(BoardTerm.allCases.map {
            .init(term: lang.text(.board(.glossaryTerm($0))), definition: lang.text(.board(.glossaryDefinition($0))))
        })]
        blocks.append(.lead(lang.text(.board(.reportLead), String(indicators.count), String(gaps.noCustodian.count),
                                      String(gaps.singleProducer.count), String(gaps.missingValues.count))
                            + " " + lang.committeeSentence(board, members: { c.someOf($0, limit: 6) })))
        let assumed = indicators.count { $0.evidence.status == .illustrative }
        if assumed > 0 { blocks.append(.paragraph(lang.text(.board(.reportAssumed), String(assumed), String(indicators.count)))) }

        // What each indicator is, and who holds it.
        func names(_ ids: [String]) -> String { ids.isEmpty ? "—" : c.someOf(ids.map(c.actorName), limit: 4) }
        blocks.append(.table(ReportTable(
            headers: ["#", lang.header(.indicator), lang.text(.board(.levelHeader)), lang.header(.custodian),
                      lang.label(IndicatorRole.produces), lang.label(IndicatorRole.uses), lang.text(.board(.valuesHeader))],
            text: indicators.enumerated().map { k, indicator in
                [String(k + 1), name(k), indicator.level.map(lang.label) ?? "—", indicator.custodian.map(c.actorName) ?? "—",
                 names(indicator.actors(in: .produces)), names(indicator.actors(in: .uses)),
                 indicator.baseline == nil && indicator.target == nil ? "—" : "\(lang.value(indicator.baseline)) → \(lang.value(indicator.target))"]
            }, numeric: [true, false, false, false, false, false, false], widths: [4, 23, 14, 12, 17, 18, 12], compact: true)))

        // Where the board is blind.
        blocks.append(.subheading(lang.text(.board(.gapsTitle))))
        blocks.append(.list(GapCategory.allCases.map { category in
            let items = lang.items(category, of: board)
            return lang.text(.board(.gap(category))) + ": " + (items.isEmpty ? lang.text(.board(.noGap)) : c.someOf(items, limit: 8, separator: "; "))
        }))
        let silentBlocs = board.coverage.blocs.filter { row in row.bloc != nil && row.cells.allSatisfy(\.isEmpty) }.compactMap(\.bloc?.name)
        if !silentBlocs.isEmpty { blocks.append(.paragraph(lang.text(.board(.blocsWithoutPart), lang.list(silentBlocs)))) }

        // The drawing, fitted to the page, its key beside it.
        let draft = NetworkDiagram(board: board, language: lang, seed: Int(truncatingIfNeeded: c.inputs.options.seed), showsLegend: false)
        // Lines matter as much as boxes here: more room between the nodes than the network's map leaves.
        let layout = try draft.computeLayout().fitted(to: diagramSize, gap: 18, density: 0.22)
        let diagram = NetworkDiagram(board: board, language: lang, seed: Int(truncatingIfNeeded: c.inputs.options.seed), showsLegend: false,
                                     positions: layout)
        blocks.append(.figure(ReportFigure(name: "tablero", svg: String(decoding: try diagram.render(format: .svg), as: UTF8.self),
                                           caption: lang.text(.board(.reportDiagram)), legend: diagram.legend, width: 1)))

        // The data flow, and what each scenario changes.
        blocks.append(.subheading(lang.text(.board(.reportFlowTitle))))
        blocks.append(.table(ReportTable(
            headers: ["#", lang.header(.indicator), lang.text(.board(.figureReaches)), lang.text(.board(.usersReached)),
                      lang.text(.board(.blockedSteps)), lang.text(.board(.committeeSees))],
            text: flow.reach.enumerated().map { k, reach in
                [String(k + 1), name(k), String(reach.reached.count),
                 lang.text(.board(.outOf), String(reach.usersReached), String(reach.users.count)),
                 String(flow.breaks.count { $0.indicator == k }), lang.sight(reach, of: board)]
            }, numeric: [true, false, true, true, true, false], widths: [4, 32, 15, 15, 13, 21], compact: true)))
        let outcomes = c.inputs.scenarios
        if !outcomes.isEmpty {
            let base = BoardScenarioRow(board, scenario: nil)
            let rows = [base] + outcomes.map { BoardScenarioRow($0.after.indicatorBoard(), scenario: $0.scenario) }
            blocks.append(.subheading(lang.text(.board(.scenariosTitle))))
            blocks.append(.paragraph(scenarioSentence(c, base: base, rows: Array(rows.dropFirst()))))
            let most = rows.map(\.seenByCommittee.count).max(), fewest = rows.map(\.blockedSteps).min()
            let reached = rows.map(\.usersReached).max(), least = rows.map(\.gaps).min()
            blocks.append(.table(ReportTable(
                headers: [lang.text(.board(.scenario)), lang.text(.board(.committeeSeesCount)), lang.text(.board(.blockedSteps)),
                          lang.text(.board(.usersReached)), lang.text(.board(.gaps))],
                rows: rows.map { row in
                    [ReportTable.Cell(row.name.map { lang.text(.quoted, $0) } ?? lang.text(.networkAsItIs)),
                     ReportTable.Cell(row.hasCommittee ? lang.text(.board(.outOf), String(row.seenByCommittee.count), String(row.indicators)) : "—",
                                      best: row.hasCommittee && row.seenByCommittee.count == most && rows.contains { $0.seenByCommittee.count != most }),
                     ReportTable.Cell(String(row.blockedSteps), best: row.blockedSteps == fewest && rows.contains { $0.blockedSteps != fewest }),
                     ReportTable.Cell(lang.text(.board(.outOf), String(row.usersReached), String(row.users)),
                                      best: row.usersReached == reached && rows.contains { $0.usersReached != reached }),
                     ReportTable.Cell(String(row.gaps), best: row.gaps == least && rows.contains { $0.gaps != least })]
                }, numeric: [false, true, true, true, true], widths: [46, 14, 13, 15, 12], compact: true)))
        }
        return blocks
    }

    /// What the scenarios change on the board: the one that lets the committee see most (then leaves fewest steps
    /// without channel), and whether the others change anything.
    static func scenarioSentence(_ c: ReportContext, base: BoardScenarioRow, rows: [BoardScenarioRow]) -> String {
        let lang = c.lang
        let changing = rows.filter { $0.changesBoard(from: base) }
        guard let best = changing.max(by: { ($0.seenByCommittee.count, -$0.blockedSteps) < ($1.seenByCommittee.count, -$1.blockedSteps) })
        else { return lang.text(.board(.noScenarioChanges)) }
        return lang.text(.board(.bestScenario), lang.text(.quoted, best.name ?? ""), String(best.seenByCommittee.count),
                         String(best.indicators), String(base.seenByCommittee.count), String(best.blockedSteps), String(base.blockedSteps))
            + (changing.count == 1 ? " " + lang.text(.board(.othersUnchanged)) : "")
    }
}
