import ArgumentParser
import Redes
import RedesPresentation

/// `--exact` for the commands whose work is bounded above a cost, and what they say on standard error about it.
struct CostOptions: ParsableArguments {
    @Flag(help: "Run the full method (exact, exhaustive) whatever it costs; its estimated time is printed first.")
    var exact = false

    /// The steps a command may take before it bounds its method: unlimited with `--exact`.
    func budget(_ standard: Double = CostEstimate.defaultBudget) -> Double { exact ? .infinity : standard }

    /// Full methods estimated to take longer than this are announced.
    static let announcedSeconds = 30.0

    /// Before the work: with `--exact`, warns when the full method takes long.
    func announce(_ estimate: CostEstimate, in language: Language) {
        guard exact, estimate.fullSeconds > CostOptions.announcedSeconds else { return }
        printError(language.text(.costExactWarning, language.duration(estimate.fullSeconds)))
    }

    /// Before the work: when the method was bounded, says what the full one would cost and what runs instead.
    func note(_ estimate: CostEstimate, method: String, in language: Language) {
        guard estimate.isBounded else { return }
        printError(language.text(.costBoundedNote, language.duration(estimate.fullSeconds), method))
    }
}
