/// How much ties stay within groups (blocs) or cross them.
public struct GroupCohesion: Sendable {
    public let partition: Partition
    /// Krackhardt & Stern's (1988) E-I index over all ties: (E − I) / (E + I), E the ties between groups, I those
    /// within; −1 all inside, +1 all external; nil without ties. Undirected ties count once, arcs once each.
    public let eiIndex: Double?
    /// The lowest and highest E-I attainable with the observed number of ties L and the group sizes: at most
    /// P_in = Σ_g C(n_g, 2) ties fit inside groups and P_out = C(n, 2) − P_in between them (ordered pairs when
    /// directed), so min = (L − 2 min(L, P_in))/L and max = (2 min(L, P_out) − L)/L. Nil without ties.
    public let eiRange: EIRange?
    /// The E-I index placed on [−1, 1] within ``eiRange``: −1 + 2 (EI − min)/(max − min). This is UCINET's idea of a
    /// rescaled E-I ("for a given density and group sizes its range may be restricted and so it can be rescaled");
    /// UCINET does not publish its exact formula, so its printout may differ. Nil when the range is a single value.
    public var eiRescaled: Double? {
        guard let ei = eiIndex, let range = eiRange, range.max - range.min > 1e-12 else { return nil }
        return -1 + 2 * (ei - range.min) / (range.max - range.min)
    }
    /// Per group: (E_g − I_g)/(E_g + I_g), E_g the ties from its members to other groups, I_g the ties among its
    /// members (each counted once).
    public let groupEI: [Double?]
    /// Per actor: (E_i − I_i)/(E_i + I_i) over its own ties (in and out); nil for isolates (and for actors a
    /// ``NetworkAnalysis`` leaves out of the groups).
    public internal(set) var actorEI: [Double?]
    /// Tie counts between groups: `mixing[a][b]` the ties joining a and b (undirected: symmetric, each tie once;
    /// directed: arcs from a to b).
    public let mixing: [[Int]]
    /// Tie density between groups: ties over possible pairs, n_a·n_b between two groups, n_a(n_a−1)/2 within one
    /// (n_a(n_a−1) ordered pairs when directed); nil where no pair is possible.
    public let mixingDensity: [[Double?]]
    /// Newman's modularity of the grouping (Newman 2006, eq. 2; directed: Leicht & Newman 2008), as NetworkX
    /// `community.modularity` with resolution 1; weighted with tie strengths when asked.
    public let modularity: Double

    public init(_ graph: Graph, partition: Partition, weighted: Bool = false) {
        self.partition = partition
        let n = graph.nodeCount, groups = partition.groupCount
        let group = partition.groupOfNode
        var mixing = [[Int]](repeating: [Int](repeating: 0, count: groups), count: groups)
        var external = 0, inside = 0
        var groupExternal = [Int](repeating: 0, count: groups), groupInternal = [Int](repeating: 0, count: groups)
        var actorExternal = [Int](repeating: 0, count: n), actorInternal = [Int](repeating: 0, count: n)
        for e in 0..<graph.edgeCount {
            let u = Int(graph.edgeSources[e]), v = Int(graph.edgeTargets[e])
            let a = group[u], b = group[v]
            mixing[a][b] += 1
            if !graph.isDirected && a != b { mixing[b][a] += 1 }
            if a == b {
                inside += 1; groupInternal[a] += 1
                actorInternal[u] += 1; actorInternal[v] += 1
            } else {
                external += 1; groupExternal[a] += 1; groupExternal[b] += 1
                actorExternal[u] += 1; actorExternal[v] += 1
            }
        }
        func ei(_ e: Int, _ i: Int) -> Double? { e + i > 0 ? Double(e - i) / Double(e + i) : nil }
        eiIndex = ei(external, inside)
        let ties = Double(graph.edgeCount)
        let pairsInside = partition.sizes.reduce(0.0) { $0 + Double($1) * Double($1 - 1) } / (graph.isDirected ? 1 : 2)
        let pairsOutside = Double(n) * Double(n - 1) / (graph.isDirected ? 1 : 2) - pairsInside
        eiRange = ties > 0 ? EIRange(min: (ties - 2 * min(ties, pairsInside)) / ties, max: (2 * min(ties, pairsOutside) - ties) / ties) : nil
        groupEI = (0..<groups).map { ei(groupExternal[$0], groupInternal[$0]) }
        actorEI = (0..<n).map { ei(actorExternal[$0], actorInternal[$0]) }
        self.mixing = mixing
        let sizes = partition.sizes.map(Double.init)
        mixingDensity = (0..<groups).map { a in
            (0..<groups).map { b in
                let pairs = a == b ? sizes[a] * (sizes[a] - 1) / (graph.isDirected ? 1 : 2) : sizes[a] * sizes[b]
                return pairs > 0 ? Double(mixing[a][b]) / pairs : nil
            }
        }
        modularity = GroupCohesion.modularity(graph, groupOfNode: group, weighted: weighted)
    }

