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
        try write(Array(text.utf8), to: path)
    }

    public static func write(_ data: Data, to path: String) throws(WriteError) {
        try write(Array(data), to: path)
    }

    /// Writes `bytes` to `path` (atomically) or to standard output for `-`, without copying them.
    ///
    /// - Parameters:
    ///   - bytes: the content.
    ///   - path: the file, or `-`.
    /// - Throws: ``WriteError`` when the file cannot be created, written or renamed; nothing is left behind.
    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let writer = Writer(path: path)
        writer.write(bytes)
        try writer.commit()
    }

    /// A file written piece by piece, atomically: the bytes go to a temporary file beside the target (or straight to
    /// standard output for `-`), in chunks, so that a document of hundreds of megabytes never has to exist in memory
    /// whole. What stands in the way of writing (``failure(writing:)``) is found before anything is written. The
    /// temporary file is created at the first write (a long computation before it leaves nothing behind if it is
    /// interrupted), after the temporary files of killed writers of the same target are removed; ``commit()``
    /// renames it over the target; a writer dropped without committing removes it.
    public final class Writer {
        /// The target path (`-` for standard output).
        public let path: String
        private let temporary: String?
        /// The open file; -1 before the first write.
        private var descriptor: Int32 = -1
        private var failure: WriteFailure?
        private var committed = false

        /// A writer to `path` (or standard output for `-`); nothing is created yet.
        ///
        /// - Parameter path: the file to write, or `-`.
        public init(path: String) {
            self.path = path
            if path == "-" {
                temporary = nil
                descriptor = STDOUT_FILENO
            } else {
                let url = URL(fileURLWithPath: path)
                let name = ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
                temporary = url.deletingLastPathComponent().appendingPathComponent(name).path
                failure = OutputFile.failure(writing: path)
            }
        }

        /// Opens the temporary file, once; a failure is kept for ``commit()``.
        private func open() {
            guard descriptor < 0, failure == nil, let temporary else { return }
            OutputFile.removeStaleTemporaries(of: URL(fileURLWithPath: path))
            descriptor = Foundation.open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            if descriptor < 0 { failure = OutputFile.failure(errno: errno) }
        }

        /// Appends `bytes` (any size; written at once, in the order given). A failure is kept and reported by
        /// ``commit()``; later writes are then skipped.
        ///
        /// - Parameter bytes: the next bytes of the document.
        public func write<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
            open()
            guard failure == nil, !bytes.isEmpty else { return }
            let done: Bool? = bytes.withContiguousStorageIfAvailable { buffer in writeAll(buffer) }
            if done == nil { _ = Array(bytes).withUnsafeBufferPointer { writeAll($0) } }
        }

        private func writeAll(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = OutputFile.failure(errno: errno)
                    return false
                }
                offset += written
            }
            return true
        }

        /// Closes the file and renames it over the target.
        ///
        /// - Throws: ``WriteError`` when the target cannot be written, a write failed or the file could not be closed
        ///   or renamed; the temporary file is then removed and the target left as it was.
        public func commit() throws(WriteError) {
            open()  // an empty document is still a file
            committed = true
            guard let temporary else {
                if let failure { throw WriteError(path: path, failure: failure) }
                return
            }
            if descriptor >= 0, close(descriptor) != 0, failure == nil { failure = OutputFile.failure(errno: errno) }
            let opened = descriptor >= 0
            descriptor = -1
            if failure == nil, rename(temporary, path) != 0 { failure = OutputFile.failure(errno: errno) }
            if let failure {
                if opened { unlink(temporary) }
                throw WriteError(path: path, failure: failure)
            }
        }

        deinit {
            guard let temporary, !committed, descriptor >= 0 else { return }
            close(descriptor)
            unlink(temporary)
        }
    }

    /// The failure an `errno` means.
    static func failure(errno code: Int32) -> WriteFailure {
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
