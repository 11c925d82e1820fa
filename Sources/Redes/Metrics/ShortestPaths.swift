import Foundation

/// A record of the all-pairs shortest-path passes run while it is bound (tests bind one with
/// `AllPairsPassLog.$current.withValue`): the size of each pass's graph and its number of sources.
final class AllPairsPassLog: @unchecked Sendable {
    struct Pass: Sendable, Hashable {
        let nodes: Int
        let edges: Int
        let sources: Int
    }

    @TaskLocal static var current: AllPairsPassLog?

    private let lock = NSLock()
    private var recorded: [Pass] = []

    var passes: [Pass] {
        lock.lock(); defer { lock.unlock() }
        return recorded
    }

    func record(nodes: Int, edges: Int, sources: Int) {
        lock.lock(); defer { lock.unlock() }
        recorded.append(Pass(nodes: nodes, edges: edges, sources: sources))
    }
}

/// What an all-sources shortest-path pass computes.
struct ShortestPathRequest: Sendable {
    var betweenness = false
    var closeness = false
    var harmonic = false
    /// Nodes whose pairwise distances feed the diameter and average distance (one component), or nil.
    var component: [Bool]? = nil
    /// Use lengths 1/weight (Dijkstra) instead of hop counts (breadth-first search).
    var weighted = false
    /// Called with the fraction of sources done.
    var progress: (@Sendable (Double) -> Void)? = nil
    /// Only these sources (sampled estimates); nil for all.
    var sources: [Int]? = nil
}

/// The sums an all-sources pass gathers. Betweenness is the raw Brandes sum over ordered pairs (s, t); closeness
/// and harmonic sums are over *incoming* distances d(s → v), the NetworkX orientation.
struct ShortestPathSums {
    var betweenness: [Double] = []
    /// Σ_s d(s, v) over the sources s ≠ v that reach v.
    var incomingDistanceSum: [Double] = []
    /// The number of sources s ≠ v that reach v.
    var incomingReach: [Double] = []
    /// Σ_s 1 / d(s, v).
    var harmonic: [Double] = []
    /// Within the requested component: the largest distance found and the sum of all distances (ordered pairs).
    var componentDiameter = 0.0
    var componentDistanceSum = 0.0

    /// Betweenness normalised as NetworkX `normalized=True`: the raw sum over ordered pairs times 1/((n−1)(n−2)) (1
    /// when n ≤ 2), scaled by n / `sources` when the pass ran over a sample of that many sources (Brandes & Pich 2007).
    func normalizedBetweenness(nodeCount n: Int, sources: Int? = nil) -> [Double] {
        let pairs = n > 2 ? 1 / (Double(n - 1) * Double(n - 2)) : 1
        let scale = sources.map { (Double(n) / Double($0)) * pairs } ?? pairs
        return betweenness.map { $0 * scale }
    }

    /// Wasserman–Faust improved closeness from the incoming sums: (r−1)/Σd · (r−1)/(n−1), 0 when nothing reaches v.
    func closeness(nodeCount n: Int) -> [Double] {
        (0..<n).map { v in
            let total = incomingDistanceSum[v], reached = incomingReach[v]
            guard total > 0, n > 1 else { return 0 }
            return reached / total * (reached / Double(n - 1))
        }
    }
}

/// All-sources shortest paths in the manner of Brandes (2001), "A faster algorithm for betweenness centrality":
/// one breadth-first search (unweighted) or Dijkstra search (weighted) per source, then the dependency
/// accumulation in reverse order of distance.
///
/// Sources are split into fixed chunks that run in parallel with their own buffers; chunk results are summed in chunk
/// order, so results do not depend on the number of threads. Weighted distances that differ by less than 1e-10
/// (relative) count as equal, as igraph does, so that tied shortest paths whose float lengths differ in the last
/// bit are all counted.
enum ShortestPaths {
    static let relativeTolerance = 1e-10

