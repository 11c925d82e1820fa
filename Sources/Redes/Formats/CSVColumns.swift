import Foundation

/// The columns an edge list names in its header, with the Spanish headers people write (`origen`, `destino`, `peso`,
/// `tipo`); any case, with or without accents. Other columns become tie attributes.
public enum EdgeListColumn: String, Sendable, Vocabulary {
    case source, target, weight, kind, status, reason

    public var aliases: [String] {
        switch self {
        case .source: return ["origen"]
        case .target: return ["destino"]
        case .weight: return ["peso"]
        case .kind: return ["tipo"]
        case .status: return ["respaldo", "estado"]
        case .reason: return ["razón", "motivo"]
        }
    }
}

/// The columns a node list names in its header, with the Spanish headers people write (`nombre`, `bloque`,
/// `territorio`); any case, with or without accents. Other columns become actor attributes.
public enum NodeListColumn: String, Sendable, Vocabulary {
    case id, name, label
    case fullName = "full_name"
    case bloc, sector, territories, territory

    public var aliases: [String] {
        switch self {
        case .id: return []
        case .name: return ["nombre"]
        case .label: return ["etiqueta"]
        case .fullName: return ["nombre completo"]
        case .bloc: return ["bloque"]
        case .sector: return []
        case .territories: return ["territorios"]
        case .territory: return ["territorio"]
        }
    }
}

/// How the fields of a CSV file are written: the separator, and whether numbers use the decimal comma.
///
/// Files separated by `;` are what spreadsheets write where the comma is the decimal separator (Excel in Spanish,
/// among others): in them, and only in them, `1,5` reads as 1.5 — a `,` there can never split a field.
public struct CSVDialect: Sendable, Hashable {
    /// The field separator (a byte: `,`, `;`, tab…).
    public var delimiter: UInt8

    public init(delimiter: UInt8) { self.delimiter = delimiter }

    /// Whether numbers are read with a decimal comma: in `;`-separated files.
    public var decimalComma: Bool { delimiter == UInt8(ascii: ";") }

    /// A number as written in this dialect: `1.5` always, and `1,5` (one comma, no point) in `;`-separated files.
    ///
    /// - Parameter text: the field.
    /// - Returns: the number, or nil when the field is not one.
    public func number(_ text: String) -> Double? {
        if decimalComma, !text.contains("."), text.count { $0 == "," } == 1 {
            return Double(text.replacingOccurrences(of: ",", with: "."))
        }
        return Double(text)
    }

    /// The separator of a header line that does not contain a comma: `;` or a tab when the line holds one and no
    /// comma, else nil (the comma, or a one-column header, stays as it is).
    ///
    /// - Parameter header: the bytes of the file's first line (or the whole file).
    /// - Returns: `;` or tab, or nil.
    public static func separator(ofHeader header: some Collection<UInt8>) -> UInt8? {
        let line = header.prefix { $0 != UInt8(ascii: "\n") }
        guard !line.contains(UInt8(ascii: ",")) else { return nil }
        for candidate in [UInt8(ascii: ";"), 0x09] where line.contains(candidate) { return candidate }
        return nil
    }
}
