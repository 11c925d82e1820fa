import Testing
@testable import Redes

/// The gaps, coverage and data flow of a small board, against values computed by hand from the fixture
/// (Tests/RedesTests/Fixtures/indicators/board.yaml).
///
/// Actors a b c d e f (indices 0…5), blocs p = {a, b}, q = {c, d}, r = {e, f}. Channels, the edges of the actor graph:
/// a–b, a–c, b–c (mesa m1), d–e (mesa m2), a–f (the committee k), c–f (a direct tie). Indicators (indices 0…4):
///
/// | indicator | custodian | supply (produces/reports) | receive (validates/uses) | baseline, target |
/// |---|---|---|---|---|
/// | i1 | —  | b produces         | a uses                     | baseline only |
/// | i2 | a  | c produces         | f uses, e uses             | both          |
/// | i3 | d  | b, e produce       | c uses                     | neither       |
/// | i4 | f  | —                  | a uses, b uses, c validates | neither      |
/// | i5 | c  | d produces, c reports | —                       | both          |
@Suite("Indicator board: hand-computed gaps, coverage and flow")
struct IndicatorBoardTests {
    static func board(scenario: String? = nil) throws -> IndicatorBoard {
        var network = try Network.read(path: repositoryPath("Tests/RedesTests/Fixtures/indicators/board.yaml"))
        if let scenario { network = try network.applying(scenarioNamed: scenario) }
        return NetworkAnalysis(network).indicatorBoard()
    }

    let a = 0, b = 1, c = 2, d = 3, e = 4, f = 5
    let i1 = 0, i2 = 1, i3 = 2, i4 = 3, i5 = 4

