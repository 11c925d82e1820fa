/// The per-actor metrics Redes computes, by their JSON and CSV keys.
public enum ActorMetric: String, Sendable, CaseIterable, Hashable {
    case degree
    case inDegree = "in_degree"
    case outDegree = "out_degree"
    case degreeCentrality = "degree_centrality"
    case strength
    case betweenness
    case closeness
    case harmonic
    case eigenvector
    case pagerank
    case clustering
    case coreNumber = "core_number"
    case articulationPoint = "articulation_point"
    case component

    /// Whether the metric needs shortest paths from every actor (O(n·m) time).
    public var needsAllPairs: Bool { self == .betweenness || self == .closeness || self == .harmonic }
}

/// How to compute the metrics.
public struct MetricOptions: Sendable {
    /// Read weights as tie strengths: shortest paths use length 1/weight; strength, eigenvector, PageRank, clustering
    /// and assortativity use the weight itself. Unweighted by default, like NetworkX with `weight=None`.
    public var weighted: Bool
    /// The per-actor metrics wanted; nil for all of them.
    public var metrics: Set<ActorMetric>?
    /// Called from any thread with the fraction done of the all-pairs shortest-path pass (the slow part).
    public var progress: (@Sendable (Double) -> Void)?
    /// Estimate betweenness from this many sampled sources (Brandes & Pich 2007) instead of all of them; closeness,
    /// harmonic, diameter and average distance, which need every source, are then left out.
    public var sampleSize: Int?
    public var seed: UInt64
    /// How eigenvector centrality treats a disconnected network (NetworkX's leading eigenvector by default).
    public var eigenvectorScope: EigenvectorScope

    public init(weighted: Bool = false, metrics: Set<ActorMetric>? = nil, progress: (@Sendable (Double) -> Void)? = nil,
                sampleSize: Int? = nil, seed: UInt64 = 1, eigenvectorScope: EigenvectorScope = .leading) {
        self.eigenvectorScope = eigenvectorScope
        self.weighted = weighted
        self.metrics = metrics
        self.progress = progress
        self.sampleSize = sampleSize
        self.seed = seed
    }


    /// Whether `metric` is requested.
    public func wants(_ metric: ActorMetric) -> Bool { metrics?.contains(metric) ?? true }
}

/// Every network metric of a graph, computed once, with NetworkX 3.x conventions as the contract.
///
/// Per-actor values are arrays indexed by node; a metric not requested is nil. Each metric's definition, direction,
/// weights, disconnected case and reference are documented at the function that computes it: see ``Graph``'s
/// `betweennessCentrality`, `closenessCentrality`, `harmonicCentrality`, ``Graph/eigenvectorCentrality(weighted:)``,
/// ``Graph/pageRank(alpha:tolerance:weighted:maxIterations:)``, ``Graph/clustering(weighted:)``,
/// ``Graph/coreNumbers()``, ``CutPoints`` and ``Components``.
public struct NetworkMetrics: Sendable {
    public let options: MetricOptions
    public let nodeCount: Int
    public let edgeCount: Int
    public let isDirected: Bool

    // Per actor.
    public var degree: [Int]?
    public var inDegree: [Int]?
    public var outDegree: [Int]?
    /// deg / (n − 1) (in + out for directed), as NetworkX `degree_centrality`; 1 when n = 1.
    public var degreeCentrality: [Double]?
    /// Sum of tie strengths (in + out for directed); the degree when unweighted.
    public var strength: [Double]?
    /// Normalised as NetworkX `betweenness_centrality` (see ``NetworkMetrics/betweenness``).
    public var betweenness: [Double]?
    public var closeness: [Double]?
    public var harmonic: [Double]?
    /// nil when undefined (see ``Graph/eigenvectorCentrality(weighted:)`` and ``eigenvectorStatus``).
    public var eigenvector: [Double]?
    /// Whether the eigenvector centrality is defined, and why not; nil when it was not requested.
    public var eigenvectorStatus: EigenvectorStatus?
    /// When betweenness was estimated from sampled sources: how many.
    public var sampledSources: Int?
    public var pagerank: [Double]?
    public var clustering: [Double]?
    public var coreNumber: [Int]?
    public var articulationPoint: [Bool]?
    public var component: [Int]?

