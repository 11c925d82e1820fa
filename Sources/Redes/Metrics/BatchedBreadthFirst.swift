/// Unweighted all-sources shortest paths, 64 sources at a time: a multi-source breadth-first search over bit sets
/// (Then et al. 2014, "The more the merrier: efficient multi-source graph traversal", PVLDB 8(4)) carrying Brandes'
/// path counts and dependencies per source lane.
///
/// Each node keeps a 64-bit word of the sources (lanes) that have reached it. A level of the search scans the edges of
/// the nodes on the frontier of *any* lane once, instead of once per source, and the bits say for which sources an
/// edge lies on a shortest path. Path counts σ and dependencies δ are stored lane by lane (`node × 64 + lane`), so the
/// arithmetic is exactly Brandes' (2001) and results equal the one-source-at-a-time algorithm: per source, the same
/// sums in the same order of levels. The dependency pass walks the levels backwards.
final class BatchedBreadthFirst {
    static let lanes = 64

    let graph: Graph
    let request: ShortestPathRequest
    let n: Int
    private let seen: UnsafeMutablePointer<UInt64>
    private let discovered: UnsafeMutablePointer<UInt64>
    private let current: UnsafeMutablePointer<UInt64>
    private let sigma: UnsafeMutablePointer<Double>
    private let delta: UnsafeMutablePointer<Double>
    /// The levels of the current batch: node lists and their lane bits, level by level.
    private var levelNodes: [Int32] = []
    private var levelBits: [UInt64] = []
    private var levelStarts: [Int] = []
    // Partial sums of this worker.
    let betweenness: UnsafeMutablePointer<Double>
    let distanceSum: UnsafeMutablePointer<Double>
    let reach: UnsafeMutablePointer<Double>
    let harmonic: UnsafeMutablePointer<Double>
    var componentDiameter = 0.0
    var componentDistanceSum = 0.0
    private let component: [Bool]

    init(graph: Graph, request: ShortestPathRequest) {
        self.graph = graph
        self.request = request
        n = graph.nodeCount
        let size = max(n, 1)
        func words() -> UnsafeMutablePointer<UInt64> {
            let p = UnsafeMutablePointer<UInt64>.allocate(capacity: size); p.initialize(repeating: 0, count: size); return p
        }
        func doubles(_ count: Int) -> UnsafeMutablePointer<Double> {
            let p = UnsafeMutablePointer<Double>.allocate(capacity: max(count, 1)); p.initialize(repeating: 0, count: max(count, 1)); return p
        }
        seen = words(); discovered = words(); current = words()
        let laneCells = request.betweenness ? size * BatchedBreadthFirst.lanes : 1
        sigma = doubles(laneCells); delta = doubles(laneCells)
        betweenness = doubles(request.betweenness ? size : 1)
        distanceSum = doubles(request.closeness ? size : 1)
        reach = doubles(request.closeness ? size : 1)
        harmonic = doubles(request.harmonic ? size : 1)
        component = request.component ?? []
    }

    deinit {
        seen.deallocate(); discovered.deallocate(); current.deallocate()
        sigma.deallocate(); delta.deallocate()
        betweenness.deallocate(); distanceSum.deallocate(); reach.deallocate(); harmonic.deallocate()
    }

    func array(_ p: UnsafeMutablePointer<Double>, _ wanted: Bool) -> [Double] {
        wanted ? Array(UnsafeBufferPointer(start: p, count: n)) : []
    }

    /// Runs the sources `first ..< first + count` (count ≤ 64) as one batch.
    func run(sources first: Int, count: Int) { run(sources: Array(first..<(first + count))) }