    /// Newman's modularity Q = Σ_c [L_c/m − (K_c/2m)²] (undirected) or Σ_c [L_c/m − K_c^out K_c^in / m²] (directed),
    /// L_c the weight inside community c, K_c its total strength; 0 without ties.
    public static func modularity(_ graph: Graph, groupOfNode group: [Int], weighted: Bool) -> Double {
        let groups = (group.max() ?? -1) + 1
        var insideWeight = [Double](repeating: 0, count: groups)
        var outStrength = [Double](repeating: 0, count: groups), inStrength = [Double](repeating: 0, count: groups)
        var total = 0.0
        for e in 0..<graph.edgeCount {
            let w = weighted ? graph.edgeWeights[e] : 1
            let a = group[Int(graph.edgeSources[e])], b = group[Int(graph.edgeTargets[e])]
            total += w
            if a == b { insideWeight[a] += w }
            outStrength[a] += w; inStrength[b] += w
            if !graph.isDirected { outStrength[b] += w; inStrength[a] += w }
        }
        guard total > 0 else { return 0 }
        var q = 0.0
        for c in 0..<groups {
            if graph.isDirected {
                q += insideWeight[c] / total - outStrength[c] * inStrength[c] / (total * total)
            } else {
                q += insideWeight[c] / total - (outStrength[c] / (2 * total)) * (outStrength[c] / (2 * total))
            }
        }
        return q
    }

