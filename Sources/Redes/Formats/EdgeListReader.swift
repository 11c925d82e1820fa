import Foundation

/// Reads a network from a CSV edge list and, optionally, a CSV node list.
///
/// **Edges file.** The first line is a header naming `source` and `target` (any case; Gephi's `Source,Target`
/// works; Spanish headers too: ``EdgeListColumn``); optional columns are `weight` (tie strength, a positive number;
/// default 1), `kind` (default `tie`; known kinds in Spanish become their English token, ``Tie/canonicalKind(_:)``),
/// `status` (`documented`, `illustrative`, `proposed` or `unspecified`, or their Spanish words; default
/// `unspecified`: an edge list does not say what a tie rests on, ``Evidence/declared(_:reason:byFile:)``) and
/// `reason` (for illustrative ties; without it the reason says the file marked the tie illustrative).
/// Other columns become tie attributes. One tie per line; a pair may appear twice only with different kinds.
///
/// **Separator.** `,` unless given; with no separator given, a header line that holds no comma but a `;` (or a tab)
/// is read with that separator. In `;`-separated files numbers may use the decimal comma (``CSVDialect``).
///
/// **Nodes file** (`--nodes`). A header naming `id`; optional `name` (or `label`), `full_name`, `bloc`, `sector`,
/// `territories` (several separated by `|`), or their Spanish headers (``NodeListColumn``); other columns become
/// attributes (numbers and `true`/`false` typed).
/// Every node listed becomes an actor in the order listed, so nodes without ties are isolates. When a nodes file is
/// given, every edge end must be listed in it. Without one, actors are created in order of first appearance.
public struct EdgeListReader: Sendable {
    public var isDirected: Bool
    /// Field separator; `,` by default; nil reads it from each file's header (``CSVDialect/separator(ofHeader:)``,
    /// else `,`).
    public var delimiter: UInt8?
    /// A CSV node list to read alongside the edges.
    public var nodesPath: String?

    public init(directed: Bool = false, delimiter: UInt8? = UInt8(ascii: ","), nodesPath: String? = nil) {
        self.isDirected = directed
        self.delimiter = delimiter
        self.nodesPath = nodesPath
    }

    public func read(path: String) throws(LoadError) -> Network {
        try read(bytes: try TextFile.bytes(atPath: path), file: path)
    }

    /// The dialect of a file with these bytes: the given separator, or the one its header shows.
    func dialect(of bytes: [UInt8]) -> CSVDialect {
        CSVDialect(delimiter: delimiter ?? CSVDialect.separator(ofHeader: bytes) ?? UInt8(ascii: ","))
    }

    /// Reads an edge list held in memory; `file` names it in errors.
    public func read(bytes: [UInt8], file path: String) throws(LoadError) -> Network {
        try readLocated(bytes: bytes, file: path).network
    }

    /// Where each actor and tie was read: the file and line (the node list's line, or the edge line where an actor
    /// first appears), for messages about them.
    struct Places {
        var actors: [(file: String, line: Int)] = []
        var ties: [Int] = []
    }

