import Foundation

/// What an analysis or a drawing will cost, estimated before the work starts, so that the command-line tool can warn
/// about long runs and refuse runaway ones (issue 22, item 13).
///
/// Three quantities drive the cost:
/// - **Projected ties**: an arrangement of k members joins k(k−1)/2 pairs; one arrangement of 3,030 members
///   projects 4.6 million ties. Counted from the network, before the projection is built.
/// - **Shortest paths from every actor** (betweenness, closeness, harmonic, F, DF): measured, not guessed — the real
///   pass is run from a small, evenly spaced set of sources and timed, then scaled to all of them (or to the
///   `--sample`). The measurement takes about 1/1,000 of what it predicts.
/// - **Wedges** Σ_v d_v(d_v − 1), the pairs of neighbours of each actor: clustering, transitivity, Burt's
///   constraint and brokerage visit each one. A star of 100,000 leaves has 10¹⁰.
public enum WorkEstimate {
    /// An upper bound on the ties of the actor graph: every pair of members of every arrangement, plus the direct ties
    /// (pairs joined by several channels count once in the graph, so the graph may have fewer).
    ///
    /// - Parameter network: the network.
    /// - Returns: Σ_a k_a(k_a − 1)/2 + direct ties.
    /// - Complexity: O(arrangements).
    public static func projectedTies(_ network: Network) -> Int {
        network.arrangements.reduce(network.ties.count) { total, arrangement in
            let k = arrangement.members.count
            return total + k * (k - 1) / 2
        }
    }

    /// The largest arrangement, by members; nil when there is none.
    public static func largestArrangement(_ network: Network) -> Arrangement? {
        network.arrangements.max { $0.members.count < $1.members.count }
    }

    /// Σ_v d_v(d_v − 1) over the undirected view: the pairs of neighbours clustering, constraint and brokerage
    /// visit.
    ///
    /// - Complexity: O(n).
    public static func wedges(_ graph: Graph) -> Double {
        (0..<graph.nodeCount).reduce(0.0) { total, v in
            let d = Double(graph.degree(of: v))
            return total + d * (d - 1)
        }
    }

    /// Seconds the wedge-bound sections take: clustering and transitivity always (about 2 ns per wedge on this
    /// project's 2-core machines), and with the diagnosis Burt's constraint and brokerage too (about 10 ns per wedge
    /// in all; a star of 100,000 leaves took 82 s).
    ///
    /// - Parameters:
    ///   - graph: the actor graph.
    ///   - diagnosis: whether structural holes and brokerage are computed.
    /// - Returns: the estimated seconds.
    public static func wedgeSeconds(_ graph: Graph, diagnosis: Bool) -> Double {
        wedges(graph) * (diagnosis ? 10e-9 : 2e-9)
    }

    /// Seconds the shortest-path pass takes from `sources` actors (all of them when nil), measured: the pass runs
    /// from 128 evenly spaced sources (a quarter of a smaller `--sample`, at least 8), is timed and scaled. Graphs of
    /// at most 2,000 actors are not measured (the pass takes seconds at most); the estimate is then n·(n + m)·25 ns.
    ///
    /// - Parameters:
    ///   - graph: the actor graph.
    ///   - weighted: whether lengths are 1/weight (Dijkstra) rather than hops.
    ///   - sources: the number of sources (`--sample`), or nil for all.
    /// - Returns: the estimated seconds.
    /// - Complexity: about 128/n of the pass it estimates (a quarter of a sampled pass).
    public static func shortestPathSeconds(_ graph: Graph, weighted: Bool, sources: Int? = nil) -> Double {
        let n = graph.nodeCount
        guard n > 0 else { return 0 }
        let total = Double(min(sources ?? n, n))
        if n <= 2_000 { return Double(n + graph.edgeCount) * total * 25e-9 }
        let count = Int(min(128, max(8, total / 4)))
        let probe = (0..<count).map { $0 * n / count }
        let request = ShortestPathRequest(betweenness: true, closeness: true, harmonic: true, weighted: weighted, sources: probe)
        let start = DispatchTime.now().uptimeNanoseconds
        _ = ShortestPaths.run(graph, request)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return seconds * total / Double(count)
    }
}
