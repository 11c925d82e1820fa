import Foundation
import Yams

/// Reads the native Redes YAML format (see `docs/file-format.md`).
///
/// The reader walks the YAML node tree rather than decoding into `Codable` types, so that every error — a
/// missing key, a value of the wrong type, an unknown actor — points at the line and column where it stands.
public enum YAMLNetworkReader {
    /// Loads and validates a network file.
    public static func read(path: String) throws(LoadError) -> Network {
        let bytes = try TextFile.bytes(atPath: path)
        return try read(bytes: bytes, file: path)
    }

    /// Loads and validates a network from YAML text; `file` names it in errors.
    public static func read(text: String, file: String = "<text>") throws(LoadError) -> Network {
        try read(bytes: Array(text.utf8), file: file)
    }

    static func read(bytes: [UInt8], file: String) throws(LoadError) -> Network {
        try readLocated(bytes: bytes, file: file).network
    }

    /// Reads a network with the line and column of every element path (for problems found after reading).
    static func readLocated(bytes: [UInt8], file: String) throws(LoadError)
        -> (network: Network, place: @Sendable (ElementPath) -> (line: Int, column: Int)?) {
        let root = try composeRoot(bytes, file: file)
        let context = Context(file: file)
        let network = try context.network(root)
        // Consistency: report the first problem at the line of the element it concerns.
        if let issue = network.validationIssues().first {
            let mark = context.mark(for: issue.path)
            throw LoadError(file: file, line: mark?.line, column: mark?.column, path: issue.path, problem: issue.problem)
        }
        let marks = context.snapshot()
        return (network, { path in marks(path).map { ($0.line, $0.column) } })
    }

    /// The YAML node tree of a file's bytes, with empty files, invalid UTF-8 and syntax errors as ``LoadError``s.
    static func composeRoot(_ bytes: [UInt8], file: String) throws(LoadError) -> Node {
        if TextFile.isBlank(bytes) { throw LoadError(file: file, line: 1, problem: .emptyFile) }
        let text = try TextFile.text(bytes, file: file)
        do {
            guard let node = try Yams.compose(yaml: text) else { throw LoadError(file: file, line: 1, problem: .emptyFile) }
            return node
        } catch let error as LoadError {
            throw error
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        } catch {
            throw LoadError(file: file, problem: .syntax(String(describing: error)))
        }
    }

    static func syntaxError(_ error: YamlError, file: String) -> LoadError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let opening = context.map { "\($0.text) (from line \($0.mark.line))" }
            let detail = [opening, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return LoadError(file: file, line: mark.line, column: mark.column, problem: .syntax(detail))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return LoadError(file: file, line: context.mark.line, column: context.mark.column,
                             problem: .duplicateKeys(duplicates))
        default:
            return LoadError(file: file, problem: .syntax(String(describing: error)))
        }
    }
}

/// The state of one read: the file name and where each element stands.
private final class Context {
    let file: String
    private var marks: [ElementPath: Mark] = [:]

    init(file: String) { self.file = file }

    /// The marks recorded so far, as a function (for callers that keep it after the read).
    func snapshot() -> @Sendable (ElementPath) -> Mark? {
        let marks = self.marks
        return { path in
            var path = path
            while true {
                if let mark = marks[path] { return mark }
                if path.components.isEmpty { return nil }
                path = path.parent
            }
        }
    }

    /// The mark of the element at `path`, or of its nearest recorded ancestor.
    func mark(for path: ElementPath) -> Mark? {
        var path = path
        while true {
            if let mark = marks[path] { return mark }
            if path.components.isEmpty { return nil }
            path = path.parent
        }
    }

    func error(_ problem: NetworkProblem, at node: Node?, path: ElementPath) -> LoadError {
        let mark = node?.mark ?? self.mark(for: path)
        return LoadError(file: file, line: mark?.line, column: mark?.column, path: path, problem: problem)
    }

    func record(_ node: Node, at path: ElementPath) {
        if let mark = node.mark { marks[path] = mark }
    }

    // MARK: Elements

    static let topKeys = ["redes", "name", "description", "directed", "sources", "blocs", "territories", "actors",
                          "arrangements", "ties", "scenarios", "indicators", "roadmap"]

