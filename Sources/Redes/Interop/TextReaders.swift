import Foundation

/// Readers for the line-based exchange formats (Pajek, UCINET DL) and NetworkX's node-link JSON.
enum TextGraphReader {
    /// Splits a line into tokens: whitespace-separated, double-quoted tokens kept whole (quotes removed).
    static func tokens(_ line: Substring, commas: Bool = false) -> [String] {
        var result: [String] = [], current = "", quoted = false, started = false
        for c in line {
            if c == "\"" { quoted.toggle(); started = true; continue }
            if !quoted && (c == " " || c == "\t" || (commas && c == ",")) {
                if started { result.append(current); current = ""; started = false }
                continue
            }
            current.append(c); started = true
        }
        if started { result.append(current) }
        return result
    }

    /// The lines of a line-based file; a line holding an invisible control character is refused at its place.
    static func lines(_ bytes: [UInt8], file: String) throws(LoadError) -> [Substring] {
        let text = try TextFile.text(bytes, file: file)
        // "\r\n" is one Character in Swift: split on it as well as on "\n" (splitting on "\n" alone left CRLF files as
        // one line).
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        for (i, line) in lines.enumerated() {
            if let (offset, scalar) = InvisibleCharacters.first(in: line) {
                throw LoadError(file: file, line: i + 1, column: offset + 1, problem: .controlCharacter(scalar: scalar, text: String(line)))
            }
        }
        return lines
    }

    // MARK: Pajek

    /// - Parameter limits: `*Vertices N` above `limits.actors` is refused before anything is allocated for it.
    static func pajek(_ bytes: [UInt8], file: String, limits: InputLimits = InputLimits()) throws(LoadError) -> PortableGraph {
        let lines = try lines(bytes, file: file)
        var labels: [Int: String] = [:], order: [Int] = []
        var vertexAttributes: [Int: [(String, AttributeValue)]] = [:]
        var vertexLines: [Int: Int] = [:]
        var section = "", declared = 0, directed = false
        var raw: [(Int, Int, Double, Bool, Int)] = []  // (u, v, weight, arc, line)
        for (i, line) in lines.enumerated() {
            let number = i + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("%") { continue }
            if trimmed.hasPrefix("*") {
                let words = trimmed.lowercased().split(separator: " ")
                section = String(words[0])
                switch section {
                case "*vertices":
                    guard words.count >= 2, let n = Int(words[1]), n >= 0 else {
                        throw LoadError(file: file, line: number, problem: .malformedLine(.pajekVerticesWithoutCount))
                    }
                    guard n <= limits.actors else {
                        throw LoadError(file: file, line: number, problem: .limitExceeded(.actors, count: n, limit: limits.actors))
                    }
                    declared = n
                case "*edges", "*arcs":
                    if section == "*arcs" { directed = true }
                case "*network": continue
                default:
                    throw LoadError(file: file, line: number, problem: .malformedLine(.pajekUnsupportedSection(String(words[0]))))
                }
                continue
            }
            let parts = tokens(line)
            switch section {
            case "*vertices":
                guard let id = Int(parts[0]), id >= 1, id <= declared else {
                    throw LoadError(file: file, line: number, problem: .malformedLine(.pajekVertexOutOfRange(String(parts[0]), count: declared)))
                }
                guard labels[id] == nil else { throw LoadError(file: file, line: number, problem: .duplicateID(element: .vertex, id: String(id))) }
                labels[id] = parts.count > 1 ? parts[1] : String(id)
                vertexLines[id] = number
                order.append(id)
                // Optional coordinates and shape (x y [shape]), then `key value` pairs (NetworkX writes them).
                var rest = Array(parts.dropFirst(2))
                if rest.count >= 2, Double(rest[0]) != nil, Double(rest[1]) != nil {
                    rest.removeFirst(2)
                    if let shape = rest.first, ["ellipse", "box", "diamond", "triangle", "cross", "empty", "man", "woman"].contains(shape.lowercased()) {
                        rest.removeFirst()
                    }
                }
                var pairs: [(String, AttributeValue)] = []
                var k = 0
                while k + 1 < rest.count { pairs.append((rest[k], AttributeValue.parsing(rest[k + 1]))); k += 2 }
                vertexAttributes[id] = pairs
            case "*edges", "*arcs":
                guard parts.count >= 2, let u = Int(parts[0]), let v = Int(parts[1]) else {
                    throw LoadError(file: file, line: number, problem: .malformedLine(.pajekNotAnEdge(String(trimmed))))
                }
                for end in [u, v] where end < 1 || end > declared {
                    throw LoadError(file: file, line: number, problem: .unknownActor(id: String(end), role: .pajekVertex(arc: section == "*arcs"), suggestion: nil))
                }
                var weight = 1.0
                if parts.count >= 3 {
                    guard let w = Double(parts[2]), w > 0, w.isFinite else {
                        throw LoadError(file: file, line: number, problem: .invalidWeight(parts[2]))
                    }
                    weight = w
                }
                raw.append((u, v, weight, section == "*arcs", number))
            default:
                throw LoadError(file: file, line: number, problem: .malformedLine(.pajekDataBeforeSection))
            }
        }
        guard !labels.isEmpty || declared == 0 else { throw LoadError(file: file, line: 1, problem: .emptyFile) }
        // Vertices declared but not listed get their number as label.
        for id in 1...max(declared, 1) where declared > 0 && labels[id] == nil { labels[id] = String(id); order.append(id) }
        // Every vertex number from 1 to `declared` now has a label, and every edge end is among them (checked above).
        func label(_ number: Int) -> String { labels[number] ?? String(number) }
        let ids = order.sorted().map(label)
        // Two vertices with one label: named at the line of the second.
        var seenLabels = Set<String>()
        for number in order.sorted() where !seenLabels.insert(label(number)).inserted {
            throw LoadError(file: file, line: vertexLines[number], problem: .duplicateID(element: .vertexLabel, id: label(number)))
        }
        var edges: [PortableGraph.Edge] = []
        for (u, v, w, arc, line) in raw {
            edges.append(.init(source: label(u), target: label(v), attributes: [("weight", .number(w))], line: line))
            if directed && !arc { edges.append(.init(source: label(v), target: label(u), attributes: [("weight", .number(w))], line: line)) }
        }
        let nodes = order.sorted().map { number in
            PortableGraph.Node(id: label(number), attributes: [("name", .string(label(number)))] + (vertexAttributes[number] ?? []),
                               line: vertexLines[number])
        }
        return PortableGraph(name: "", directed: directed, nodes: nodes, edges: edges)
    }

