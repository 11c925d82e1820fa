import Dispatch
import Foundation

/// Runs `body` over `count` fixed chunks of `0..<n` on all cores.
///
/// The chunk boundaries depend only on `n` and `count`, never on the number of threads, so results reduced chunk by
/// chunk in chunk order are identical whatever the machine.
func forEachChunk(of n: Int, count: Int, _ body: @Sendable (_ chunk: Int, _ range: Range<Int>) -> Void) {
    let chunks = max(1, min(count, n))
    let size = (n + chunks - 1) / max(chunks, 1)
    @Sendable func run(_ chunk: Int) {
        let lower = min(n, chunk * size), upper = min(n, lower + size)
        body(chunk, lower..<upper)
    }
    let threads = Parallelism.threads
    if chunks == 1 || threads == 1 {
        for chunk in 0..<chunks { run(chunk) }
        return
    }
    if threads >= chunks {
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in run(chunk) }
        return
    }
    // Fewer threads than chunks: each thread takes the chunks t, t + threads, t + 2·threads, … (the chunk
    // boundaries, and so the results, stay the same).
    DispatchQueue.concurrentPerform(iterations: threads) { thread in
        for chunk in stride(from: thread, to: chunks, by: threads) { run(chunk) }
    }
}

/// How many threads the parallel metrics use: all cores by default; `REDES_THREADS=N` (N ≥ 1) in the environment, or
/// ``Parallelism/withThreads(_:_:)`` in code, sets the number. Results are identical whatever the number: chunk
/// boundaries and the order of the reduction do not depend on it.
public enum Parallelism {
    @TaskLocal static var override: Int?

    /// The number of threads in use.
    public static var threads: Int {
        if let override { return max(1, override) }
        if let value = ProcessInfo.processInfo.environment["REDES_THREADS"], let n = Int(value), n >= 1 { return n }
        return ProcessInfo.processInfo.activeProcessorCount
    }

    /// Runs `body` with the parallel metrics limited to `threads` threads (for tests and profiling).
    ///
    /// - Parameters:
    ///   - threads: the number of threads, at least 1.
    ///   - body: the work to run.
    /// - Returns: what `body` returns.
    /// - Throws: what `body` throws.
    public static func withThreads<T>(_ threads: Int, _ body: () throws -> T) rethrows -> T {
        try $override.withValue(threads, operation: body)
    }
}

/// A fixed-size buffer that parallel chunks write into at disjoint positions.
final class SharedBuffer<Element>: @unchecked Sendable {
    let pointer: UnsafeMutableBufferPointer<Element>

    init(repeating value: Element, count: Int) {
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: value)
    }

    deinit {
        // Release the elements (arrays hold references) before the memory (found by LeakSanitizer).
        _ = pointer.deinitialize()
        pointer.deallocate()
    }

    subscript(index: Int) -> Element {
        get { pointer[index] }
        set { pointer[index] = newValue }
    }

    var array: [Element] { Array(pointer) }
}

/// Counts finished units of a long computation across threads and reports the fraction done.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private var done = 0
    private var lastReported = -1
    private let report: @Sendable (Double) -> Void

    init(total: Int, report: @escaping @Sendable (Double) -> Void) {
        self.total = max(total, 1)
        self.report = report
    }

    /// Marks `units` more as done; reports at most once per percent.
    func advance(by units: Int = 1) {
        lock.lock()
        done += units
        let percent = done * 100 / total
        let shouldReport = percent != lastReported
        if shouldReport { lastReported = percent }
        lock.unlock()
        if shouldReport { report(Double(percent) / 100) }
    }
}
