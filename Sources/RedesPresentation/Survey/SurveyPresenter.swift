import Redes

/// What `redes survey import` shows of a ``SurveyImport``: the response rate (overall, per bloc, who did not answer),
/// the named pairs by agreement, the conflicting frequencies, the rule and the ties it writes, and what joining the
/// map changed. JSON and CSV (one row per named pair) for tools, a table for people.
public struct SurveyPresenter: Sendable {
    public let survey: SurveyImport
    /// The date the import was given.
    public let date: String

    /// Creates the presenter.
    ///
    /// - Parameters:
    ///   - survey: the import.
    ///   - date: the survey's date, as given.
    public init(_ survey: SurveyImport, date: String) {
        self.survey = survey
        self.date = date
    }

    private var actors: [Actor] { survey.responses.network.actors }

    /// The ends of a tie key by display name: `Secretaría–SENCE`.
    private func names(_ key: TieKey) -> String {
        let name = Dictionary(actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return "\(name[key.source] ?? key.source)–\(name[key.target] ?? key.target)"
    }

    /// Whether the rule writes a tie for this pair.
    private func written(_ pair: SurveyImport.Pair) -> Bool {
        pair.agreement != .unconfirmed || survey.rule.keepsUnconfirmed
    }

    public func json() -> JSONValue {
        let responses = survey.responses
        func keys(_ list: [TieKey]) -> JSONValue {
            .array(list.map { ["source": .string($0.source), "target": .string($0.target), "kind": .string($0.kind)] })
        }
        return [
            "file": .string(responses.file), "date": .string(date), "rule": .string(survey.rule.rawValue),
            "source": .string(survey.source.id),
            "actors": .int(actors.count), "respondents": .int(responses.respondents.count),
            "response_rate": .number(survey.responseRate),
            "response_rate_by_bloc": .array(survey.responseRateByBloc.map { rate in
                ["bloc": .optional(rate.bloc?.id), "bloc_name": .optional(rate.bloc?.name), "respondents": .int(rate.respondents),
                 "actors": .int(rate.actors), "rate": .number(rate.rate)]
            }),
            "non_respondents": .array(responses.nonRespondents.map { .string(actors[$0].id) }),
            "non_respondent_names": .array(responses.nonRespondents.map { .string(actors[$0].name) }),
            "pairs": .object(Dictionary(uniqueKeysWithValues: SurveyImport.Agreement.allCases.map { ($0.rawValue, JSONValue.int(survey.count($0))) })
                .merging(["total": .int(survey.pairs.count)]) { first, _ in first }),
            "pair_list": .array(survey.pairs.map { pair in
                var frequencies: [String: JSONValue] = [:]
                for report in pair.reports { frequencies[actors[report.respondent].id] = .optional(report.frequency?.rawValue) }
                return ["source": .string(actors[pair.first].id), "target": .string(actors[pair.second].id),
                        "agreement": .string(pair.agreement.rawValue),
                        "respondents": .array(pair.reports.map { .string(actors[$0.respondent].id) }),
                        "frequencies": .object(frequencies), "written": .bool(written(pair))]
            }),
            "ties_written": .int(survey.ties.count),
            "merge": ["now_reported": keys(survey.merge.nowReported), "kept": keys(survey.merge.kept),
                      "not_supported": keys(survey.merge.notSupported),
                      "taken_from_scenarios": .array(survey.merge.takenFromScenarios.map {
                          ["scenario": .string($0.scenario), "source": .string($0.tie.source), "target": .string($0.tie.target),
                           "kind": .string($0.tie.kind)]
                      })],
            "ignored_columns": .array(responses.ignoredColumns.map(JSONValue.string)),
        ]
    }

    /// One row per named pair: `source,target,agreement,respondents,frequency_source,frequency_target,written`.
    public func csv() -> String {
        var table = CSVTable(header: ["source", "target", "agreement", "respondents", "frequency_source", "frequency_target", "written"])
        for pair in survey.pairs {
            func frequency(_ actor: Int) -> String {
                pair.reports.first { $0.respondent == actor }?.frequency?.rawValue ?? ""
            }
            table.append([actors[pair.first].id, actors[pair.second].id, pair.agreement.rawValue, String(pair.reports.count),
                          frequency(pair.first), frequency(pair.second), written(pair) ? "true" : "false"])
        }
        return table.rendered()
    }

    public func table(language: Language) -> String {
        let responses = survey.responses
        var out = language.text(.survey(.importTitle), responses.file, date) + "\n"
        out += language.text(.survey(.responseRate), String(responses.respondents.count), String(actors.count), language.percent(survey.responseRate)) + "\n"
        var blocs = TextTable(headers: [language.text(.bloc), language.text(.survey(.responded)), language.text(.actors), language.text(.survey(.rate))],
                              alignments: [.left, .right, .right, .right])
        for rate in survey.responseRateByBloc {
            blocs.append([rate.bloc?.name ?? language.text(.noBloc), String(rate.respondents), String(rate.actors), language.percent(rate.rate)])
        }
        out += blocs.rendered()
        let missing = responses.nonRespondents
        out += (missing.isEmpty ? language.text(.survey(.everyoneResponded)) : language.text(.survey(.nonRespondents), language.list(missing.map { actors[$0].name }))) + "\n\n"

        out += language.text(.survey(.pairsNamed), String(survey.pairs.count)) + "\n"
        var pairs = TextTable(headers: [language.text(.survey(.agreementHeader)), language.text(.survey(.pairs)), language.text(.survey(.meaning))], alignments: [.left, .right, .left])
        for agreement in SurveyImport.Agreement.allCases {
            pairs.append([language.text(.survey(.agreement(agreement))), String(survey.count(agreement)), language.text(.survey(.agreementMeaning(agreement)))])
        }
        out += pairs.rendered()
        let conflicting = survey.pairs.filter { $0.agreement == .conflicting }
        if !conflicting.isEmpty {
            out += language.text(.survey(.conflicts)) + "\n"
            for pair in conflicting {
                let (a, b) = (pair.reports[0], pair.reports[1])
                func frequency(_ report: SurveyResponses.Report) -> String { report.frequency.map { language.text(.survey(.frequency($0))) } ?? "—" }
                out += "  " + language.text(.survey(.conflictLine), "\(actors[pair.first].name)–\(actors[pair.second].name)",
                                  actors[a.respondent].name, frequency(a), actors[b.respondent].name, frequency(b)) + "\n"
            }
        }
        out += "\n" + language.text(.survey(.rule(survey.rule))) + "\n"
        if survey.count(.unanswered) > 0 { out += language.text(.survey(.reconstruction)) + "\n" }
        out += language.text(.survey(.ruleTies), String(survey.ties.count)) + "\n"
        let merge = survey.merge
        if !merge.nowReported.isEmpty { out += language.text(.survey(.nowReported), language.list(merge.nowReported.map(names))) + "\n" }
        if !merge.kept.isEmpty { out += language.text(.survey(.kept), language.list(merge.kept.map(names))) + "\n" }
        if !merge.notSupported.isEmpty { out += language.text(.survey(.notSupported), language.list(merge.notSupported.map(names))) + "\n" }
        if !merge.takenFromScenarios.isEmpty {
            out += language.text(.survey(.takenFromScenarios), language.list(merge.takenFromScenarios.map { "\(names($0.tie)) («\($0.scenario)»)" })) + "\n"
        }
        return out
    }
}

extension SurveyPresenter: Presentable {}

extension Language {
    /// A survey problem as the command-line tool prints it: `file:row:column: error: column C: what` and, on a second
    /// line, `fix: how`.
    ///
    /// - Parameter error: the located problem.
    /// - Returns: two lines, without a final newline.
    public func describe(_ error: SurveyError) -> String {
        var location = error.file
        if let row = error.row {
            location += ":\(row)"
            if let column = error.column { location += ":\(column)" }
        }
        let column = error.column.map { text(.survey(.columnLetter), spreadsheetColumnName($0)) + ": " } ?? ""
        return "\(location): \(text(.errorLabel)): \(column)\(text(.surveyProblem(error.problem)))\n  \(text(.fixLabel)): \(text(.surveyProblemFix(error.problem)))"
    }

    /// Every problem of an answers file, one after the other, at most `limit` of them and then how many more.
    ///
    /// - Parameters:
    ///   - errors: the problems.
    ///   - limit: how many to write in full.
    /// - Returns: the lines, without a final newline.
    public func describe(_ errors: SurveyErrors, limit: Int = 50) -> String {
        var lines = errors.errors.prefix(limit).map(describe)
        if errors.errors.count > limit { lines.append(text(.survey(.moreProblems), String(errors.errors.count - limit))) }
        return lines.joined(separator: "\n")
    }
}
