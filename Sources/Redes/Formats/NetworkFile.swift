import Foundation

/// The file formats Redes reads.
public enum NetworkFormat: String, Sendable, CaseIterable {
    /// The native format (`.yaml`, `.yml`); see `docs/file-format.md`.
    case yaml
    /// A CSV edge list, with an optional CSV node list; see ``EdgeListReader``.
    case csv
    /// GraphML (`.graphml`), as NetworkX, igraph, Gephi and yEd write it.
    case graphml
    /// GEXF (`.gexf`), Gephi's format.
    case gexf
    /// Pajek (`.net`, `.paj`): vertex labels and weighted edges or arcs.
    case pajek
    /// UCINET DL (`.dl`): full matrices (one- and two-mode) and edge lists.
    case dl
    /// NetworkX node-link JSON (`.json`).
    case json

    /// The format a file name implies, by its extension.
    public init?(fileName: String) {
        let lowered = fileName.lowercased()
        let ext = lowered.split(separator: ".").last.map(String.init) ?? ""
        guard lowered.contains(".") else { return nil }
        switch ext {
        case "yaml", "yml": self = .yaml
        case "csv", "tsv": self = .csv
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "net", "paj": self = .pajek
        case "dl": self = .dl
        case "json": self = .json
        default: return nil
        }
    }
}

/// How to read a network file: the options that matter for formats that do not say everything themselves.
public struct ReadOptions: Sendable {
    /// The format; `nil` chooses by the file's extension.
    public var format: NetworkFormat?
    /// For edge lists: whether ties are arcs.
    public var directed: Bool
    /// For edge lists: a CSV node list.
    public var nodesPath: String?
    /// For edge lists: the field separator; nil takes `\t` for `.tsv` files and otherwise reads it from the header
    /// (`;` or tab when the header holds one and no comma; else `,`: ``CSVDialect``).
    public var delimiter: UInt8?
    /// Caps for pathological inputs.
    public var limits: InputLimits
    /// Evidence asserted for every element whose evidence the file leaves ``EvidenceStatus/unspecified``
    /// (``Network/asserting(_:)``); nil keeps it unspecified.
    public var evidence: Evidence?

    public init(format: NetworkFormat? = nil, directed: Bool = false, nodesPath: String? = nil, delimiter: UInt8? = nil,
                limits: InputLimits = InputLimits(), evidence: Evidence? = nil) {
        self.format = format
        self.directed = directed
        self.nodesPath = nodesPath
        self.delimiter = delimiter
        self.limits = limits
        self.evidence = evidence
    }
}

/// Caps on what a network file may hold, so that a runaway export fails fast with a clear message instead of
/// exhausting memory: 1,000,000 actors, 20,000,000 ties, and 10,000 characters for any single text (id, name,
/// quote). Each can be raised (the CLI's `--max-actors`, `--max-ties`, `--max-text-length`).
public struct InputLimits: Sendable {
    public var actors: Int
    public var ties: Int
    public var textLength: Int

    public init(actors: Int = 1_000_000, ties: Int = 20_000_000, textLength: Int = 10_000) {
        self.actors = actors
        self.ties = ties
        self.textLength = textLength
    }

    /// The first cap `network` exceeds, as a problem and the path of the element. Text lengths are counted in
    /// characters (what a person sees: "é" is one), as the message says.
    func check(_ network: Network) -> (ElementPath, NetworkProblem)? {
        if network.actors.count > actors { return (["actors"], .limitExceeded(.actors, count: network.actors.count, limit: actors)) }
        if network.ties.count > ties { return (["ties"], .limitExceeded(.ties, count: network.ties.count, limit: ties)) }
        // Counting characters is slower than counting bytes; a text has at least as many bytes as characters, so
        // only texts with more bytes than the limit are counted.
        func long(_ text: String?) -> Int? {
            guard let text, text.utf8.count > textLength else { return nil }
            let count = text.count
            return count > textLength ? count : nil
        }
        for (i, actor) in network.actors.enumerated() {
            for (field, value) in [("id", actor.id), ("name", actor.name), ("full_name", actor.fullName ?? "")] {
                if let count = long(value) { return (["actors", .index(i), .key(field)], .limitExceeded(.textLength, count: count, limit: textLength)) }
            }
        }
        for (i, a) in network.arrangements.enumerated() {
            for (field, value) in [("name", a.name), ("description", a.description ?? ""), ("quote", a.evidence.quote ?? "")] {
                if let count = long(value) { return (["arrangements", .index(i), .key(field)], .limitExceeded(.textLength, count: count, limit: textLength)) }
            }
        }
        for (i, t) in network.ties.enumerated() {
            for (field, value) in [("kind", t.kind), ("quote", t.evidence.quote ?? ""), ("reason", t.evidence.reason ?? "")] {
                if let count = long(value) { return (["ties", .index(i), .key(field)], .limitExceeded(.textLength, count: count, limit: textLength)) }
            }
        }
        return nil
    }
}

