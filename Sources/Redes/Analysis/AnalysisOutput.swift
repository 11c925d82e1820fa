/// Renders the results of `redes analyze` as JSON and as a readable table.
///
/// The JSON document has a `network` object (network-level values, sorted keys), an `actors` array (one object per
/// actor, `id` first), and the `arrangements`, `ties`, `blocs`, `sources` and `scenarios` of the file with their
/// evidence, so that every number can be traced to its source.
public struct AnalysisOutput: Sendable {
    public let summary: NetworkSummary
    /// The metrics, when computed.
    public let metrics: NetworkMetrics?
    /// The fragmentation and coordination diagnosis, when computed.
    public var diagnosis: NetworkDiagnosis?
    /// The scenario applied before the analysis, if any.
    public let scenario: String?
    /// The order of actors in tables and CSV: by this metric, descending (nil: file order).
    public var sortBy: ActorMetric?
    /// Show only the first N actors in tables and CSV (JSON always lists every actor).
    public var top: Int?

    public init(summary: NetworkSummary, metrics: NetworkMetrics? = nil, scenario: String? = nil) {
        self.summary = summary
        self.metrics = metrics
        self.scenario = scenario
    }

    /// Actor indices in output order: sorted by `sortBy` descending (ties by file order), cut to `top`.
    public var actorOrder: [Int] {
        var order = Array(summary.network.actors.indices)
        if let sortBy, let metrics {
            let key = order.map { metrics.value(sortBy, at: $0).sortKey }
            order.sort { key[$0] > key[$1] || (key[$0] == key[$1] && $0 < $1) }
        }
        if let top { order = Array(order.prefix(max(0, top))) }
        return order
    }

    // MARK: JSON

    public func json() -> JSONValue {
        let network = summary.network
        let graph = summary.actorGraph.graph
        var object: [String: JSONValue] = [
            "name": .string(network.name),
            "directed": .bool(network.isDirected),
            "actors": .int(network.actors.count),
            "ties": .int(graph.edgeCount),
            "direct_ties": .int(network.ties.count),
            "arrangements": .int(network.arrangements.count),
            "memberships": .int(network.arrangements.reduce(0) { $0 + $1.members.count }),
            "density": .number(graph.density),
            "components": .int(summary.components.count),
            "component_sizes": .array(summary.components.sizes.map { .int($0) }),
            "largest_component": .int(summary.components.largestSize),
            "isolates": .int(summary.isolateIDs.count),
            "isolate_ids": .array(summary.isolateIDs.map { .string($0) }),
            "actors_by_bloc": .object(Dictionary(uniqueKeysWithValues: summary.actorsByBloc.map { ($0.bloc?.id ?? "", .int($0.count)) })),
            "arrangements_by_kind": .object(Dictionary(uniqueKeysWithValues: summary.arrangementsByKind.map { ($0.kind.rawValue, .int($0.count)) })),
            "arrangements_by_status": .object(Dictionary(uniqueKeysWithValues: summary.arrangementsByStatus.map { ($0.status.rawValue, .int($0.count)) })),
            "direct_ties_by_status": .object(Dictionary(uniqueKeysWithValues: summary.tiesByStatus.map { ($0.status.rawValue, .int($0.count)) })),
            "direct_ties_by_kind": .object(Dictionary(uniqueKeysWithValues: summary.tiesByKind.map { ($0.kind, .int($0.count)) })),
        ]
        if let metrics {
            object.merge(metrics.networkJSON { network.actors[$0].id }) { _, metric in metric }
        }
        if let diagnosis { object.merge(diagnosis.networkJSON()) { _, new in new } }
        if let description = network.description { object["description"] = .string(description) }
        if let scenario { object["scenario"] = .string(scenario) }
        let actors: [JSONValue] = network.actors.enumerated().map { i, actor in
            var entry: [String: JSONValue] = [
                "id": .string(actor.id),
                "name": .string(actor.name),
                "bloc": .optional(actor.bloc),
                "territories": .array(actor.territories.map { .string($0) }),
                "sector": .optional(actor.sector),
                "degree": .int(graph.degree(of: i)),
                "component": .int(summary.components.componentOfNode[i]),
            ]
            if let fullName = actor.fullName { entry["full_name"] = .string(fullName) }
            if !actor.attributes.isEmpty { entry["attributes"] = .object(actor.attributes.mapValues(JSONValue.init)) }
            if let evidence = actor.evidence { entry["evidence"] = JSONValue(evidence) }
            if let metrics {
                for metric in metrics.actorMetrics { entry[metric.rawValue] = metrics.value(metric, at: i) }
            }
            if let diagnosis { entry.merge(diagnosis.actorJSON(i)) { _, new in new } }
            return .object(entry)
        }
        let arrangements: [JSONValue] = network.arrangements.map { a in
            var entry: [String: JSONValue] = [
                "id": .string(a.id), "name": .string(a.name), "kind": .string(a.kind.rawValue),
                "members": .array(a.members.map { .string($0) }), "lead": .optional(a.lead),
                "weight": .number(a.weight), "status": .string(a.evidence.status.rawValue), "evidence": JSONValue(a.evidence),
            ]
            if let period = a.period { entry["period"] = ["start": .optional(period.start), "end": .optional(period.end)] }
            if !a.territories.isEmpty { entry["territories"] = .array(a.territories.map { .string($0) }) }
            if let description = a.description { entry["description"] = .string(description) }
            return .object(entry)
        }
        let ties: [JSONValue] = network.ties.map { t in
            var entry: [String: JSONValue] = [
                "source": .string(t.source), "target": .string(t.target), "kind": .string(t.kind),
                "directed": .bool(!network.isSymmetric(t)), "weight": .number(t.weight),
                "status": .string(t.evidence.status.rawValue), "evidence": JSONValue(t.evidence),
            ]
            if let description = t.description { entry["description"] = .string(description) }
            if !t.attributes.isEmpty { entry["attributes"] = .object(t.attributes.mapValues(JSONValue.init)) }
            return .object(entry)
        }
        var document: [String: JSONValue] = [
            "network": .object(object),
            "actors": .array(actors),
            "arrangements": .array(arrangements),
            "ties": .array(ties),
            "blocs": .array(network.blocsInUse.map { ["id": .string($0.id), "name": .string($0.name)] }),
            "sources": .array(network.sources.map { s in
                ["id": .string(s.id), "title": .string(s.title), "author": .optional(s.author), "date": .optional(s.date),
                 "file": .optional(s.file), "url": .optional(s.url)]
            }),
            "scenarios": .array(network.scenarios.map { s in
                ["id": .string(s.id), "name": .string(s.name), "description": .optional(s.description)]
            }),
        ]
        if let diagnosis {
            document.merge(diagnosis.sectionsJSON(ids: network.actors.map(\.id))) { _, new in new }
        }
        return .object(document)
    }

