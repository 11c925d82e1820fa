/// A grouping of the nodes of a graph: blocs, territories, or detected communities.
public struct Partition: Sendable, Hashable {
    /// The group labels, in order of first appearance.
    public let labels: [String]
    /// For each node, the index of its group in ``labels``.
    public let groupOfNode: [Int]

    /// Groups nodes by label; nodes with no label (nil) form a group named `missingLabel`.
    ///
    /// - Parameters:
    ///   - nodeLabels: The label of each node, or `nil`.
    ///   - missingLabel: The label of the group of unlabelled nodes.
    /// - Complexity: O(n) on average.
    public init(labels nodeLabels: [String?], missingLabel: String = "—") {
        var labels: [String] = []
        var index: [String: Int] = [:]
        groupOfNode = nodeLabels.map { label in
            let name = label ?? missingLabel
            if let i = index[name] { return i }
            index[name] = labels.count
            labels.append(name)
            return labels.count - 1
        }
        self.labels = labels
    }

    /// Groups nodes by integer community ids, labelled "1", "2", … in order of first appearance.
    ///
    /// - Parameter communities: The community id of each node; any integers.
    /// - Complexity: O(n) on average.
    public init(communities: [Int]) {
        var renumber: [Int: Int] = [:]
        groupOfNode = communities.map { c in
            if let i = renumber[c] { return i }
            renumber[c] = renumber.count
            return renumber.count - 1
        }
        labels = (0..<renumber.count).map { String($0 + 1) }
    }

    /// The number of groups.
    public var groupCount: Int { labels.count }

    /// The number of nodes in each group.
    public var sizes: [Int] {
        var sizes = [Int](repeating: 0, count: labels.count)
        for g in groupOfNode { sizes[g] += 1 }
        return sizes
    }

    /// Each node's label.
    public var nodeLabels: [String] { groupOfNode.map { labels[$0] } }
}
