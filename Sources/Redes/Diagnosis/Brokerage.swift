/// The five brokerage roles of Gould & Fernandez (1989), "Structures of mediation: a formal approach to brokerage in
/// transaction networks", Sociological Methodology 19, counted as R `sna::brokerage` does.
///
/// Actor v *brokers* the ordered pair (a, b) when a → v → b, a ≠ b, and there is no arc a → b. Its role depends on
/// the groups of a, v and b. An undirected tie is an arc both ways (sna on a symmetric matrix), so each open two-path
/// a — v — b is counted once in each direction.
public enum BrokerageRole: String, Sendable, CaseIterable, Hashable {
    /// a, v, b all in one group (`w_I`).
    case coordinator = "w_I"
    /// a and b in one group, v in another (`w_O`).
    case itinerant = "w_O"
    /// v in a's group, b elsewhere (`b_IO`).
    case representative = "b_IO"
    /// v in b's group, a elsewhere (`b_OI`).
    case gatekeeper = "b_OI"
    /// a, v, b in three different groups (`b_O`).
    case liaison = "b_O"

    /// The role of v in a → v → b given the three groups.
    static func of(source a: Int, broker v: Int, target b: Int) -> BrokerageRole {
        if a == v && v == b { return .coordinator }
        if a == b { return .itinerant }
        if a == v { return .representative }
        if v == b { return .gatekeeper }
        return .liaison
    }
}

/// Brokerage counts per actor with their expectations and z-scores under sna's null model (a random graph of the
/// same density with the same group sizes): E = d²(1−d)·(number of ordered pairs the role allows) and the variances
/// of Gould & Fernandez (1989) as implemented in `sna::brokerage` (sna 2.7). Each row holds the five roles and the
/// total `t` (``BrokerageRow``).
///
/// - Complexity: O(Σ_v (g_in(v)·g_out(v) + Σ_{a→v} d_out(a))) for the counts, g_in(v) and g_out(v) the groups among
///   v's in- and out-neighbours: the two-paths through v are counted by group (c_x in-neighbours of group x times c_y
///   out-neighbours of group y), then those closed by an arc a → b (and a = b) are taken away, found by scanning the
///   in-neighbours' out-lists against marks, without a look-up per pair (at most Σ_v d(v)², as the triangles through
///   v); O(g³) for the network-level variances over g groups.
public struct Brokerage: Sendable {
    /// The group labels in order of first appearance (sna's `clid`).
    public let groups: [String]
    /// Per actor: how often it plays each role, and in all (sna's `raw.nli`).
    public private(set) var counts: [BrokerageRow<Double>]
    /// Per actor: the expected counts under the null model (sna's `exp.nli`).
    public private(set) var expected: [BrokerageRow<Double>]
    /// Actors left out of the groups (``MissingGroup/exclude``): their rows hold 0 and no z-score, and mean "not
    /// assessed".
    public private(set) var excludedActors: Set<Int> = []
    /// Per actor: (count − expected) / sd; nil where the standard deviation is 0 (sna's `z.nli`).
    public private(set) var z: [BrokerageRow<Double?>]
    /// Network totals, their expectations and z-scores (sna's `raw.gli`, `exp.gli`, `z.gli`).
    public let totals: BrokerageRow<Double>
    public let expectedTotals: BrokerageRow<Double>
    public let zTotals: BrokerageRow<Double?>

