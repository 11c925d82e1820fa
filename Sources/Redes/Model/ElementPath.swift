/// Where an element stands in a network file, such as `ties[3].target` or `scenarios[0].add.actors[1].id`.
///
/// Validation reports problems by path; a reader that knows where each path sits in its file turns the path
/// into a line and column.
public struct ElementPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByArrayLiteral {
    public enum Component: Sendable, Hashable, ExpressibleByStringLiteral {
        case key(String)
        case index(Int)

        public init(stringLiteral value: String) { self = .key(value) }
    }

    public var components: [Component]

    public init(_ components: [Component]) { self.components = components }

    public init(arrayLiteral elements: Component...) { self.components = elements }

    public static func + (lhs: ElementPath, rhs: ElementPath) -> ElementPath {
        ElementPath(lhs.components + rhs.components)
    }

    /// The path without its last component; the empty path stays empty.
    public var parent: ElementPath { ElementPath(Array(components.dropLast())) }

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
public struct ValidationIssue: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: ElementPath
    public var problem: NetworkProblem

    public init(path: ElementPath, problem: NetworkProblem) {
        self.path = path
        self.problem = problem
    }

    public var description: String {
        "\(path): \(problem.message)\n  fix: \(problem.fix)"
    }
}
