import Foundation
import Testing
import Redes
import RedesPresentation
@testable import RedesReport

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private func bundled() throws -> Network {
    try Network.read(path: root.appendingPathComponent("Networks/antofagasta-tp.yaml").path)
}

/// Quick options: fewer random runs, same code paths.
private func quick(_ language: Language = .es) -> ReportOptions {
    ReportOptions(language: language, sourceName: "antofagasta-tp.yaml", permutations: 100, robustnessRuns: 10, sensitivityRuns: 10)
}

@Suite("The committee report")
struct ReportTests {
    @Test("one self-contained HTML file in Spanish with every section, inline SVG and no external resource")
    func spanishHTML() throws {
        let html = try CommitteeReport.build(try bundled(), options: quick()).html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"es\">"))
        for id in ["glance", "fragmentation", "connect", "redundancy", "scenarios", "sensitivity", "methods"] {
            #expect(html.contains("<section id=\"\(id)\">"), "\(id)")
        }
        #expect(html.components(separatedBy: "<svg").count - 1 >= 3)
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("<img"))
        #expect(html.contains("La red reúne 30 actores"))
        // Decimal comma in Spanish.
        #expect(html.contains("0,297"))
        // Every scenario of the file has its before/after section.
        for scenario in try bundled().scenarios { #expect(html.contains(scenario.name.replacingOccurrences(of: "–", with: "–"))) }
    }

    @Test("--lang en gives the English report")
    func englishHTML() throws {
        let html = try CommitteeReport.build(try bundled(), options: quick(.en)).html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("The network brings together 30 actors"))
        #expect(html.contains("0.297") && !html.contains("0,297"))
    }

    @Test("user data is escaped: an actor named <script>alert(1)</script> is text, never markup")
    func escaping() throws {
        var network = Network(name: "Prueba <b>negrita</b> & más", sources: [SourceDocument(id: "s", title: "Fuente \"x\" <y>")])
        network.blocs = [Bloc(id: "a", name: "Bloque <i>A</i>"), Bloc(id: "b", name: "B")]
        network.actors = [Actor(id: "x", name: "<script>alert(1)</script>", bloc: "a"), Actor(id: "y", name: "Y & Z", bloc: "b"),
                          Actor(id: "z", name: "Zeta", bloc: "b")]
        network.arrangements = [Arrangement(id: "m", name: "Mesa <img src=x onerror=alert(2)>", kind: .workingTable,
                                            members: ["x", "y", "z"], evidence: .documented(source: "s", quote: "<em>cita</em>"))]
        let html = try CommitteeReport.build(network, options: quick()).html()
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<img") && !html.contains("<em>") && !html.contains("<i>A</i>") && !html.contains("<b>negrita"))
        let markdown = try CommitteeReport.build(network, options: quick()).markdown(figurePrefix: "r-").text
        #expect(!markdown.contains("<script>"))
    }

    @Test("the same input gives byte-identical HTML and Markdown")
    func determinism() throws {
        let network = try bundled()
        let first = try CommitteeReport.build(network, options: quick())
        let second = try CommitteeReport.build(network, options: quick())
        #expect(first.html() == second.html())
        let (a, figuresA) = first.markdown(figurePrefix: "r-"), (b, figuresB) = second.markdown(figurePrefix: "r-")
        #expect(a == b && figuresA.map(\.svg) == figuresB.map(\.svg))
    }

    @Test("Markdown refers to SVG files that it provides")
    func markdown() throws {
        let (text, figures) = try CommitteeReport.build(try bundled(), options: quick()).markdown(figurePrefix: "informe-")
        #expect(!figures.isEmpty)
        for figure in figures {
            #expect(text.contains("](\(figure.name))"))
            #expect(figure.svg.contains("<svg"))
        }
        #expect(text.hasPrefix("# Ecosistema TP"))
    }

    @Test("an unknown scenario is a clear error")
    func unknownScenario() throws {
        var options = quick()
        options.scenarios = ["no-existe"]
        #expect(throws: ValidationIssue.self) { try CommitteeReport.build(try bundled(), options: options) }
    }
}
