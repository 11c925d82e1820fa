/// A stakeholder network: actors, the arrangements that join many of them at once, pairwise ties, the sources
/// that document them, and named what-if scenarios.
///
/// `Network` is the editable model. Metrics read its compact projection, ``ActorGraph``, built once by
/// ``actorGraph()``; the two-mode actor × arrangement view is ``affiliations()``.
public struct Network: Sendable, Hashable {
    /// The network's title.
    public var name: String
    /// One paragraph about the network.
    public var description: String?
    /// Whether ties are arcs (`source → target`). In an undirected network every tie is symmetric.
    public var isDirected: Bool
    /// The documents cited by evidence.
    public var sources: [SourceDocument]
    /// The declared blocs, in display order. Empty when the file declares none.
    public var blocs: [Bloc]
    /// The declared territories (communes, provinces, the region), in display order. Empty when the file declares
    /// none; then actors' and arrangements' `territories` are free names.
    public var territories: [Territory]
    /// The actors; in the actor graph, node `i` is `actors[i]`.
    public var actors: [Actor]
    /// The multi-party arrangements, each joining several actors at once.
    public var arrangements: [Arrangement]
    /// The pairwise ties.
    public var ties: [Tie]
    /// The named what-if change sets.
    public var scenarios: [Scenario]
    /// The shared indicator board: what is measured, and who produces, owns, validates and uses each figure.
    public var indicators: [Indicator]
    /// The ordered phases of a roadmap, each made of scenarios that add up from phase to phase (``RoadmapPhase``).
    public var roadmap: [RoadmapPhase]

    /// Creates a network; it is not validated until `validate()` or `validationIssues()` is called.
    ///
    /// - Parameters:
    ///   - name: The title.
    ///   - description: One paragraph, if any.
    ///   - directed: Whether ties are arcs `source → target`; a tie can still say `directed: false`.
    ///   - sources: The documents cited by evidence.
    ///   - blocs: The declared blocs, in display order.
    ///   - territories: The declared territories, in display order.
    ///   - actors: The actors.
    ///   - arrangements: The multi-party arrangements.
    ///   - ties: The pairwise ties.
    ///   - scenarios: The named what-if change sets.
    ///   - indicators: The shared indicator board.
    ///   - roadmap: The ordered phases of a roadmap.
    public init(name: String, description: String? = nil, directed: Bool = false, sources: [SourceDocument] = [],
                blocs: [Bloc] = [], territories: [Territory] = [], actors: [Actor] = [], arrangements: [Arrangement] = [], ties: [Tie] = [],
                scenarios: [Scenario] = [], indicators: [Indicator] = [], roadmap: [RoadmapPhase] = []) {
        self.name = name
        self.description = description
        self.isDirected = directed
        self.sources = sources
        self.blocs = blocs
        self.territories = territories
        self.actors = actors
        self.arrangements = arrangements
        self.ties = ties
        self.scenarios = scenarios
        self.indicators = indicators
        self.roadmap = roadmap
    }

    /// The actor with the given id.
    ///
    /// - Parameter id: An actor id.
    /// - Returns: The first actor with that id, or `nil`.
    /// - Complexity: O(n) for n actors; for repeated lookups use `ActorGraph.index(of:)`.
    public func actor(_ id: String) -> Actor? { actors.first { $0.id == id } }

    /// The arrangement with the given id.
    ///
    /// - Parameter id: An arrangement id.
    /// - Returns: The first arrangement with that id, or `nil`.
    /// - Complexity: O(a) for a arrangements.
    public func arrangement(_ id: String) -> Arrangement? { arrangements.first { $0.id == id } }

    /// The scenario with the given id.
    ///
    /// - Parameter id: A scenario id.
    /// - Returns: The first scenario with that id, or `nil`.
    /// - Complexity: O(s) for s scenarios.
    public func scenario(_ id: String) -> Scenario? { scenarios.first { $0.id == id } }

    /// Whether a tie is symmetric in this network (it is unless the network is directed and the tie is not
    /// marked `directed: false`).
    ///
    /// - Parameter tie: A tie of this network.
    /// - Returns: Whether the tie counts both ways.
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
    /// Scenarios are checked only when the base network has no problem, so a base problem is not reported again for
    /// each scenario.
    ///
    /// - Returns: every problem found, each with the path of the offending element (e.g. `ties[3].target`).
    public func validationIssues() -> [ValidationIssue] {
        NetworkValidator(network: self).issues()
    }

    /// Throws the first consistency problem, if any (see ``validationIssues()``).
    ///
    /// - Throws: The first `ValidationIssue` that `validationIssues()` finds.
    public func validate() throws(ValidationIssue) {
        if let first = validationIssues().first { throw first }
    }

    /// The network after a named scenario's changes.
    ///
    /// The changes apply in the order remove, leave, add, join, and the result is validated like a loaded network
    /// (see `applying(_:at:)`).
    ///
    /// - Parameter id: The id of one of `scenarios`.
    /// - Returns: The changed network, without scenarios.
    /// - Throws: A `ValidationIssue`: `unknownScenario` when no scenario has that id, or the problem of a change
    ///   that names a missing element or leaves the network inconsistent, with its path in the file.
    public func applying(scenarioNamed id: String) throws(ValidationIssue) -> Network {
        guard let index = scenarios.firstIndex(where: { $0.id == id }) else {
            throw ValidationIssue(path: ["scenarios"], problem: .unknownScenario(id, available: scenarios.map(\.id)))
        }
        return try applying(scenarios[index], at: ["scenarios", .index(index)])
    }
}
