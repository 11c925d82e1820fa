import Foundation
import Redes
import RedesGraphviz
import RedesPresentation

/// Options of the committee report.
public struct ReportOptions: Sendable {
    public var language: Language
    /// Scenarios to include (ids); nil for every scenario of the file.
    public var scenarios: [String]?
    public var title: String?
    /// The file name shown in the subtitle.
    public var sourceName: String
    public var seed: UInt64
    public var permutations: Int
    public var robustnessRuns: Int
    public var sensitivityRuns: Int
    public var sensitivityDropRate: Double
    public var suggestions: Int
    /// The actor attribute that groups actors (brokerage roles, E-I, mixing, bloc gaps).
    public var groupBy: String

    public init(language: Language = .es, scenarios: [String]? = nil, title: String? = nil, sourceName: String = "",
                seed: UInt64 = 1, permutations: Int = 1000, robustnessRuns: Int = 100, sensitivityRuns: Int = 100,
                sensitivityDropRate: Double = 0.1, suggestions: Int = 3, groupBy: String = "bloc") {
        self.language = language
        self.scenarios = scenarios
        self.title = title
        self.sourceName = sourceName
        self.seed = seed
        self.permutations = permutations
        self.robustnessRuns = robustnessRuns
        self.sensitivityRuns = sensitivityRuns
        self.sensitivityDropRate = sensitivityDropRate
        self.suggestions = suggestions
        self.groupBy = groupBy
    }
}

/// The committee report: one document whose first page decides — findings, every scenario side by side, what the
/// numbers support — followed by the sections that show each finding: the network at a glance, fragmentation, who
/// connects whom, redundancy and gaps, territories, each scenario on its own page with a diagram that keeps every actor
/// in its place, sensitivity, methods and evidence.
///
/// Every sentence is built from computed results through the message catalog; nothing about specific actors is
/// written in code. Everything is computed once (``ReportInputs``) and read by every section.
public enum CommitteeReport {
    /// The options of the analysis a report reads: every metric, key players of 2, the report's permutations, seed
    /// and grouping.
    public static func analysisOptions(_ options: ReportOptions) -> AnalysisOptions {
        AnalysisOptions(seed: options.seed, groupBy: options.groupBy, keyPlayers: 2, permutations: options.permutations)
    }

    /// Builds the report of `network`, analysing it with ``analysisOptions(_:)``.
    ///
    /// - Throws: ``ValidationIssue`` for an unknown scenario, ``GraphvizError`` when a diagram fails.
    public static func build(_ network: Network, options: ReportOptions = ReportOptions()) throws -> ReportDocument {
        try build(NetworkAnalysis(network, options: analysisOptions(options)), options: options)
    }

    /// Builds the report from an analysis: every figure is read from it (and from the analyses of its scenarios),
    /// never recomputed.
    ///
    /// - Parameters:
    ///   - analysis: the analysis of the network.
    ///   - options: language, scenarios, title and the runs of the random parts.
    /// - Returns: the document, ready for HTML or Markdown, with the time each part took.
    /// - Throws: ``ValidationIssue`` for an unknown scenario, ``GraphvizError`` when a diagram fails.
    public static func build(_ analysis: NetworkAnalysis, options: ReportOptions) throws -> ReportDocument {
        let lang = options.language
        var inputs = try ReportInputs(analysis, options: options)
        let context = ReportContext(inputs: inputs)
        var sections: [ReportDocument.Section] = []
        let builders: [(String, (ReportContext) throws -> [ReportDocument.Block])] = [
            ("summary", SummarySection.blocks), ("glance", GlanceSection.blocks),
            ("fragmentation", FragmentationSection.blocks), ("connect", ConnectSection.blocks),
            ("redundancy", RedundancySection.blocks), ("territories", TerritorySection.blocks),
            ("board", BoardSection.blocks), ("scenarios", ScenarioSection.blocks), ("roadmap", RoadmapSection.blocks), ("sensitivity", SensitivitySection.blocks),
            ("methods", MethodsSection.blocks),
        ]
        for (id, build) in builders where context.includes(id) {
            let clock = ContinuousClock()
            let start = clock.now
            let blocks = try build(context)
            let elapsed = (clock.now - start).components
            inputs.time(context.title(of: id), seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18)
            sections.append(.init(id: id, number: context.number(of: id), title: context.title(of: id), blocks: blocks))
        }
        let network = analysis.network
        return ReportDocument(language: lang.rawValue, title: options.title ?? network.name,
                              subtitle: lang.text(.reportSubtitle, redesVersion, options.sourceName.isEmpty ? network.name : options.sourceName),
                              footer: options.title ?? network.name, pageLabel: lang.text(.pageLabel),
                              contentsTitle: lang.text(.contentsTitle), sections: sections, timings: inputs.timings)
    }
}

