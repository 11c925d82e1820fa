import Foundation

/// Writes output files atomically: to a temporary file in the same directory, then renamed over the target, so a
/// failed run never leaves a half-written file or truncates an existing one. The path `-` means standard output.
public enum OutputFile {
    /// An output file that could not be written; `reason` is the system's explanation.
    public struct WriteError: Error, Sendable, Hashable {
        public var path: String
        public var reason: String
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
    /// whole. The temporary file is created at the first write (a long computation before it leaves nothing behind if
    /// it is interrupted); ``commit()`` renames it over the target; a writer dropped without committing removes it.
    public final class Writer {
        /// The target path (`-` for standard output).
        public let path: String
        private let temporary: String?
        /// The open file; -1 before the first write.
        private var descriptor: Int32 = -1
        private var failure: String?
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
            }
        }

        /// Opens the temporary file, once; a failure (a missing or read-only folder) is kept for ``commit()``.
        private func open() {
            guard descriptor < 0, failure == nil, let temporary else { return }
            descriptor = Foundation.open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            if descriptor < 0 { failure = String(cString: strerror(errno)) }
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
                    failure = String(cString: strerror(errno))
                    return false
                }
                offset += written
            }
            return true
        }

        /// Closes the file and renames it over the target.
        ///
        /// - Throws: ``WriteError`` when a write failed or the file could not be closed or renamed; the temporary
        ///   file is then removed and the target left as it was.
        public func commit() throws(WriteError) {
            open()  // an empty document is still a file
            committed = true
            guard let temporary else {
                if let failure { throw WriteError(path: path, reason: failure) }
                return
            }
            if descriptor >= 0, close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
            descriptor = -1
            if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
            if let failure {
                unlink(temporary)
                throw WriteError(path: path, reason: failure)
            }
        }

        deinit {
            guard let temporary, !committed, descriptor >= 0 else { return }
            close(descriptor)
            unlink(temporary)
        }
    }
}
