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
    /// Networks larger than this skip the O(n²·m) parts (DF without each actor, key players), with a note.
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

/// The fragmentation and coordination diagnosis of a stakeholder network: Borgatti's fragmentation and key players,
/// Burt's structural holes, Gould–Fernandez brokerage, bloc cohesion (E-I, mixing, modularity), Louvain communities
/// against the blocs, and the redundancy of arrangements. Each part is documented at its own type.
public struct NetworkDiagnosis: Sendable {
    public let options: DiagnosisOptions
    public let fragmentation: Fragmentation
    public let fragmentationIfRemoved: [Double]
    public let distanceFragmentationIfRemoved: [Double]?
    public let structuralHoles: StructuralHoles
    /// Nil when the actors have no values for the grouping attribute.
    public let brokerage: Brokerage?
    public let cohesion: GroupCohesion?
    public let eiPermutation: (atLeast: Double, atMost: Double)?
    public let communities: LouvainCommunities
    public let communityAgreement: (nmi: Double, ari: Double)?
    /// How the communities match each actor attribute present (bloc, territory, sector): NMI and ARI.
    public let communityAgreementByAttribute: [(attribute: String, nmi: Double, ari: Double)]
    public let negativeKeyPlayers: KeyPlayerSearch?
    public let positiveKeyPlayers: KeyPlayerSearch?
    public let redundancy: RedundancyAnalysis
    /// What was skipped and why.
    public let notes: [String]
    /// The ids of the network's arrangements, for output.
    public let arrangementIDs: [String]

    public init(_ projection: ActorGraph, options: DiagnosisOptions = DiagnosisOptions()) {
        self.options = options
        let graph = projection.graph
        let n = graph.nodeCount
        let small = n <= options.sizeLimit
        var notes: [String] = []
        fragmentation = Fragmentation(graph, weighted: options.weighted, sampleSize: options.sampleSize, seed: options.seed)
        fragmentationIfRemoved = options.actorRemoval ? graph.fragmentationIfRemoved() : []
        // DF without each actor is one all-pairs pass per actor: only for networks of a few hundred actors.
        distanceFragmentationIfRemoved = n <= 500 && options.actorRemoval
            ? graph.distanceFragmentationIfRemoved(weighted: options.weighted) : nil
        structuralHoles = StructuralHoles(graph, weighted: options.weighted)
        let labels = projection.network.actors.map { $0.value(of: options.groupBy) }
        if labels.contains(where: { $0 != nil }) {
            let partition = Partition(labels: labels)
            brokerage = Brokerage(graph, groupOfNode: partition.nodeLabels)
            cohesion = GroupCohesion(graph, partition: partition, weighted: options.weighted)
            eiPermutation = GroupCohesion.eiPermutationTest(graph, partition: partition, permutations: options.permutations,
                                                            seed: options.seed)
            communities = LouvainCommunities(graph, weighted: options.weighted, seed: options.seed)
            communityAgreement = (PartitionAgreement.normalizedMutualInformation(communities.communityOfNode, partition.groupOfNode),
                                  PartitionAgreement.adjustedRandIndex(communities.communityOfNode, partition.groupOfNode))
        } else {
            brokerage = nil; cohesion = nil; eiPermutation = nil; communityAgreement = nil
            communities = LouvainCommunities(graph, weighted: options.weighted, seed: options.seed)
            notes.append("no actor has a value for '\(options.groupBy)': brokerage roles, E-I and mixing need groups (--group-by)")
        }
        var byAttribute: [(attribute: String, nmi: Double, ari: Double)] = []
        for attribute in ["bloc", "territory", "sector"] {
            let values = projection.network.actors.map { $0.value(of: attribute) }
            guard values.contains(where: { $0 != nil }) else { continue }
            let groups = Partition(labels: values).groupOfNode
            byAttribute.append((attribute, PartitionAgreement.normalizedMutualInformation(communities.communityOfNode, groups),
                                PartitionAgreement.adjustedRandIndex(communities.communityOfNode, groups)))
        }
        communityAgreementByAttribute = byAttribute
        if n > 500 && options.actorRemoval { notes.append("more than 500 actors: DF without each actor skipped (one all-pairs pass per actor)") }
        if small && options.keyPlayers > 0 && options.keyPlayers < n {
            negativeKeyPlayers = KeyPlayerSearch(graph, size: options.keyPlayers, objective: .fragmentation, seed: options.seed)
            positiveKeyPlayers = KeyPlayerSearch(graph, size: options.keyPlayers, objective: .reach, seed: options.seed)
        } else {
            negativeKeyPlayers = nil; positiveKeyPlayers = nil
            if !small { notes.append("more than \(options.sizeLimit) actors: key players skipped; use `redes keyplayers`") }
        }
        redundancy = RedundancyAnalysis(projection, jaccardThreshold: options.overlapThreshold, groupBy: options.groupBy)
        self.notes = notes
        arrangementIDs = projection.network.arrangements.map(\.id)
    }
}