    /// Runs up to 64 sources as one batch.
    func run(sources list: [Int]) {
        let count = list.count
        let lanes = BatchedBreadthFirst.lanes
        let withPaths = request.betweenness
        levelNodes.removeAll(keepingCapacity: true)
        levelBits.removeAll(keepingCapacity: true)
        levelStarts.removeAll(keepingCapacity: true)
        var componentLanes: UInt64 = 0
        levelStarts.append(0)
        for k in 0..<count {
            let s = list[k]
            let bit = UInt64(1) << UInt64(k)
            seen[s] = bit
            levelNodes.append(Int32(s)); levelBits.append(bit)
            if withPaths { sigma[s &* lanes &+ k] = 1 }
            if !component.isEmpty && component[s] { componentLanes |= bit }
        }
        levelStarts.append(levelNodes.count)

        let offsets = graph.outOffsets, neighbors = graph.outNeighbors
        offsets.withUnsafeBufferPointer { offsets in
        neighbors.withUnsafeBufferPointer { neighbors in
            // Forward: one level at a time.
            var level = 0
            while true {
                let start = levelStarts[level], end = levelStarts[level + 1]
                if start == end { break }
                let firstNew = levelNodes.count
                for i in start..<end {
                    let v = Int(levelNodes[i])
                    let frontier = levelBits[i]
                    for slot in Int(offsets[v])..<Int(offsets[v + 1]) {
                        let w = Int(neighbors[slot])
                        let fresh = frontier & ~seen[w]
                        if fresh == 0 { continue }
                        if discovered[w] == 0 { levelNodes.append(Int32(w)) }
                        discovered[w] |= fresh
                        if withPaths {
                            var bits = fresh
                            let from = v &* lanes, to = w &* lanes
                            while bits != 0 {
                                let k = bits.trailingZeroBitCount
                                sigma[to &+ k] += sigma[from &+ k]
                                bits &= bits &- 1
                            }
                        }
                    }
                }
                let distance = Double(level + 1)
                for i in firstNew..<levelNodes.count {
                    let w = Int(levelNodes[i])
                    let bits = discovered[w]
                    discovered[w] = 0
                    seen[w] |= bits
                    levelBits.append(bits)
                    let reached = Double(bits.nonzeroBitCount)
                    if request.closeness { distanceSum[w] += distance * reached; reach[w] += reached }
                    if request.harmonic { harmonic[w] += reached / distance }
                    if componentLanes != 0 && component[w] {
                        let inside = (bits & componentLanes).nonzeroBitCount
                        if inside > 0 {
                            componentDistanceSum += distance * Double(inside)
                            if distance > componentDiameter { componentDiameter = distance }
                        }
                    }
                }
                levelStarts.append(levelNodes.count)
                level += 1
            }

            // Backward: dependencies, deepest level first.
            if withPaths {
                let levels = levelStarts.count - 2  // the last level is empty
                if levels >= 1 {
                    for level in stride(from: levels - 1, through: 1, by: -1) {
                        // Level `level` is final: turn σ into (1 + δ)/σ for its lanes and credit the dependencies.
                        for i in levelStarts[level]..<levelStarts[level + 1] {
                            let w = Int(levelNodes[i])
                            var bits = levelBits[i]
                            current[w] = bits
                            let base = w &* lanes
                            var credit = 0.0
                            while bits != 0 {
                                let k = bits.trailingZeroBitCount
                                let d = delta[base &+ k]
                                credit += d
                                sigma[base &+ k] = (1 + d) / sigma[base &+ k]
                                bits &= bits &- 1
                            }
                            betweenness[w] += credit
                        }
                        for i in levelStarts[level - 1]..<levelStarts[level] {
                            let v = Int(levelNodes[i])
                            let frontier = levelBits[i]
                            let from = v &* lanes
                            for slot in Int(offsets[v])..<Int(offsets[v + 1]) {
                                let w = Int(neighbors[slot])
                                var bits = frontier & current[w]
                                if bits == 0 { continue }
                                let to = w &* lanes
                                while bits != 0 {
                                    let k = bits.trailingZeroBitCount
                                    delta[from &+ k] += sigma[from &+ k] * sigma[to &+ k]
                                    bits &= bits &- 1
                                }
                            }
                        }
                        for i in levelStarts[level]..<levelStarts[level + 1] { current[Int(levelNodes[i])] = 0 }
                    }
                }
            }
        }
        }
        // Reset the batch's state.
        for i in 0..<levelNodes.count {
            let v = Int(levelNodes[i])
            seen[v] = 0
            if withPaths {
                var bits = levelBits[i]
                let base = v &* lanes
                while bits != 0 {
                    let k = bits.trailingZeroBitCount
                    sigma[base &+ k] = 0
                    delta[base &+ k] = 0
                    bits &= bits &- 1
                }
            }
        }
    }
}
