/// How to analyse a network: the options of the metrics and of the diagnosis together, so that the parts that can
/// share work (one all-pairs pass for betweenness, closeness, harmonic, F and DF) do.
public struct AnalysisOptions: Sendable {
    /// Read weights as tie strengths (see ``MetricOptions/weighted``); the diagnosis uses the same setting.
    public var weighted: Bool
    /// The per-actor metrics wanted; nil for all of them.
    public var metrics: Set<ActorMetric>?
    /// Called from any thread with the fraction done of the all-pairs pass.
    public var progress: (@Sendable (Double) -> Void)?
    /// Estimate betweenness and DF from this many sampled sources (Brandes & Pich 2007); nil for exact values.
    public var sampleSize: Int?
    /// The seed of the sample, the E-I permutations, Louvain and the key-player restarts.
    public var seed: UInt64
    /// The actor attribute that defines groups for brokerage, E-I and mixing.
    public var groupBy: String
    /// Key-player set size (0: none).
    public var keyPlayers: Int
    /// Permutations of the E-I test (0: no test).
    public var permutations: Int
    /// Jaccard similarity from which two arrangements count as overlapping.
    public var overlapThreshold: Double
    /// Networks larger than this skip the key-player search.
    public var sizeLimit: Int
    /// Compute F and DF without each actor.
    public var actorRemoval: Bool
    /// How eigenvector centrality treats a disconnected network.
    public var eigenvectorScope: EigenvectorScope
    /// What the group measures do with actors that have no value for ``groupBy`` (pooled, as sna, by default).
    public var missingGroup: MissingGroup

    public init(weighted: Bool = false, metrics: Set<ActorMetric>? = nil, progress: (@Sendable (Double) -> Void)? = nil,
                sampleSize: Int? = nil, seed: UInt64 = 1, groupBy: String = "bloc", keyPlayers: Int = 2,
                permutations: Int = 1000, overlapThreshold: Double = 0.5, sizeLimit: Int = 2000, actorRemoval: Bool = true,
                eigenvectorScope: EigenvectorScope = .leading, missingGroup: MissingGroup = .pool) {
        self.eigenvectorScope = eigenvectorScope
        self.missingGroup = missingGroup
        self.weighted = weighted
        self.metrics = metrics
        self.progress = progress
        self.sampleSize = sampleSize
        self.seed = seed
        self.groupBy = groupBy
        self.keyPlayers = keyPlayers
        self.permutations = permutations
        self.overlapThreshold = overlapThreshold
        self.sizeLimit = sizeLimit
        self.actorRemoval = actorRemoval
    }

    /// The analysis options of a diagnosis (all metrics, the diagnosis' weights, sample and seed).
    public init(_ diagnosis: DiagnosisOptions) {
        self.init(weighted: diagnosis.weighted, sampleSize: diagnosis.sampleSize, seed: diagnosis.seed,
                  groupBy: diagnosis.groupBy, keyPlayers: diagnosis.keyPlayers, permutations: diagnosis.permutations,
                  overlapThreshold: diagnosis.overlapThreshold, sizeLimit: diagnosis.sizeLimit,
                  actorRemoval: diagnosis.actorRemoval)
    }

    /// The options of the metrics.
    public var metricOptions: MetricOptions {
        MetricOptions(weighted: weighted, metrics: metrics, progress: progress, sampleSize: sampleSize, seed: seed,
                      eigenvectorScope: eigenvectorScope)
    }

    /// The options of the diagnosis.
    public var diagnosisOptions: DiagnosisOptions {
        DiagnosisOptions(groupBy: groupBy, weighted: weighted, keyPlayers: keyPlayers, permutations: permutations,
                         seed: seed, overlapThreshold: overlapThreshold, sizeLimit: sizeLimit,
                         actorRemoval: actorRemoval, sampleSize: sampleSize)
    }
}