    func network(_ root: Node) throws(LoadError) -> Network {
        let top = try Fields(root, path: [], place: .topLevel, allowed: Context.topKeys, context: self)
        guard let version = try top.string("redes") else {
            throw error(.missingKey("redes", in: .topLevel), at: root, path: [])
        }
        guard version == "1" else {
            throw error(.unsupportedVersion(found: version), at: top.node("redes"), path: ["redes"])
        }
        var network = Network(name: try top.requiredString("name"))
        network.description = try top.string("description")
        network.isDirected = try top.bool("directed") ?? false
        network.sources = try top.list("sources") { node, path throws(LoadError) in try self.source(node, path) }
        network.blocs = try top.list("blocs") { node, path throws(LoadError) in try self.bloc(node, path) }
        network.territories = try top.list("territories") { node, path throws(LoadError) in try self.territory(node, path) }
        guard top.node("actors") != nil else {
            throw error(.missingKey("actors", in: .topLevel), at: root, path: [])
        }
        network.actors = try top.list("actors") { node, path throws(LoadError) in try self.actor(node, path) }
        network.arrangements = try top.list("arrangements") { node, path throws(LoadError) in try self.arrangement(node, path) }
        network.ties = try top.list("ties") { node, path throws(LoadError) in try self.tie(node, path) }
        network.scenarios = try top.list("scenarios") { node, path throws(LoadError) in try self.scenario(node, path) }
        network.indicators = try top.list("indicators") { node, path throws(LoadError) in try self.indicator(node, path) }
        network.roadmap = try top.list("roadmap") { node, path throws(LoadError) in try self.phase(node, path) }
        return network
    }

    func source(_ node: Node, _ path: ElementPath) throws(LoadError) -> SourceDocument {
        let f = try Fields(node, path: path, place: .some(.source), allowed: ["id", "title", "author", "date", "file", "url", "note"], context: self)
        return SourceDocument(id: try f.requiredString("id"), title: try f.requiredString("title"),
                              author: try f.string("author"), date: try f.string("date"), file: try f.string("file"),
                              url: try f.string("url"), note: try f.string("note"))
    }

    func bloc(_ node: Node, _ path: ElementPath) throws(LoadError) -> Bloc {
        let f = try Fields(node, path: path, place: .some(.bloc), allowed: ["id", "name", "description"], context: self)
        return Bloc(id: try f.requiredString("id"), name: try f.requiredString("name"), description: try f.string("description"))
    }

    static let territoryKeys = ["id", "name", "province", "priority", "emtp", "lat", "lon", "description", "evidence"]

    func territory(_ node: Node, _ path: ElementPath) throws(LoadError) -> Territory {
        // In a flow mapping, `{lat: -22,46}` reads as `lat: -22` and a key `46`: say what happened.
        if let pairs = node.mapping.map(Array.init) {
            for (i, pair) in pairs.enumerated().dropFirst() {
                guard let digits = pair.key.scalar?.string, !digits.isEmpty, digits.allSatisfy(\.isNumber),
                      let previous = pairs[i - 1].key.scalar?.string, previous == "lat" || previous == "lon" else { continue }
                let value = (pairs[i - 1].value.scalar?.string ?? "") + "," + digits
                throw error(.unquotedDecimalComma(key: previous, value: value), at: pairs[i - 1].value, path: path + [.key(previous)])
            }
        }
        let f = try Fields(node, path: path, place: .some(.territory), allowed: Context.territoryKeys, context: self)
        let id = try f.requiredString("id")
        let place = ProblemPlace.element(.territory, id: id)
        var priority: TerritoryPriority?
        if let priorityNode = f.node("priority") {
            let p = try Fields(priorityNode, path: path + ["priority"], place: place, allowed: ["topic", "evidence"], context: self)
            priority = TerritoryPriority(topic: try p.string("topic"), evidence: try p.requiredEvidence("evidence", place: place))
        }
        let latitude = try f.coordinate("lat"), longitude = try f.coordinate("lon")
        if (latitude == nil) != (longitude == nil) {
            throw error(.incompleteCoordinates(territory: id), at: f.node(latitude == nil ? "lon" : "lat"), path: path)
        }
        return Territory(id: id, name: try f.string("name"), province: try f.string("province"), priority: priority,
                         hasEMTP: try f.bool("emtp"),
                         coordinates: latitude.flatMap { lat in longitude.map { Coordinates(latitude: lat, longitude: $0) } },
                         description: try f.string("description"), evidence: try f.evidence("evidence", required: false))
    }

