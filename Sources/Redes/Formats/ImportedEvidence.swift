/// The evidence of what is read from files that say little about it: edge lists and the exchange formats.
extension Evidence {
    /// The evidence of a tie or an arrangement read from an edge list or an exchange file: the one place where a
    /// format's elements get their evidence.
    ///
    /// A status the file states is taken at its word, citing the file: `documented` and `proposed` cite it as the
    /// source, `illustrative` gives `reason` (or says that the file marked it so). Without a status — or with one
    /// Redes does not know — the evidence is ``EvidenceStatus/unspecified``: the file does not say, and nothing is
    /// counted as documented that no one documented.
    ///
    /// - Parameters:
    ///   - status: the status the file gives, if any.
    ///   - reason: the reason the file gives, if any.
    ///   - fileName: the file's name, cited as the source.
    /// - Returns: the evidence.
    public static func declared(_ status: EvidenceStatus?, reason: String? = nil, byFile fileName: String) -> Evidence {
        switch status {
        case .documented: return .documented(source: fileName)
        case .illustrative: return .illustrative(reason: reason ?? "\(fileName): status=illustrative")
        case .proposed: return .proposed(source: fileName, reason: reason)
        // Without respondents and a date, validation refuses it (reported ties come from a survey import).
        case .reported: return Evidence(status: .reported, source: fileName)
        case .unspecified, nil: return .unspecified
        }
    }
}

extension Network {
    /// The network with `evidence` in place of every ``EvidenceStatus/unspecified`` evidence of its ties and
    /// arrangements (those of its scenarios included): what a person asserts on import (`--evidence documented
    /// --source ID`). A cited source that the network does not declare is added, with its id as title.
    ///
    /// - Parameter evidence: complete evidence (``Evidence/missingRequirement`` is nil).
    /// - Returns: the network with the asserted evidence.
    public func asserting(_ evidence: Evidence) -> Network {
        var network = self
        func assert(_ current: inout Evidence) { if current.status == .unspecified { current = evidence } }
        for i in network.ties.indices { assert(&network.ties[i].evidence) }
        for i in network.arrangements.indices { assert(&network.arrangements[i].evidence) }
        for s in network.scenarios.indices {
            for i in network.scenarios[s].addTies.indices { assert(&network.scenarios[s].addTies[i].evidence) }
            for i in network.scenarios[s].addArrangements.indices { assert(&network.scenarios[s].addArrangements[i].evidence) }
        }
        if let source = evidence.source, !network.sources.contains(where: { $0.id == source }) {
            network.sources.append(SourceDocument(id: source, title: source))
        }
        return network
    }
}
