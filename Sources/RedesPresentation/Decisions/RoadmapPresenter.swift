import Redes

/// What `redes roadmap` shows of a ``RoadmapTrajectory``: the figures of each step (the network as it is, then each
/// phase) and what each phase changes — a table, JSON (stable keys) and CSV (one row per step).
public struct RoadmapPresenter: Sendable {
    public let trajectory: RoadmapTrajectory

    public init(_ trajectory: RoadmapTrajectory) { self.trajectory = trajectory }

    /// A period in words: `2025–2026`, `desde 2026`, `hasta 2026`, or "—".
    public static func period(_ period: Period?, language: Language) -> String {
        switch (period?.start, period?.end) {
        case (let start?, let end?): return start == end ? start : "\(start)–\(end)"
        case (let start?, nil): return language.text(.periodFrom, start)
        case (nil, let end?): return language.text(.periodUntil, end)
        default: return "—"
        }
    }

    /// A step's name: the phase's, or "the network as it is".
    public static func name(_ step: RoadmapTrajectory.Step, language: Language) -> String {
        step.phase?.name ?? language.text(.networkAsItIs)
    }

    /// A figure's value in words: a share as a percentage, a count without decimals, else three decimals.
    public static func value(_ figure: Figure, _ x: Double?, language: Language) -> String {
        guard let x else { return "—" }
        if figure == .singleChannelShare { return language.percent(x) }
        return language.format(x, decimals: figure.isCount ? 0 : 3)
    }

    public func json() -> JSONValue {
        let scenarioNames = Dictionary(trajectory.network.scenarios.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return .object([
            "network": .string(trajectory.network.name),
            "group_by": .string(trajectory.steps.first?.analysis.options.groupBy ?? "bloc"),
            "figures": .array(RoadmapTrajectory.figures.map { .string($0.rawValue) }),
            "steps": .array(trajectory.steps.map { step in
                var object: [String: JSONValue] = [
                    "step": step.phase == nil ? "as_is" : "phase",
                    "id": .optional(step.phase?.id), "name": .optional(step.phase?.name),
                    "period": step.phase?.period.map { ["start": .optional($0.start), "end": .optional($0.end)] } ?? .null,
                    "scenarios": .array((step.phase?.scenarios ?? []).map { .string($0) }),
                    "scenario_names": .array((step.phase?.scenarios ?? []).map { .string(scenarioNames[$0] ?? $0) }),
                    "status": .optional(step.phase?.evidence?.status.rawValue),
                    "actors": .int(step.analysis.network.actors.count), "links": .int(step.analysis.graph.edgeCount),
                    "indicator_coverage": .real(step.indicatorCoverage),
                ]
                for figure in RoadmapTrajectory.figures { object[figure.rawValue] = .real(step.value(of: figure)) }
                if let change = step.change {
                    object["change"] = [
                        "actors_entered": .array(change.actors.entered.map { .string($0) }),
                        "actors_left": .array(change.actors.left.map { .string($0) }),
                        "links_gained": .int(change.links.gained.count), "links_lost": .int(change.links.lost.count),
                        "links_kept": .int(change.links.kept), "jaccard": .real(change.stability.jaccard),
                        "arrangements_created": .array(change.arrangements.created.map { .string($0) }),
                        "arrangements_ended": .array(change.arrangements.ended.map { .string($0) }),
                        "membership_changes": .int(change.arrangements.membershipChanges.count),
                    ]
                } else {
                    object["change"] = .null
                }
                return .object(object)
            }),
        ])
    }

    /// One row per step: `step,id,name,start,end,actors,links`, the figures, and `indicator_coverage`.
    public func csv() -> String {
        var table = CSVTable(header: ["step", "id", "name", "start", "end", "actors", "links"]
                             + RoadmapTrajectory.figures.map(\.rawValue) + ["indicator_coverage"])
        for step in trajectory.steps {
            table.append([step.phase == nil ? "as_is" : "phase", step.phase?.id ?? "", step.phase?.name ?? "",
                          step.phase?.period?.start ?? "", step.phase?.period?.end ?? "",
                          String(step.analysis.network.actors.count), String(step.analysis.graph.edgeCount)]
                         + RoadmapTrajectory.figures.map { CSVTable.number(step.value(of: $0)) }
                         + [CSVTable.number(step.indicatorCoverage)])
        }
        return table.rendered()
    }

    public func table(language lang: Language) -> String {
        let network: Network? = trajectory.network
        let coverage = trajectory.hasIndicatorCoverage
        var table = TextTable(headers: [lang.text(.roadmapPhase), lang.text(.roadmapPeriod)]
                              + RoadmapTrajectory.figures.map { RoadmapPresenter.shortLabel($0, lang) }
                              + (coverage ? [lang.text(.indicatorCoverage)] : []),
                              alignments: [.left, .left] + RoadmapTrajectory.figures.map { _ in .right } + (coverage ? [.right] : []))
        for step in trajectory.steps {
            table.append([RoadmapPresenter.name(step, language: lang), RoadmapPresenter.period(step.phase?.period, language: lang)]
                         + RoadmapTrajectory.figures.map { RoadmapPresenter.value($0, step.value(of: $0), language: lang) }
                         + (coverage ? [step.indicatorCoverage.map { lang.percent($0) } ?? "—"] : []))
        }
        var text = lang.text(.roadmapTitle, network?.name ?? "") + "\n" + table.rendered()
        text += lang.text(.roadmapKey) + "\n"
        let scenarioNames = Dictionary((network?.scenarios ?? []).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let arrangementNames = Dictionary(trajectory.steps.flatMap(\.analysis.network.arrangements).map { ($0.id, $0.name) },
                                          uniquingKeysWith: { a, _ in a })
        text += "\n" + lang.text(.roadmapChanges) + "\n"
        for step in trajectory.steps {
            guard let phase = step.phase, let change = step.change else { continue }
            let scenarios = phase.scenarios.map { lang.text(.quoted, scenarioNames[$0] ?? $0) }
            let created = change.arrangements.created.map { arrangementNames[$0] ?? $0 }
            let ended = change.arrangements.ended.map { arrangementNames[$0] ?? $0 }
            text += "  " + lang.text(.roadmapChangeLine, phase.name, scenarios.isEmpty ? "—" : lang.list(scenarios),
                                     String(change.links.gained.count), String(change.links.lost.count),
                                     created.isEmpty ? "—" : lang.list(created), ended.isEmpty ? "—" : lang.list(ended)) + "\n"
        }
        return text
    }

    /// The short column head of a figure: F, DF, or its label.
    public static func shortLabel(_ figure: Figure, _ lang: Language) -> String {
        switch figure {
        case .fragmentation: return "F"
        case .distanceFragmentation: return "DF"
        case .eiIndex: return "E-I"
        default: return lang.label(figure)
        }
    }
}

extension RoadmapPresenter: Presentable {}