    static let actorKeys = ["id", "name", "full_name", "bloc", "territories", "sector", "attributes", "evidence", "period"]

    func actor(_ node: Node, _ path: ElementPath) throws(LoadError) -> Actor {
        let f = try Fields(node, path: path, place: .some(.actor), allowed: Context.actorKeys, context: self)
        let id = try f.requiredString("id")
        return Actor(id: id, name: try f.requiredString("name", place: .element(.actor, id: id)), fullName: try f.string("full_name"),
                     bloc: try f.string("bloc"), territories: try f.stringList("territories"), sector: try f.string("sector"),
                     attributes: try f.attributes("attributes"), evidence: try f.evidence("evidence", required: false),
                     period: try period(f, of: id))
    }

    static let arrangementKeys = ["id", "name", "kind", "members", "lead", "period", "territories", "weight",
                                  "description", "evidence"]

    func arrangement(_ node: Node, _ path: ElementPath) throws(LoadError) -> Arrangement {
        let f = try Fields(node, path: path, place: .some(.arrangement), allowed: Context.arrangementKeys, context: self)
        let id = try f.requiredString("id")
        let place = ProblemPlace.element(.arrangement, id: id)
        let kindText = try f.requiredString("kind", place: place)
        guard let kind = ArrangementKind(word: kindText) else {
            throw error(.invalidChoice(key: "kind", value: kindText, allowed: ArrangementKind.allCases.map(\.rawValue)),
                        at: f.node("kind"), path: path + ["kind"])
        }
        guard f.node("members") != nil else { throw error(.missingKey("members", in: place), at: node, path: path) }
        return Arrangement(id: id, name: try f.requiredString("name", place: place), kind: kind,
                           members: try f.stringList("members"), lead: try f.string("lead"), period: try period(f, of: id),
                           territories: try f.stringList("territories"), weight: try f.number("weight") ?? 1,
                           description: try f.string("description"),
                           evidence: try f.requiredEvidence("evidence", place: place))
    }

    static let tieKeys = ["source", "target", "kind", "directed", "weight", "description", "attributes", "evidence", "period"]

    func tie(_ node: Node, _ path: ElementPath) throws(LoadError) -> Tie {
        let f = try Fields(node, path: path, place: .some(.tie), allowed: Context.tieKeys, context: self)
        let source = try f.requiredString("source", place: .some(.tie))
        let target = try f.requiredString("target", place: .tieFrom(source))
        let place = ProblemPlace.tieBetween(source, target)
        return Tie(source: source, target: target, kind: Tie.canonicalKind(try f.requiredString("kind", place: place)),
                   directed: try f.bool("directed"), weight: try f.number("weight") ?? 1,
                   description: try f.string("description"), attributes: try f.attributes("attributes"),
                   evidence: try f.requiredEvidence("evidence", place: place),
                   period: try period(f, of: "\(source)–\(target)"))
    }

    /// The `period: {start, end}` of an element (`owner` names it in errors); the dates are checked by validation.
    func period(_ f: Fields, of owner: String) throws(LoadError) -> Period? {
        guard let node = f.node("period") else { return nil }
        let p = try Fields(node, path: f.path + ["period"], place: .periodOf(owner), allowed: ["start", "end"], context: self)
        return Period(start: try p.string("start"), end: try p.string("end"))
    }

    static let phaseKeys = ["id", "name", "period", "scenarios", "description", "evidence"]

    func phase(_ node: Node, _ path: ElementPath) throws(LoadError) -> RoadmapPhase {
        let f = try Fields(node, path: path, place: .some(.phase), allowed: Context.phaseKeys, context: self)
        let id = try f.requiredString("id")
        return RoadmapPhase(id: id, name: try f.requiredString("name", place: .element(.phase, id: id)), period: try period(f, of: id),
                            scenarios: try f.stringList("scenarios"), description: try f.string("description"),
                            evidence: try f.evidence("evidence", required: false))
    }

