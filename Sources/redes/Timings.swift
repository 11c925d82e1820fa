import Dispatch
import Redes
import RedesPresentation

/// `--verbose`: the time of each phase of a command and of each section of its analysis, printed on standard error.
struct Timings {
    private var phases: [(label: String, seconds: Double)] = []
    private let start = DispatchTime.now().uptimeNanoseconds
    private var mark = DispatchTime.now().uptimeNanoseconds

    /// Closes the phase that began at the previous mark, under `label`.
    mutating func lap(_ label: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        phases.append((label, Double(now - mark) / 1e9))
        mark = now
    }

    /// The phases so far with the analysis' sections in place of `analysisLabel`: the sections computed inside a phase
    /// are taken out of it and listed on their own; then the total.
    func lines(sections: [SectionTiming], computedIn analysisLabel: String, language: Language) -> [String] {
        let sectionTime = sections.reduce(0) { $0 + $1.seconds }
        var rows: [(String, Double)] = []
        for phase in phases {
            if phase.label == analysisLabel {
                rows += sections.map { (language.text(.timingSection($0.section)), $0.seconds) }
                rows.append((phase.label, max(0, phase.seconds - sectionTime)))
            } else {
                rows.append((phase.label, phase.seconds))
            }
        }
        rows.append((language.text(.total), Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        let width = rows.map(\.0.count).max() ?? 0
        return [language.text(.timingsTitle)] + rows.map { label, seconds in
            "  " + label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + language.format(seconds, decimals: 2)
        }
    }
}
