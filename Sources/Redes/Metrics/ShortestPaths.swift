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

    /// Edge lengths 1/weight laid out along the CSR adjacency arrays.
    struct Lengths: Sendable {
        let outgoing: [Double]
        let incoming: [Double]

        init(_ graph: Graph) {
            outgoing = graph.outEdges.map { 1 / graph.edgeWeights[Int($0)] }
            incoming = graph.isDirected ? graph.inEdges.map { 1 / graph.edgeWeights[Int($0)] } : outgoing
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
        private let hops: UnsafeMutablePointer<Int32>
        private let distance, sigma, delta: UnsafeMutablePointer<Double>
        private let order: UnsafeMutablePointer<Int32>
        private var heap: DistanceHeap
        private let component: [Bool]

        init(graph: Graph, request: ShortestPathRequest, lengths: Lengths?) {
            let n = graph.nodeCount
            self.n = n
            self.graph = graph
            self.request = request
            self.lengths = lengths
            func doubles(_ value: Double) -> UnsafeMutablePointer<Double> {
                let p = UnsafeMutablePointer<Double>.allocate(capacity: max(n, 1))
                p.initialize(repeating: value, count: max(n, 1))
                return p
            }
            bc = doubles(0); distSum = doubles(0); reachCount = doubles(0); harm = doubles(0)
            distance = doubles(.infinity); sigma = doubles(0); delta = doubles(0)
            hops = .allocate(capacity: max(n, 1)); hops.initialize(repeating: -1, count: max(n, 1))
            order = .allocate(capacity: max(n, 1)); order.initialize(repeating: 0, count: max(n, 1))
            heap = DistanceHeap(capacity: request.weighted ? max(16, graph.edgeCount + 1) : 0)
            component = request.component ?? []
        }

        deinit {
            for p in [bc, distSum, reachCount, harm, distance, sigma, delta] { p.deallocate() }
            hops.deallocate(); order.deallocate()
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
            let needSigma = request.betweenness
            let tolerance = ShortestPaths.relativeTolerance
            var settled = 0
            distance[s] = 0
            sigma[s] = 1
            heap.removeAll()
            heap.push(0, Int32(s))
            while let (d, node) = heap.pop() {
                let u = Int(node)
                if hops[u] >= 0 || d > distance[u] { continue }  // settled already, or a stale entry
                hops[u] = 0  // settled
                order[settled] = node; settled += 1
                let sigmaU = sigma[u]
                for slot in Int(graph.outOffsets[u])..<Int(graph.outOffsets[u + 1]) {
                    let v = Int(graph.outNeighbors[slot])
                    if hops[v] >= 0 { continue }
                    let candidate = d + lengths.outgoing[slot]
                    let current = distance[v]
                    if candidate < current - tolerance * candidate {
                        distance[v] = candidate
                        sigma[v] = sigmaU
                        heap.push(candidate, Int32(v))
                    } else if abs(candidate - current) <= tolerance * candidate {
                        sigma[v] += sigmaU
                    }
                }
            }
            gather(from: s, count: settled) { distance[$0] }
            if needSigma {
                for i in stride(from: settled - 1, to: 0, by: -1) {
                    let w = Int(order[i])
                    let coefficient = (1 + delta[w]) / sigma[w]
                    let dw = distance[w]
                    for slot in Int(graph.inOffsets[w])..<Int(graph.inOffsets[w + 1]) {
                        let v = Int(graph.inNeighbors[slot])
                        guard hops[v] >= 0 else { continue }
                        if abs(distance[v] + lengths.incoming[slot] - dw) <= tolerance * dw {
                            delta[v] += sigma[v] * coefficient
                        }
                    }
                    bc[w] += delta[w]
                }
            }
            for i in 0..<settled {
                let v = Int(order[i])
                hops[v] = -1
                sigma[v] = 0
                distance[v] = .infinity
                delta[v] = 0
            }
        }
    }
}

/// A binary min-heap of (distance, node) pairs with lazy deletion, for Dijkstra.
struct DistanceHeap {
    private var keys: [Double] = []
    private var nodes: [Int32] = []

    init(capacity: Int) {
        keys.reserveCapacity(capacity)
        nodes.reserveCapacity(capacity)
    }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }

    mutating func push(_ key: Double, _ node: Int32) {
        keys.append(key); nodes.append(node)
        var i = keys.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if keys[parent] < key || (keys[parent] == key && nodes[parent] <= node) { break }
            keys[i] = keys[parent]; nodes[i] = nodes[parent]
            i = parent
        }
        keys[i] = key; nodes[i] = node
    }

    mutating func pop() -> (Double, Int32)? {
        guard let topKey = keys.first, let topNode = nodes.first else { return nil }
        let lastKey = keys.removeLast(), lastNode = nodes.removeLast()
        if keys.isEmpty { return (topKey, topNode) }
        var i = 0
        let count = keys.count
        while true {
            let left = 2 * i + 1
            if left >= count { break }
            var child = left
            let right = left + 1
            if right < count && (keys[right] < keys[left] || (keys[right] == keys[left] && nodes[right] < nodes[left])) { child = right }
            if lastKey < keys[child] || (lastKey == keys[child] && lastNode <= nodes[child]) { break }
            keys[i] = keys[child]; nodes[i] = nodes[child]
            i = child
        }
        keys[i] = lastKey; nodes[i] = lastNode
        return (topKey, topNode)
    }
}
