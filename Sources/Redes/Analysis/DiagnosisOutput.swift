/// JSON and text renderings of ``NetworkDiagnosis`` for `redes analyze`.
extension NetworkDiagnosis {
    private static func number(_ x: Double?) -> JSONValue { x.map { $0.isFinite ? .number($0) : .null } ?? .null }

    /// Network-level values merged into the `network` object.
    public func networkJSON() -> [String: JSONValue] {
        var object: [String: JSONValue] = [
            "fragmentation": .number(fragmentation.fragmentation),
            "distance_fragmentation": .number(fragmentation.distanceFragmentation),
            "single_channel_ties": .int(redundancy.singleChannelTies),
            "multiplex_ties": .int(redundancy.multiplexTies),
        ]
        if let cohesion {
            object["ei_index"] = Self.number(cohesion.eiIndex)
            object["bloc_modularity"] = .number(cohesion.modularity)
        }
        return object
    }

    /// Per-actor values merged into each actor object.
    public func actorJSON(_ v: Int) -> [String: JSONValue] {
        var object: [String: JSONValue] = [
            "fragmentation_if_removed": fragmentationIfRemoved.isEmpty ? .null : .number(fragmentationIfRemoved[v]),
            "constraint": Self.number(structuralHoles.constraint[v]),
            "effective_size": Self.number(structuralHoles.effectiveSize[v]),
            "efficiency": Self.number(structuralHoles.efficiency[v]),
            "hierarchy": Self.number(structuralHoles.hierarchy[v]),
            "community": .int(communities.communityOfNode[v]),
        ]
        if let df = distanceFragmentationIfRemoved { object["distance_fragmentation_if_removed"] = .number(df[v]) }
        if let brokerage {
            func row(_ values: [Double?]) -> JSONValue {
                .object(Dictionary(uniqueKeysWithValues: zip(Brokerage.keys, values.map(Self.number))))
            }
            object["brokerage"] = row(brokerage.counts[v])
            object["brokerage_expected"] = row(brokerage.expected[v])
            object["brokerage_z"] = row(brokerage.z[v])
        }
        if let cohesion { object["ei_index"] = Self.number(cohesion.actorEI[v]) }
        return object
    }

    /// Top-level sections: key players, brokerage totals, cohesion, communities, redundancy, notes.
    public func sectionsJSON(ids: [String]) -> [String: JSONValue] {
        var sections: [String: JSONValue] = [:]
        func keyPlayers(_ search: KeyPlayerSearch?) -> JSONValue {
            guard let search else { return .null }
            var object: [String: JSONValue] = [
                "k": .int(search.members.count), "measure": .string(search.objective.rawValue),
                "set": .array(search.members.map { .string(ids[$0]) }), "score": .number(search.score),
                "method": .string(search.method.description),
            ]
            if case .greedySwap(let seed, _) = search.method { object["seed"] = .int(Int(seed)) }
            object["exact"] = .bool(search.method.isExhaustive)
            return .object(object)
        }
        sections["key_players"] = ["negative": keyPlayers(negativeKeyPlayers), "positive": keyPlayers(positiveKeyPlayers)]
        if let brokerage {
            func row(_ values: [Double?]) -> JSONValue {
                .object(Dictionary(uniqueKeysWithValues: zip(Brokerage.keys, values.map(Self.number))))
            }
            sections["brokerage"] = [
                "group_by": .string(options.groupBy), "groups": .array(brokerage.groups.map { .string($0) }),
                "raw": row(brokerage.totals), "expected": row(brokerage.expectedTotals), "z": row(brokerage.zTotals),
            ]
        }
        if let cohesion {
            let labels = cohesion.partition.labels
            var object: [String: JSONValue] = [
                "group_by": .string(options.groupBy),
                "groups": .array(labels.map { .string($0) }),
                "group_sizes": .array(cohesion.partition.sizes.map { .int($0) }),
                "ei_index": Self.number(cohesion.eiIndex),
                "ei_rescaled": Self.number(cohesion.eiRescaled),
                "ei_range": cohesion.eiRange.map { ["min": .number($0.min), "max": .number($0.max)] } ?? .null,
                "ei_groups": .object(Dictionary(uniqueKeysWithValues: zip(labels, cohesion.groupEI.map(Self.number)))),
                "mixing_ties": .array(cohesion.mixing.map { .array($0.map { .int($0) }) }),
                "mixing_density": .array(cohesion.mixingDensity.map { .array($0.map(Self.number)) }),
                "modularity": .number(cohesion.modularity),
            ]
            if let test = eiPermutation {
                object["ei_permutation"] = ["permutations": .int(options.permutations), "seed": .int(Int(options.seed)),
                                            "p_at_least": .number(test.atLeast), "p_at_most": .number(test.atMost)]
            }
            sections["cohesion"] = .object(object)
        }
        var communityObject: [String: JSONValue] = [
            "method": "louvain", "seed": .int(Int(options.seed)),
            "count": .int((communities.communityOfNode.max() ?? -1) + 1), "modularity": .number(communities.modularity),
        ]
        if let agreement = communityAgreement {
            communityObject["nmi_with_groups"] = .number(agreement.nmi)
            communityObject["ari_with_groups"] = .number(agreement.ari)
        }
        communityObject["agreement"] = .object(Dictionary(uniqueKeysWithValues: communityAgreementByAttribute.map {
            ($0.attribute, ["nmi": .number($0.nmi), "ari": .number($0.ari)] as JSONValue)
        }))
        sections["communities"] = .object(communityObject)
        let network = redundancy
        sections["redundancy"] = [
            "overlapping_arrangements": .array(network.overlaps.map { overlap in
                ["first": .string(arrangementID(overlap.first)), "second": .string(arrangementID(overlap.second)),
                 "jaccard": .number(overlap.jaccard), "shared": .array(overlap.shared.map { .string($0) })]
            }),
            "meeting_load": .array(network.meetingLoad.filter { !$0.redundant.isEmpty }.map { load in
                ["id": .string(ids[load.actor]), "memberships": .int(load.memberships),
                 "redundant": .array(load.redundant.map { .string($0) })]
            }),
            "single_channel_ties": .int(network.singleChannelTies),
            "multiplex_ties": .int(network.multiplexTies),
            "bloc_pairs": .array(network.blocPairs.map { pair in
                ["first": .string(pair.first), "second": .string(pair.second), "ties": .int(pair.ties),
                 "single_channel": .int(pair.singleChannel), "multiplex": .int(pair.multiplex),
                 "single_channel_share": pair.ties > 0 ? .number(Double(pair.singleChannel) / Double(pair.ties)) : .null,
                 "status": .string(pair.status.rawValue), "brokers": .array(pair.brokers.map { .string($0) })]
            }),
            "arrangement_dependency": .array(network.dependencies.map { dependency in
                ["id": .string(arrangementID(dependency.arrangement)), "sole_channel_ties": .int(dependency.soleChannelTies),
                 "fragmentation_without": .number(dependency.fragmentationWithout),
                 "components_without": .int(dependency.componentsWithout)]
            }),
        ]
        sections["diagnosis_notes"] = .array(notes.map { .string($0) })
        return sections
    }

