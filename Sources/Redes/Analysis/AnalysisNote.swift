/// Something the analysis left out, and why; presenters put it in words.
public enum AnalysisNote: Sendable, Hashable {
    /// No actor has a value for the grouping attribute: brokerage roles, E-I and mixing need groups.
    case noGroups(attribute: String)
    /// More actors than `limit`: DF without each actor (one all-pairs pass per actor) was skipped.
    case removalSkipped(limit: Int)
    /// More actors than `limit`: the key-player search was skipped.
    case keyPlayersSkipped(limit: Int)
}
