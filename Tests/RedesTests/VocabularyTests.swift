import Foundation
import Testing
@testable import Redes

/// What people type in Spanish: aliases of kinds, statuses and metrics, Spanish CSV headers, the decimal comma.
@Suite("Spanish words on input, and evidence the formats cannot state")
struct VocabularyTests {
    @Test("words are matched without case, accents or separators")
    func folding() {
        #expect(foldedWord("Intermediación") == "intermediacion")
        #expect(foldedWord("  vector-propio ") == "vector_propio")
        #expect(foldedWord("Núcleo k") == "nucleo_k")
        #expect(foldedWord("COMITÉ") == "comite")
        #expect(ArrangementKind(word: "Comite") == .committee && ArrangementKind(word: "comité") == .committee)
        #expect(ActorMetric(word: "intermediacion") == .betweenness && ActorMetric(word: "Cercanía") == .closeness)
        #expect(ActorMetric(word: "grado") == .degree && ActorMetric(word: "vector propio") == .eigenvector)
        #expect(EvidenceStatus(word: "Documentado") == .documented && EvidenceStatus(word: "propuesta") == .proposed)
        #expect(ActorMeasure(word: "restricción") == .constraint && ActorMeasure(word: "constraint") == .constraint)
        #expect(ActorMetric(word: "grdo") == nil && ActorMetric.suggestion(for: "grdo") == "grado")
        #expect(ActorMetric.suggestion(for: "betweeness") == "betweenness")
        // No word names two values.
        for words in [ArrangementKind.acceptedWords, EvidenceStatus.acceptedWords, ActorMetric.acceptedWords,
                      ActorMeasure.acceptedWords, KnownTieKind.acceptedWords, EdgeListColumn.acceptedWords, NodeListColumn.acceptedWords] {
            #expect(Set(words.map(foldedWord)).count == words.count, "\(words)")
        }
    }

    @Test("kind: programa loads, and the YAML writer writes it back as program")
    func programaRoundTrip() throws {
        let text = """
            redes: 1
            name: K
            sources: [{id: s, title: S}]
            actors:
              - {id: a, name: A}
              - {id: b, name: B}
              - {id: c, name: C}
            arrangements:
              - {id: m, name: M, kind: programa, members: [a, b], evidence: {status: documentado, source: s}}
              - {id: n, name: N, kind: Comité, members: [b, c], evidence: {status: ilustrativo, reason: r}}
            ties:
              - {source: a, target: c, kind: colaboración, evidence: {status: propuesto, reason: r}}
            """
        let network = try Network.read(bytes: Array(text.utf8), fileName: "k.yaml")
        #expect(network.arrangements.map(\.kind) == [.program, .committee])
        #expect(network.arrangements.map(\.evidence.status) == [.documented, .illustrative])
        #expect(network.ties[0].kind == "collaboration" && network.ties[0].evidence.status == .proposed)
        let written = NativeYAMLWriter.text(network)
        #expect(written.contains("kind: program\n") && written.contains("kind: committee\n") && written.contains("\"collaboration\""))
        #expect(!written.contains("programa") && !written.contains("documentado"))
        #expect(try Network.read(bytes: Array(written.utf8), fileName: "k2.yaml") == network)
    }

    @Test("a ;-separated edge list with Spanish headers and decimal commas loads")
    func semicolonsAndDecimalCommas() throws {
        let edges = writeTemporaryFile("aristas.csv", "origen;destino;peso;tipo;respaldo\na;b;1,5;colaboración;\nb;c;2;gobernanza;documentado\n")
        let nodes = writeTemporaryFile("nodos.csv", "id;nombre;bloque;territorio;puntaje\na;Alfa;p;Calama;0,25\nb;Beta;p;;\nc;Gama;q;Taltal;3\n")
        let network = try Network.read(path: edges, options: ReadOptions(nodesPath: nodes))
        #expect(network.ties.map(\.weight) == [1.5, 2])
        #expect(network.ties.map(\.kind) == ["collaboration", "governance"])
        #expect(network.actors.map(\.name) == ["Alfa", "Beta", "Gama"])
        #expect(network.actors.map(\.bloc) == ["p", "p", "q"])
        #expect(network.actors[0].territories == ["Calama"])
        #expect(network.actors[0].attributes["puntaje"] == .number(0.25))
        #expect(network.ties[0].evidence == .unspecified)
        #expect(network.ties[1].evidence == .documented(source: "aristas.csv"))
    }