    func evidence(_ node: Node, _ path: ElementPath) throws(LoadError) -> Evidence {
        let f = try Fields(node, path: path, place: .evidence,
                           allowed: ["status", "source", "quote", "reason", "respondents", "date"], context: self)
        let statusText = try f.requiredString("status", place: .evidence)
        guard let status = EvidenceStatus(word: statusText) else {
            throw error(.invalidChoice(key: "status", value: statusText, allowed: EvidenceStatus.allCases.map(\.rawValue)),
                        at: f.node("status"), path: path + ["status"])
        }
        var evidence = Evidence(status: status, source: try f.string("source"), quote: try f.string("quote"), reason: try f.string("reason"))
        evidence.respondents = try f.stringList("respondents")
        evidence.date = try f.string("date")
        return evidence
    }

    static let scenarioKeys = ["id", "name", "description", "evidence", "add", "remove", "join", "leave", "agreements"]

    func scenario(_ node: Node, _ path: ElementPath) throws(LoadError) -> Scenario {
        let f = try Fields(node, path: path, place: .some(.scenario), allowed: Context.scenarioKeys, context: self)
        var scenario = Scenario(id: try f.requiredString("id"))
        scenario.name = try f.string("name") ?? scenario.id
        scenario.description = try f.string("description")
        scenario.evidence = try f.evidence("evidence", required: false)
        if let addNode = f.node("add") {
            let add = try Fields(addNode, path: path + ["add"], place: .scenarioAdd(scenario.id),
                                 allowed: ["actors", "arrangements", "ties", "indicators", "roles"], context: self)
            scenario.indicators.addIndicators = try add.list("indicators") { n, p throws(LoadError) in try self.indicator(n, p) }
            scenario.indicators.addRoles = try add.list("roles") { n, p throws(LoadError) in try self.roleChange(n, p) }
            scenario.addActors = try add.list("actors") { n, p throws(LoadError) in try self.actor(n, p) }
            scenario.addArrangements = try add.list("arrangements") { n, p throws(LoadError) in try self.arrangement(n, p) }
            scenario.addTies = try add.list("ties") { n, p throws(LoadError) in try self.tie(n, p) }
        }
        if let removeNode = f.node("remove") {
            let remove = try Fields(removeNode, path: path + ["remove"], place: .scenarioRemove(scenario.id),
                                    allowed: ["actors", "arrangements", "ties", "indicators", "roles"], context: self)
            scenario.indicators.removeIndicators = try remove.stringList("indicators")
            scenario.indicators.removeRoles = try remove.list("roles") { n, p throws(LoadError) in try self.roleChange(n, p) }
            scenario.removeActors = try remove.stringList("actors")
            scenario.removeArrangements = try remove.stringList("arrangements")
            scenario.removeTies = try remove.list("ties") { n, p throws(LoadError) in
                let t = try Fields(n, path: p, place: .tieToRemove, allowed: ["source", "target", "kind"], context: self)
                return TieKey(source: try t.requiredString("source"), target: try t.requiredString("target"),
                              kind: Tie.canonicalKind(try t.requiredString("kind")))
            }
        }
        let membership: (Node, ElementPath) throws(LoadError) -> MembershipChange = { n, p throws(LoadError) in
            let m = try Fields(n, path: p, place: .membershipChange, allowed: ["arrangement", "members"], context: self)
            return MembershipChange(arrangement: try m.requiredString("arrangement"), members: try m.stringList("members"))
        }
        scenario.join = try f.list("join", membership)
        scenario.leave = try f.list("leave", membership)
        scenario.indicators.agreements = try f.list("agreements") { n, p throws(LoadError) in try self.agreementChange(n, p) }
        return scenario
    }
}

/// The keys of one YAML mapping, read with type checks and error locations.
private struct Fields {
    let node: Node
    let path: ElementPath
    let place: ProblemPlace
    let context: Context
    private let values: [String: Node]