    // Network level.
    public var density = 0.0
    public var components = 0
    public var largestComponent = 0
    public var isolates: [Int] = []
    public var transitivity = 0.0
    public var averageClustering = 0.0
    /// Over the largest component (largest strongly connected component when directed); nil if not computed.
    public var diameter: Double?
    public var averageDistance: Double?
    public var degreeCentralization = 0.0
    public var betweennessCentralization: Double?
    public var articulationPoints: [Int] = []
    public var bridges: [NodePair] = []
    public var assortativity: Double?

    /// Computes the requested metrics of `graph`.
    ///
    /// **Betweenness**: c_B(v) = Σ_{s≠v≠t} σ_st(v)/σ_st (Brandes 2001), normalised by 1/((n−1)(n−2)) over ordered pairs
    /// — NetworkX's `normalized=True` for directed and undirected graphs alike (for undirected graphs this equals
    /// 2/((n−1)(n−2)) times the count over unordered pairs). n ≤ 2 gives 0.
    /// **Closeness**: Wasserman–Faust improved closeness, NetworkX's default: c(v) = (r−1)/Σ_u d(u,v) · (r−1)/(n−1),
    /// r the number of nodes that reach v (v included), using *incoming* distances on a directed graph; 0 when
    /// nothing reaches v. **Harmonic**: Σ_{u≠v} 1/d(u,v) (incoming on a directed graph; 1/∞ = 0), not normalised,
    /// as NetworkX `harmonic_centrality`. Weighted shortest paths use length 1/weight.
    /// **Centralizations**: Freeman's, normalised by the star graph, as R sna `centralization(normalize=TRUE)`, on the
    /// unweighted graph: degree (in + out when directed) over (n−1)(n−2) undirected, 2(n−1)(n−2) directed;
    /// betweenness (raw, unordered pairs when undirected) over (n−1)²(n−2)/2 undirected, (n−1)²(n−2) directed.
    /// **Complexity**: O(n·m) (unweighted) or O(n·m log n) (weighted) for the shortest-path metrics, parallel over
    /// sources; the rest O(m) or O(Σ d²) (clustering).
    public init(_ graph: Graph, options: MetricOptions = MetricOptions()) {
        self.init(graph, options: options, paths: nil)
    }

    /// The all-pairs pass these options need, with what F and DF need added when `forFragmentation` (harmonic sums,
    /// incoming reach on a directed graph), so that one pass serves the metrics and the fragmentation; nil when no
    /// path metric is wanted. Sampled options give a pass over the sampled sources.
    static func pathRequest(_ graph: Graph, options: MetricOptions, forFragmentation: Bool) -> ShortestPathRequest? {
        let n = graph.nodeCount
        let wantsPaths = options.metrics == nil || ActorMetric.allCases.contains { $0.needsAllPairs && options.wants($0) }
        guard wantsPaths || forFragmentation else { return nil }
        if let sample = options.sampleSize,
           let sources = ShortestPaths.sampledSources(nodeCount: n, sampleSize: sample, seed: options.seed) {
            return ShortestPathRequest(betweenness: wantsPaths && options.wants(.betweenness),
                                       closeness: forFragmentation && graph.isDirected,
                                       harmonic: forFragmentation, weighted: options.weighted,
                                       progress: options.progress, sources: sources)
        }
        var mask: [Bool]?
        if wantsPaths {
            let largest = graph.isDirected ? (StrongComponents(graph).members.first ?? []) : (Components(graph).members.first ?? [])
            var component = [Bool](repeating: false, count: n)
            for v in largest { component[v] = true }
            mask = component
        }
        return ShortestPathRequest(betweenness: wantsPaths, closeness: (wantsPaths && options.wants(.closeness)) || (forFragmentation && graph.isDirected),
                                   harmonic: (wantsPaths && options.wants(.harmonic)) || forFragmentation, component: mask,
                                   weighted: options.weighted, progress: options.progress)
    }

