import CRedesPrefetch
/// Unweighted all-sources shortest paths, 64 sources at a time: a multi-source breadth-first search over bit sets
/// (Then et al. 2014, "The more the merrier: efficient multi-source graph traversal", PVLDB 8(4)) carrying Brandes'
/// path counts and dependencies per source lane.
///
/// Each node keeps a 64-bit word of the sources (lanes) that have reached it. A level of the search scans the edges of
/// the nodes on the frontier of *any* lane once, instead of once per source, and the bits say for which sources an
/// edge lies on a shortest path. Path counts σ are stored lane by lane (`node × 64 + lane`). The dependency pass walks
/// the levels backwards and *pulls*: a node v of level L sums c(w) = (1 + δ(w))/σ(w) over its successors w on level
/// L + 1 (in adjacency order), so δ(v) = σ(v)·Σ_w c(w) (Brandes 2001, eq. 6, with σ(v) taken out of the sum), and
/// then c(v) replaces σ(v) in its cell, ready for the level above. One array of n·64 numbers per worker, not two:
/// 51 MB instead of 102 at 100,000 actors.
///
/// At that size nearly every read of a neighbour's σ row misses the cache, and the two scans wait on memory. When σ
/// exceeds ``prefetchThreshold``, each scan asks for the rows it will read a few edges ahead (the next nodes of the
/// level and further along a long adjacency list), only the cache lines of the lanes it will touch, so the misses
/// overlap (software prefetching of indirect accesses: Ainsworth & Jones 2017, "Software prefetching for indirect
/// memory accesses", CGO). The hints change no result; on ba-100k they cut the exact analysis from 212–227 s to
/// 150–175 s on 2 cores.
final class BatchedBreadthFirst {
    /// The most sources per batch: the bits of a word.
    static let maximumLanes = 64
    /// The bytes of σ one worker may hold (n × lanes × 8): at most 64 MB, whatever the number of threads.
    static let laneBudget = 64 << 20

    /// The sources per batch for a pass of `sources` sources on `n` nodes split into `chunks` chunks: 64 up to 16,384
    /// nodes (σ takes at most 8 MB per worker). Above, a pass of few sources spreads them over the chunks, 32 a batch
    /// at least (a sampled pass of 100 sources: 4 batches, two workers holding 51 MB instead of 102 MB at 100,000
    /// nodes), and σ stays within ``laneBudget`` (64 lanes up to 131,072 nodes; at least 8). It depends on the graph
    /// and the sources only, never on the threads, so results stay the same on every machine.
    static func lanes(nodeCount n: Int, sources: Int, chunks: Int) -> Int {
        if n <= 16_384 { return maximumLanes }
        let perChunk = (sources + max(chunks, 1) - 1) / max(chunks, 1)
        let affordable = max(8, laneBudget / (8 * max(n, 1)))
        return min(maximumLanes, affordable, max(32, perChunk))
    }

    /// Sources per batch, the stride of σ.
    let lanes: Int
    /// Whether the scans ask for σ rows ahead of use: only when σ is larger than ``prefetchThreshold``.
    let prefetching: Bool

    let graph: Graph
    let request: ShortestPathRequest
    let n: Int
    private let seen: UnsafeMutablePointer<UInt64>
    private let discovered: UnsafeMutablePointer<UInt64>
    private let current: UnsafeMutablePointer<UInt64>
    /// σ of (node, lane), replaced by c = (1 + δ)/σ once the node's dependency is known.
    private let sigma: UnsafeMutablePointer<Double>
    /// Σ_w c(w) per lane for the node being pulled.
    private let pulled: UnsafeMutablePointer<Double>
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

