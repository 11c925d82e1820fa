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
        var out = network.name + (scenario.map { language.text(.scenarioSuffix, $0) } ?? "") + "\n\n"

        out += language.text(.actorsByBloc) + "\n"
        var blocs = TextTable(headers: [language.text(.bloc), language.text(.actors)], alignments: [.left, .right])
        for tally in summary.actorsByBloc { blocs.append([tally.key?.name ?? language.text(.noBloc), String(tally.count)]) }
        blocs.append([language.text(.total), String(network.actors.count)])
        out += blocs.rendered() + "\n"

        if !network.arrangements.isEmpty {
            out += language.text(.arrangementsByKindAndEvidence) + "\n"
            let statuses = EvidenceStatus.shown(among: network.arrangements.map(\.evidence.status))
            var kinds = TextTable(headers: [language.text(.kind)] + statuses.map { language.label($0) } + [language.text(.total)],
                                  alignments: [.left] + statuses.map { _ in .right } + [.right])
            for tally in summary.arrangementsByKind {
                let byStatus = statuses.map { s in network.arrangements.count { $0.kind == tally.key && $0.evidence.status == s } }
                kinds.append([language.label(tally.key)] + byStatus.map(String.init) + [String(tally.count)])
            }
            out += kinds.rendered() + "\n"
        }
        if !network.ties.isEmpty {
            out += language.text(.directTiesByEvidence) + "\n"
            var ties = TextTable(headers: [language.text(.evidence), language.text(.ties)], alignments: [.left, .right])
            for tally in summary.tiesByStatus where tally.key.isAlwaysShown || tally.count > 0 {
                ties.append([language.label(tally.key), String(tally.count)])
            }
            out += ties.rendered() + "\n"
        }
        out += language.text(.actorNetwork) + "\n"
        var facts = TextTable(headers: [language.text(.measure), language.text(.value)], alignments: [.left, .right])
        facts.append([language.label(Figure.actors), String(network.actors.count)])
        facts.append([language.label(Figure.ties), String(graph.edgeCount)])
        facts.append([language.label(Figure.density), language.format(graph.density)])
        facts.append([language.label(Figure.components), String(summary.components.count)])
        facts.append([language.text(.componentSizes), summary.components.sizes.map(String.init).joined(separator: ", ")])
        facts.append([language.label(Figure.isolates), String(summary.isolateIDs.count)])
        facts.append([language.text(.transitivity), language.format(metrics.transitivity)])
        facts.append([language.text(.averageClustering), language.format(metrics.averageClustering)])
        if let d = metrics.diameter { facts.append([language.text(.diameterLargestComponent), language.format(d, decimals: metrics.options.weighted ? 3 : 0)]) }
        if let d = metrics.averageDistance { facts.append([language.label(Figure.averageDistance), language.format(d)]) }
        facts.append([language.label(Figure.degreeCentralization), language.format(metrics.degreeCentralization)])
        if let c = metrics.betweennessCentralization { facts.append([language.label(Figure.betweennessCentralization), language.format(c)]) }
        facts.append([language.text(.degreeAssortativity), language.format(metrics.assortativity)])
        facts.append([language.text(.cutPointsWord), String(metrics.articulationPoints.count)])
        facts.append([language.text(.bridges), String(metrics.bridges.count)])
        out += facts.rendered()
        if !metrics.articulationPoints.isEmpty {
            out += "  " + language.text(.cutPointsLabel, metrics.articulationPoints.map { network.actors[$0].name }.joined(separator: ", ")) + "\n"
        }
        if !summary.isolateIDs.isEmpty {
            let names = summary.isolateIDs.compactMap { id in network.actor(id)?.name }
            out += "  " + language.text(.isolatesLabel, names.joined(separator: ", ")) + "\n"
        }
        if summary.components.count > 1 {
            out += "\n" + language.text(.componentsTitle) + "\n"
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
        if let sortBy { out += language.text(sortIsDefault ? .sortedByDefault : .sortedBy, language.header(sortBy)) }
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
            out += "  " + language.text(.eigenvectorUndefined, language.text(.eigenvectorReason(reason))) + "\n"
        }
        if let note = analysis.eigenvectorNote { out += "  (" + language.text(.note(note)) + ")\n" }
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