    /// Computes the metrics, taking the all-pairs sums from `paths` when given (a pass made by
    /// ``pathRequest(_:options:forFragmentation:)``).
    init(_ graph: Graph, options: MetricOptions, paths: ShortestPathSums?) {
        self.options = options
        let n = graph.nodeCount
        nodeCount = n
        edgeCount = graph.edgeCount
        isDirected = graph.isDirected
        let weighted = options.weighted

        let degrees = (0..<n).map { graph.degree(of: $0) }
        if options.wants(.degree) { degree = degrees }
        if graph.isDirected {
            if options.wants(.inDegree) { inDegree = (0..<n).map { graph.inDegree(of: $0) } }
            if options.wants(.outDegree) { outDegree = (0..<n).map { graph.outDegree(of: $0) } }
        }
        if options.wants(.degreeCentrality) {
            degreeCentrality = degrees.map { n > 1 ? Double($0) / Double(n - 1) : 1 }
        }
        if options.wants(.strength) {
            var s = [Double](repeating: 0, count: n)
            for e in 0..<graph.edgeCount {
                let w = weighted ? graph.edgeWeights[e] : 1
                s[Int(graph.edgeSources[e])] += w
                s[Int(graph.edgeTargets[e])] += w
            }
            strength = s
        }
        let connected = Components(graph)
        if options.wants(.component) { component = connected.componentOfNode }
        components = connected.count
        largestComponent = connected.largestSize
        isolates = graph.isolates
        density = graph.density

        // All-pairs shortest paths: one pass for betweenness, closeness, harmonic, diameter and average distance.
        if let request = NetworkMetrics.pathRequest(graph, options: options, forFragmentation: false) {
            let sums = paths ?? ShortestPaths.run(graph, request)
            if let sources = request.sources {
                if options.wants(.betweenness) { betweenness = sums.normalizedBetweenness(nodeCount: n, sources: sources.count) }
                sampledSources = sources.count
            } else {
                if options.wants(.betweenness) { betweenness = sums.normalizedBetweenness(nodeCount: n) }
                if options.wants(.closeness) { closeness = sums.closeness(nodeCount: n) }
                if options.wants(.harmonic) { harmonic = sums.harmonic }
                let c = Double(request.component?.count { $0 } ?? 0)
                diameter = sums.componentDiameter
                averageDistance = c > 1 ? sums.componentDistanceSum / (c * (c - 1)) : 0
                // Freeman betweenness centralization uses unweighted raw betweenness, as sna.
                var raw = sums.betweenness
                if weighted {
                    raw = ShortestPaths.run(graph, ShortestPathRequest(betweenness: true)).betweenness
                }
                if !graph.isDirected { raw = raw.map { $0 / 2 } }
                if n > 2, let top = raw.max() {
                    let deficit = raw.reduce(0) { $0 + (top - $1) }
                    let nn = Double(n)
                    betweennessCentralization = deficit / (graph.isDirected ? (nn - 1) * (nn - 1) * (nn - 2) : (nn - 1) * (nn - 1) * (nn - 2) / 2)
                }
            }
        }
        if n > 2, let top = degrees.max() {
            let deficit = degrees.reduce(0.0) { $0 + Double(top - $1) }
            let nn = Double(n)
            degreeCentralization = deficit / (graph.isDirected ? 2 * (nn - 1) * (nn - 2) : (nn - 1) * (nn - 2))
        }
        if options.wants(.eigenvector) {
            let centrality = graph.eigenvectorCentrality(weighted: weighted, scope: options.eigenvectorScope)
            eigenvector = centrality.values
            eigenvectorStatus = centrality.status
        }
        if options.wants(.pagerank) { pagerank = graph.pageRank(weighted: weighted) }
        let localClustering = graph.clustering(weighted: weighted)
        if options.wants(.clustering) { clustering = localClustering }
        averageClustering = n > 0 ? localClustering.reduce(0, +) / Double(n) : 0
        transitivity = graph.transitivity
        if options.wants(.coreNumber) { coreNumber = graph.coreNumbers() }
        let cuts = CutPoints(graph)
        if options.wants(.articulationPoint) { articulationPoint = cuts.isArticulationPoint }
        articulationPoints = (0..<n).filter { cuts.isArticulationPoint[$0] }
        bridges = cuts.bridges.map { NodePair(first: $0.0, second: $0.1) }
        assortativity = graph.degreeAssortativity(weighted: weighted)
    }

