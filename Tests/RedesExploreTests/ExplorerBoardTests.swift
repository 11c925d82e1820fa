import Foundation
import Redes
import RedesPresentation
import Testing
@testable import RedesExplore

/// The indicator board in the map's panel, on a board small enough to work out by hand.
@Suite("Interactive map: the indicator board")
struct ExplorerBoardTests {
    /// ``ExplorerPageTests/small()`` (a – b by a tie, the mesa {b, c}, d alone) with a committee {a, b}, and a scenario
    /// whose convenio joins a, c and d. Four indicators, none with an English name:
    /// - Uno: custodian b; a produces, c uses; baseline and target given.
    /// - Dos: custodian c; d produces (no channel d–c), a uses (no channel c–a); baseline only.
    /// - Tres: no custodian; c produces; nobody uses it; no values.
    /// - Cuatro: custodian a; b uses; nobody produces it; no values.
    static func network() -> Network {
        var network = ExplorerPageTests.small()
        network.arrangements.append(Arrangement(id: "comite", name: "Comité", kind: .committee, members: ["a", "b"],
                                                evidence: Evidence(status: .illustrative, reason: "supuesto")))
        network.scenarios[0].addArrangements[0].members = ["a", "c", "d"]
        let assumed = Evidence(status: .illustrative, reason: "supuesto")
        network.indicators = [
            Indicator(id: "k1", name: "Uno", custodian: "b", roles: [.init(actor: "a", role: .produces), .init(actor: "c", role: .uses)],
                      baseline: IndicatorValue(period: "2024", value: 1), target: IndicatorValue(period: "2026", value: 2), evidence: assumed),
            Indicator(id: "k2", name: "Dos", custodian: "c", roles: [.init(actor: "d", role: .produces), .init(actor: "a", role: .uses)],
                      baseline: IndicatorValue(period: "2024", value: 3), evidence: assumed),
            Indicator(id: "k3", name: "Tres", roles: [.init(actor: "c", role: .produces)], evidence: assumed),
            Indicator(id: "k4", name: "Cuatro", custodian: "a", roles: [.init(actor: "b", role: .uses)], evidence: assumed),
        ]
        return network
    }

    /// A section of the data as (title, items, rows as label → values), found by its `id`.
    struct Shown: Equatable, CustomStringConvertible {
        var title: String
        var items: [String]
        var rows: [[String]]
        var description: String { "\(title) \(items) \(rows)" }
    }

    static func sections(_ value: Any?) -> [String: Shown] {
        var out: [String: Shown] = [:]
        for section in value as? [[String: Any]] ?? [] {
            let rows = (section["rows"] as? [[String: Any]] ?? []).map { [$0["label"] as? String ?? ""] + ($0["values"] as? [String] ?? []) }
            out[section["id"] as? String ?? ""] = Shown(title: section["title"] as? String ?? "", items: section["items"] as? [String] ?? [], rows: rows)
        }
        return out
    }

    static func views(_ language: Language) throws -> [[String: Any]] {
        let data = try ExplorerPageTests.data(try ExplorerPage(network(), options: ExplorerOptions(language: language)).html)
        return try #require(data["views"] as? [[String: Any]])
    }

    static func actor(_ views: [[String: Any]], _ view: Int, _ id: String) -> [String: Any]? {
        (views[view]["actors"] as? [String: [String: Any]])?[id]
    }

    static func gap(_ category: GapCategory) -> String { Language.es.text(.board(.gap(category))) }

