import Redes

extension Language {
    /// A network figure's value as the tables show it: counts without decimals, the single-channel share as a
    /// percentage, every other figure with three decimals; "—" when undefined.
    ///
    /// - Parameters:
    ///   - figure: the figure.
    ///   - value: its value.
    /// - Returns: the number in this language.
    public func format(_ figure: Figure, _ value: Double?) -> String {
        figure == .singleChannelShare ? (value.map { percent($0) } ?? "—") : format(value, decimals: figure.isCount ? 0 : 3)
    }

    /// A change of a network figure, signed: "+3", "−0,012", "+5 %"; zero without a sign; "—" when undefined.
    ///
    /// - Parameters:
    ///   - figure: the figure.
    ///   - delta: after − before.
    /// - Returns: the signed change in this language.
    public func formatChange(_ figure: Figure, _ delta: Double?) -> String {
        guard let delta else { return "—" }
        if figure == .singleChannelShare { return (delta > 0 ? "+" : delta < 0 ? "−" : "") + percent(abs(delta)) }
        let decimals = figure.isCount ? 0 : 3
        return abs(delta) < 1e-12 ? format(0, decimals: decimals) : (delta > 0 ? "+" : "−") + format(abs(delta), decimals: decimals)
    }
}
