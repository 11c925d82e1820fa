/// Formats a number for output: integers without a decimal point, other values in Swift's shortest round-trip
/// form, so output is exact and identical on every run.
public func formatNumber(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value > 0 ? "inf" : "-inf" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
}

/// Formats a number with a fixed number of decimals, for tables.
public func formatFixed(_ value: Double, decimals: Int) -> String {
    if value.isNaN { return "—" }
    if value.isInfinite { return value > 0 ? "∞" : "-∞" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (abs(value) * scale).rounded() / scale
    let integerPart = Int64(rounded)
    var fraction = Int64(((rounded - Double(integerPart)) * scale).rounded())
    var whole = integerPart
    if Double(fraction) >= scale { whole += 1; fraction = 0 }
    let sign = value < 0 && (whole != 0 || fraction != 0) ? "-" : ""
    guard decimals > 0 else { return sign + String(whole) }
    let fractionText = String(fraction)
    return sign + String(whole) + "." + String(repeating: "0", count: decimals - fractionText.count) + fractionText
}
