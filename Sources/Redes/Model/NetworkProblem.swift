/// Everything that can be wrong with a network or its file, as typed values: what is wrong, with the ids, keys and
/// values involved. `RedesPresentation` puts each one in words, with a fix, in the run's language.
public indirect enum NetworkProblem: Sendable, Hashable {
    // Files
    /// The file cannot be read.
    case unreadableFile(FileFailure)
    /// The file holds nothing but white space.
    case emptyFile
    /// The file is not valid UTF-8 text.
    case notUTF8
    /// The YAML is malformed; `detail` is the YAML parser's own explanation.
    case syntax(String)
    /// A YAML mapping names the same keys twice.
    case duplicateKeys([String])
    /// The file's extension names no format Redes reads; `supported` lists those it does.
    case unsupportedFormat(fileExtension: String, supported: [String])
    // Structure (YAML)
    /// The file's `redes:` version is not 1.
    case unsupportedVersion(found: String)
    /// A required key is missing from `place`.
    case missingKey(String, in: ProblemPlace)
    /// A key that the format does not define at `place`; `allowed` lists the valid keys there.
    case unknownKey(String, in: ProblemPlace, allowed: [String])
    /// A value of the wrong shape, such as a list where text is expected.
    case wrongType(key: KeyReference, expected: ValueShape, found: FoundValue)
    /// A value outside the allowed choices, such as an unknown arrangement kind.
    case invalidChoice(key: String, value: String, allowed: [String])
    // Table files (CSV)
    /// A required column is missing from the header.
    case missingColumn(String, header: [String])
    /// The header is separated by another delimiter (a byte) than the one expected.
    case wrongDelimiter(found: UInt8, expected: UInt8)
    /// A line has more or fewer fields than the header.
    case wrongFieldCount(expected: Int, found: Int)
    /// A quoted field is never closed.
    case unterminatedQuote
    /// Text follows the closing quote of a field.
    case textAfterClosingQuote
    // Exchange formats
    /// Malformed XML (GraphML, GEXF).
    case malformedXML(XMLDefect)
    /// An exchange file refers to an element it does not declare.
    case undeclared(UndeclaredReference, id: String)
    /// A line of a line-based or JSON format (Pajek, DL, node-link JSON) that does not parse.
    case malformedLine(LineDefect)
    /// The file holds more than an input limit allows.
    case limitExceeded(InputLimit, count: Int, limit: Int)
    /// A required field is empty.
    case emptyField(column: String)
    /// The header names a column twice.
    case duplicateColumn(String)
    // Consistency
    /// An element has an empty id.
    case emptyID(element: ElementKind)
    /// An id has leading or trailing white space.
    case untrimmedID(element: ElementKind, id: String)
    /// Two elements of the same kind share an id.
    case duplicateID(element: ElementKind, id: String)
    /// A reference to an actor that does not exist, in the given role; `suggestion` is the closest existing id.
    case unknownActor(id: String, role: ActorReference, suggestion: String?)
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
    /// Evidence that lacks what its status needs.
    case incompleteEvidence(EvidenceRequirement)
    // Scenarios
    /// No scenario has the requested id; `available` lists those that exist.
    case unknownScenario(String, available: [String])
    /// A scenario names an element that does not exist.
    case scenarioMissing(scenario: String, element: ElementKind, id: String, suggestion: String?)
    /// A scenario removes a tie that does not exist.
    case scenarioMissingTie(scenario: String, TieKey)
    /// A scenario takes an actor out of an arrangement it is not a member of.
    case scenarioNotAMember(scenario: String, actor: String, arrangement: String)
    /// A scenario adds an actor to an arrangement it is already a member of.
    case scenarioAlreadyAMember(scenario: String, actor: String, arrangement: String)
    /// A problem found in an element a scenario adds.
    case inScenario(String, NetworkProblem)

    // MARK: Issue 22 — edge cases
    /// A text holds a character that no output format can hold: a control character other than tab, line feed and
    /// carriage return, DEL, a C1 control, or one of the non-characters U+FFFE and U+FFFF. `text` is the text.
    case controlCharacter(scalar: UInt32, text: String)
    /// An XML document whose `<!DOCTYPE>` declares entities: refused before parsing (external files are never read,
    /// entities never expanded).
    case xmlEntities
    /// XML elements nested deeper than `limit`.
    case xmlTooDeep(limit: Int)
    /// Malformed JSON.
    case malformedJSON(JSONDefect)
    /// A value that must be a number (an attribute declared numeric) is not one.
    case notANumber(key: String, value: String)
    /// A value declared boolean that is not `true`, `false`, `1` or `0`.
    case notABoolean(key: String, value: String)
    // Territories
    /// An actor or arrangement names a territory that is not declared under `territories:`.
    case unknownTerritory(String, suggestion: String?)
    /// A latitude or longitude that is not a number of degrees in its range (`key` is `lat` or `lon`).
    case invalidCoordinate(key: String, value: String)
    /// A coordinate written with a decimal comma outside quotes (YAML would read `-22,35` in a list as two values).
    case unquotedDecimalComma(key: String, value: String)
    /// A territory with a latitude but no longitude, or the reverse.
    case incompleteCoordinates(territory: String)
    // MARK: Issue 18 — waves and the roadmap
    /// A period's `start` or `end` (`key`) that is not a date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    case invalidDate(key: String, value: String)
    /// A period whose end comes before its start.
    case periodEndsBeforeStart(start: String, end: String)
    /// A roadmap phase names a scenario the file does not have; `suggestion` is the closest scenario id.
    case unknownRoadmapScenario(phase: String, scenario: String, suggestion: String?)
    /// Two phases list the same scenario (phases add up, so it would apply twice).
    case scenarioInTwoPhases(scenario: String, first: String, second: String)
    /// A phase that starts before the phase listed before it.
    case phaseBeforePrevious(phase: String, previous: String)
    /// A problem met applying a phase's scenario after the scenarios of the earlier phases.
    case inPhase(String, NetworkProblem)
    // MARK: Issue 17 — the indicator board
    /// An indicator lists the same actor in the same role twice.
    case repeatedRole(indicator: String, actor: String, role: IndicatorRole)
    /// An indicator's `agreement` names no arrangement of the network.
    case unknownAgreement(indicator: String, arrangement: String, suggestion: String?)
    /// A scenario removes a role an indicator does not have.
    case scenarioMissingRole(scenario: String, indicator: String, actor: String, role: IndicatorRole)
    /// A board template names an indicator the network does not declare.
    case unknownIndicator(String, suggestion: String?)
    /// A board template's role cell holds a word that names no role; `suggestion` is the likeliest one meant.
    case unknownRole(String, suggestion: IndicatorRole?)
    /// A board template's yes/no cell (the custodian column) holds something else.
    case invalidMark(column: String, value: String)
    /// A board template marks a second custodian for one indicator; `first` is the actor marked on `firstLine`.
    case twoCustodians(indicator: String, first: String, firstLine: Int)
    /// A board template gives a baseline or target period without its value, or the reverse.
    case incompleteValue(indicator: String, BoardValue)
    /// Two rows of one indicator give different baselines (or targets); the first is on `firstLine`.
    case conflictingValue(indicator: String, BoardValue, firstLine: Int)
    /// A board template has two rows for the same indicator and actor; the first is on `firstLine`.
    case duplicateBoardRow(indicator: String, actor: String, firstLine: Int)
    /// A board template's header lacks a column the import needs.
    case missingTemplateColumn(BoardTemplateColumn, header: [String])
}

