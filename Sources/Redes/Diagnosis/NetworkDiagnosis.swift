/// Options of the fragmentation and coordination diagnosis.
public struct DiagnosisOptions: Sendable {
    /// The actor attribute that defines groups for brokerage, E-I and mixing (`bloc` by default).
    public var groupBy: String
    public var weighted: Bool
    /// Key-player set size.
    public var keyPlayers: Int
    /// Permutations of the E-I test.
    public var permutations: Int
    public var seed: UInt64
    /// Jaccard similarity from which two arrangements count as overlapping.
    public var overlapThreshold: Double
    /// Networks larger than this skip the key-player search, with a note.
    public var sizeLimit: Int
    /// Compute F and DF without each actor (off for quick before/after comparisons).
    public var actorRemoval: Bool
    /// Estimate DF from this many sampled sources (very large networks).
    public var sampleSize: Int?

    public init(groupBy: String = "bloc", weighted: Bool = false, keyPlayers: Int = 2, permutations: Int = 1000,
                seed: UInt64 = 1, overlapThreshold: Double = 0.5, sizeLimit: Int = 2000, actorRemoval: Bool = true,
                sampleSize: Int? = nil) {
        self.actorRemoval = actorRemoval
        self.sampleSize = sampleSize
        self.groupBy = groupBy
        self.weighted = weighted
        self.keyPlayers = keyPlayers
        self.permutations = permutations
        self.seed = seed
        self.overlapThreshold = overlapThreshold
        self.sizeLimit = sizeLimit
    }
}

/// The fragmentation and coordination diagnosis of a stakeholder network, every section computed: Borgatti's
/// fragmentation and key players, Burt's structural holes, Gould–Fernandez brokerage, bloc cohesion (E-I, mixing,
/// modularity), Louvain communities against the blocs, and the redundancy of arrangements. Each part is documented at
/// its own type. It is read from a ``NetworkAnalysis`` (``NetworkAnalysis/diagnosis``), which computes each section
/// once; code that needs only some sections reads them from the analysis directly.
public struct NetworkDiagnosis: Sendable {
    public let options: DiagnosisOptions
    public let fragmentation: Fragmentation
    /// F without each actor; nil when ``DiagnosisOptions/actorRemoval`` is off.
    public let fragmentationIfRemoved: [Double]?
    /// DF without each actor; nil when actor removal is off or the network is large.
    public let distanceFragmentationIfRemoved: [Double]?
    public let structuralHoles: StructuralHoles
    /// Nil when the actors have no values for the grouping attribute.
    public let brokerage: Brokerage?
    public let cohesion: GroupCohesion?
    public let eiPermutation: EIPermutationTest?
    public let communities: LouvainCommunities
    public let communityAgreement: PartitionAgreementScore?
    /// How the communities match each actor attribute present (bloc, territory, sector): NMI and ARI.
    public let communityAgreementByAttribute: [AttributeAgreement]
    public let negativeKeyPlayers: KeyPlayerSearch?
    public let positiveKeyPlayers: KeyPlayerSearch?
    public let redundancy: RedundancyAnalysis
    /// What was skipped and why.
    public let notes: [AnalysisNote]
    /// The ids of the network's arrangements, for output.
    public let arrangementIDs: [String]

    /// The diagnosis of an actor graph.
    ///
    /// - Parameters:
    ///   - projection: the actor graph.
    ///   - options: the options of the diagnosis (the metrics it reads are all computed).
    /// - Complexity: see ``NetworkAnalysis``; the costliest parts are DF without each actor, O(n²·m), and the
    ///   key-player search.
    public init(_ projection: ActorGraph, options: DiagnosisOptions = DiagnosisOptions()) {
        self = NetworkAnalysis(projection, options: AnalysisOptions(options)).diagnosis
    }

    /// Every section of `analysis`.
    init(analysis: NetworkAnalysis) {
        options = analysis.options.diagnosisOptions
        fragmentation = analysis.fragmentation
        fragmentationIfRemoved = analysis.fragmentationIfRemoved
        distanceFragmentationIfRemoved = analysis.distanceFragmentationIfRemoved
        structuralHoles = analysis.structuralHoles
        brokerage = analysis.brokerage
        cohesion = analysis.cohesion
        eiPermutation = analysis.eiPermutation
        communities = analysis.communities
        communityAgreement = analysis.communityAgreement
        communityAgreementByAttribute = analysis.communityAgreementByAttribute
        negativeKeyPlayers = analysis.negativeKeyPlayers
        positiveKeyPlayers = analysis.positiveKeyPlayers
        redundancy = analysis.redundancy
        notes = analysis.notes
        arrangementIDs = analysis.network.arrangements.map(\.id)
    }
}
