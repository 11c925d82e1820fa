/// The roster survey of a network, as rows to fill: every actor answers about every other actor.
///
/// A *roster* name generator (Marsden 2005; Network Canvas' roster interfaces; the PARTNER tool) shows each respondent
/// the full list of actors instead of asking it to recall names, which avoids recall bias and gives every pair two
/// chances to be reported — the basis of confirmed and unconfirmed ties (``SurveyImport``). Respondents are taken
/// bloc by bloc (the declared blocs in order, then undeclared ones, then actors without a bloc), and within each
/// respondent the named actors follow the same order, so a respondent reads its list grouped by bloc.
///
/// The template holds no word of any language: the CSV and spreadsheet writers put the catalog's headers and
/// instructions around it.
public struct SurveyTemplate: Sendable {
    /// One row to fill: a respondent and the actor it is asked about (indices of ``Network/actors``).
    public struct Row: Sendable, Hashable {
        public let respondent: Int
        public let actor: Int
    }

    /// The network the roster comes from.
    public let network: Network
    /// The actors, in the order the survey shows them (by bloc).
    public let order: [Int]
    /// The rows: each respondent in ``order``, then each other actor in ``order``.
    public let rows: [Row]
    /// The channels a respondent may name: the arrangement kinds the network uses, then its arrangements.
    public let channels: [SurveyChannel]

    /// The survey of `network`.
    ///
    /// - Parameter network: the network whose actors make the roster (scenarios are not part of it).
    /// - Complexity: O(n²) rows for n actors.
    public init(_ network: Network) {
        self.network = network
        let blocOrder = network.blocsInUse.map(\.id)
        let rank = Dictionary(blocOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        order = network.actors.indices.sorted { a, b in
            let ra = network.actors[a].bloc.flatMap { rank[$0] } ?? blocOrder.count
            let rb = network.actors[b].bloc.flatMap { rank[$0] } ?? blocOrder.count
            return ra != rb ? ra < rb : a < b
        }
        var rows: [Row] = []
        rows.reserveCapacity(max(0, order.count * (order.count - 1)))
        for respondent in order {
            for actor in order where actor != respondent { rows.append(Row(respondent: respondent, actor: actor)) }
        }
        self.rows = rows
        let kinds = ArrangementKind.allCases.filter { kind in network.arrangements.contains { $0.kind == kind } }
        channels = kinds.map(SurveyChannel.kind) + network.arrangements.map { .arrangement($0.id) }
    }
}

extension SurveyTemplate {
    /// How the template writes an actor: its name, or its id when the name would be read back as another actor (two
    /// actors whose names differ only in case or accents).
    ///
    /// - Parameter actor: an index of ``Network/actors``.
    /// - Returns: the text the import reads back as that actor.
    public func label(ofActor actor: Int) -> String {
        let name = network.actors[actor].name
        if case .found(let index) = ActorNames(network).resolve(name), index == actor { return name }
        return network.actors[actor].id
    }

    /// How the template writes an arrangement as a channel: its name, or its id when the name would be read back as
    /// something else (a kind of arrangement, another arrangement).
    ///
    /// - Parameter id: an arrangement id of the network.
    /// - Returns: the text the import reads back as that arrangement.
    public func label(ofArrangement id: String) -> String {
        guard let name = network.arrangement(id)?.name else { return id }
        return ChannelNames(network).resolve(name) == .arrangement(id) ? name : id
    }
}