    // MARK: UCINET DL

    /// - Parameter directed: how to read an edge list (`format=edgelist1`): as arcs, or (the default, like CSV edge
    ///   lists) as undirected ties, a pair listed both ways counting once. A full matrix says it itself: symmetric
    ///   means undirected.
    ///   `limits.actors` bounds the declared size before anything is allocated for it.
    static func dl(_ bytes: [UInt8], file: String, directed: Bool = false, limits: InputLimits = InputLimits()) throws(LoadError) -> PortableGraph {
        // `key = value` is the same as `key=value`.
        let lines = try lines(bytes, file: file).map { line -> Substring in
            var text = String(line)
            while text.contains(" =") || text.contains("= ") {
                text = text.replacingOccurrences(of: " =", with: "=").replacingOccurrences(of: "= ", with: "=")
            }
            return Substring(text)
        }
        // The first line that is not blank must be the `dl` header (`dl n=5`, `DL N=5 FORMAT=EDGELIST1`, or `dl` alone).
        if let first = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) {
            let words = lines[first].lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
            guard words.first == "dl" else {
                throw LoadError(file: file, line: first + 1, problem: .malformedLine(.dlNoHeader))
            }
        }
        var settings: [String: String] = [:]
        var rowLabels: [String] = [], columnLabels: [String] = []
        // The line each label was first written on (labels lines, or the data line of an embedded label).
        var labelLines: [String: Int] = [:]
        var dataLines: [(Substring, Int)] = []
        var mode = "header"
        var embedded = false
        for (i, line) in lines.enumerated() {
            let number = i + 1
            var rest = Substring(line)
            // Keywords may share a line with values ("labels: a,b,c", "data:").
            while true {
                let lowered = rest.lowercased().trimmingCharacters(in: .whitespaces)
                if mode == "header" && lowered.hasPrefix("dl") && number == 1 || mode == "header" && lowered.contains("=") && !lowered.hasPrefix("labels") && !lowered.hasPrefix("data") && !lowered.hasPrefix("row") && !lowered.hasPrefix("col") {
                    for token in tokens(rest, commas: true) where token.contains("=") {
                        let pair = token.split(separator: "=", maxSplits: 1).map { $0.lowercased() }
                        if pair.count == 2 { settings[pair[0]] = pair[1] }
                    }
                    rest = ""
                }
                if let range = rest.range(of: "labels embedded", options: .caseInsensitive) {
                    embedded = true
                    rest = rest[range.upperBound...].drop { $0 == ":" || $0 == " " }
                    mode = "header"
                    continue
                }
                var matched = false
                for (keyword, next) in [("row labels:", "rows"), ("col labels:", "columns"), ("column labels:", "columns"), ("labels:", "rows"), ("data:", "data")] {
                    if let range = rest.range(of: keyword, options: .caseInsensitive) {
                        rest = rest[range.upperBound...]
                        mode = next
                        matched = true
                        break
                    }
                }
                if !matched { break }
            }
            let trimmed = rest.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            switch mode {
            case "rows", "columns":
                let labels = tokens(rest, commas: true)
                for label in labels where labelLines[label] == nil { labelLines[label] = number }
                if mode == "rows" { rowLabels += labels } else { columnLabels += labels }
            case "data": dataLines.append((rest, number))
            default: break
            }
        }
        let format = settings["format"] ?? "fullmatrix"
        let n = settings["n"].flatMap(Int.init), nr = settings["nr"].flatMap(Int.init) ?? n, nc = settings["nc"].flatMap(Int.init) ?? n
        guard let rows = nr, let columns = nc else {
            throw LoadError(file: file, line: 1, problem: .malformedLine(.dlNoSize))
        }
        // Sizes must be sane before anything is allocated from them (found by `make fuzz`: n=-1 trapped).
        let maximum = limits.actors
        guard (0...maximum).contains(rows), (0...maximum).contains(columns) else {
            throw LoadError(file: file, line: 1, problem: .malformedLine(.dlSizeOutOfRange(rows: rows, columns: columns, maximum: maximum)))
        }
        let twoMode = settings["nr"] != nil && settings["nc"] != nil && settings["n"] == nil
        if rowLabels.isEmpty && !embedded { rowLabels = (1...max(rows, 1)).map(String.init).prefix(rows).map { $0 } }
        if columnLabels.isEmpty { columnLabels = twoMode ? (1...max(columns, 1)).map { "c\($0)" }.prefix(columns).map { $0 } : rowLabels }
        var weights: [(String, String, Double, Int)] = []  // (row, column, weight, line)
        switch format {
        case "fullmatrix":
            let values = dataLines.flatMap { line, number in tokens(line, commas: true).map { ($0, number) } }
            guard values.count == rows * columns else {
                let lastLine = dataLines.last?.1 ?? lines.count
                throw LoadError(file: file, line: lastLine, problem: .malformedLine(.dlMatrixSize(values: values.count, rows: rows, columns: columns)))
            }
            guard rowLabels.count == rows, columnLabels.count == columns else {
                throw LoadError(file: file, line: 1, problem: .malformedLine(.dlLabelCount(labels: rowLabels.count, rows: rows)))
            }
            for (k, (token, number)) in values.enumerated() {
                guard let value = Double(token) else { throw LoadError(file: file, line: number, problem: .invalidWeight(token)) }
                if value != 0 { weights.append((rowLabels[k / columns], columnLabels[k % columns], value, number)) }
            }
        case "edgelist1":
            var labels = rowLabels
            var known = Set(labels)
            for (line, number) in dataLines {
                let parts = tokens(line, commas: true)
                guard parts.count >= 2 else {
                    throw LoadError(file: file, line: number, problem: .malformedLine(.dlNotAnEdge(String(line))))
                }
                func label(_ token: String) throws(LoadError) -> String {
                    if embedded {
                        if known.insert(token).inserted {
                            labels.append(token)
                            labelLines[token] = labelLines[token] ?? number
                        }
                        return token
                    }
                    guard let k = Int(token), k >= 1, k <= labels.count else {
                        throw LoadError(file: file, line: number, problem: .unknownActor(id: token, role: .dlNode, suggestion: nil))
                    }
                    return labels[k - 1]
                }
                let w = parts.count >= 3 ? Double(parts[2]) : 1
                guard let weight = w, weight > 0 else { throw LoadError(file: file, line: number, problem: .invalidWeight(parts[2])) }
                weights.append((try label(parts[0]), try label(parts[1]), weight, number))
            }
            rowLabels = labels
            columnLabels = labels
        default:
            throw LoadError(file: file, line: 1, problem: .malformedLine(.dlUnsupportedFormat(format)))
        }
        func edge(_ w: (String, String, Double, Int)) -> PortableGraph.Edge {
            .init(source: w.0, target: w.1, attributes: [("weight", .number(w.2))], line: w.3)
        }
        if twoMode {
            let nodes = rowLabels.map { PortableGraph.Node(id: $0, attributes: [("name", .string($0)), ("type", .string("actor"))], line: labelLines[$0]) }
                + columnLabels.map { PortableGraph.Node(id: $0, attributes: [("name", .string($0)), ("type", .string("arrangement"))], line: labelLines[$0]) }
            return PortableGraph(name: "", directed: false, nodes: nodes, edges: weights.map(edge))
        }
        // A symmetric matrix is an undirected network: keep each pair once. An edge list is undirected unless the
        // caller reads it as directed; a pair listed both ways must then carry one weight.
        var table: [String: Double] = [:]
        for (a, b, w, _) in weights { table[a + "\u{0}" + b] = w }
        let edges: [(String, String, Double, Int)]
        let symmetric: Bool
        if format == "edgelist1" {
            symmetric = !directed
            var seen = Set<String>()
            var kept: [(String, String, Double, Int)] = []
            for (a, b, w, line) in weights {
                if directed { kept.append((a, b, w, line)); continue }
                if let reverse = table[b + "\u{0}" + a], reverse != w {
                    throw LoadError(file: file, line: line, problem: .malformedLine(.dlAsymmetricWeights(a, b, w, reverse)))
                }
                let key = a < b ? a + "\u{0}" + b : b + "\u{0}" + a
                if seen.insert(key).inserted { kept.append((a, b, w, line)) }
            }
            edges = kept
        } else {
            symmetric = weights.allSatisfy { table[$0.1 + "\u{0}" + $0.0] == $0.2 }
            // Positions by dictionary: a linear search per edge made large matrices quadratic.
            var position: [String: Int] = [:]
            for (i, label) in rowLabels.enumerated() where position[label] == nil { position[label] = i }
            edges = weights.filter { a, b, _, _ in !symmetric || position[a]! < position[b]! }
        }
        return PortableGraph(name: "", directed: !symmetric,
                             nodes: rowLabels.map { .init(id: $0, attributes: [("name", .string($0))], line: labelLines[$0]) },
                             edges: edges.map(edge))
    }

    // MARK: Node-link JSON

    /// NetworkX's node-link data (`node_link_data`): `directed`, `nodes` (each with an `id`) and `edges` (or
    /// `links`, each with `source` and `target`). Every value is checked: `directed` must be true or false, a weight a
    /// number; other attributes keep strings, numbers and true/false, and nested lists or objects as their JSON text.
    static func nodeLink(_ bytes: [UInt8], file: String) throws(LoadError) -> PortableGraph {
        try TextFile.validateUTF8(bytes, file: file)
        let root = try JSONReader.parse(bytes, file: file)
        guard case .object = root.value else { throw LoadError(file: file, line: root.line, problem: .malformedJSON(.notAnObject)) }
        func text(_ node: JSONReader.Node) -> String { String(decoding: bytes[node.range], as: UTF8.self) }
        func found(_ node: JSONReader.Node) -> FoundValue {
            switch node.value {
            case .object: return .mapping
            case .array: return .list
            case .null: return .null
            default: return .scalar(text(node))
            }
        }
        func wrong(_ node: JSONReader.Node, _ key: String, _ path: ElementPath, _ expected: ValueShape) -> LoadError {
            LoadError(file: file, line: node.line, path: path, problem: .wrongType(key: .key(key), expected: expected, found: found(node)))
        }
        func flag(_ key: String) throws(LoadError) -> Bool {
            guard let node = root[key] else { return false }
            guard case .bool(let value) = node.value else { throw wrong(node, key, [.key(key)], .boolean) }
            return value
        }
        func list(_ key: String) throws(LoadError) -> [JSONReader.Node]? {
            guard let node = root[key] else { return nil }
            guard case .array(let items) = node.value else { throw wrong(node, key, [.key(key)], .entryList) }
            return items
        }
        func members(_ node: JSONReader.Node, _ key: String, _ path: ElementPath) throws(LoadError) -> [(key: String, value: JSONReader.Node)] {
            guard case .object(let members) = node.value else { throw wrong(node, key, path, .mapping) }
            return members
        }
        func id(_ node: JSONReader.Node?, _ key: String, in entry: JSONReader.Node, _ path: ElementPath,
                missing place: ProblemPlace) throws(LoadError) -> String {
            guard let node else { throw LoadError(file: file, line: entry.line, path: path, problem: .missingKey(key, in: place)) }
            switch node.value {
            case .string(let value): return value
            case .number(let value, _): return formatNumber(value)
            default: throw wrong(node, key, path + [.key(key)], .scalar)
            }
        }
        func attributes(_ members: [(key: String, value: JSONReader.Node)], skipping: Set<String>,
                        _ path: ElementPath) throws(LoadError) -> [(String, AttributeValue)] {
            var result: [(String, AttributeValue)] = []
            for (key, node) in members.sorted(by: { $0.key < $1.key }) where !skipping.contains(key) {
                switch node.value {
                case .string(let value): result.append((key, .string(value)))
                case .number(let value, _): result.append((key, .number(value)))
                case .bool(let value): result.append((key, .bool(value)))
                case .null: continue
                case .object, .array: result.append((key, .string(text(node))))
                }
                if key == "weight" {
                    guard case .number = node.value else {
                        throw LoadError(file: file, line: node.line, path: path + ["weight"], problem: .invalidWeight(text(node)))
                    }
                }
            }
            return result
        }
        let directed = try flag("directed")
        _ = try flag("multigraph")
        guard let nodeList = try list("nodes") else {
            throw LoadError(file: file, line: root.line, path: ["nodes"], problem: .missingKey("nodes", in: .nodeLinkDocument))
        }
        let edgesKey = root["edges"] != nil ? "edges" : "links"
        let edgeList = try list(edgesKey) ?? []
        var ids = Set<String>()
        var nodes: [PortableGraph.Node] = []
        for (i, entry) in nodeList.enumerated() {
            let path: ElementPath = ["nodes", .index(i)]
            let fields = try members(entry, "nodes[\(i)]", path)
            let nodeID = try id(entry["id"], "id", in: entry, path, missing: .some(.node))
            guard ids.insert(nodeID).inserted else {
                throw LoadError(file: file, line: entry.line, path: path, problem: .duplicateID(element: .node, id: nodeID))
            }
            nodes.append(.init(id: nodeID, attributes: try attributes(fields, skipping: ["id"], path), line: entry.line))
        }
        var edges: [PortableGraph.Edge] = []
        for (i, entry) in edgeList.enumerated() {
            let path: ElementPath = [.key(edgesKey), .index(i)]
            let fields = try members(entry, "\(edgesKey)[\(i)]", path)
            let source = try id(entry["source"], "source", in: entry, path, missing: .some(.edge))
            let target = try id(entry["target"], "target", in: entry, path, missing: .some(.edge))
            for end in [source, target] where !ids.contains(end) {
                throw LoadError(file: file, line: entry.line, path: path, problem: .unknownActor(
                    id: end, role: .edgeEnd, suggestion: closestMatch(to: end, in: Array(ids))))
            }
            edges.append(.init(source: source, target: target,
                               attributes: try attributes(fields, skipping: ["source", "target", "key"], path), line: entry.line))
        }
        var name = ""
        if case .string(let value)? = root["graph"]?["name"]?.value { name = value }
        return PortableGraph(name: name, directed: directed, nodes: nodes, edges: edges)
    }
}
