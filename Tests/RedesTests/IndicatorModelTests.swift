import Testing
@testable import Redes

/// The indicator board in the native YAML format: reading (with the Spanish words), writing back, located errors
/// with did-you-mean, and scenarios that change the board.
@Suite("Indicator board: the model in YAML")
struct IndicatorModelTests {
    static let fixture = repositoryPath("Tests/RedesTests/Fixtures/indicators/board.yaml")

    static let actors = """
          - {id: secreduc, name: SECREDUC, bloc: p}
          - {id: chilevalora, name: ChileValora, bloc: p}
          - {id: sence, name: SENCE, bloc: q}
        """

    /// A network whose body (from line 12) declares one indicator with `lines` after its id and name.
    static func indicator(_ lines: String, extra: String = "") -> String {
        yamlNetwork(actors: actors, body: """
            indicators:
              - id: certificaciones
                name: Certificaciones
            \(lines)
            \(extra)
            """)
    }

    @Test("every field is read; roles and levels take the Spanish words of the tables")
    func readsEverything() throws {
        let network = try Network.read(path: Self.fixture)
        #expect(network.indicators.map(\.id) == ["i1", "i2", "i3", "i4", "i5"])
        let i1 = network.indicators[0], i2 = network.indicators[1], i5 = network.indicators[4]
        // `level: desempeño`, `role: produce`, `role: usa`, `role: reporta`, `kind: comité`.
        #expect(i1.level == .performance && i1.nameEnglish == "No custodian" && i1.custodian == nil)
        #expect(i1.roles == [IndicatorAssignment(actor: "b", role: .produces), IndicatorAssignment(actor: "a", role: .uses)])
        #expect(i5.roles.last == IndicatorAssignment(actor: "c", role: .reports) && i5.agreement == "m1")
        #expect(network.arrangement("k")?.kind == .committee)
        #expect(i1.baseline == IndicatorValue(period: "2024", value: 12.5) && i1.target == nil)
        #expect(i2.level == .population && i2.unit == "personas" && i2.periodicity == "anual")
        #expect(i2.disaggregation == ["sexo", "territorio"] && i2.sourceSystem == "Registro")
        #expect(i2.target == IndicatorValue(period: "2026", value: 200))
        #expect(i2.observations == [IndicatorValue(period: "2025", value: 140)])
        #expect(i2.evidence == .documented(source: "s1", quote: "Acta"))
        #expect(i2.actors(in: .uses) == ["f", "e"] && i5.roles(of: "c") == [.reports])
        #expect(network.scenario("s1")?.indicators.agreements == [AgreementChange(arrangement: "m3", indicators: ["i3", "i5"])])
    }

    @Test("written back, the network reads the same, and writing again gives the same text")
    func roundTrip() throws {
        for path in [Self.fixture, repositoryPath("Networks/antofagasta-tp.yaml")] {
            let network = try Network.read(path: path)
            let text = NativeYAMLWriter.text(network)
            let again = try YAMLNetworkReader.read(text: text)
            #expect(again == network, "\(path)")
            #expect(NativeYAMLWriter.text(again) == text)
        }
        // The canonical English words are written (`produce` is written `produces`).
        let text = NativeYAMLWriter.text(try Network.read(path: Self.fixture))
        #expect(text.contains("{actor: \"b\", role: produces}") && text.contains("level: \"performance\""))
        #expect(text.contains("    agreements:\n      - {arrangement: \"m3\", indicators: [\"i3\", \"i5\"]}\n"))
    }

    @Test("a scenario's board changes are written back and read the same")
    func scenarioRoundTrip() throws {
        var network = try Network.read(path: Self.fixture)
        let added = Indicator(id: "i6", name: "Nuevo", custodian: "a", roles: [IndicatorAssignment(actor: "a", role: .produces)],
                              evidence: .proposed(reason: "prueba"))
        network.scenarios.append(Scenario(id: "s2", indicators: IndicatorChanges(
            addIndicators: [added], addRoles: [IndicatorRoleChange(indicator: "i1", actor: "c", role: .validates)],
            removeIndicators: ["i4"], removeRoles: [IndicatorRoleChange(indicator: "i2", actor: "e", role: .uses)],
            agreements: [AgreementChange(arrangement: "m1", indicators: ["i2"])])))
        let again = try YAMLNetworkReader.read(text: NativeYAMLWriter.text(network))
        #expect(again == network)
        let changed = try again.applying(scenarioNamed: "s2")
        #expect(changed.indicators.map(\.id) == ["i1", "i2", "i3", "i5", "i6"])
        #expect(changed.indicator("i1")?.roles.last == IndicatorAssignment(actor: "c", role: .validates))
        #expect(changed.indicator("i2")?.actors(in: .uses) == ["f"] && changed.indicator("i2")?.agreement == "m1")
    }