    /// A permutation test of the network E-I index: the groups are shuffled among the actors (sizes kept) `count`
    /// times with a seeded generator; returns the fractions of shuffles whose E-I is ≥ and ≤ the observed one
    /// (UCINET's "P ≥ obs" and "P ≤ obs"). Deterministic for a given seed.
    ///
    /// - Parameters:
    ///   - graph: the actor graph.
    ///   - partition: the groups whose labels are shuffled.
    ///   - count: the number of permutations.
    ///   - seed: the seed of the SplitMix64 generator.
    /// - Returns: the two tail fractions, or nil without ties or with no permutation.
    /// - Complexity: O(count · (n + m)).
    public static func eiPermutationTest(_ graph: Graph, partition: Partition, permutations count: Int, seed: UInt64)
        -> EIPermutationTest? {
        guard let observed = GroupCohesion(graph, partition: partition).eiIndex, count > 0 else { return nil }
        var generator = SplitMix64(seed: seed)
        var labels = partition.groupOfNode
        var atLeast = 0, atMost = 0
        var values: [Double] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            // Fisher–Yates with the seeded generator.
            for i in stride(from: labels.count - 1, to: 0, by: -1) {
                let j = Int(generator.next() % UInt64(i + 1))
                labels.swapAt(i, j)
            }
            var external = 0
            for e in 0..<graph.edgeCount where labels[Int(graph.edgeSources[e])] != labels[Int(graph.edgeTargets[e])] {
                external += 1
            }
            let value = Double(2 * external - graph.edgeCount) / Double(graph.edgeCount)
            if value >= observed - 1e-12 { atLeast += 1 }
            if value <= observed + 1e-12 { atMost += 1 }
            values.append(value)
        }
        values.sort()
        // The central 95 % of the shuffles: the 2.5th and 97.5th percentiles by nearest rank.
        let low = values[Swift.max(0, Int((0.025 * Double(count)).rounded(.up)) - 1)]
        let high = values[Swift.min(count - 1, Int((0.975 * Double(count)).rounded(.up)) - 1)]
        return EIPermutationTest(atLeast: Double(atLeast) / Double(count), atMost: Double(atMost) / Double(count),
                                 permutations: count, seed: seed,
                                 nullMean: values.reduce(0, +) / Double(count), nullLow: low, nullHigh: high)
    }

    /// The exact expectation of the E-I index when the groups are shuffled among the actors (sizes kept), which the
    /// permutation test samples: each tie joins two groups with the probability that two distinct actors drawn at
    /// random are in different groups, P_out / P with P_out = Σ_{g<h} n_g n_h and P = C(n, 2) (ordered pairs when
    /// directed, same ratio), so E[E-I] = 2 P_out / P − 1. Nil with fewer than two actors.
    ///
    /// - Parameters:
    ///   - sizes: the number of actors in each group.
    /// - Returns: the expected E-I index under the permutation null.
    public static func expectedEI(groupSizes sizes: [Int]) -> Double? {
        let n = Double(sizes.reduce(0, +))
        guard n >= 2 else { return nil }
        let inside = sizes.reduce(0.0) { $0 + Double($1) * Double($1 - 1) }
        let all = n * (n - 1)
        return 2 * (all - inside) / all - 1
    }
}

/// The lowest and highest E-I index attainable for a number of ties and the group sizes (see
/// ``GroupCohesion/eiRange``).
public struct EIRange: Sendable, Hashable {
    public let min: Double
    public let max: Double
}

/// The result of the E-I permutation test (``GroupCohesion/eiPermutationTest(_:partition:permutations:seed:)``).
public struct EIPermutationTest: Sendable, Hashable {
    /// The share of shuffles with an E-I at least the observed one (UCINET's "P ≥ obs").
    public let atLeast: Double
    /// The share of shuffles with an E-I at most the observed one (UCINET's "P ≤ obs").
    public let atMost: Double
    /// How many shuffles were drawn.
    public let permutations: Int
    /// The seed of the shuffles.
    public let seed: UInt64
    /// The mean E-I index of the shuffles: what chance alone gives with these group sizes and this many ties (it
    /// estimates ``GroupCohesion/expectedEI(groupSizes:)``).
    public let nullMean: Double
    /// The 2.5th percentile of the shuffles' E-I (nearest rank): with ``nullHigh``, the range of 95 % of them.
    public let nullLow: Double
    /// The 97.5th percentile of the shuffles' E-I (nearest rank).
    public let nullHigh: Double

    /// The significance level under which a tail counts (5 %).
    public static let significance = 0.05

    /// What the test says about the observed E-I index.
    public var reading: EIReading {
        if atMost < EIPermutationTest.significance { return .within(p: atMost) }
        if atLeast < EIPermutationTest.significance { return .across(p: atLeast) }
        return .chance(p: Swift.min(atLeast, atMost))
    }
}

/// What an E-I permutation test says, with the p-value of the reading.
public enum EIReading: Sendable, Hashable {
    /// Ties stay within groups more than chance would give.
    case within(p: Double)
    /// Ties cross groups more than chance would give.
    case across(p: Double)
    /// Not distinguishable from chance (p is the smaller tail).
    case chance(p: Double)
}

/// SplitMix64 (Steele, Lea & Flood 2014): a small, fast, seedable generator, so results are reproducible across
/// platforms and Swift versions (the standard library's generator is not seedable).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
