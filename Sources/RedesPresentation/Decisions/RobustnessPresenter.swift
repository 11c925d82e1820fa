import Redes

/// What `redes robustness` shows of a ``RobustnessAnalysis``: JSON, the curve as CSV, and a readable table.
public struct RobustnessPresenter: Sendable {
    public let analysis: RobustnessAnalysis
    public let network: Network
    /// Random order: the runs and the seed, reported in JSON.
    public var runs: Int
    public var seed: UInt64

    public init(_ analysis: RobustnessAnalysis, network: Network, runs: Int, seed: UInt64) {
        self.analysis = analysis
        self.network = network
        self.runs = runs
        self.seed = seed
    }

    private var ids: [String] { network.actors.map(\.id) }

    public func json() -> JSONValue {
        var object: [String: JSONValue] = [
            "order": .string(analysis.order.rawValue), "adaptive": .bool(analysis.adaptive),
            "removed": .array(analysis.removed.map { .string(ids[$0]) }),
            "removed_names": .array(analysis.removed.map { .string(network.actors[$0].name) }),
            "largest_component_share": .array(analysis.largestComponentShare.map { .number($0) }),
            "distance_fragmentation": analysis.distanceFragmentation.map { .array($0.map(JSONValue.real)) } ?? .null,
            "robustness": .number(analysis.largestComponentArea),
            "distance_fragmentation_area": .real(analysis.distanceFragmentationArea),
            "half_life_removals": analysis.halfLifeRemovals.map { .int($0) } ?? .null,
            "method": [
                "recompute_every": analysis.method.recomputeEvery.map { .int($0) } ?? .null,
                "distance_every": analysis.method.distanceEvery.map { .int($0) } ?? .null,
                "bounded": .bool(analysis.method.isBounded),
                "description": analysis.method.isBounded ? .string(Language.en.method(analysis.method)) : .null,
            ],
        ]
        if analysis.order == .random {
            object["runs"] = .int(runs); object["seed"] = .int(Int(seed))
            object["run_robustness"] = .array(analysis.runAreas.map { .number($0) })
        }
        return .object(object)
    }

    /// The curve: `removed,actor,largest_component_share,distance_fragmentation`.
    public func csv() -> String {
        var table = CSVTable(header: ["removed", "actor", "largest_component_share", "distance_fragmentation"])
        for q in analysis.largestComponentShare.indices {
            let actor = q > 0 && analysis.order != .random ? ids[analysis.removed[q - 1]] : ""
            table.append([String(q), actor, "\(analysis.largestComponentShare[q])", analysis.distanceFragmentation?[q].map { "\($0)" } ?? ""])
        }
        return table.rendered()
    }

    public func table(language: Language) -> String {
        var text = language.text(.robustnessTitle, language.label(analysis.order), analysis.adaptive ? language.text(.robustnessAdaptive) : "") + "\n"
        text += "  R = \(language.format(analysis.largestComponentArea))"
        if let area = analysis.distanceFragmentationArea { text += "   DF " + language.text(.robustnessMean) + " = \(language.format(area))" }
        if let half = analysis.halfLifeRemovals { text += "\n  " + language.text(.robustnessHalves, String(half)) }
        text += "\n"
        if analysis.method.isBounded { text += "  " + language.text(.method) + language.method(analysis.method) + "\n" }
        var table = TextTable(headers: [language.text(.removedCount), language.text(.actor), language.text(.largestComponentShort), "DF"],
                              alignments: [.right, .left, .right, .right])
        for q in analysis.largestComponentShare.indices.prefix(min(16, network.actors.count + 1)) {
            let actor = q > 0 && analysis.order != .random ? network.actors[analysis.removed[q - 1]].name : ""
            table.append([String(q), actor, language.percent(analysis.largestComponentShare[q]),
                          language.format(analysis.distanceFragmentation?[q] ?? nil)])
        }
        return text + table.rendered()
    }
}