    init(_ node: Node, path: ElementPath, place: ProblemPlace, allowed: [String], context: Context) throws(LoadError) {
        self.node = node
        self.path = path
        self.place = place
        self.context = context
        context.record(node, at: path)
        guard let mapping = node.mapping else {
            throw context.error(.wrongType(key: path.description.isEmpty ? .file : .key(path.description),
                                           expected: .mapping, found: Fields.describe(node)),
                                at: node, path: path)
        }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                throw context.error(.wrongType(key: .mappingKey, expected: .plainName, found: Fields.describe(key)), at: key, path: path)
            }
            guard allowed.contains(name) else {
                throw context.error(.unknownKey(name, in: place, allowed: allowed), at: key, path: path)
            }
            context.record(value, at: path + [.key(name)])
            // An explicit null (`name: null`, `~`) is refused rather than read as the text "null" or as absent: a value
            // the writer meant to give is missing. (An empty value, `name:`, still means the key is left out.)
            if case .scalar(let scalar) = value, scalar.style == .plain, ["null", "Null", "NULL", "~"].contains(scalar.string) {
                throw context.error(.wrongType(key: .key(name), expected: .scalar, found: .null), at: value, path: path + [.key(name)])
            }
            values[name] = value
        }
        self.values = values
    }

    /// The value node of `key`, unless absent or null.
    func node(_ key: String) -> Node? {
        guard let value = values[key] else { return nil }
        if case .scalar(let scalar) = value, scalar.tag.rawValue == Tag.Name.null.rawValue || (scalar.string.isEmpty && scalar.style == .plain) {
            return nil
        }
        return value
    }

    func string(_ key: String) throws(LoadError) -> String? {
        guard let value = node(key) else { return nil }
        guard let scalar = value.scalar else {
            throw context.error(.wrongType(key: .key(key), expected: .text, found: Fields.describe(value)), at: value, path: path + [.key(key)])
        }
        return scalar.string
    }

    func requiredString(_ key: String, place: ProblemPlace? = nil) throws(LoadError) -> String {
        guard let value = try string(key) else {
            throw context.error(.missingKey(key, in: place ?? self.place), at: node, path: path)
        }
        return value
    }

    func bool(_ key: String) throws(LoadError) -> Bool? {
        guard let value = node(key) else { return nil }
        switch value.scalar?.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            throw context.error(.wrongType(key: .key(key), expected: .boolean, found: Fields.describe(value)), at: value, path: path + [.key(key)])
        }
    }

    func number(_ key: String) throws(LoadError) -> Double? {
        guard let value = node(key) else { return nil }
        guard let text = value.scalar?.string else {
            throw context.error(.wrongType(key: .key(key), expected: .number, found: Fields.describe(value)), at: value, path: path + [.key(key)])
        }
        guard let number = Double(text.trimmingCharacters(in: .whitespaces)) else {
            throw context.error(.invalidWeight(text), at: value, path: path + [.key(key)])
        }
        return number
    }

    /// A latitude or longitude in decimal degrees: a decimal point, or a decimal comma inside quotes (`"-22,35"`).
    func coordinate(_ key: String) throws(LoadError) -> Double? {
        guard let value = node(key) else { return nil }
        guard let scalar = value.scalar else {
            throw context.error(.wrongType(key: .key(key), expected: .number, found: Fields.describe(value)), at: value, path: path + [.key(key)])
        }
        var text = scalar.string.trimmingCharacters(in: .whitespaces)
        if text.contains(",") {
            guard scalar.style == .singleQuoted || scalar.style == .doubleQuoted else {
                throw context.error(.unquotedDecimalComma(key: key, value: text), at: value, path: path + [.key(key)])
            }
            text = text.replacingOccurrences(of: ",", with: ".")
        }
        guard let number = Double(text), number.isFinite else {
            throw context.error(.invalidCoordinate(key: key, value: scalar.string), at: value, path: path + [.key(key)])
        }
        return number
    }

    /// A list of text values; a single value counts as a list of one.
    func stringList(_ key: String) throws(LoadError) -> [String] {
        guard let value = node(key) else { return [] }
        if let scalar = value.scalar { return [scalar.string] }
        guard let sequence = value.sequence else {
            throw context.error(.wrongType(key: .key(key), expected: .textList, found: Fields.describe(value)), at: value, path: path + [.key(key)])
        }
        var result: [String] = []
        for (i, item) in sequence.enumerated() {
            let itemPath = path + [.key(key), .index(i)]
            context.record(item, at: itemPath)
            guard let scalar = item.scalar else {
                throw context.error(.wrongType(key: .key("\(key)[\(i)]"), expected: .text, found: Fields.describe(item)), at: item, path: itemPath)
            }
            result.append(scalar.string)
        }
        return result
    }

    /// A value of a ``Vocabulary`` (its canonical token or an alias, folded), or nil when absent; an unknown word is
    /// an `invalidChoice` that lists the canonical tokens.
    func choice<Value: Vocabulary>(_ key: String, _ type: Value.Type) throws(LoadError) -> Value? {
        guard let text = try string(key) else { return nil }
        guard let value = Value(word: text) else {
            throw context.error(.invalidChoice(key: key, value: text, allowed: Value.allCases.map(\.rawValue)),
                                at: node(key), path: path + [.key(key)])
        }
        return value
    }

    /// A required value of a ``Vocabulary``: missing at `place`, or as ``choice(_:_:)``.
    func requiredChoice<Value: Vocabulary>(_ key: String, _ type: Value.Type, place: ProblemPlace) throws(LoadError) -> Value {
        guard let value = try choice(key, type) else { throw context.error(.missingKey(key, in: place), at: node, path: path) }
        return value
    }

    func list<T>(_ key: String, _ element: (Node, ElementPath) throws(LoadError) -> T) throws(LoadError) -> [T] {
        guard let value = node(key) else { return [] }
        guard let sequence = value.sequence else {
            throw context.error(.wrongType(key: .key(key), expected: .entryList, found: Fields.describe(value)),
                                at: value, path: path + [.key(key)])
        }
        var result: [T] = []
        result.reserveCapacity(sequence.count)
        for (i, item) in sequence.enumerated() {
            result.append(try element(item, path + [.key(key), .index(i)]))
        }
        return result
    }

    func attributes(_ key: String) throws(LoadError) -> [String: AttributeValue] {
        guard let value = node(key) else { return [:] }
        let f = try Fields(value, path: path + [.key(key)], place: .attributes, allowed: [], context: context, anyKey: true)
        var result: [String: AttributeValue] = [:]
        for (name, item) in f.values {
            guard let scalar = item.scalar else {
                throw context.error(.wrongType(key: .key(name), expected: .scalar, found: Fields.describe(item)),
                                    at: item, path: path + [.key(key), .key(name)])
            }
            switch scalar.tag.rawValue {
            case Tag.Name.int.rawValue, Tag.Name.float.rawValue:
                result[name] = Double(scalar.string).map(AttributeValue.number) ?? .string(scalar.string)
            case Tag.Name.bool.rawValue:
                result[name] = .bool(["true", "yes", "on"].contains(scalar.string.lowercased()))
            default:
                result[name] = .string(scalar.string)
            }
        }
        return result
    }

    /// The evidence under `key`, which must be there.
    func requiredEvidence(_ key: String, place: ProblemPlace? = nil) throws(LoadError) -> Evidence {
        guard let value = node(key) else { throw context.error(.missingKey(key, in: place ?? self.place), at: node, path: path) }
        return try context.evidence(value, path + [.key(key)])
    }

    func evidence(_ key: String, required: Bool, place: ProblemPlace? = nil) throws(LoadError) -> Evidence? {
        guard let value = node(key) else {
            if required { throw context.error(.missingKey(key, in: place ?? self.place), at: node, path: path) }
            return nil
        }
        return try context.evidence(value, path + [.key(key)])
    }

    private init(_ node: Node, path: ElementPath, place: ProblemPlace, allowed: [String], context: Context, anyKey: Bool) throws(LoadError) {
        self.node = node
        self.path = path
        self.place = place
        self.context = context
        guard let mapping = node.mapping else {
            throw context.error(.wrongType(key: .key(path.description), expected: .mapping, found: Fields.describe(node)),
                                at: node, path: path)
        }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                throw context.error(.wrongType(key: .mappingKey, expected: .plainName, found: Fields.describe(key)), at: key, path: path)
            }
            values[name] = value
        }
        self.values = values
    }

    static func describe(_ node: Node) -> FoundValue {
        switch node {
        case .scalar(let scalar): return .scalar(scalar.string)
        case .mapping: return .mapping
        case .sequence: return .list
        case .alias: return .alias
        }
    }
}

