import Dispatch
import Foundation

/// Runs `body` over `count` fixed chunks of `0..<n` on all cores.
///
/// The chunk boundaries depend only on `n` and `count`, never on the number of threads, so results reduced chunk by
/// chunk in chunk order are identical whatever the machine.
func forEachChunk(of n: Int, count: Int, _ body: @Sendable (_ chunk: Int, _ range: Range<Int>) -> Void) {
    let chunks = max(1, min(count, n))
    let size = (n + chunks - 1) / max(chunks, 1)
    if chunks == 1 {
        body(0, 0..<n)
        return
    }
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let lower = min(n, chunk * size), upper = min(n, lower + size)
        body(chunk, lower..<upper)
    }
}

/// A fixed-size buffer that parallel chunks write into at disjoint positions.
final class SharedBuffer<Element>: @unchecked Sendable {
    let pointer: UnsafeMutableBufferPointer<Element>

    init(repeating value: Element, count: Int) {
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: value)
    }

    deinit { pointer.deallocate() }

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
