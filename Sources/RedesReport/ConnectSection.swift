import Redes
import RedesPresentation

/// Who connects whom: central actors, brokers in words, structural holes, mixing between blocs and the E-I index
/// against chance.
enum ConnectSection {
    static func blocks(_ c: ReportContext) -> [ReportDocument.Block] {
        let lang = c.lang, analysis = c.analysis, network = c.network, metrics = analysis.metrics, graph = analysis.graph
        var blocks: [ReportDocument.Block] = [.glossary([GlossaryTerm.betweenness, .closeness, .brokerageRoles, .constraint,
                                                         .effectiveSize, .eiIndex].map { c.glossary($0) })]
        let betweenness = metrics.betweenness ?? []
        let byBetweenness = Ranking.descending(betweenness)
        if let first = byBetweenness.first {
            blocks.append(.lead(lang.text(.connectLead, c.names[first], c.f(betweenness[first]))))
        }
        blocks.append(.subheading(lang.text(.connectTop)))
        blocks.append(.table(ReportTable(
            headers: [lang.text(.actor), lang.text(.bloc), lang.header(.betweenness), lang.header(.degree), lang.header(.closeness)],
            text: byBetweenness.prefix(10).map { v in
                [c.names[v], network.actors[v].bloc.map(c.blocName) ?? "—", c.f(betweenness[v]), String(graph.degree(of: v)),
                 c.f(metrics.closeness?[v])]
            }, numeric: [false, false, true, true, true])))
        if let brokerage = analysis.brokerage {
            let sentences = brokerSentences(c, brokerage)
            if !sentences.isEmpty {
                blocks.append(.subheading(lang.text(.connectBrokers)))
                blocks.append(.list(sentences))
            }
        }
        blocks.append(.subheading(lang.text(.connectHoles)))
        let holes = analysis.structuralHoles
        blocks.append(.table(ReportTable(headers: [lang.text(.actor), lang.text(.constraint), lang.text(.effectiveSize)],
                                         text: Ranking.ascending(holes.constraint).prefix(8).map {
                                             [c.names[$0], c.f(holes.constraint[$0]), c.f(holes.effectiveSize[$0], 1)]
                                         }, numeric: [false, true, true])))
        if let cohesion = analysis.cohesion {
            blocks.append(.subheading(lang.text(.connectMixing)))
            let blocNames = cohesion.partition.labels.map(c.blocName)
            blocks.append(.heatmap(Heatmap(
                caption: lang.text(.mixingCaption), rowLabels: blocNames, columnLabels: blocNames,
                cells: blocNames.indices.map { a in blocNames.indices.map { b in String(cohesion.mixing[a][b]) } },
                shades: cohesion.mixingDensity, note: lang.text(.mixingNote))))
            if let ei = cohesion.eiIndex, let test = analysis.eiPermutation {
                blocks.append(.paragraph(DiagnosisText.eiSentence(ei, test, language: lang)))
            }
        }
        return blocks
    }

    /// For each Gould–Fernández role, the actor that plays it most, in words with the number of pairs it joins.
    /// An undirected tie counts both ways in the counts (as R sna does), so pairs are halved where the role is
    /// symmetric; representative and gatekeeper are the same pairs seen from each end, so they share one sentence.
    static func brokerSentences(_ c: ReportContext, _ brokerage: Brokerage) -> [String] {
        let lang = c.lang, network = c.network
        let directed = network.isDirected
        var sentences: [String] = []
        for role in BrokerageRole.allCases where directed || role != .gatekeeper {
            let counts = brokerage.counts.map { $0[role] }
            guard let top = Ranking.descending(counts).first, counts[top] > 0 else { continue }
            let symmetric = !directed && role != .representative
            let pairs = Int((symmetric ? counts[top] / 2 : counts[top]).rounded())
            let bloc = network.actors[top].bloc.map(c.blocName) ?? "—"
            let message: Message
            switch role {
            case .coordinator: message = .brokerCoordinator
            case .itinerant: message = .brokerItinerant
            case .representative: message = directed ? .brokerRepresentative : .brokerBetweenOwnAndOther
            case .gatekeeper: message = .brokerGatekeeper
            case .liaison: message = .brokerLiaison
            }
            sentences.append(lang.text(message, c.names[top], String(pairs), bloc))
        }
        return sentences
    }
}

/// Redundancy and gaps: ties that rest on one channel, overlapping arrangements, gaps between blocs.
enum RedundancySection {
    static func blocks(_ c: ReportContext) -> [ReportDocument.Block] {
        let lang = c.lang, network = c.network
        let r = c.analysis.redundancy
        var blocks: [ReportDocument.Block] = [.glossary([GlossaryTerm.singleChannel, .overlap, .blocGap].map { c.glossary($0) })]
        blocks.append(.lead(lang.text(.redundancyLead, String(r.singleChannelTies), String(r.singleChannelTies + r.multiplexTies))))
        blocks.append(.subheading(lang.text(.redundancyGaps)))
        let gaps = r.blocPairs.filter { $0.first != $0.second && $0.status == .gap }
        let thin = r.blocPairs.filter { $0.first != $0.second && ($0.status == .singleBroker || $0.status == .singleActor) }
        if gaps.isEmpty && thin.isEmpty {
            blocks.append(.paragraph(lang.text(.redundancyNoGaps)))
        } else {
            if !gaps.isEmpty { blocks.append(.paragraph(lang.text(.findingGaps, String(gaps.count), c.gapNames(gaps)))) }
            if !thin.isEmpty {
                blocks.append(.list(thin.map { pair in
                    let through = lang.list(pair.brokers.map(c.actorName))
                    return lang.text(pair.status == .singleBroker ? .blocSingleBroker : .blocSingleActor,
                                     c.blocName(pair.first), c.blocName(pair.second), through)
                }))
            }
        }
        blocks.append(.subheading(lang.text(.redundancyOverlaps)))
        if r.overlaps.isEmpty {
            blocks.append(.paragraph(lang.text(.redundancyNoOverlaps)))
        } else {
            blocks.append(.table(ReportTable(headers: [lang.text(.pair), lang.text(.overlap), lang.text(.sharedMembers)],
                                             text: r.overlaps.prefix(10).map { o in
                                                 ["\(network.arrangements[o.first].name) / \(network.arrangements[o.second].name)",
                                                  lang.percent(o.jaccard), lang.list(o.shared.map(c.actorName))]
                                             }, numeric: [false, true, false], widths: [45, 13, 42])))
        }
        let dependencies = r.criticalDependencies
        if !dependencies.isEmpty {
            blocks.append(.subheading(lang.text(.redundancyDependencies)))
            blocks.append(.table(ReportTable(headers: [lang.text(.arrangement), lang.text(.soleTies), lang.text(.fragmentationWithoutIt)],
                                             text: dependencies.prefix(10).map {
                                                 [network.arrangements[$0.arrangement].name, String($0.soleChannelTies), c.f($0.fragmentationWithout)]
                                             }, numeric: [false, true, true], widths: [60, 20, 20])))
        }
        return blocks
    }
}
