import Foundation

/// Reads a network from a CSV edge list and, optionally, a CSV node list.
///
/// **Edges file.** The first line is a header naming `source` and `target` (any case; Gephi's `Source,Target`
/// works); optional columns are `weight` (tie strength, a positive number; default 1), `kind` (default `tie`),
/// `status` (`documented`, `illustrative` or `proposed`; default `documented`, citing the file itself) and `reason`
/// (for illustrative ties; without it the reason says the file marked the tie illustrative).
/// Other columns become tie attributes. One tie per line; a pair may appear twice only with different kinds.
///
/// **Nodes file** (`--nodes`). A header naming `id`; optional `name` (or `label`), `full_name`, `bloc`, `sector`,
/// `territories` (several separated by `|`); other columns become attributes (numbers and `true`/`false` typed).
/// Every node listed becomes an actor in the order listed, so nodes without ties are isolates. When a nodes file is
/// given, every edge end must be listed in it. Without one, actors are created in order of first appearance.
public struct EdgeListReader: Sendable {
    public var isDirected: Bool
    /// Field separator; `,` by default.
    public var delimiter: UInt8
    /// A CSV node list to read alongside the edges.
    public var nodesPath: String?

    public init(directed: Bool = false, delimiter: UInt8 = UInt8(ascii: ","), nodesPath: String? = nil) {
        self.isDirected = directed
        self.delimiter = delimiter
        self.nodesPath = nodesPath
    }

    public func read(path: String) throws(LoadError) -> Network {
        try read(bytes: try TextFile.bytes(atPath: path), file: path)
    }

