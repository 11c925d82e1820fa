import Redes

// MARK: Issue 17 — the indicator board
extension Language {
    /// A role of the data flow in words (`produce`, `usa` / `produces`, `uses`): accepted back as input.
    public func label(_ role: IndicatorRole) -> String { text(.board(.role(role))) }

    /// A level of measure in words (`población`, `desempeño` / `population`, `performance`).
    public func label(_ level: IndicatorLevel) -> String { text(.board(.level(level))) }

    /// A column header of the board template in this language: accepted back on import in either language.
    public func header(_ column: BoardTemplateColumn) -> String { text(.board(.column(column))) }

    /// An indicator's display name: its English name in English when the file gives one, else its name.
    public func name(of indicator: Indicator) -> String { self == .en ? indicator.nameEnglish ?? indicator.name : indicator.name }

    /// A number in its shortest exact form (`120`, `12.5`), with the decimal comma in Spanish.
    public func number(_ value: Double) -> String {
        let text = formatNumber(value)
        return self == .es ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A baseline, target or observation as a cell: `120 (2024)`, or `—` when there is none.
    public func value(_ value: IndicatorValue?) -> String {
        value.map { "\(number($0.value)) (\($0.period))" } ?? "—"
    }

    /// An actor's parts on one indicator as the coverage matrix writes them: `C` custodian, then `P`, `R`, `V`, `U`
    /// (the same letters in both languages), `·` for none.
    public static func letters(_ cell: BoardCell) -> String {
        let letters = (cell.isCustodian ? "C" : "") + cell.roles.map { role -> String in
            switch role {
            case .produces: return "P"
            case .reports: return "R"
            case .validates: return "V"
            case .uses: return "U"
            }
        }.joined()
        return letters.isEmpty ? "·" : letters
    }
}

// MARK: Issue 17 — the board's sentences, shared by the `indicators` table and the report
extension Language {
    /// The entries of one gap category of `board`, in words ("Prácticas profesionales: SLEP → AIA"); when every
    /// indicator lacks both its baseline and its target, one entry says so.
    ///
    /// - Parameters:
    ///   - category: The gap category.
    ///   - board: The board.
    /// - Returns: The entries, in the board's order; empty when the category has none.
    public func items(_ category: GapCategory, of board: IndicatorBoard) -> [String] {
        items(category, of: board.gaps, in: board.network)
    }

    /// The entries of one gap category of `gaps` (the whole board's, or a part of them: those that concern one
    /// actor), in words, as ``items(_:of:)`` writes them.
    ///
    /// - Parameters:
    ///   - category: The gap category.
    ///   - gaps: The gaps, indices into `network`'s indicators and actors.
    ///   - network: The network of the board.
    /// - Returns: The entries, in order; empty when the category has none.
    public func items(_ category: GapCategory, of gaps: IndicatorGaps, in network: Network) -> [String] {
        func name(_ k: Int) -> String { self.name(of: network.indicators[k]) }
        func actor(_ a: Int) -> String { network.actors[a].name }
        switch category {
        case .noCustodian: return gaps.noCustodian.map(name)
        case .singleProducer: return gaps.singleProducer.map { "\(name($0.indicator)) (\(actor($0.actor)))" }
        case .producersWithoutUsers: return gaps.producersWithoutUsers.map(name)
        case .usersWithoutProducers: return gaps.usersWithoutProducers.map(name)
        case .suppliersWithoutChannel:
            return gaps.suppliersWithoutChannel.map { "\(name($0.indicator)): \(actor($0.actor)) → \(actor($0.custodian))" }
        case .receiversWithoutChannel:
            return gaps.receiversWithoutChannel.map { "\(name($0.indicator)): \(actor($0.custodian)) → \(actor($0.actor))" }
        case .missingValues where !gaps.missingValues.isEmpty && gaps.missingValues.count == network.indicators.count
            && gaps.missingValues.allSatisfy({ $0.baseline && $0.target }):
            return [text(.board(.allIndicators), String(gaps.missingValues.count)) + " (\(text(.board(.missingBoth))))"]
        case .missingValues:
            return gaps.missingValues.map { missing in
                let what: BoardMessage = missing.baseline && missing.target ? .missingBoth : (missing.baseline ? .missingBaseline : .missingTarget)
                return "\(name(missing.indicator)) (\(text(.board(what))))"
            }
        case .actorsProducingForNobody:
            return gaps.actorsProducingForNobody.map { "\(actor($0.actor)) (\($0.indicators.map(name).joined(separator: ", ")))" }
        }
    }

    /// What the committee sees of the board, in one sentence, or why it cannot be told.
    ///
    /// - Parameters:
    ///   - board: The board.
    ///   - members: How to list the members' names (a report shortens long lists).
    /// - Returns: "El comité (…) ve 5 de 7 indicadores a dos pasos o menos. No ve: …".
    public func committeeSentence(_ board: IndicatorBoard, members: ([String]) -> String) -> String {
        let flow = board.flow, network = board.network
        guard let committee = flow.committee else { return text(.board(.noCommittee)) }
        let unseen = flow.unseenByCommittee.map { name(of: network.indicators[$0]) }
        return text(.board(.committee), list(committee.arrangements.map { network.arrangements[$0].name }),
                    members(committee.members.map { network.actors[$0].name }), String(flow.seenByCommittee.count),
                    String(network.indicators.count))
            + (unseen.isEmpty ? text(.board(.committeeAll)) : text(.board(.committeeUnseen), list(unseen)))
    }

    /// Which committee member the figure reaches, and at how many steps, as a cell: "SLEP (0 pasos)", "no", or "—"
    /// when the network has no committee.
    public func sight(_ reach: IndicatorReach, of board: IndicatorBoard) -> String {
        guard board.flow.committee != nil else { return "—" }
        guard let sight = reach.committeeSight else { return text(.board(.notSeen)) }
        let name = board.network.actors[sight.actor].name
        return sight.steps == 1 ? text(.board(.oneStep), name) : text(.board(.steps), name, String(sight.steps))
    }
}