    // MARK: CSV

    /// One row per actor: `id`, `name`, `bloc`, then every computed metric (empty where undefined). Numbers in
    /// shortest exact form; RFC 4180 quoting.
    public func csv() -> String {
        let network = summary.network
        let columns = metrics?.actorMetrics ?? []
        var out = (["id", "name", "bloc"] + columns.map(\.rawValue)).joined(separator: ",") + "\n"
        for v in actorOrder {
            let actor = network.actors[v]
            var fields = [actor.id, actor.name, actor.bloc ?? ""].map(csvField)
            for metric in columns { fields.append(metrics!.value(metric, at: v).plainText) }
            out += fields.joined(separator: ",") + "\n"
        }
        return out
    }

    private func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: Table

    public func table(language: Language = .es) -> String {
        let es = language == .es
        let network = summary.network
        let graph = summary.actorGraph.graph
        var out = network.name + (scenario.map { es ? " — escenario «\($0)»" : " — scenario “\($0)”" } ?? "") + "\n\n"

        out += (es ? "Actores por bloque" : "Actors by bloc") + "\n"
        var blocs = TextTable(headers: [es ? "bloque" : "bloc", es ? "actores" : "actors"], alignments: [.left, .right])
        for (bloc, count) in summary.actorsByBloc { blocs.append([bloc?.name ?? (es ? "(sin bloque)" : "(no bloc)"), String(count)]) }
        blocs.append([es ? "total" : "total", String(network.actors.count)])
        out += blocs.rendered() + "\n"

        if !network.arrangements.isEmpty {
            out += (es ? "Instancias de articulación por tipo y respaldo" : "Arrangements by kind and evidence") + "\n"
            let statuses = EvidenceStatus.allCases
            var kinds = TextTable(headers: [es ? "tipo" : "kind"] + statuses.map { $0.label(language) } + ["total"],
                                  alignments: [.left] + statuses.map { _ in .right } + [.right])
            for (kind, count) in summary.arrangementsByKind {
                let byStatus = statuses.map { s in network.arrangements.count { $0.kind == kind && $0.evidence.status == s } }
                kinds.append([kind.label(language)] + byStatus.map(String.init) + [String(count)])
            }
            out += kinds.rendered() + "\n"
        }
        if !network.ties.isEmpty {
            out += (es ? "Vínculos directos por respaldo" : "Direct ties by evidence") + "\n"
            var ties = TextTable(headers: [es ? "respaldo" : "evidence", es ? "vínculos" : "ties"], alignments: [.left, .right])
            for (status, count) in summary.tiesByStatus { ties.append([status.label(language), String(count)]) }
            out += ties.rendered() + "\n"
        }
        out += (es ? "Red de actores" : "Actor network") + "\n"
        var facts = TextTable(headers: [es ? "medida" : "measure", es ? "valor" : "value"], alignments: [.left, .right])
        facts.append([es ? "actores" : "actors", String(network.actors.count)])
        facts.append([es ? "pares vinculados" : "linked pairs", String(graph.edgeCount)])
        facts.append([es ? "densidad" : "density", language.format(graph.density)])
        facts.append([es ? "componentes" : "components", String(summary.components.count)])
        facts.append([es ? "tamaños de componentes" : "component sizes", summary.components.sizes.map(String.init).joined(separator: ", ")])
        facts.append([es ? "aislados" : "isolates", String(summary.isolateIDs.count)])
        if let metrics {
            facts.append([es ? "transitividad" : "transitivity", language.format(metrics.transitivity)])
            facts.append([es ? "clustering promedio" : "average clustering", language.format(metrics.averageClustering)])
            if let d = metrics.diameter { facts.append([es ? "diámetro (componente mayor)" : "diameter (largest component)", language.format(d, decimals: metrics.options.weighted ? 3 : 0)]) }
            if let d = metrics.averageDistance { facts.append([es ? "distancia promedio" : "average distance", language.format(d)]) }
            facts.append([es ? "centralización de grado" : "degree centralization", language.format(metrics.degreeCentralization)])
            if let c = metrics.betweennessCentralization { facts.append([es ? "centralización de intermediación" : "betweenness centralization", language.format(c)]) }
            facts.append([es ? "asortatividad de grado" : "degree assortativity", metrics.assortativity.map { language.format($0) } ?? "—"])
            facts.append([es ? "puntos de corte" : "cut points", String(metrics.articulationPoints.count)])
            facts.append([es ? "puentes" : "bridges", String(metrics.bridges.count)])
        }
        out += facts.rendered()
        if let metrics, !metrics.articulationPoints.isEmpty {
            let names = metrics.articulationPoints.map { network.actors[$0].name }
            out += "  " + (es ? "Puntos de corte: " : "Cut points: ") + names.joined(separator: ", ") + "\n"
        }
        if !summary.isolateIDs.isEmpty {
            let names = summary.isolateIDs.compactMap { id in network.actor(id)?.name }
            out += "  " + (es ? "Aislados: " : "Isolates: ") + names.joined(separator: ", ") + "\n"
        }
        if summary.components.count > 1 {
            out += "\n" + (es ? "Componentes" : "Components") + "\n"
            for (c, members) in summary.components.members.enumerated() where members.count > 1 || c < 5 {
                let names = members.map { network.actors[$0].name }
                out += "  \(c + 1). " + names.joined(separator: ", ") + "\n"
            }
        }
        if let diagnosis { out += "\n" + diagnosis.plainDiagnosis(network: network, metrics: metrics, language: language) }
        if let metrics { out += "\n" + actorTable(metrics, language: language) }
        if let diagnosis { out += "\n" + diagnosis.actorTable(network: network, order: actorOrder, language: language) }
        return out
    }

