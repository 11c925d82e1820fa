import Foundation

/// Progress of long computations on standard error, only when it is a terminal (never in pipes, files or CI logs).
enum Progress {
    static let isTerminal = isatty(STDERR_FILENO) == 1

    /// A reporter that rewrites one status line, or nil when standard error is not a terminal.
    static func onTerminal(_ label: String) -> (@Sendable (Double) -> Void)? {
        guard isTerminal else { return nil }
        return { fraction in
            // At 100 % the line is cleared, so that output written next to the terminal starts on a clean line.
            let text = fraction >= 1 ? "\r\u{1B}[K" : "\r\(label)… \(Int(fraction * 100))%"
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    /// Clears the status line.
    static func finish() {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
