/// Where an element stands in a network file, such as `ties[3].target` or `scenarios[0].add.actors[1].id`.
///
/// Validation reports problems by path; a reader that knows where each path sits in its file turns the path
/// into a line and column.
public struct ElementPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByArrayLiteral {
    /// One step of a path: a key of a mapping or a position in a list.
    public enum Component: Sendable, Hashable, ExpressibleByStringLiteral {
        /// A key of a mapping, such as `ties` or `target`.
        case key(String)
        /// A zero-based position in a list.
        case index(Int)

        /// A key, written as a string literal.
        ///
        /// - Parameter value: The key.
        public init(stringLiteral value: String) { self = .key(value) }
    }

    /// The steps of the path, from the top of the file.
    public var components: [Component]

    /// Creates a path from its steps.
    ///
    /// - Parameter components: The steps, from the top of the file.
    public init(_ components: [Component]) { self.components = components }

    /// Creates a path from an array literal of steps, such as `["ties", .index(3), "target"]`.
    ///
    /// - Parameter elements: The steps, from the top of the file.
    public init(arrayLiteral elements: Component...) { self.components = elements }

    /// Joins two paths.
    ///
    /// - Parameters:
    ///   - lhs: The leading path.
    ///   - rhs: The path that continues it.
    /// - Returns: The steps of `lhs` followed by those of `rhs`.
    public static func + (lhs: ElementPath, rhs: ElementPath) -> ElementPath {
        ElementPath(lhs.components + rhs.components)
    }

    /// The path without its last component; the empty path stays empty.
    public var parent: ElementPath { ElementPath(Array(components.dropLast())) }

    /// The path as written in messages, such as `scenarios[0].add.actors[1].id`.
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }
}

/// A consistency problem found in a network, with the path of the element at fault.
public struct ValidationIssue: Error, Sendable, Hashable {
    /// Where the offending element stands, such as `ties[3].target`.
    public var path: ElementPath
    /// What is wrong, with its fix.
    public var problem: NetworkProblem

    /// Creates an issue.
    ///
    /// - Parameters:
    ///   - path: Where the offending element stands.
    ///   - problem: What is wrong.
    public init(path: ElementPath, problem: NetworkProblem) {
        self.path = path
        self.problem = problem
    }
}
