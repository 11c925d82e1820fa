/// What one actor does on one indicator: whether it is the custodian, and its roles.
public struct BoardCell: Sendable, Hashable {
    /// Whether the actor is the indicator's custodian.
    public var isCustodian: Bool
    /// The actor's roles, in flow order (produces, reports, validates, uses).
    public var roles: [IndicatorRole]

    /// Creates a cell.
    ///
    /// - Parameters:
    ///   - isCustodian: Whether the actor is the indicator's custodian.
    ///   - roles: Its roles, in flow order.
    public init(isCustodian: Bool, roles: [IndicatorRole]) {
        self.isCustodian = isCustodian
        self.roles = roles
    }

    /// Whether the actor has no part in the indicator.
    public var isEmpty: Bool { !isCustodian && roles.isEmpty }
}

/// How many actors of one bloc hold each part of one indicator.
public struct BlocCell: Sendable, Hashable {
    /// Actors of the bloc that are the custodian (0 or 1).
    public var custodians: Int
    /// Actors of the bloc in each role, in flow order: produces, reports, validates, uses.
    public var roleCounts: [Int]

    /// The number of actors of the bloc in `role`.
    ///
    /// - Parameter role: A role.
    /// - Returns: How many actors of the bloc hold it.
    public func count(_ role: IndicatorRole) -> Int { roleCounts[IndicatorRole.allCases.firstIndex(of: role)!] }

    /// Whether no actor of the bloc has a part in the indicator.
    public var isEmpty: Bool { custodians == 0 && roleCounts.allSatisfy { $0 == 0 } }
}

/// One bloc's row of the bloc × indicator matrix.
public struct BlocCoverage: Sendable, Hashable {
    /// The bloc; nil for the actors without one.
    public var bloc: Bloc?
    /// One cell per indicator, in file order.
    public var cells: [BlocCell]
}

/// Who does what on the board: actor × indicator and bloc × indicator.
public struct IndicatorCoverage: Sendable, Hashable {
    /// `cells[a][k]`: actor `a` (index into the network's actors) on indicator `k`.
    public var cells: [[BoardCell]]
    /// The blocs in display order (``Network/blocsInUse``), then the actors without a bloc when there are some.
    public var blocs: [BlocCoverage]

    /// The actors with a part in some indicator, in file order.
    public var actorsOnBoard: [Int] { cells.indices.filter { a in cells[a].contains { !$0.isEmpty } } }
}

/// An indicator with a single producer: if that actor stops, the figure stops.
public struct SoleProducer: Sendable, Hashable {
    /// The indicator (index into the network's indicators).
    public var indicator: Int
    /// The producer (index into the network's actors).
    public var actor: Int
}

/// A step of an indicator's data flow with no channel: a supplier and the custodian (or the custodian and a
/// receiver) share no arrangement and no direct tie, so the data has nowhere to travel between them.
public struct FlowBreak: Sendable, Hashable {
    /// The indicator.
    public var indicator: Int
    /// The supplier (produces, reports) or the receiver (validates, uses) cut off from the custodian.
    public var actor: Int
    /// Its first role on the side of the flow it stands on.
    public var role: IndicatorRole
    /// The custodian.
    public var custodian: Int
}

/// An indicator without a baseline, a target, or both.
public struct MissingValues: Sendable, Hashable {
    /// The indicator.
    public var indicator: Int
    /// Whether the baseline is missing.
    public var baseline: Bool
    /// Whether the target is missing.
    public var target: Bool
}

/// An actor that produces data for nobody: no indicator it produces has a user.
public struct IdleProducer: Sendable, Hashable {
    /// The actor.
    public var actor: Int
    /// The indicators it produces, none of which anyone uses.
    public var indicators: [Int]
}

/// Where the board is blind: every gap category, each possibly empty.
///
/// Definitions (indicators in file order in each list):
/// - **no custodian**: nobody is accountable for the figure (UN SDG framework: each indicator has a custodian agency);
/// - **single producer**: exactly one actor `produces` the data, a single point of failure;
/// - **producers without users**: someone produces the data and nobody `uses` it;
/// - **users without producers**: someone `uses` the figure and nobody `produces` it;
/// - **suppliers without channel**: an actor that produces or reports the data shares no arrangement and no direct
///   tie with the custodian (either direction), so the data has no channel to travel; likewise **receivers without
///   channel** for actors that validate or use it;
/// - **missing values**: no baseline, no target, or neither (Results-Based Accountability asks for both);
/// - **actors producing for nobody**: actors every indicator of which they produce has no user.
public struct IndicatorGaps: Sendable, Hashable {
    public var noCustodian: [Int]
    public var singleProducer: [SoleProducer]
    public var producersWithoutUsers: [Int]
    public var usersWithoutProducers: [Int]
    public var suppliersWithoutChannel: [FlowBreak]
    public var receiversWithoutChannel: [FlowBreak]
    public var missingValues: [MissingValues]
    public var actorsProducingForNobody: [IdleProducer]

