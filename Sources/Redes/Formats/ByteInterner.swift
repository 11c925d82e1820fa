/// Gives each distinct byte string (an id in a file) a dense index, without making a `String` per occurrence:
/// open addressing over FNV-1a hashes, comparing bytes in place. Used by the fast edge-list path, where a 500,000-line
/// file names 100,000 ids a million times.
struct ByteInterner {
    private var table: [Int32]
    private var mask: Int
    private(set) var starts: [Int] = []
    private(set) var lengths: [Int] = []
    private var hashes: [UInt64] = []

    init(expected: Int) {
        var capacity = 1024
        while capacity < expected * 2 { capacity <<= 1 }
        table = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
    }

    var count: Int { starts.count }

    /// The index of the bytes `base[start ..< start + length]`, adding them if new.
    mutating func intern(_ base: UnsafeBufferPointer<UInt8>, start: Int, length: Int) -> (index: Int, isNew: Bool) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in start..<(start + length) { hash = (hash ^ UInt64(base[i])) &* 0x0000_0100_0000_01b3 }
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let entry = table[slot]
            if entry < 0 { break }
            let e = Int(entry)
            if hashes[e] == hash && lengths[e] == length {
                let other = starts[e]
                var same = true
                for i in 0..<length where base[start + i] != base[other + i] { same = false; break }
                if same { return (e, false) }
            }
            slot = (slot + 1) & mask
        }
        let index = starts.count
        table[slot] = Int32(index)
        starts.append(start); lengths.append(length); hashes.append(hash)
        if starts.count * 2 > table.count { grow() }
        return (index, true)
    }

    private mutating func grow() {
        let capacity = table.count * 2
        table = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while table[slot] >= 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(index)
        }
    }
}
