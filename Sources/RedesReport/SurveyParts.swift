import Redes
import RedesPresentation

/// What the report says of a survey (`redes survey import`), when the network has reported ties: where the
/// arrangements and ties come from (the survey, the sources, assumptions), how each reported tie is cited in the
/// evidence, and how the diagnosis holds if survey answers were missing. A network without a survey reads as before.
enum SurveyParts {
    /// The origin of the arrangements and direct ties, by evidence status and source, after the glance's evidence
    /// sentence: the survey's share of the ties, how many both sides named, and who named any.
    static func provenance(_ c: ReportContext) -> [ReportDocument.Block] {
        let lang = c.lang, network = c.network
        let reported = network.ties.filter { $0.evidence.status == .reported }
        guard !reported.isEmpty else { return [] }
        let titles = Dictionary(network.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        struct Origin: Hashable { let status: EvidenceStatus; let source: String? }
        var origins: [Origin] = []
        for evidence in network.arrangements.map(\.evidence) + network.ties.map(\.evidence) {
            let origin = Origin(status: evidence.status, source: evidence.source)
            if !origins.contains(origin) { origins.append(origin) }
        }
        let rows = origins.enumerated().sorted { ($0.element.status, $0.offset) < ($1.element.status, $1.offset) }.map(\.element).map { origin in
            let source = origin.source.map { id in
                titles[id].map { [$0.title, $0.date].compactMap { $0 }.joined(separator: ", ") } ?? id
            } ?? (origin.status == .illustrative ? lang.text(.survey(.assumption)) : "—")
            return [lang.label(origin.status), source,
                    String(network.arrangements.count { $0.evidence.status == origin.status && $0.evidence.source == origin.source }),
                    String(network.ties.count { $0.evidence.status == origin.status && $0.evidence.source == origin.source })]
        }
        let both = reported.count { $0.evidence.respondents.count >= 2 }
        let survey = reported[0].evidence
        let surveyTitle = survey.source.flatMap { titles[$0]?.title } ?? survey.source ?? "—"
        let respondents = Set(reported.flatMap(\.evidence.respondents))
        let lead = lang.text(.survey(.provenanceLead), String(reported.count), String(network.ties.count), surveyTitle,
                             survey.date ?? "—", String(both), String(reported.count - both))
            + " " + lang.text(.survey(.provenanceRespondents), String(respondents.count), String(network.actors.count))
        return [.subheading(lang.text(.survey(.provenanceTitle))), .paragraph(lead),
                .table(ReportTable(headers: [lang.text(.evidence), lang.text(.survey(.origin)), lang.text(.arrangementsWord),
                                             lang.text(.survey(.directTies))],
                                   text: rows, numeric: [false, false, true, true], widths: [20, 50, 15, 15]))]
    }

    /// How the evidence list cites a reported tie: named by both sides, or by one (with the date); nil for any other
    /// evidence.
    static func citation(_ evidence: Evidence, _ lang: Language) -> String? {
        guard evidence.status == .reported else { return nil }
        return lang.text(.survey(evidence.respondents.count >= 2 ? .evidenceBothSides : .evidenceOneSide), evidence.date ?? "—")
    }

    /// Who named a tie reported by one side only, in brackets after the tie in the evidence list; empty otherwise.
    static func reporter(_ tie: Tie, _ c: ReportContext) -> String {
        tie.evidence.status == .reported && tie.evidence.respondents.count == 1 ? " (\(c.actorName(tie.evidence.respondents[0])))" : ""
    }

    /// The missing-respondent test in the sensitivity section: which findings hold without some answers.
    static func missingRespondents(_ c: ReportContext) -> [ReportDocument.Block] {
        guard let analysis = c.inputs.missingRespondents, !analysis.runs.isEmpty else { return [] }
        let lang = c.lang
        let runs = analysis.exhaustive ? lang.text(.survey(.missingExhaustive), String(analysis.runs.count))
            : lang.text(.survey(.missingSampled), String(analysis.runs.count), String(analysis.seed))
        let f = analysis.interval(\.fragmentation), df = analysis.interval(\.distanceFragmentation)
        let lead = lang.text(.survey(.missingReportLead), String(analysis.removedPerRun), String(analysis.respondents.count), runs,
                             lang.percent(analysis.stableShare(.betweenness)), lang.percent(analysis.stableShare(.degree)),
                             lang.percent(analysis.stableShare(.closeness)), c.f(f?.low), c.f(f?.high), c.f(df?.low), c.f(df?.high))
        let rows = MissingRespondentSensitivity.Ranking.allCases.map { ranking -> [String] in
            let interval = analysis.interval { analysis.correlation(ranking, $0) }
            return [lang.text(.survey(.rankingRow(ranking))), c.f(interval?.mean, 2),
                    interval.map { "\(c.f($0.low, 2))–\(c.f($0.high, 2))" } ?? "—",
                    lang.text(.survey(.answer(analysis.isStable(ranking) ? .yes : .no)))]
        }
        let stable = analysis.stableTopBrokers
        return [.subheading(lang.text(.survey(.missingReportTitle))), .paragraph(lead),
                .table(ReportTable(headers: [lang.text(.survey(.finding)), lang.text(.survey(.mean)), lang.text(.survey(.interval90)),
                                             lang.text(.survey(.stable))],
                                   text: rows, numeric: [false, true, true, false], widths: [40, 15, 25, 20])),
                .paragraph(lang.text(.survey(.stableBrokers), stable.isEmpty ? "—" : lang.list(stable.map { c.names[$0] })))]
    }
}