    /// The number of gaps of all categories.
    public var count: Int {
        noCustodian.count + singleProducer.count + producersWithoutUsers.count + usersWithoutProducers.count
            + suppliersWithoutChannel.count + receiversWithoutChannel.count + missingValues.count + actorsProducingForNobody.count
    }
}

/// Which actors count as "the committee" whose sight of the board is measured.
public enum CommitteeChoice: Sendable, Hashable {
    /// The members of every arrangement of kind ``ArrangementKind/committee``.
    case committees
    /// The members of the arrangement with this id.
    case arrangement(String)
}

/// The analysis of a network's indicator board: coverage, gaps, and the data-flow layer.
///
/// Read it from ``NetworkAnalysis/indicatorBoard(committee:)`` so that it is computed once per network or scenario.
///
/// - Complexity: O(k·(r + n)) for k indicators, r assignments each and n actors, plus one O(1) edge lookup in the
///   actor graph per flow step.
public struct IndicatorBoard: Sendable {
    /// The network analysed.
    public let network: Network
    /// Who does what.
    public let coverage: IndicatorCoverage
    /// Where the board is blind.
    public let gaps: IndicatorGaps
    /// How the data travels, and who sees each figure.
    public let flow: DataFlow

    /// Analyses the board of the network of `actorGraph` (its channels decide where the data can travel).
    ///
    /// - Parameters:
    ///   - actorGraph: The projection of the network.
    ///   - committee: Whose sight of the board to measure.
    public init(_ actorGraph: ActorGraph, committee: CommitteeChoice = .committees) {
        let network = actorGraph.network
        self.network = network
        let flow = DataFlow(actorGraph, committee: committee)
        self.flow = flow
        let actorIndex = Dictionary(network.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })

        // Coverage.
        var cells = [[BoardCell]](repeating: [BoardCell](repeating: BoardCell(isCustodian: false, roles: []),
                                                          count: network.indicators.count), count: network.actors.count)
        for (k, indicator) in network.indicators.enumerated() {
            if let custodian = indicator.custodian.flatMap({ actorIndex[$0] }) { cells[custodian][k].isCustodian = true }
            for assignment in indicator.roles {
                guard let a = actorIndex[assignment.actor], !cells[a][k].roles.contains(assignment.role) else { continue }
                cells[a][k].roles.append(assignment.role)
                cells[a][k].roles.sort()
            }
        }
        var blocRows: [BlocCoverage] = []
        let blocs: [Bloc?] = network.blocsInUse + (network.actors.contains { $0.bloc == nil } ? [nil] : [])
        for bloc in blocs {
            var row = [BlocCell](repeating: BlocCell(custodians: 0, roleCounts: [0, 0, 0, 0]), count: network.indicators.count)
            for (a, actor) in network.actors.enumerated() where actor.bloc == bloc?.id {
                for k in network.indicators.indices {
                    if cells[a][k].isCustodian { row[k].custodians += 1 }
                    for role in cells[a][k].roles { row[k].roleCounts[IndicatorRole.allCases.firstIndex(of: role)!] += 1 }
                }
            }
            blocRows.append(BlocCoverage(bloc: bloc, cells: row))
        }
        coverage = IndicatorCoverage(cells: cells, blocs: blocRows)

