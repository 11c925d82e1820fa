import Foundation
import Redes

/// The readable parts of the diagnosis: the plain sentences and the table by actor.
public enum DiagnosisText {
    /// A few sentences a committee member understands, each with its numbers.
    static func plain(_ analysis: NetworkAnalysis, language: Language) -> String {
        let network = analysis.network
        let names = network.actors.map(\.name)
        let metrics = analysis.metrics
        func f(_ x: Double) -> String { language.format(x) }
        let fragmentation = analysis.fragmentation
        var lines: [String] = []
        if analysis.components.count > 1 {
            lines.append(language.text(.fragmentationSummary, String(network.actors.count), String(analysis.components.count),
                                       f(fragmentation.fragmentation), f(fragmentation.distanceFragmentation)))
        } else {
            lines.append(language.text(.connectedSummary, String(network.actors.count), f(fragmentation.distanceFragmentation)))
        }
        if let betweenness = metrics.betweenness {
            let top = Ranking.descending(betweenness).prefix(3).filter { betweenness[$0] > 0 }
            if !top.isEmpty {
                lines.append(language.text(.centralActors, language.list(top.map { "\(names[$0]) (\(f(betweenness[$0])))" })))
            }
        }
        let cuts = metrics.articulationPoints
        if cuts.isEmpty {
            lines.append(language.text(.noCutPoints))
        } else {
            let removed = analysis.fragmentationIfRemoved
            lines.append(language.text(.cutPoints, language.list(cuts.map { v in
                removed.map { "\(names[v]) (F → \(f($0[v])))" } ?? names[v]
            })))
        }
        if let negative = analysis.negativeKeyPlayers, !negative.isDefined {
            let n = analysis.graph.nodeCount
            lines.append(language.text(.keyPlayersUndefined, String(negative.size), String(n), String(n - negative.size)))
        } else if let negative = analysis.negativeKeyPlayers {
            lines.append(language.text(.keyPlayersNegative, String(negative.members.count),
                                       language.list(negative.members.map { names[$0] }),
                                       f(fragmentation.fragmentation), f(negative.score)))
            if let ties = keyPlayerTies(negative, language: language) { lines.append(ties) }
        }
        if let positive = analysis.positiveKeyPlayers {
            lines.append(language.text(.keyPlayersPositive, String(positive.members.count),
                                       language.list(positive.members.map { names[$0] }), f(positive.score)))
            if let ties = keyPlayerTies(positive, language: language) { lines.append(ties) }
        }
        if let brokerage = analysis.brokerage {
            var roles: [String] = []
            for role in BrokerageRole.allCases {
                let counts = brokerage.counts.map { $0[role] }
                if let best = Ranking.descending(counts).first, counts[best] > 0 {
                    roles.append("\(language.label(role)): \(names[best]) (\(Int(counts[best])))")
                }
            }
            if !roles.isEmpty { lines.append(language.text(.brokersByRole, roles.joined(separator: "; "))) }
        }
        let redundancy = analysis.redundancy
        let ties = redundancy.singleChannelTies + redundancy.multiplexTies
        if ties > 0 {
            lines.append(language.text(.singleChannel, String(redundancy.singleChannelTies), String(ties),
                                       language.percent(Double(redundancy.singleChannelTies) / Double(ties))))
            let critical = redundancy.criticalDependencies.prefix(3)
            if !critical.isEmpty {
                lines.append(language.text(.criticalArrangements, language.list(critical.map {
                    "\(network.arrangements[$0.arrangement].name) (\($0.soleChannelTies))"
                })))
            }
        }
        for pair in redundancy.blocPairs where pair.first != pair.second {
            let first = network.blocName(pair.first), second = network.blocName(pair.second)
            let brokers = pair.brokers.compactMap { id in network.actor(id)?.name }.joined()
            switch pair.status {
            case .gap: lines.append(language.text(.blocGap, first, second))
            case .singleBroker: lines.append(language.text(.blocSingleBroker, first, second, brokers))
            case .singleActor: lines.append(language.text(.blocSingleActor, first, second, brokers))
            default: break
            }
        }
        if !redundancy.overlaps.isEmpty {
            lines.append(language.text(.overlappingArrangements, language.list(redundancy.overlaps.prefix(4).map {
                "\(network.arrangements[$0.first].name) ~ \(network.arrangements[$0.second].name) (\(language.percent($0.jaccard)))"
            })))
        }
        if let ei = analysis.cohesion?.eiIndex, let test = analysis.eiPermutation {
            lines.append(eiSentence(ei, test, language: language))
        }
        let agreement = analysis.communityAgreementByAttribute
        if !agreement.isEmpty {
            let ranked = agreement.sorted { $0.nmi > $1.nmi }
            let words = ranked.map { "\(language.attributeName($0.attribute)) (NMI \(f($0.nmi)))" }
            lines.append(language.text(.communities, String((analysis.communities.communityOfNode.max() ?? -1) + 1),
                                       f(analysis.communities.modularity), language.list(words)))
        }
        var out = language.text(.diagnosisTitle) + "\n"
        for line in lines { out += "  • " + line + "\n" }
        // The eigenvector note stands under the metrics table, next to its column.
        for note in analysis.notes where note != analysis.eigenvectorNote { out += "  (\(language.text(.note(note))))\n" }
        return out
    }