    private func arrangementID(_ index: Int) -> String { arrangementIDs[index] }

    /// A few sentences a committee member understands, each with its numbers.
    public func plainDiagnosis(network: Network, metrics: NetworkMetrics?, language: Language) -> String {
        let names = network.actors.map(\.name)
        func f(_ x: Double) -> String { language.format(x) }
        var lines: [String] = []
        let components = Components(redundancy.graph)
        if components.count > 1 {
            lines.append(language.text(.fragmentationSummary, String(network.actors.count), String(components.count),
                                       f(fragmentation.fragmentation), f(fragmentation.distanceFragmentation)))
        } else {
            lines.append(language.text(.connectedSummary, String(network.actors.count), f(fragmentation.distanceFragmentation)))
        }
        if let betweenness = metrics?.betweenness {
            let top = betweenness.indices.sorted { betweenness[$0] > betweenness[$1] || (betweenness[$0] == betweenness[$1] && $0 < $1) }
                .prefix(3).filter { betweenness[$0] > 0 }
            if !top.isEmpty {
                lines.append(language.text(.centralActors, language.list(top.map { "\(names[$0]) (\(f(betweenness[$0])))" })))
            }
        }
        if let cuts = metrics?.articulationPoints {
            lines.append(cuts.isEmpty ? language.text(.noCutPoints)
                         : language.text(.cutPoints, language.list(cuts.map { "\(names[$0]) (F → \(f(fragmentationIfRemoved[$0])))" })))
        }
        if let negative = negativeKeyPlayers {
            lines.append(language.text(.keyPlayersNegative, String(negative.members.count),
                                       language.list(negative.members.map { names[$0] }),
                                       f(fragmentation.fragmentation), f(negative.score)))
        }
        if let positive = positiveKeyPlayers {
            lines.append(language.text(.keyPlayersPositive, String(positive.members.count),
                                       language.list(positive.members.map { names[$0] }), f(positive.score)))
        }
        if let brokerage {
            var roles: [String] = []
            for (k, role) in BrokerageRole.allCases.enumerated() {
                let best = brokerage.counts.indices.max { a, b in
                    brokerage.counts[a][k] < brokerage.counts[b][k] || (brokerage.counts[a][k] == brokerage.counts[b][k] && a > b)
                }
                if let best, brokerage.counts[best][k] > 0 {
                    roles.append("\(role.label(language)): \(names[best]) (\(Int(brokerage.counts[best][k])))")
                }
            }
            if !roles.isEmpty { lines.append(language.text(.brokersByRole, roles.joined(separator: "; "))) }
        }
        let ties = redundancy.singleChannelTies + redundancy.multiplexTies
        if ties > 0 {
            lines.append(language.text(.singleChannel, String(redundancy.singleChannelTies), String(ties),
                                       language.percent(Double(redundancy.singleChannelTies) / Double(ties))))
            let critical = redundancy.dependencies.filter { $0.soleChannelTies > 0 }
                .sorted { $0.soleChannelTies > $1.soleChannelTies || ($0.soleChannelTies == $1.soleChannelTies && $0.arrangement < $1.arrangement) }
                .prefix(3)
            if !critical.isEmpty {
                lines.append(language.text(.criticalArrangements, language.list(critical.map {
                    "\(network.arrangements[$0.arrangement].name) (\($0.soleChannelTies))"
                })))
            }
        }
        let blocNames = Dictionary(network.blocsInUse.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func bloc(_ id: String) -> String { blocNames[id] ?? id }
        for pair in redundancy.blocPairs where pair.first != pair.second {
            switch pair.status {
            case .gap: lines.append(language.text(.blocGap, bloc(pair.first), bloc(pair.second)))
            case .singleBroker:
                lines.append(language.text(.blocSingleBroker, bloc(pair.first), bloc(pair.second),
                                           pair.brokers.compactMap { id in network.actor(id)?.name }.joined()))
            case .singleActor:
                lines.append(language.text(.blocSingleActor, bloc(pair.first), bloc(pair.second),
                                           pair.brokers.compactMap { id in network.actor(id)?.name }.joined()))
            default: break
            }
        }
        if !redundancy.overlaps.isEmpty {
            lines.append(language.text(.overlappingArrangements, language.list(redundancy.overlaps.prefix(4).map {
                "\(network.arrangements[$0.first].name) ~ \(network.arrangements[$0.second].name) (\(language.percent($0.jaccard)))"
            })))
        }
        if let ei = cohesion?.eiIndex, let test = eiPermutation {
            let count = String(options.permutations)
            if test.atMost < 0.05 {
                lines.append(language.text(.eiWithin, f(ei), f(test.atMost), count))
            } else if test.atLeast < 0.05 {
                lines.append(language.text(.eiAcross, f(ei), f(test.atLeast), count))
            } else {
                lines.append(language.text(.eiChance, f(ei), f(min(test.atLeast, test.atMost)), count))
            }
        }
        if !communityAgreementByAttribute.isEmpty {
            let ranked = communityAgreementByAttribute.sorted { $0.nmi > $1.nmi }
            let words = ranked.map { "\(language.attributeName($0.attribute)) (NMI \(f($0.nmi)))" }
            lines.append(language.text(.communities, String((communities.communityOfNode.max() ?? -1) + 1),
                                       f(communities.modularity), language.list(words)))
        }
        var out = language.text(.diagnosisTitle) + "\n"
        for line in lines { out += "  • " + line + "\n" }
        for note in notes { out += "  (\(note))\n" }
        return out
    }

    /// Structural holes, brokerage and fragmentation by actor, as a table.
    public func actorTable(network: Network, order: [Int], language: Language) -> String {
        let es = language == .es
        var table = TextTable(headers: ["actor", es ? "restricción" : "constraint", es ? "tamaño efectivo" : "eff. size",
                                        es ? "jerarquía" : "hierarchy", es ? "intermediación G-F" : "G-F brokerage",
                                        es ? "F sin el actor" : "F without"],
                              alignments: [.left, .right, .right, .right, .right, .right])
        for v in order {
            func f(_ x: Double?) -> String { x.map { language.format($0) } ?? "—" }
            table.append([network.actors[v].name, f(structuralHoles.constraint[v]), f(structuralHoles.effectiveSize[v]),
                          f(structuralHoles.hierarchy[v]), brokerage.map { String(Int($0.counts[v][5])) } ?? "—",
                          f(fragmentationIfRemoved[v])])
        }
        return (es ? "Agujeros estructurales e intermediación por actor" : "Structural holes and brokerage by actor") + "\n"
            + table.rendered()
    }
}

extension KeyPlayerSearch.Method {
    /// Whether the set is a proven optimum.
    public var isExhaustive: Bool { if case .exhaustive = self { return true } else { return false } }
}

extension BrokerageRole {
    /// The role in words, in `language`.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.coordinator, .es): return "coordinador"
        case (.itinerant, .es): return "itinerante"
        case (.representative, .es): return "representante"
        case (.gatekeeper, .es): return "guardián"
        case (.liaison, .es): return "enlace"
        case (.coordinator, .en): return "coordinator"
        case (.itinerant, .en): return "itinerant"
        case (.representative, .en): return "representative"
        case (.gatekeeper, .en): return "gatekeeper"
        case (.liaison, .en): return "liaison"
        }
    }
}

extension Language {
    /// The name of an actor attribute in words.
    public func attributeName(_ attribute: String) -> String {
        switch (attribute, self) {
        case ("bloc", .es): return "bloque"
        case ("territory", .es): return "territorio"
        case ("sector", _): return "sector"
        case ("bloc", .en): return "bloc"
        case ("territory", .en): return "territory"
        default: return attribute
        }
    }

    /// A share as a percentage, e.g. "42 %" / "42%".
    public func percent(_ share: Double) -> String {
        let value = formatFixed(share * 100, decimals: 0)
        return self == .es ? value + " %" : value + "%"
    }
}
