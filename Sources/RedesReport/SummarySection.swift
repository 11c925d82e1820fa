import Redes
import RedesPresentation

/// The first page: what the numbers show in a few findings, every scenario of the file side by side, and the finding
/// the numbers support about the scenarios.
enum SummarySection {
    static func blocks(_ c: ReportContext) -> [ReportDocument.Block] {
        var blocks: [ReportDocument.Block] = [.findings(findings(c))]
        if !c.inputs.scenarios.isEmpty {
            blocks.append(.subheading(c.lang.text(.summaryScenariosTitle, String(c.inputs.scenarios.count))))
            blocks.append(.table(scenarioTable(c)))
            if let text = recommendation(c) {
                blocks.append(.callout(title: c.lang.text(.summaryRecommendationTitle), text: text))
            }
        }
        blocks.append(.key([GlossaryTerm.fragmentation, .distanceFragmentation, .eiIndex, .singleChannel, .blocGap]
            .map { c.glossary($0) }))
        return blocks
    }

    // MARK: Findings

    static func findings(_ c: ReportContext) -> [ReportDocument.Finding] {
        let lang = c.lang, analysis = c.analysis
        var findings: [ReportDocument.Finding] = []
        func add(_ text: String, _ section: String) { findings.append(.init(text: text, section: section, pointer: c.pointer(section))) }

        // 1. Who is cut off.
        let fragmentation = analysis.fragmentation
        let parts = ComponentWords.parts(c)
        if parts.count > 1 {
            let others = parts.dropFirst().map(\.words)
            add(lang.text(.findingSplit, String(parts.count), lang.list(others), String(parts[0].size),
                          c.f(fragmentation.fragmentation), lang.percent(fragmentation.fragmentation)), "fragmentation")
        } else {
            add(lang.text(.findingConnected, c.f(analysis.metrics.averageDistance, 1), c.f(fragmentation.distanceFragmentation)),
                "fragmentation")
        }
        // 2. Gaps between blocs.
        let gaps = analysis.redundancy.blocPairs.filter { $0.first != $0.second && $0.status == .gap }
        if let bloc = c.cutOffBloc(gaps) {
            let partners = gaps.map { $0.first == bloc ? $0.second : $0.first }
            add(lang.text(.findingGapsBloc, String(gaps.count), c.blocName(bloc), lang.list(partners.map(c.blocName))), "redundancy")
        } else if !gaps.isEmpty {
            add(lang.text(.findingGaps, String(gaps.count), c.gapNames(gaps)), "redundancy")
        } else {
            add(lang.text(.findingNoGaps), "redundancy")
        }
        // 3. Ties that rest on one channel.
        let redundancy = analysis.redundancy
        let linked = redundancy.singleChannelTies + redundancy.multiplexTies
        if linked > 0 {
            add(lang.text(.findingSingleChannel, lang.percent(Double(redundancy.singleChannelTies) / Double(linked)),
                          String(redundancy.singleChannelTies), String(linked)), "redundancy")
        }
        // 4. Within or across blocs, against chance.
        if let ei = analysis.cohesion?.eiIndex, let test = analysis.eiPermutation {
            let message: Message, p: Double
            switch test.reading {
            case .within(let value): (message, p) = (.findingEIWithin, value)
            case .across(let value): (message, p) = (.findingEIAcross, value)
            case .chance(let value): (message, p) = (.findingEIChance, value)
            }
            add(lang.text(message, c.f(ei, 2), c.f(test.nullMean, 2), c.pValue(p, permutations: test.permutations)), "connect")
        }
        // 5. Who connects.
        if let betweenness = analysis.metrics.betweenness {
            let top = Ranking.descending(betweenness).prefix(3).filter { betweenness[$0] > 0 }
            if let first = top.first {
                let cut = analysis.cutPoints.contains(first) ? lang.text(.findingBrokerIsCut) : ""
                add(lang.text(.findingBroker, c.names[first], c.f(betweenness[first], 2), lang.list(top.dropFirst().map { c.names[$0] }), cut),
                    "connect")
            }
        }
        return findings
    }

    // MARK: The scenarios side by side

