import Redes

/// The JSON shapes of the diagnosis sections of a ``NetworkAnalysis``.
enum DiagnosisJSON {
    static func row(_ row: BrokerageRow<Double>) -> JSONValue {
        .object(Dictionary(uniqueKeysWithValues: row.columns.map { ($0.key, JSONValue.real($0.value)) }))
    }

    static func row(_ row: BrokerageRow<Double?>) -> JSONValue {
        .object(Dictionary(uniqueKeysWithValues: row.columns.map { ($0.key, JSONValue.real($0.value)) }))
    }

    /// Network-level values merged into the `network` object.
    static func network(_ analysis: NetworkAnalysis) -> [String: JSONValue] {
        let redundancy = analysis.redundancy
        var object: [String: JSONValue] = [
            "fragmentation": .number(analysis.fragmentation.fragmentation),
            "distance_fragmentation": .number(analysis.fragmentation.distanceFragmentation),
            "single_channel_ties": .int(redundancy.singleChannelTies),
            "multiplex_ties": .int(redundancy.multiplexTies),
        ]
        if let cohesion = analysis.cohesion {
            object["ei_index"] = .real(cohesion.eiIndex)
            object["bloc_modularity"] = .number(cohesion.modularity)
        }
        return object
    }

    /// The per-actor sections of an analysis, read from it once (not once per actor).
    struct ActorSections: Sendable {
        let fragmentationIfRemoved: [Double]?
        let distanceFragmentationIfRemoved: [Double]?
        let holes: StructuralHoles
        let community: [Int]
        let brokerage: Brokerage?
        let actorEI: [Double?]?

        init(_ analysis: NetworkAnalysis) {
            fragmentationIfRemoved = analysis.fragmentationIfRemoved
            distanceFragmentationIfRemoved = analysis.distanceFragmentationIfRemoved
            holes = analysis.structuralHoles
            community = analysis.communities.communityOfNode
            brokerage = analysis.brokerage
            actorEI = analysis.cohesion?.actorEI
        }
    }

    /// Per-actor values merged into each actor object.
    static func actor(_ sections: ActorSections, _ v: Int, into object: inout [String: JSONValue]) {
        let holes = sections.holes
        object["fragmentation_if_removed"] = sections.fragmentationIfRemoved.map { .number($0[v]) } ?? .null
        object["constraint"] = .real(holes.constraint[v])
        object["effective_size"] = .real(holes.effectiveSize[v])
        object["efficiency"] = .real(holes.efficiency[v])
        object["hierarchy"] = .real(holes.hierarchy[v])
        object["community"] = .int(sections.community[v])
        if let df = sections.distanceFragmentationIfRemoved { object["distance_fragmentation_if_removed"] = .number(df[v]) }
        if let brokerage = sections.brokerage {
            // An actor left out of the groups (--missing-group exclude) is not assessed.
            let assessed = !brokerage.excludedActors.contains(v)
            object["brokerage"] = assessed ? row(brokerage.counts[v]) : .null
            object["brokerage_expected"] = assessed ? row(brokerage.expected[v]) : .null
            object["brokerage_z"] = assessed ? row(brokerage.z[v]) : .null
        }
        if let actorEI = sections.actorEI { object["ei_index"] = .real(actorEI[v]) }
    }

