import CGraphviz
import Foundation

/// The Graphviz C library (cgraph + gvc) linked into Redes.
///
/// Graphviz is not thread-safe, so Redes keeps one process-wide context and serialises every call into the
/// library behind one lock (see `shared/notes/graphviz.md`). Every use goes through ``withContext(_:)``.
/// Errors Graphviz reports are captured (not printed) and returned as ``GraphvizError``s.
public final class Graphviz: @unchecked Sendable {
    /// The process-wide Graphviz context.
    public static let shared = Graphviz()

    private let lock = NSLock()
    private let context: OpaquePointer

    private init() {
        // gvContext() loads the installed plugins (layouts and renderers); it lives for the whole process.
        guard let context = gvContext() else { fatalError("Graphviz: gvContext() returned NULL (out of memory)") }
        self.context = context
        _ = agseterrf(captureGraphvizMessage)
        // Only errors reach the handler; warnings (a missing optional plugin, say) are not failures.
        _ = agseterr(AGERR)
    }

    /// Runs `body` with the Graphviz context while holding the library lock. Messages Graphviz reports during `body`
    /// are collected; read them with ``takeMessages()`` inside `body`.
    public func withContext<T>(_ body: (OpaquePointer) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        capturedMessages.removeAll()
        _ = agreseterrors()
        return try body(context)
    }

    /// The messages Graphviz reported since the lock was taken, joined; call only inside ``withContext(_:)``.
    func takeMessages() -> String {
        defer { capturedMessages.removeAll() }
        return capturedMessages.joined(separator: " ").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The version of the linked Graphviz library, as the library reports it (e.g. `2.43.0`).
    public var version: String {
        withContext { context in gvcVersion(context).map { String(cString: $0) } ?? "unknown" }
    }

    /// The build date the library reports.
    public var buildDate: String {
        withContext { context in gvcBuildDate(context).map { String(cString: $0) } ?? "unknown" }
    }

    /// The names of the installed plugins of a kind, sorted and without duplicates: `layout` (dot, neato, fdp,
    /// sfdp, circo, twopi, …) or `device` (svg, png, pdf, …).
    public func plugins(ofKind kind: String) -> [String] {
        withContext { context in
            var count: Int32 = 0
            guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
            var names: [String] = []
            for i in 0..<Int(count) {
                if let name = list[i] {
                    names.append(String(cString: name))
                    free(name)
                }
            }
            free(list)
            return Array(Set(names.map { $0.split(separator: ":").first.map(String.init) ?? $0 })).sorted()
        }
    }

    /// The layout engines available (`dot`, `neato`, …).
    public var layouts: [String] { plugins(ofKind: "layout") }

    /// The output formats available (`svg`, `png`, `pdf`, `dot`, …).
    public var outputFormats: [String] { plugins(ofKind: "device") }
}

/// Messages Graphviz reported while the lock was held; only touched under ``Graphviz``'s lock.
nonisolated(unsafe) private var capturedMessages: [String] = []

/// Graphviz's error callback: keep the message instead of printing it.
private let captureGraphvizMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { message in
    if let message { capturedMessages.append(String(cString: message)) }
    return 0
}