/// The two reference values of an indicator that a board template carries.
public enum BoardValue: String, Sendable, Hashable {
    case baseline, target
}

/// Why a file cannot be read.
public enum FileFailure: Sendable, Hashable {
    case noSuchFile
    case isDirectory
    case unreadable
}

/// A kind of element a problem names.
public enum ElementKind: String, Sendable, Hashable, CaseIterable {
    case actor, arrangement, tie, source, bloc, scenario, node, edge, vertex
    case vertexLabel = "vertex label"
    case territory
    case indicator
    case phase
}

/// Where in a file a key is missing or unknown.
public enum ProblemPlace: Sendable, Hashable {
    /// The top level of the file.
    case topLevel
    /// Some element of a kind (a source, an actor, a tie…), before its id is known.
    case some(ElementKind)
    /// The element with this id.
    case element(ElementKind, id: String)
    /// The evidence of an element.
    case evidence
    /// The period of the arrangement with this id.
    case periodOf(String)
    /// The tie that starts at this actor (before its target is known).
    case tieFrom(String)
    /// The tie between two actors.
    case tieBetween(String, String)
    /// The `add` of the scenario with this id.
    case scenarioAdd(String)
    /// The `remove` of the scenario with this id.
    case scenarioRemove(String)
    /// A tie that a scenario removes.
    case tieToRemove
    /// A membership change of a scenario (`join` or `leave`).
    case membershipChange
    /// The `attributes` of an element.
    case attributes
    /// A file of scenarios (`--changes`).
    case scenarioFile
    /// The document of a NetworkX node-link file.
    case nodeLinkDocument
    /// An XML element, by tag name.
    case xmlElement(String)
    /// The baseline, target or an observation (`key`) of the indicator with this id.
    case valueOf(indicator: String, key: String)
    /// A role that a scenario adds to or removes from an indicator.
    case roleChange
    /// An agreement change of a scenario (indicators put under an arrangement).
    case agreementChange
}

