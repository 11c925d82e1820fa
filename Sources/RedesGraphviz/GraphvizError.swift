/// What can go wrong when drawing through Graphviz, with what to do about it.
public enum GraphvizError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The layout engine is not installed (or misspelt).
    case unknownLayout(String, available: [String])
    /// The output format is not one Redes writes.
    case unknownFormat(String, supported: [String])
    /// The graph is too large to lay out in reasonable time.
    case tooLarge(nodes: Int, edges: Int, limit: Int)
    /// Graphviz reported an error; its own words.
    case layoutFailed(engine: String, message: String)
    case renderFailed(format: String, message: String)
    /// A metric or attribute asked for does not exist.
    case unknownEncoding(option: String, value: String, available: [String])

    public var description: String {
        switch self {
        case .unknownLayout(let name, let available):
            return "error: unknown layout '\(name)'\n  fix: use one of: \(available.joined(separator: ", "))"
        case .unknownFormat(let name, let supported):
            return "error: cannot write '\(name)' files\n  fix: use one of: \(supported.joined(separator: ", ")) (by the file extension or --format)"
        case .tooLarge(let nodes, let edges, let limit):
            return "error: \(nodes) nodes and \(edges) ties are too many to draw (limit \(limit) nodes)\n  fix: draw a part of the network (a scenario, or a filtered file), or analyse it with `redes analyze` instead"
        case .layoutFailed(let engine, let message):
            return "error: Graphviz could not lay out the network with \(engine): \(message)\n  fix: try another --layout (sfdp is the most robust)"
        case .renderFailed(let format, let message):
            return "error: Graphviz could not write \(format): \(message)\n  fix: try another format (svg always works)"
        case .unknownEncoding(let option, let value, let available):
            return "error: \(option) '\(value)' is not known\n  fix: use one of: \(available.joined(separator: ", "))"
        }
    }
}
