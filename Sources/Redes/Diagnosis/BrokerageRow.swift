/// One value per Gould–Fernandez brokerage role, plus the total over the five roles: a row of
/// `sna::brokerage`'s output (columns `w_I, w_O, b_IO, b_OI, b_O, t`).
///
/// Counts are `BrokerageRow<Double>`; z-scores, undefined where a standard deviation is 0, are
/// `BrokerageRow<Double?>`.
public struct BrokerageRow<Value: Sendable & Hashable>: Sendable, Hashable {
    /// `w_I`: a, v and b in one group.
    public var coordinator: Value
    /// `w_O`: a and b in one group, v in another.
    public var itinerant: Value
    /// `b_IO`: v in a's group, b elsewhere.
    public var representative: Value
    /// `b_OI`: v in b's group, a elsewhere.
    public var gatekeeper: Value
    /// `b_O`: a, v and b in three groups.
    public var liaison: Value
    /// `t`: the five roles together (for z-scores, the z-score of the total under the null model).
    public var total: Value

    /// A row from a value per role and the total.
    ///
    /// - Parameters:
    ///   - value: the value of each role.
    ///   - total: the total column.
    public init(_ value: (BrokerageRole) -> Value, total: Value) {
        coordinator = value(.coordinator)
        itinerant = value(.itinerant)
        representative = value(.representative)
        gatekeeper = value(.gatekeeper)
        liaison = value(.liaison)
        self.total = total
    }

    /// The value of one role.
    public subscript(role: BrokerageRole) -> Value {
        get {
            switch role {
            case .coordinator: return coordinator
            case .itinerant: return itinerant
            case .representative: return representative
            case .gatekeeper: return gatekeeper
            case .liaison: return liaison
            }
        }
        set {
            switch role {
            case .coordinator: coordinator = newValue
            case .itinerant: itinerant = newValue
            case .representative: representative = newValue
            case .gatekeeper: gatekeeper = newValue
            case .liaison: liaison = newValue
            }
        }
    }

    /// The six columns in sna's order (`w_I, w_O, b_IO, b_OI, b_O, t`) with their sna names.
    public var columns: [BrokerageColumn<Value>] {
        BrokerageRole.allCases.map { BrokerageColumn(key: $0.rawValue, value: self[$0]) }
            + [BrokerageColumn(key: BrokerageRow.totalKey, value: total)]
    }

    /// sna's name of the total column.
    public static var totalKey: String { "t" }
}

/// One named column of a ``BrokerageRow``.
public struct BrokerageColumn<Value: Sendable & Hashable>: Sendable, Hashable {
    /// sna's column name (`w_I`, …, `t`).
    public let key: String
    public let value: Value
}
