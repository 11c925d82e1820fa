/// The answers of a roster survey, checked row by row against the network: who answered, and whom each respondent
/// names (its directed reports).
///
/// **Reading rules.** The header is the first row naming `respondent`, `actor` and `collaborates` (Spanish
/// `encuestado`, `actor`, `colabora`); rows above it (the template's instructions) are not data. Rows may come in any
/// order; fully blank rows are skipped. Respondents and actors are matched by id or by name, in any case, with or
/// without accents. `collaborates` reads `sí`/`si`/`SI`/`x`/`1`/`yes` and `no`/`0`; a blank cell is no answer.
///
/// **Respondents.** An actor *answered* when at least one of its rows says yes or no; an actor that answered and left
/// a row blank did not name that actor (the roster convention: an unmarked name is not a tie). An actor with no
/// answer at all — blank rows or no rows — is a non-respondent: its silence is missing data, not a "no".
///
/// **Checks.** Every row is checked, and every problem is reported with its row and column (``SurveyErrors``): an
/// unknown respondent or actor (with the closest name), a name that fits two actors, a respondent naming itself, an
/// answer that is not yes or no, a frequency outside the scale, a channel that is neither an arrangement kind nor an
/// arrangement of the network, details (frequency, channels, role) without a yes, yes with frequency `never`, the
/// same pair answered twice, and a file with no answer at all.
public struct SurveyResponses: Sendable {
    /// One respondent's yes about one actor: a directed report.
    public struct Report: Sendable, Hashable {
        /// The respondent (an index of ``Network/actors``).
        public let respondent: Int
        /// The actor it names.
        public let actor: Int
        /// How often, when given.
        public let frequency: SurveyFrequency?
        /// Through what, in the order written, without repeats.
        public let channels: [SurveyChannel]
        /// The role, in the respondent's words, when given.
        public let role: String?
        /// The row of the answers file.
        public let row: Int
    }

    /// The network whose actors make the roster.
    public let network: Network
    /// The answers file, for messages.
    public let file: String
    /// Every yes, in file order.
    public let reports: [Report]
    /// For each actor of the network, whether it answered (said yes or no at least once).
    public let answered: [Bool]
    /// Header cells that name no column and are not close to one: not read (a notes column, for example).
    public let ignoredColumns: [String]
    /// The 1-based column of the frequencies, when the file has one.
    public let frequencyColumn: Int?

