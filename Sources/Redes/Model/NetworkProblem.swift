/// Everything that can be wrong with a network or its file, each with a message saying what is wrong and a fix.
public indirect enum NetworkProblem: Sendable, Hashable {
    // Files
    /// The file cannot be read; `reason` is the system's explanation.
    case unreadableFile(reason: String)
    /// The file holds nothing but white space.
    case emptyFile
    /// The file is not valid UTF-8 text.
    case notUTF8
    /// The YAML is malformed; the associated text details how.
    case syntax(String)
    /// The file's extension names no format Redes reads; `supported` lists those it does.
    case unsupportedFormat(fileExtension: String, supported: [String])
    // Structure (YAML)
    /// The file's `redes:` version is not 1.
    case unsupportedVersion(found: String)
    /// A required key is missing from the place named by `in`.
    case missingKey(String, in: String)
    /// A key that the format does not define; `allowed` lists the valid keys there.
    case unknownKey(String, in: String, allowed: [String])
    /// A value of the wrong type, such as a list where text is expected.
    case wrongType(key: String, expected: String, found: String)
    /// A value outside the allowed choices, such as an unknown arrangement kind.
    case invalidChoice(key: String, value: String, allowed: [String])
    // Table files (CSV)
    /// A required column is missing from the header.
    case missingColumn(String, header: [String])
    /// The header is separated by another delimiter than the one expected.
    case wrongDelimiter(found: String, expected: String)
    /// A line has more or fewer fields than the header.
    case wrongFieldCount(expected: Int, found: Int)
    /// A quoted field is never closed.
    case unterminatedQuote
    /// Malformed CSV, such as a quote inside an unquoted field.
    case malformedCSV(String)
    // Exchange formats
    /// Malformed XML (GraphML, GEXF), as the parser reports it.
    case malformedXML(String)
    /// An exchange file refers to an element it does not declare, such as an undeclared GraphML key.
    case unknownReference(element: String, id: String, fix: String)
    /// A line of a line-based format (Pajek, DL) that does not parse; `expected` shows its form.
    case malformedLine(format: String, detail: String, expected: String)
    /// The file holds more than an input limit allows; `option` names the command-line option that raises it.
    case limitExceeded(what: String, count: Int, limit: Int, option: String)
    /// A required field is empty.
    case emptyField(column: String)
    /// The header names a column twice.
    case duplicateColumn(String)
    // Consistency
    /// An element has an empty id.
    case emptyID(element: String)
    /// An id has leading or trailing white space.
    case untrimmedID(element: String, id: String)
    /// Two elements of the same section share an id.
    case duplicateID(element: String, id: String)
    /// A reference to an actor that does not exist; `suggestion` is the closest existing id, if any.
    case unknownActor(id: String, role: String, suggestion: String?)
    /// An actor names a bloc that is not declared under `blocs:`.
    case unknownBloc(id: String, declared: [String], suggestion: String?)
    /// Evidence cites a source that is not declared under `sources:`.
    case unknownSource(id: String, suggestion: String?)
    /// An arrangement has fewer than two members.
    case tooFewMembers(arrangement: String, count: Int)
    /// An arrangement lists the same member twice.
    case repeatedMember(arrangement: String, actor: String)
    /// An arrangement's lead is not one of its members.
    case leadNotMember(arrangement: String, lead: String)
    /// A weight that is not a positive number.
    case invalidWeight(String)
    /// A tie joins an actor to itself.
    case selfLoop(actor: String)
    /// A tie marked `directed: true` in an undirected network.
    case directedTieInUndirectedNetwork(TieKey)
    /// Two ties with the same ends and kind; `firstLine` is where the first one is, when known.
    case duplicateTie(TieKey, firstLine: Int? = nil)
    /// Evidence that lacks what its status needs, such as a `source` for `documented`.
    case incompleteEvidence(String)
    // Scenarios
    /// No scenario has the requested id; `available` lists those that exist.
    case unknownScenario(String, available: [String])
    /// A scenario names an actor or arrangement that does not exist.
    case scenarioMissing(scenario: String, element: String, id: String, suggestion: String?)
    /// A scenario removes a tie that does not exist.
    case scenarioMissingTie(scenario: String, TieKey)
    /// A scenario takes an actor out of an arrangement it is not a member of.
    case scenarioNotAMember(scenario: String, actor: String, arrangement: String)
    /// A scenario adds an actor to an arrangement it is already a member of.
    case scenarioAlreadyAMember(scenario: String, actor: String, arrangement: String)
    /// A problem of the network that a scenario produces, wrapped with the scenario's id.
    case inScenario(String, NetworkProblem)

    /// What is wrong, in one sentence.
    public var message: String {
        switch self {
        case .unreadableFile(let reason): return "cannot read the file: \(reason)"
        case .emptyFile: return "the file is empty"
        case .notUTF8: return "the file is not valid UTF-8 text"
        case .syntax(let detail): return "not valid YAML: \(detail)"
        case .unsupportedFormat(let ext, _): return "cannot tell the format of a '\(ext)' file"
        case .unsupportedVersion(let found): return "unsupported format version `redes: \(found)`"
        case .missingKey(let key, let place): return "\(place) has no `\(key)`"
        case .unknownKey(let key, let place, _): return "unknown key `\(key)` in \(place)"
        case .wrongType(let key, let expected, let found): return "`\(key)` should be \(expected), found \(found)"
        case .invalidChoice(let key, let value, _): return "`\(key)` cannot be '\(value)'"
        case .missingColumn(let column, let header):
            return "the header has no `\(column)` column (found: \(header.map { "`\($0)`" }.joined(separator: ", ")))"
        case .wrongDelimiter(let found, let expected):
            return "the header is separated by \(found), not by \(expected)"
        case .wrongFieldCount(let expected, let found): return "expected \(expected) fields, found \(found)"
        case .unterminatedQuote: return "a quoted field is never closed"
        case .malformedCSV(let detail): return "not valid CSV: \(detail)"
        case .malformedXML(let detail): return "not valid XML: \(detail)"
        case .unknownReference(let element, let id, _): return "\(element) '\(id)' is not declared"
        case .malformedLine(let format, let detail, _): return "not valid \(format): \(detail)"
        case .limitExceeded(let what, let count, let limit, _): return "\(count) \(what), more than the limit of \(limit)"
        case .emptyField(let column): return "empty `\(column)`"
        case .duplicateColumn(let column): return "the header names `\(column)` twice"
        case .emptyID(let element): return "\(element) with an empty id"
        case .untrimmedID(let element, let id): return "\(element) id '\(id)' has leading or trailing spaces"
        case .duplicateID(let element, let id): return "duplicate \(element) id '\(id)'"
        case .unknownActor(let id, let role, _): return "\(role) '\(id)', which is not an actor of the network"
        case .unknownBloc(let id, _, _): return "bloc '\(id)' is not declared under `blocs:`"
        case .unknownSource(let id, _): return "source '\(id)' is not declared under `sources:`"
        case .tooFewMembers(let id, let count):
            return "arrangement '\(id)' has \(count) member\(count == 1 ? "" : "s"); an arrangement joins at least 2 actors"
        case .repeatedMember(let id, let actor): return "arrangement '\(id)' lists member '\(actor)' twice"
        case .leadNotMember(let id, let lead): return "the lead '\(lead)' of arrangement '\(id)' is not one of its members"
        case .invalidWeight(let value): return "weight '\(value)' is not a positive number"
        case .selfLoop(let actor): return "tie from '\(actor)' to itself"
        case .directedTieInUndirectedNetwork(let key): return "tie \(key) is directed but the network is undirected"
        case .duplicateTie(let key, let firstLine):
            return "tie \(key) appears twice" + (firstLine.map { " (first on line \($0))" } ?? "")
        case .incompleteEvidence(let detail): return "incomplete evidence: \(detail)"
        case .unknownScenario(let id, _): return "no scenario named '\(id)'"
        case .scenarioMissing(let scenario, let element, let id, _):
            return "scenario '\(scenario)' names \(element) '\(id)', which does not exist"
        case .scenarioMissingTie(let scenario, let key):
            return "scenario '\(scenario)' removes tie \(key), which does not exist"
        case .scenarioNotAMember(let scenario, let actor, let arrangement):
            return "scenario '\(scenario)' takes '\(actor)' out of '\(arrangement)', but it is not a member"
        case .scenarioAlreadyAMember(let scenario, let actor, let arrangement):
            return "scenario '\(scenario)' adds '\(actor)' to '\(arrangement)', but it is already a member"
        case .inScenario(let scenario, let problem): return "in scenario '\(scenario)': \(problem.message)"
        }
    }

    /// How to fix it.
    public var fix: String {
        switch self {
        case .unreadableFile: return "check the path and the file's permissions"
        case .emptyFile: return "write a network into it (see docs/file-format.md), or pass another file"
        case .notUTF8: return "save the file as UTF-8 (in a spreadsheet: CSV UTF-8)"
        case .syntax: return "fix the YAML at the place shown (indentation, an unclosed quote or bracket)"
        case .unsupportedFormat(_, let supported):
            return "use one of: \(supported.joined(separator: ", ")), or name the format with --input-format"
        case .unsupportedVersion: return "write `redes: 1` at the top of the file"
        case .missingKey(let key, _): return "add `\(key): …`"
        case .unknownKey(let key, _, let allowed):
            let hint = closestMatch(to: key, in: allowed).map { "did you mean `\($0)`? " } ?? ""
            return "\(hint)allowed keys: \(allowed.joined(separator: ", "))"
        case .wrongType(let key, let expected, _): return "give `\(key)` \(expected)"
        case .invalidChoice(_, let value, let allowed):
            let hint = closestMatch(to: value, in: allowed).map { "did you mean '\($0)'? " } ?? ""
            return "\(hint)use one of: \(allowed.joined(separator: ", "))"
        case .missingColumn(let column, _): return "name a column `\(column)` in the first line"
        case .wrongDelimiter(let found, let expected):
            return "separate the fields with \(expected), or pass --delimiter '\(found == "a semicolon" ? ";" : found == "a tab" ? "\\t" : found)'"
        case .wrongFieldCount: return "give every line as many fields as the header; quote fields that contain the delimiter"
        case .malformedXML: return "fix the XML at the place shown (an unclosed or mismatched tag, an unescaped & or <)"
        case .unknownReference(_, _, let fix): return fix
        case .malformedLine(_, _, let expected): return "write it as \(expected)"
        case .limitExceeded(_, let count, _, let option): return "check the file (an export gone wrong?), or raise the limit with \(option) \(count)"
        case .malformedCSV: return "quote the whole field, and write a quote inside it twice (\"\")"
        case .unterminatedQuote: return "close the quote (a quote inside a quoted field is written twice: \"\")"
        case .emptyField(let column): return "fill in `\(column)` or remove the line"
        case .duplicateColumn: return "rename or remove one of the two columns"
        case .emptyID: return "give it a non-empty id"
        case .untrimmedID: return "remove the spaces around the id"
        case .duplicateID(let element, _): return "give each \(element) its own id, or merge the two entries"
        case .unknownActor(let id, _, let suggestion):
            let hint = suggestion.map { "did you mean '\($0)'? Otherwise " } ?? ""
            return "\(hint)add an actor with id '\(id)' under `actors:` (or to the nodes file)"
        case .unknownBloc(let id, let declared, let suggestion):
            let hint = suggestion.map { "did you mean '\($0)'? Otherwise " } ?? ""
            return "\(hint)declare '\(id)' under `blocs:` (declared: \(declared.joined(separator: ", ")))"
        case .unknownSource(let id, let suggestion):
            let hint = suggestion.map { "did you mean '\($0)'? Otherwise " } ?? ""
            return "\(hint)add `{id: \(id), title: …}` under `sources:`"
        case .tooFewMembers: return "list at least two actor ids under `members:`, or model a single actor's link as a tie"
        case .repeatedMember: return "list each member once"
        case .leadNotMember(_, let lead): return "add '\(lead)' to `members:` or change `lead:`"
        case .invalidWeight: return "give a tie strength greater than 0 (e.g. 1, 2.5), or leave the weight out for 1"
        case .selfLoop: return "a tie joins two different actors: fix the source or the target"
        case .directedTieInUndirectedNetwork:
            return "write `directed: true` at the top of the file, or remove the tie's `directed`"
        case .duplicateTie: return "merge the two ties into one (add their weights), or give them different kinds"
        case .incompleteEvidence(let detail):
            return detail.contains("source") && !detail.contains("reason")
                ? "cite a source, or mark the element `status: illustrative` with a `reason`"
                : "complete the evidence as the message says"
        case .unknownScenario(_, let available):
            return available.isEmpty ? "the file has no scenarios: add one under `scenarios:`"
                : "use one of: \(available.joined(separator: ", "))"
        case .scenarioMissing(_, let element, _, let suggestion):
            let hint = suggestion.map { "did you mean '\($0)'? Otherwise " } ?? ""
            return "\(hint)add the \(element) to the network (or in the scenario's `add:`) or remove it from the scenario"
        case .scenarioMissingTie: return "check the tie's source, target and kind against `ties:`"
        case .scenarioNotAMember: return "remove the actor from the scenario's `leave:`"
        case .scenarioAlreadyAMember: return "remove the actor from the scenario's `join:`"
        case .inScenario(_, let problem): return problem.fix
        }
    }
}

/// The candidate closest to `text` by edit distance, if it is close enough to be a likely typo.
///
/// The comparison ignores case and counts Levenshtein edits over Unicode scalars; a candidate is close enough within
/// max(1, min(3, ⌊length / 3⌋)) edits.
///
/// - Parameters:
///   - text: The word as written, such as a misspelt id.
///   - candidates: The valid words.
/// - Returns: The closest candidate, or `nil` when none is close enough or `text` is exactly one of them.
/// - Complexity: O(c·|text|·l), c candidates of length at most l.
public func closestMatch(to text: String, in candidates: [String]) -> String? {
    let lowered = text.lowercased()
    var best: (String, Int)?
    for candidate in candidates {
        let distance = editDistance(lowered, candidate.lowercased())
        if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
    }
    guard let (candidate, distance) = best else { return nil }
    let limit = max(1, min(3, text.count / 3))
    return distance <= limit && distance > 0 || (distance == 0 && candidate != text) ? candidate : nil
}

/// Levenshtein distance between two strings, over Unicode scalars.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
