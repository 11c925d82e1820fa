import ArgumentParser
import Foundation
import Redes
import RedesPresentation
import RedesSpreadsheet

struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "A roster survey of the network: a template to send, and the filled answers turned into reported ties.",
        discussion: """
            Each organisation says, for every other actor of the map, whether it works with it, how often and \
            through what. Ties named by both sides are confirmed; the response rate says how complete the map is.

            Examples:
              redes survey template Networks/antofagasta-tp.yaml -o encuesta.xlsx
              redes survey import red.yaml respuestas.csv --date 2026-03 -o red2.yaml
            """,
        subcommands: [SurveyTemplateCommand.self, SurveyImportCommand.self]
    )
}

struct SurveyTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write the survey to send: one row per respondent and actor, grouped by bloc, as .csv or .xlsx.",
        discussion: """
            .xlsx: an instructions sheet, the survey (a drop-down list on every answer column) and the lists of \
            choices. .csv: UTF-8 with a byte-order mark, the instructions in the first rows, separated by ';' in \
            Spanish and ',' in English. Headers and choices follow --lang.

            Examples:
              redes survey template Networks/antofagasta-tp.yaml -o encuesta.xlsx
              redes survey template red.yaml -o encuesta.csv
              redes survey template red.yaml -o survey.xlsx --lang en
            """
    )

    @OptionGroup var source: NetworkFileOptions

    @Option(name: .shortAndLong, help: "The template to write: FILE.xlsx or FILE.csv.")
    var output: String

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        let format = URL(fileURLWithPath: output).pathExtension.lowercased()
        guard format == "csv" || format == "xlsx" else {
            throw fail(.unknownValue(option: "-o", value: output, suggestion: nil, accepted: [".xlsx", ".csv"]), in: lang)
        }
        if let failure = OutputFile.failure(writing: output) { throw fail(OutputFile.WriteError(path: output, failure: failure), in: lang) }
        let network = try source.load(in: lang)
        let template = SurveyTemplate(network)
        let sheet = SurveySheet(template, language: lang, spreadsheet: format == "xlsx")
        let bytes: [UInt8]
        if format == "xlsx" {
            do {
                bytes = try SurveyWorkbook.bytes(sheet)
            } catch {
                throw fail(OutputFile.WriteError(path: output, failure: .system(String(describing: error))), in: lang)
            }
        } else {
            bytes = SurveyTemplateCSV.bytes(sheet)
        }
        try emit(bytes: bytes, to: output, in: lang)
        let count = network.actors.count
        printError(lang.note(lang.text(.survey(.templateWritten), output, String(template.rows.count), String(count), String(max(0, count - 1)))))
        if format == "csv" {
            let separator = SurveyTemplateCSV.delimiter(for: lang).asciiValue ?? UInt8(ascii: ",")
            printError(lang.note(lang.text(.survey(.templateSeparator), output, lang.delimiterName(separator))))
        }
    }
}

struct SurveyImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read the filled answers (.csv or .xlsx): response rate, confirmed and conflicting ties, and the map with the reported ties.",
        discussion: """
            Rows may come in any order; answers read sí/si/SI/x/1 and no/0, names with or without accents. Every row \
            is checked and every problem reported with its row and column; nothing is written when there is one. \
            Ties get evidence `reported`, naming the respondents and --date. --ties: union (default: a tie either \
            side names; both naming it is its confirmation), intersection (both), max or min (weighted by \
            frequency). Reports about actors that did not answer are kept under every rule (reconstruction).

            Examples:
              redes survey import red.yaml respuestas.csv --date 2026-03
              redes survey import red.yaml respuestas.xlsx --date 2026-03 -o red2.yaml
              redes survey import red.yaml answers.csv --date 2026-03 --ties min --lang en
            """
    )

    @OptionGroup var source: NetworkFileOptions

    @Argument(help: "The filled answers: the template, as .csv (UTF-8, ',' or ';') or .xlsx.")
    var answers: String

    @Option(name: .shortAndLong, help: "Write the network with the survey's ties to this YAML file.")
    var output: String?

    @Option(help: "When the survey was answered, e.g. 2026-03 (named by every reported tie).")
    var date: String?

    @Option(help: "How reports become ties: union, intersection, max or min.")
    var ties: Choice<SurveyTieRule> = Choice(.union)

    @Option(name: .customLong("survey-id"), help: "The id of the source that stands for the survey (default: survey-DATE).")
    var surveyID: String?

    @Option(help: "Output format of the summary: table, json or csv (one row per named pair).")
    var format: Choice<OutputFormat> = Choice(.table)

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        let rule = try ties.value(of: "--ties", in: lang)
        let outputFormat = try format.value(of: "--format", in: lang)
        guard let date = date?.trimmingCharacters(in: .whitespaces), !date.isEmpty else {
            throw fail(answers, lang.text(.survey(.missingDate)), fix: lang.text(.survey(.missingDateFix)), in: lang)
        }
        if let output {
            guard ["yaml", "yml"].contains(URL(fileURLWithPath: output).pathExtension.lowercased()) else {
                throw fail(.unknownValue(option: "-o", value: output, suggestion: nil, accepted: [".yaml", ".yml"]), in: lang)
            }
            if let failure = OutputFile.failure(writing: output) { throw fail(OutputFile.WriteError(path: output, failure: failure), in: lang) }
        }
        let network = try source.load(in: lang)
        let survey: SurveyImport
        do throws(SurveyErrors) {
            let table = answers.lowercased().hasSuffix(".xlsx") ? try WorkbookReader.table(path: answers) : try SurveyTable.csv(path: answers)
            let responses = try SurveyResponses(table, network: network)
            if !responses.ignoredColumns.isEmpty {
                printError(lang.note(lang.text(.survey(.ignoredColumns), answers, responses.ignoredColumns.joined(separator: ", "))))
            }
            survey = try SurveyImport(responses, rule: rule, date: date, sourceID: surveyID ?? "survey-\(date)",
                                      sourceTitle: URL(fileURLWithPath: answers).lastPathComponent)
        } catch {
            printError(lang.describe(error))
            throw ExitCode(1)
        }
        if let issue = survey.network.validationIssues().first {
            printError(lang.describe(LoadError(file: source.file, path: issue.path, problem: issue.problem)))
            throw ExitCode(1)
        }
        try emit(bytes: SurveyPresenter(survey, date: date).renderedBytes(outputFormat, language: lang), to: nil, in: lang)
        if let output {
            try emit(NativeYAMLWriter.text(survey.network), to: output, in: lang)
            printError(lang.note(lang.text(.survey(.networkWritten), output, String(survey.ties.count))))
        } else {
            printError(lang.note(lang.text(.survey(.noOutputNote))))
        }
    }
}
