import ArgumentParser
import Foundation
import Redes
import RedesPresentation

struct Waves: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the network's waves for longitudinal tools: a dynamic GEXF (Gephi's timeline) and one adjacency matrix per wave for RSiena.",
        discussion: """
            The waves are the network as it stands on each --at date, or (without --at) the network as it is and each \
            phase of the file's roadmap. Every wave has the same actors in the same order (all the actors of any \
            wave): -o writes a dynamic GEXF (wave k is time k; nodes and edges carry spells), --siena a folder with \
            wave-K.dat matrices, actors.csv (their order), composition.dat (who is present when, for \
            sienaCompositionChangeFromFile), waves.csv and siena.R.

            Examples:
              redes waves Networks/antofagasta-tp.yaml -o hoja-de-ruta.gexf
              redes waves red.yaml --at 2025 --at 2026 --siena olas
              redes waves red.yaml --siena olas -o olas.gexf --lang en
            """
    )

    @OptionGroup var source: NetworkFileOptions

    @Option(help: "A wave's date (2026, 2026-06, 2026-06-15); repeat for each wave, in order. Without it, the roadmap's phases.")
    var at: [String] = []

    @Option(name: .shortAndLong, help: "Write the waves as a dynamic GEXF file (.gexf).")
    var output: String?

    @Option(help: "Write the waves for RSiena into this folder (created if missing).")
    var siena: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        let lang = language.language
        if output == nil && siena == nil { throw fail(.needs(option: "redes waves", other: "-o FILE.gexf --siena FOLDER"), in: lang) }
        if at.count == 1 { throw fail(.needs(option: "--at \(at[0])", other: "--at"), in: lang) }
        for text in at { _ = try DateOption.date(text, in: lang) }
        if let output {
            if ExchangeFormat(fileName: output) != .gexf { throw fail(.unknownValue(option: "-o", value: output, suggestion: nil, accepted: ["FILE.gexf"]), in: lang) }
            if let failure = OutputFile.failure(writing: output) { throw fail(OutputFile.WriteError(path: output, failure: failure), in: lang) }
        }
        if let siena, let failure = OutputFile.failure(writing: siena), failure != .isDirectory {
            throw fail(OutputFile.WriteError(path: siena, failure: failure), in: lang)
        }
    }

    func run() throws {
        let lang = language.language
        let network = try source.load(in: lang)
        let waves: NetworkWaves
        if at.isEmpty {
            guard !network.roadmap.isEmpty else { throw fail(.noRoadmap(file: source.file), in: lang) }
            do {
                waves = try NetworkWaves(roadmap: network, asIs: lang.text(.networkAsItIs))
            } catch {
                printError(lang.describe(LoadError(file: source.file, path: error.path, problem: error.problem)))
                throw ExitCode(1)
            }
        } else {
            guard network.hasPeriods else { throw fail(.noPeriods(option: "--at", file: source.file), in: lang) }
            waves = NetworkWaves(network, dates: try at.map { try DateOption.date($0, in: lang) })
        }
        if let output { try emit(DynamicGEXFWriter.text(waves, name: network.name), to: output, in: lang) }
        if let siena {
            do {
                try FileManager.default.createDirectory(atPath: siena, withIntermediateDirectories: false)
            } catch CocoaError.fileWriteFileExists {
                // An existing folder is written into.
            } catch {
                throw fail(OutputFile.WriteError(path: siena, failure: .notWritable), in: lang)
            }
            for file in SienaWriter.files(waves) {
                try emit(file.text, to: URL(fileURLWithPath: siena).appendingPathComponent(file.name).path, in: lang)
            }
        }
    }
}
