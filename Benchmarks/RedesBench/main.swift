// redes-bench: times one Redes computation on an edge-list file, for Benchmarks/compare.py.
//
//   redes-bench FILE --metric load|betweenness|closeness|pagerank|eigenvector|linear [--repeat R] [--weighted] [--directed]
//
// Prints one line of JSON: {"metric", "file", "nodes", "edges", "seconds" (median of R runs), "cpu_seconds" (median CPU
// time of all threads: a figure that a busy machine disturbs less), "peak_rss_mb"}.
// "load" reads the CSV and builds the compact graph; "linear" runs every linear-time metric (degree, strength,
// components, core numbers, clustering, transitivity, cut points and bridges, assortativity, PageRank).
import Foundation
import Redes

func peakResidentMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? .nan
        return kilobytes / 1024
    }
    return .nan
}

/// User + system CPU seconds of this process so far (all threads).
func cpuSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

nonisolated(unsafe) var cpuTimes: [Double] = []

/// Wall seconds of `body`; its CPU seconds (all threads) go to `cpuTimes`.
func seconds(_ body: () -> Void) -> Double {
    let cpu = cpuSeconds()
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    cpuTimes.append(cpuSeconds() - cpu)
    return wall
}

var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(i...(i + 1)) }
    return arguments[i + 1]
}
@MainActor func flag(_ name: String) -> Bool {
    guard let i = arguments.firstIndex(of: name) else { return false }
    arguments.remove(at: i)
    return true
}
let metric = option("--metric") ?? "load"
let repeats = max(1, Int(option("--repeat") ?? "1") ?? 1)
let weighted = flag("--weighted")
let directed = flag("--directed")
guard let file = arguments.first else {
    FileHandle.standardError.write(Data("usage: redes-bench FILE --metric load|betweenness|closeness|pagerank|linear [--repeat R]\n".utf8))
    exit(64)
}

let reader = EdgeListReader(directed: directed)
@MainActor func load() -> Graph {
    do { return try reader.readGraph(path: file).graph } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
}

var graph = load()
var times: [Double] = []
var sink = 0.0
for _ in 0..<repeats {
    switch metric {
    case "load": times.append(seconds { graph = load() })
    case "betweenness": times.append(seconds { sink += graph.betweennessCentrality(weighted: weighted)[0] })
    case "closeness": times.append(seconds { sink += graph.closenessCentrality(weighted: weighted)[0] })
    case "harmonic": times.append(seconds { sink += graph.harmonicCentrality(weighted: weighted)[0] })
    case "pagerank": times.append(seconds { sink += graph.pageRank(weighted: weighted)[0] })
    case "eigenvector": times.append(seconds { sink += graph.eigenvectorCentrality(weighted: weighted).values?[0] ?? .nan })
    case "louvain": times.append(seconds { sink += LouvainCommunities(graph, weighted: weighted, seed: 42).modularity })
    case "constraint": times.append(seconds { sink += StructuralHoles(graph, weighted: weighted).constraint[0] ?? 0 })
    case "linear":
        times.append(seconds {
            let linear: Set<ActorMetric> = [.degree, .inDegree, .outDegree, .degreeCentrality, .strength, .pagerank,
                                            .clustering, .coreNumber, .articulationPoint, .component]
            let metrics = NetworkMetrics(graph, options: MetricOptions(weighted: weighted, metrics: linear))
            sink += metrics.pagerank?[0] ?? 0
        })
    default:
        FileHandle.standardError.write(Data("unknown metric '\(metric)'\n".utf8))
        exit(64)
    }
}
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}
let medianSeconds = median(times)
let escapedFile = file.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
print("{\"metric\": \"\(metric)\", \"file\": \"\(escapedFile)\", \"nodes\": \(graph.nodeCount), \"edges\": \(graph.edgeCount), \"seconds\": \(medianSeconds), \"cpu_seconds\": \(median(cpuTimes)), \"peak_rss_mb\": \(peakResidentMegabytes()), \"check\": \(sink.isFinite ? 1 : 0)\(metric == "louvain" ? ", \"modularity\": \(sink / Double(repeats))" : "")}")