    /// Reads an edge list held in memory, with the place of every actor and tie.
    func readLocated(bytes: [UInt8], file path: String) throws(LoadError) -> (network: Network, places: Places) {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        var network = Network(name: fileName, directed: isDirected)
        network.sources = [SourceDocument(id: fileName, title: fileName, file: path)]
        var index: [String: Int] = [:]
        var places = Places()
        if let nodesPath {
            let (actors, lines) = try readNodes(path: nodesPath)
            network.actors = actors
            places.actors = lines.map { (nodesPath, $0) }
            for (i, actor) in network.actors.enumerated() { index[actor.id] = i }
        }
        let bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if TextFile.isBlank(bytes) { throw LoadError(file: path, line: 1, problem: .emptyFile) }
        _ = try TextFile.text(bytes, file: path)
        let dialect = dialect(of: bytes)
        let parser = CSVParser(bytes: bytes, delimiter: dialect.delimiter, file: path)
        var columns: Columns?
        // The known columns' positions, looked up once from the header.
        var sourceColumn = 0, targetColumn = 0
        var weightColumn: Int?, kindColumn: Int?, statusColumn: Int?, reasonColumn: Int?
        // Room for one tie per line, so that the array is not grown by doubling and copying (500,000 ties: 40 MB, not
        // twice that while the last copy is made).
        let lines = bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + 1
        network.ties.reserveCapacity(lines)
        places.ties.reserveCapacity(lines)
        // Each tie once: its ends (actor positions, in either order when symmetric) and kind, with its line.
        var keys: [TieIdentity: Int32] = [:]
        keys.reserveCapacity(lines)
        // Kinds and statuses repeat down the file: each distinct spelling is read once, and the ties that give no
        // reason share one evidence value per status.
        var kinds: [String: (kind: String, index: Int32)] = [:], statuses: [String: EvidenceStatus] = [:]
        var sharedEvidence: [EvidenceStatus?: Evidence] = [:]
        try parser.forEachRecord { fields, line throws(LoadError) in
            guard let header = columns else {
                let header = try Columns(header: fields, vocabulary: EdgeListColumn.self, required: [.source, .target],
                                         bytes: bytes, delimiter: dialect.delimiter, file: path, line: line)
                columns = header
                // Columns checked the required ones: both are there.
                sourceColumn = header["source"] ?? 0
                targetColumn = header["target"] ?? 0
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
                places.actors.append((path, line))
                return Int32(network.actors.count - 1)
            }
            let u = try actor(source, "source", sourceColumn), v = try actor(target, "target", targetColumn)
            guard source != target else {
                throw LoadError(file: path, line: line, problem: .selfLoop(actor: source))
            }
            var weight = 1.0
            if let w = weightColumn {
                guard let value = dialect.number(fields[w]), value > 0, value.isFinite else {
                    throw LoadError(file: path, line: line, column: w + 1, problem: .invalidWeight(fields[w]))
                }
                weight = value
            }
            let spelling = kindColumn.map { fields[$0] }.flatMap { $0.isEmpty ? nil : $0 } ?? "tie"
            let kind: (kind: String, index: Int32)
            if let known = kinds[spelling] {
                kind = known
            } else {
                // Spellings of one kind (`convenio`, `agreement`) share its index.
                let canonical = Tie.canonicalKind(spelling)
                kind = (canonical, kinds.values.first { $0.kind == canonical }?.index ?? Int32(kinds.count))
                kinds[spelling] = kind
            }
            var status: EvidenceStatus?
            if let s = statusColumn, !fields[s].isEmpty {
                guard let stated = statuses[fields[s]] ?? EvidenceStatus(word: fields[s]) else {
                    throw LoadError(file: path, line: line, column: s + 1, problem: .invalidChoice(
                        key: "status", value: fields[s], allowed: EvidenceStatus.allCases.map(\.rawValue)))
                }
                statuses[fields[s]] = stated
                status = stated
            }
            let evidence: Evidence
            if let reason = reasonColumn.map({ fields[$0] }).flatMap({ $0.isEmpty ? nil : $0 }) {
                evidence = Evidence.declared(status, reason: reason, byFile: fileName)
            } else if let shared = sharedEvidence[status] {
                evidence = shared
            } else {
                evidence = Evidence.declared(status, byFile: fileName)
                sharedEvidence[status] = evidence
            }
            var attributes: [String: AttributeValue] = [:]
            for (position, name) in header.extra { attributes[name] = AttributeValue.parsing(fields[position], dialect) }
            let tie = Tie(source: source, target: target, kind: kind.kind, weight: weight, attributes: attributes, evidence: evidence)
            let key = network.isSymmetric(tie) && v < u ? TieIdentity(first: v, second: u, kind: kind.index)
                : TieIdentity(first: u, second: v, kind: kind.index)
            if let first = keys[key] {
                throw LoadError(file: path, line: line, problem: .duplicateTie(tie.key, firstLine: Int(first)))
            }
            keys[key] = Int32(clamping: line)
            network.ties.append(tie)
            places.ties.append(line)
        }
        guard columns != nil else { throw LoadError(file: path, line: 1, problem: .emptyFile) }
        return (network, places)
    }