    /// The values of a per-actor metric, typed; nil when it was not computed (or is undefined, as the eigenvector
    /// of a disconnected graph).
    ///
    /// - Parameter metric: the metric.
    /// - Returns: one value per node, or nil.
    public func column(_ metric: ActorMetric) -> MetricColumn? {
        switch metric {
        case .degree: return degree.map(MetricColumn.integers)
        case .inDegree: return inDegree.map(MetricColumn.integers)
        case .outDegree: return outDegree.map(MetricColumn.integers)
        case .degreeCentrality: return degreeCentrality.map(MetricColumn.reals)
        case .strength: return strength.map(MetricColumn.reals)
        case .betweenness: return betweenness.map(MetricColumn.reals)
        case .closeness: return closeness.map(MetricColumn.reals)
        case .harmonic: return harmonic.map(MetricColumn.reals)
        case .eigenvector: return eigenvector.map(MetricColumn.reals)
        case .pagerank: return pagerank.map(MetricColumn.reals)
        case .clustering: return clustering.map(MetricColumn.reals)
        case .coreNumber: return coreNumber.map(MetricColumn.integers)
        case .articulationPoint: return articulationPoint.map(MetricColumn.flags)
        case .component: return component.map(MetricColumn.integers)
        }
    }

    /// The value of a per-actor metric at node `v` as a number (flags as 0 or 1); nil when not computed.
    ///
    /// - Parameters:
    ///   - metric: the metric.
    ///   - v: the node.
    /// - Returns: the value, or nil.
    public func number(_ metric: ActorMetric, at v: Int) -> Double? { column(metric)?.number(at: v) }

    /// The per-actor metrics that apply to this graph and were requested, in a fixed order.
    public var actorMetrics: [ActorMetric] {
        ActorMetric.allCases.filter { metric in
            guard options.wants(metric) else { return false }
            if metric == .inDegree || metric == .outDegree { return isDirected }
            return true
        }
    }

}

/// The values of one per-actor metric, typed.
public enum MetricColumn: Sendable, Hashable {
    case integers([Int])
    case reals([Double])
    case flags([Bool])

    /// The value at node `v` as a number (a flag as 0 or 1).
    public func number(at v: Int) -> Double {
        switch self {
        case .integers(let values): return Double(values[v])
        case .reals(let values): return values[v]
        case .flags(let values): return values[v] ? 1 : 0
        }
    }
}

/// Whether eigenvector centrality is defined on a graph, and what its values mean.
public enum EigenvectorStatus: Sendable, Hashable {
    /// A connected (strongly connected when directed) graph: the leading eigenvector, unique.
    case defined
    /// A disconnected graph, scope ``EigenvectorScope/leading``: the leading eigenvector of the whole graph, non-zero
    /// only on the `count` component(s) with the largest eigenvalue (`actors` actors in all), zero on the other
    /// components (`components` in all, isolates included).
    case dominantComponents(actors: Int, count: Int, components: Int)
    /// A disconnected graph, scope ``EigenvectorScope/perComponent``: each of the `components` components normalised
    /// on its own.
    case perComponent(components: Int)
    case undefined(EigenvectorUndefined)
}

/// Why eigenvector centrality is undefined.
public enum EigenvectorUndefined: Sendable, Hashable {
    /// The graph has no edge.
    case noTies
    /// A directed graph that is not strongly connected.
    case notStronglyConnected
    /// The iteration did not converge in its limit.
    case notConverged
}

/// Two nodes, by position (a bridge, a suggested tie).
public struct NodePair: Sendable, Hashable {
    public let first: Int
    public let second: Int

    public init(first: Int, second: Int) {
        self.first = first
        self.second = second
    }
}
