/// A per-actor measure that a diagram can size nodes by or a table sort by: a metric, a structural-hole measure,
/// F without the actor, or the total Gould–Fernandez brokerage.
public enum ActorMeasure: Sendable, Hashable {
    case metric(ActorMetric)
    /// Burt's constraint (``StructuralHoles/constraint``).
    case constraint
    /// Burt's effective size.
    case effectiveSize
    /// Burt's efficiency.
    case efficiency
    /// Burt's hierarchy.
    case hierarchy
    /// F of the network without the actor.
    case fragmentationIfRemoved
    /// The actor's total brokerage over the five roles (groups by the analysis' grouping attribute).
    case brokerage

    /// Every measure, metrics first.
    public static let allCases: [ActorMeasure] = ActorMetric.allCases.map(ActorMeasure.metric)
        + [.constraint, .effectiveSize, .efficiency, .hierarchy, .fragmentationIfRemoved, .brokerage]

    /// The measure's JSON key (as in `redes analyze` output).
    public var key: String {
        switch self {
        case .metric(let metric): return metric.rawValue
        case .constraint: return "constraint"
        case .effectiveSize: return "effective_size"
        case .efficiency: return "efficiency"
        case .hierarchy: return "hierarchy"
        case .fragmentationIfRemoved: return "fragmentation_if_removed"
        case .brokerage: return "brokerage"
        }
    }

    /// The measure with the JSON key `key`, or nil.
    public init?(key: String) {
        guard let measure = ActorMeasure.allCases.first(where: { $0.key == key }) else { return nil }
        self = measure
    }
}