    /// Counts the roles of every actor.
    ///
    /// - Parameters:
    ///   - graph: the actor graph; an undirected tie is an arc both ways.
    ///   - groupOfNode: each node's group label.
    public init(_ graph: Graph, groupOfNode: [String]) {
        let n = graph.nodeCount
        var groups: [String] = []
        var groupIndex: [String: Int] = [:]
        for label in groupOfNode where groupIndex[label] == nil {
            groupIndex[label] = groups.count
            groups.append(label)
        }
        self.groups = groups
        let group = groupOfNode.map { groupIndex[$0]! }
        let roles = BrokerageRole.allCases
        /// The position of a role in `roles` (and in a row of six: the five roles, then the total).
        func slot(source a: Int, broker v: Int, target b: Int) -> Int {
            if a == v && v == b { return 0 }
            if a == b { return 1 }
            if a == v { return 2 }
            if v == b { return 3 }
            return 4
        }
        // Per broker, in one flat array of rows of six (no array per node). Counts are whole numbers, so the order in
        // which they are added does not matter.
        var flat = [Int](repeating: 0, count: n * 6)
        var inCount = [Int](repeating: 0, count: groups.count), outCount = [Int](repeating: 0, count: groups.count)
        var inGroups: [Int] = [], outGroups: [Int] = []
        var isTarget = [Bool](repeating: false, count: n)
        for v in 0..<n {
            let gv = group[v]
            for a in graph.predecessors(of: v) {
                let x = group[Int(a)]
                if inCount[x] == 0 { inGroups.append(x) }
                inCount[x] += 1
            }
            for b in graph.successors(of: v) {
                let y = group[Int(b)]
                if outCount[y] == 0 { outGroups.append(y) }
                outCount[y] += 1
                isTarget[Int(b)] = true
            }
            let base = v * 6
            // Every pair (a → v, v → b), by the groups of a and b.
            for x in inGroups {
                for y in outGroups { flat[base + slot(source: x, broker: gv, target: y)] += inCount[x] * outCount[y] }
            }
            // Less the pairs with a = b, and those with an arc a → b (no brokerage there).
            for a in graph.predecessors(of: v) {
                let x = group[Int(a)]
                if isTarget[Int(a)] { flat[base + slot(source: x, broker: gv, target: x)] -= 1 }
                for b in graph.successors(of: Int(a)) where isTarget[Int(b)] && b != a {
                    flat[base + slot(source: x, broker: gv, target: group[Int(b)])] -= 1
                }
            }
            flat[base + 5] = flat[base..<(base + 5)].reduce(0, +)
            for x in inGroups { inCount[x] = 0 }
            for y in outGroups { outCount[y] = 0 }
            for b in graph.successors(of: v) { isTarget[Int(b)] = false }
            inGroups.removeAll(keepingCapacity: true)
            outGroups.removeAll(keepingCapacity: true)
        }
        /// The count of node `v` in column `k` (a role's slot, or 5 for the total).
        func count(_ v: Int, _ k: Int) -> Double { Double(flat[v * 6 + k]) }
        func row(_ values: [Double]) -> BrokerageRow<Double> {
            BrokerageRow({ values[roles.firstIndex(of: $0)!] }, total: values[5])
        }
        func optionalRow(_ values: [Double?]) -> BrokerageRow<Double?> {
            BrokerageRow({ values[roles.firstIndex(of: $0)!] }, total: values[5])
        }
        self.counts = (0..<n).map { v in BrokerageRow({ count(v, roles.firstIndex(of: $0)!) }, total: count(v, 5)) }

        // sna's null model.
        let N = Double(n)
        let arcs = Double(graph.isDirected ? graph.edgeCount : 2 * graph.edgeCount)
        let d = n > 1 ? arcs / (N * (N - 1)) : 0
        let sizes = groups.indices.map { g in Double(group.count { $0 == g }) }
        let p = d * d * (1 - d), q3 = d * d * d * (1 - d) * (1 - d) * (1 - d)
        func choose2(_ x: Double) -> Double { x * (x - 1) / 2 }
        var groupExpected: [[Double]] = [], groupVariance: [[Double]] = []
        for (i, ni) in sizes.enumerated() {
            let others = sizes.enumerated().filter { $0.offset != i }.map(\.element)
            var e = [Double](repeating: 0, count: 6), v = [Double](repeating: 0, count: 6)
            e[0] = p * (ni - 1) * (ni - 2)
            v[0] = e[0] * (1 - p) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * q3
            e[1] = p * others.reduce(0) { $0 + $1 * ($1 - 1) }
            v[1] = e[1] * (1 - p) + 2 * others.reduce(0) { $0 + $1 * ($1 - 1) * ($1 - 2) } * q3
            e[2] = p * (N - ni) * (ni - 1)
            v[2] = e[2] * (1 - p) + 2 * ((ni - 1) * choose2(N - ni) + (N - ni) * choose2(ni - 1)) * q3
            e[3] = e[2]; v[3] = v[2]
            let outer = others.reduce(0) { $0 + $1 } * others.reduce(0) { $0 + $1 } - others.reduce(0) { $0 + $1 * $1 }
            e[4] = p * outer
            v[4] = e[4] * (1 - p) + 4 * others.reduce(0) { $0 + $1 * choose2(N - $1 - ni) * q3 }
            e[5] = p * (N - 1) * (N - 2)
            v[5] = e[5] * (1 - p) + 2 * (N - 1) * (N - 2) * (N - 3) * q3
            groupExpected.append(e); groupVariance.append(v)
        }
        expected = group.map { row(groupExpected[$0]) }
        z = (0..<n).map { a in
            func score(_ k: Int) -> Double? {
                let sd = groupVariance[group[a]][k].squareRoot()
                return sd > 0 ? (count(a, k) - groupExpected[group[a]][k]) / sd : nil
            }
            return BrokerageRow({ score(roles.firstIndex(of: $0)!) }, total: score(5))
        }

        // Network totals (sna's raw.gli / exp.gli / z.gli).
        let totals = (0..<6).map { k in (0..<n).reduce(0.0) { $0 + count($1, k) } }
        self.totals = row(totals)
        let q4 = d * d * d * d * (1 - d) * (1 - d), q5 = d * d * d * d * d * (1 - d)
        var eg = [Double](repeating: 0, count: 6), vg = [Double](repeating: 0, count: 6)
        eg[0] = p * sizes.reduce(0) { $0 + $1 * ($1 - 1) * ($1 - 2) }
        vg[0] = eg[0] * (1 - p) + sizes.reduce(0) { s, x in
            s + x * (x - 1) * (x - 2) * ((4 * x - 10) * q3 - 4 * (x - 3) * q4 + (x - 3) * q5)
        }
        eg[1] = p * sizes.reduce(0) { $0 + $1 * (N - $1) * ($1 - 1) }
        var outerSum = 0.0
        for x in sizes { for y in sizes { outerSum += x * y * (x - 1) * ((2 * x + 2 * y - 6) * q3 + (N - x - 1) * q5) } }
        vg[1] = eg[1] * (1 - p) + (outerSum - sizes.reduce(0) { s, x in s + x * x * (x - 1) * ((4 * x - 6) * q3 + (N - x - 1) * q5) })
        eg[2] = p * sizes.reduce(0) { $0 + $1 * (N - $1) * ($1 - 1) }
        vg[2] = eg[2] * (1 - p) + sizes.reduce(0) { s, x in s + x * (N - x) * (x - 1) * ((N - 3) * q3 + (x - 2) * q5) }
        eg[3] = eg[2]; vg[3] = vg[2]
        var liaisonPairs = 0.0
        for x in sizes { for y in sizes { liaisonPairs += x * y * (N - x - y) } }
        eg[4] = p * (liaisonPairs - sizes.reduce(0) { $0 + $1 * $1 * (N - 2 * $1) })
        vg[4] = eg[4] * (1 - p)
        for (i, x) in sizes.enumerated() {
            for (j, y) in sizes.enumerated() where j != i {
                for (k, w) in sizes.enumerated() where k != i && k != j {
                    vg[4] += x * y * w * ((4 * (N - y) - 2 * (x + w + 1)) * q3 - (4 * (N - w) - 2 * (x + y + 1)) * q4
                                          + (N - (x + w + 1)) * q5)
                }
            }
        }
        eg[5] = p * N * (N - 1) * (N - 2)
        vg[5] = eg[5] * (1 - p) + N * (N - 1) * (N - 2) * ((4 * N - 10) * q3 - 4 * (N - 3) * q4 + (N - 3) * q5)
        expectedTotals = row(eg)
        zTotals = optionalRow((0..<6).map { k in vg[k] > 0 ? (totals[k] - eg[k]) / vg[k].squareRoot() : nil })
    }

    /// The brokerage of a subnetwork (the actors `scope` keeps) spread over all `nodeCount` actors: the others count 0
    /// in every role, with no z-score, and are listed in ``excludedActors``.
    func spread(_ scope: GroupScope, nodeCount: Int) -> Brokerage {
        guard scope.nodes != nil else { return self }
        var result = self
        let zero = BrokerageRow<Double>({ _ in 0 }, total: 0), none = BrokerageRow<Double?>({ _ in nil }, total: nil)
        result.counts = scope.spread(counts, nodeCount: nodeCount, filler: zero)
        result.expected = scope.spread(expected, nodeCount: nodeCount, filler: zero)
        result.z = scope.spread(z, nodeCount: nodeCount, filler: none)
        result.excludedActors = Set(scope.missing)
        return result
    }
}
