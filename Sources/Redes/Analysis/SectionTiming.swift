/// A part of a ``NetworkAnalysis`` that is computed once, on first read.
public enum AnalysisSection: String, Sendable, CaseIterable, Hashable {
    /// Actors by bloc, arrangements, components.
    case summary
    /// The shared all-pairs shortest-path pass (betweenness, closeness, harmonic, F, DF).
    case shortestPaths = "shortest_paths"
    /// The per-actor and network metrics other than the shared pass.
    case metrics
    case fragmentation
    case fragmentationIfRemoved = "fragmentation_if_removed"
    case distanceFragmentationIfRemoved = "distance_fragmentation_if_removed"
    case cutPoints = "cut_points"
    case structuralHoles = "structural_holes"
    case groups
    case brokerage
    case cohesion
    case eiPermutation = "ei_permutation"
    case communities
    case communityAgreement = "community_agreement"
    case keyPlayers = "key_players"
    case redundancy
    /// The indicator board: coverage, gaps and the data flow.
    case indicatorBoard = "indicator_board"
    /// Putting the diagnosis together from the other sections.
    case diagnosis
}

/// The time one section of an analysis took on its own (``NetworkAnalysis/timings``).
public struct SectionTiming: Sendable, Hashable {
    /// The section.
    public let section: AnalysisSection
    /// Wall-clock seconds spent computing it, without the sections it read (they have their own entries).
    public let seconds: Double
}