    @Test("a comma never splits a field, and 1,5 is a number only where ; separates the fields")
    func decimalCommaOnlyWithSemicolons() throws {
        // With commas as separators, a quoted "1,5" is one field that is not a number.
        let comma = writeTemporaryFile("e.csv", "source,target,weight\na,b,\"1,5\"\n")
        #expect(throws: LoadError.self) { try Network.read(path: comma) }
        // With ';', 1,5 is one field and the number 1.5; a point still reads as a point.
        let semicolon = writeTemporaryFile("e.csv", "source;target;weight\na;b;1,5\nb;c;2.5\n")
        #expect(try Network.read(path: semicolon).ties.map(\.weight) == [1.5, 2.5])
        // A given separator is used as given: a ;-file read with --delimiter ',' is refused, with the reason.
        let error = loadError { () throws(LoadError) in try Network.read(path: semicolon, options: ReadOptions(delimiter: UInt8(ascii: ","))) }
        #expect(error?.problem == .wrongDelimiter(found: UInt8(ascii: ";"), expected: UInt8(ascii: ",")))
        #expect(CSVDialect(delimiter: UInt8(ascii: ";")).number("1.234,5") == nil)
    }

    @Test("what an edge list or GraphML does not state is unspecified, never documented; --evidence asserts it")
    func unspecifiedEvidence() throws {
        let csv = writeTemporaryFile("e.csv", "source,target\na,b\nb,c\n")
        let network = try Network.read(path: csv)
        #expect(network.ties.allSatisfy { $0.evidence == .unspecified })
        #expect(NetworkSummary(network).tiesByStatus.first { $0.key == .documented }?.count == 0)
        #expect(NetworkSummary(network).tiesByStatus.first { $0.key == .unspecified }?.count == 2)
        let graphML = writeTemporaryFile("g.graphml", """
            <graphml><graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>
            """)
        #expect(try Network.read(path: graphML).ties[0].evidence == .unspecified)
        let asserted = try Network.read(path: csv, options: ReadOptions(evidence: .documented(source: "acta-2024")))
        #expect(asserted.ties.allSatisfy { $0.evidence == .documented(source: "acta-2024") })
        #expect(asserted.sources.contains { $0.id == "acta-2024" })
        #expect(asserted.validationIssues().isEmpty)
        // Stated statuses are kept: only the unspecified ones are asserted.
        let mixed = writeTemporaryFile("m.csv", "source,target,status,reason\na,b,illustrative,supuesto\nb,c,,\n")
        let kept = try Network.read(path: mixed, options: ReadOptions(evidence: .documented(source: "acta")))
        #expect(kept.ties.map(\.evidence.status) == [.illustrative, .documented])
    }

    @Test("a folder given as the network is said to be a folder")
    func folderAsInput() {
        let folder = temporaryDirectory().path
        #expect(loadError { () throws(LoadError) in try Network.read(path: folder) }?.problem == .unreadableFile(.isDirectory))
    }

    @Test("an output in a missing folder, a folder, or a place without write permission is a typed failure")
    func writeFailures() throws {
        let folder = temporaryDirectory()
        #expect(OutputFile.failure(writing: folder.appendingPathComponent("no/x.json").path) == .missingFolder(folder.appendingPathComponent("no").path))
        #expect(OutputFile.failure(writing: folder.path) == .isDirectory)
        #expect(OutputFile.failure(writing: folder.appendingPathComponent("x.json").path) == nil)
        #expect(throws: OutputFile.WriteError(path: folder.appendingPathComponent("no/x.json").path,
                                              failure: .missingFolder(folder.appendingPathComponent("no").path))) {
            try OutputFile.write("x", to: folder.appendingPathComponent("no/x.json").path)
        }
    }

    @Test("attributes are found by their name or their Spanish name, only when some actor has them")
    func attributes() throws {
        let network = try Network.read(path: repositoryPath("Networks/antofagasta-tp.yaml"))
        #expect(network.attribute(named: "bloque") == "bloc")
        #expect(network.attribute(named: "territorio") == "territory")
        #expect(network.attribute(named: "region") == nil)
        #expect(network.attributesInUse.prefix(3) == ["bloc", "sector", "territory"])
        let plain = try Network.read(path: writeTemporaryFile("e.csv", "source,target\na,b\n"))
        #expect(plain.attribute(named: "bloc") == nil && plain.attributesInUse.isEmpty)
    }
}
