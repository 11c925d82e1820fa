/// The consistency rules of a network, shared by every reader and by networks built in code.
struct NetworkValidator {
    let network: Network

    func issues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        checkTexts(into: &issues)
        let sourceIDs = checkUniqueIDs(network.sources.map(\.id), element: .source, section: "sources", into: &issues)
        let blocIDs = checkUniqueIDs(network.blocs.map(\.id), element: .bloc, section: "blocs", into: &issues)
        let actorIDs = checkUniqueIDs(network.actors.map(\.id), element: .actor, section: "actors", into: &issues)
        _ = checkUniqueIDs(network.territories.map(\.id), element: .territory, section: "territories", into: &issues)
        _ = checkUniqueIDs(network.arrangements.map(\.id), element: .arrangement, section: "arrangements", into: &issues)
        _ = checkUniqueIDs(network.scenarios.map(\.id), element: .scenario, section: "scenarios", into: &issues)

        func checkEvidence(_ evidence: Evidence?, at path: ElementPath) {
            if let issue = evidenceIssue(evidence, at: path, sourceIDs: sourceIDs) { issues.append(issue) }
            for (r, respondent) in (evidence?.respondents ?? []).enumerated() {
                checkActor(respondent, role: .respondent, at: path + ["respondents", .index(r)])
            }
        }
        func checkActor(_ id: String, role: ActorReference, at path: ElementPath) {
            if !actorIDs.contains(id) {
                issues.append(ValidationIssue(path: path, problem: .unknownActor(
                    id: id, role: role, suggestion: closestMatch(to: id, in: network.actors.map(\.id)))))
            }
        }
        func checkWeight(_ weight: Double, at path: ElementPath) {
            if !(weight > 0 && weight.isFinite) {
                issues.append(ValidationIssue(path: path, problem: .invalidWeight(formatNumber(weight))))
            }
        }