    /// The actors of a node list, with the line of each.
    func readNodes(path: String) throws(LoadError) -> (actors: [Actor], lines: [Int]) {
        let bytes = try TextFile.bytes(atPath: path)
        if TextFile.isBlank(bytes) { throw LoadError(file: path, line: 1, problem: .emptyFile) }
        _ = try TextFile.text(bytes, file: path)
        var columns: Columns?
        var actors: [Actor] = []
        var lines: [Int] = []
        var seen: [String: Int] = [:]
        let dialect = dialect(of: bytes)
        try CSVParser(bytes: bytes, delimiter: dialect.delimiter, file: path).forEachRecord { fields, line throws(LoadError) in
            guard let header = columns else {
                columns = try Columns(header: fields, vocabulary: NodeListColumn.self, required: [.id],
                                      bytes: bytes, delimiter: dialect.delimiter, file: path, line: line)
                return
            }
            guard fields.count == header.names.count else {
                throw LoadError(file: path, line: line, problem: .wrongFieldCount(expected: header.names.count, found: fields.count))
            }
            guard let idColumn = header["id"] else {  // required when the header was read
                throw LoadError(file: path, line: line, problem: .missingColumn("id", header: header.names))
            }
            let id = fields[idColumn]
            guard !id.isEmpty else { throw LoadError(file: path, line: line, column: idColumn + 1, problem: .emptyField(column: "id")) }
            if seen[id] != nil {
                throw LoadError(file: path, line: line, column: idColumn + 1, problem: .duplicateID(element: .node, id: id))
            }
            seen[id] = line
            func value(_ name: String) -> String? {
                header[name].map { fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            }
            var attributes: [String: AttributeValue] = [:]
            for (position, name) in header.extra where !fields[position].isEmpty {
                attributes[name] = AttributeValue.parsing(fields[position], dialect)
            }
            let territories = (value("territories") ?? value("territory")).map {
                $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            } ?? []
            actors.append(Actor(id: id, name: value("name") ?? value("label"), fullName: value("full_name"),
                                bloc: value("bloc"), territories: territories, sector: value("sector"),
                                attributes: attributes))
            lines.append(line)
        }
        guard columns != nil else { throw LoadError(file: path, line: 1, problem: .emptyFile) }
        return (actors, lines)
    }
}

/// A tie of an edge list by actor positions and kind index (12 bytes instead of a ``TieKey``'s three strings).
private struct TieIdentity: Hashable {
    let first: Int32
    let second: Int32
    let kind: Int32
}

/// The header of a CSV file: column positions by canonical name (``EdgeListColumn``, ``NodeListColumn``: any case,
/// English or Spanish).
struct Columns {
    let names: [String]
    private let position: [String: Int]
    /// Columns that are not among the known ones, with their original names.
    let extra: [(Int, String)]

    init<Column: Vocabulary>(header: [String], vocabulary: Column.Type, required: [Column], bytes: [UInt8],
                             delimiter: UInt8, file: String, line: Int) throws(LoadError) {
        names = header
        var position: [String: Int] = [:]
        var extra: [(Int, String)] = []
        for (i, name) in header.enumerated() {
            let known = Column(word: name)
            let key = known?.rawValue ?? name.lowercased()
            if position[key] != nil { throw LoadError(file: file, line: line, column: i + 1, problem: .duplicateColumn(name)) }
            position[key] = i
            if known == nil && !name.isEmpty { extra.append((i, name)) }
        }
        self.position = position
        self.extra = extra
        for column in required.map(\.rawValue) where position[column] == nil {
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
    /// A value read from text: a number when it reads as one (in the file's dialect), `true`/`false` as a truth value,
    /// text otherwise.
    static func parsing(_ text: String, _ dialect: CSVDialect = CSVDialect(delimiter: UInt8(ascii: ","))) -> AttributeValue {
        if let number = dialect.number(text), number.isFinite { return .number(number) }
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
        // Files with quotes take the general reader; plain files the byte scanner below. So do files with a byte that
        // may start an invisible character (see `InvisibleCharacters`): the general reader refuses it at its line.
        if bytes.contains(where: { $0 == UInt8(ascii: "\"") || ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F
                                   || $0 == 0xC2 || $0 == 0xEF }) || nodesPath != nil {
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
        let dialect = dialect(of: headerBytes)
        let delimiter = dialect.delimiter
        try CSVParser(bytes: headerBytes, delimiter: delimiter, file: path).forEachRecord { fields, _ throws(LoadError) in header = fields }
        let names = header.map { EdgeListColumn(word: $0) }
        guard let sourceColumn = names.firstIndex(of: .source), let targetColumn = names.firstIndex(of: .target) else {
            _ = try Columns(header: header, vocabulary: EdgeListColumn.self, required: [.source, .target],
                            bytes: Array(buffer), delimiter: delimiter, file: path, line: 1)
            return ([], GraphBuilder(nodeCount: 0, directed: isDirected).buildGraph())
        }
        let weightColumn = names.firstIndex(of: .weight)
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
                guard let value = dialect.number(text), value > 0, value.isFinite else {
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