    /// "N sets tie at F = x; shown: the first in file order", when more than one set reaches the best score.
    ///
    /// - Parameters:
    ///   - search: the key-player search.
    ///   - steps: the steps of the m-reach objective.
    ///   - language: the language.
    /// - Returns: the sentence, or nil when the set is the only one with its score.
    public static func keyPlayerTies(_ search: KeyPlayerSearch, steps: Int = 2, language: Language) -> String? {
        guard search.tiedSets > 1 else { return nil }
        return language.text(search.method.isExhaustive ? .keyPlayerTies : .keyPlayerTiesAtLeast, String(search.tiedSets),
                             search.objective.isNegative ? search.objective.rawValue : language.label(search.objective, steps: steps),
                             language.format(search.score))
    }

    /// The E-I index with what chance gives (the shuffles' mean and central 95 %) and the reading of its permutation
    /// test.
    public static func eiSentence(_ ei: Double, _ test: EIPermutationTest, language: Language) -> String {
        let count = String(test.permutations), value = language.format(ei)
        let chance = [language.format(test.nullMean), language.format(test.nullLow), language.format(test.nullHigh)]
        let message: Message, p: Double
        switch test.reading {
        case .within(let value): (message, p) = (.eiWithin, value)
        case .across(let value): (message, p) = (.eiAcross, value)
        case .chance(let value): (message, p) = (.eiChance, value)
        }
        return language.text(message, value, chance[0], chance[1], chance[2], pValue(p, permutations: test.permutations, language: language), count)
    }

    /// A p-value of a permutation test: "p < 0,001" when no shuffle reached the observed value (p below one
    /// permutation's share, the resolution of the test), else "p = 0,012"; enough decimals to show one permutation's
    /// share.
    ///
    /// - Parameters:
    ///   - p: the share of shuffles at least as extreme as the observed value.
    ///   - permutations: the number of shuffles.
    ///   - language: the run's language (decimal comma in Spanish).
    /// - Returns: the p-value in words.
    public static func pValue(_ p: Double, permutations: Int, language: Language) -> String {
        let count = Double(max(permutations, 1))
        let decimals = max(3, Int(log10(count).rounded(.up)))
        return p < 1 / count
            ? language.text(.pBelow, language.format(1 / count, decimals: decimals))
            : language.text(.pEquals, language.format(p, decimals: decimals))
    }

    /// Structural holes, brokerage and fragmentation by actor, as a table.
    static func actorTable(_ analysis: NetworkAnalysis, order: [Int], language: Language) -> String {
        let holes = analysis.structuralHoles
        let brokerage = analysis.brokerage
        let removed = analysis.fragmentationIfRemoved
        var table = TextTable(headers: [language.text(.actor), language.text(.constraint), language.text(.effectiveSizeShort),
                                        language.text(.hierarchy), language.text(.gfBrokerage), language.text(.fWithoutActor)],
                              alignments: [.left, .right, .right, .right, .right, .right])
        for v in order {
            table.append([analysis.network.actors[v].name, language.format(holes.constraint[v]),
                          language.format(holes.effectiveSize[v]), language.format(holes.hierarchy[v]),
                          brokerage.map { String(Int($0.counts[v].total)) } ?? "—",
                          language.format(removed?[v])])
        }
        return language.text(.holesByActorTitle) + "\n" + table.rendered()
    }
}

/// Orders of nodes by a value, for "the top k" lists: descending, ties by position.
public enum Ranking {
    /// Node positions sorted by `values`, largest first; equal values keep their order.
    public static func descending(_ values: [Double]) -> [Int] {
        values.indices.sorted { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }
    }

    /// Node positions with a defined value, sorted by `values`, smallest first; equal values keep their order.
    public static func ascending(_ values: [Double?]) -> [Int] {
        values.indices.compactMap { values[$0] == nil ? nil : $0 }.sorted {
            let a = values[$0] ?? 0, b = values[$1] ?? 0
            return a < b || (a == b && $0 < $1)
        }
    }
}

extension Network {
    /// The display name of a bloc id (the id when the bloc is not declared).
    public func blocName(_ id: String) -> String { blocsInUse.first { $0.id == id }?.name ?? id }
}
