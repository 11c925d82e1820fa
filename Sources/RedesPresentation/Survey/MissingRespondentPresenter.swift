import Redes

/// What `redes sensitivity --missing-respondents` shows of a ``MissingRespondentSensitivity``: for each finding (the
/// rankings by betweenness, degree and closeness, F and DF) its value in the full network, its mean and 90% interval
/// over the runs and whether it is stable; the reported ties lost per run; the stable brokers. JSON with every run,
/// CSV with one row per run.
public struct MissingRespondentPresenter: Sendable {
    public let analysis: MissingRespondentSensitivity
    public let network: Network

    /// Creates the presenter.
    ///
    /// - Parameters:
    ///   - analysis: the test.
    ///   - network: the network it ran on.
    public init(_ analysis: MissingRespondentSensitivity, network: Network) {
        self.analysis = analysis
        self.network = network
    }

    private var ids: [String] { network.actors.map(\.id) }

    public func json() -> JSONValue {
        func interval(_ value: (MissingRespondentSensitivity.Run) -> Double?) -> JSONValue {
            guard let i = analysis.interval(value) else { return .null }
            return ["low": .number(i.low), "high": .number(i.high), "mean": .number(i.mean), "min": .number(i.min), "max": .number(i.max)]
        }
        let rankings = Dictionary(uniqueKeysWithValues: MissingRespondentSensitivity.Ranking.allCases.map { ranking -> (String, JSONValue) in
            var entry = interval { analysis.correlation(ranking, $0) }
            if case .object(var object) = entry {
                object["stable_share"] = .number(analysis.stableShare(ranking))
                object["stable"] = .bool(analysis.isStable(ranking))
                entry = .object(object)
            }
            return (ranking.rawValue, entry)
        })
        let lost = analysis.runs.map(\.tiesLost)
        return [
            "respondents": .array(analysis.respondents.map { .string(ids[$0]) }),
            "share": .number(analysis.share), "removed_per_run": .int(analysis.removedPerRun),
            "runs": .int(analysis.runs.count), "exhaustive": .bool(analysis.exhaustive), "seed": .int(Int(analysis.seed)),
            "baseline": ["fragmentation": .number(analysis.baseline.fragmentation),
                         "distance_fragmentation": .number(analysis.baseline.distanceFragmentation),
                         "top_brokers": .array(analysis.baseline.topBrokers.map { .string(ids[$0]) })],
            "rank_correlations": .object(rankings),
            "fragmentation": interval(\.fragmentation), "distance_fragmentation": interval(\.distanceFragmentation),
            "ties_lost": ["mean": .number(lost.isEmpty ? 0 : Double(lost.reduce(0, +)) / Double(lost.count)), "max": .int(lost.max() ?? 0)],
            "top5_frequency": .object(Dictionary(uniqueKeysWithValues: zip(ids, analysis.topFiveFrequency.map { JSONValue.number($0) }))),
            "stable_top_brokers": .array(analysis.stableTopBrokers.map { .string(ids[$0]) }),
            "stable_top_broker_names": .array(analysis.stableTopBrokers.map { .string(network.actors[$0].name) }),
            "run_list": .array(analysis.runs.map { run in
                ["removed": .array(run.removed.map { .string(ids[$0]) }), "ties_lost": .int(run.tiesLost),
                 "fragmentation": .number(run.fragmentation), "distance_fragmentation": .number(run.distanceFragmentation),
                 "betweenness_rank_correlation": .real(run.betweennessRankCorrelation),
                 "degree_rank_correlation": .real(run.degreeRankCorrelation),
                 "closeness_rank_correlation": .real(run.closenessRankCorrelation),
                 "top_brokers": .array(run.topBrokers.map { .string(ids[$0]) })]
            }),
        ]
    }

    /// One row per run: the removed respondents (ids separated by `;`), the ties lost, F, DF and the three rank
    /// correlations.
    public func csv() -> String {
        var table = CSVTable(header: ["run", "removed", "ties_lost", "fragmentation", "distance_fragmentation",
                                      "betweenness_rank_correlation", "degree_rank_correlation", "closeness_rank_correlation"])
        for (i, run) in analysis.runs.enumerated() {
            table.append([String(i + 1), run.removed.map { ids[$0] }.joined(separator: ";"), String(run.tiesLost),
                          CSVTable.number(run.fragmentation), CSVTable.number(run.distanceFragmentation),
                          CSVTable.number(run.betweennessRankCorrelation), CSVTable.number(run.degreeRankCorrelation),
                          CSVTable.number(run.closenessRankCorrelation)])
        }
        return table.rendered()
    }

    public func table(language: Language) -> String {
        func f(_ x: Double?) -> String { language.format(x) }
        let runs = analysis.exhaustive ? language.text(.survey(.missingExhaustive), String(analysis.runs.count))
            : language.text(.survey(.missingSampled), String(analysis.runs.count), String(analysis.seed))
        var out = language.text(.survey(.missingTitle), String(analysis.removedPerRun), String(analysis.respondents.count), runs) + "\n"
        var table = TextTable(headers: [language.text(.survey(.finding)), language.text(.survey(.fullNetwork)), language.text(.survey(.mean)),
                                        language.text(.survey(.interval90)), language.text(.survey(.stable))],
                              alignments: [.left, .right, .right, .right, .left])
        func range(_ interval: MissingRespondentSensitivity.Interval?) -> String {
            interval.map { "\(f($0.low))–\(f($0.high))" } ?? "—"
        }
        for ranking in MissingRespondentSensitivity.Ranking.allCases {
            let interval = analysis.interval { analysis.correlation(ranking, $0) }
            let stable = language.text(.survey(.answer(analysis.isStable(ranking) ? .yes : .no)))
            table.append([language.text(.survey(.rankingRow(ranking))), "1", f(interval?.mean), range(interval),
                          language.text(.survey(.runsAbove), stable, language.percent(analysis.stableShare(ranking)))])
        }
        let fragmentation = analysis.interval(\.fragmentation), distance = analysis.interval(\.distanceFragmentation)
        table.append([language.label(Figure.fragmentation), f(analysis.baseline.fragmentation), f(fragmentation?.mean), range(fragmentation), ""])
        table.append([language.label(Figure.distanceFragmentation), f(analysis.baseline.distanceFragmentation), f(distance?.mean), range(distance), ""])
        out += table.rendered()
        let lost = analysis.runs.map(\.tiesLost)
        out += "  " + language.text(.survey(.tiesLost), language.format(lost.isEmpty ? 0 : Double(lost.reduce(0, +)) / Double(lost.count), decimals: 1),
                                    String(lost.max() ?? 0)) + "\n"
        let stable = analysis.stableTopBrokers
        out += "  " + language.text(.survey(.stableBrokers), stable.isEmpty ? "—" : language.list(stable.map { network.actors[$0].name })) + "\n"
        return out
    }
}

extension MissingRespondentPresenter: Presentable {}
