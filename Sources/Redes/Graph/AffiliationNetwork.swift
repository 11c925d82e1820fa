/// The two-mode view of a network: actors on one side, arrangements on the other, and an edge for each membership
/// (the bipartite incidence structure of Borgatti & Everett 1997, "Network analysis of 2-mode data").
public struct AffiliationNetwork: Sendable {
    /// Actor ids, indexed as in ``Network/actors``.
    public let actorIDs: [String]
    /// Arrangement ids, indexed as in ``Network/arrangements``.
    public let arrangementIDs: [String]
    /// For each arrangement, the indices of its member actors, in the order listed.
    public let membersOfArrangement: [[Int]]
    /// For each actor, the indices of the arrangements it belongs to, ascending.
    public let arrangementsOfActor: [[Int]]

    /// The memberships of `network`.
    ///
    /// Members that name no actor are skipped; a validated network has none.
    ///
    /// - Parameter network: The network whose arrangements are read.
    /// - Complexity: O(n + Σ_a k_a) for n actors and arrangements of k_a members.
    public init(_ network: Network) {
        actorIDs = network.actors.map(\.id)
        arrangementIDs = network.arrangements.map(\.id)
        var index: [String: Int] = [:]
        for (i, id) in actorIDs.enumerated() where index[id] == nil { index[id] = i }
        membersOfArrangement = network.arrangements.map { $0.members.compactMap { index[$0] } }
        var byActor = [[Int]](repeating: [], count: actorIDs.count)
        for (a, members) in membersOfArrangement.enumerated() {
            for m in members { byActor[m].append(a) }
        }
        arrangementsOfActor = byActor
    }

    /// The number of memberships (edges of the bipartite graph).
    public var membershipCount: Int { membersOfArrangement.reduce(0) { $0 + $1.count } }

    /// The actor × arrangement incidence matrix (1 where the actor is a member), row by row.
    ///
    /// - Returns: An n × a matrix of 0 and 1: row i is actor i, column j is arrangement j.
    /// - Complexity: O(n·a) for n actors and a arrangements.
    public func incidenceMatrix() -> [[Int]] {
        var matrix = [[Int]](repeating: [Int](repeating: 0, count: arrangementIDs.count), count: actorIDs.count)
        for (a, members) in membersOfArrangement.enumerated() {
            for m in members { matrix[m][a] = 1 }
        }
        return matrix
    }
}
