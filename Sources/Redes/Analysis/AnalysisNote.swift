/// Something the analysis left out, and why; presenters put it in words.
public enum AnalysisNote: Sendable, Hashable {
    /// No actor has a value for the grouping attribute: brokerage roles, E-I and mixing need groups.
    case noGroups(attribute: String)
    /// More actors than `limit`: DF without each actor (one all-pairs pass per actor) was skipped.
    case removalSkipped(limit: Int)
    /// More actors than `limit`: the key-player search was skipped.
    case keyPlayersSkipped(limit: Int)
    /// The network is disconnected: eigenvector centrality is the leading eigenvector of the whole network, non-zero
    /// only on the `count` component(s) with the largest eigenvalue (`actors` actors), 0 on the other components
    /// (`components` in all).
    case eigenvectorDominantComponents(actors: Int, count: Int, components: Int)
    /// Actors without a value for the grouping attribute (ids in file order), and what the group measures did with
    /// them.
    case missingGroupValues(attribute: String, actors: [String], handling: MissingGroup)
    /// The network is disconnected and eigenvector centrality was normalised within each of its `components`.
    case eigenvectorPerComponent(components: Int)
}
