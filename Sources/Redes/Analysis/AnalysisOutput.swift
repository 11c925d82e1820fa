/// Renders the results of `redes analyze` as JSON and as a readable table.
///
/// The JSON document has a `network` object (network-level values, sorted keys), an `actors` array (one object per
/// actor, `id` first), and the `arrangements`, `ties`, `blocs`, `sources` and `scenarios` of the file with their
/// evidence, so that every number can be traced to its source.
public struct AnalysisOutput: Sendable {
    public let summary: NetworkSummary
    /// The scenario applied before the analysis, if any.
    public let scenario: String?

    public init(summary: NetworkSummary, scenario: String? = nil) {
        self.summary = summary
        self.scenario = scenario
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
        return [
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
        out += facts.rendered()
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