        /// With declared territories, every `territories` entry names one of them (by id or name).
        func checkTerritories(_ references: [String], at path: ElementPath) {
            guard !network.territories.isEmpty else { return }
            for (t, reference) in references.enumerated() where network.territory(reference) == nil {
                let names = network.territories.map(\.name) + network.territories.map(\.id)
                issues.append(ValidationIssue(path: path + ["territories", .index(t)],
                                              problem: .unknownTerritory(reference, suggestion: closestMatch(to: reference, in: names))))
            }
        }
        for (i, territory) in network.territories.enumerated() {
            let path: ElementPath = ["territories", .index(i)]
            if let point = territory.coordinates, !point.isValid {
                let latitudeBad = !(point.latitude.isFinite && abs(point.latitude) <= 90)
                let key = latitudeBad ? "lat" : "lon"
                issues.append(ValidationIssue(path: path + [.key(key)], problem: .invalidCoordinate(
                    key: key, value: formatNumber(latitudeBad ? point.latitude : point.longitude))))
            }
            checkEvidence(territory.priority?.evidence, at: path + ["priority", "evidence"])
            checkEvidence(territory.evidence, at: path + ["evidence"])
        }
        for (i, actor) in network.actors.enumerated() {
            let path: ElementPath = ["actors", .index(i)]
            checkTerritories(actor.territories, at: path)
            if let bloc = actor.bloc, !network.blocs.isEmpty, !blocIDs.contains(bloc) {
                issues.append(ValidationIssue(path: path + ["bloc"], problem: .unknownBloc(
                    id: bloc, declared: network.blocs.map(\.id), suggestion: closestMatch(to: bloc, in: network.blocs.map(\.id)))))
            }
            checkEvidence(actor.evidence, at: path + ["evidence"])
        }
        for (i, arrangement) in network.arrangements.enumerated() {
            let path: ElementPath = ["arrangements", .index(i)]
            if arrangement.members.count < 2 {
                issues.append(ValidationIssue(path: path + ["members"],
                                              problem: .tooFewMembers(arrangement: arrangement.id, count: arrangement.members.count)))
            }
            var seen = Set<String>()
            for (m, member) in arrangement.members.enumerated() {
                checkActor(member, role: .member(arrangement: arrangement.id), at: path + ["members", .index(m)])
                if !seen.insert(member).inserted {
                    issues.append(ValidationIssue(path: path + ["members", .index(m)],
                                                  problem: .repeatedMember(arrangement: arrangement.id, actor: member)))
                }
            }
            if let lead = arrangement.lead, !arrangement.members.contains(lead) {
                issues.append(ValidationIssue(path: path + ["lead"], problem: .leadNotMember(arrangement: arrangement.id, lead: lead)))
            }
            checkWeight(arrangement.weight, at: path + ["weight"])
            checkEvidence(arrangement.evidence, at: path + ["evidence"])
            checkTerritories(arrangement.territories, at: path)
        }
        var tieKeys = Set<TieKey>()
        for (i, tie) in network.ties.enumerated() {
            let path: ElementPath = ["ties", .index(i)]
            checkActor(tie.source, role: .tieEnd("source"), at: path + ["source"])
            checkActor(tie.target, role: .tieEnd("target"), at: path + ["target"])
            if tie.source == tie.target {
                issues.append(ValidationIssue(path: path + ["target"], problem: .selfLoop(actor: tie.source)))
            }
            if tie.directed == true && !network.isDirected {
                issues.append(ValidationIssue(path: path + ["directed"], problem: .directedTieInUndirectedNetwork(tie.key)))
            }
            checkWeight(tie.weight, at: path + ["weight"])
            if !tieKeys.insert(network.tieKey(tie)).inserted {
                issues.append(ValidationIssue(path: path, problem: .duplicateTie(tie.key)))
            }
            checkEvidence(tie.evidence, at: path + ["evidence"])
        }
        issues += indicatorIssues(actorIDs: actorIDs, sourceIDs: sourceIDs)
        issues += periodIssues()
        // Scenarios are checked on a sound base only, so a base problem is not reported again for each scenario.
        guard issues.isEmpty else { return issues }
        for (i, scenario) in network.scenarios.enumerated() {
            let path: ElementPath = ["scenarios", .index(i)]
            checkEvidence(scenario.evidence, at: path + ["evidence"])
            do {
                var base = network
                base.scenarios = []
                _ = try base.applying(scenario, at: path)
            } catch {
                issues.append(error)
            }
        }
        if issues.isEmpty { issues += roadmapIssues() }
        return issues
    }

    /// What `evidence` lacks for its status, or the source it cites that the network does not declare; nil when sound.
    func evidenceIssue(_ evidence: Evidence?, at path: ElementPath, sourceIDs: Set<String>) -> ValidationIssue? {
        guard let evidence else { return nil }
        if let missing = evidence.missingRequirement {
            return ValidationIssue(path: path, problem: .incompleteEvidence(missing))
        }
        if let source = evidence.source, !sourceIDs.contains(source) {
            return ValidationIssue(path: path + ["source"],
                                   problem: .unknownSource(id: source, suggestion: closestMatch(to: source, in: network.sources.map(\.id))))
        }
        return nil
    }

    // MARK: Issue 22 — texts every format can hold

    /// Reports every text (ids, names, kinds, attributes, evidence…) that holds a character no output format can
    /// hold (see ``InvisibleCharacters``).
    private func checkTexts(into issues: inout [ValidationIssue]) {
        func check(_ text: String?, _ path: ElementPath) {
            guard let text, let (_, scalar) = InvisibleCharacters.first(in: text) else { return }
            issues.append(ValidationIssue(path: path, problem: .controlCharacter(scalar: scalar, text: text)))
        }
        func check(_ attributes: [String: AttributeValue], _ path: ElementPath) {
            for key in attributes.keys.sorted() {
                check(key, path + [.key(key)])
                if case .string(let value)? = attributes[key] { check(value, path + [.key(key)]) }
            }
        }
        func check(_ evidence: Evidence?, _ path: ElementPath) {
            guard let evidence else { return }
            check(evidence.source, path + ["source"])
            check(evidence.quote, path + ["quote"])
            check(evidence.reason, path + ["reason"])
        }
        check(network.name, ["name"])
        check(network.description, ["description"])
        for (i, source) in network.sources.enumerated() {
            let path: ElementPath = ["sources", .index(i)]
            for (key, value) in [("id", source.id), ("title", source.title), ("author", source.author), ("date", source.date),
                                 ("file", source.file), ("url", source.url), ("note", source.note)] {
                check(value, path + [.key(key)])
            }
        }
        for (i, bloc) in network.blocs.enumerated() {
            for (key, value) in [("id", bloc.id), ("name", bloc.name), ("description", bloc.description)] {
                check(value, ["blocs", .index(i), .key(key)])
            }
        }
        for (i, actor) in network.actors.enumerated() {
            let path: ElementPath = ["actors", .index(i)]
            for (key, value) in [("id", actor.id), ("name", actor.name), ("full_name", actor.fullName), ("bloc", actor.bloc),
                                 ("sector", actor.sector)] {
                check(value, path + [.key(key)])
            }
            for (t, territory) in actor.territories.enumerated() { check(territory, path + ["territories", .index(t)]) }
            check(actor.attributes, path + ["attributes"])
            check(actor.evidence, path + ["evidence"])
        }
        for (i, arrangement) in network.arrangements.enumerated() {
            let path: ElementPath = ["arrangements", .index(i)]
            for (key, value) in [("id", arrangement.id), ("name", arrangement.name), ("description", arrangement.description)] {
                check(value, path + [.key(key)])
            }
            for (t, territory) in arrangement.territories.enumerated() { check(territory, path + ["territories", .index(t)]) }
            check(arrangement.evidence, path + ["evidence"])
        }
        for (i, tie) in network.ties.enumerated() {
            let path: ElementPath = ["ties", .index(i)]
            check(tie.kind, path + ["kind"])
            check(tie.description, path + ["description"])
            check(tie.attributes, path + ["attributes"])
            check(tie.evidence, path + ["evidence"])
        }
        for (i, territory) in network.territories.enumerated() {
            let path: ElementPath = ["territories", .index(i)]
            for (key, value) in [("id", territory.id), ("name", territory.name), ("province", territory.province),
                                 ("description", territory.description)] {
                check(value, path + [.key(key)])
            }
            check(territory.evidence, path + ["evidence"])
            check(territory.priority?.topic, path + ["priority", "topic"])
            check(territory.priority?.evidence, path + ["priority", "evidence"])
        }
        for (i, phase) in network.roadmap.enumerated() {
            let path: ElementPath = ["roadmap", .index(i)]
            for (key, value) in [("id", phase.id), ("name", phase.name), ("description", phase.description)] {
                check(value, path + [.key(key)])
            }
            check(phase.evidence, path + ["evidence"])
        }
        for (i, indicator) in network.indicators.enumerated() {
            let path: ElementPath = ["indicators", .index(i)]
            for (key, value) in [("id", indicator.id), ("name", indicator.name), ("name_en", indicator.nameEnglish),
                                 ("definition", indicator.definition), ("unit", indicator.unit),
                                 ("periodicity", indicator.periodicity), ("source_system", indicator.sourceSystem)] {
                check(value, path + [.key(key)])
            }
            for (d, item) in indicator.disaggregation.enumerated() { check(item, path + ["disaggregation", .index(d)]) }
            check(indicator.evidence, path + ["evidence"])
        }
        for (i, scenario) in network.scenarios.enumerated() {
            let path: ElementPath = ["scenarios", .index(i)]
            for (key, value) in [("id", scenario.id), ("name", scenario.name), ("description", scenario.description)] {
                check(value, path + [.key(key)])
            }
        }
    }

    /// Reports empty, untrimmed and repeated ids; returns the set of ids.
    func checkUniqueIDs(_ ids: [String], element: ElementKind, section: String,
                                into issues: inout [ValidationIssue]) -> Set<String> {
        var seen = Set<String>()
        for (i, id) in ids.enumerated() {
            let path: ElementPath = [.key(section), .index(i), "id"]
            if id.isEmpty {
                issues.append(ValidationIssue(path: path, problem: .emptyID(element: element)))
            } else if id.first?.isWhitespace == true || id.last?.isWhitespace == true {
                issues.append(ValidationIssue(path: path, problem: .untrimmedID(element: element, id: id)))
            }
            if !seen.insert(id).inserted {
                issues.append(ValidationIssue(path: path, problem: .duplicateID(element: element, id: id)))
            }
        }
        return seen
    }
}

