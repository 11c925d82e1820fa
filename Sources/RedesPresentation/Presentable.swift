import Redes

/// A result that can be shown in the three output formats of the analysis commands.
public protocol Presentable: Sendable {
    /// The JSON document (stable, sorted keys).
    func json() -> JSONValue
    /// A CSV table (RFC 4180).
    func csv() -> String
    /// The readable table, in one language.
    func table(language: Language) -> String
    /// The UTF-8 bytes of the result in `format`.
    func renderedBytes(_ format: OutputFormat, language: Language) -> [UInt8]
    /// Writes the result in `format` to `writer` (large JSON documents in pieces, never whole in memory).
    func write(_ format: OutputFormat, language: Language, to writer: OutputFile.Writer)
}

/// The output formats of the analysis commands.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, csv
}

extension Presentable {
    /// The text of the result in `format`.
    public func rendered(_ format: OutputFormat, language: Language) -> String {
        switch format {
        case .table: return table(language: language)
        case .json: return json().rendered()
        case .csv: return csv()
        }
    }

    /// The UTF-8 bytes of the result in `format` (JSON without an intermediate `String`: a 100,000-actor document
    /// is some 200 MB).
    public func renderedBytes(_ format: OutputFormat, language: Language) -> [UInt8] {
        format == .json ? json().renderedBytes() : Array(rendered(format, language: language).utf8)
    }

    /// Writes ``renderedBytes(_:language:)`` to `writer`.
    public func write(_ format: OutputFormat, language: Language, to writer: OutputFile.Writer) {
        writer.write(renderedBytes(format, language: language))
    }
}

extension AnalysisPresenter: Presentable {
    /// JSON is streamed (actors and ties one at a time): a 100,000-actor document never exists as one tree.
    public func renderedBytes(_ format: OutputFormat, language: Language) -> [UInt8] {
        format == .json ? jsonBytes() : Array(rendered(format, language: language).utf8)
    }

    /// JSON goes to `writer` in pieces of about 1 MB as it is made (a 100,000-actor document is some 200 MB).
    public func write(_ format: OutputFormat, language: Language, to writer: OutputFile.Writer) {
        guard format == .json else { return writer.write(renderedBytes(format, language: language)) }
        writeJSON { writer.write($0) }
    }
}
extension ScenarioPresenter: Presentable {}
extension RobustnessPresenter: Presentable {}
extension SuggestionPresenter: Presentable {}
extension SensitivityPresenter: Presentable {}
extension KeyPlayerPresenter: Presentable {}

extension OutputFormat: Vocabulary {
    /// `tabla` for the table.
    public var aliases: [String] { self == .table ? ["tabla"] : [] }
}