    /// The per-actor metrics as an aligned table.
    private func actorTable(_ metrics: NetworkMetrics, language: Language) -> String {
        let es = language == .es
        let network = summary.network
        // Component and normalised degree are in the JSON and CSV; strength repeats the degree when unweighted.
        let columns = metrics.actorMetrics.filter {
            $0 != .component && $0 != .degreeCentrality && ($0 != .strength || metrics.options.weighted)
        }
        var out = (es ? "Métricas por actor" : "Metrics by actor")
        if let sortBy { out += es ? " (orden: \(sortBy.rawValue))" : " (sorted by \(sortBy.rawValue))" }
        out += "\n"
        var table = TextTable(headers: [es ? "actor" : "actor", es ? "bloque" : "bloc"] + columns.map { $0.header(language) },
                              alignments: [.left, .left] + columns.map { _ in .right })
        let blocNames = Dictionary(network.blocsInUse.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for v in actorOrder {
            let actor = network.actors[v]
            var row = [actor.name, actor.bloc.map { blocNames[$0] ?? $0 } ?? ""]
            for metric in columns {
                switch metrics.value(metric, at: v) {
                case .int(let i): row.append(String(i))
                case .number(let x): row.append(language.format(x))
                case .bool(let b): row.append(b ? (es ? "sí" : "yes") : "")
                default: row.append("—")
                }
            }
            table.append(row)
        }
        out += table.rendered()
        if let reason = metrics.eigenvectorUndefinedReason, metrics.options.wants(.eigenvector) {
            out += "  " + (es ? "Vector propio: no definido (" + reason.spanishReason + ")." : "Eigenvector: undefined (\(reason)).") + "\n"
        }
        return out
    }
}

extension EvidenceStatus {
    /// The status in words, in `language`.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.documented, .es): return "documentado"
        case (.illustrative, .es): return "ilustrativo"
        case (.proposed, .es): return "propuesto"
        default: return rawValue
        }
    }
}

