import Foundation

/// Writes output files atomically: to a temporary file in the same directory (`.NAME.PID.tmp`), then renamed over the
/// target, so a failed run never leaves a half-written file or truncates an existing one. A writer killed outright
/// (`kill -9`) cannot remove its temporary file; the next write of the same file removes the temporary files of
/// writers that are no longer running. The path `-` means standard output.
public enum OutputFile {
    /// An output file that could not be written: where, and why.
    public struct WriteError: Error, Sendable, Hashable {
        public var path: String
        public var failure: WriteFailure

        public init(path: String, failure: WriteFailure) {
            self.path = path
            self.failure = failure
        }
    }

    /// Why an output file cannot be written.
    public enum WriteFailure: Sendable, Hashable {
        /// The folder the file would go in does not exist (it is named).
        case missingFolder(String)
        /// The path names a folder, not a file.
        case isDirectory
        /// The folder (or the file) does not allow writing.
        case notWritable
        /// The disk (or the user's quota) is full.
        case diskFull
        /// Anything else, in the system's words.
        case system(String)
    }

    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Data(text.utf8), to: path)
    }

    public static func write(_ data: Data, to path: String) throws(WriteError) {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        if let failure = failure(writing: path) { throw WriteError(path: path, failure: failure) }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        removeStaleTemporaries(of: url)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        if let code = writeAll(data, to: temporary.path) {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: path, failure: failure(errno: code))
        }
        if rename(temporary.path, url.path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: path, failure: failure(errno: code))
        }
    }

    /// Writes `data` to a new file at `path`; the `errno` of the first failure, or nil.
    private static func writeAll(_ data: Data, to path: String) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return errno }
        var failure: Int32?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0 && failure == nil { failure = errno }
        return failure
    }

    /// The failure an `errno` means.
    private static func failure(errno code: Int32) -> WriteFailure {
        switch code {
        case EACCES, EPERM, EROFS: return .notWritable
        case EISDIR: return .isDirectory
        case ENOSPC, EDQUOT: return .diskFull
        default: return .system(String(cString: strerror(code)))
        }
    }

    /// What stands in the way of writing `path`, checked before writing: a missing folder, a folder in the file's
    /// place, or a folder (or file) without write permission; nil when nothing does.
    ///
    /// - Parameter path: the output file.
    /// - Returns: the failure, or nil.
    public static func failure(writing path: String) -> WriteFailure? {
        guard path != "-" else { return nil }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .missingFolder(folder)
        }
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return .isDirectory }
            if access(url.path, W_OK) != 0 { return .notWritable }
        }
        return access(folder, W_OK) != 0 ? .notWritable : nil
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
