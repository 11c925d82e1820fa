import Redes
import RedesPresentation

/// The indicator board in the map's panel, in the page's language, read from one drawing's
/// ``Redes/IndicatorBoard`` (``Redes/NetworkAnalysis/indicatorBoard(committee:)`` of the analysis the page already
/// has: the network's, or a scenario's).
///
/// - **Diagnosis panel**: how many indicators the committee sees within two steps and which it does not see (the
///   report's sentence), whom the figures reach, and every gap category with its entries ("ninguno" when empty). In
///   a scenario's drawing, first what the scenario changes on the board: the report's comparison
///   (``Redes/BoardScenarioRow/changesBoard(from:)`` and its sentence), then the indicators the committee gains or
///   loses sight of.
/// - **An actor's panel**: each indicator the actor takes part in, with its parts (custodian, then its roles in flow
///   order), how many figures reach it, and the gaps that concern it: a single producer, a supplier or receiver cut
///   off from the custodian (either end), data it produces for nobody; an indicator it takes part in with no
///   custodian, no user or no producer; an indicator it is the custodian of with no baseline or target.
///
/// Counts are written as the report writes them (digits, no grouping); every word is the catalog's.
struct ExplorerBoard {
    let board: IndicatorBoard
    let lang: Language

    /// The `data-section` names of the board's sections.
    enum Section: String {
        case overview = "board", gaps = "board-gaps", actor = "board-actor", actorGaps = "board-actor-gaps"
    }

    private var network: Network { board.network }

    private func name(_ k: Int) -> String { lang.name(of: network.indicators[k]) }

    // MARK: The diagnosis panel

    /// The sections of a drawing's diagnosis panel.
    ///
    /// - Parameters:
    ///   - before: The board of the network as it is, when this board is a scenario's.
    ///   - scenario: The scenario's name.
    /// - Returns: What the committee sees (and what the scenario changes), then the gaps.
    func overview(before: IndicatorBoard?, scenario: String) -> [ExplorerSection] {
        var items: [String] = []
        if let before { items += change(from: before, scenario: scenario) }
        items.append(board.flow.committee == nil ? lang.text(.board(.mapNoCommittee)) : lang.committeeSentence(board, members: lang.list))
        let flow = board.flow
        items.append(lang.text(.board(.flowReach), String(flow.actorsReached.count), String(flow.usersReached), String(flow.userCount)))
        let gaps = GapCategory.allCases.map { category in
            let entries = lang.items(category, of: board)
            return ExplorerSection.Row(label: lang.text(.board(.gap(category))), values: entries.isEmpty ? [lang.text(.board(.noGap))] : entries)
        }
        return [ExplorerSection(title: lang.text(.board(.sectionTitle)), items: items, id: Section.overview.rawValue),
                ExplorerSection(title: lang.text(.board(.gapsTitle)), rows: gaps, id: Section.gaps.rawValue)]
    }

    /// What a scenario changes on the board, compared as the report's board section compares scenarios.
    private func change(from before: IndicatorBoard, scenario: String) -> [String] {
        let now = BoardScenarioRow(board, scenario: nil), then = BoardScenarioRow(before, scenario: nil)
        guard now.changesBoard(from: then) else { return [lang.text(.board(.mapUnchanged))] }
        guard now.hasCommittee else {
            return [lang.text(.board(.mapChanges), String(now.blockedSteps), String(then.blockedSteps), String(now.gaps), String(then.gaps))]
        }
        var items = [lang.text(.board(.bestScenario), lang.text(.quoted, scenario), String(now.seenByCommittee.count),
                               String(now.indicators), String(then.seenByCommittee.count), String(now.blockedSteps),
                               String(then.blockedSteps))]
        // An indicator the scenario removes is named as the network as it is names it.
        func names(_ ids: [String]) -> String {
            lang.list(ids.map { id in (network.indicator(id) ?? before.network.indicator(id)).map { lang.name(of: $0) } ?? id })
        }
        let gained = now.seenByCommittee.filter { !then.seenByCommittee.contains($0) }
        let lost = then.seenByCommittee.filter { !now.seenByCommittee.contains($0) }
        if !gained.isEmpty { items.append(lang.text(.board(.mapSightGains), names(gained))) }
        if !lost.isEmpty { items.append(lang.text(.board(.mapSightLoses), names(lost))) }
        return items
    }

    // MARK: An actor's panel

    /// The sections of an actor's panel.
    ///
    /// - Parameter a: The actor (index into the board's network's actors).
    /// - Returns: Its parts on the board (or that it has none), then the gaps that concern it when there are some.
    func actor(_ a: Int) -> [ExplorerSection] {
        let title = lang.text(.board(.sectionTitle))
        let cells = board.coverage.cells[a]
        let parts = cells.indices.filter { !cells[$0].isEmpty }
        guard !parts.isEmpty else { return [ExplorerSection(title: title, items: [lang.text(.board(.mapNoPart))], id: Section.actor.rawValue)] }
        let rows = parts.map { k in
            ExplorerSection.Row(label: name(k), values: [
                ((cells[k].isCustodian ? [lang.header(.custodian)] : []) + cells[k].roles.map(lang.label)).joined(separator: ", "),
            ])
        }
        let sight = lang.text(.board(.mapActorPart), String(parts.count), String(network.indicators.count),
                              String(board.flow.indicatorsSeen(by: a).count))
        var sections = [ExplorerSection(title: title, items: [sight], rows: rows, id: Section.actor.rawValue)]
        let mine = gaps(concerning: a, parts: Set(parts))
        let gapRows = GapCategory.allCases.compactMap { category -> ExplorerSection.Row? in
            let entries = lang.items(category, of: mine, in: network)
            return entries.isEmpty ? nil : .init(label: lang.text(.board(.gap(category))), values: entries)
        }
        if !gapRows.isEmpty {
            sections.append(ExplorerSection(title: lang.text(.board(.mapActorGapsTitle)), rows: gapRows, id: Section.actorGaps.rawValue))
        }
        return sections
    }

    /// The board's gaps that concern actor `a`, which takes part in the indicators `parts`.
    private func gaps(concerning a: Int, parts: Set<Int>) -> IndicatorGaps {
        var gaps = board.gaps
        gaps.noCustodian.removeAll { !parts.contains($0) }
        gaps.singleProducer.removeAll { $0.actor != a }
        gaps.producersWithoutUsers.removeAll { !parts.contains($0) }
        gaps.usersWithoutProducers.removeAll { !parts.contains($0) }
        gaps.suppliersWithoutChannel.removeAll { $0.actor != a && $0.custodian != a }
        gaps.receiversWithoutChannel.removeAll { $0.actor != a && $0.custodian != a }
        gaps.missingValues.removeAll { !board.coverage.cells[a][$0.indicator].isCustodian }
        gaps.actorsProducingForNobody.removeAll { $0.actor != a }
        return gaps
    }
}
