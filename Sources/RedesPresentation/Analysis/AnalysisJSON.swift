import Redes

extension AnalysisPresenter {
    /// The JSON document of `redes analyze`: stable keys, every value traceable to its source. With
    /// ``Content-swift.enum/metrics`` it holds the make-up and the requested metrics only.
    public func json() -> JSONValue {
        let parts = jsonParts()
        var document = parts.fixed
        for (key, array) in parts.streamed { document[key] = .array((0..<array.count).map(array.element)) }
        return .object(document)
    }

    /// The JSON document as bytes, the actors and ties written one at a time (equal to `json().rendered()`).
    public func jsonBytes() -> [UInt8] {
        let parts = jsonParts()
        return JSONStreamWriter.render(fixed: parts.fixed, streamed: parts.streamed)
    }

    /// The bytes of ``jsonBytes()`` handed to `sink` in pieces of about 1 MB, as they are made.
    ///
    /// - Parameter sink: receives the document's bytes in order.
    public func writeJSON(to sink: ([UInt8]) -> Void) {
        let parts = jsonParts()
        JSONStreamWriter.write(fixed: parts.fixed, streamed: parts.streamed, to: sink)
    }

    /// The document's members: the small ones as values, `actors` and `ties` as element makers.
    private func jsonParts() -> (fixed: [String: JSONValue], streamed: [String: JSONStreamWriter.Array]) {
        let analysis = self.analysis
        let includesDiagnosis = self.includesDiagnosis
        let network = analysis.network
        let summary = analysis.summary
        let graph = analysis.graph
        let metrics = analysis.metrics
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
            "actors_by_bloc": .object(Dictionary(uniqueKeysWithValues: summary.actorsByBloc.map { ($0.key?.id ?? "", .int($0.count)) })),
            "arrangements_by_kind": .object(Dictionary(uniqueKeysWithValues: summary.arrangementsByKind.map { ($0.key.rawValue, .int($0.count)) })),
            "arrangements_by_status": .object(Dictionary(uniqueKeysWithValues: summary.arrangementsByStatus.map { ($0.key.rawValue, .int($0.count)) })),
            "direct_ties_by_status": .object(Dictionary(uniqueKeysWithValues: summary.tiesByStatus.map { ($0.key.rawValue, .int($0.count)) })),
            "direct_ties_by_kind": .object(Dictionary(uniqueKeysWithValues: summary.tiesByKind.map { ($0.key, .int($0.count)) })),
        ]
        object.merge(MetricsJSON.network(metrics) { network.actors[$0].id }) { _, metric in metric }
        if includesDiagnosis { object.merge(DiagnosisJSON.network(analysis)) { _, new in new } }
        if let description = network.description { object["description"] = .string(description) }
        if let scenario { object["scenario"] = .string(scenario) }
        let actorMetrics = metrics.actorMetrics
        let columns = actorMetrics.map { metrics.column($0) }
        let sections = includesDiagnosis ? DiagnosisJSON.ActorSections(analysis) : nil
        let degrees = (0..<graph.nodeCount).map { graph.degree(of: $0) }
        let componentOfNode = summary.components.componentOfNode
        let actors = JSONStreamWriter.Array(count: network.actors.count) { i in
            let actor = network.actors[i]
            // Room for every member at once: the object is not rehashed as it grows.
            var entry: [String: JSONValue] = Dictionary(minimumCapacity: 32)
            entry["id"] = .string(actor.id)
            entry["name"] = .string(actor.name)
            entry["bloc"] = .optional(actor.bloc)
            entry["territories"] = .array(actor.territories.map { .string($0) })
            entry["sector"] = .optional(actor.sector)
            entry["degree"] = .int(degrees[i])
            entry["component"] = .int(componentOfNode[i])
            if let fullName = actor.fullName { entry["full_name"] = .string(fullName) }
            if !actor.attributes.isEmpty { entry["attributes"] = .object(actor.attributes.mapValues(JSONValue.init)) }
            if let evidence = actor.evidence { entry["evidence"] = JSONValue(evidence) }
            for (metric, column) in zip(actorMetrics, columns) { entry[metric.rawValue] = MetricsJSON.value(column, at: i) }
            if let sections { DiagnosisJSON.actor(sections, i, into: &entry) }
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
        let ties = JSONStreamWriter.Array(count: network.ties.count) { k in
            let t = network.ties[k]
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
            "arrangements": .array(arrangements),
            "blocs": .array(network.blocsInUse.map { ["id": .string($0.id), "name": .string($0.name)] }),
            "sources": .array(network.sources.map { s in
                ["id": .string(s.id), "title": .string(s.title), "author": .optional(s.author), "date": .optional(s.date),
                 "file": .optional(s.file), "url": .optional(s.url)]
            }),
            "scenarios": .array(network.scenarios.map { s in
                ["id": .string(s.id), "name": .string(s.name), "description": .optional(s.description)]
            }),
        ]
        if includesDiagnosis { document.merge(DiagnosisJSON.sections(analysis)) { _, new in new } }
        return (document, ["actors": actors, "ties": ties])
    }
}

