import Foundation

/// Writes output files atomically: to a temporary file in the same directory (`.NAME.PID.tmp`), then renamed over the
/// target, so a failed run never leaves a half-written file or truncates an existing one. A writer killed outright
/// (`kill -9`) cannot remove its temporary file; the next write of the same file removes the temporary files of
/// writers that are no longer running. The path `-` means standard output.
public enum OutputFile {
    /// An output file that could not be written; `reason` is the system's explanation.
    public struct WriteError: Error, Sendable, Hashable {
        public var path: String
        public var reason: String
    }

    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Data(text.utf8), to: path)
    }

    public static func write(_ data: Data, to path: String) throws(WriteError) {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        removeStaleTemporaries(of: url)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: path, reason: (error as NSError).localizedDescription)
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: path, reason: reason)
        }
    }

    /// Removes `.NAME.PID.tmp` files beside `url` whose writer (process PID) is no longer running: what a writer
    /// killed during its write leaves behind. Files of running writers, and names that do not fit, are left alone.
    static func removeStaleTemporaries(of url: URL) {
        let directory = url.deletingLastPathComponent()
        let prefix = "." + url.lastPathComponent + "."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            guard let pid = Int32(name.dropFirst(prefix.count).dropLast(4)), pid > 0,
                  pid != ProcessInfo.processInfo.processIdentifier else { continue }
            // kill(pid, 0) sends nothing; it fails with ESRCH when no process has that id.
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
            }
        }
    }
}