    /// The sources of a sampled estimate: `sampleSize` nodes drawn by a seeded Fisher–Yates shuffle, ascending; nil
    /// when the sample would hold every node (the exact pass). Betweenness and DF draw the same sample for the same
    /// seed, so one pass serves both.
    static func sampledSources(nodeCount n: Int, sampleSize: Int, seed: UInt64) -> [Int]? {
        guard sampleSize < n else { return nil }
        var order = Array(0..<n)
        var generator = SplitMix64(seed: seed)
        for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, Int(generator.next() % UInt64(i + 1))) }
        return Array(order.prefix(max(1, sampleSize))).sorted()
    }

    static func run(_ graph: Graph, _ request: ShortestPathRequest) -> ShortestPathSums {
        let n = graph.nodeCount
        guard n > 0 else { return ShortestPathSums() }
        AllPairsPassLog.current?.record(nodes: n, edges: graph.edgeCount, sources: request.sources?.count ?? n)
        // Fixed chunk count (memory: a few arrays of n doubles per chunk).
        let chunkCount = request.weighted ? (n <= 2_000 ? min(n, 16) : (n <= 20_000 ? 32 : 8)) : min(8, (n + 63) / 64)
        let wantScatter = request.betweenness || request.closeness || request.harmonic
        let arraysPerChunk = (request.betweenness ? 1 : 0) + (request.closeness ? 2 : 0) + (request.harmonic ? 1 : 0)
        let partials = SharedBuffer<[Double]>(repeating: [], count: chunkCount * max(arraysPerChunk, 1))
        let diameters = SharedBuffer<Double>(repeating: 0, count: chunkCount)
        let distanceSums = SharedBuffer<Double>(repeating: 0, count: chunkCount)
        let lengths = request.weighted ? Lengths(graph) : nil
        let counter = request.progress.map { ProgressCounter(total: request.sources?.count ?? n, report: $0) }

        /// Keeps one chunk's partial sums, in the order `reduce` reads them.
        @Sendable func store(chunk: Int, betweenness: [Double], distanceSum: [Double], reach: [Double], harmonic: [Double],
                             diameter: Double, distanceTotal: Double) {
            var slot = chunk * max(arraysPerChunk, 1)
            if request.betweenness { partials[slot] = betweenness; slot += 1 }
            if request.closeness {
                partials[slot] = distanceSum; slot += 1
                partials[slot] = reach; slot += 1
            }
            if request.harmonic { partials[slot] = harmonic }
            diameters[chunk] = diameter
            distanceSums[chunk] = distanceTotal
        }
        let sourceList = request.sources ?? Array(0..<n)
        let total = sourceList.count
        if request.weighted {
            forEachChunk(of: total, count: chunkCount) { chunk, range in
                let worker = Worker(graph: graph, request: request, lengths: lengths)
                for s in range.map({ sourceList[$0] }) {
                    worker.dijkstra(from: s)
                    counter?.advance()
                }
                store(chunk: chunk, betweenness: worker.betweenness, distanceSum: worker.distanceSum, reach: worker.reach,
                      harmonic: worker.harmonic, diameter: worker.componentDiameter, distanceTotal: worker.componentDistanceSum)
            }
        } else {
            // Unweighted: up to 64 sources per batch; chunks are fixed runs of batches.
            let lanes = BatchedBreadthFirst.lanes(nodeCount: n, sources: total, chunks: chunkCount)
            let batches = (total + lanes - 1) / lanes
            forEachChunk(of: batches, count: chunkCount) { chunk, batchRange in
                let worker = BatchedBreadthFirst(graph: graph, request: request, lanes: lanes)
                for batch in batchRange {
                    let first = batch * lanes
                    let count = min(lanes, total - first)
                    if request.sources == nil {
                        worker.run(sources: first, count: count)
                    } else {
                        worker.run(sources: Array(sourceList[first..<(first + count)]))
                    }
                    counter?.advance(by: count)
                }
                store(chunk: chunk, betweenness: worker.array(worker.betweenness, request.betweenness),
                      distanceSum: worker.array(worker.distanceSum, request.closeness),
                      reach: worker.array(worker.reach, request.closeness),
                      harmonic: worker.array(worker.harmonic, request.harmonic),
                      diameter: worker.componentDiameter, distanceTotal: worker.componentDistanceSum)
            }
        }

        var sums = ShortestPathSums()
        func reduce(_ offset: Int) -> [Double] {
            var total = [Double](repeating: 0, count: n)
            for chunk in 0..<chunkCount {
                let part = partials[chunk * arraysPerChunk + offset]
                if part.isEmpty { continue }
                for i in 0..<n { total[i] += part[i] }
            }
            return total
        }
        if wantScatter {
            var offset = 0
            if request.betweenness { sums.betweenness = reduce(offset); offset += 1 }
            if request.closeness {
                sums.incomingDistanceSum = reduce(offset); offset += 1
                sums.incomingReach = reduce(offset); offset += 1
            }
            if request.harmonic { sums.harmonic = reduce(offset) }
        }
        for chunk in 0..<chunkCount {
            sums.componentDiameter = max(sums.componentDiameter, diameters[chunk])
            sums.componentDistanceSum += distanceSums[chunk]
        }
        return sums
    }

    /// Edge lengths 1/weight laid out along the CSR adjacency arrays, and, when every weight is a whole number whose
    /// least common multiple S is at most ``Lengths/maximumScale``, the same lengths as whole numbers S/weight.
    ///
    /// With whole lengths, path lengths are exact integers: Dijkstra runs on a bucket queue (Dial 1969) and ties are
    /// exact; otherwise it runs on a 4-ary heap and distances within 1e-10 (relative) count as equal.
    struct Lengths: Sendable {
        let outgoing: [Double]
        let incoming: [Double]
        /// S/weight along the adjacency arrays, with S = ``scale``; nil when some weight is not a whole number or S
        /// would exceed ``maximumScale``.
        let wholeOutgoing: [Int32]?
        let wholeIncoming: [Int32]?
        /// S: the least common multiple of the weights (path length = whole length / S).
        let scale: Int
        /// The longest whole length (S / smallest weight): the width of the bucket queue.
        let longestWhole: Int

        /// The largest S for the bucket queue (its buckets are one per unit of length up to S).
        static let maximumScale = 1 << 16

        init(_ graph: Graph) {
            outgoing = graph.outEdges.map { 1 / graph.edgeWeights[Int($0)] }
            incoming = graph.isDirected ? graph.inEdges.map { 1 / graph.edgeWeights[Int($0)] } : outgoing
            var scale = 1
            var whole = !graph.edgeWeights.isEmpty
            for weight in Set(graph.edgeWeights) {
                guard weight >= 1, weight <= Double(Lengths.maximumScale), weight == weight.rounded() else { whole = false; break }
                let w = Int(weight)
                var a = scale, b = w
                while b != 0 { (a, b) = (b, a % b) }
                scale = scale / a * w
                if scale > Lengths.maximumScale { whole = false; break }
            }
            if whole {
                let s = scale
                let out = graph.outEdges.map { Int32(s / Int(graph.edgeWeights[Int($0)])) }
                wholeOutgoing = out
                wholeIncoming = graph.isDirected ? graph.inEdges.map { Int32(s / Int(graph.edgeWeights[Int($0)])) } : out
                self.scale = s
                longestWhole = out.max().map(Int.init) ?? 1
            } else {
                wholeOutgoing = nil
                wholeIncoming = nil
                self.scale = 1
                longestWhole = 0
            }
        }
    }

    /// Per-chunk state: search buffers reused across sources, and the chunk's partial sums. Buffers are raw
    /// pointers: this is the innermost loop of every all-pairs metric.
    final class Worker {
        let graph: Graph
        let request: ShortestPathRequest
        let lengths: Lengths?
        let n: Int
        var betweenness: [Double] { request.betweenness ? Array(UnsafeBufferPointer(start: bc, count: n)) : [] }
        var distanceSum: [Double] { request.closeness ? Array(UnsafeBufferPointer(start: distSum, count: n)) : [] }
        var reach: [Double] { request.closeness ? Array(UnsafeBufferPointer(start: reachCount, count: n)) : [] }
        var harmonic: [Double] { request.harmonic ? Array(UnsafeBufferPointer(start: harm, count: n)) : [] }
        var componentDiameter = 0.0
        var componentDistanceSum = 0.0
        private let bc, distSum, reachCount, harm: UnsafeMutablePointer<Double>
        private let distance, sigma, delta: UnsafeMutablePointer<Double>
        /// Settled nodes in the order they were settled (the same order, reversed, for the dependencies).
        private let order: UnsafeMutablePointer<Int32>
        /// Per node: -1 unreached, -2 settled, else its slot in the 4-ary heap (or 0 while in a bucket).
        private let state: UnsafeMutablePointer<Int32>
        /// The 4-ary heap of nodes keyed by (distance, node), or the bucket lists (next/previous node, -1 at the ends).
        private let heap: UnsafeMutablePointer<Int32>
        private let next, previous: UnsafeMutablePointer<Int32>
        private let whole: UnsafeMutablePointer<Int64>
        private let buckets: UnsafeMutablePointer<Int32>
        private let bucketCount: Int
        private let component: [Bool]

        init(graph: Graph, request: ShortestPathRequest, lengths: Lengths?) {
            let n = graph.nodeCount
            self.n = n
            self.graph = graph
            self.request = request
            self.lengths = lengths
            let size = max(n, 1)
            func doubles(_ value: Double) -> UnsafeMutablePointer<Double> {
                let p = UnsafeMutablePointer<Double>.allocate(capacity: size)
                p.initialize(repeating: value, count: size)
                return p
            }
            func integers(_ value: Int32, _ count: Int = size) -> UnsafeMutablePointer<Int32> {
                let p = UnsafeMutablePointer<Int32>.allocate(capacity: max(count, 1))
                p.initialize(repeating: value, count: max(count, 1))
                return p
            }
            bc = doubles(0); distSum = doubles(0); reachCount = doubles(0); harm = doubles(0)
            distance = doubles(.infinity); sigma = doubles(0); delta = doubles(0)
            order = integers(0); state = integers(-1); heap = integers(0); next = integers(-1); previous = integers(-1)
            whole = .allocate(capacity: size); whole.initialize(repeating: .max, count: size)
            // One bucket per unit of length up to the longest edge: every key in the queue lies within that window.
            bucketCount = lengths?.wholeOutgoing != nil ? (lengths?.longestWhole ?? 0) + 1 : 1
            buckets = integers(-1, bucketCount)
            component = request.component ?? []
        }

        deinit {
            for p in [bc, distSum, reachCount, harm, distance, sigma, delta] { p.deallocate() }
            for p in [order, state, heap, next, previous, buckets] { p.deallocate() }
            whole.deallocate()
        }

        /// Adds the distances from `s` to the gathered sums; `count` nodes of `order` were reached (s first).
        private func gather(from s: Int, count: Int, distanceOf: (Int) -> Double) {
            let inComponent = !component.isEmpty && component[s]
            for i in 1..<max(count, 1) {
                let v = Int(order[i])
                let d = distanceOf(v)
                if request.closeness { distSum[v] += d; reachCount[v] += 1 }
                if request.harmonic { harm[v] += 1 / d }
                if inComponent && component[v] {
                    componentDistanceSum += d
                    if d > componentDiameter { componentDiameter = d }
                }
            }
        }

        func dijkstra(from s: Int) {
            guard let lengths else { return }
            let settled: Int
            if let wholeOutgoing = lengths.wholeOutgoing, let wholeIncoming = lengths.wholeIncoming {
                settled = wholeOutgoing.withUnsafeBufferPointer { out in
                    wholeIncoming.withUnsafeBufferPointer { incoming in
                        bucketSearch(from: s, lengths: out, incoming: incoming, scale: Double(lengths.scale))
                    }
                }
            } else {
                settled = lengths.outgoing.withUnsafeBufferPointer { out in
                    lengths.incoming.withUnsafeBufferPointer { incoming in heapSearch(from: s, lengths: out, incoming: incoming) }
                }
            }
            for i in 0..<settled {
                let v = Int(order[i])
                state[v] = -1
                sigma[v] = 0
                distance[v] = .infinity
                whole[v] = .max
                delta[v] = 0
            }
        }

        // MARK: Whole lengths: a bucket queue, exact ties

        /// Dijkstra with whole lengths on a circular bucket queue (Dial 1969): buckets hold doubly linked lists of
        /// nodes; the keys in the queue lie within the longest edge of the last key settled, so one bucket per unit of
        /// that window suffices. Equal path lengths are exactly equal.
        /// - Returns: the number of nodes settled.
        private func bucketSearch(from s: Int, lengths: UnsafeBufferPointer<Int32>, incoming: UnsafeBufferPointer<Int32>,
                                  scale: Double) -> Int {
            let offsets = graph.outOffsets, neighbors = graph.outNeighbors
            let inOffsets = graph.inOffsets, inNeighbors = graph.inNeighbors
            let width = bucketCount
            var settled = 0
            var queued = 1
            whole[s] = 0
            sigma[s] = 1
            state[s] = 0
            buckets[0] = Int32(s)
            next[s] = -1; previous[s] = -1
            var cursor: Int64 = 0
            func unlink(_ v: Int, bucket: Int) {
                let before = previous[v], after = next[v]
                if before >= 0 { next[Int(before)] = after } else { buckets[bucket] = after }
                if after >= 0 { previous[Int(after)] = before }
            }
            func link(_ v: Int, bucket: Int) {
                let head = buckets[bucket]
                next[v] = head; previous[v] = -1
                if head >= 0 { previous[Int(head)] = Int32(v) }
                buckets[bucket] = Int32(v)
            }
            offsets.withUnsafeBufferPointer { offsets in
            neighbors.withUnsafeBufferPointer { neighbors in
                while queued > 0 {
                    var bucket = Int(cursor % Int64(width))
                    while buckets[bucket] < 0 {
                        cursor += 1
                        bucket = bucket + 1 == width ? 0 : bucket + 1
                    }
                    let u = Int(buckets[bucket])
                    unlink(u, bucket: bucket)
                    queued -= 1
                    state[u] = -2
                    order[settled] = Int32(u); settled += 1
                    let du = whole[u]
                    let sigmaU = sigma[u]
                    // No test for settled neighbours: their path length is at most du, and every length is at least 1.
                    for slot in Int(offsets[u])..<Int(offsets[u + 1]) {
                        let v = Int(neighbors[slot])
                        let candidate = du &+ Int64(lengths[slot])
                        let current = whole[v]
                        if candidate < current {
                            if state[v] >= 0 { unlink(v, bucket: Int(current % Int64(width))) } else { queued += 1 }
                            whole[v] = candidate
                            sigma[v] = sigmaU
                            state[v] = 0
                            link(v, bucket: Int(candidate % Int64(width)))
                        } else if candidate == current {
                            sigma[v] += sigmaU
                        }
                    }
                }
            }
            }
            gather(from: s, count: settled) { Double(whole[$0]) / scale }
            if request.betweenness {
                inOffsets.withUnsafeBufferPointer { inOffsets in
                inNeighbors.withUnsafeBufferPointer { inNeighbors in
                    for i in Swift.stride(from: settled - 1, to: 0, by: -1) {
                        let w = Int(order[i])
                        let coefficient = (1 + delta[w]) / sigma[w]
                        let dw = whole[w]
                        // Every node reached is settled; an unreached one (length Int64.max) wraps below zero.
                        for slot in Int(inOffsets[w])..<Int(inOffsets[w + 1]) {
                            let v = Int(inNeighbors[slot])
                            if whole[v] &+ Int64(incoming[slot]) == dw { delta[v] += sigma[v] * coefficient }
                        }
                        bc[w] += delta[w]
                    }
                }
                }
            }
            return settled
        }

        // MARK: Real lengths: a 4-ary heap, ties within a tolerance

        /// Whether node `a` comes before node `b` in the heap: smaller distance, then smaller index.
        @inline(__always) private func precedes(_ a: Int32, _ b: Int32) -> Bool {
            let da = distance[Int(a)], db = distance[Int(b)]
            return da < db || (da == db && a < b)
        }

        /// Moves the node at heap slot `slot` up to its place.
        @inline(__always) private func siftUp(_ slot: Int) {
            var i = slot
            let node = heap[i]
            while i > 0 {
                let parent = (i - 1) >> 2
                let other = heap[parent]
                if !precedes(node, other) { break }
                heap[i] = other; state[Int(other)] = Int32(i)
                i = parent
            }
            heap[i] = node; state[Int(node)] = Int32(i)
        }

        /// Dijkstra on an indexed 4-ary heap of nodes (each node at most once; decrease-key moves it up), keyed by
        /// (distance, node) as the lazy binary heap it replaces, so nodes are settled in the same order. Distances
        /// within 1e-10 (relative) are ties.
        /// - Returns: the number of nodes settled.
        private func heapSearch(from s: Int, lengths: UnsafeBufferPointer<Double>, incoming: UnsafeBufferPointer<Double>) -> Int {
            let tolerance = ShortestPaths.relativeTolerance
            let offsets = graph.outOffsets, neighbors = graph.outNeighbors
            let inOffsets = graph.inOffsets, inNeighbors = graph.inNeighbors
            var settled = 0
            var count = 1
            distance[s] = 0
            sigma[s] = 1
            heap[0] = Int32(s); state[s] = 0
            offsets.withUnsafeBufferPointer { offsets in
            neighbors.withUnsafeBufferPointer { neighbors in
                while count > 0 {
                    let top = heap[0]
                    let u = Int(top)
                    count -= 1
                    if count > 0 {
                        // Sift the last node down from the root.
                        let node = heap[count]
                        var i = 0
                        while true {
                            let first = 4 * i + 1
                            if first >= count { break }
                            var child = first
                            let end = min(first + 4, count)
                            var j = first + 1
                            while j < end { if precedes(heap[j], heap[child]) { child = j }; j += 1 }
                            if !precedes(heap[child], node) { break }
                            heap[i] = heap[child]; state[Int(heap[i])] = Int32(i)
                            i = child
                        }
                        heap[i] = node; state[Int(node)] = Int32(i)
                    }
                    state[u] = -2
                    order[settled] = top; settled += 1
                    let d = distance[u]
                    let sigmaU = sigma[u]
                    for slot in Int(offsets[u])..<Int(offsets[u + 1]) {
                        let v = Int(neighbors[slot])
                        let mark = state[v]
                        if mark == -2 { continue }
                        let candidate = d + lengths[slot]
                        let current = distance[v]
                        if candidate < current - tolerance * candidate {
                            distance[v] = candidate
                            sigma[v] = sigmaU
                            if mark < 0 {
                                heap[count] = Int32(v); state[v] = Int32(count)
                                count += 1
                                siftUp(count - 1)
                            } else {
                                siftUp(Int(mark))
                            }
                        } else if abs(candidate - current) <= tolerance * candidate {
                            sigma[v] += sigmaU
                        }
                    }
                }
            }
            }
            gather(from: s, count: settled) { distance[$0] }
            if request.betweenness {
                inOffsets.withUnsafeBufferPointer { inOffsets in
                inNeighbors.withUnsafeBufferPointer { inNeighbors in
                    for i in Swift.stride(from: settled - 1, to: 0, by: -1) {
                        let w = Int(order[i])
                        let coefficient = (1 + delta[w]) / sigma[w]
                        let dw = distance[w]
                        for slot in Int(inOffsets[w])..<Int(inOffsets[w + 1]) {
                            let v = Int(inNeighbors[slot])
                            guard state[v] == -2 else { continue }
                            if abs(distance[v] + incoming[slot] - dw) <= tolerance * dw { delta[v] += sigma[v] * coefficient }
                        }
                        bc[w] += delta[w]
                    }
                }
                }
            }
            return settled
        }
    }
}
