import Foundation
import RedesPresentation

/// The file formats the report is written in, chosen by the output file's extension.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// One self-contained HTML file (`.html`, `.htm`).
    case html
    /// Markdown with the SVG figures written beside it (`.md`, `.markdown`).
    case markdown = "md"

    /// Why an output file name cannot take the report.
    public enum Refusal: Error, Sendable, Hashable {
        /// `.pdf`: the report is HTML, printed to PDF by a browser.
        case pdf(path: String)
        /// Any other extension (or none).
        case unknown(extension: String)
    }

    /// The format an output file's extension names; `-` (standard output) is HTML.
    ///
    /// - Parameter fileName: the output path.
    /// - Throws: ``Refusal/pdf(path:)`` for `.pdf`, ``Refusal/unknown(extension:)`` for anything but `.html`, `.htm`,
    ///   `.md` and `.markdown`.
    public init(fileName: String) throws(Refusal) {
        if fileName == "-" { self = .html; return }
        let ext = URL(fileURLWithPath: fileName).pathExtension.lowercased()
        switch ext {
        case "html", "htm": self = .html
        case "md", "markdown": self = .markdown
        case "pdf": throw .pdf(path: fileName)
        default: throw .unknown(extension: ext.isEmpty ? fileName : "." + ext)
        }
    }
}

extension Language {
    /// A refused report file name as two lines, `error: what` and `fix: how` (for a PDF: how to print one).
    public func describe(_ refusal: ReportFormat.Refusal) -> String {
        let (message, fix): (String, String)
        switch refusal {
        case .pdf(let path):
            let html = URL(fileURLWithPath: path).deletingPathExtension().appendingPathExtension("html").lastPathComponent
            (message, fix) = (text(.reportPDFRefused), text(.reportPDFRefusedFix, html, URL(fileURLWithPath: path).lastPathComponent))
        case .unknown(let ext):
            (message, fix) = (text(.reportUnknownFormat, ext), text(.reportUnknownFormatFix))
        }
        return "\(text(.errorLabel)): \(message)\n  \(text(.fixLabel)): \(fix)"
    }
}