    /// Checks a table of answers against `network`.
    ///
    /// - Parameters:
    ///   - table: the cells as read.
    ///   - network: the network the template was made from.
    /// - Throws: ``SurveyErrors`` with every problem found, in row order.
    /// - Complexity: O(r · c) for r rows of c cells, plus O(n) to index n actors' names.
    public init(_ table: SurveyTable, network: Network) throws(SurveyErrors) {
        self.network = network
        self.file = table.file
        var errors: [SurveyError] = []
        func problem(_ problem: SurveyProblem, row: Int? = nil, column: Int? = nil) {
            errors.append(SurveyError(file: table.file, row: row, column: column, problem: problem))
        }
        guard let headerIndex = table.headerRow() else {
            throw SurveyErrors([SurveyError(file: table.file, problem: .noHeader(required: SurveyColumn.required))])
        }
        // The header: which column holds what.
        let header = table.rows[headerIndex]
        var columnOf: [SurveyColumn: Int] = [:]
        var ignored: [String] = []
        for (i, cell) in header.cells.enumerated() {
            let text = header.cell(i + 1)
            if text.isEmpty { continue }
            if let column = SurveyColumn(word: text) {
                if let first = columnOf[column] {
                    problem(.duplicateColumn(column, firstColumn: first), row: header.number, column: i + 1)
                } else {
                    columnOf[column] = i + 1
                }
            } else if let suggestion = SurveyColumn.suggestion(for: cell) {
                problem(.unknownColumn(text, suggestion: suggestion), row: header.number, column: i + 1)
            } else {
                ignored.append(text)
            }
        }
        self.ignoredColumns = ignored
        self.frequencyColumn = columnOf[.frequency]
        if !errors.isEmpty { throw SurveyErrors(errors) }

        let names = ActorNames(network)
        let channelNames = ChannelNames(network)
        var answered = [Bool](repeating: false, count: network.actors.count)
        var reports: [Report] = []
        var firstRow: [Int: Int] = [:]  // respondent * n + actor → the first row that answers the pair
        let n = network.actors.count
        for row in table.rows[(headerIndex + 1)...] {
            func cell(_ column: SurveyColumn) -> String { columnOf[column].map { row.cell($0) } ?? "" }
            func at(_ column: SurveyColumn) -> Int? { columnOf[column] }
            if row.cells.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
            let before = errors.count

            // Who answers about whom.
            func actor(_ column: SurveyColumn) -> Int? {
                let text = cell(column)
                if text.isEmpty { problem(.emptyCell(column), row: row.number, column: at(column)); return nil }
                switch names.resolve(text) {
                case .found(let index): return index
                case .unknown(let suggestion):
                    problem(.unknownActor(column, written: text, suggestion: suggestion), row: row.number, column: at(column))
                case .ambiguous(let ids):
                    problem(.ambiguousActor(column, written: text, candidates: ids), row: row.number, column: at(column))
                }
                return nil
            }
            let respondent = actor(.respondent)
            let named = actor(.actor)
            if let respondent, let named, respondent == named {
                problem(.namesItself(network.actors[respondent].name), row: row.number, column: at(.actor))
            }

            // The answer and its details.
            let answerText = cell(.collaborates)
            var answer: SurveyAnswer?
            if !answerText.isEmpty {
                answer = SurveyAnswer(word: answerText)
                if answer == nil {
                    problem(.invalidAnswer(answerText, suggestion: SurveyAnswer.suggestion(for: answerText)),
                            row: row.number, column: at(.collaborates))
                }
            }
            let frequencyText = cell(.frequency)
            var frequency: SurveyFrequency?
            if !frequencyText.isEmpty {
                frequency = SurveyFrequency(word: frequencyText)
                if frequency == nil {
                    problem(.invalidFrequency(frequencyText, suggestion: SurveyFrequency.suggestion(for: frequencyText)),
                            row: row.number, column: at(.frequency))
                }
            }
            var channels: [SurveyChannel] = []
            var channelColumn: SurveyColumn?
            for column in SurveyColumn.channels {
                for piece in cell(column).split(separator: ";") {
                    let text = piece.trimmingCharacters(in: .whitespaces)
                    if text.isEmpty { continue }
                    channelColumn = channelColumn ?? column
                    if let channel = channelNames.resolve(text) {
                        if !channels.contains(channel) { channels.append(channel) }
                    } else {
                        problem(.unknownChannel(text, suggestion: channelNames.suggestion(for: text)), row: row.number, column: at(column))
                    }
                }
            }
            let role = cell(.role)
            // Details need a yes: the first detail (a frequency other than never, a channel, a role) is named.
            var detail: SurveyColumn?
            if let frequency, frequency != .never {
                detail = .frequency
            } else if let channelColumn {
                detail = channelColumn
            } else if !role.isEmpty {
                detail = .role
            }
            switch answer {
            case .yes:
                if frequency == .never { problem(.yesButNever, row: row.number, column: at(.frequency)) }
            case .no:
                if let detail { problem(.detailsWithNo(detail), row: row.number, column: at(detail)) }
            case nil where answerText.isEmpty:
                // Even `never` without an answer is a guess away from a no: the person writes it.
                if let blamed = detail ?? (frequencyText.isEmpty ? nil : .frequency) {
                    problem(.detailsWithoutAnswer(blamed), row: row.number, column: at(.collaborates))
                }
            case nil:
                break
            }

            guard errors.count == before, let respondent, let named, let answer else { continue }
            let key = respondent * n + named
            if let first = firstRow[key] {
                problem(.repeatedPair(respondent: network.actors[respondent].name, actor: network.actors[named].name, firstRow: first),
                        row: row.number, column: at(.actor))
                continue
            }
            firstRow[key] = row.number
            answered[respondent] = true
            if answer == .yes {
                reports.append(Report(respondent: respondent, actor: named, frequency: frequency, channels: channels,
                                      role: role.isEmpty ? nil : role, row: row.number))
            }
        }
        if errors.isEmpty && !answered.contains(true) {
            problem(.noAnswers, column: columnOf[.collaborates])
        }
        if !errors.isEmpty { throw SurveyErrors(errors) }
        self.reports = reports
        self.answered = answered
    }

    /// The actors that answered, in network order.
    public var respondents: [Int] { answered.indices.filter { answered[$0] } }

    /// The actors that did not answer, in network order.
    public var nonRespondents: [Int] { answered.indices.filter { !answered[$0] } }
}

/// Finds an actor by what a person wrote: its id, or its name, id or full name in any case and with or without
/// accents.
struct ActorNames {
    enum Match { case found(Int), unknown(suggestion: String?), ambiguous([String]) }

    private let network: Network
    private var exact: [String: Int] = [:]
    private var folded: [String: [Int]] = [:]

    init(_ network: Network) {
        self.network = network
        for (i, actor) in network.actors.enumerated() {
            if exact[actor.id] == nil { exact[actor.id] = i }
            for word in [actor.id, actor.name, actor.fullName].compactMap({ $0 }) {
                let key = foldedWord(word)
                if !key.isEmpty && !(folded[key]?.contains(i) ?? false) { folded[key, default: []].append(i) }
            }
        }
    }

    func resolve(_ text: String) -> Match {
        if let index = exact[text] { return .found(index) }
        guard let matches = folded[foldedWord(text)] else {
            return .unknown(suggestion: closestMatch(to: text, in: network.actors.map(\.name) + network.actors.map(\.id)))
        }
        return matches.count == 1 ? .found(matches[0]) : .ambiguous(matches.map { network.actors[$0].id })
    }
}

/// Finds a channel by what a person wrote: an arrangement kind's word (`mesa`, `convenio`, `programa`…), or an
/// arrangement's id or name.
struct ChannelNames {
    private let network: Network
    private var byWord: [String: String] = [:]

    init(_ network: Network) {
        self.network = network
        for arrangement in network.arrangements {
            for word in [arrangement.id, arrangement.name] where byWord[foldedWord(word)] == nil {
                byWord[foldedWord(word)] = arrangement.id
            }
        }
    }

    func resolve(_ text: String) -> SurveyChannel? {
        if let kind = ArrangementKind(word: text) { return .kind(kind) }
        return byWord[foldedWord(text)].map(SurveyChannel.arrangement)
    }

    func suggestion(for text: String) -> String? {
        ArrangementKind.suggestion(for: text)
            ?? closestMatch(to: text, in: network.arrangements.map(\.name) + network.arrangements.map(\.id))
    }
}
