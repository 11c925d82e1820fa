import ArgumentParser
import Foundation
import Redes
import RedesPresentation

/// How to find and read a network file: shared by every command that reads one.
struct NetworkFileOptions: ParsableArguments {
    @Argument(help: "The network file: YAML (.yaml, the native format), a CSV/TSV edge list (.csv, .tsv), GraphML (.graphml), GEXF (.gexf), Pajek (.net), UCINET DL (.dl) or node-link JSON (.json); the extension picks the reader (or --input-format).")
    var file: String

    @Option(name: .customLong("input-format"), help: "The input format when the extension does not say it.")
    var inputFormat: Choice<NetworkFormat>?

    @Option(help: "For CSV edge lists: a CSV node list (an `id` column plus attributes such as `bloc`; Spanish headers `nombre`, `bloque`, `territorio` work too).")
    var nodes: String?

    @Flag(help: "For CSV edge lists and DL files: the ties are arcs source → target.")
    var directed = false

    @Option(help: "For CSV files: the field separator (default ',', '\\t' for .tsv; a header with ';' and no comma is read with ';', and then numbers may use the decimal comma).")
    var delimiter: String?

    @Option(help: "Evidence to assert for every tie and arrangement the file gives no evidence for: documented (with --source), illustrative (with --reason) or proposed.")
    var evidence: Choice<EvidenceStatus>?

    @Option(help: "With --evidence: the id of the source the ties rest on (added to the network's sources).")
    var source: String?

    @Option(help: "With --evidence: why the ties are assumed or proposed.")
    var reason: String?

    @Option(name: .customLong("max-actors"), help: "Refuse files with more actors than this.")
    var maxActors = InputLimits().actors

    @Option(name: .customLong("max-ties"), help: "Refuse files with more ties than this.")
    var maxTies = InputLimits().ties

    @Option(name: .customLong("max-text-length"), help: "Refuse any single text (id, name, quote) longer than this.")
    var maxTextLength = InputLimits().textLength

    /// Reads the network (applying `scenario` when given), or prints a clear error in `language` and exits with
    /// status 1. Options that mean nothing for the file's format are refused, never ignored.
    func load(scenario: String? = nil, in language: Language) throws -> Network {
        let format = try inputFormat?.value(of: "--input-format", in: language)
        let reading = format ?? NetworkFormat(fileName: file)
        if let reading, reading != .csv {
            // Only edge lists have node lists and separators (and only they and DL read --directed).
            if nodes != nil { throw fail(.needs(option: "--nodes", other: "--input-format csv"), in: language) }
            if delimiter != nil { throw fail(.needs(option: "--delimiter", other: "--input-format csv"), in: language) }
            if directed && reading != .dl { throw fail(.needs(option: "--directed", other: "--input-format csv"), in: language) }
        }
        let delimiterByte = try self.delimiterByte(in: language)
        let asserted = try assertedEvidence(in: language)
        do throws(LoadError) {
            var network = try Network.read(path: file, options: ReadOptions(
                format: format, directed: directed, nodesPath: nodes, delimiter: delimiterByte,
                limits: InputLimits(actors: maxActors, ties: maxTies, textLength: maxTextLength), evidence: asserted))
            if reading == .csv && delimiterByte == nil { noteSeparator(in: language) }
            if let scenario {
                do {
                    network = try network.applying(scenarioNamed: scenario)
                } catch {
                    throw LoadError(file: file, path: error.path, problem: error.problem)
                }
            }
            return network
        } catch {
            printError(language.describe(error))
            throw ExitCode(1)
        }
    }

    /// The `--delimiter` byte, or nil; refuses more than one character.
    private func delimiterByte(in language: Language) throws -> UInt8? {
        guard let delimiter else { return nil }
        let resolved = delimiter == "\\t" || delimiter == "tab" ? "\t" : delimiter
        guard resolved.utf8.count == 1, let byte = resolved.utf8.first else {
            throw fail(.oneCharacter(option: "--delimiter", value: delimiter), in: language)
        }
        return byte
    }

