import ArgumentParser
import Redes
import RedesPresentation

/// `--at`: the network as it stands on a date (waves in one file). Shared by the commands that read one network
/// (``InputOptions``), `compare` and `waves`.
enum DateOption {
    /// The date `text` names (`2026`, `2026-06`, `2026-06-15`), or a printed error and exit status 1.
    static func date(_ text: String, option: String = "--at", in language: Language) throws -> PeriodDate {
        guard let date = PeriodDate(text) else { throw fail(.invalidDate(option: option, value: text), in: language) }
        return date
    }

    /// `network` as it stands on `date`, or a printed refusal when no element of the file has a period (the date
    /// would change nothing: it is refused rather than ignored).
    static func network(_ network: Network, at date: PeriodDate, file: String, option: String = "--at",
                        in language: Language) throws -> Network {
        guard network.hasPeriods else { throw fail(.noPeriods(option: option, file: file), in: language) }
        return network.standing(at: date)
    }
}