    /// A worker for batches of up to `lanes` sources. `prefetching` forces the prefetch hints on or off (tests);
    /// by default they are on when σ holds at least ``prefetchThreshold`` bytes.
    init(graph: Graph, request: ShortestPathRequest, lanes: Int, prefetching: Bool? = nil) {
        self.graph = graph
        self.request = request
        self.lanes = lanes
        n = graph.nodeCount
        let size = max(n, 1)
        func words() -> UnsafeMutablePointer<UInt64> {
            let p = UnsafeMutablePointer<UInt64>.allocate(capacity: size); p.initialize(repeating: 0, count: size); return p
        }
        func doubles(_ count: Int) -> UnsafeMutablePointer<Double> {
            let p = UnsafeMutablePointer<Double>.allocate(capacity: max(count, 1)); p.initialize(repeating: 0, count: max(count, 1)); return p
        }
        seen = words(); discovered = words(); current = words()
        let laneCells = request.betweenness ? size * lanes : 1
        self.prefetching = request.betweenness && (prefetching ?? (laneCells * 8 >= Self.prefetchThreshold))
        // Rows of 64 lanes start on a cache line: lanes 8j ..< 8j + 8 share one line.
        sigma = UnsafeMutableRawPointer.allocate(byteCount: laneCells * 8, alignment: 64)
            .bindMemory(to: Double.self, capacity: laneCells)
        sigma.initialize(repeating: 0, count: laneCells)
        pulled = doubles(lanes)
        betweenness = doubles(request.betweenness ? size : 1)
        distanceSum = doubles(request.closeness ? size : 1)
        reach = doubles(request.closeness ? size : 1)
        harmonic = doubles(request.harmonic ? size : 1)
        component = request.component ?? []
    }

    deinit {
        seen.deallocate(); discovered.deallocate(); current.deallocate()
        UnsafeMutableRawPointer(sigma).deallocate(); pulled.deallocate()
        betweenness.deallocate(); distanceSum.deallocate(); reach.deallocate(); harmonic.deallocate()
    }

    func array(_ p: UnsafeMutablePointer<Double>, _ wanted: Bool) -> [Double] {
        wanted ? Array(UnsafeBufferPointer(start: p, count: n)) : []
    }

    /// How many edges ahead of its use a neighbour's σ row is requested within one node's adjacency list, and how
    /// many edges of the next node's list are requested before the scan reaches it.
    static let prefetchDistance = 16
    /// σ from this size on (bytes per worker) is read with prefetch hints: 16 MB, half the last-level cache of the
    /// machines measured. Below it σ stays in cache and the hints cost more than they save (ba-10k, 5 MB: +36 %
    /// with them); above it they save a quarter to a third of the pass (ba-100k, 51 MB).
    static let prefetchThreshold = 16 << 20

    /// Asks the cache for the lines of σ row `w` that hold the lanes of `lanesWanted` (a hint; no effect on results).
    @inline(__always)
    private func prefetchRow(_ w: Int, _ lanesWanted: UInt64) {
        var lines = lanesWanted
        let row = sigma + w &* lanes
        while lines != 0 {
            let k = lines.trailingZeroBitCount
            redes_prefetch(row + k)
            lines &= ~(UInt64(0xFF) << UInt64(k & ~7))
        }
    }

    /// Before the scan of `levelNodes[i]`'s edges, a pipeline over the next nodes of the level: the adjacency list
    /// of node i + 4; the σ row of node i + 2 and the marks (`marks`, and `also` when given) of its first
    /// neighbours; the σ rows of node i + 1's first neighbours (the lanes of `levelBits[i + 1] & (marks ^ flip)`).
    /// Each is in cache when the scan reaches it. Nodes at or after `end` are outside the level.
    @inline(__always)
    private func prefetchNodes(after i: Int, end: Int, marks: UnsafeMutablePointer<UInt64>, also: UnsafeMutablePointer<UInt64>?, flip: UInt64,
                               _ offsets: UnsafeBufferPointer<Int32>, _ neighbors: UnsafeBufferPointer<Int32>) {
        if i &+ 4 < end, let base = neighbors.baseAddress {
            let u = Int(levelNodes[i &+ 4])
            redes_prefetch(base + Int(offsets[u]))
        }
        if i &+ 2 < end {
            let u = Int(levelNodes[i &+ 2])
            prefetchRow(u, levelBits[i &+ 2])
            let from = Int(offsets[u])
            for slot in from..<min(Int(offsets[u &+ 1]), from &+ Self.prefetchDistance) {
                let w = Int(neighbors[slot])
                redes_prefetch(marks + w)
                if let also { redes_prefetch(also + w) }
            }
        }
        if i &+ 1 < end {
            let u = Int(levelNodes[i &+ 1]), bits = levelBits[i &+ 1]
            let from = Int(offsets[u])
            for slot in from..<min(Int(offsets[u &+ 1]), from &+ Self.prefetchDistance) {
                let w = Int(neighbors[slot])
                prefetchRow(w, bits & (marks[w] ^ flip))
            }
        }
    }