    /// Reads an edge list held in memory; `file` names it in errors.
    public func read(bytes: [UInt8], file path: String) throws(LoadError) -> Network {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        var network = Network(name: fileName, directed: isDirected)
        network.sources = [SourceDocument(id: fileName, title: "Edge list \(fileName)", file: path)]
        var index: [String: Int] = [:]
        if let nodesPath {
            network.actors = try readNodes(path: nodesPath)
            for (i, actor) in network.actors.enumerated() { index[actor.id] = i }
        }
        let bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if TextFile.isBlank(bytes) { throw LoadError(file: path, line: 1, problem: .emptyFile) }
        _ = try TextFile.text(bytes, file: path)
        let parser = CSVParser(bytes: bytes, delimiter: delimiter, file: path)
        var columns: Columns?
        // The known columns' positions, looked up once from the header.
        var sourceColumn = 0, targetColumn = 0
        var weightColumn: Int?, kindColumn: Int?, statusColumn: Int?, reasonColumn: Int?
        // Room for one tie per line, so that the array is not grown by doubling and copying (500,000 ties: 40 MB, not
        // twice that while the last copy is made).
        let lines = bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + 1
        network.ties.reserveCapacity(lines)
        // Each tie once: its ends (actor positions, in either order when symmetric) and kind, with its line.
        var keys: [TieIdentity: Int32] = [:]
        keys.reserveCapacity(lines)
        var kinds: [String: Int32] = [:]
        // Every tie of the file that states no status cites the file: one evidence value, shared.
        let citesTheFile = Evidence.documented(source: fileName)
        try parser.forEachRecord { fields, line throws(LoadError) in
            guard let header = columns else {
                let header = try Columns(header: fields, required: ["source", "target"],
                                         known: ["source", "target", "weight", "kind", "status", "reason"],
                                         bytes: bytes, delimiter: delimiter, file: path, line: line)
                columns = header
                sourceColumn = header["source"]!
                targetColumn = header["target"]!
                (weightColumn, kindColumn, statusColumn, reasonColumn) = (header["weight"], header["kind"], header["status"], header["reason"])
                return
            }
            guard fields.count == header.names.count else {
                throw LoadError(file: path, line: line, problem: .wrongFieldCount(expected: header.names.count, found: fields.count))
            }
            let source = fields[sourceColumn], target = fields[targetColumn]
            guard !source.isEmpty else { throw LoadError(file: path, line: line, column: sourceColumn + 1, problem: .emptyField(column: "source")) }
            guard !target.isEmpty else { throw LoadError(file: path, line: line, column: targetColumn + 1, problem: .emptyField(column: "target")) }
            /// The actor of `id` (created on first sight without a node list).
            func actor(_ id: String, _ column: String, _ position: Int) throws(LoadError) -> Int32 {
                if let known = index[id] { return Int32(known) }
                guard nodesPath == nil else {
                    throw LoadError(file: path, line: line, column: position + 1, problem: .unknownActor(
                        id: id, role: .tieEnd(column), suggestion: closestMatch(to: id, in: network.actors.map(\.id))))
                }
                index[id] = network.actors.count
                network.actors.append(Actor(id: id))
                return Int32(network.actors.count - 1)
            }
            let u = try actor(source, "source", sourceColumn), v = try actor(target, "target", targetColumn)
            guard source != target else {
                throw LoadError(file: path, line: line, problem: .selfLoop(actor: source))
            }
            var weight = 1.0
            if let w = weightColumn {
                guard let value = Double(fields[w]), value > 0, value.isFinite else {
                    throw LoadError(file: path, line: line, column: w + 1, problem: .invalidWeight(fields[w]))
                }
                weight = value
            }
            let kind = kindColumn.map { fields[$0] }.flatMap { $0.isEmpty ? nil : $0 } ?? "tie"
            var evidence = citesTheFile
            if let s = statusColumn, !fields[s].isEmpty {
                guard let status = EvidenceStatus(rawValue: fields[s].lowercased()) else {
                    throw LoadError(file: path, line: line, column: s + 1, problem: .invalidChoice(
                        key: "status", value: fields[s], allowed: EvidenceStatus.allCases.map(\.rawValue)))
                }
                // Without a reason column, an illustrative tie says where it was marked so.
                let reason = reasonColumn.map { fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }
                    ?? (status == .illustrative ? "\(fileName): status=illustrative" : nil)
                evidence = Evidence(status: status, source: status == .illustrative ? nil : fileName, reason: reason)
                if let missing = evidence.missingRequirement {
                    throw LoadError(file: path, line: line, column: s + 1, problem: .incompleteEvidence(missing))
                }
            }
            var attributes: [String: AttributeValue] = [:]
            for (position, name) in header.extra { attributes[name] = AttributeValue.parsing(fields[position]) }
            let tie = Tie(source: source, target: target, kind: kind, weight: weight, attributes: attributes, evidence: evidence)
            let kindIndex = kinds[kind] ?? { let k = Int32(kinds.count); kinds[kind] = k; return k }()
            let key = network.isSymmetric(tie) && v < u ? TieIdentity(first: v, second: u, kind: kindIndex)
                : TieIdentity(first: u, second: v, kind: kindIndex)
            if let first = keys[key] {
                throw LoadError(file: path, line: line, problem: .duplicateTie(tie.key, firstLine: Int(first)))
            }
            keys[key] = Int32(clamping: line)
            network.ties.append(tie)
        }
        guard columns != nil else { throw LoadError(file: path, line: 1, problem: .emptyFile) }
        return network
    }

    func readNodes(path: String) throws(LoadError) -> [Actor] {
        let bytes = try TextFile.bytes(atPath: path)
        if TextFile.isBlank(bytes) { throw LoadError(file: path, line: 1, problem: .emptyFile) }
        _ = try TextFile.text(bytes, file: path)
        var columns: Columns?
        var actors: [Actor] = []
        var seen: [String: Int] = [:]
        try CSVParser(bytes: bytes, delimiter: delimiter, file: path).forEachRecord { fields, line throws(LoadError) in
            guard let header = columns else {
                columns = try Columns(header: fields, required: ["id"],
                                      known: ["id", "name", "label", "full_name", "bloc", "sector", "territories", "territory"],
                                      bytes: bytes, delimiter: delimiter, file: path, line: line)
                return
            }
            guard fields.count == header.names.count else {
                throw LoadError(file: path, line: line, problem: .wrongFieldCount(expected: header.names.count, found: fields.count))
            }
            let id = fields[header["id"]!]
            guard !id.isEmpty else { throw LoadError(file: path, line: line, column: header["id"]! + 1, problem: .emptyField(column: "id")) }
            if seen[id] != nil {
                throw LoadError(file: path, line: line, column: header["id"]! + 1, problem: .duplicateID(element: .node, id: id))
            }
            seen[id] = line
            func value(_ name: String) -> String? {
                header[name].map { fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            }
            var attributes: [String: AttributeValue] = [:]
            for (position, name) in header.extra where !fields[position].isEmpty {
                attributes[name] = AttributeValue.parsing(fields[position])
            }
            let territories = (value("territories") ?? value("territory")).map {
                $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            } ?? []
            actors.append(Actor(id: id, name: value("name") ?? value("label"), fullName: value("full_name"),
                                bloc: value("bloc"), territories: territories, sector: value("sector"),
                                attributes: attributes))
        }
        guard columns != nil else { throw LoadError(file: path, line: 1, problem: .emptyFile) }
        return actors
    }
}

/// A tie of an edge list by actor positions and kind index (12 bytes instead of a ``TieKey``'s three strings).
private struct TieIdentity: Hashable {
    let first: Int32
    let second: Int32
    let kind: Int32
}

/// The header of a CSV file: column positions by lowercased name.
struct Columns {
    let names: [String]
    private let position: [String: Int]
    /// Columns that are not among the known ones, with their original names.
    let extra: [(Int, String)]

