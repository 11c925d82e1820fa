/// Shortest-path centralities, one metric at a time (``NetworkMetrics`` computes them together in one pass).
extension Graph {
    /// Betweenness centrality normalised as NetworkX `betweenness_centrality(normalized=True)`: Brandes' sum over
    /// ordered pairs divided by (n−1)(n−2) (directed and undirected alike); 0 when n ≤ 2. Weighted: lengths 1/weight.
    /// **Complexity** O(n·m) unweighted, O(n·m log n) weighted, parallel over sources.
    /// **Reference.** Brandes (2001), "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2).
    public func betweennessCentrality(weighted: Bool = false) -> [Double] {
        let raw = ShortestPaths.run(self, ShortestPathRequest(betweenness: true, weighted: weighted)).betweenness
        let scale = nodeCount > 2 ? 1 / (Double(nodeCount - 1) * Double(nodeCount - 2)) : 1
        return raw.map { $0 * scale }
    }

    /// Closeness centrality with the Wasserman–Faust correction for disconnected graphs, as NetworkX
    /// `closeness_centrality(wf_improved=True)`: c(v) = (r−1)/Σ_u d(u,v) · (r−1)/(n−1), r the number of nodes that
    /// reach v (v included); incoming distances on a directed graph; 0 when nothing reaches v.
    /// **Reference.** Wasserman & Faust (1994), *Social Network Analysis*, eq. 5.2 and p. 201.
    public func closenessCentrality(weighted: Bool = false) -> [Double] {
        ShortestPaths.run(self, ShortestPathRequest(closeness: true, weighted: weighted)).closeness(nodeCount: nodeCount)
    }

    /// Harmonic centrality Σ_{u≠v} 1/d(u,v) (incoming distances on a directed graph; 1/∞ = 0), not normalised, as
    /// NetworkX `harmonic_centrality`. **Reference.** Marchiori & Latora (2000); Boldi & Vigna (2014).
    public func harmonicCentrality(weighted: Bool = false) -> [Double] {
        ShortestPaths.run(self, ShortestPathRequest(harmonic: true, weighted: weighted)).harmonic
    }
}
