import Redes
import RedesPresentation

/// Territories: who is where, which arrangements reach each territory, the priority territories and whether each
/// scenario reaches them, and territories the sources say have no EMTP.
enum TerritorySection {
    static func blocks(_ c: ReportContext) -> [ReportDocument.Block] {
        let lang = c.lang, network = c.network
        let rows = c.inputs.coverage.rows
        var blocks: [ReportDocument.Block] = []
        let priority = rows.map(\.territory).filter { $0.priority != nil }
        let topics = Array(Set(priority.compactMap { $0.priority?.topic })).sorted()
        blocks.append(.lead(priority.isEmpty ? lang.text(.territoryLeadNoPriority, String(rows.count))
            : lang.text(.territoryLead, String(rows.count), lang.list(priority.map(\.name)),
                        topics.isEmpty ? "" : lang.text(.territoryPriorityFor, lang.list(topics)))))
        for row in rows where row.territory.hasEMTP == false {
            let quote = row.territory.evidence?.quote.map { lang.text(.territorySourceSays, $0) } ?? ""
            blocks.append(.paragraph(lang.text(row.actors.isEmpty ? .territoryNoEMTPNoActors : .territoryNoEMTP, row.territory.name, quote)))
        }

        // Who is where, by bloc.
        let blocs = network.blocsInUse
        blocks.append(.subheading(lang.text(.territoryActorsTitle)))
        blocks.append(.table(ReportTable(
            headers: [lang.attributeName("territory")] + blocs.map(\.name) + [lang.text(.total)],
            rows: rows.map { row in
                let counts = blocs.map { bloc in row.actors.count { network.actors[$0].bloc == bloc.id } }
                let marks = [row.territory.priority != nil ? " ★" : "", row.territory.hasEMTP == false ? " ∅" : ""].joined()
                return [ReportTable.Cell(row.territory.name + marks)] + counts.map { ReportTable.Cell($0 == 0 ? "·" : String($0)) }
                    + [ReportTable.Cell(String(row.actors.count))]
            },
            numeric: [false] + blocs.map { _ in true } + [true], note: lang.text(.territoryTableNote), compact: true)))

        // Which arrangements reach each territory.
        blocks.append(.subheading(lang.text(.territoryArrangementsTitle)))
        blocks.append(.table(ReportTable(
            headers: [lang.attributeName("territory"), lang.text(.count), lang.text(.arrangementsWord)],
            text: rows.map { row in
                let names = row.arrangements.map { network.arrangements[$0].name }
                return [row.territory.name, String(names.count), names.isEmpty ? "—" : c.someOf(names, limit: 6, separator: "; ")]
            }, numeric: [false, true, false], widths: [22, 11, 67], compact: true)))

        // The priority territories and the scenarios.
        if !priority.isEmpty {
            let fewest = rows.filter { $0.territory.priority != nil }.min { $0.arrangements.count < $1.arrangements.count }
            if let fewest {
                let names = fewest.arrangements.map { network.arrangements[$0].name }
                blocks.append(.paragraph(lang.text(.territoryFewest, fewest.territory.name, String(names.count),
                                                   names.isEmpty ? "—" : lang.list(names))))
            }
            if !c.inputs.scenarios.isEmpty {
                blocks.append(.subheading(lang.text(.territoryScenariosTitle)))
                blocks.append(.table(ReportTable(
                    headers: [lang.text(.scenario)] + priority.map(\.name),
                    text: c.inputs.scenarios.map { outcome in
                        [c.quoted(outcome.scenario)] + priority.map { territory in
                            (outcome.reach[territory.id] ?? []).map(c.actorName).joined(separator: ", ").nonEmpty ?? "—"
                        }
                    }, numeric: [false] + priority.map { _ in false }, note: lang.text(.territoryScenariosNote), compact: true)))
                let unreached = priority.filter { territory in c.inputs.scenarios.allSatisfy { $0.reach[territory.id] == nil } }
                if !unreached.isEmpty {
                    blocks.append(.paragraph(lang.text(.territoryUnreached, lang.list(unreached.map(\.name)))))
                }
            }
        }
        return blocks
    }
}

extension String {
    /// The string, or nil when it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
