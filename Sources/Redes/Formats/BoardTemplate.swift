/// The columns of a board template (``BoardTemplate``), with the Spanish headers the template is written with by
/// default; any case, with or without accents.
public enum BoardTemplateColumn: String, Sendable, CaseIterable, Vocabulary {
    case indicator
    case indicatorName = "indicator_name"
    case actor
    case actorName = "actor_name"
    case bloc, custodian, role
    case baselinePeriod = "baseline_period"
    case baseline
    case targetPeriod = "target_period"
    case target

    public var aliases: [String] {
        switch self {
        case .indicator: return ["indicador"]
        case .indicatorName: return ["nombre del indicador"]
        case .actor: return []
        case .actorName: return ["nombre del actor"]
        case .bloc: return ["bloque"]
        case .custodian: return ["custodio"]
        case .role: return ["rol", "roles"]
        case .baselinePeriod: return ["período línea base", "período de la línea base"]
        case .baseline: return ["línea base", "valor línea base"]
        case .targetPeriod: return ["período meta", "período de la meta"]
        case .target: return ["meta", "valor meta"]
        }
    }

    /// The columns an import reads; the names and the bloc are there for people and are not read back.
    public static let read: [BoardTemplateColumn] = [.indicator, .actor, .custodian, .role, .baselinePeriod, .baseline,
                                                     .targetPeriod, .target]
}

/// A yes/no cell of a board template (the custodian column): a mark means yes, an empty cell no.
public enum TemplateMark: String, Sendable, CaseIterable, Vocabulary {
    case yes, no

    public var aliases: [String] {
        switch self {
        case .yes: return ["sí", "x", "1", "true", "verdadero"]
        case .no: return ["0", "false", "falso"]
        }
    }
}

/// One row of a board template: one indicator and one actor.
public struct BoardTemplateRow: Sendable, Hashable {
    /// The indicator, as an index into ``Network/indicators``.
    public var indicator: Int
    /// The actor, as an index into ``Network/actors``.
    public var actor: Int
    /// Whether the actor is the indicator's custodian.
    public var isCustodian: Bool
    /// The actor's roles in the indicator, in flow order.
    public var roles: [IndicatorRole]
    /// The indicator's baseline, on its first row only.
    public var baseline: IndicatorValue?
    /// The indicator's target, on its first row only.
    public var target: IndicatorValue?
}

/// What importing a filled board template gives: the network with its indicators updated, and the indicators the
/// template had no row for (kept as they were).
public struct BoardImport: Sendable {
    /// The network, with the custodian, roles, baseline and target of every indicator the template has rows for.
    public var network: Network
    /// The ids of the indicators the template has no row for: kept unchanged.
    public var untouched: [String]
}

/// The indicator board as a spreadsheet the committee can fill in: one row per indicator × actor, with the actor's
/// roles, a custodian mark, and the indicator's baseline and target (on its first row); and the import that reads it
/// back, with every error at its line and column.
///
/// **Reading back.** For each indicator the template has rows for, the custodian is the actor marked in the custodian
/// column (at most one), the roles are those of its rows, and the baseline and target are those given on any of its
/// rows (rows that give them must agree). Roles kept from the file keep their order; new ones follow in row order.
/// Names, blocs, definitions, observations and evidence are not read: they stay as the file has them. A template
/// written from a network and read back unchanged gives the same indicators.
public enum BoardTemplate {
    /// The rows of the template of `network`: its indicators in file order, each with every actor in file order.
    ///
    /// - Parameter network: The network.
    /// - Returns: One row per indicator × actor.
    /// - Complexity: O(k·(n + r)) for k indicators, n actors and r assignments per indicator.
    public static func rows(_ network: Network) -> [BoardTemplateRow] {
        var rows: [BoardTemplateRow] = []
        rows.reserveCapacity(network.indicators.count * network.actors.count)
        for (k, indicator) in network.indicators.enumerated() {
            var roles: [String: Set<IndicatorRole>] = [:]
            for assignment in indicator.roles { roles[assignment.actor, default: []].insert(assignment.role) }
            for (a, actor) in network.actors.enumerated() {
                rows.append(BoardTemplateRow(indicator: k, actor: a, isCustodian: indicator.custodian == actor.id,
                                             roles: (roles[actor.id] ?? []).sorted(),
                                             baseline: a == 0 ? indicator.baseline : nil, target: a == 0 ? indicator.target : nil))
            }
        }
        return rows
    }

