import ArgumentParser
import Foundation
import Redes
import RedesPresentation

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What changed between two mappings of a network: actors, links, ties, arrangements, evidence, figures and the actors that move most.",
        discussion: """
            The two mappings are two files (any formats Redes reads), a file and one of its scenarios (--scenario), \
            or one file on two dates (--at, the network as it stands then). Links are the linked pairs of the actor \
            graph: gained, lost and kept, by channel kind and by pair of groups; Jaccard and Hamming are computed on \
            the actors present in both (Snijders et al. 2010 advise a Jaccard of 0.3 or more between waves). Direct \
            ties are matched on their ends and kind. JSON holds every section; CSV one row per actor.

            Examples:
              redes compare red.yaml --scenario comite-regional-tp --lang en
              redes compare red.yaml --at 2025 --at 2027 --format json
              redes compare edges.csv red.yaml --nodes nodes.csv --format csv
              redes compare red-2025.csv red-2026.csv --nodes-b nodos-2026.csv
            """
    )

    @OptionGroup var source: NetworkFileOptions

    @Argument(help: "The second mapping (any format Redes reads); without it, --scenario or two --at dates.")
    var second: String?

    @Option(name: .customLong("nodes-b"), help: "For a second file that is a CSV edge list: its node list.")
    var nodesB: String?

    @Option(help: "Compare the file with this scenario of it applied.")
    var scenario: String?

    @Option(help: "A date (2026, 2026-06, 2026-06-15): once for both mappings, or twice (the first mapping's, then the second's).")
    var at: [String] = []

    @OptionGroup var grouping: GroupingOption

    @Flag(help: "Read weights as tie strengths.")
    var weighted = false

    @Option(help: "How many actors, ties and arrangements the table names in each list, and movers per measure.")
    var top = 5

    @OptionGroup var out: OutputOptions

    func validate() throws {
        let lang = out.lang
        try check(top, "--top", .positive, in: lang)
        if at.count > 2 { throw fail(.tooMany(option: "--at", count: at.count, most: 2), in: lang) }
        if nodesB != nil && second == nil { throw fail(.needs(option: "--nodes-b", other: "B"), in: lang) }
        if second != nil && scenario != nil { throw fail(.conflicts(option: "--scenario", other: "B"), in: lang) }
        if second == nil && scenario == nil && at.count < 2 { throw fail(.nothingToCompare, in: lang) }
        for text in at { _ = try DateOption.date(text, in: lang) }
    }

    func run() throws {
        let lang = out.lang
        let dates = try at.map { try DateOption.date($0, in: lang) }
        let fileA = source.file
        let name = { (path: String) in URL(fileURLWithPath: path).lastPathComponent }
        // The first mapping, and the second: another file, a scenario of the first, or the first on another date.
        var first = try source.load(in: lang)
        var second: Network
        var labels = (first: name(fileA), second: name(fileA))
        if let path = self.second {
            var other = source
            other.file = path
            other.nodes = nodesB
            second = try other.load(in: lang)
            labels.second = name(path)
        } else if let scenario {
            second = try source.load(scenario: scenario, in: lang)
            labels.second = lang.text(.sideScenario, name(fileA), first.scenario(scenario)?.name ?? scenario)
        } else {
            second = first
        }
        if let date = dates.first {
            first = try DateOption.network(first, at: date, file: fileA, in: lang)
            labels.first = lang.text(.sideAt, labels.first, date.description)
            let later = dates.count > 1 ? dates[1] : date
            second = try DateOption.network(second, at: later, file: self.second ?? fileA, in: lang)
            labels.second = lang.text(.sideAt, labels.second, later.description)
        }
        if first.isDirected != second.isDirected {
            let (directed, undirected) = first.isDirected ? (labels.first, labels.second) : (labels.second, labels.first)
            throw fail(.differentDirection(directed: directed, undirected: undirected), in: lang)
        }
        let groupBy: String
        if grouping.isGiven, let given = grouping.groupBy, let name = first.attribute(named: given) {
            groupBy = name
        } else {
            groupBy = try grouping.attribute(of: second, in: lang)
        }
        let comparison = NetworkComparison(first, second, weighted: weighted, groupBy: groupBy)
        try out.emit(ComparisonPresenter(comparison, first: labels.first, second: labels.second, top: top))
    }
}
