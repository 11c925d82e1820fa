import Redes

/// What `redes indicators` shows of an ``IndicatorBoard``: JSON (every gap category, each list possibly empty), CSV
/// (one row per indicator) and a table that reads as a diagnosis.
public struct IndicatorBoardPresenter: Sendable {
    /// The board shown (of the network, or of the scenario applied).
    public let board: IndicatorBoard
    /// The scenario applied, if any.
    public let scenario: Scenario?
    /// The board of the network without scenario, then of each of its scenarios.
    public let scenarios: [BoardScenarioRow]

    /// - Parameters:
    ///   - board: The board shown.
    ///   - scenario: The scenario applied to the network shown, if any.
    ///   - scenarios: The comparison of the network and its scenarios.
    public init(_ board: IndicatorBoard, scenario: Scenario? = nil, scenarios: [BoardScenarioRow] = []) {
        self.board = board
        self.scenario = scenario
        self.scenarios = scenarios
    }

    private var network: Network { board.network }
    private func actorID(_ a: Int) -> String { network.actors[a].id }
    private func actorName(_ a: Int) -> String { network.actors[a].name }

    // MARK: JSON

    public func json() -> JSONValue {
        let indicators = network.indicators
        let names = Dictionary(network.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func ids(_ list: [Int]) -> JSONValue { .array(list.map { .string(indicators[$0].id) }) }
        func actorList(_ list: [Int]) -> JSONValue { .array(list.map { .string(actorID($0)) }) }
        func value(_ v: IndicatorValue?) -> JSONValue { v.map { ["period": .string($0.period), "value": .number($0.value)] } ?? .null }
        func indicatorRef(_ k: Int) -> JSONValue { ["id": .string(indicators[k].id), "name": .string(indicators[k].name)] }
        func flowBreak(_ b: FlowBreak) -> JSONValue {
            ["indicator": .string(indicators[b.indicator].id), "indicator_name": .string(indicators[b.indicator].name),
             "actor": .string(actorID(b.actor)), "actor_name": .string(actorName(b.actor)), "role": .string(b.role.rawValue),
             "custodian": .string(actorID(b.custodian)), "custodian_name": .string(actorName(b.custodian))]
        }
        func reached(_ r: ReachedActor) -> JSONValue {
            ["id": .string(actorID(r.actor)), "name": .string(actorName(r.actor)), "steps": .int(r.steps)]
        }

        let indicatorObjects: [JSONValue] = indicators.enumerated().map { k, indicator in
            var roles: [String: JSONValue] = [:]
            for role in IndicatorRole.allCases { roles[role.rawValue] = .array(indicator.actors(in: role).map { .string($0) }) }
            let reach = board.flow.reach[k]
            var evidence: [String: JSONValue] = ["status": .string(indicator.evidence.status.rawValue)]
            for (key, text) in [("source", indicator.evidence.source), ("quote", indicator.evidence.quote), ("reason", indicator.evidence.reason)] {
                if let text { evidence[key] = .string(text) }
            }
            return .object([
                "id": .string(indicator.id), "name": .string(indicator.name), "name_en": .optional(indicator.nameEnglish),
                "definition": .optional(indicator.definition), "unit": .optional(indicator.unit),
                "level": .optional(indicator.level?.rawValue), "periodicity": .optional(indicator.periodicity),
                "disaggregation": .array(indicator.disaggregation.map { .string($0) }),
                "custodian": .optional(indicator.custodian), "custodian_name": .optional(indicator.custodian.flatMap { names[$0] }),
                "roles": .object(roles), "source_system": .optional(indicator.sourceSystem),
                "agreement": .optional(indicator.agreement),
                "agreement_name": .optional(indicator.agreement.flatMap { network.arrangement($0)?.name }),
                "baseline": value(indicator.baseline), "target": value(indicator.target),
                "observations": .array(indicator.observations.map { value($0) }), "evidence": .object(evidence),
                "reach": ["reached": .array(reach.reached.map(reached)), "users": .int(reach.users.count),
                          "users_reached": .int(reach.usersReached),
                          "committee": reach.committeeSight.map(reached) ?? .null],
            ])
        }

        let gaps = board.gaps
        var gapObject: [String: JSONValue] = [:]
        for category in GapCategory.allCases {
            let entries: [JSONValue]
            switch category {
            case .noCustodian: entries = gaps.noCustodian.map(indicatorRef)
            case .singleProducer:
                entries = gaps.singleProducer.map {
                    ["indicator": .string(indicators[$0.indicator].id), "indicator_name": .string(indicators[$0.indicator].name),
                     "producer": .string(actorID($0.actor)), "producer_name": .string(actorName($0.actor))]
                }
            case .producersWithoutUsers: entries = gaps.producersWithoutUsers.map(indicatorRef)
            case .usersWithoutProducers: entries = gaps.usersWithoutProducers.map(indicatorRef)
            case .suppliersWithoutChannel: entries = gaps.suppliersWithoutChannel.map(flowBreak)
            case .receiversWithoutChannel: entries = gaps.receiversWithoutChannel.map(flowBreak)
            case .missingValues:
                entries = gaps.missingValues.map {
                    ["id": .string(indicators[$0.indicator].id), "name": .string(indicators[$0.indicator].name),
                     "baseline_missing": .bool($0.baseline), "target_missing": .bool($0.target)]
                }
            case .actorsProducingForNobody:
                entries = gaps.actorsProducingForNobody.map {
                    ["id": .string(actorID($0.actor)), "name": .string(actorName($0.actor)), "indicators": ids($0.indicators)]
                }
            }
            gapObject[category.rawValue] = .array(entries)
        }

        let actorsCoverage: [JSONValue] = network.actors.enumerated().map { a, actor in
            var cells: [String: JSONValue] = [:]
            for (k, cell) in board.coverage.cells[a].enumerated() where !cell.isEmpty {
                cells[indicators[k].id] = ["custodian": .bool(cell.isCustodian), "roles": .array(cell.roles.map { .string($0.rawValue) })]
            }
            return ["id": .string(actor.id), "name": .string(actor.name), "bloc": .optional(actor.bloc),
                    "indicators": .object(cells), "sees": ids(board.flow.indicatorsSeen(by: a))]
        }
        let blocsCoverage: [JSONValue] = board.coverage.blocs.map { row in
            var cells: [String: JSONValue] = [:]
            for (k, cell) in row.cells.enumerated() {
                var counts: [String: JSONValue] = ["custodian": .int(cell.custodians)]
                for role in IndicatorRole.allCases { counts[role.rawValue] = .int(cell.count(role)) }
                cells[indicators[k].id] = .object(counts)
            }
            return ["id": .optional(row.bloc?.id), "name": .optional(row.bloc?.name), "indicators": .object(cells)]
        }

        let flow = board.flow
        let steps: [JSONValue] = flow.arcs.map {
            ["from": .string(actorID($0.from)), "from_name": .string(actorName($0.from)), "to": .string(actorID($0.to)),
             "to_name": .string(actorName($0.to)), "indicators": ids($0.indicators), "channel": .bool($0.hasChannel)]
        }
        let committee: JSONValue = flow.committee.map { c in
            ["arrangements": .array(c.arrangements.map { .string(network.arrangements[$0].id) }),
             "arrangement_names": .array(c.arrangements.map { .string(network.arrangements[$0].name) }),
             "members": actorList(c.members), "member_names": .array(c.members.map { .string(actorName($0)) }),
             "sees": ids(flow.seenByCommittee), "does_not_see": ids(flow.unseenByCommittee),
             "sees_all": .bool(flow.unseenByCommittee.isEmpty)]
        } ?? .null

        let comparison: [JSONValue] = scenarios.map { row in
            ["id": .optional(row.scenario), "name": .optional(row.name), "indicators": .int(row.indicators),
             "committee_sees": row.hasCommittee ? .array(row.seenByCommittee.map { .string($0) }) : .null,
             "committee_does_not_see": row.hasCommittee ? .array(row.unseenByCommittee.map { .string($0) }) : .null,
             "steps_without_channel": .int(row.blockedSteps), "users": .int(row.users), "users_reached": .int(row.usersReached),
             "gaps": .int(row.gaps)]
        }

        return .object([
            "network": .string(network.name), "scenario": .optional(scenario?.id), "scenario_name": .optional(scenario?.name),
            "indicators": .array(indicatorObjects), "gaps": .object(gapObject),
            "coverage": ["actors": .array(actorsCoverage), "blocs": .array(blocsCoverage)],
            "data_flow": ["arcs": .array(steps), "steps_without_channel": .int(flow.breaks.count),
                          "actors_reached": actorList(flow.actorsReached), "users": .int(flow.userCount),
                          "users_reached": .int(flow.usersReached), "committee": committee],
            "scenarios": .array(comparison),
        ])
    }

    // MARK: CSV

    /// One row per indicator: its custodian and roles (ids separated by `|`), values, the gaps it is in (counts per
    /// category) and its reach.
    public func csv() -> String {
        let header = ["id", "name", "level", "custodian"] + IndicatorRole.allCases.map(\.rawValue)
            + ["baseline_period", "baseline", "target_period", "target"] + GapCategory.allCases.filter { $0 != .actorsProducingForNobody }.map(\.rawValue)
            + ["reached", "users", "users_reached", "committee_sees"]
        var table = CSVTable(header: header)
        let gaps = board.gaps
        for (k, indicator) in network.indicators.enumerated() {
            let reach = board.flow.reach[k]
            var row = [indicator.id, indicator.name, indicator.level?.rawValue ?? "", indicator.custodian ?? ""]
            row += IndicatorRole.allCases.map { indicator.actors(in: $0).joined(separator: "|") }
            row += [indicator.baseline?.period ?? "", CSVTable.number(indicator.baseline?.value),
                    indicator.target?.period ?? "", CSVTable.number(indicator.target?.value)]
            row += [gaps.noCustodian.contains(k), gaps.singleProducer.contains { $0.indicator == k },
                    gaps.producersWithoutUsers.contains(k), gaps.usersWithoutProducers.contains(k)].map { $0 ? "1" : "0" }
            row += [gaps.suppliersWithoutChannel.filter { $0.indicator == k }.count,
                    gaps.receiversWithoutChannel.filter { $0.indicator == k }.count,
                    gaps.missingValues.contains { $0.indicator == k } ? 1 : 0].map(String.init)
            row += [String(reach.reached.count), String(reach.users.count), String(reach.usersReached),
                    board.flow.committee == nil ? "" : (reach.committeeSight == nil ? "false" : "true")]
            table.append(row)
        }
        return table.rendered()
    }

    // MARK: Table

    public func table(language: Language) -> String {
        let indicators = network.indicators
        var title = language.text(.board(.title), network.name)
        if let scenario { title += language.text(.scenarioSuffix, scenario.name) }
        var text = title + "\n"
        guard !indicators.isEmpty else { return text + language.text(.board(.noIndicators)) + "\n" }
        let onBoard = board.coverage.actorsOnBoard
        text += language.text(.board(.summary), String(indicators.count), String(onBoard.count)) + "\n\n"
        func name(_ k: Int) -> String { language.name(of: indicators[k]) }
        func names(_ ids: [String]) -> String {
            ids.map { id in network.actor(id)?.name ?? id }.joined(separator: ", ")
        }

        // Indicators.
        let roles = IndicatorRole.allCases.filter { role in role == .produces || role == .uses || indicators.contains { !$0.actors(in: role).isEmpty } }
        var table = TextTable(headers: ["#", language.header(.indicator), language.text(.board(.levelHeader)), language.header(.custodian)]
                              + roles.map(language.label) + [language.header(.baseline), language.header(.target)],
                              alignments: [.right] + [TextTable.Alignment](repeating: .left, count: 5 + roles.count))
        for (k, indicator) in indicators.enumerated() {
            table.append([String(k + 1), name(k), indicator.level.map(language.label) ?? "—",
                          indicator.custodian.map { names([$0]) } ?? "—"]
                         + roles.map { role in indicator.actors(in: role).isEmpty ? "—" : names(indicator.actors(in: role)) }
                         + [language.value(indicator.baseline), language.value(indicator.target)])
        }
        text += language.text(.board(.indicatorsTitle)) + "\n" + table.rendered() + "\n"

        // Gaps.
        text += language.text(.board(.gapsTitle)) + "\n"
        for category in GapCategory.allCases {
            let items = language.items(category, of: board)
            text += "  " + language.text(.board(.gap(category))) + ": "
                + (items.isEmpty ? language.text(.board(.noGap)) : items.joined(separator: "; ")) + "\n"
        }

        // Coverage: actor × indicator.
        let numbers = indicators.indices.map { String($0 + 1) }
        text += "\n" + language.text(.board(.coverageActors)) + "\n"
        var coverage = TextTable(headers: [language.text(.actor), language.text(.bloc)] + numbers + [language.text(.board(.sees))],
                                 alignments: [.left, .left] + numbers.map { _ in .left } + [.right])
        let blocNames = Dictionary(network.blocsInUse.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for a in onBoard {
            coverage.append([actorName(a), network.actors[a].bloc.map { blocNames[$0] ?? $0 } ?? "—"]
                            + board.coverage.cells[a].map(Language.letters)
                            + [language.text(.board(.outOf), String(board.flow.indicatorsSeen(by: a).count), String(indicators.count))])
        }
        text += coverage.rendered()
        let columnKey = indicators.indices.map { "\($0 + 1) \(name($0))" }.joined(separator: "; ")
        text += "  " + language.text(.board(.columnsKey), columnKey) + "\n"
        if onBoard.count < network.actors.count {
            text += "  " + language.text(.board(.noPart), String(network.actors.count - onBoard.count)) + "\n"
        }

        // Coverage: bloc × indicator.
        text += "\n" + language.text(.board(.coverageBlocs)) + "\n"
        var blocs = TextTable(headers: [language.text(.bloc)] + numbers, alignments: [.left] + numbers.map { _ in .left })
        for row in board.coverage.blocs where row.cells.contains(where: { !$0.isEmpty }) {
            blocs.append([row.bloc?.name ?? language.text(.noBloc)] + row.cells.map { cell in
                guard !cell.isEmpty else { return "·" }
                let parts = [("C", cell.custodians)] + zip(["P", "R", "V", "U"], cell.roleCounts).map { ($0, $1) }
                return parts.filter { $0.1 > 0 }.map { $0.1 == 1 ? $0.0 : "\($0.0)\($0.1)" }.joined(separator: " ")
            })
        }
        text += blocs.rendered()

        // Data flow.
        let flow = board.flow
        text += "\n" + language.text(.board(.flowTitle)) + "\n"
        var flowTable = TextTable(headers: ["#", language.header(.indicator), language.text(.board(.figureReaches)),
                                            language.text(.board(.usersReached)), language.text(.board(.blockedSteps)),
                                            language.text(.board(.committeeSees))],
                                  alignments: [.right, .left, .right, .right, .right, .left])
        for (k, reach) in flow.reach.enumerated() {
            let blocked = flow.breaks.filter { $0.indicator == k }.count
            flowTable.append([String(k + 1), name(k), String(reach.reached.count),
                              language.text(.board(.outOf), String(reach.usersReached), String(reach.users.count)), String(blocked),
                              language.sight(reach, of: board)])
        }
        text += flowTable.rendered()
        text += language.text(.board(.flowReach), String(flow.actorsReached.count), String(flow.usersReached), String(flow.userCount)) + "\n"
        text += language.committeeSentence(board, members: language.list) + "\n"

        // Scenarios.
        if scenarios.count > 1 {
            text += "\n" + language.text(.board(.scenariosTitle)) + "\n"
            var rows = TextTable(headers: [language.text(.board(.scenario)), language.text(.board(.committeeSeesCount)),
                                           language.text(.board(.blockedSteps)), language.text(.board(.usersReached)),
                                           language.text(.board(.gaps))],
                                 alignments: [.left, .right, .right, .right, .right])
            for row in scenarios {
                rows.append([row.name ?? language.text(.board(.baseNetwork)),
                             row.hasCommittee ? language.text(.board(.outOf), String(row.seenByCommittee.count), String(row.indicators)) : "—",
                             String(row.blockedSteps), language.text(.board(.outOf), String(row.usersReached), String(row.users)),
                             String(row.gaps)])
            }
            text += rows.rendered()
        }
        return text
    }
}

extension IndicatorBoardPresenter: Presentable {}