        // Gaps.
        var gaps = IndicatorGaps(noCustodian: [], singleProducer: [], producersWithoutUsers: [], usersWithoutProducers: [],
                                 suppliersWithoutChannel: flow.breaks.filter { $0.role.suppliesData },
                                 receiversWithoutChannel: flow.breaks.filter { !$0.role.suppliesData },
                                 missingValues: [], actorsProducingForNobody: [])
        var produced = [[Int]](repeating: [], count: network.actors.count)
        var used = [Bool](repeating: false, count: network.indicators.count)
        for (k, indicator) in network.indicators.enumerated() {
            let producers = indicator.actors(in: .produces).compactMap { actorIndex[$0] }
            let users = indicator.actors(in: .uses)
            used[k] = !users.isEmpty
            if indicator.custodian == nil { gaps.noCustodian.append(k) }
            if producers.count == 1 { gaps.singleProducer.append(SoleProducer(indicator: k, actor: producers[0])) }
            if !producers.isEmpty && users.isEmpty { gaps.producersWithoutUsers.append(k) }
            if producers.isEmpty && !users.isEmpty { gaps.usersWithoutProducers.append(k) }
            if indicator.baseline == nil || indicator.target == nil {
                gaps.missingValues.append(MissingValues(indicator: k, baseline: indicator.baseline == nil, target: indicator.target == nil))
            }
            for a in producers { produced[a].append(k) }
        }
        for (a, indicators) in produced.enumerated() where !indicators.isEmpty && indicators.allSatisfy({ !used[$0] }) {
            gaps.actorsProducingForNobody.append(IdleProducer(actor: a, indicators: indicators))
        }
        self.gaps = gaps
    }
}

/// The gap categories of ``IndicatorGaps``; the raw value is the stable JSON key.
public enum GapCategory: String, Sendable, Hashable, CaseIterable {
    case noCustodian = "no_custodian"
    case singleProducer = "single_producer"
    case producersWithoutUsers = "producers_without_users"
    case usersWithoutProducers = "users_without_producers"
    case suppliersWithoutChannel = "suppliers_without_channel"
    case receiversWithoutChannel = "receivers_without_channel"
    case missingValues = "no_baseline_or_target"
    case actorsProducingForNobody = "actors_producing_for_nobody"
}

extension IndicatorGaps {
    /// How many gaps of one category the board has.
    ///
    /// - Parameter category: A category.
    /// - Returns: The number of entries in its list.
    public func count(of category: GapCategory) -> Int {
        switch category {
        case .noCustodian: return noCustodian.count
        case .singleProducer: return singleProducer.count
        case .producersWithoutUsers: return producersWithoutUsers.count
        case .usersWithoutProducers: return usersWithoutProducers.count
        case .suppliersWithoutChannel: return suppliersWithoutChannel.count
        case .receiversWithoutChannel: return receiversWithoutChannel.count
        case .missingValues: return missingValues.count
        case .actorsProducingForNobody: return actorsProducingForNobody.count
        }
    }
}

/// What one network or scenario makes of the board, for comparing scenarios side by side.
public struct BoardScenarioRow: Sendable, Hashable {
    /// The scenario's id; nil for the network without scenario.
    public var scenario: String?
    /// The scenario's display name; nil for the network without scenario.
    public var name: String?
    /// How many indicators the board has.
    public var indicators: Int
    /// Whether the network has a committee.
    public var hasCommittee: Bool
    /// The ids of the indicators whose figure reaches a committee member.
    public var seenByCommittee: [String]
    /// The ids of those whose figure reaches none.
    public var unseenByCommittee: [String]
    /// The steps of the indicators' flows that have no channel (one per indicator and cut-off actor).
    public var blockedSteps: Int
    /// Users reached by the figures they use, and users declared (an actor counted once per indicator).
    public var usersReached: Int
    public var users: Int
    /// Gaps of all categories.
    public var gaps: Int

    /// The row of a board.
    ///
    /// - Parameters:
    ///   - board: The board of the network or of the scenario.
    ///   - scenario: The scenario applied, if any.
    public init(_ board: IndicatorBoard, scenario: Scenario?) {
        let ids = board.network.indicators.map(\.id)
        self.scenario = scenario?.id
        name = scenario?.name
        indicators = ids.count
        hasCommittee = board.flow.committee != nil
        seenByCommittee = board.flow.seenByCommittee.map { ids[$0] }
        unseenByCommittee = board.flow.unseenByCommittee.map { ids[$0] }
        blockedSteps = board.flow.breaks.count
        usersReached = board.flow.usersReached
        users = board.flow.userCount
        gaps = board.gaps.count
    }

    /// Whether this row's board differs from `base`'s in what the comparison reads: the indicators the committee
    /// sees, the steps without channel, the users reached, the number of gaps or of indicators.
    ///
    /// - Parameter base: The row of the network without scenario.
    /// - Returns: `true` when a scenario changes the board.
    public func changesBoard(from base: BoardScenarioRow) -> Bool {
        seenByCommittee != base.seenByCommittee || blockedSteps != base.blockedSteps || usersReached != base.usersReached
            || gaps != base.gaps || indicators != base.indicators
    }
}
