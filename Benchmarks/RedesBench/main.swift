// redes-bench: times one Redes computation on an edge-list file, for Benchmarks/compare.py.
//
//   redes-bench FILE --metric load|betweenness|closeness|pagerank|eigenvector|linear [--repeat R] [--weighted] [--directed]
//
// Prints one line of JSON: {"metric", "file", "nodes", "edges", "seconds" (median of R runs), "peak_rss_mb"}.
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

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
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
times.sort()
let median = times.count % 2 == 1 ? times[times.count / 2] : (times[times.count / 2 - 1] + times[times.count / 2]) / 2
let escapedFile = file.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
print("{\"metric\": \"\(metric)\", \"file\": \"\(escapedFile)\", \"nodes\": \(graph.nodeCount), \"edges\": \(graph.edgeCount), \"seconds\": \(median), \"peak_rss_mb\": \(peakResidentMegabytes()), \"check\": \(sink.isFinite ? 1 : 0)\(metric == "louvain" ? ", \"modularity\": \(sink / Double(repeats))" : "")}")