extension ArrangementKind {
    /// The kind in words, in `language`.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.agreement, .es): return "convenio"
        case (.workingTable, .es): return "mesa"
        case (.program, .es): return "programa"
        case (.mechanism, .es): return "mecanismo"
        case (.committee, .es): return "comité"
        case (.project, .es): return "proyecto"
        case (.agreement, .en): return "agreement"
        case (.workingTable, .en): return "working table"
        default: return rawValue
        }
    }
}

extension JSONValue {
    init(_ value: AttributeValue) {
        switch value {
        case .string(let s): self = .string(s)
        case .number(let x): self = x == x.rounded() && abs(x) < 1e15 ? .int(Int(x)) : .number(x)
        case .bool(let b): self = .bool(b)
        }
    }

    init(_ evidence: Evidence) {
        var object: [String: JSONValue] = ["status": .string(evidence.status.rawValue)]
        if let source = evidence.source { object["source"] = .string(source) }
        if let quote = evidence.quote { object["quote"] = .string(quote) }
        if let reason = evidence.reason { object["reason"] = .string(reason) }
        self = .object(object)
    }
}

extension ActorMetric {
    /// A short column header for tables.
    public func header(_ language: Language) -> String {
        let es = language == .es
        switch self {
        case .degree: return es ? "grado" : "degree"
        case .inDegree: return es ? "entrada" : "in"
        case .outDegree: return es ? "salida" : "out"
        case .degreeCentrality: return es ? "grado norm." : "degree c."
        case .strength: return es ? "fuerza" : "strength"
        case .betweenness: return es ? "intermediación" : "betweenness"
        case .closeness: return es ? "cercanía" : "closeness"
        case .harmonic: return es ? "armónica" : "harmonic"
        case .eigenvector: return es ? "vector propio" : "eigenvector"
        case .pagerank: return "PageRank"
        case .clustering: return "clustering"
        case .coreNumber: return es ? "núcleo k" : "k-core"
        case .articulationPoint: return es ? "corte" : "cut point"
        case .component: return es ? "componente" : "component"
        }
    }
}

extension JSONValue {
    /// A number for sorting: values, with undefined ones last.
    var sortKey: Double {
        switch self {
        case .int(let i): return Double(i)
        case .number(let x): return x.isNaN ? -.infinity : x
        case .bool(let b): return b ? 1 : 0
        default: return -.infinity
        }
    }

    /// The value as plain text for CSV: numbers in shortest exact form, empty for null.
    var plainText: String {
        switch self {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .number(let x): return x.isFinite ? "\(x)" : ""
        case .string(let s): return s
        default: return ""
        }
    }
}

extension String {
    /// The Spanish wording of an English reason produced by the metrics.
    var spanishReason: String {
        switch self {
        case "the network is not connected": return "la red no es conexa"
        case "the network is not strongly connected": return "la red no es fuertemente conexa"
        case "the network has no ties": return "la red no tiene vínculos"
        default: return "la iteración no convergió"
        }
    }
}
