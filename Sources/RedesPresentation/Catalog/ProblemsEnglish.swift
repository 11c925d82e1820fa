import Redes

/// The input and output problems of the catalog, in English (see ``Message/problem(_:)``).
enum ProblemsEnglish {
    static func place(_ place: ProblemPlace) -> String {
        switch place {
        case .topLevel: return "the top level of the file"
        case .some(let kind): return article(kind) + " " + element(kind)
        case .element(let kind, let id): return "\(element(kind)) '\(id)'"
        case .evidence: return "the evidence"
        case .periodOf(let id): return "the period of '\(id)'"
        case .tieFrom(let source): return "the tie from '\(source)'"
        case .tieBetween(let source, let target): return "the tie \(source)–\(target)"
        case .scenarioAdd(let id): return "`add` of scenario '\(id)'"
        case .scenarioRemove(let id): return "`remove` of scenario '\(id)'"
        case .tieToRemove: return "a tie to remove"
        case .membershipChange: return "a membership change"
        case .attributes: return "attributes"
        case .scenarioFile: return "a scenario file"
        case .nodeLinkDocument: return "the node-link document"
        case .xmlElement(let tag): return "<\(tag)>"
        // Issue 17 — the indicator board
        case .valueOf, .roleChange, .agreementChange: return boardPlace(place)
        }
    }

    static func element(_ kind: ElementKind) -> String { kind.rawValue }

    static func article(_ kind: ElementKind) -> String {
        switch kind {
        case .actor, .arrangement, .edge, .indicator: return "an"
        default: return "a"
        }
    }

    static func role(_ role: ActorReference) -> String {
        switch role {
        case .member(let arrangement): return "arrangement '\(arrangement)' lists member"
        case .tieEnd(let end): return "the tie names as \(end)"
        case .edgeEnd: return "the edge names as an end"
        case .pajekVertex(let arc): return "the \(arc ? "arc" : "edge") names as vertex"
        case .dlNode: return "the edge names as node"
        case .respondent: return "the evidence names as respondent"
        // Issue 17 — the indicator board
        case .custodian(let indicator): return "indicator '\(indicator)' names as custodian"
        case .indicatorRole(let indicator, let role): return "indicator '\(indicator)' names as \(noun(role))"
        case .boardRow: return "the row names as actor"
        }
    }

    static func key(_ key: KeyReference) -> String {
        switch key {
        case .key(let name): return name
        case .file: return "the file"
        case .mappingKey: return "a key"
        }
    }

    static func shape(_ shape: ValueShape) -> String {
        switch shape {
        case .mapping: return "a mapping of `key: value` lines"
        case .plainName: return "a plain name"
        case .text: return "a text value"
        case .boolean: return "true or false"
        case .number: return "a number"
        case .textList: return "a list such as [a, b]"
        case .entryList: return "a list of entries, each starting with `- `"
        case .scalar: return "a text, number or true/false value"
        }
    }

    static func found(_ value: FoundValue) -> String {
        switch value {
        case .scalar(let text): return "'\(text)'"
        case .mapping: return "a mapping"
        case .list: return "a list"
        case .alias: return "an alias"
        case .null: return "null"
        }
    }

