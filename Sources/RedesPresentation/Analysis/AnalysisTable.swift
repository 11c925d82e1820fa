import Redes

extension AnalysisPresenter {
    /// The readable table: make-up, actor network facts, the plain diagnosis, metrics by actor and structural holes by
    /// actor, in one language.
    public func table(language: Language = .es) -> String {
        let analysis = self.analysis
        let network = analysis.network
        let summary = analysis.summary
        let graph = analysis.graph
        let metrics = analysis.metrics
        func t(_ message: Message, _ arguments: String...) -> String {
            arguments.enumerated().reduce(language.text(message)) { $0.replacingOccurrences(of: "{\($1.offset + 1)}", with: $1.element) }
        }
        var out = network.name + (scenario.map { t(.scenarioSuffix, $0) } ?? "") + "\n\n"

        out += t(.actorsByBloc) + "\n"
        var blocs = TextTable(headers: [t(.bloc), t(.actors)], alignments: [.left, .right])
        for tally in summary.actorsByBloc { blocs.append([tally.key?.name ?? t(.noBloc), String(tally.count)]) }
        blocs.append([t(.total), String(network.actors.count)])
        out += blocs.rendered() + "\n"

        if !network.arrangements.isEmpty {
            out += t(.arrangementsByKindAndEvidence) + "\n"
            let statuses = EvidenceStatus.allCases
            var kinds = TextTable(headers: [t(.kind)] + statuses.map { language.label($0) } + [t(.total)],
                                  alignments: [.left] + statuses.map { _ in .right } + [.right])
            for tally in summary.arrangementsByKind {
                let byStatus = statuses.map { s in network.arrangements.count { $0.kind == tally.key && $0.evidence.status == s } }
                kinds.append([language.label(tally.key)] + byStatus.map(String.init) + [String(tally.count)])
            }
            out += kinds.rendered() + "\n"
        }
        if !network.ties.isEmpty {
            out += t(.directTiesByEvidence) + "\n"
            var ties = TextTable(headers: [t(.evidence), t(.ties)], alignments: [.left, .right])
            for tally in summary.tiesByStatus { ties.append([language.label(tally.key), String(tally.count)]) }
            out += ties.rendered() + "\n"
        }
        out += t(.actorNetwork) + "\n"
        var facts = TextTable(headers: [t(.measure), t(.value)], alignments: [.left, .right])
        facts.append([language.label(Figure.actors), String(network.actors.count)])
        facts.append([language.label(Figure.ties), String(graph.edgeCount)])
        facts.append([language.label(Figure.density), language.format(graph.density)])
        facts.append([language.label(Figure.components), String(summary.components.count)])
        facts.append([t(.componentSizes), summary.components.sizes.map(String.init).joined(separator: ", ")])
        facts.append([language.label(Figure.isolates), String(summary.isolateIDs.count)])
        facts.append([t(.transitivity), language.format(metrics.transitivity)])
        facts.append([t(.averageClustering), language.format(metrics.averageClustering)])
        if let d = metrics.diameter { facts.append([t(.diameterLargestComponent), language.format(d, decimals: metrics.options.weighted ? 3 : 0)]) }
        if let d = metrics.averageDistance { facts.append([language.label(Figure.averageDistance), language.format(d)]) }
        facts.append([language.label(Figure.degreeCentralization), language.format(metrics.degreeCentralization)])
        if let c = metrics.betweennessCentralization { facts.append([language.label(Figure.betweennessCentralization), language.format(c)]) }
        facts.append([t(.degreeAssortativity), language.format(metrics.assortativity)])
        facts.append([t(.cutPointsWord), String(metrics.articulationPoints.count)])
        facts.append([t(.bridges), String(metrics.bridges.count)])
        out += facts.rendered()
        if !metrics.articulationPoints.isEmpty {
            out += "  " + t(.cutPointsLabel, metrics.articulationPoints.map { network.actors[$0].name }.joined(separator: ", ")) + "\n"
        }
        if !summary.isolateIDs.isEmpty {
            let names = summary.isolateIDs.compactMap { id in network.actor(id)?.name }
            out += "  " + t(.isolatesLabel, names.joined(separator: ", ")) + "\n"
        }
        if summary.components.count > 1 {
            out += "\n" + t(.componentsTitle) + "\n"
            for (c, members) in summary.components.members.enumerated() where members.count > 1 || c < 5 {
                out += "  \(c + 1). " + members.map { network.actors[$0].name }.joined(separator: ", ") + "\n"
            }
        }
        out += "\n" + DiagnosisText.plain(analysis, language: language)
        out += "\n" + actorTable(language: language)
        out += "\n" + DiagnosisText.actorTable(analysis, order: actorOrder, language: language)
        return out
    }

    /// The per-actor metrics as an aligned table.
    private func actorTable(language: Language) -> String {
        let network = analysis.network
        let metrics = analysis.metrics
        // Component and normalised degree are in the JSON and CSV; strength repeats the degree when unweighted.
        let columns = metrics.actorMetrics.filter {
            $0 != .component && $0 != .degreeCentrality && ($0 != .strength || metrics.options.weighted)
        }
        var out = language.text(.metricsByActor)
        if let sortBy { out += language.text(.sortedBy).replacingOccurrences(of: "{1}", with: sortBy.rawValue) }
        out += "\n"
        var table = TextTable(headers: [language.text(.actor), language.text(.bloc)] + columns.map { language.header($0) },
                              alignments: [.left, .left] + columns.map { _ in .right })
        let blocNames = Dictionary(network.blocsInUse.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let values = columns.map { metrics.column($0) }
        for v in actorOrder {
            let actor = network.actors[v]
            var row = [actor.name, actor.bloc.map { blocNames[$0] ?? $0 } ?? ""]
            for column in values {
                switch column {
                case .integers(let x): row.append(String(x[v]))
                case .reals(let x): row.append(language.format(x[v]))
                case .flags(let x): row.append(x[v] ? language.text(.yes) : "")
                case nil: row.append("—")
                }
            }
            table.append(row)
        }
        out += table.rendered()
        if case .undefined(let reason) = metrics.eigenvectorStatus {
            out += "  " + language.text(.eigenvectorUndefined).replacingOccurrences(of: "{1}", with: language.text(.eigenvectorReason(reason))) + "\n"
        }
        return out
    }
}

extension AnalysisPresenter {
    /// One row per actor: `id`, `name`, `bloc`, then every computed metric (empty where undefined). Numbers in
    /// shortest exact form; RFC 4180 quoting.
    public func csv() -> String {
        let network = analysis.network
        let metrics = analysis.metrics
        let columns = metrics.actorMetrics
        let values = columns.map { metrics.column($0) }
        var table = CSVTable(header: ["id", "name", "bloc"] + columns.map(\.rawValue))
        for v in actorOrder {
            let actor = network.actors[v]
            var fields = [actor.id, actor.name, actor.bloc ?? ""]
            for column in values {
                switch column {
                case .integers(let x): fields.append(String(x[v]))
                case .reals(let x): fields.append(x[v].isFinite ? "\(x[v])" : "")
                case .flags(let x): fields.append(x[v] ? "true" : "false")
                case nil: fields.append("")
                }
            }
            table.append(fields)
        }
        return table.rendered()
    }
}
