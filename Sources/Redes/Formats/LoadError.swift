/// A network file that cannot be loaded: where (file, line, column) and what is wrong, as a typed
/// ``NetworkProblem``. `RedesPresentation` writes it for people, with a fix, in the run's language:
///
///     Networks/x.yaml:42:7: error: tie target 'secreduk' is not an actor of the network
///       fix: did you mean 'secreduc'? Otherwise add an actor with id 'secreduk' under `actors:` (or to the nodes file)
public struct LoadError: Error, Sendable, Hashable {
    /// The file as the user named it.
    public var file: String
    /// 1-based line, when the problem has a place in the file.
    public var line: Int?
    /// 1-based column (in characters), when it makes sense.
    public var column: Int?
    /// Where in the network the problem is, such as `ties[3].target`, when known.
    public var path: ElementPath?
    public var problem: NetworkProblem

    public init(file: String, line: Int? = nil, column: Int? = nil, path: ElementPath? = nil, problem: NetworkProblem) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.problem = problem
    }

    /// `file:line:column` (as much of it as is known).
    public var location: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

}