/// The JSON shapes of ``NetworkMetrics``.
enum MetricsJSON {
    /// A metric's value at node `v` (`null` when not computed).
    static func value(_ column: MetricColumn?, at v: Int) -> JSONValue {
        switch column {
        case .integers(let values): return .int(values[v])
        case .reals(let values): return .number(values[v])
        case .flags(let values): return .bool(values[v])
        case nil: return .null
        }
    }

    /// The network-level values, ids given by `id(of:)`.
    static func network(_ metrics: NetworkMetrics, id: (Int) -> String) -> [String: JSONValue] {
        var object: [String: JSONValue] = [
            "actors": .int(metrics.nodeCount),
            "ties": .int(metrics.edgeCount),
            "directed": .bool(metrics.isDirected),
            "weighted": .bool(metrics.options.weighted),
            "density": .number(metrics.density),
            "components": .int(metrics.components),
            "largest_component": .int(metrics.largestComponent),
            "isolates": .int(metrics.isolates.count),
            "isolate_ids": .array(metrics.isolates.map { .string(id($0)) }),
            "transitivity": .number(metrics.transitivity),
            "average_clustering": .number(metrics.averageClustering),
            "degree_centralization": .number(metrics.degreeCentralization),
            "articulation_points": .array(metrics.articulationPoints.map { .string(id($0)) }),
            "bridges": .array(metrics.bridges.map { .array([.string(id($0.first)), .string(id($0.second))]) }),
            "assortativity": metrics.assortativity.map(JSONValue.number) ?? .null,
        ]
        if let diameter = metrics.diameter { object["diameter"] = .number(diameter) }
        if let averageDistance = metrics.averageDistance { object["average_distance"] = .number(averageDistance) }
        if let centralization = metrics.betweennessCentralization { object["betweenness_centralization"] = .number(centralization) }
        if case .undefined(let reason) = metrics.eigenvectorStatus {
            // JSON values that are words stay in English, like the keys.
            object["eigenvector_undefined"] = .string(Language.en.text(.eigenvectorReason(reason)))
        }
        switch metrics.eigenvectorStatus {
        case .dominantComponents(let actors, let count, _)?:
            // Disconnected: the leading eigenvector of the whole network, non-zero on `count` component(s).
            object["eigenvector_scope"] = .string(EigenvectorScope.leading.rawValue)
            object["eigenvector_nonzero_components"] = .int(count)
            object["eigenvector_nonzero_actors"] = .int(actors)
        case .perComponent?:
            object["eigenvector_scope"] = .string(EigenvectorScope.perComponent.rawValue)
        default:
            break
        }
        if let sampled = metrics.sampledSources {
            object["betweenness_sampled_sources"] = .int(sampled)
            object["betweenness_seed"] = .int(Int(metrics.options.seed))
        }
        return object
    }
}

extension JSONValue {
    /// An attribute value: whole numbers as integers.
    init(_ value: AttributeValue) {
        switch value {
        case .string(let s): self = .string(s)
        case .number(let x): self = x == x.rounded() && abs(x) < 1e15 ? .int(Int(x)) : .number(x)
        case .bool(let b): self = .bool(b)
        }
    }

    /// An evidence record.
    init(_ evidence: Evidence) {
        var object: [String: JSONValue] = ["status": .string(evidence.status.rawValue)]
        if let source = evidence.source { object["source"] = .string(source) }
        if let quote = evidence.quote { object["quote"] = .string(quote) }
        if let reason = evidence.reason { object["reason"] = .string(reason) }
        self = .object(object)
    }

    /// A real number, `null` when undefined or not finite.
    static func real(_ x: Double?) -> JSONValue { x.map { $0.isFinite ? .number($0) : .null } ?? .null }
}