    /// The evidence `--evidence`, `--source` and `--reason` assert, or nil; refuses incomplete evidence, and
    /// `--source` or `--reason` without `--evidence`.
    private func assertedEvidence(in language: Language) throws -> Evidence? {
        guard let evidence else {
            if source != nil { throw fail(.needs(option: "--source", other: "--evidence"), in: language) }
            if reason != nil { throw fail(.needs(option: "--reason", other: "--evidence"), in: language) }
            return nil
        }
        let status = try evidence.value(of: "--evidence", in: language)
        // Asserting that nothing is stated would change nothing, and reported ties name respondents (`redes survey
        // import`): both refused rather than ignored.
        guard status.isAlwaysShown else {
            throw fail(.unknownValue(option: "--evidence", value: evidence.text, suggestion: nil,
                                     accepted: EvidenceStatus.allCases.filter(\.isAlwaysShown).map(\.rawValue)), in: language)
        }
        let asserted = Evidence(status: status, source: source, reason: reason)
        if let missing = asserted.missingRequirement { throw fail(.incompleteEvidence(missing), in: language) }
        return asserted
    }

    /// Says which separator the header showed, when it is not the comma (nothing is assumed in silence).
    private func noteSeparator(in language: Language) {
        guard !file.lowercased().hasSuffix(".tsv"),
              let handle = FileHandle(forReadingAtPath: file) else { return }
        defer { try? handle.close() }
        let head = handle.readData(ofLength: 64 * 1024)
        guard let separator = CSVDialect.separator(ofHeader: [UInt8](head)) else { return }
        let dialect = CSVDialect(delimiter: separator)
        printError(language.note(language.text(dialect.decimalComma ? .delimiterReadDecimalComma : .delimiterRead,
                                               file, language.delimiterName(separator))))
    }
}

/// How to find and read the network, and the scenario to apply: shared by the commands that analyse one network.
struct InputOptions: ParsableArguments {
    @OptionGroup var source: NetworkFileOptions

    @Option(help: "Apply this scenario of the file before analysing.")
    var scenario: String?

    @Option(help: "The network as it stands on this date (2026, 2026-06 or 2026-06-15): the actors, arrangements and ties whose `period` includes it.")
    var at: String?

    /// The network file as given.
    var file: String { source.file }

    /// Reads the network and applies the scenario, or prints a clear error in `language` and exits with status 1.
    func load(in language: Language) throws -> Network { try load(applyingScenario: true, in: language) }

    /// Reads the network, applying `--scenario` only when asked, as it stands on the `--at` date when given.
    func load(applyingScenario: Bool, in language: Language) throws -> Network {
        let date = try at.map { try DateOption.date($0, in: language) }
        let network = try source.load(scenario: applyingScenario ? scenario : nil, in: language)
        guard let date else { return network }
        return try DateOption.network(network, at: date, file: file, in: language)
    }
}

/// The format, the file and the language of a command's output: shared by every command that prints a result.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table (for people), json (stable English keys, with display names beside the ids, for tools) or csv (RFC 4180).")
    var format: Choice<OutputFormat> = Choice(.table)

    @OptionGroup var language: LanguageOption

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output ('-' for standard output).")
    var output: String?

    /// The run's language.
    var lang: Language { language.language }

    /// The output format (checked by ``validate()``).
    var outputFormat: OutputFormat { OutputFormat(word: format.text) ?? .table }

    func validate() throws {
        _ = try format.value(of: "--format", in: lang)
        if let output, let failure = OutputFile.failure(writing: output) {
            throw fail(OutputFile.WriteError(path: output, failure: failure), in: lang)
        }
    }

    /// Writes `result` in the chosen format, language and place (large JSON in pieces, as it is made).
    func emit(_ result: some Presentable) throws {
        let writer = OutputFile.Writer(path: output ?? "-")
        result.write(outputFormat, language: lang, to: writer)
        do {
            try writer.commit()
        } catch {
            throw fail(error, in: lang)
        }
    }
}

/// Prints why an output cannot be written, in `language`, and returns exit status 1.
func fail(_ error: OutputFile.WriteError, in language: Language) -> ExitCode {
    printError(language.describe(error))
    return ExitCode(1)
}

/// Writes a message to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
}

/// Writes text to a file atomically (or to standard output for `-` or no path), or prints why not in `language`
/// and exits with status 1.
func emit(_ text: String, to path: String?, in language: Language) throws {
    try emit(bytes: Array(text.utf8), to: path, in: language)
}

/// Writes bytes to a file atomically (or to standard output), or prints why not in `language` and exits with status 1.
func emit(bytes: [UInt8], to path: String?, in language: Language) throws {
    do {
        try OutputFile.write(bytes, to: path ?? "-")
    } catch {
        throw fail(error, in: language)
    }
}

/// Prints `file: error: what` and `fix: how` in `language`, and exits with status 1.
func fail(_ file: String, _ message: String, fix: String, in language: Language) -> ExitCode {
    printError("\(file): \(language.text(.errorLabel)): \(message)\n  \(language.text(.fixLabel)): \(fix)")
    return ExitCode(1)
}
