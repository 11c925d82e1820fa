/// Shortest-path centralities, one metric at a time (``NetworkMetrics`` computes them together in one pass).
extension Graph {
    /// Betweenness centrality normalised as NetworkX `betweenness_centrality(normalized=True)`: Brandes' sum over
    /// ordered pairs divided by (n−1)(n−2) (directed and undirected alike); 0 when n ≤ 2. Weighted: lengths 1/weight.
    ///
    /// **Definition.** c_B(v) = Σ_{s≠v≠t} σ_st(v)/σ_st, σ_st the number of shortest paths from s to t and σ_st(v)
    /// those through v. **Disconnected graphs**: pairs with no path contribute 0.
    /// **Reference.** Brandes (2001), "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2).
    ///
    /// - Parameter weighted: Read edge weights as tie strengths, so that shortest paths use lengths 1/weight.
    /// - Returns: The betweenness of every node, indexed by node.
    /// - Complexity: O(n·m) unweighted, O(n·m log n) weighted, parallel over sources.
    public func betweennessCentrality(weighted: Bool = false) -> [Double] {
        ShortestPaths.run(self, ShortestPathRequest(betweenness: true, weighted: weighted)).normalizedBetweenness(nodeCount: nodeCount)
    }

    /// Betweenness estimated from `sampleSize` sources drawn at random with `seed` (Brandes & Pich 2007, "Centrality
    /// estimation in large networks", Int. J. Bifurcation and Chaos 17(7)): the dependencies of the sampled sources,
    /// scaled by n / sampleSize, then normalised as ``betweennessCentrality(weighted:)``. Unbiased; the error shrinks
    /// as the sample grows. With sampleSize ≥ n it is the exact value.
    ///
    /// - Parameters:
    ///   - sampleSize: The number of sources to draw; n or more gives the exact value.
    ///   - seed: The seed of the source draw; the same seed gives the same estimate.
    ///   - weighted: Read edge weights as tie strengths, so that shortest paths use lengths 1/weight.
    /// - Returns: The estimated betweenness of every node, indexed by node.
    /// - Complexity: O(k·m) unweighted, O(k·m log n) weighted, for k = min(sampleSize, n) sources.
    public func sampledBetweennessCentrality(sampleSize: Int, seed: UInt64, weighted: Bool = false) -> [Double] {
        let n = nodeCount
        guard let sample = ShortestPaths.sampledSources(nodeCount: n, sampleSize: sampleSize, seed: seed) else {
            return betweennessCentrality(weighted: weighted)
        }
        return ShortestPaths.run(self, ShortestPathRequest(betweenness: true, weighted: weighted, sources: sample))
            .normalizedBetweenness(nodeCount: n, sources: sample.count)
    }

    /// Closeness centrality with the Wasserman–Faust correction for disconnected graphs, as NetworkX
    /// `closeness_centrality(wf_improved=True)`: c(v) = (r−1)/Σ_u d(u,v) · (r−1)/(n−1), r the number of nodes that
    /// reach v (v included); incoming distances on a directed graph; 0 when nothing reaches v.
    /// **Reference.** Wasserman & Faust (1994), *Social Network Analysis*, eq. 5.2 and p. 201.
    ///
    /// - Parameter weighted: Read edge weights as tie strengths, so that distances use lengths 1/weight.
    /// - Returns: The closeness of every node, indexed by node, in [0, 1] when unweighted.
    /// - Complexity: O(n·m) unweighted, O(n·m log n) weighted, parallel over sources.
    public func closenessCentrality(weighted: Bool = false) -> [Double] {
        ShortestPaths.run(self, ShortestPathRequest(closeness: true, weighted: weighted)).closeness(nodeCount: nodeCount)
    }

    /// Harmonic centrality Σ_{u≠v} 1/d(u,v) (incoming distances on a directed graph; 1/∞ = 0), not normalised, as
    /// NetworkX `harmonic_centrality`. **Reference.** Marchiori & Latora (2000); Boldi & Vigna (2014).
    ///
    /// - Parameter weighted: Read edge weights as tie strengths, so that distances use lengths 1/weight.
    /// - Returns: The harmonic centrality of every node, indexed by node; well defined on disconnected graphs.
    /// - Complexity: O(n·m) unweighted, O(n·m log n) weighted, parallel over sources.
    public func harmonicCentrality(weighted: Bool = false) -> [Double] {
        ShortestPaths.run(self, ShortestPathRequest(harmonic: true, weighted: weighted)).harmonic
    }
}