/// What every section builder reads: the shared inputs and the words and numbers of the run's language.
struct ReportContext {
    let inputs: ReportInputs
    var lang: Language { inputs.options.language }
    var analysis: NetworkAnalysis { inputs.analysis }
    var network: Network { inputs.analysis.network }
    let names: [String]
    /// Actor names by id.
    let nameByID: [String: String]
    /// The sections of this report, in order (the territory section only when the network has territories).
    let sectionIDs: [String]

    init(inputs: ReportInputs) {
        self.inputs = inputs
        names = inputs.analysis.network.actors.map(\.name)
        nameByID = Dictionary(inputs.analysis.network.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var ids = ["summary", "glance", "fragmentation", "connect", "redundancy"]
        if !inputs.coverage.rows.isEmpty { ids.append("territories") }
        if !inputs.analysis.network.indicators.isEmpty { ids.append("board") }
        ids.append("scenarios")
        if inputs.roadmap != nil { ids.append("roadmap") }
        ids += ["sensitivity", "methods"]
        sectionIDs = ids
    }

    func includes(_ id: String) -> Bool { sectionIDs.contains(id) }

    /// The section's number (the summary has none).
    func number(of id: String) -> Int? {
        guard id != "summary", let index = sectionIDs.firstIndex(of: id) else { return nil }
        return index
    }

    func title(of id: String) -> String {
        switch id {
        case "summary": return lang.text(.summaryTitle)
        case "glance": return lang.text(.glanceTitle)
        case "fragmentation": return lang.text(.fragmentationTitle)
        case "connect": return lang.text(.connectTitle)
        case "redundancy": return lang.text(.redundancyTitle)
        case "territories": return lang.text(.territoriesTitle)
        case "board": return lang.text(.board(.sectionTitle))
        case "scenarios": return lang.text(.scenariosTitle)
        case "roadmap": return lang.text(.roadmapSectionTitle)
        case "sensitivity": return lang.text(.reportSensitivityTitle)
        default: return lang.text(.methodsTitle)
        }
    }

    /// "§ 2": where a finding is shown.
    func pointer(_ id: String) -> String { number(of: id).map { lang.text(.sectionPointer, String($0)) } ?? "" }

    /// A number in the run's language; "—" when undefined.
    func f(_ x: Double?, _ decimals: Int = 3) -> String { lang.format(x, decimals: decimals) }

    func blocName(_ id: String) -> String { network.blocName(id) }

    func actorName(_ id: String) -> String { nameByID[id] ?? id }

    /// Names in words, at most `limit` of them and then how many more ("a, b y 3 más"), so a list stays readable on a
    /// large network.
    func someOf(_ items: [String], limit: Int = 12, separator: String = ", ") -> String {
        items.count <= limit ? (separator == ", " ? lang.list(items) : items.joined(separator: separator))
            : lang.text(.andMore, items.prefix(limit - 1).joined(separator: separator), String(items.count - limit + 1))
    }

    /// A scenario's name in quotes.
    func quoted(_ scenario: Scenario) -> String { lang.text(.quoted, scenario.name) }

    /// A p-value of a permutation test: "p < 0,001" below one permutation's share, else "p = 0,012".
    func pValue(_ p: Double, permutations: Int) -> String { DiagnosisText.pValue(p, permutations: permutations, language: lang) }

    /// Gaps between blocs in words, grouped by the bloc they share: "Empresas ↔ Público, IES y Gremios; …".
    func gapNames(_ gaps: [RedundancyAnalysis.BlocPair]) -> String {
        var remaining = gaps.map { [$0.first, $0.second] }
        let order = network.blocsInUse.map(\.id)
        var groups: [String] = []
        while !remaining.isEmpty {
            // The bloc in most remaining pairs (the file's bloc order breaks ties).
            let counts = Dictionary(remaining.flatMap { $0 }.map { ($0, 1) }, uniquingKeysWith: +)
            let rank = { (id: String) in (counts[id] ?? 0, -(order.firstIndex(of: id) ?? order.count)) }
            let hub = counts.keys.max { rank($0) < rank($1) } ?? remaining[0][0]
            let partners = remaining.filter { $0.contains(hub) }.map { $0[0] == hub ? $0[1] : $0[0] }
            // A bloc cut off from every other bloc reads as such.
            let everyOther = partners.count >= 3 && partners.count == order.count - 1
            groups.append(blocName(hub) + " ↔ " + (everyOther ? lang.text(.allOtherBlocs, String(partners.count)) : lang.list(partners.map(blocName))))
            remaining.removeAll { $0.contains(hub) }
        }
        return groups.joined(separator: "; ")
    }

    /// The bloc every gap involves, when there are at least two gaps and one bloc is in all of them.
    func cutOffBloc(_ gaps: [RedundancyAnalysis.BlocPair]) -> String? {
        guard gaps.count >= 2 else { return nil }
        let shared = gaps.dropFirst().reduce(Set([gaps[0].first, gaps[0].second])) { $0.intersection([$1.first, $1.second]) }
        return network.blocsInUse.map(\.id).first(where: shared.contains)
    }
}