/// Where the elements of a network stand in the file (or files) it was read from.
struct ElementPlaces: Sendable {
    /// The file, line and column of the element at a path; nil when unknown.
    let place: @Sendable (ElementPath) -> (file: String, line: Int?, column: Int?)?
}

extension Network {
    /// Reads a network file in any supported format.
    ///
    /// - Throws: ``LoadError`` naming file, line, what is wrong and how to fix it.
    public static func read(path: String, options: ReadOptions = ReadOptions()) throws(LoadError) -> Network {
        // A folder has no format to tell: say what it is before looking at its name.
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw LoadError(file: path, problem: .unreadableFile(.isDirectory))
        }
        var (network, places) = try readUnchecked(path: path, options: options)
        if let evidence = options.evidence { network = network.asserting(evidence) }
        try checkLimits(network, options: options, file: path, places: places)
        return network
    }

    /// Throws the first input limit `network` exceeds, at the element's file and line.
    private static func checkLimits(_ network: Network, options: ReadOptions, file: String, places: ElementPlaces) throws(LoadError) {
        guard let (elementPath, problem) = options.limits.check(network) else { return }
        let place = places.place(elementPath)
        throw LoadError(file: place?.file ?? file, line: place?.line, column: place?.column, path: elementPath, problem: problem)
    }

    /// Reads a network held in memory, in the format `fileName`'s extension names (or `options.format`): the entry
    /// point of the fuzzers, and of callers that have no file. Node lists (`options.nodesPath`) are still read from disk.
    public static func read(bytes: [UInt8], fileName: String, options: ReadOptions = ReadOptions()) throws(LoadError) -> Network {
        var (network, places) = try readUnchecked(path: fileName, options: options, bytes: bytes)
        if let evidence = options.evidence { network = network.asserting(evidence) }
        try checkLimits(network, options: options, file: fileName, places: places)
        return network
    }

    private static func readUnchecked(path: String, options: ReadOptions, bytes given: [UInt8]? = nil) throws(LoadError)
        -> (Network, ElementPlaces) {
        func contents() throws(LoadError) -> [UInt8] {
            if let given { return given }
            return try TextFile.bytes(atPath: path)
        }
        guard let format = options.format ?? NetworkFormat(fileName: path) else {
            let ext = path.split(separator: "/").last.flatMap { name in name.contains(".") ? name.split(separator: ".").last : nil }
            throw LoadError(file: path, problem: .unsupportedFormat(
                fileExtension: ext.map { "." + $0 } ?? "(none)",
                supported: [".yaml", ".yml", ".csv", ".tsv", ".graphml", ".gexf", ".net", ".paj", ".dl", ".json"]))
        }
        switch format {
        case .yaml:
            let (network, mark) = try YAMLNetworkReader.readLocated(bytes: try contents(), file: path)
            return (network, ElementPlaces { elementPath in mark(elementPath).map { (path, $0.line, $0.column) } })
        case .csv:
            let delimiter = options.delimiter ?? (path.lowercased().hasSuffix(".tsv") ? 0x09 : nil)
            let (network, places) = try EdgeListReader(directed: options.directed, delimiter: delimiter, nodesPath: options.nodesPath)
                .readLocated(bytes: try contents(), file: path)
            return (network, ElementPlaces { elementPath in
                guard elementPath.components.count >= 2, case .key(let section) = elementPath.components[0],
                      case .index(let i) = elementPath.components[1] else { return nil }
                if section == "actors", i < places.actors.count { return (places.actors[i].file, places.actors[i].line, nil) }
                if section == "ties", i < places.ties.count { return (path, places.ties[i], nil) }
                return nil
            })
        case .graphml, .gexf, .pajek, .dl, .json:
            var bytes = try contents()
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            if TextFile.isBlank(bytes) { throw LoadError(file: path, line: 1, problem: .emptyFile) }
            let graph: PortableGraph
            switch format {
            case .graphml: graph = try XMLGraphReader.graphML(bytes, file: path)
            case .gexf: graph = try XMLGraphReader.gexf(bytes, file: path)
            case .pajek: graph = try TextGraphReader.pajek(bytes, file: path, limits: options.limits)
            case .dl: graph = try TextGraphReader.dl(bytes, file: path, directed: options.directed, limits: options.limits)
            default: graph = try TextGraphReader.nodeLink(bytes, file: path)
            }
            let network = graph.network(file: path)
            if let issue = network.validationIssues().first {
                throw LoadError(file: path, line: graph.line(of: issue.path), path: issue.path, problem: issue.problem)
            }
            return (network, ElementPlaces { elementPath in graph.line(of: elementPath).map { (path, $0, nil) } })
        }
    }
}
