/// What a long computation costs, estimated before it starts: the elementary steps (an edge looked at during a
/// search, a cell of a distance row scanned) of the full method and of the method chosen, and seconds at a measured
/// rate. The commands that can run long (`keyplayers`, `suggest`, `robustness --adaptive`, `sensitivity`, the
/// all-pairs metrics of `analyze`) estimate their cost first and, above ``CostEstimate/defaultBudget``, choose a
/// bounded method and say which.
public struct CostEstimate: Sendable, Hashable {
    /// Steps of the full (exact or exhaustive) method.
    public let fullSteps: Double
    /// Steps of the method chosen: `fullSteps` when it is the full one.
    public let steps: Double

    /// Seconds per step on this project's 2-core machines, all cores working: about 2.5 ns per source and edge of a
    /// breadth-first search (measured with `redes-bench`, exact betweenness of BA-10k and BA-100k).
    public static let secondsPerStep = 2.5e-9

    /// The steps a command takes before it chooses a bounded method: about a minute on 2 cores.
    public static let defaultBudget = 2.4e10

    /// An estimate of `fullSteps` for the full method and `steps` for the method chosen.
    ///
    /// - Parameters:
    ///   - fullSteps: the steps of the full method.
    ///   - steps: the steps of the method chosen (at most `fullSteps`); the full method's when omitted.
    public init(fullSteps: Double, steps: Double? = nil) {
        self.fullSteps = fullSteps
        self.steps = min(steps ?? fullSteps, fullSteps)
    }

    /// Seconds the full method would take.
    public var fullSeconds: Double { fullSteps * CostEstimate.secondsPerStep }
    /// Seconds the method chosen takes.
    public var seconds: Double { steps * CostEstimate.secondsPerStep }
    /// Whether a bounded method was chosen (it takes fewer steps than the full one).
    public var isBounded: Bool { steps < fullSteps }
}
