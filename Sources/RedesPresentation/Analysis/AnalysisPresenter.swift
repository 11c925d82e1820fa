import Redes

/// What `redes analyze` shows of a ``NetworkAnalysis``: the JSON document, the CSV table and the readable table.
///
/// The presenter only reads the analysis; whatever it shows that the analysis has not computed yet is computed there,
/// once. The JSON document has a `network` object (network-level values, sorted keys), an `actors` array (one object
/// per actor, `id` first), and the `arrangements`, `ties`, `blocs`, `sources` and `scenarios` of the file with their
/// evidence, so that every number can be traced to its source.
public struct AnalysisPresenter: Sendable {
    /// What the output holds besides the network's make-up.
    public enum Content: Sendable, Hashable {
        /// The requested metrics only (`--metrics`).
        case metrics
        /// The metrics and every section of the diagnosis.
        case metricsAndDiagnosis
    }

    public let analysis: NetworkAnalysis
    public var content: Content
    /// The scenario applied before the analysis, if any (its id).
    public var scenario: String?
    /// The order of actors in tables and CSV: by this metric, descending (nil: file order).
    public var sortBy: ActorMetric?
    /// Show only the first N actors in tables and CSV (JSON always lists every actor).
    public var top: Int?
    /// Whether `sortBy` is the default measure of `--top` rather than the user's choice (the table says so).
    public var sortIsDefault: Bool

    public init(_ analysis: NetworkAnalysis, content: Content = .metricsAndDiagnosis, scenario: String? = nil,
                sortBy: ActorMetric? = nil, top: Int? = nil, sortIsDefault: Bool = false) {
        self.analysis = analysis
        self.content = content
        self.scenario = scenario
        self.sortBy = sortBy
        self.top = top
        self.sortIsDefault = sortIsDefault
    }

    /// The measure `--top` sorts by when no `--sort` is given: betweenness when it is computed (the diagnosis'
    /// "who connects others most"), else the first computed metric of ``ActorMetric`` order.
    ///
    /// - Parameter metrics: the metrics computed (nil: all).
    /// - Returns: the measure.
    public static func defaultSort(among metrics: Set<ActorMetric>?) -> ActorMetric {
        guard let metrics, !metrics.contains(.betweenness) else { return .betweenness }
        return ActorMetric.allCases.first(where: metrics.contains) ?? .betweenness
    }

    var includesDiagnosis: Bool { content == .metricsAndDiagnosis }

    /// Actor indices in output order: sorted by `sortBy` descending (ties by file order; undefined values last), cut
    /// to `top`.
    public var actorOrder: [Int] {
        var order = Array(analysis.network.actors.indices)
        if let sortBy {
            let metrics = analysis.metrics
            let key = order.map { v -> Double in
                guard let x = metrics.number(sortBy, at: v), !x.isNaN else { return -.infinity }
                return x
            }
            order.sort { key[$0] > key[$1] || (key[$0] == key[$1] && $0 < $1) }
        }
        if let top { order = Array(order.prefix(max(0, top))) }
        return order
    }
}