    /// Every scenario (rows, the network as it is first) × what the committee weighs, sorted by effect (F, then DF,
    /// then gaps left open), the best value of each column marked.
    static func scenarioTable(_ c: ReportContext) -> ReportTable {
        let lang = c.lang, analysis = c.analysis
        let baseGaps = analysis.redundancy.blocPairs.filter { $0.first != $0.second && $0.status == .gap }
        let outcomes = sortedByEffect(c.inputs.scenarios)
        struct Row { let values: [Double?]; let name: String; let closed: String; let open: String }
        let figures: [Figure] = [.components, .fragmentation, .distanceFragmentation, .eiIndex, .singleChannelShare]
        var rows: [Row] = []
        rows.append(Row(values: [nil] + figures.map { analysis.value(of: $0) } + [nil], name: lang.text(.networkAsItIs),
                        closed: "—", open: baseGaps.isEmpty ? lang.text(.none) : c.gapNames(baseGaps)))
        for outcome in outcomes {
            let open = outcome.gapsAfter.filter { $0.first != $0.second }
            let closed = outcome.gapsClosed.filter { $0.first != $0.second }
            let openWords = open.isEmpty ? lang.text(.none)
                : (Set(open.map { [$0.first, $0.second] }) == Set(baseGaps.map { [$0.first, $0.second] })
                   ? lang.text(.allGapsAsNow, String(open.count)) : c.gapNames(open))
            rows.append(Row(values: [Double(outcome.involved.count)] + figures.map { outcome.value($0) } + [Double(closed.count)],
                            name: c.quoted(outcome.scenario), closed: closed.isEmpty ? "—" : c.gapNames(closed), open: openWords))
        }
        // Best per column, among the scenarios: fewest actors, components, F, DF and single-channel ties; most E-I
        // (ties between blocs) and most gaps closed. Not marked when every scenario has the same value.
        let higherIsBetter = [false, false, false, false, true, false, true]
        var best = [Double?](repeating: nil, count: higherIsBetter.count)
        for column in higherIsBetter.indices {
            let values = rows.dropFirst().compactMap { $0.values[column] }
            guard let low = values.min(), let high = values.max(), high - low > 1e-9 else { continue }
            best[column] = higherIsBetter[column] ? high : low
        }
        /// Whether a scenario row holds the best value of a column (the network as it is is not a candidate).
        func isBest(_ row: Int, _ column: Int) -> Bool {
            guard row > 0, let value = rows[row].values[column], let target = best[column] else { return false }
            return abs(value - target) < 1e-9
        }
        let decimals = [0, 0, 3, 3, 2]
        let tableRows: [[ReportTable.Cell]] = rows.indices.map { i in
            let row = rows[i]
            return [ReportTable.Cell(row.name)]
                + decimals.indices.map { ReportTable.Cell(c.f(row.values[$0], decimals[$0]), best: isBest(i, $0)) }
                + [ReportTable.Cell(row.values[5].map { lang.percent($0) } ?? "—", best: isBest(i, 5)),
                   ReportTable.Cell(row.closed, best: isBest(i, 6)), ReportTable.Cell(row.open)]
        }
        return ReportTable(headers: [lang.text(.scenario), lang.text(.actors), lang.text(.componentsShort), "F", "DF", "E-I",
                                     lang.text(.singleChannelShort), lang.text(.gapsClosed), lang.text(.gapsOpen)],
                           rows: tableRows, numeric: [false, true, true, true, true, true, true, false, false],
                           note: lang.text(.summaryTableNote), compact: true)
    }

    /// Scenarios from the largest effect to the smallest: lowest F after, then lowest DF, then fewest gaps left open.
    static func sortedByEffect(_ outcomes: [ScenarioOutcome]) -> [ScenarioOutcome] {
        outcomes.enumerated().sorted { a, b in
            let ka = (a.element.value(.fragmentation) ?? 1, a.element.value(.distanceFragmentation) ?? 1, a.element.gapsAfter.count, a.offset)
            let kb = (b.element.value(.fragmentation) ?? 1, b.element.value(.distanceFragmentation) ?? 1, b.element.gapsAfter.count, b.offset)
            return ka < kb
        }.map(\.element)
    }

    // MARK: What the numbers support

