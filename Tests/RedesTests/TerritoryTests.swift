import Testing
@testable import Redes

/// The `territories:` block of the native YAML format: read, validated with located errors, written back.
@Suite("Territories in the native YAML format")
struct TerritoryTests {
    /// A network with three territories; actors name them by name or id.
    static func text(territories: String, actorTerritories: String = "[Calama]") -> String {
        """
        redes: 1
        name: Test
        sources:
          - {id: s1, title: Slides}
        territories:
        \(territories)
        actors:
          - {id: a, name: A, territories: \(actorTerritories)}
          - {id: b, name: B, territories: [ollague]}
        arrangements:
          - {id: m, name: M, kind: mesa, members: [a, b], territories: [Calama], evidence: {status: documented, source: s1}}
        """
    }

    static let valid = """
          - id: calama
            name: Calama
            province: El Loa
            emtp: true
            lat: -22.46
            lon: "-68,93"
          - id: ollague
            name: Ollagüe
            emtp: false
            lat: -21.22
            lon: -68.25
            evidence: {status: documented, source: s1, quote: "Ollagüe no posee EMTP."}
          - id: maria-elena
            name: María Elena
            priority:
              topic: aulas tecnológicas
              evidence: {status: documented, source: s1, quote: "priorizando María Elena"}
        """

    @Test("every field is read; a decimal comma is accepted inside quotes; actors name territories by id or name")
    func reads() throws {
        let network = try YAMLNetworkReader.read(text: Self.text(territories: Self.valid))
        #expect(network.territories.map(\.id) == ["calama", "ollague", "maria-elena"])
        let calama = try #require(network.territory("Calama"))
        #expect(calama.id == "calama" && calama.province == "El Loa" && calama.hasEMTP == true)
        #expect(calama.coordinates == Coordinates(latitude: -22.46, longitude: -68.93))
        #expect(network.territory("ollague")?.hasEMTP == false)
        #expect(network.territory("ollague")?.evidence?.quote == "Ollagüe no posee EMTP.")
        let maria = try #require(network.territory("maria-elena"))
        #expect(maria.priority?.topic == "aulas tecnológicas" && maria.priority?.evidence.source == "s1")
        #expect(maria.coordinates == nil && maria.hasEMTP == nil)
        #expect(network.territory("Taltal") == nil)
    }

    @Test("the YAML writer writes territories back: reading what it wrote gives the same network and the same text")
    func roundTrip() throws {
        let network = try YAMLNetworkReader.read(text: Self.text(territories: Self.valid))
        let written = NativeYAMLWriter.text(network)
        let back = try YAMLNetworkReader.read(text: written)
        #expect(back == network)
        #expect(NativeYAMLWriter.text(back) == written)
        #expect(written.contains("territories:\n  - id: \"calama\"\n    name: \"Calama\"\n    province: \"El Loa\"\n    emtp: true\n    lat: -22.46\n    lon: -68.93\n"))
    }

    @Test("the bundled network declares its communes, the four priority territories and Ollagüe without EMTP")
    func bundled() throws {
        let network = try Network.read(path: repositoryPath("Networks/antofagasta-tp.yaml"))
        let priority = network.territories.filter { $0.priority != nil }.map(\.name)
        #expect(Set(priority) == ["María Elena", "Taltal", "San Pedro de Atacama", "Tocopilla"])
        #expect(network.territory("Ollagüe")?.hasEMTP == false)
        for territory in network.territories where territory.priority != nil {
            #expect(territory.priority?.evidence.quote?.contains("priorizando María Elena, Taltal, San Pedro y Tocopilla") == true)
        }
        // Coordinates from shared/notes/territories.md; north is less negative.
        let calama = try #require(network.territory("Calama")?.coordinates)
        let taltal = try #require(network.territory("Taltal")?.coordinates)
        #expect(calama.latitude > taltal.latitude && abs(calama.latitude + 22.46) < 1e-9)
        let written = NativeYAMLWriter.text(network)
        #expect(try YAMLNetworkReader.read(text: written) == network)
    }

    @Test("errors point at the line and column, with a did-you-mean", arguments: [
        // An actor names an undeclared territory: did you mean the declared name?
        (territories: valid, actor: "[Calamaa]", line: 24, column: 36, problem: NetworkProblem.unknownTerritory("Calamaa", suggestion: "Calama")),
        // An unquoted decimal comma.
        // In a flow mapping YAML reads `-22,46` as `-22` and a key `46`: the reader says what happened.
        (territories: "  - {id: calama, name: Calama, lat: -22,46, lon: -68.93}", actor: "[Calama]", line: 6, column: 37,
         problem: .unquotedDecimalComma(key: "lat", value: "-22,46")),
        (territories: "  - id: calama\n    name: Calama\n    lat: -22,46\n    lon: -68.93", actor: "[Calama]", line: 8, column: 10,
         problem: .unquotedDecimalComma(key: "lat", value: "-22,46")),
        (territories: "  - id: calama\n    name: Calama\n    lat: norte\n    lon: -68.93", actor: "[Calama]", line: 8, column: 10,
         problem: .invalidCoordinate(key: "lat", value: "norte")),
        (territories: "  - id: calama\n    name: Calama\n    lat: -22.46", actor: "[Calama]", line: 8, column: 10,
         problem: .incompleteCoordinates(territory: "calama")),
        (territories: "  - id: calama\n    name: Calama\n    lat: 122.46\n    lon: -68.93", actor: "[Calama]", line: 8, column: 10,
         problem: .invalidCoordinate(key: "lat", value: "122.46")),
        (territories: "  - id: calama\n    name: Calama\n    prioridad: true", actor: "[Calama]", line: 8, column: 5,
         problem: .unknownKey("prioridad", in: .some(.territory), allowed: [])),
    ])
    func errors(territories: String, actor: String, line: Int, column: Int, problem: NetworkProblem) {
        let text = Self.text(territories: territories + (territories.contains("ollague") ? "" : "\n  - {id: ollague, name: Ollagüe}"),
                             actorTerritories: actor)
        let error = loadError { () throws(LoadError) in try YAMLNetworkReader.read(text: text) }
        guard let error else { Issue.record("no error for \(territories)"); return }
        #expect(error.line == line && error.column == column, "\(error)")
        switch (problem, error.problem) {
        case (.unknownKey(let key, _, _), .unknownKey(let found, _, let allowed)):
            #expect(found == key && allowed.contains("priority"))
        default: #expect(error.problem == problem)
        }
    }

    @Test("territory ids are unique, and a territory's evidence is checked like any other")
    func validation() {
        var network = Network(name: "t", territories: [Territory(id: "a"), Territory(id: "a")],
                              actors: [Actor(id: "x", territories: ["a"])])
        #expect(network.validationIssues().map(\.problem) == [.duplicateID(element: .territory, id: "a")])
        network.territories = [Territory(id: "a", priority: TerritoryPriority(evidence: .documented(source: "nada")))]
        #expect(network.validationIssues().first?.path.description == "territories[0].priority.evidence.source")
        // Without declared territories, names are free text, as before.
        network.territories = []
        network.actors = [Actor(id: "x", territories: ["Cualquier lugar"])]
        #expect(network.validationIssues().isEmpty)
    }
}
