/// A network-level figure that scenario comparisons (and waves) report, by its JSON key.
public enum Figure: String, Sendable, CaseIterable, Hashable {
    case actors
    case ties
    case density
    case components
    case largestComponent = "largest_component"
    case isolates
    case fragmentation
    case distanceFragmentation = "distance_fragmentation"
    case averageDistance = "average_distance"
    case degreeCentralization = "degree_centralization"
    case betweennessCentralization = "betweenness_centralization"
    case eiIndex = "ei_index"
    case singleChannelShare = "single_channel_share"
    case blocGaps = "bloc_gaps"
    /// Newman's modularity of the groups (``GroupCohesion/modularity``).
    case modularity

    /// Whether the figure counts things (shown without decimals).
    public var isCount: Bool {
        switch self {
        case .actors, .ties, .components, .largestComponent, .isolates, .blocGaps: return true
        default: return false
        }
    }
}

extension NetworkAnalysis {
    /// The value of a network-level figure, computed by the metrics and diagnosis engines (never a second
    /// implementation); nil where undefined (the E-I index without ties or groups).
    ///
    /// - Parameter figure: the figure.
    /// - Returns: its value.
    public func value(of figure: Figure) -> Double? {
        switch figure {
        case .actors: return Double(metrics.nodeCount)
        case .ties: return Double(metrics.edgeCount)
        case .density: return metrics.density
        case .components: return Double(metrics.components)
        case .largestComponent: return Double(metrics.largestComponent)
        case .isolates: return Double(metrics.isolates.count)
        case .fragmentation: return fragmentation.fragmentation
        case .distanceFragmentation: return fragmentation.distanceFragmentation
        case .averageDistance: return metrics.averageDistance
        case .degreeCentralization: return metrics.degreeCentralization
        case .betweennessCentralization: return metrics.betweennessCentralization
        case .eiIndex: return cohesion?.eiIndex
        case .singleChannelShare:
            let ties = redundancy.singleChannelTies + redundancy.multiplexTies
            return ties > 0 ? Double(redundancy.singleChannelTies) / Double(ties) : nil
        case .blocGaps: return Double(redundancy.blocPairs.count { $0.status == .gap })
        case .modularity: return cohesion?.modularity
        }
    }
}
