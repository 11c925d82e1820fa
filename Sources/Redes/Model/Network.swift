/// A stakeholder network: actors, the arrangements that join many of them at once, pairwise ties, the sources
/// that document them, and named what-if scenarios.
///
/// `Network` is the editable model. Metrics read its compact projection, ``ActorGraph``, built once by
/// ``actorGraph()``; the two-mode actor × arrangement view is ``affiliations()``.
public struct Network: Sendable, Hashable {
    public var name: String
    public var description: String?
    /// Whether ties are arcs (`source → target`). In an undirected network every tie is symmetric.
    public var isDirected: Bool
    public var sources: [SourceDocument]
    /// The declared blocs, in display order. Empty when the file declares none.
    public var blocs: [Bloc]
    public var actors: [Actor]
    public var arrangements: [Arrangement]
    public var ties: [Tie]
    public var scenarios: [Scenario]

    public init(name: String, description: String? = nil, directed: Bool = false, sources: [SourceDocument] = [],
                blocs: [Bloc] = [], actors: [Actor] = [], arrangements: [Arrangement] = [], ties: [Tie] = [],
                scenarios: [Scenario] = []) {
        self.name = name
        self.description = description
        self.isDirected = directed
        self.sources = sources
        self.blocs = blocs
        self.actors = actors
        self.arrangements = arrangements
        self.ties = ties
        self.scenarios = scenarios
    }

    /// The actor with the given id.
    public func actor(_ id: String) -> Actor? { actors.first { $0.id == id } }

    /// The arrangement with the given id.
    public func arrangement(_ id: String) -> Arrangement? { arrangements.first { $0.id == id } }

    /// The scenario with the given id.
    public func scenario(_ id: String) -> Scenario? { scenarios.first { $0.id == id } }

    /// Whether a tie is symmetric in this network (it is unless the network is directed and the tie is not
    /// marked `directed: false`).
    public func isSymmetric(_ tie: Tie) -> Bool { !isDirected || tie.directed == false }

    /// The blocs in display order: the declared ones, then any used by actors but not declared, in order of
    /// first use.
    public var blocsInUse: [Bloc] {
        var result = blocs
        var known = Set(blocs.map(\.id))
        for actor in actors {
            if let bloc = actor.bloc, known.insert(bloc).inserted { result.append(Bloc(id: bloc)) }
        }
        return result
    }

    /// Checks the network's consistency: unique ids, known references, positive weights, complete evidence.
    ///
    /// - Returns: every problem found, each with the path of the offending element (e.g. `ties[3].target`).
    public func validationIssues() -> [ValidationIssue] {
        NetworkValidator(network: self).issues()
    }

    /// Throws the first consistency problem, if any (see ``validationIssues()``).
    public func validate() throws(ValidationIssue) {
        if let first = validationIssues().first { throw first }
    }

    /// The network after a named scenario's changes.
    public func applying(scenarioNamed id: String) throws(ValidationIssue) -> Network {
        guard let index = scenarios.firstIndex(where: { $0.id == id }) else {
            throw ValidationIssue(path: ["scenarios"], problem: .unknownScenario(id, available: scenarios.map(\.id)))
        }
        return try applying(scenarios[index], at: ["scenarios", .index(index)])
    }
}