    static func delimiter(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: ","): return "a comma"
        case UInt8(ascii: ";"): return "a semicolon"
        case 0x09: return "a tab"
        case UInt8(ascii: "|"): return "a vertical bar"
        default: return "'\(Character(Unicode.Scalar(byte)))'"
        }
    }

    static func xml(_ defect: XMLDefect) -> String {
        switch defect {
        case .syntax(let error): return syntax(error)
        case .contentAfterRoot: return "text or a second element after the root element"
        case .notWellFormed: return "the document is not well formed"
        case .unclosed(let tag): return "<\(tag)> is never closed"
        case .missingGraph(let root): return "no <\(root)><graph> element"
        case .mismatchedClose(let tag, let line, let other): return "<\(tag)> opened on line \(line) is closed by </\(other)>"
        case .unclosedBefore(let tag, let line): return "<\(tag)> opened on line \(line) is not closed before this tag"
        case .unescapedAmpersand: return "an unescaped & (write &amp;)"
        case .endsBeforeClosed: return "the document ends before its elements are closed"
        }
    }

    /// Format, what is wrong, and the form expected.
    static func line(_ defect: LineDefect) -> (format: String, detail: String, expected: String) {
        switch defect {
        case .pajekVerticesWithoutCount: return ("Pajek", "`*Vertices` without a count", "*Vertices N")
        case .pajekUnsupportedSection(let word): return ("Pajek", "section \(word) is not supported", "*Vertices, *Edges or *Arcs sections")
        case .pajekVertexOutOfRange(let text, let count): return ("Pajek", "vertex number '\(text)' is not between 1 and \(count)", "NUMBER \"label\"")
        case .pajekNotAnEdge(let text): return ("Pajek", "'\(text)' is not an edge", "FROM TO [WEIGHT]")
        case .pajekDataBeforeSection: return ("Pajek", "data before any section", "*Vertices N first")
        case .dlNoSize: return ("UCINET DL", "no size", "dl n=N (or nr=R nc=C) format=…")
        case .dlSizeOutOfRange(let rows, let columns, let maximum):
            return ("UCINET DL", "size \(rows) × \(columns) is not between 0 and \(maximum)", "dl n=N with 0 ≤ N ≤ \(maximum)")
        case .dlMatrixSize(let values, let rows, let columns):
            return ("UCINET DL", "the matrix has \(values) values; \(rows) rows × \(columns) columns need \(rows * columns)",
                    "\(rows) rows of \(columns) numbers after `data:`")
        case .dlLabelCount(let labels, let rows): return ("UCINET DL", "\(labels) labels for \(rows) rows", "one label per row")
        case .dlNotAnEdge(let text): return ("UCINET DL", "'\(text)' is not an edge", "FROM TO [WEIGHT]")
        case .dlUnsupportedFormat(let format): return ("UCINET DL", "format=\(format) is not supported", "format=fullmatrix or format=edgelist1")
        case .dlAsymmetricWeights(let a, let b, let w, let reverse):
            return ("UCINET DL", "\(a)–\(b) has weight \(formatNumber(w)) one way and \(formatNumber(reverse)) the other",
                    "one weight per pair, or read the file with --directed")
        case .dlNoHeader: return ("UCINET DL", "the first line is not the `dl` header", "dl n=N (or nr=R nc=C) on the first line")
        }
    }

    static func limit(_ limit: InputLimit) -> (what: String, option: String) {
        switch limit {
        case .actors: return ("actors", "--max-actors")
        case .ties: return ("ties", "--max-ties")
        case .textLength: return ("characters in one text", "--max-text-length")
        }
    }

    static func requirement(_ requirement: EvidenceRequirement) -> String {
        switch requirement {
        case .documentedNeedsSource: return "documented evidence needs `source` (the id of an entry under `sources:`)"
        case .illustrativeNeedsReason: return "illustrative evidence needs `reason` (why the link is assumed)"
        case .proposedNeedsSourceOrReason: return "proposed evidence needs `source` or `reason`"
        case .reportedNeedsRespondents: return "reported evidence needs `respondents` (the ids of the actors whose answers name the link)"
        case .reportedNeedsDate: return "reported evidence needs `date` (when the survey was answered)"
        }
    }

    static func hint(_ suggestion: String?, quote: String = "'") -> String {
        suggestion.map { "did you mean \(quote)\($0)\(quote)? Otherwise " } ?? ""
    }

    /// What is wrong, in one sentence.
    static func message(_ problem: NetworkProblem) -> String {
        switch problem {
        case .unreadableFile(let failure):
            switch failure {
            case .noSuchFile: return "cannot read the file: no such file"
            case .isDirectory: return "cannot read the file: it is a directory"
            case .unreadable: return "cannot read the file: permission denied or unreadable"
            }
        case .emptyFile: return "the file is empty"
        case .notUTF8: return "the file is not valid UTF-8 text"
        case .syntax(let detail): return "not valid YAML: \(detail)"
        case .duplicateKeys(let keys): return "not valid YAML: the key \(keys.map { "`\($0)`" }.joined(separator: ", ")) appears twice in one mapping"
        case .unsupportedFormat(let ext, _): return "cannot tell the format of a '\(ext)' file"
        case .unsupportedVersion(let found): return "unsupported format version `redes: \(found)`"
        case .missingKey(let key, let location): return "\(place(location)) has no `\(key)`"
        case .unknownKey(let key, let location, _): return "unknown key `\(key)` in \(place(location))"
        case .wrongType(let name, let expected, let value): return "`\(key(name))` should be \(shape(expected)), found \(found(value))"
        case .invalidChoice(let key, let value, _): return "`\(key)` cannot be '\(value)'"
        case .missingColumn(let column, let header):
            return "the header has no `\(column)` column (found: \(header.map { "`\($0)`" }.joined(separator: ", ")))"
        case .wrongDelimiter(let found, let expected):
            return "the header is separated by \(delimiter(found)), not by \(delimiter(expected))"
        case .wrongFieldCount(let expected, let found): return "expected \(expected) fields, found \(found)"
        case .unterminatedQuote: return "a quoted field is never closed"
        case .textAfterClosingQuote: return "not valid CSV: unexpected text after a closing quote"
        case .malformedXML(let defect): return "not valid XML: \(xml(defect))"
        case .undeclared(let kind, let id): return "\(kind == .graphMLKey ? "GraphML key" : "GEXF attribute") '\(id)' is not declared"
        case .malformedLine(let defect):
            let (format, detail, _) = line(defect)
            return "not valid \(format): \(detail)"
        case .limitExceeded(let kind, let count, let maximum): return "\(count) \(limit(kind).what), more than the limit of \(maximum)"
        case .emptyField(let column): return "empty `\(column)`"
        case .duplicateColumn(let column): return "the header names `\(column)` twice"
        case .emptyID(let kind): return "\(element(kind)) with an empty id"
        case .untrimmedID(let kind, let id): return "\(element(kind)) id '\(id)' has leading or trailing spaces"
        case .duplicateID(let kind, let id): return "duplicate \(element(kind)) id '\(id)'"
        case .unknownActor(let id, let reference, _): return "\(role(reference)) '\(id)', which is not an actor of the network"
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
        case .incompleteEvidence(let requirement): return "incomplete evidence: \(self.requirement(requirement))"
        case .unknownScenario(let id, _): return "no scenario named '\(id)'"
        case .scenarioMissing(let scenario, let kind, let id, _):
            return "scenario '\(scenario)' names \(element(kind)) '\(id)', which does not exist"
        case .scenarioMissingTie(let scenario, let key): return "scenario '\(scenario)' removes tie \(key), which does not exist"
        case .scenarioNotAMember(let scenario, let actor, let arrangement):
            return "scenario '\(scenario)' takes '\(actor)' out of '\(arrangement)', but it is not a member"
        case .scenarioAlreadyAMember(let scenario, let actor, let arrangement):
            return "scenario '\(scenario)' adds '\(actor)' to '\(arrangement)', but it is already a member"
        case .inScenario(let scenario, let inner): return "in scenario '\(scenario)': \(message(inner))"
        // MARK: Issue 15 — territories
        case .unknownTerritory(let name, _): return "territory '\(name)' is not declared under `territories:`"
        case .invalidCoordinate(let key, let value):
            return "`\(key)` '\(value)' is not a \(key == "lat" ? "latitude (−90 to 90)" : "longitude (−180 to 180)") in decimal degrees"
        case .unquotedDecimalComma(let key, let value): return "`\(key)` '\(value)' has a decimal comma outside quotes"
        case .incompleteCoordinates(let id): return "territory '\(id)' gives only one of `lat` and `lon`"
        // MARK: Issue 18 — waves and the roadmap
        case .invalidDate(let key, let value): return "`\(key)` '\(value)' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"
        case .periodEndsBeforeStart(let start, let end): return "the period ends (\(end)) before it starts (\(start))"
        case .unknownRoadmapScenario(let phase, let scenario, _): return "phase '\(phase)' names scenario '\(scenario)', which the file does not have"
        case .scenarioInTwoPhases(let scenario, let first, let second):
            return "scenario '\(scenario)' is listed by phase '\(first)' and again by phase '\(second)'"
        case .phaseBeforePrevious(let phase, let previous): return "phase '\(phase)' starts before phase '\(previous)', listed before it"
        case .inPhase(let phase, let inner): return "in phase '\(phase)' (after the scenarios of the earlier phases): \(message(inner))"
        // Issue 17 — the indicator board
        case .repeatedRole, .unknownAgreement, .scenarioMissingRole, .unknownIndicator, .unknownRole, .invalidMark,
             .twoCustodians, .incompleteValue, .conflictingValue, .duplicateBoardRow, .missingTemplateColumn:
            return boardMessage(problem)
        // MARK: Issue 22 — edge cases
        case .controlCharacter(let scalar, let text):
            return "'\(visible(text))' holds the invisible character \(codePoint(scalar)), which GraphML, GEXF, YAML and SVG cannot hold"
        case .xmlEntities:
            return "the <!DOCTYPE> declares entities (<!ENTITY …>): Redes reads no DTD, never opens the files an entity names and does not expand entities"
        case .xmlTooDeep(let limit): return "elements are nested more than \(limit) levels deep"
        case .malformedJSON(let defect): return "not valid JSON: \(json(defect))"
        case .notANumber(let key, let value): return "`\(key)` is declared a number, but holds '\(value)'"
        case .notABoolean(let key, let value): return "`\(key)` is declared true/false, but holds '\(value)'"
        }
    }

    /// A text with its control characters shown as `\u{…}`.
    static func visible(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars.prefix(80) {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return text.unicodeScalars.count > 80 ? out + "…" : out
    }

    static func codePoint(_ scalar: UInt32) -> String {
        let hex = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    static func syntax(_ error: XMLSyntaxError) -> String {
        switch error {
        case .invalidCharacter: return "a character XML does not allow (a control character, or a character reference such as &#1; to one)"
        case .undeclaredEntity: return "an entity (&name;) that is not one of XML's five: &amp; &lt; &gt; &quot; &apos;"
        case .lessThanInAttribute: return "a < inside an attribute value, or an attribute value that is never closed"
        case .attributeNotQuoted: return "an attribute value without quotes"
        case .duplicateAttribute: return "the same attribute twice in one tag"
        case .commentNotClosed: return "a comment (<!-- … -->) that is never closed"
        case .cdataNotClosed: return "a CDATA section that is never closed"
        case .declarationNotClosed: return "a declaration (<?xml …?>, <!DOCTYPE …>) that is never closed"
        case .tagNotClosed: return "a tag that is not closed with >"
        case .entityLoop: return "entities that expand into each other without end"
        case .unsupportedEncoding: return "an encoding the XML parser cannot read"
        case .emptyDocument: return "no element at all"
        case .other(let code): return "the XML parser stopped here (libxml2 error \(code))"
        }
    }

    static func json(_ defect: JSONDefect) -> String {
        switch defect {
        case .unexpectedEnd: return "the text ends inside a value"
        case .unexpectedCharacter(let text): return "unexpected '\(text)'"
        case .trailingComma: return "a comma before ] or }"
        case .unterminatedString: return "a string that is never closed"
        case .invalidEscape(let text): return "the escape \\\(text) is not defined in JSON"
        case .controlCharacterInString: return "a line break or control character inside a string"
        case .invalidNumber(let text): return "'\(text)' is not a JSON number"
        case .duplicateKey(let key): return "the key \"\(key)\" appears twice in one object"
        case .tooDeep(let limit): return "arrays and objects nested more than \(limit) levels deep"
        case .textAfterDocument: return "text after the end of the document"
        case .notAnObject: return "the document is not an object {…}"
        }
    }

    /// How to fix it.
    static func fix(_ problem: NetworkProblem) -> String {
        switch problem {
        case .unreadableFile(.isDirectory): return "name a network file inside the folder (such as folder/network.yaml), not the folder"
        case .unreadableFile: return "check the path and the file's permissions"
        case .emptyFile: return "write a network into it (see docs/file-format.md), or pass another file"
        case .notUTF8: return "save the file as UTF-8 (in a spreadsheet: CSV UTF-8)"
        case .syntax, .duplicateKeys: return "fix the YAML at the place shown (indentation, an unclosed quote or bracket)"
        case .unsupportedFormat(_, let supported):
            return "use one of: \(supported.joined(separator: ", ")), or name the format with --input-format"
        case .unsupportedVersion: return "write `redes: 1` at the top of the file"
        case .missingKey(let key, _): return "add `\(key): …`"
        case .unknownKey(let key, _, let allowed):
            let guess = closestMatch(to: key, in: allowed).map { "did you mean `\($0)`? " } ?? ""
            return "\(guess)allowed keys: \(allowed.joined(separator: ", "))"
        case .wrongType(let name, let expected, _): return "give `\(key(name))` \(shape(expected))"
        case .invalidChoice(_, let value, let allowed):
            let guess = closestMatch(to: value, in: allowed).map { "did you mean '\($0)'? " } ?? ""
            return "\(guess)use one of: \(allowed.joined(separator: ", "))"
        case .missingColumn(let column, _): return "name a column `\(column)` in the first line"
        case .wrongDelimiter(let found, let expected):
            let option = found == 0x09 ? "\\t" : String(Character(Unicode.Scalar(found)))
            return "separate the fields with \(delimiter(expected)), or pass --delimiter '\(option)'"
        case .wrongFieldCount: return "give every line as many fields as the header; quote fields that contain the delimiter"
        case .malformedXML: return "fix the XML at the place shown (an unclosed or mismatched tag, an unescaped & or <)"
        case .undeclared(let kind, let id):
            return kind == .graphMLKey ? "declare it with <key id=\"…\" for=\"…\" attr.name=\"…\"/>"
                : "declare it under <attributes> with <attribute id=\"\(id)\" …/>"
        case .malformedLine(let defect): return "write it as \(line(defect).expected)"
        case .limitExceeded(let kind, let count, _):
            return "check the file (an export gone wrong?), or raise the limit with \(limit(kind).option) \(count)"
        case .textAfterClosingQuote: return "quote the whole field, and write a quote inside it twice (\"\")"
        case .unterminatedQuote: return "close the quote (a quote inside a quoted field is written twice: \"\")"
        case .emptyField(let column): return "fill in `\(column)` or remove the line"
        case .duplicateColumn: return "rename or remove one of the two columns"
        case .emptyID: return "give it a non-empty id"
        case .untrimmedID: return "remove the spaces around the id"
        case .duplicateID(let kind, _): return "give each \(element(kind)) its own id, or merge the two entries"
        case .unknownActor(_, .boardRow, let suggestion):
            return "\(hint(suggestion))write the id of an actor of the network (the template's `actor` column)"
        case .unknownActor(let id, _, let suggestion):
            return "\(hint(suggestion))add an actor with id '\(id)' under `actors:` (or to the nodes file)"
        case .unknownBloc(let id, let declared, let suggestion):
            return "\(hint(suggestion))declare '\(id)' under `blocs:` (declared: \(declared.joined(separator: ", ")))"
        case .unknownSource(let id, let suggestion):
            return "\(hint(suggestion))add `{id: \(id), title: …}` under `sources:`"
        case .tooFewMembers: return "list at least two actor ids under `members:`, or model a single actor's link as a tie"
        case .repeatedMember: return "list each member once"
        case .leadNotMember(_, let lead): return "add '\(lead)' to `members:` or change `lead:`"
        case .invalidWeight: return "give a tie strength greater than 0 (e.g. 1, 2.5), or leave the weight out for 1"
        case .selfLoop: return "a tie joins two different actors: fix the source or the target"
        case .directedTieInUndirectedNetwork: return "write `directed: true` at the top of the file, or remove the tie's `directed`"
        case .duplicateTie: return "merge the two ties into one (add their weights), or give them different kinds"
        case .incompleteEvidence(let requirement):
            return requirement == .documentedNeedsSource
                ? "cite a source, or mark the element `status: illustrative` with a `reason`"
                : "complete the evidence as the message says"
        case .unknownScenario(_, let available):
            return available.isEmpty ? "the file has no scenarios: add one under `scenarios:`"
                : "use one of: \(available.joined(separator: ", "))"
        case .scenarioMissing(_, let kind, _, let suggestion):
            return "\(hint(suggestion))add the \(element(kind)) to the network (or in the scenario's `add:`) or remove it from the scenario"
        case .scenarioMissingTie: return "check the tie's source, target and kind against `ties:`"
        case .scenarioNotAMember: return "remove the actor from the scenario's `leave:`"
        case .scenarioAlreadyAMember: return "remove the actor from the scenario's `join:`"
        case .inScenario(_, let inner): return fix(inner)
        // MARK: Issue 15 — territories
        case .unknownTerritory(let name, let suggestion):
            return "\(hint(suggestion))declare it under `territories:` (`- {id: …, name: \(name)}`), or name a declared territory by its id or name"
        case .invalidCoordinate(let key, _):
            return key == "lat" ? "write the latitude in decimal degrees, south negative (e.g. -22.35)"
                : "write the longitude in decimal degrees, west negative (e.g. -69.66)"
        case .unquotedDecimalComma(let key, let value):
            return "write `\(key): \(value.replacingOccurrences(of: ",", with: "."))`, or quote it: `\(key): \"\(value)\"`"
        case .incompleteCoordinates: return "give both `lat` and `lon`, or neither"
        // MARK: Issue 18 — waves and the roadmap
        case .invalidDate: return "write a year, a month or a day: 2026, 2026-06 or 2026-06-15"
        case .periodEndsBeforeStart: return "swap `start` and `end`, or correct one of them"
        case .unknownRoadmapScenario(_, _, let suggestion):
            return "\(hint(suggestion))list the id of an entry of `scenarios:`"
        case .scenarioInTwoPhases(_, let first, _):
            return "phases add up: leave the scenario in phase '\(first)' only"
        case .phaseBeforePrevious: return "list the phases in the order they happen, or correct the period"
        case .inPhase(_, let inner): return fix(inner)
        // Issue 17 — the indicator board
        case .repeatedRole, .unknownAgreement, .scenarioMissingRole, .unknownIndicator, .unknownRole, .invalidMark,
             .twoCustodians, .incompleteValue, .conflictingValue, .duplicateBoardRow, .missingTemplateColumn:
            return boardFix(problem)
        // MARK: Issue 22 — edge cases
        case .controlCharacter:
            return "remove the character (it is invisible: often pasted from another program); a line break is allowed in names and descriptions"
        case .xmlEntities:
            return "remove the <!DOCTYPE …> declaration (GraphML and GEXF need none) and write the text itself instead of each &entity;"
        case .xmlTooDeep: return "GraphML and GEXF need a few levels only: check how the file was made"
        case .malformedJSON(let defect):
            return defect == .notAnObject ? "write NetworkX node-link data: {\"nodes\": […], \"edges\": […]}"
                : "fix the JSON at the place shown (a JSON validator shows the same place)"
        case .notANumber(let key, _): return "write a number such as 2.5 in `\(key)`, or declare it as a string"
        case .notABoolean(let key, _): return "write true or false in `\(key)`, or declare it as a string"
        }
    }

    static func loss(_ loss: FormatLoss) -> String {
        switch loss {
        case .twoModeDropsTiesAndScenarios: return "direct ties and scenarios are not part of the two-mode (actor × arrangement) view"
        case .arrangementsFlattened:
            return "arrangements are flattened into the actor graph (each tie keeps them in its `channels` attribute); scenarios and sources are left out"
        case .pajekIDsAndWeightsOnly:
            return "Pajek keeps vertex ids and weights only: node attributes (name, bloc, sector…) and tie kind, status and channels are lost"
        case .dlLabelsAndWeightsOnly:
            return "UCINET DL keeps labels and weights only: node attributes and tie kind, status and channels are lost"
        }
    }
}

// MARK: Issue 16 — option values and outputs
extension ProblemsEnglish {
    static func range(_ range: NumberRange) -> String {
        switch range {
        case .positive: return "a whole number of 1 or more"
        case .zeroOrMore: return "a whole number of 0 or more"
        case .share: return "a share between 0 and 1"
        case .size: return "a number of 1 or more (decimals allowed)"
        }
    }

    /// What is wrong with an option's value.
    static func option(_ problem: OptionProblem) -> String {
        switch problem {
        case .unknownValue(let option, let value, _, _): return "\(option) '\(value)' is not one of its choices"
        case .unknownAttribute(let option, let attribute, _, _): return "\(option) '\(attribute)': no actor has this attribute"
        case .unknownActor(let option, let id, _): return "\(option) names '\(id)', which is not an actor of the network"
        case .unknownGroup(let option, let attribute, let value, _, _): return "\(option) '\(value)': no actor has \(attribute) '\(value)'"
        case .outOfRange(let option, let value, let range): return "\(option) takes \(self.range(range)), not '\(value)'"
        case .needs(let option, let other): return "\(option) means nothing without `\(other)`"
        case .twoGroups(let option): return "\(option) takes two groups separated by a comma"
        case .oneCharacter(let option, let value): return "\(option) takes one character, not '\(value)'"
        case .keyPlayerCount(let value): return "--highlight '\(value)': the number of key players is not a number of 1 or more"
        case .noScenario: return "no scenario to apply"
        case .incompleteEvidence(let requirement):
            switch requirement {
            case .documentedNeedsSource: return "--evidence documented needs --source (the id of the source that documents the ties)"
            case .illustrativeNeedsReason: return "--evidence illustrative needs --reason (why the ties are assumed)"
            case .proposedNeedsSourceOrReason: return "--evidence proposed needs --source or --reason"
            case .reportedNeedsRespondents, .reportedNeedsDate: return "--evidence reported needs the respondents and the date of a survey"
            }
        case .unknownLanguage(let variable, let value): return "\(variable) '\(value)' is not a language Redes speaks"
        // MARK: Issue 19 — diagrams for slides and the map
        case .invalidLength(let option, let value): return "\(option) '\(value)' is not a length"
        case .unknownFont(let value, _, _): return "--font '\(value)': fontconfig knows no such font family"
        case .conflicts(let option, let other): return "\(option) cannot be used with \(other)"
        case .unknownArrangement(let option, let id, _): return "\(option) names '\(id)', which is not an arrangement of the network"
        // MARK: Issue 18 — comparisons, waves and the roadmap
        case .invalidDate(let option, let value): return "\(option) '\(value)' is not a date"
        case .noPeriods(let option, let file):
            return "\(option): no actor, arrangement or tie of \(file) has a period, so the network is the same on every date"
        case .nothingToCompare: return "compare needs two mappings of the network"
        case .tooMany(let option, let count, let most): return "\(option) is given \(count) times; it takes at most \(most)"
        case .differentDirection(let directed, let undirected): return "\(directed) is directed and \(undirected) is not"
        case .noRoadmap(let file): return "\(file) has no roadmap"
        case .svgOnly(let option, let value): return "\(option) '\(value)' is not an SVG file"
        }
    }

    /// How to fix an option's value.
    static func optionFix(_ problem: OptionProblem) -> String {
        switch problem {
        case .unknownValue(_, _, let suggestion, let accepted):
            return "\(hint(suggestion))use one of: \(accepted.joined(separator: ", "))"
        case .unknownAttribute(_, _, let suggestion, let available):
            return available.isEmpty ? "the actors of this network have no attributes: leave the option out"
                : "\(hint(suggestion))use one of the network's attributes: \(available.joined(separator: ", "))"
        case .unknownActor(_, _, let suggestion):
            return "\(hint(suggestion))write actor ids (the `id` column of `redes analyze FILE --format csv`), separated by commas"
        case .unknownGroup(_, let attribute, _, let suggestion, let available):
            return "\(hint(suggestion))use values of \(attribute): \(available.joined(separator: ", "))"
        case .outOfRange(let option, _, let range):
            return "for example \(option) \(range == .share ? "0.1" : range == .positive ? "3" : range == .size ? "12" : "0")"
        case .needs(let option, let other): return "add `\(other)`, or leave out \(option)"
        case .twoGroups(let option): return "for example \(option) publico,empresas"
        case .oneCharacter: return "for example --delimiter ';' or --delimiter tab"
        case .keyPlayerCount: return "write `keyplayers:K` with K = 1, 2, 3…, or `keyplayers` alone for 2"
        case .noScenario(let available):
            return available.isEmpty ? "the file has no scenarios: give --changes FILE"
                : "name a scenario of the file (\(available.joined(separator: ", "))) or give --changes FILE"
        case .incompleteEvidence(let requirement):
            switch requirement {
            case .documentedNeedsSource: return "add --source ID"
            case .illustrativeNeedsReason: return "add --reason TEXT"
            case .proposedNeedsSourceOrReason: return "add --source ID or --reason TEXT"
            case .reportedNeedsRespondents, .reportedNeedsDate: return "reported ties come from `redes survey import`"
            }
        case .unknownLanguage(let variable, _):
            return variable.hasPrefix("--") ? "write \(variable) es or \(variable) en" : "set \(variable) to es or en"
        // MARK: Issue 19 — diagrams for slides and the map
        case .invalidLength(let option, _):
            return "write a positive number with `px`, `cm`, `mm`, `pt` or `in`, such as \(option) 1920px or \(option) 25.4cm"
        case .unknownFont(_, let suggestion, let available):
            return available.isEmpty ? "install fontconfig (fc-list) and the font, or leave out --font"
                : "\(hint(suggestion))use a family installed here: \(available.joined(separator: ", "))"
        case .conflicts: return "leave out one of the two"
        case .unknownArrangement(_, _, let suggestion):
            return "\(hint(suggestion))write an arrangement id (the `id` of an entry of `arrangements:` in the file)"
        // MARK: Issue 18 — comparisons, waves and the roadmap
        case .invalidDate(let option, _): return "write a year, a month or a day: \(option) 2026, \(option) 2026-06 or \(option) 2026-06-15"
        case .noPeriods(let option, _): return "give the file's elements a `period: {start, end}`, or leave out \(option)"
        case .nothingToCompare:
            return "give a second file (redes compare A B), a scenario (--scenario NAME) or two dates (--at 2025 --at 2026)"
        case .tooMany(let option, _, _): return "give \(option) once for both mappings, or twice: first for the first mapping, then for the second"
        case .differentDirection: return "read both as directed (--directed for edge lists and DL files) or both as undirected"
        case .noRoadmap: return "add a `roadmap:` list of phases (id, name, period, scenarios), or give dates with --at"
        case .svgOnly(let option, _): return "name a file ending in .svg, such as \(option) chart.svg"
        }
    }

    /// Why an output cannot be written.
    static func write(_ failure: OutputFile.WriteFailure) -> String {
        switch failure {
        case .missingFolder(let folder): return "cannot write the output: the folder '\(folder)' does not exist"
        case .isDirectory: return "cannot write the output: this is a folder, not a file"
        case .notWritable: return "cannot write the output: writing there is not allowed"
        case .diskFull: return "cannot write the output: the disk is full"
        case .system(let reason): return Language.en.text(.cannotWriteOutput, reason)
        }
    }

    /// How to fix an output that cannot be written.
    static func writeFix(_ failure: OutputFile.WriteFailure) -> String {
        switch failure {
        case .missingFolder(let folder): return "create the folder (mkdir -p '\(folder)') or write somewhere else"
        case .isDirectory: return "add a file name to the path, such as folder/result.json"
        case .notWritable: return "write into a folder of your own, or ask for write permission"
        case .diskFull: return "free some space, or write to another disk"
        case .system: return Message.writeFix.english
        }
    }
}

// MARK: Issue 21 — roster survey
extension ProblemsEnglish {
    static func column(_ column: SurveyColumn) -> String { "“\(SurveyMessage.column(column).english)”" }

    /// What is wrong with an answers file.
    static func survey(_ problem: SurveyProblem) -> String {
        switch problem {
        case .input(let problem): return Message.problem(problem).english
        case .notASpreadsheet: return "this is not an .xlsx workbook that can be read"
        case .noHeader(let required):
            return "no row names the columns \(Language.en.list(required.map(column)))"
        case .duplicateColumn(let name, let first):
            return "\(column(name)) appears twice (first in column \(spreadsheetColumnName(first)))"
        case .unknownColumn(let header, _): return "“\(header)” is not a column the survey reads"
        case .emptyCell(let name): return "the row has answers but no \(column(name))"
        case .unknownActor(let name, let written, _): return "\(column(name)) '\(written)' is not an actor of the network"
        case .ambiguousActor(let name, let written, let candidates):
            return "\(column(name)) '\(written)' fits several actors: \(candidates.joined(separator: ", "))"
        case .namesItself(let id): return "the respondent names itself ('\(id)')"
        case .invalidAnswer(let text, _): return "\(column(.collaborates)) says '\(text)', which is not yes or no"
        case .invalidFrequency(let text, _): return "'\(text)' is not a frequency of the scale"
        case .unknownChannel(let text, _):
            return "channel '\(text)' is neither a kind of arrangement nor an arrangement of the network"
        case .yesButNever: return "\(column(.collaborates)) says yes but \(column(.frequency)) says never"
        case .detailsWithNo(let name): return "\(column(.collaborates)) says no but \(column(name)) is filled in"
        case .detailsWithoutAnswer(let name): return "\(column(.collaborates)) is blank but \(column(name)) is filled in"
        case .repeatedPair(let respondent, let actor, let first):
            return "'\(respondent)' answers about '\(actor)' twice (first in row \(first))"
        case .noAnswers: return "no row answers \(column(.collaborates)): this is the template as it was sent"
        case .emptyFile: return "the answers file is empty"
        case .missingFrequency(let rule):
            return "--ties \(rule.rawValue) weighs ties by frequency, and this yes has no \(column(.frequency))"
        }
    }

    /// How to fix an answers file.
    static func surveyFix(_ problem: SurveyProblem) -> String {
        switch problem {
        case .input(let problem): return Message.problemFix(problem).english
        case .notASpreadsheet: return "save the answers from the spreadsheet as .xlsx (Excel workbook) or as CSV UTF-8"
        case .noHeader:
            return "keep the template's header row (respondent, actor, collaborates, frequency…, in English or Spanish); save spreadsheets as CSV UTF-8"
        case .duplicateColumn: return "delete one of the two columns"
        case .unknownColumn(_, let suggestion): return "did you mean “\(suggestion)”? Rename the header, or delete the column"
        case .emptyCell(let name): return "write the \(column(name)) as the template has it, or clear the row"
        case .unknownActor(_, _, let suggestion):
            return "\(hint(suggestion))write the name as the template has it (or the actor's id)"
        case .ambiguousActor(_, _, let candidates): return "write the actor's id: \(candidates.joined(separator: " or "))"
        case .namesItself: return "clear the row: a respondent answers about the other actors"
        case .invalidAnswer(_, let suggestion):
            return "\(hint(suggestion))write yes or no (sí, si, x and 1 count as yes; 0 as no)"
        case .invalidFrequency(_, let suggestion):
            return "\(hint(suggestion))use one of: \(SurveyFrequency.allCases.map { SurveyMessage.frequency($0).english }.joined(separator: ", "))"
        case .unknownChannel(_, let suggestion):
            return "\(hint(suggestion))write a kind of arrangement (\(ArrangementKind.allCases.map { Message.arrangementKind($0).english }.joined(separator: ", "))) or the name of an arrangement of the network"
        case .yesButNever: return "write how often (yearly, quarterly, monthly or weekly), or no in \(column(.collaborates))"
        case .detailsWithNo(let name): return "write yes in \(column(.collaborates)), or clear \(column(name))"
        case .detailsWithoutAnswer: return "write yes or no in \(column(.collaborates))"
        case .repeatedPair: return "keep one of the two rows"
        case .noAnswers: return "fill in the answers (yes or no in \(column(.collaborates))) and import the filled file"
        case .emptyFile: return "save the filled template from the spreadsheet (as CSV UTF-8 or .xlsx) and import that file"
        case .missingFrequency: return "write the frequency in this row, or use --ties union or --ties intersection"
        }
    }
}

// MARK: Issue 17 — the indicator board
extension ProblemsEnglish {
    /// An actor in a role, as a noun: producer, reporter, validator, user.
    static func noun(_ role: IndicatorRole) -> String {
        switch role {
        case .produces: return "producer"
        case .reports: return "reporter"
        case .validates: return "validator"
        case .uses: return "user"
        }
    }

    static func boardPlace(_ place: ProblemPlace) -> String {
        switch place {
        case .valueOf(let indicator, let key):
            return key == "observations" ? "an observation of indicator '\(indicator)'" : "the \(key) of indicator '\(indicator)'"
        case .roleChange: return "a role change"
        case .agreementChange: return "an agreement change"
        default: return self.place(place)
        }
    }

    static func boardMessage(_ problem: NetworkProblem) -> String {
        switch problem {
        case .repeatedRole(let indicator, let actor, let role):
            return "indicator '\(indicator)' names '\(actor)' as \(noun(role)) twice"
        case .unknownAgreement(let indicator, let arrangement, _):
            return "the agreement '\(arrangement)' of indicator '\(indicator)' is not an arrangement of the network"
        case .scenarioMissingRole(let scenario, let indicator, let actor, let role):
            return "scenario '\(scenario)' removes \(noun(role)) '\(actor)' from indicator '\(indicator)', which has no such role"
        case .unknownIndicator(let id, _): return "indicator '\(id)' is not declared in the network"
        case .unknownRole(let word, _): return "'\(word)' is not a role"
        case .invalidMark(let column, let value): return "`\(column)` holds '\(value)', which is neither a mark nor empty"
        case .twoCustodians(let indicator, let first, let line):
            return "indicator '\(indicator)' gets a second custodian (the first is '\(first)', on line \(line))"
        case .incompleteValue(let indicator, let which):
            return "the \(which.rawValue) of indicator '\(indicator)' needs both a period and a value"
        case .conflictingValue(let indicator, let which, let line):
            return "the \(which.rawValue) of indicator '\(indicator)' differs from the one on line \(line)"
        case .duplicateBoardRow(let indicator, let actor, let line):
            return "indicator '\(indicator)' and actor '\(actor)' already have a row (line \(line))"
        case .missingTemplateColumn(let column, let header):
            return "the header has no `\(Message.board(.column(column)).english)` column (found: \(header.map { "`\($0)`" }.joined(separator: ", ")))"
        default: return message(problem)
        }
    }

    static func boardFix(_ problem: NetworkProblem) -> String {
        switch problem {
        case .repeatedRole: return "name each actor once per role"
        case .unknownAgreement(_, _, let suggestion):
            return "\(hint(suggestion))name an arrangement of `arrangements:`, or leave `agreement:` out (no arrangement shares the data)"
        case .scenarioMissingRole: return "check the indicator's `roles:`, or take the entry out of the scenario's `remove: roles:`"
        case .unknownIndicator(_, let suggestion):
            return "\(hint(suggestion))write the id of an indicator of the network (the template's `indicator` column), or declare it under `indicators:` first"
        case .unknownRole(_, let suggestion):
            let roles = IndicatorRole.allCases.map { Message.board(.role($0)).english }
            return "\(hint(suggestion.map { Message.board(.role($0)).english }))write \(roles.dropLast().joined(separator: ", ")) or \(roles.last ?? ""), separated by commas"
        case .invalidMark: return "write yes (or x) on the custodian's row, and leave the other rows empty"
        case .twoCustodians: return "an indicator has one custodian, accountable for the figure: leave one mark in the custodian column"
        case .incompleteValue: return "fill in both the period and the value, or leave both empty"
        case .conflictingValue(_, let which, _): return "give the \(which.rawValue) on one row of the indicator, or the same on every row"
        case .duplicateBoardRow: return "merge the two rows into one"
        case .missingTemplateColumn(let column, _):
            return "name a column `\(Message.board(.column(column)).english)` in the first line, or write the template again with `redes indicators FILE --template --lang en`"
        default: return fix(problem)
        }
    }
}