    @Test("every gap category, computed by hand")
    func gaps() throws {
        let gaps = try Self.board().gaps
        // Only i1 has no custodian.
        #expect(gaps.noCustodian == [i1])
        // One producer: i1 (b), i2 (c), i5 (d; c reports, which is not producing). i3 has two, i4 none.
        #expect(gaps.singleProducer == [SoleProducer(indicator: i1, actor: b), SoleProducer(indicator: i2, actor: c),
                                        SoleProducer(indicator: i5, actor: d)])
        // i5 is produced (by d) and used by nobody; i4 is used (by a and b) and produced by nobody.
        #expect(gaps.producersWithoutUsers == [i5])
        #expect(gaps.usersWithoutProducers == [i4])
        // Suppliers cut off from the custodian: i3's producer b and custodian d share no mesa (b is in m1, d in m2)
        // and no tie; i5's producer d and custodian c neither. i3's other producer e shares m2 with d.
        #expect(gaps.suppliersWithoutChannel == [FlowBreak(indicator: i3, actor: b, role: .produces, custodian: d),
                                                 FlowBreak(indicator: i5, actor: d, role: .produces, custodian: c)])
        // Receivers cut off: i2's custodian a and user e (e is only in m2); i3's custodian d and user c; i4's custodian
        // f and user b. i2's user f shares the committee k with a; i4's validator c reaches f through the tie c–f.
        #expect(gaps.receiversWithoutChannel == [FlowBreak(indicator: i2, actor: e, role: .uses, custodian: a),
                                                 FlowBreak(indicator: i3, actor: c, role: .uses, custodian: d),
                                                 FlowBreak(indicator: i4, actor: b, role: .uses, custodian: f)])
        // i1 has a baseline and no target; i3 and i4 have neither; i2 and i5 have both.
        #expect(gaps.missingValues == [MissingValues(indicator: i1, baseline: false, target: true),
                                       MissingValues(indicator: i3, baseline: true, target: true),
                                       MissingValues(indicator: i4, baseline: true, target: true)])
        // d produces only i5, which nobody uses; b produces i1 and i3 (both used), c i2, e i3.
        #expect(gaps.actorsProducingForNobody == [IdleProducer(actor: d, indicators: [i5])])
        #expect(gaps.count == 1 + 3 + 1 + 1 + 2 + 3 + 3 + 1)
    }

    @Test("the data flow: who each figure reaches, in how many steps, and what the committee sees")
    func flow() throws {
        let flow = try Self.board().flow
        func reached(_ pairs: [(Int, Int)]) -> [ReachedActor] { pairs.map { ReachedActor(actor: $0.0, steps: $0.1) } }
        // i1: no custodian, so the figure stays with its producer b.
        #expect(flow.reach[i1].reached == reached([(b, 0)]))
        // i2: c (0) → a over m1 (1) → f over k (2); e has no channel to a.
        #expect(flow.reach[i2].reached == reached([(c, 0), (a, 1), (f, 2)]))
        // i3: b and e supply (0); e reaches d over m2 (1); d has no channel to c.
        #expect(flow.reach[i3].reached == reached([(b, 0), (e, 0), (d, 1)]))
        // i4: nobody supplies data, so the custodian f has nothing to pass on.
        #expect(flow.reach[i4].reached.isEmpty)
        // i5: c reports (0) and is the custodian; d produces (0).
        #expect(flow.reach[i5].reached == reached([(c, 0), (d, 0)]))
        #expect(flow.reach.map(\.users) == [[a], [f, e], [c], [a, b], []])
        #expect(flow.reach.map(\.usersReached) == [0, 1, 0, 0, 0])
        #expect(flow.userCount == 6 && flow.usersReached == 1)
        #expect(flow.actorsReached == [a, b, c, d, e, f])
        // The committee k = {a, f} sees i2 only, through a at one step.
        #expect(flow.committee == Committee(arrangements: [2], members: [a, f]))
        #expect(flow.reach[i2].committeeSight == ReachedActor(actor: a, steps: 1))
        #expect(flow.seenByCommittee == [i2] && flow.unseenByCommittee == [i1, i3, i4, i5])
        // The steps of the layer, each pair once: d → c carries i3 (custodian to user) and i5 (producer to custodian).
        let arcs = flow.arcs.map { "\($0.from)>\($0.to):\($0.indicators):\($0.hasChannel)" }
        #expect(arcs == ["0>4:[1]:false", "0>5:[1]:true", "1>3:[2]:false", "2>0:[1]:true", "3>2:[2, 4]:false",
                         "4>3:[2]:true", "5>0:[3]:true", "5>1:[3]:false", "5>2:[3]:true"])
        #expect(flow.blockedArcs == 4 && flow.breaks.count == 5)
        #expect(flow.indicatorsSeen(by: a) == [i2] && flow.indicatorsSeen(by: d) == [i3, i5])
    }

    @Test("coverage: actor × indicator and bloc × indicator")
    func coverage() throws {
        let coverage = try Self.board().coverage
        #expect(coverage.cells[c][i5] == BoardCell(isCustodian: true, roles: [.reports]))
        #expect(coverage.cells[c][i4] == BoardCell(isCustodian: false, roles: [.validates]))
        #expect(coverage.cells[a][i3].isEmpty)
        #expect(coverage.actorsOnBoard == [a, b, c, d, e, f])
        // Bloc p = {a, b} on i4: both use it. Bloc q = {c, d} on i5: c custodian and reporter, d producer.
        #expect(coverage.blocs.map { $0.bloc?.id } == ["p", "q", "r"])
        #expect(coverage.blocs[0].cells[i4] == BlocCell(custodians: 0, roleCounts: [0, 0, 0, 2]))
        #expect(coverage.blocs[1].cells[i5] == BlocCell(custodians: 1, roleCounts: [1, 1, 0, 0]))
    }

    @Test("a scenario that opens a channel b–c–d lets i3 and i5 through; the comparison says so")
    func scenario() throws {
        let base = try Self.board(), changed = try Self.board(scenario: "s1")
        // m3 = {b, c, d} joins b–d and c–d: i3's b reaches d, and d reaches the user c (two steps).
        #expect(changed.flow.reach[i3].reached.map(\.actor) == [b, e, d, c])
        #expect(changed.gaps.suppliersWithoutChannel.isEmpty)
        #expect(changed.network.indicators.map(\.agreement) == [nil, nil, "m3", nil, "m3"])
        let s1 = try Network.read(path: repositoryPath("Tests/RedesTests/Fixtures/indicators/board.yaml")).scenario("s1")
        let rows = [BoardScenarioRow(base, scenario: nil), BoardScenarioRow(changed, scenario: s1)]
        #expect(rows.map(\.scenario) == [nil, "s1"] && rows.map(\.name) == [nil, "Mesa nueva"])
        #expect(rows.map(\.blockedSteps) == [5, 2] && rows.map(\.usersReached) == [1, 2] && rows.map(\.gaps) == [15, 12])
        #expect(rows.map(\.seenByCommittee) == [["i2"], ["i2"]])
    }

    @Test("--committee names an arrangement: its members are the committee")
    func namedCommittee() throws {
        let network = try Network.read(path: repositoryPath("Tests/RedesTests/Fixtures/indicators/board.yaml"))
        let board = NetworkAnalysis(network).indicatorBoard(committee: .arrangement("m2"))
        // m2 = {d, e}: e supplies i3 (0 steps), d supplies i5; i2's figure does not reach them.
        #expect(board.flow.seenByCommittee == [i3, i5])
        #expect(NetworkAnalysis(network).indicatorBoard(committee: .arrangement("none")).flow.committee == nil)
    }
}
