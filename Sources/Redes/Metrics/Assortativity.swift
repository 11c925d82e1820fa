/// Degree assortativity, as NetworkX `degree_assortativity_coefficient`.
extension Graph {
    /// The Pearson correlation of the degrees at the two ends of every edge (Newman 2003, "Mixing patterns in
    /// networks"). **Undirected**: each edge counts in both directions. **Directed**: out-degree of the source
    /// against in-degree of the target (NetworkX's default x='out', y='in'). **Weighted**: the degrees are strengths;
    /// each edge still counts once. `nil` (undefined) when either side has no variance or there are no edges.
    /// Disconnected graphs need nothing special.
    ///
    /// - Parameter weighted: Use strengths (sums of tie weights) instead of degrees.
    /// - Returns: The correlation, in [−1, 1], or `nil` when it is undefined.
    /// - Complexity: O(n + m).
    public func degreeAssortativity(weighted: Bool) -> Double? {
        var outValue = [Double](repeating: 0, count: nodeCount), inValue = [Double](repeating: 0, count: nodeCount)
        for e in 0..<edgeCount {
            let w = weighted ? edgeWeights[e] : 1
            outValue[Int(edgeSources[e])] += w; inValue[Int(edgeTargets[e])] += w
            if !isDirected { outValue[Int(edgeTargets[e])] += w; inValue[Int(edgeSources[e])] += w }
        }
        if !isDirected { inValue = outValue }
        var xs: [Double] = [], ys: [Double] = []
        xs.reserveCapacity(isDirected ? edgeCount : 2 * edgeCount); ys.reserveCapacity(xs.capacity)
        for e in 0..<edgeCount {
            let u = Int(edgeSources[e]), v = Int(edgeTargets[e])
            xs.append(outValue[u]); ys.append(inValue[v])
            if !isDirected { xs.append(outValue[v]); ys.append(inValue[u]) }
        }
        guard !xs.isEmpty else { return nil }
        // Two passes (means, then centred sums) for accuracy.
        let count = Double(xs.count)
        let meanX = xs.reduce(0, +) / count, meanY = ys.reduce(0, +) / count
        var covariance = 0.0, varianceX = 0.0, varianceY = 0.0
        for i in xs.indices {
            let dx = xs[i] - meanX, dy = ys[i] - meanY
            covariance += dx * dy; varianceX += dx * dx; varianceY += dy * dy
        }
        guard varianceX > 1e-12 * count * max(1, meanX * meanX), varianceY > 1e-12 * count * max(1, meanY * meanY) else { return nil }
        return covariance / (varianceX * varianceY).squareRoot()
    }
}
