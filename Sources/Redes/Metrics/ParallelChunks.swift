import Dispatch

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
