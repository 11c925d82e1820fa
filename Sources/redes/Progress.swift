import Foundation

/// Progress of long computations on standard error, only when it is a terminal (never in pipes, files or CI logs).
enum Progress {
    static let isTerminal = isatty(STDERR_FILENO) == 1

    /// A reporter that rewrites one status line, or nil when standard error is not a terminal.
    static func onTerminal(_ label: String) -> (@Sendable (Double) -> Void)? {
        guard isTerminal else { return nil }
        return { fraction in
            FileHandle.standardError.write(Data("\r\(label)… \(Int(fraction * 100))%".utf8))
        }
    }

    /// Clears the status line.
    static func finish() {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