    /// Top-level sections: key players, brokerage totals, cohesion, communities, redundancy, notes.
    static func sections(_ analysis: NetworkAnalysis) -> [String: JSONValue] {
        let network = analysis.network
        let ids = network.actors.map(\.id)
        let options = analysis.options
        var sections: [String: JSONValue] = [:]
        func keyPlayers(_ search: KeyPlayerSearch?) -> JSONValue {
            guard let search else { return .null }
            var object: [String: JSONValue] = [
                "k": .int(search.size), "measure": .string(search.objective.rawValue),
                "set": .array(search.members.map { .string(ids[$0]) }), "score": .number(search.score),
                "set_names": .array(search.members.map { .string(network.actors[$0].name) }),
                "method": .string(Language.en.method(search.method)), "tied_sets": .int(search.tiedSets),
            ]
            switch search.method {
            case .greedySwap(let seed, _), .boundedGreedySwap(_, _, _, let seed, _): object["seed"] = .int(Int(seed))
            case .exhaustive: break
            }
            object["exact"] = .bool(search.method.isExhaustive)
            return .object(object)
        }
        sections["key_players"] = ["negative": keyPlayers(analysis.negativeKeyPlayers), "positive": keyPlayers(analysis.positiveKeyPlayers)]
        if let brokerage = analysis.brokerage {
            sections["brokerage"] = [
                "group_by": .string(options.groupBy), "groups": .array(brokerage.groups.map { .string($0) }),
                "raw": row(brokerage.totals), "expected": row(brokerage.expectedTotals), "z": row(brokerage.zTotals),
            ]
        }
        if let cohesion = analysis.cohesion {
            let labels = cohesion.partition.labels
            var object: [String: JSONValue] = [
                "group_by": .string(options.groupBy),
                "groups": .array(labels.map { .string($0) }),
                "group_sizes": .array(cohesion.partition.sizes.map { .int($0) }),
                "ei_index": .real(cohesion.eiIndex),
                "ei_rescaled": .real(cohesion.eiRescaled),
                "ei_range": cohesion.eiRange.map { ["min": .number($0.min), "max": .number($0.max)] } ?? .null,
                "ei_groups": .object(Dictionary(uniqueKeysWithValues: zip(labels, cohesion.groupEI.map(JSONValue.real)))),
                "mixing_ties": .array(cohesion.mixing.map { .array($0.map { .int($0) }) }),
                "mixing_density": .array(cohesion.mixingDensity.map { .array($0.map(JSONValue.real)) }),
                "modularity": .number(cohesion.modularity),
            ]
            if let test = analysis.eiPermutation {
                object["ei_permutation"] = ["permutations": .int(test.permutations), "seed": .int(Int(test.seed)),
                                            "p_at_least": .number(test.atLeast), "p_at_most": .number(test.atMost),
                                            "null_mean": .number(test.nullMean), "null_low": .number(test.nullLow),
                                            "null_high": .number(test.nullHigh)]
            }
            sections["cohesion"] = .object(object)
        }
        let communities = analysis.communities
        var communityObject: [String: JSONValue] = [
            "method": "louvain", "seed": .int(Int(options.seed)),
            "count": .int((communities.communityOfNode.max() ?? -1) + 1), "modularity": .number(communities.modularity),
        ]
        if let agreement = analysis.communityAgreement {
            communityObject["nmi_with_groups"] = .number(agreement.nmi)
            communityObject["ari_with_groups"] = .number(agreement.ari)
        }
        communityObject["agreement"] = .object(Dictionary(uniqueKeysWithValues: analysis.communityAgreementByAttribute.map {
            ($0.attribute, ["nmi": .number($0.nmi), "ari": .number($0.ari)] as JSONValue)
        }))
        sections["communities"] = .object(communityObject)
        let redundancy = analysis.redundancy
        let arrangementIDs = network.arrangements.map(\.id)
        sections["redundancy"] = [
            "overlapping_arrangements": .array(redundancy.overlaps.map { overlap in
                ["first": .string(arrangementIDs[overlap.first]), "second": .string(arrangementIDs[overlap.second]),
                 "jaccard": .number(overlap.jaccard), "shared": .array(overlap.shared.map { .string($0) })]
            }),
            "meeting_load": .array(redundancy.meetingLoad.filter { !$0.redundant.isEmpty }.map { load in
                ["id": .string(ids[load.actor]), "memberships": .int(load.memberships),
                 "redundant": .array(load.redundant.map { .string($0) })]
            }),
            "single_channel_ties": .int(redundancy.singleChannelTies),
            "multiplex_ties": .int(redundancy.multiplexTies),
            "bloc_pairs": .array(redundancy.blocPairs.map { pair in
                ["first": .string(pair.first), "second": .string(pair.second), "ties": .int(pair.ties),
                 "single_channel": .int(pair.singleChannel), "multiplex": .int(pair.multiplex),
                 "single_channel_share": pair.ties > 0 ? .number(Double(pair.singleChannel) / Double(pair.ties)) : .null,
                 "status": .string(pair.status.rawValue), "brokers": .array(pair.brokers.map { .string($0) })]
            }),
            "arrangement_dependency": .array(redundancy.dependencies.map { dependency in
                ["id": .string(arrangementIDs[dependency.arrangement]), "sole_channel_ties": .int(dependency.soleChannelTies),
                 "fragmentation_without": .number(dependency.fragmentationWithout),
                 "components_without": .int(dependency.componentsWithout)]
            }),
        ]
        sections["diagnosis_notes"] = .array(analysis.notes.map { .string(Language.en.text(.note($0))) })
        return sections
    }
}