    init(header: [String], required: [String], known: [String], bytes: [UInt8], delimiter: UInt8, file: String,
         line: Int) throws(LoadError) {
        names = header
        var position: [String: Int] = [:]
        var extra: [(Int, String)] = []
        for (i, name) in header.enumerated() {
            let key = name.lowercased()
            if position[key] != nil { throw LoadError(file: file, line: line, column: i + 1, problem: .duplicateColumn(name)) }
            position[key] = i
            if !known.contains(key) && !name.isEmpty { extra.append((i, name)) }
        }
        self.position = position
        self.extra = extra
        for column in required where position[column] == nil {
            // A header that is one field but holds another separator: the file uses another delimiter.
            if header.count == 1, let end = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? Optional(bytes.count),
               let other = CSVParser.guessDelimiter(inHeader: bytes[..<end]), other != delimiter {
                throw LoadError(file: file, line: line, problem: .wrongDelimiter(found: other, expected: delimiter))
            }
            throw LoadError(file: file, line: line, problem: .missingColumn(column, header: header))
        }
    }

    subscript(name: String) -> Int? { position[name] }
}

extension AttributeValue {
    /// A value read from text: a number when it reads as one, `true`/`false` as a truth value, text otherwise.
    static func parsing(_ text: String) -> AttributeValue {
        if let number = Double(text), number.isFinite { return .number(number) }
        switch text.lowercased() {
        case "true": return .bool(true)
        case "false": return .bool(false)
        default: return .string(text)
        }
    }
}

extension EdgeListReader {
    /// Reads only the graph of an edge list — node ids and the compact ``Graph`` — without building the full model
    /// (no `Tie` per line): the path for large files (hundreds of thousands of edges) when only metrics are wanted.
    /// Columns `source`, `target` and optional `weight` are read; repeated edges merge, weights summing.
    /// Node order: the node list if given, else first appearance.
    public func readGraph(path: String) throws(LoadError) -> (ids: [String], graph: Graph) {
        let bytes = try TextFile.bytes(atPath: path)
        if TextFile.isBlank(bytes) { throw LoadError(file: path, line: 1, problem: .emptyFile) }
        // Files with quotes take the general reader; plain files the byte scanner below.
        if bytes.contains(UInt8(ascii: "\"")) || nodesPath != nil {
            let network = try read(path: path)
            return (network.actors.map(\.id), network.actorGraph().graph)
        }
        try TextFile.validateUTF8(bytes, file: path)
        return try bytes.withUnsafeBufferPointer { buffer throws(LoadError) in try scanPlain(buffer, path: path) }
    }

