import ArgumentParser
import Foundation
import Redes
import RedesPresentation

/// How to find and read the network: shared by every command that reads one.
struct InputOptions: ParsableArguments {
    @Argument(help: "The network file: .yaml (native) or .csv/.tsv (edge list).")
    var file: String

    @Option(name: .customLong("input-format"), help: "The input format (yaml, csv); by default chosen by the extension.")
    var inputFormat: NetworkFormat?

    @Option(help: "For CSV edge lists: a CSV node list (an `id` column plus attributes such as `bloc`).")
    var nodes: String?

    @Flag(help: "For CSV edge lists: the ties are arcs source → target.")
    var directed = false

    @Option(help: "For CSV files: the field separator (default ',', '\\t' for .tsv).")
    var delimiter: String?

    @Option(help: "Apply this scenario of the file before analysing.")
    var scenario: String?

    @Option(name: .customLong("max-actors"), help: "Refuse files with more actors than this.")
    var maxActors = InputLimits().actors

    @Option(name: .customLong("max-ties"), help: "Refuse files with more ties than this.")
    var maxTies = InputLimits().ties

    @Option(name: .customLong("max-text-length"), help: "Refuse any single text (id, name, quote) longer than this.")
    var maxTextLength = InputLimits().textLength

    /// Reads the network (and applies the scenario), or prints a clear error in `language` and exits with status 1.
    func load(in language: Language) throws -> Network { try load(applyingScenario: true, in: language) }

    /// Reads the network, applying `--scenario` only when asked, or prints a clear error in `language` and exits
    /// with status 1.
    func load(applyingScenario: Bool, in language: Language) throws -> Network {
        var delimiterByte: UInt8?
        if let delimiter {
            let resolved = delimiter == "\\t" || delimiter == "tab" ? "\t" : delimiter
            guard resolved.utf8.count == 1, let byte = resolved.utf8.first else {
                throw ValidationError("--delimiter takes one character, such as ';' or '\\t'")
            }
            delimiterByte = byte
        }
        do throws(LoadError) {
            var network = try Network.read(path: file, options: ReadOptions(
                format: inputFormat, directed: directed, nodesPath: nodes, delimiter: delimiterByte,
                limits: InputLimits(actors: maxActors, ties: maxTies, textLength: maxTextLength)))
            if applyingScenario, let scenario {
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
}

/// The format, the file and the language of a command's output: shared by every command that prints a result.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table (for people), json (stable keys, for tools) or csv (RFC 4180).")
    var format: OutputFormat = .table

    @Option(help: "Language of the table: es or en.")
    var lang: Language = .es

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output ('-' for standard output).")
    var output: String?

    /// Writes `result` in the chosen format, language and place (large JSON in pieces, as it is made).
    func emit(_ result: some Presentable) throws {
        do {
            let writer = OutputFile.Writer(path: output ?? "-")
            result.write(format, language: lang, to: writer)
            try writer.commit()
        } catch {
            printError(lang.describe(error))
            throw ExitCode(1)
        }
    }
}

extension NetworkFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

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
        printError(language.describe(error))
        throw ExitCode(1)
    }
}

/// Prints `file: error: what` and `fix: how` in `language`, and exits with status 1.
func fail(_ file: String, _ message: String, fix: String, in language: Language) -> ExitCode {
    printError("\(file): \(language.text(.errorLabel)): \(message)\n  \(language.text(.fixLabel)): \(fix)")
    return ExitCode(1)
}