extension YAMLNetworkReader {
    /// Reads a file of scenarios — a mapping with a `scenarios:` list, or a bare list — and checks each against
    /// `network` (applied in order after the previous ones), reporting errors at their line in that file.
    public static func readScenarios(path: String, against network: Network) throws(LoadError) -> [Scenario] {
        let root = try composeRoot(try TextFile.bytes(atPath: path), file: path)
        let context = Context(file: path)
        let wrapped: Node = root.sequence != nil ? Node.mapping(Node.Mapping([(Node("scenarios"), root)])) : root
        let top = try Fields(wrapped, path: [], place: .scenarioFile, allowed: ["scenarios"], context: context)
        let scenarios = try top.list("scenarios") { node, path throws(LoadError) in try context.scenario(node, path) }
        var current = network
        current.scenarios = []
        for (i, scenario) in scenarios.enumerated() {
            do {
                current = try current.applying(scenario, at: ["scenarios", .index(i)])
            } catch {
                let mark = context.mark(for: error.path)
                throw LoadError(file: path, line: mark?.line, column: mark?.column, path: error.path, problem: error.problem)
            }
        }
        return scenarios
    }
}

// MARK: Issue 17 — the indicator board
extension Context {
    static let indicatorKeys = ["id", "name", "name_en", "definition", "unit", "level", "periodicity", "disaggregation",
                                "custodian", "roles", "source_system", "agreement", "baseline", "target", "observations",
                                "evidence"]