    @Test("a scenario that removes an actor takes it out of every role and custodianship")
    func removedActor() throws {
        var network = try Network.read(path: Self.fixture)
        network.scenarios = [Scenario(id: "x", removeActors: ["a"], removeArrangements: ["m1"])]
        let changed = try network.applying(scenarioNamed: "x")
        #expect(changed.indicator("i2")?.custodian == nil)
        #expect(!changed.indicators.contains { $0.roles.contains { $0.actor == "a" } })
        // i5's agreement was m1, which the scenario removes.
        #expect(changed.indicator("i5")?.agreement == nil)
    }

    @Test("a custodian or a role actor that is not in the network is a load error at its place, with a did-you-mean")
    func unknownActors() {
        let custodian = loadError { () throws(LoadError) in
            try YAMLNetworkReader.read(text: Self.indicator("""
                    custodian: chilevalorra
                    evidence: {status: illustrative, reason: supuesto}
                """), file: "x.yaml")
        }
        #expect(custodian?.description == """
            x.yaml:15:16: error: indicator 'certificaciones' names as custodian 'chilevalorra', which is not an actor of the network (indicators[0].custodian)
              fix: did you mean 'chilevalora'? Otherwise add an actor with id 'chilevalorra' under `actors:` (or to the nodes file)
            """)
        let role = loadError { () throws(LoadError) in
            try YAMLNetworkReader.read(text: Self.indicator("""
                    roles:
                      - {actor: chilevalora, role: produces}
                      - {actor: secreduk, role: usa}
                    evidence: {status: illustrative, reason: supuesto}
                """), file: "x.yaml")
        }
        #expect(role?.description == """
            x.yaml:17:17: error: indicator 'certificaciones' names as user 'secreduk', which is not an actor of the network (indicators[0].roles[1].actor)
              fix: did you mean 'secreduc'? Otherwise add an actor with id 'secreduk' under `actors:` (or to the nodes file)
            """)
    }

    @Test("other mistakes in an indicator: each at its line and column, with a fix")
    func otherMistakes() {
        func error(_ lines: String, extra: String = "") -> String? {
            loadError { () throws(LoadError) in try YAMLNetworkReader.read(text: Self.indicator(lines, extra: extra), file: "x.yaml") }?.description
        }
        let evidence = "    evidence: {status: illustrative, reason: supuesto}"
        #expect(error("    roles: [{actor: sence, role: usos}]\n" + evidence) == """
            x.yaml:15:34: error: `role` cannot be 'usos' (indicators[0].roles[0].role)
              fix: did you mean 'uses'? use one of: produces, reports, validates, uses
            """)
        #expect(error("    level: poblacion\n" + evidence) == nil)
        #expect(error("    level: resultado\n" + evidence) == """
            x.yaml:15:12: error: `level` cannot be 'resultado' (indicators[0].level)
              fix: use one of: population, performance
            """)
        #expect(error("    custodio: sence\n" + evidence) == """
            x.yaml:15:5: error: unknown key `custodio` in an indicator (indicators[0])
              fix: did you mean `custodian`? allowed keys: id, name, name_en, definition, unit, level, periodicity, disaggregation, custodian, roles, source_system, agreement, baseline, target, observations, evidence
            """)
        #expect(error("    agreement: mesa-sence\n" + evidence) == """
            x.yaml:15:16: error: the agreement 'mesa-sence' of indicator 'certificaciones' is not an arrangement of the network (indicators[0].agreement)
              fix: name an arrangement of `arrangements:`, or leave `agreement:` out (no arrangement shares the data)
            """)
        #expect(error("    roles: [{actor: sence, role: uses}, {actor: sence, role: usa}]\n" + evidence) == """
            x.yaml:15:41: error: indicator 'certificaciones' names 'sence' as user twice (indicators[0].roles[1])
              fix: name each actor once per role
            """)
        #expect(error("    baseline: {period: 2024, value: muchos}\n" + evidence) == """
            x.yaml:15:37: error: `value` should be a number, found 'muchos' (indicators[0].baseline.value)
              fix: give `value` a number
            """)
        #expect(error("    target: {value: 200}\n" + evidence) == """
            x.yaml:15:13: error: the target of indicator 'certificaciones' has no `period` (indicators[0].target)
              fix: add `period: …`
            """)
        #expect(error("    custodian: sence") == """
            x.yaml:13:5: error: indicator 'certificaciones' has no `evidence` (indicators[0])
              fix: add `evidence: …`
            """)
        #expect(error(evidence, extra: "  - {id: certificaciones, name: Otra, evidence: {status: illustrative, reason: r}}") == """
            x.yaml:16:10: error: duplicate indicator id 'certificaciones' (indicators[1].id)
              fix: give each indicator its own id, or merge the two entries
            """)
    }

    @Test("a scenario's board changes that name what does not exist are errors at their place")
    func scenarioMistakes() {
        func error(_ scenario: String) -> String? {
            loadError { () throws(LoadError) in
                try YAMLNetworkReader.read(text: Self.indicator("""
                        custodian: chilevalora
                        roles: [{actor: chilevalora, role: produces}]
                        evidence: {status: illustrative, reason: supuesto}
                    """, extra: "scenarios:\n" + scenario), file: "x.yaml")
            }?.description
        }
        #expect(error("  - {id: s, remove: {roles: [{indicator: certificaciones, actor: sence, role: uses}]}}") == """
            x.yaml:19:30: error: scenario 's' removes user 'sence' from indicator 'certificaciones', which has no such role (scenarios[0].remove.roles[0])
              fix: check the indicator's `roles:`, or take the entry out of the scenario's `remove: roles:`
            """)
        #expect(error("  - {id: s, agreements: [{arrangement: tablero, indicators: [certificaciones]}]}") == """
            x.yaml:19:40: error: scenario 's' names arrangement 'tablero', which does not exist (scenarios[0].agreements[0].arrangement)
              fix: add the arrangement to the network (or in the scenario's `add:`) or remove it from the scenario
            """)
        #expect(error("  - {id: s, add: {roles: [{indicator: certificacion, actor: sence, role: uses}]}}") == """
            x.yaml:19:39: error: scenario 's' names indicator 'certificacion', which does not exist (scenarios[0].add.roles[0].indicator)
              fix: did you mean 'certificaciones'? Otherwise add the indicator to the network (or in the scenario's `add:`) or remove it from the scenario
            """)
        #expect(error("  - {id: s, add: {indicators: [{id: nuevo, name: N, custodian: gore, evidence: {status: proposed, reason: r}}]}}") == """
            x.yaml:19:64: error: in scenario 's': indicator 'nuevo' names as custodian 'gore', which is not an actor of the network (scenarios[0].add.indicators[0].custodian)
              fix: add an actor with id 'gore' under `actors:` (or to the nodes file)
            """)
    }

    @Test("the README's example of the board loads, and its scenario puts both indicators under the new board")
    func readmeExample() throws {
        let readme = try String(contentsOfFile: repositoryPath("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## The indicator board"))
        let start = try #require(readme.range(of: "```yaml\n", range: section.upperBound..<readme.endIndex))
        let end = try #require(readme.range(of: "```\n", range: start.upperBound..<readme.endIndex))
        let network = try YAMLNetworkReader.read(text: String(readme[start.upperBound..<end.lowerBound]), file: "README.md")
        #expect(network.indicators.map(\.id) == ["certificaciones", "insercion-tp"])
        #expect(network.indicators[1].level == .population && network.indicators[1].custodian == nil)
        let board = try network.applying(scenarioNamed: "tablero")
        #expect(board.indicators.map(\.agreement) == ["tablero-indicadores-tp", "tablero-indicadores-tp"])
        #expect(board.indicators[0].actors(in: .validates).isEmpty && board.indicators[1].actors(in: .uses) == ["gore", "secreduc"])
    }

    @Test("the Spanish words of roles and levels are accepted everywhere the canonical tokens are")
    func aliases() {
        for (word, role) in [("produce", IndicatorRole.produces), ("Productor", .produces), ("reporta", .reports),
                             ("VALIDA", .validates), ("usuaria", .uses), ("uses", .uses)] {
            #expect(IndicatorRole(word: word) == role, "\(word)")
        }
        #expect(IndicatorLevel(word: "Población") == .population && IndicatorLevel(word: "desempeno") == .performance)
        #expect(IndicatorRole(word: "custodio") == nil)
    }
}