/// The key a wrong-type problem is about.
public enum KeyReference: Sendable, Hashable {
    /// A key or element path, as written in the file.
    case key(String)
    /// The file as a whole.
    case file
    /// A mapping key that is not a plain name.
    case mappingKey
}

/// The shape a value should have.
public enum ValueShape: Sendable, Hashable {
    case mapping, plainName, text, boolean, number, textList, entryList, scalar
}

/// The shape a value has.
public enum FoundValue: Sendable, Hashable {
    case scalar(String), mapping, list, alias
    /// An explicit null (`null`, `~` in YAML; `null` in JSON).
    case null
}

/// How an actor is referred to where the reference fails.
public enum ActorReference: Sendable, Hashable {
    /// A member of the arrangement with this id.
    case member(arrangement: String)
    /// The source or target of a tie (`end` is `source` or `target`).
    case tieEnd(String)
    /// An end of an edge in an exchange file.
    case edgeEnd
    /// A vertex number of a Pajek edge or arc.
    case pajekVertex(arc: Bool)
    /// A node label of a DL edge list.
    case dlNode
    /// A respondent named by reported evidence.
    case respondent
    /// The custodian of the indicator with this id.
    case custodian(indicator: String)
    /// An actor in a role of the indicator with this id.
    case indicatorRole(indicator: String, role: IndicatorRole)
    /// The actor of a row of a board template.
    case boardRow
}

/// Malformed XML.
public enum XMLDefect: Sendable, Hashable {
    /// What the XML parser reported, by its error code.
    case syntax(XMLSyntaxError)
    /// Text or a second element after the root element.
    case contentAfterRoot
    case notWellFormed
    /// An element closed by another tag.
    case mismatchedClose(tag: String, openedOn: Int, closedBy: String)
    /// An element not closed before the tag where the parser stopped.
    case unclosedBefore(tag: String, openedOn: Int)
    /// An `&` that starts no entity.
    case unescapedAmpersand
    /// The document ends with elements still open.
    case endsBeforeClosed
    /// An element that is never closed.
    case unclosed(tag: String)
    /// No `<graphml><graph>` (or `<gexf><graph>`) element; `root` is `graphml` or `gexf`.
    case missingGraph(root: String)
}

/// An error of the XML parser (libxml2, behind Foundation's `XMLParser`), by its error code
/// (`xmlParserErrors` in libxml2's `xmlerror.h`, which `XMLParser.ErrorCode` repeats).
public enum XMLSyntaxError: Sendable, Hashable {
    /// A character XML does not allow (a control character, or a character reference to one). Code 9 (6–8).
    case invalidCharacter
    /// An entity reference other than XML's five. Codes 26, 27.
    case undeclaredEntity
    /// A `<` inside an attribute value, or a value that is not closed. Code 38.
    case lessThanInAttribute
    /// An attribute value without quotes. Codes 39–41, 43, 44.
    case attributeNotQuoted
    /// The same attribute twice in one tag. Code 42.
    case duplicateAttribute
    /// A comment never closed. Code 45.
    case commentNotClosed
    /// A CDATA section never closed. Code 63.
    case cdataNotClosed
    /// A `<!DOCTYPE>`, `<?…?>` or XML declaration never closed. Codes 46, 47, 57, 61.
    case declarationNotClosed
    /// A tag not closed by `>`. Codes 73, 77.
    case tagNotClosed
    /// Entities that refer to each other without end, or expand too much. Code 89.
    case entityLoop
    /// An encoding other than UTF-8 that the parser cannot read. Codes 31, 32, 81.
    case unsupportedEncoding
    /// No element at all. Code 4.
    case emptyDocument
    /// Another libxml2 error.
    case other(code: Int)