    /// Reads a filled template into `network`'s indicators.
    ///
    /// - Parameters:
    ///   - path: The CSV file (UTF-8, with or without a byte-order mark; `,` or, when the header holds none, `;` or
    ///     tab, where numbers may use the decimal comma).
    ///   - network: The network the template was written from.
    /// - Returns: The network with its indicators updated.
    /// - Throws: A ``LoadError`` at the line and column of the first problem.
    public static func read(path: String, into network: Network) throws(LoadError) -> BoardImport {
        try read(bytes: try TextFile.bytes(atPath: path), file: path, into: network)
    }

    /// Reads a filled template held in memory; `file` names it in errors.
    public static func read(bytes: [UInt8], file: String, into network: Network) throws(LoadError) -> BoardImport {
        let bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if TextFile.isBlank(bytes) { throw LoadError(file: file, line: 1, problem: .emptyFile) }
        _ = try TextFile.text(bytes, file: file)
        let dialect = CSVDialect(delimiter: CSVDialect.separator(ofHeader: bytes) ?? UInt8(ascii: ","))
        var reader = Reader(network: network, file: file, dialect: dialect)
        var header: Columns?
        try CSVParser(bytes: bytes, delimiter: dialect.delimiter, file: file).forEachRecord { fields, line throws(LoadError) in
            guard let columns = header else {
                header = try reader.header(fields, bytes: bytes, line: line)
                return
            }
            try reader.row(fields, columns: columns, line: line)
        }
        guard header != nil else { throw LoadError(file: file, line: 1, problem: .emptyFile) }
        return reader.result()
    }

    /// The state of one import: what each indicator's rows have said so far.
    private struct Reader {
        let network: Network
        let file: String
        let dialect: CSVDialect
        let indicatorIndex: [String: Int]
        let actorIndex: [String: Int]
        /// Per indicator: its rows' custodian (actor and line), roles, baseline and target (with the line that gave
        /// them), and whether any row named it.
        var custodian: [Int: (actor: String, line: Int)] = [:]
        var roles: [Int: [IndicatorAssignment]] = [:]
        var values: [Int: [BoardValue: (value: IndicatorValue, line: Int)]] = [:]
        var rowLines: [String: Int] = [:]

