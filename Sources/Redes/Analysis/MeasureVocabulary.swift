extension ActorMetric: Vocabulary {
    /// The headers of the tables in Spanish and English (`grado`, `intermediación`, `cercanía`, `vector propio`,
    /// `núcleo k`, `k-core`…), so that what a table shows can be typed back in `--sort`, `--metrics` or `--size-by`.
    public var aliases: [String] {
        switch self {
        case .degree: return ["grado"]
        case .inDegree: return ["in", "entrada", "grado de entrada"]
        case .outDegree: return ["out", "salida", "grado de salida"]
        case .degreeCentrality: return ["degree c.", "grado norm.", "centralidad de grado"]
        case .strength: return ["fuerza"]
        case .betweenness: return ["intermediación"]
        case .closeness: return ["cercanía"]
        case .harmonic: return ["armónica"]
        case .eigenvector: return ["vector propio"]
        case .pagerank: return []
        case .clustering: return ["agrupamiento"]
        case .coreNumber: return ["k-core", "núcleo k", "núcleo"]
        case .articulationPoint: return ["cut point", "corte", "punto de corte"]
        case .component: return ["componente"]
        }
    }
}

extension ActorMeasure: Vocabulary, RawRepresentable {
    /// The measure's JSON key (``key``).
    public var rawValue: String { key }

    /// The measure with the JSON key `rawValue`.
    public init?(rawValue: String) { self.init(key: rawValue) }

    /// The words accepted besides the JSON key: the metric's aliases, and for the other measures the headers of the
    /// structural-holes table in Spanish and English.
    public var aliases: [String] {
        switch self {
        case .metric(let metric): return metric.aliases
        case .constraint: return ["restricción"]
        case .effectiveSize: return ["eff. size", "tamaño efectivo"]
        case .efficiency: return ["eficiencia"]
        case .hierarchy: return ["jerarquía"]
        case .fragmentationIfRemoved: return ["F without", "F sin el actor"]
        case .brokerage: return ["G-F brokerage", "intermediación G-F"]
        }
    }
}