    func indicator(_ node: Node, _ path: ElementPath) throws(LoadError) -> Indicator {
        let f = try Fields(node, path: path, place: .some(.indicator), allowed: Context.indicatorKeys, context: self)
        let id = try f.requiredString("id")
        let place = ProblemPlace.element(.indicator, id: id)
        let roles = try f.list("roles") { n, p throws(LoadError) -> IndicatorAssignment in
            let r = try Fields(n, path: p, place: place, allowed: ["actor", "role"], context: self)
            return IndicatorAssignment(actor: try r.requiredString("actor", place: place),
                                       role: try r.requiredChoice("role", IndicatorRole.self, place: place))
        }
        func value(_ n: Node, _ p: ElementPath, _ key: String) throws(LoadError) -> IndicatorValue {
            let v = try Fields(n, path: p, place: .valueOf(indicator: id, key: key), allowed: ["period", "value"], context: self)
            return IndicatorValue(period: try v.requiredString("period"), value: try v.quantity("value"))
        }
        return Indicator(
            id: id, name: try f.requiredString("name", place: place), nameEnglish: try f.string("name_en"),
            definition: try f.string("definition"), unit: try f.string("unit"), level: try f.choice("level", IndicatorLevel.self),
            periodicity: try f.string("periodicity"), disaggregation: try f.stringList("disaggregation"),
            custodian: try f.string("custodian"), roles: roles, sourceSystem: try f.string("source_system"),
            agreement: try f.string("agreement"),
            baseline: try f.node("baseline").map { n throws(LoadError) in try value(n, path + ["baseline"], "baseline") },
            target: try f.node("target").map { n throws(LoadError) in try value(n, path + ["target"], "target") },
            observations: try f.list("observations") { n, p throws(LoadError) in try value(n, p, "observations") },
            evidence: try f.requiredEvidence("evidence", place: place))
    }

    func roleChange(_ node: Node, _ path: ElementPath) throws(LoadError) -> IndicatorRoleChange {
        let f = try Fields(node, path: path, place: .roleChange, allowed: ["indicator", "actor", "role"], context: self)
        return IndicatorRoleChange(indicator: try f.requiredString("indicator"), actor: try f.requiredString("actor"),
                                   role: try f.requiredChoice("role", IndicatorRole.self, place: .roleChange))
    }

    func agreementChange(_ node: Node, _ path: ElementPath) throws(LoadError) -> AgreementChange {
        let f = try Fields(node, path: path, place: .agreementChange, allowed: ["arrangement", "indicators"], context: self)
        return AgreementChange(arrangement: try f.requiredString("arrangement"), indicators: try f.stringList("indicators"))
    }
}

extension Fields {
    /// A required number (an indicator's value): a scalar that reads as a finite number.
    func quantity(_ key: String) throws(LoadError) -> Double {
        guard let value = node(key) else { throw context.error(.missingKey(key, in: place), at: node, path: path) }
        guard let text = value.scalar?.string, let number = Double(text.trimmingCharacters(in: .whitespaces)), number.isFinite else {
            throw context.error(.wrongType(key: .key(key), expected: .number, found: Fields.describe(value)),
                                at: value, path: path + [.key(key)])
        }
        return number
    }
}