    /// Reads an edge list without quotes straight from its bytes: one pass, ids interned as byte ranges.
    private func scanPlain(_ buffer: UnsafeBufferPointer<UInt8>, path: String) throws(LoadError) -> (ids: [String], graph: Graph) {
        let n = buffer.count
        let newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
        // Header.
        var position = 0
        while position < n && buffer[position] != newline { position += 1 }
        let headerBytes = Array(buffer[0..<position])
        var header: [String] = []
        try CSVParser(bytes: headerBytes, delimiter: delimiter, file: path).forEachRecord { fields, _ throws(LoadError) in header = fields }
        let names = header.map { $0.lowercased() }
        guard let sourceColumn = names.firstIndex(of: "source"), let targetColumn = names.firstIndex(of: "target") else {
            _ = try Columns(header: header, required: ["source", "target"], known: [], bytes: Array(buffer),
                            delimiter: delimiter, file: path, line: 1)
            return ([], GraphBuilder(nodeCount: 0, directed: isDirected).buildGraph())
        }
        let weightColumn = names.firstIndex(of: "weight")
        let columnCount = header.count
        var interner = ByteInterner(expected: max(1024, n / 64))
        var builder = GraphBuilder(nodeCount: 0, directed: isDirected)
        var sources: [Int32] = [], targets: [Int32] = [], weights: [Double] = [], lines: [Int32] = []
        sources.reserveCapacity(n / 10); targets.reserveCapacity(n / 10); lines.reserveCapacity(n / 10)
        if weightColumn != nil { weights.reserveCapacity(n / 10) }
        var fieldStart = [Int](repeating: 0, count: columnCount), fieldLength = [Int](repeating: 0, count: columnCount)
        var line = 1
        position += 1
        while position < n {
            line += 1
            // Split one line into trimmed fields.
            var field = 0
            var cursor = position
            var lineEnd = position
            while lineEnd < n && buffer[lineEnd] != newline { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > position && buffer[contentEnd - 1] == carriage { contentEnd -= 1 }
            defer { position = lineEnd + 1 }
            if contentEnd == position { continue }  // blank line
            while true {
                var fieldEnd = cursor
                while fieldEnd < contentEnd && buffer[fieldEnd] != delimiter { fieldEnd += 1 }
                var a = cursor, b = fieldEnd
                while a < b && (buffer[a] == 0x20 || buffer[a] == 0x09) { a += 1 }
                while b > a && (buffer[b - 1] == 0x20 || buffer[b - 1] == 0x09) { b -= 1 }
                if field < columnCount { fieldStart[field] = a; fieldLength[field] = b - a }
                field += 1
                if fieldEnd >= contentEnd { break }
                cursor = fieldEnd + 1
            }
            guard field == columnCount else {
                throw LoadError(file: path, line: line, problem: .wrongFieldCount(expected: columnCount, found: field))
            }
            func node(_ column: Int, _ role: String) throws(LoadError) -> Int32 {
                guard fieldLength[column] > 0 else {
                    throw LoadError(file: path, line: line, column: column + 1, problem: .emptyField(column: role))
                }
                return Int32(interner.intern(buffer, start: fieldStart[column], length: fieldLength[column]).index)
            }
            let u = try node(sourceColumn, "source"), v = try node(targetColumn, "target")
            guard u != v else {
                let id = String(decoding: buffer[fieldStart[sourceColumn]..<(fieldStart[sourceColumn] + fieldLength[sourceColumn])], as: UTF8.self)
                throw LoadError(file: path, line: line, problem: .selfLoop(actor: id))
            }
            if let w = weightColumn {
                let text = String(decoding: buffer[fieldStart[w]..<(fieldStart[w] + fieldLength[w])], as: UTF8.self)
                guard let value = Double(text), value > 0, value.isFinite else {
                    throw LoadError(file: path, line: line, column: w + 1, problem: .invalidWeight(text))
                }
                weights.append(value)
            }
            sources.append(u); targets.append(v); lines.append(Int32(line))
        }
        let ids = (0..<interner.count).map { i in
            String(decoding: buffer[interner.starts[i]..<(interner.starts[i] + interner.lengths[i])], as: UTF8.self)
        }
        builder = GraphBuilder(nodeCount: ids.count, directed: isDirected)
        builder.reserveCapacity(sources.count)
        for i in sources.indices {
            builder.addEdge(Int(sources[i]), Int(targets[i]), weight: weightColumn == nil ? 1 : weights[i])
        }
        let graph = builder.buildGraph()
        if graph.edgeCount < sources.count {
            // A repeated tie, as the full reader reports it: find the first repeat and its line.
            var first: [UInt64: Int32] = [:]
            for i in sources.indices {
                let (a, b) = isDirected || sources[i] < targets[i] ? (sources[i], targets[i]) : (targets[i], sources[i])
                let key = UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))
                if let earlier = first[key] {
                    throw LoadError(file: path, line: Int(lines[i]), problem: .duplicateTie(
                        TieKey(source: ids[Int(sources[i])], target: ids[Int(targets[i])], kind: "tie"), firstLine: Int(earlier)))
                }
                first[key] = lines[i]
            }
        }
        return (ids, graph)
    }
}
