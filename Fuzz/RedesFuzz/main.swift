// redes-fuzz: a seeded mutation fuzzer for every Redes reader.
//
//   redes-fuzz [--inputs N] [--seed S] [--formats yaml,csv,graphml,gexf,net,dl,json] [--verbose] [--replay FORMAT:I]
//
// For each format it takes the seed inputs (the bundled network written in that format, and the test fixtures),
// mutates them (bit flips, byte and token insertions, deletions, duplicated and spliced chunks, truncation) and
// reads each result from memory. A reader may reject an input — with a LoadError — but must never crash, hang or
// throw anything else. The run is deterministic: input I of a format depends only on the seed, so a crash found by
// `--verbose` (which prints each input number first) is reproduced with `--replay FORMAT:I`, which writes it to a
// file for a regression test.
import Foundation
import Redes
import RedesPresentation

var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}
let inputs = Int(option("--inputs") ?? "100000") ?? 100_000
let seed = UInt64(option("--seed") ?? "1") ?? 1
let verbose = arguments.contains("--verbose")
let formats = (option("--formats") ?? "yaml,csv,graphml,gexf,net,dl,json").split(separator: ",").map(String.init)
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Seed inputs per format: the bundled network in that format, plus fixture files.
@MainActor func seeds(_ format: String) -> [[UInt8]] {
    var result: [[UInt8]] = []
    if let network = try? Network.read(path: root.appendingPathComponent("Networks/antofagasta-tp.yaml").path) {
        let exchange: ExchangeFormat? = ["yaml": .yaml, "csv": .csv, "graphml": .graphml, "gexf": .gexf, "net": .pajek, "dl": .dl, "json": .json][format]
        if let exchange {
            if let text = try? ExchangeWriter.text(PortableGraph(network), format: exchange, network: network) { result.append(Array(text.utf8)) }
            if exchange == .graphml || exchange == .dl,
               let text = try? ExchangeWriter.text(PortableGraph(network, twoMode: true), format: exchange) {
                result.append(Array(text.utf8))
            }
        }
    }
    let folders = ["Tests/RedesTests/Fixtures/interop", "Tests/RedesTests/Fixtures/reference"]
    for folder in folders {
        let url = root.appendingPathComponent(folder)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path))?.sorted() ?? [] where name.hasSuffix("." + format) {
            if let data = try? Data(contentsOf: url.appendingPathComponent(name)), data.count < 200_000 { result.append([UInt8](data)) }
        }
    }
    return result.isEmpty ? [Array("x".utf8)] : result
}

/// Tokens that matter to the parsers, inserted whole.
let tokens: [[UInt8]] = ["\"", "<", ">", "&", "[", "]", "{", "}", ":", ",", ";", "\n", "\r\n", "\t", "- ", "*Vertices 3", "*Arcs",
                         "data:", "labels:", "dl n=", "<node id=\"x\"/>", "</graph>", "redes: 1", "weight", "NaN", "-1", "1e309",
                         "\u{0}", "\u{FEFF}", "é", "\u{202E}"].map { Array($0.utf8) }

struct Mutator {
    var generator: SplitMix64
    mutating func int(_ upper: Int) -> Int { upper <= 0 ? 0 : Int(generator.next() % UInt64(upper)) }

    mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0..<(1 + int(4)) {
            let position = int(bytes.count + 1)
            switch int(8) {
            case 0 where !bytes.isEmpty: bytes[min(position, bytes.count - 1)] ^= UInt8(1 << int(8))
            case 1: bytes.insert(UInt8(int(256)), at: position)
            case 2 where !bytes.isEmpty: bytes.remove(at: min(position, bytes.count - 1))
            case 3: bytes.insert(contentsOf: tokens[int(tokens.count)], at: position)
            case 4 where bytes.count > 2:
                let start = int(bytes.count), length = min(int(64) + 1, bytes.count - start)
                bytes.insert(contentsOf: bytes[start..<(start + length)], at: position)
            case 5 where bytes.count > 2:
                let start = int(bytes.count), length = min(int(256) + 1, bytes.count - start)
                bytes.removeSubrange(start..<(start + length))
            case 6 where !other.isEmpty:
                let start = int(other.count), length = min(int(512) + 1, other.count - start)
                bytes.insert(contentsOf: other[start..<(start + length)], at: position)
            default: bytes = Array(bytes.prefix(position))
            }
        }
        return bytes
    }
}

/// Input `index` of `format`, deterministically.
@MainActor func input(_ format: String, _ index: Int, seeds: [[UInt8]]) -> [UInt8] {
    // The stream of a format depends only on the seed, the format and the index (not on which formats run).
    let formatNumber = UInt64(["yaml", "csv", "graphml", "gexf", "net", "dl", "json"].firstIndex(of: format) ?? 7)
    var mutator = Mutator(generator: SplitMix64(seed: seed &* 0x9E37_79B9 &+ UInt64(index) &* 31 &+ formatNumber))
    let base = seeds[mutator.int(seeds.count)]
    let other = seeds[mutator.int(seeds.count)]
    return mutator.mutate(base, other: other)
}

if let replay = option("--replay") {
    let parts = replay.split(separator: ":")
    guard parts.count == 2, let index = Int(parts[1]) else { print("usage: --replay FORMAT:INDEX"); exit(64) }
    let format = String(parts[0])
    let bytes = input(format, index, seeds: seeds(format))
    let path = "fuzz-\(format)-\(index).\(format)"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    print("wrote \(path)")
    exit(0)
}

var total = 0
let started = Date()
for format in formats {
    let corpus = seeds(format)
    var rejected = 0, accepted = 0
    let start = Date()
    for index in 0..<inputs {
        if verbose { FileHandle.standardOutput.write(Data("\(format):\(index)\n".utf8)) }
        let bytes = input(format, index, seeds: corpus)
        do {
            let network = try Network.read(bytes: bytes, fileName: "fuzz.\(format)")
            // Accepted inputs must also project and analyse.
            _ = NetworkSummary(network)
            accepted += 1
        } catch {
            rejected += 1
            // Every rejection is put in words in both languages (the catalog covers every problem).
            if Language.allCases.contains(where: { $0.describe(error).isEmpty }) { print("empty error message for \(format):\(index)"); exit(1) }
        }
    }
    total += inputs
    print("\(format): \(inputs) inputs from \(corpus.count) seeds, \(accepted) accepted, \(rejected) rejected with a LoadError, 0 crashes (\(String(format: "%.1f", Date().timeIntervalSince(start))) s)")
}
print("fuzz: \(total) inputs in \(String(format: "%.1f", Date().timeIntervalSince(started))) s, no crash")