    @Test("each actor's parts, the figures that reach it and the gaps that concern it, worked out by hand")
    func actors() throws {
        let views = try Self.views(.es)
        func panel(_ id: String) -> [String: Shown] { Self.sections(Self.actor(views, 0, id)?["sections"]) }
        // Reach (producer → custodian → user, each step along a channel): Uno reaches a (0), b (1, tie a–b), c (2, mesa
        // b–c); Dos reaches d only (d–c and c–a have no channel); Tres reaches c (its producer, no custodian);
        // Cuatro nobody (no producer).
        #expect(panel("a")["board-actor"] == Shown(
            title: "Tablero de indicadores", items: ["Participa en 3 de los 4 indicadores; cifras que le llegan: 1."],
            rows: [["Uno", "produce"], ["Dos", "usa"], ["Cuatro", "custodio"]]))
        #expect(panel("a")["board-actor-gaps"] == Shown(
            title: "Brechas del tablero que lo involucran", items: [],
            rows: [[Self.gap(.singleProducer), "Uno (a)"], [Self.gap(.usersWithoutProducers), "Cuatro"],
                   [Self.gap(.receiversWithoutChannel), "Dos: c → a"], [Self.gap(.missingValues), "Cuatro (sin línea base ni meta)"]]))
        #expect(panel("b")["board-actor"]?.rows == [["Uno", "custodio"], ["Cuatro", "usa"]])
        #expect(panel("b")["board-actor"]?.items == ["Participa en 2 de los 4 indicadores; cifras que le llegan: 1."])
        // b holds Uno, which has its baseline and target: only Cuatro's missing producer concerns it.
        #expect(panel("b")["board-actor-gaps"]?.rows == [[Self.gap(.usersWithoutProducers), "Cuatro"]])
        #expect(panel("c")["board-actor"]?.rows == [["Uno", "usa"], ["Dos", "custodio"], ["Tres", "produce"]])
        #expect(panel("c")["board-actor"]?.items == ["Participa en 3 de los 4 indicadores; cifras que le llegan: 2."])
        #expect(panel("c")["board-actor-gaps"]?.rows == [
            [Self.gap(.noCustodian), "Tres"], [Self.gap(.singleProducer), "Tres (c)"], [Self.gap(.producersWithoutUsers), "Tres"],
            [Self.gap(.suppliersWithoutChannel), "Dos: d → c"], [Self.gap(.receiversWithoutChannel), "Dos: c → a"],
            [Self.gap(.missingValues), "Dos (sin meta)"], [Self.gap(.actorsProducingForNobody), "c (Tres)"],
        ])
        #expect(panel("d")["board-actor"]?.rows == [["Dos", "produce"]])
        #expect(panel("d")["board-actor-gaps"]?.rows == [[Self.gap(.singleProducer), "Dos (d)"], [Self.gap(.suppliersWithoutChannel), "Dos: d → c"]])
    }

    @Test("the diagnosis panel: what the committee sees within two steps, whom the figures reach, every gap category")
    func overview() throws {
        let views = try Self.views(.es)
        let base = Self.sections(views[0]["sections"])
        // The committee {a, b} holds Uno (a supplies it); Dos, Tres and Cuatro reach neither a nor b.
        // Figures reach a, b, c (Uno), d (Dos): 4 actors; users: c of Uno reached, a of Dos and b of Cuatro not.
        #expect(base["board"] == Shown(title: "Tablero de indicadores", items: [
            "El comité (Comité: a y b) ve 1 de 4 indicadores a dos pasos o menos. No ve: Dos, Tres y Cuatro.",
            "Las cifras llegan a 4 actores, y a 1 de los 3 usuarios declarados.",
        ], rows: []))
        #expect(base["board-gaps"]?.title == "Dónde el tablero está ciego")
        #expect(base["board-gaps"]?.rows == [
            [Self.gap(.noCustodian), "Tres"], [Self.gap(.singleProducer), "Uno (a)", "Dos (d)", "Tres (c)"],
            [Self.gap(.producersWithoutUsers), "Tres"], [Self.gap(.usersWithoutProducers), "Cuatro"],
            [Self.gap(.suppliersWithoutChannel), "Dos: d → c"], [Self.gap(.receiversWithoutChannel), "Dos: c → a"],
            [Self.gap(.missingValues), "Dos (sin meta)", "Tres (sin línea base ni meta)", "Cuatro (sin línea base ni meta)"],
            [Self.gap(.actorsProducingForNobody), "c (Tres)"],
        ])
    }

    @Test("a scenario's drawing says what it changes on the board, and repeats only the panels it changes")
    func scenario() throws {
        let views = try Self.views(.es)
        let board = Self.sections(views[1]["sections"])
        // The convenio {a, c, d} gives Dos its two channels: d → c → a, so the committee (a) sees Dos; no step is left
        // without a channel (2 today).
        #expect(board["board"]?.items == [
            "Con «Escenario», el comité ve 2 de 4 indicadores (hoy 1) y quedan 0 pasos sin canal (hoy 2).",
            "El comité pasa a ver: Dos.",
            "El comité (Comité: a y b) ve 2 de 4 indicadores a dos pasos o menos. No ve: Tres y Cuatro.",
            "Las cifras llegan a 4 actores, y a 2 de los 3 usuarios declarados.",
        ])
        #expect(board["board-gaps"]?.rows[4] == [Self.gap(.suppliersWithoutChannel), "ninguno"])
        // b's panel is the same as in the network as it is: the page leaves it out; a, c and d change.
        #expect(Self.actor(views, 1, "b")?["sections"] == nil)
        let a = Self.sections(Self.actor(views, 1, "a")?["sections"])
        #expect(a["board-actor"]?.items == ["Participa en 3 de los 4 indicadores; cifras que le llegan: 2."])
        #expect(a["board-actor-gaps"]?.rows == [[Self.gap(.singleProducer), "Uno (a)"], [Self.gap(.usersWithoutProducers), "Cuatro"],
                                                [Self.gap(.missingValues), "Cuatro (sin línea base ni meta)"]])
        #expect(Self.sections(Self.actor(views, 1, "c")?["sections"])["board-actor"]?.items
                == ["Participa en 3 de los 4 indicadores; cifras que le llegan: 3."])
        #expect(Self.sections(Self.actor(views, 1, "d")?["sections"])["board-actor-gaps"]?.rows == [[Self.gap(.singleProducer), "Dos (d)"]])
    }

    @Test("a scenario that leaves the board alone says so")
    func unchanged() throws {
        var network = Self.network()
        network.scenarios[0].addArrangements[0].members = ["c", "d"]
        // d–c gets a channel (one step less without one), but the committee still sees only Uno.
        let changed = try ExplorerPageTests.data(try ExplorerPage(network).html)
        #expect(Self.sections((changed["views"] as? [[String: Any]])?[1]["sections"])["board"]?.items.first
                == "Con «Escenario», el comité ve 1 de 4 indicadores (hoy 1) y quedan 1 pasos sin canal (hoy 2).")
        network.scenarios[0].addArrangements[0].members = ["c", "b"]
        let same = try ExplorerPageTests.data(try ExplorerPage(network).html)
        #expect(Self.sections((same["views"] as? [[String: Any]])?[1]["sections"])["board"]?.items.first == "Este escenario no cambia el tablero.")
    }

    @Test("English: the same board in the catalog's English words")
    func english() throws {
        let views = try Self.views(.en)
        let c = Self.sections(Self.actor(views, 0, "c")?["sections"])
        #expect(c["board-actor"] == Shown(title: "Indicator board", items: ["It takes part in 3 of the 4 indicators; figures that reach it: 2."],
                                          rows: [["Uno", "uses"], ["Dos", "custodian"], ["Tres", "produces"]]))
        #expect(c["board-actor-gaps"]?.rows.last == ["Actors producing data nobody uses", "c (Tres)"])
        #expect(Self.sections(views[0]["sections"])["board"]?.items.first
                == "The committee (Comité: a and b) sees 1 of 4 indicators within two steps. It does not see: Dos, Tres and Cuatro.")
    }

    @Test("actors without a part, a network without a committee, a network without indicators")
    func absent() throws {
        var network = Self.network()
        network.actors.append(Actor(id: "e"))
        network.arrangements.removeAll { $0.kind == .committee }
        let data = try ExplorerPageTests.data(try ExplorerPage(network).html)
        let views = try #require(data["views"] as? [[String: Any]])
        #expect(Self.sections(Self.actor(views, 0, "e")?["sections"])["board-actor"]
                == Shown(title: "Tablero de indicadores", items: ["No tiene papel en ningún indicador."], rows: []))
        #expect(Self.sections(views[0]["sections"])["board"]?.items.first
                == "La red no tiene comité (una instancia de tipo comité), así que el mapa no mide qué indicadores ve un comité.")
        // Without indicators, no board anywhere.
        let plain = try ExplorerPageTests.data(try ExplorerPage(ExplorerPageTests.small()).html)
        for view in try #require(plain["views"] as? [[String: Any]]) {
            #expect((view["sections"] as? [Any])?.isEmpty == true)
            #expect((view["actors"] as? [String: [String: Any]])?.values.allSatisfy { $0["sections"] == nil } == true)
        }
    }

    @Test("the board is the analysis's own: the page fills the cache of the analysis it is given")
    func computedOnce() throws {
        let network = Self.network()
        let analysis = NetworkAnalysis(network, options: ExplorerPage.analysisOptions(actors: network.actors.count))
        #expect(!analysis.timings.contains { $0.section == .indicatorBoard })
        _ = try ExplorerPage(analysis, options: ExplorerOptions())
        #expect(analysis.timings.contains { $0.section == .indicatorBoard })
    }
}