    /// Within a long adjacency list: asks for the σ row of the neighbour ``prefetchDistance`` edges after `slot`
    /// (before `last`), the lanes of `frontier & (marks ^ flip)`.
    @inline(__always)
    private func prefetchAlong(_ slot: Int, _ last: Int, _ frontier: UInt64, marks: UnsafeMutablePointer<UInt64>,
                               flip: UInt64, _ neighbors: UnsafeBufferPointer<Int32>) {
        guard slot &+ Self.prefetchDistance < last else { return }
        let w = Int(neighbors[slot &+ Self.prefetchDistance])
        prefetchRow(w, frontier & (marks[w] ^ flip))
    }

    /// Runs the sources `first ..< first + count` (count ≤ ``lanes``) as one batch.
    func run(sources first: Int, count: Int) { run(sources: Array(first..<(first + count))) }

    /// Runs up to ``lanes`` sources as one batch.
    func run(sources list: [Int]) {
        let count = list.count
        let lanes = self.lanes
        let withPaths = request.betweenness
        let prefetching = self.prefetching
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
                    let first = Int(offsets[v]), last = Int(offsets[v + 1])
                    // σ rows of a neighbour are new lanes: those of the frontier not yet seen there.
                    if prefetching { prefetchNodes(after: i, end: end, marks: seen, also: discovered, flip: ~0, offsets, neighbors) }
                    for slot in first..<last {
                        if prefetching { prefetchAlong(slot, last, frontier, marks: seen, flip: ~0, neighbors) }
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
                let deepest = levelStarts.count - 3  // the last level is empty
                if deepest >= 1 {
                    // The deepest level has no successors: δ = 0, c = 1/σ.
                    for i in levelStarts[deepest]..<levelStarts[deepest + 1] {
                        let base = Int(levelNodes[i]) &* lanes
                        var bits = levelBits[i]
                        while bits != 0 {
                            let k = bits.trailingZeroBitCount
                            sigma[base &+ k] = 1 / sigma[base &+ k]
                            bits &= bits &- 1
                        }
                    }
                    // Level 0 holds the sources, whose own dependency does not count.
                    for level in stride(from: deepest - 1, through: 1, by: -1) {
                        for i in levelStarts[level + 1]..<levelStarts[level + 2] { current[Int(levelNodes[i])] = levelBits[i] }
                        let levelEnd = levelStarts[level + 1]
                        for i in levelStarts[level]..<levelEnd {
                            let v = Int(levelNodes[i])
                            let frontier = levelBits[i]
                            let last = Int(offsets[v + 1])
                            // σ rows of a successor: its lanes on the level below.
                            if prefetching { prefetchNodes(after: i, end: levelEnd, marks: current, also: nil, flip: 0, offsets, neighbors) }
                            for slot in Int(offsets[v])..<last {
                                if prefetching { prefetchAlong(slot, last, frontier, marks: current, flip: 0, neighbors) }
                                let w = Int(neighbors[slot])
                                var bits = frontier & current[w]
                                if bits == 0 { continue }
                                let to = w &* lanes
                                while bits != 0 {
                                    let k = bits.trailingZeroBitCount
                                    pulled[k] += sigma[to &+ k]
                                    bits &= bits &- 1
                                }
                            }
                            let base = v &* lanes
                            var credit = 0.0
                            var bits = frontier
                            while bits != 0 {
                                let k = bits.trailingZeroBitCount
                                let s = sigma[base &+ k]
                                let dependency = s * pulled[k]
                                credit += dependency
                                sigma[base &+ k] = (1 + dependency) / s
                                pulled[k] = 0
                                bits &= bits &- 1
                            }
                            betweenness[v] += credit
                        }
                        for i in levelStarts[level + 1]..<levelStarts[level + 2] { current[Int(levelNodes[i])] = 0 }
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
                    bits &= bits &- 1
                }
            }
        }
    }
}
