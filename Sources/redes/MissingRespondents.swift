import ArgumentParser
import Redes
import RedesPresentation

/// `redes sensitivity --missing-respondents`: the diagnosis re-run without the answers of survey respondents.
struct MissingRespondentOptions: ParsableArguments {
    @Flag(name: .customLong("missing-respondents"),
          help: "Instead of removing random ties, remove the answers of random subsets of survey respondents (a network written by `redes survey import`).")
    var enabled = false

    @Option(name: .customLong("missing-share"), help: "With --missing-respondents: the share of respondents whose answers each run removes (default: 0.2).")
    var share: Double?

    /// Runs the test when asked (`true`), after refusing the options it does not use; `false` when not asked.
    func run(input: InputOptions, dropRate: Double, runs: Int, seed: UInt64, out: OutputOptions) throws -> Bool {
        let lang = out.lang
        guard enabled else {
            if share != nil { throw fail(.needs(option: "--missing-share", other: "--missing-respondents"), in: lang) }
            return false
        }
        try check(share, "--missing-share", .share, in: lang)
        if dropRate != 0.1 {
            throw fail(input.file, lang.text(.survey(.dropRateWithMissing)), fix: lang.text(.survey(.dropRateWithMissingFix)), in: lang)
        }
        let network = try input.load(in: lang)
        let analysis = MissingRespondentSensitivity(network, share: share ?? 0.2, runs: runs, seed: seed)
        guard !analysis.respondents.isEmpty else {
            throw fail(input.file, lang.text(.survey(.noReportedTies)), fix: lang.text(.survey(.noReportedTiesFix)), in: lang)
        }
        try out.emit(MissingRespondentPresenter(analysis, network: network))
        return true
    }
}