    /// The finding about the scenarios, from the numbers: what the largest scenario leaves as it is, and which
    /// scenarios close the gaps between blocs (and by linking whom); or, without gaps, which reduces fragmentation most.
    static func recommendation(_ c: ReportContext) -> String? {
        let lang = c.lang, analysis = c.analysis
        let outcomes = c.inputs.scenarios
        guard !outcomes.isEmpty else { return nil }
        let gaps = analysis.redundancy.blocPairs.filter { $0.first != $0.second && $0.status == .gap }
        let fBefore = analysis.fragmentation.fragmentation
        var sentences: [String] = []
        // The scenario that adds the most linked pairs.
        if let largest = outcomes.enumerated().max(by: { ($0.element.newPairs.count, -$0.offset) < ($1.element.newPairs.count, -$1.offset) })?.element,
           !largest.newPairs.isEmpty {
            let fAfter = largest.value(.fragmentation) ?? fBefore
            let components = Int(largest.value(.components) ?? 0)
            let open = largest.gapsAfter.filter { $0.first != $0.second }
            if abs(fAfter - fBefore) < 1e-9 && !gaps.isEmpty && open.count == gaps.count {
                let cutOff = c.cutOffBloc(gaps).map { lang.text(.recommendationCutOff, c.blocName($0)) } ?? ""
                sentences.append(lang.text(.recommendationLargestNoEffect, c.quoted(largest.scenario), String(largest.newPairs.count),
                                           String(largest.involved.count), c.f(fAfter), String(components), String(gaps.count), cutOff))
            } else {
                sentences.append(lang.text(.recommendationLargest, c.quoted(largest.scenario), String(largest.newPairs.count),
                                           String(largest.involved.count), c.f(fBefore), c.f(fAfter), String(open.count)))
            }
        }
        if !gaps.isEmpty {
            let closers = sortedByEffect(outcomes.filter { !$0.gapsClosed.filter { $0.first != $0.second }.isEmpty })
            if closers.isEmpty {
                if let best = sortedByEffect(outcomes).first {
                    sentences.append(lang.text(.recommendationNoCloser, c.quoted(best.scenario), c.f(analysis.fragmentation.distanceFragmentation),
                                               c.f(best.value(.distanceFragmentation))))
                }
            } else {
                let cutOff = c.cutOffBloc(gaps)
                let phrases = closers.map { outcome -> String in
                    if let cutOff {
                        let partners = linkedBlocs(of: cutOff, in: outcome, c)
                        return lang.text(.closerLinks, c.quoted(outcome.scenario), c.blocName(cutOff), lang.list(partners.map(c.blocName)))
                    }
                    return lang.text(.closerCloses, c.quoted(outcome.scenario), c.gapNames(outcome.gapsClosed))
                }
                let lowest = closers.compactMap { $0.value(.fragmentation) }.min() ?? fBefore
                sentences.append(lang.text(closers.count == 1 ? .recommendationOneCloser : .recommendationClosers,
                                           phrases.joined(separator: "; "), c.f(fBefore), c.f(lowest)))
            }
        } else if let best = sortedByEffect(outcomes).first {
            sentences.append(lang.text(.recommendationBest, c.quoted(best.scenario), c.f(fBefore), c.f(best.value(.fragmentation)),
                                       c.f(analysis.fragmentation.distanceFragmentation), c.f(best.value(.distanceFragmentation))))
        }
        return sentences.joined(separator: " ")
    }

    /// The blocs a scenario's new pairs link `bloc` with (in the file's bloc order).
    static func linkedBlocs(of bloc: String, in outcome: ScenarioOutcome, _ c: ReportContext) -> [String] {
        let blocOf = Dictionary(outcome.after.network.actors.map { ($0.id, $0.bloc ?? "") }, uniquingKeysWith: { a, _ in a })
        var partners = Set<String>()
        for pair in outcome.newPairs {
            let (a, b) = (blocOf[pair[0]] ?? "", blocOf[pair[1]] ?? "")
            if a == bloc && b != bloc { partners.insert(b) }
            if b == bloc && a != bloc { partners.insert(a) }
        }
        return c.network.blocsInUse.map(\.id).filter(partners.contains)
    }
}

/// The parts (components) of the network in words: the largest first, then each other part as "the 4 actors of
/// Empresas" when it is a whole bloc, or by its actors' names.
enum ComponentWords {
    struct Part {
        let size: Int
        let words: String
        let members: [Int]
    }

    static func parts(_ c: ReportContext) -> [Part] {
        let network = c.network
        return c.analysis.components.members.map { nodes in
            let blocs = Set(nodes.map { network.actors[$0].bloc })
            if nodes.count > 1, blocs.count == 1, let bloc = blocs.first ?? nil,
               network.actors.count(where: { $0.bloc == bloc }) == nodes.count {
                return Part(size: nodes.count, words: c.lang.text(.componentWholeBloc, String(nodes.count), c.blocName(bloc)), members: nodes)
            }
            let names = nodes.prefix(4).map { c.names[$0] }
            let words = nodes.count > 4 ? c.lang.text(.andMore, c.lang.list(names), String(nodes.count - 4)) : c.lang.list(names)
            return Part(size: nodes.count, words: words, members: nodes)
        }
    }
}