        init(network: Network, file: String, dialect: CSVDialect) {
            self.network = network
            self.file = file
            self.dialect = dialect
            indicatorIndex = Dictionary(network.indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            actorIndex = Dictionary(network.actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        }

        func header(_ fields: [String], bytes: [UInt8], line: Int) throws(LoadError) -> Columns {
            let columns = try Columns(header: fields, vocabulary: BoardTemplateColumn.self, required: [], bytes: bytes,
                                      delimiter: dialect.delimiter, file: file, line: line)
            for column in BoardTemplateColumn.read where columns[column.rawValue] == nil {
                // A header that is one field but holds another separator: the file uses another delimiter.
                if fields.count == 1, let other = CSVParser.guessDelimiter(inHeader: bytes.prefix { $0 != UInt8(ascii: "\n") }[...]),
                   other != dialect.delimiter {
                    throw LoadError(file: file, line: line, problem: .wrongDelimiter(found: other, expected: dialect.delimiter))
                }
                throw LoadError(file: file, line: line, problem: .missingTemplateColumn(column, header: fields))
            }
            return columns
        }

        mutating func row(_ fields: [String], columns: Columns, line: Int) throws(LoadError) {
            guard fields.count == columns.names.count else {
                throw LoadError(file: file, line: line, problem: .wrongFieldCount(expected: columns.names.count, found: fields.count))
            }
            // header(...) refused a file without every column of `BoardTemplateColumn.read`.
            func cell(_ column: BoardTemplateColumn) -> (text: String, column: Int) {
                guard let position = columns[column.rawValue] else { return ("", 1) }
                return (fields[position].trimmingCharacters(in: .whitespaces), position + 1)
            }
            func name(_ column: BoardTemplateColumn) -> String {
                columns[column.rawValue].map { columns.names[$0] } ?? column.rawValue
            }
            func fail(_ column: BoardTemplateColumn, _ problem: NetworkProblem) -> LoadError {
                LoadError(file: file, line: line, column: cell(column).column, problem: problem)
            }
            func required(_ column: BoardTemplateColumn) throws(LoadError) -> String {
                let text = cell(column).text
                if text.isEmpty { throw fail(column, .emptyField(column: name(column))) }
                return text
            }
            let indicatorID = try required(.indicator)
            guard let k = indicatorIndex[indicatorID] else {
                throw fail(.indicator, .unknownIndicator(indicatorID, suggestion: closestMatch(to: indicatorID, in: network.indicators.map(\.id))))
            }
            let actorID = try required(.actor)
            guard actorIndex[actorID] != nil else {
                throw fail(.actor, .unknownActor(id: actorID, role: .boardRow, suggestion: closestMatch(to: actorID, in: network.actors.map(\.id))))
            }
            let rowKey = indicatorID + "\u{0}" + actorID
            if let first = rowLines[rowKey] {
                throw fail(.actor, .duplicateBoardRow(indicator: indicatorID, actor: actorID, firstLine: first))
            }
            rowLines[rowKey] = line
            // The indicator has a row: its roles are now those of its rows (possibly none).
            if roles[k] == nil { roles[k] = [] }

            let mark = cell(.custodian).text
            if !mark.isEmpty {
                guard let value = TemplateMark(word: mark) else {
                    throw fail(.custodian, .invalidMark(column: name(.custodian), value: mark))
                }
                if value == .yes {
                    if let first = custodian[k] {
                        throw fail(.custodian, .twoCustodians(indicator: indicatorID, first: first.actor, firstLine: first.line))
                    }
                    custodian[k] = (actorID, line)
                }
            }

            var seen = Set<IndicatorRole>()
            for word in cell(.role).text.split(whereSeparator: { ",;/\n".contains($0) }).map({ $0.trimmingCharacters(in: .whitespaces) })
            where !word.isEmpty {
                guard let role = IndicatorRole(word: word) else {
                    throw fail(.role, .unknownRole(word, suggestion: IndicatorRole.suggestion(for: word).flatMap(IndicatorRole.init(word:))))
                }
                guard seen.insert(role).inserted else {
                    throw fail(.role, .repeatedRole(indicator: indicatorID, actor: actorID, role: role))
                }
                roles[k, default: []].append(IndicatorAssignment(actor: actorID, role: role))
            }

            for (which, periodColumn, valueColumn) in [(BoardValue.baseline, BoardTemplateColumn.baselinePeriod, BoardTemplateColumn.baseline),
                                                       (.target, .targetPeriod, .target)] {
                let period = cell(periodColumn).text, text = cell(valueColumn).text
                if period.isEmpty && text.isEmpty { continue }
                if period.isEmpty || text.isEmpty {
                    throw fail(period.isEmpty ? periodColumn : valueColumn, .incompleteValue(indicator: indicatorID, which))
                }
                guard let number = dialect.number(text), number.isFinite else {
                    throw fail(valueColumn, .wrongType(key: .key(name(valueColumn)), expected: .number,
                                                       found: .scalar(text)))
                }
                let value = IndicatorValue(period: period, value: number)
                if let first = values[k]?[which] {
                    if first.value != value {
                        throw fail(valueColumn, .conflictingValue(indicator: indicatorID, which, firstLine: first.line))
                    }
                } else {
                    values[k, default: [:]][which] = (value, line)
                }
            }
        }

        /// The network with the indicators the rows named updated, and the ids of those they did not name.
        func result() -> BoardImport {
            var updated = network
            var untouched: [String] = []
            for (k, indicator) in network.indicators.enumerated() {
                guard let read = roles[k] else { untouched.append(indicator.id); continue }
                // Roles kept from the file keep their order; new ones follow in row order.
                let readSet = Set(read)
                let kept = indicator.roles.filter { readSet.contains($0) }
                let keptSet = Set(kept)
                updated.indicators[k].roles = kept + read.filter { !keptSet.contains($0) }
                updated.indicators[k].custodian = custodian[k]?.actor
                updated.indicators[k].baseline = values[k]?[.baseline]?.value
                updated.indicators[k].target = values[k]?[.target]?.value
            }
            return BoardImport(network: updated, untouched: untouched)
        }
    }
}
