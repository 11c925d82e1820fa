import Redes

/// What `redes sensitivity` shows of a ``SensitivityAnalysis``: JSON, CSV (one row per variant) and a readable table.
public struct SensitivityPresenter: Sendable {
    public let analysis: SensitivityAnalysis
    public let network: Network
    public var runs: Int
    public var seed: UInt64

    public init(_ analysis: SensitivityAnalysis, network: Network, runs: Int, seed: UInt64) {
        self.analysis = analysis
        self.network = network
        self.runs = runs
        self.seed = seed
    }

    private var ids: [String] { network.actors.map(\.id) }

    public func json() -> JSONValue {
        func variant(_ v: SensitivityAnalysis.Variant) -> JSONValue {
            ["fragmentation": .number(v.fragmentation), "distance_fragmentation": .number(v.distanceFragmentation),
             "betweenness_rank_correlation": .real(v.betweennessRankCorrelation),
             "degree_rank_correlation": .real(v.degreeRankCorrelation),
             "top_brokers": .array(v.topBrokers.map { .string(ids[$0]) }),
             "top_broker_names": .array(v.topBrokers.map { .string(network.actors[$0].name) })]
        }
        func spread(_ key: (SensitivityAnalysis.Variant) -> Double) -> JSONValue {
            guard let s = analysis.spread(key) else { return .null }
            return ["mean": .number(s.mean), "sd": .number(s.sd), "min": .number(s.min), "max": .number(s.max)]
        }
        return [
            "baseline": variant(analysis.baseline),
            "without_illustrative": analysis.withoutIllustrative.map(variant) ?? .null,
            "illustrative_removed": ["arrangements": .int(analysis.removedIllustrative.arrangements),
                                     "ties": .int(analysis.removedIllustrative.ties)],
            "random_removal": [
                "drop_rate": .number(analysis.dropRate), "runs": .int(runs), "seed": .int(Int(seed)),
                "fragmentation": spread(\.fragmentation), "distance_fragmentation": spread(\.distanceFragmentation),
                "betweenness_rank_correlation": spread { $0.betweennessRankCorrelation ?? .nan },
                "top5_frequency": .object(Dictionary(uniqueKeysWithValues: zip(ids, analysis.topFiveFrequency.map { JSONValue.number($0) }))),
            ],
            "stable_top_brokers": .array(analysis.stableTopBrokers.map { .string(ids[$0]) }),
            "stable_top_broker_names": .array(analysis.stableTopBrokers.map { .string(network.actors[$0].name) }),
            "method": .string(Language.en.method(analysis.method)),
            "bounded": .bool(analysis.method != .exact),
        ]
    }

    /// One row per variant: `variant,fragmentation,distance_fragmentation,betweenness_rank_correlation,degree_rank_correlation`;
    /// the random runs as their mean (`random_mean`), min and max.
    public func csv() -> String {
        var table = CSVTable(header: ["variant", "fragmentation", "distance_fragmentation", "betweenness_rank_correlation",
                                      "degree_rank_correlation"])
        func add(_ name: String, _ v: SensitivityAnalysis.Variant) {
            table.append([name, CSVTable.number(v.fragmentation), CSVTable.number(v.distanceFragmentation),
                          CSVTable.number(v.betweennessRankCorrelation), CSVTable.number(v.degreeRankCorrelation)])
        }
        add("baseline", analysis.baseline)
        if let without = analysis.withoutIllustrative { add("without_illustrative", without) }
        if let f = analysis.spread(\.fragmentation), let d = analysis.spread(\.distanceFragmentation) {
            let rho = analysis.spread { $0.betweennessRankCorrelation ?? .nan }
            let degree = analysis.spread { $0.degreeRankCorrelation ?? .nan }
            table.append(["random_mean", CSVTable.number(f.mean), CSVTable.number(d.mean), CSVTable.number(rho?.mean), CSVTable.number(degree?.mean)])
            table.append(["random_min", CSVTable.number(f.min), CSVTable.number(d.min), CSVTable.number(rho?.min), CSVTable.number(degree?.min)])
            table.append(["random_max", CSVTable.number(f.max), CSVTable.number(d.max), CSVTable.number(rho?.max), CSVTable.number(degree?.max)])
        }
        return table.rendered()
    }

    public func table(language: Language) -> String {
        let f = { (x: Double?) in language.format(x) }
        var text = language.text(.sensitivityTitle) + "\n"
        var table = TextTable(headers: [language.text(.variant), "F", "DF", language.text(.rhoBetweenness), language.text(.rhoDegree)],
                              alignments: [.left, .right, .right, .right, .right])
        let b = analysis.baseline
        table.append([language.text(.fullNetwork), f(b.fragmentation), f(b.distanceFragmentation), "1", "1"])
        if let w = analysis.withoutIllustrative {
            table.append([language.text(.withoutIllustrativeTies), f(w.fragmentation), f(w.distanceFragmentation),
                          f(w.betweennessRankCorrelation), f(w.degreeRankCorrelation)])
        }
        if let fs = analysis.spread(\.fragmentation), let ds = analysis.spread(\.distanceFragmentation) {
            let rho = analysis.spread { $0.betweennessRankCorrelation ?? .nan }
            table.append([language.text(.withoutAtRandomMean, language.percent(analysis.dropRate)), f(fs.mean), f(ds.mean), f(rho?.mean), "—"])
            table.append([language.text(.range), "\(f(fs.min))–\(f(fs.max))", "\(f(ds.min))–\(f(ds.max))", "", ""])
        }
        text += table.rendered()
        let stable = analysis.stableTopBrokers
        text += "  " + language.text(.stableBrokers) + (stable.isEmpty ? "—" : language.list(stable.map { network.actors[$0].name })) + "\n"
        if analysis.method != .exact { text += "  " + language.text(.method) + language.method(analysis.method) + "\n" }
        return text
    }
}
