/// Waves in one file: actors, arrangements and ties may carry a `period: {start, end}`, and the network "as it stands"
/// on a date or during a period keeps what runs then.
extension Network {
    /// The network as it stands during `period`: the actors, arrangements and ties whose own period shares a day with
    /// it (an element without a period is always there; an open end reaches as far as it must).
    ///
    /// A tie is kept only when both its ends are; an arrangement keeps the members that are there (and its lead when
    /// the lead is), and one left with fewer than two members stays and links nobody, as after a scenario. Scenarios
    /// and the roadmap are left out: they describe changes to the file's network, not to one wave of it.
    ///
    /// - Parameter period: the span of time (dates as ``PeriodDate`` reads them; open ends allowed).
    /// - Returns: the network during that span.
    /// - Complexity: O(n + Σ_a k_a + t) for n actors, arrangements of k_a members and t ties.
    public func standing(during period: Period) -> Network {
        var result = self
        result.scenarios = []
        result.roadmap = []
        result.actors = actors.filter { $0.period?.overlaps(period) ?? true }
        let present = Set(result.actors.map(\.id))
        result.arrangements = arrangements.compactMap { arrangement in
            guard arrangement.period?.overlaps(period) ?? true else { return nil }
            var kept = arrangement
            kept.members = arrangement.members.filter(present.contains)
            if let lead = kept.lead, !present.contains(lead) { kept.lead = nil }
            return kept
        }
        result.ties = ties.filter { tie in
            (tie.period?.overlaps(period) ?? true) && present.contains(tie.source) && present.contains(tie.target)
        }
        return result
    }

    /// The network as it stands on `date` (the whole span the date names: a year, a month or a day).
    ///
    /// - Parameter date: the date, such as `2026-06`.
    /// - Returns: ``standing(during:)`` the span of `date`.
    public func standing(at date: PeriodDate) -> Network {
        standing(during: Period(start: date.description, end: date.description))
    }

    /// Whether some actor, arrangement or tie of the network carries a period (otherwise the network is the same on
    /// every date).
    public var hasPeriods: Bool {
        actors.contains { $0.period != nil } || arrangements.contains { $0.period != nil } || ties.contains { $0.period != nil }
    }
}

extension NetworkValidator {
    /// Dates that are not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and periods that end before they start, on actors,
    /// arrangements and ties.
    func periodIssues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let periods: [(Period?, ElementPath)] =
            network.actors.enumerated().map { ($1.period, ["actors", .index($0), "period"]) }
            + network.arrangements.enumerated().map { ($1.period, ["arrangements", .index($0), "period"]) }
            + network.ties.enumerated().map { ($1.period, ["ties", .index($0), "period"]) }
        for case let (period?, path) in periods {
            if let issue = NetworkValidator.periodIssue(period, at: path) { issues.append(issue) }
        }
        return issues
    }

    /// The first thing wrong with `period`: a start or end that is not a date, or an end before the start.
    static func periodIssue(_ period: Period, at path: ElementPath) -> ValidationIssue? {
        for (key, text) in [("start", period.start), ("end", period.end)] {
            if let text, PeriodDate(text) == nil {
                return ValidationIssue(path: path + [.key(key)], problem: .invalidDate(key: key, value: text))
            }
        }
        if let start = period.startDate, let end = period.endDate, end.lastDay.ordinal < start.firstDay.ordinal {
            return ValidationIssue(path: path + ["end"], problem: .periodEndsBeforeStart(start: start.description, end: end.description))
        }
        return nil
    }
}
