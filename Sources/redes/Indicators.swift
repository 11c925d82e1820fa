import ArgumentParser
import Foundation
import Redes
import RedesGraphviz
import RedesPresentation

struct Indicators: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "The shared indicator board: who produces, owns, validates and uses each indicator, and where it is blind.",
        discussion: """
            Coverage (actor × indicator and bloc × indicator), the gaps (no custodian, a single producer, produced \
            for nobody, used but produced by nobody, a supplier or a receiver with no channel to the custodian, no \
            baseline or target, actors producing for nobody) and the data-flow layer (producer → custodian → user): \
            whom each figure reaches, whether the committee sees every indicator within two steps, and what each \
            scenario of the file changes. --diagram draws actors and indicators (line style: the part; colour: the \
            bloc). --template writes the board as a spreadsheet for the committee (one row per indicator × actor; \
            UTF-8 with BOM; in Spanish ';' and the decimal comma); --import reads it back and writes the network.

            Examples:
              redes indicators Networks/antofagasta-tp.yaml
              redes indicators red.yaml --scenario comite-regional-tp --diagram tablero.svg
              redes indicators red.yaml --template -o tablero.csv
              redes indicators red.yaml --import tablero.csv -o red2.yaml
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "The arrangement whose members are the committee (default: the members of every arrangement of kind committee).")
    var committee: String?

    @Option(help: "Output format: table (for people), json (stable English keys, every gap category) or csv (one row per indicator).")
    var format: Choice<OutputFormat>?

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var language: LanguageOption

    @Option(help: "Also draw the board (actors × indicators) to this file: .svg, .png, .pdf or .dot.")
    var diagram: String?

    @Flag(help: "Write the board as a CSV template to fill in (one row per indicator × actor), instead of analysing it.")
    var template = false

    @Option(name: .customLong("import"), help: "Read a filled template (CSV) into the network's indicators, and write the network (YAML).")
    var importFile: String?

    func run() throws {
        let lang = language.language
        for path in [output, diagram].compactMap({ $0 }) {
            if let failure = OutputFile.failure(writing: path) { throw fail(OutputFile.WriteError(path: path, failure: failure), in: lang) }
        }
        if template && importFile != nil { throw fail(.conflicts(option: "--template", other: "--import"), in: lang) }
        if template || importFile != nil {
            let mode = template ? "--template" : "--import"
            let ignored: [(String, Bool)] = [("--format", format != nil), ("--scenario", input.scenario != nil),
                                             ("--diagram", diagram != nil), ("--committee", committee != nil)]
            if let option = ignored.first(where: \.1)?.0 { throw fail(.conflicts(option: option, other: mode), in: lang) }
        }
        if template { return try writeTemplate(in: lang) }
        if let importFile { return try importTemplate(importFile, in: lang) }
        try analyse(in: lang)
    }

    private func writeTemplate(in lang: Language) throws {
        let network = try input.load(applyingScenario: false, in: lang)
        if network.indicators.isEmpty { printError(lang.note(lang.text(.board(.templateEmpty)))) }
        try emit(bytes: BoardTemplateCSV.bytes(network, language: lang), to: output, in: lang)
    }

    private func importTemplate(_ path: String, in lang: Language) throws {
        let network = try input.load(applyingScenario: false, in: lang)
        let result: BoardImport
        do {
            result = try BoardTemplate.read(path: path, into: network)
        } catch {
            printError(lang.describe(error))
            throw ExitCode(1)
        }
        for id in result.untouched { printError(lang.note(lang.text(.board(.importUntouched), id))) }
        try emit(NativeYAMLWriter.text(result.network), to: output, in: lang)
    }

    private func analyse(in lang: Language) throws {
        let outputFormat = try format?.value(of: "--format", in: lang) ?? .table
        let diagramFormat = try diagram.map { path -> DiagramFormat in
            guard let format = DiagramFormat(fileName: path) else {
                printError("\(path): " + lang.describe(GraphvizError.unknownFormat(path, supported: DiagramFormat.allCases.map(\.rawValue))))
                throw ExitCode(1)
            }
            return format
        }
        let base = try input.load(applyingScenario: false, in: lang)
        let choice = try committeeChoice(base, in: lang)
        let baseAnalysis = NetworkAnalysis(base)
        // An unknown --scenario is refused with the file's scenarios (never the base shown in its place).
        if let id = input.scenario, base.scenario(id) == nil { _ = try input.load(scenario: id, base: base, in: lang) }
        let scenario = input.scenario.flatMap { base.scenario($0) }
        // Each network analysed once: the board shown is the base's or its scenario's row of the comparison.
        var analyses = [(scenario: Scenario?, analysis: NetworkAnalysis)]()
        analyses.append((nil, baseAnalysis))
        for candidate in base.scenarios {
            analyses.append((candidate, try input.load(scenario: candidate.id, base: base, in: lang)))
        }
        let shown = analyses.first { $0.scenario?.id == scenario?.id }?.analysis ?? baseAnalysis
        let board = shown.indicatorBoard(committee: choice)
        let rows = analyses.map { BoardScenarioRow($0.analysis.indicatorBoard(committee: choice), scenario: $0.scenario) }
        let presenter = IndicatorBoardPresenter(board, scenario: scenario, scenarios: rows)
        try emit(bytes: presenter.renderedBytes(outputFormat, language: lang), to: output, in: lang)
        if let diagram, let diagramFormat {
            do {
                let title = lang.text(.board(.title), base.name) + (scenario.map { lang.text(.scenarioSuffix, $0.name) } ?? "")
                let bytes = try NetworkDiagram(board: board, language: lang, title: title).render(format: diagramFormat)
                try OutputFile.write(Data(bytes), to: diagram)
            } catch let error as GraphvizError {
                printError("\(diagram): " + lang.describe(error))
                throw ExitCode(1)
            } catch let error as OutputFile.WriteError {
                throw fail(error, in: lang)
            }
        }
    }

    /// `--committee`: an arrangement of the network or one a scenario adds, with a did-you-mean; by default the
    /// arrangements of kind committee.
    private func committeeChoice(_ network: Network, in lang: Language) throws -> CommitteeChoice {
        guard let committee else { return .committees }
        let ids = network.arrangements.map(\.id) + network.scenarios.flatMap { $0.addArrangements.map(\.id) }
        guard ids.contains(committee) else {
            throw fail(.unknownArrangement(option: "--committee", id: committee, suggestion: closestMatch(to: committee, in: ids)), in: lang)
        }
        return .arrangement(committee)
    }
}

extension InputOptions {
    /// The analysis of `base` with the scenario `id` applied (already validated when the file was read).
    func load(scenario id: String, base: Network, in lang: Language) throws -> NetworkAnalysis {
        do {
            return NetworkAnalysis(try base.applying(scenarioNamed: id))
        } catch {
            printError(lang.describe(LoadError(file: file, path: error.path, problem: error.problem)))
            throw ExitCode(1)
        }
    }
}