    /// The error of a libxml2 code.
    public init(code: Int) {
        switch code {
        case 6, 7, 8, 9: self = .invalidCharacter
        case 26, 27: self = .undeclaredEntity
        case 38: self = .lessThanInAttribute
        case 39, 40, 41, 43, 44: self = .attributeNotQuoted
        case 42: self = .duplicateAttribute
        case 45: self = .commentNotClosed
        case 63: self = .cdataNotClosed
        case 46, 47, 57, 61: self = .declarationNotClosed
        case 73, 77: self = .tagNotClosed
        case 89: self = .entityLoop
        case 31, 32, 81: self = .unsupportedEncoding
        case 4: self = .emptyDocument
        default: self = .other(code: code)
        }
    }
}

/// What is wrong with a JSON text (RFC 8259).
public enum JSONDefect: Sendable, Hashable {
    /// The text ends inside a value.
    case unexpectedEnd
    /// A character where a value, `,`, `:`, `]` or `}` was expected.
    case unexpectedCharacter(String)
    /// A comma before `]` or `}`.
    case trailingComma
    /// A string never closed.
    case unterminatedString
    /// A backslash escape JSON does not define.
    case invalidEscape(String)
    /// A raw control character (such as a line break) inside a string: write it as `\n`, `\u0007`.
    case controlCharacterInString
    /// A number JSON does not allow (`01`, `1.`, `NaN`, `Infinity`).
    case invalidNumber(String)
    /// A key written twice in one object.
    case duplicateKey(String)
    /// Arrays and objects nested deeper than `limit`.
    case tooDeep(limit: Int)
    /// Text after the end of the document.
    case textAfterDocument
    /// The document is not an object (`{…}`).
    case notAnObject
}

/// An element an exchange file uses without declaring it.
public enum UndeclaredReference: Sendable, Hashable {
    case graphMLKey
    case gexfAttribute
}

/// What is wrong with a line of Pajek, UCINET DL or node-link JSON.
public enum LineDefect: Sendable, Hashable {
    case pajekVerticesWithoutCount
    case pajekUnsupportedSection(String)
    case pajekVertexOutOfRange(String, count: Int)
    case pajekNotAnEdge(String)
    case pajekDataBeforeSection
    case dlNoSize
    case dlSizeOutOfRange(rows: Int, columns: Int, maximum: Int)
    case dlMatrixSize(values: Int, rows: Int, columns: Int)
    case dlLabelCount(labels: Int, rows: Int)
    case dlNotAnEdge(String)
    case dlUnsupportedFormat(String)
    case dlAsymmetricWeights(String, String, Double, Double)
    /// The first line is not the `dl` header.
    case dlNoHeader
}

/// An input limit (each can be raised from the command line).
public enum InputLimit: Sendable, Hashable {
    case actors, ties, textLength
}

/// What evidence lacks for its status.
public enum EvidenceRequirement: Sendable, Hashable {
    /// `documented` needs a `source`.
    case documentedNeedsSource
    /// `illustrative` needs a `reason`.
    case illustrativeNeedsReason
    /// `proposed` needs a `source` or a `reason`.
    case proposedNeedsSourceOrReason
    /// `reported` needs the `respondents` who reported the element.
    case reportedNeedsRespondents
    /// `reported` needs the `date` of the survey.
    case reportedNeedsDate
}

/// The candidate closest to `text` by edit distance, if it is close enough to be a likely typo.
///
/// - Parameters:
///   - text: what was written.
///   - candidates: the valid values.
/// - Returns: the likeliest intended value, or nil.
/// - Complexity: O(Σ |text|·|candidate|).
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
