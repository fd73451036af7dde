/// Searches over a text's bytes that test eight of them at a time where they can: an ASCII byte
/// or a lead byte never occurs inside a multi-byte UTF-8 sequence, so such a byte found is a
/// scalar found.
extension UTF8Scan {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The offsets of the FF bytes of a sixteen-byte SIMD mask (as two words), counted from `i`,
    /// appended in order.
    @inline(__always)
    static func appendOffsets(of mask: SIMD2<UInt64>, at i: Int, to list: inout [Int]) {
        for half in 0..<2 {
            var m = mask[half]
            while m != 0 {
                let j = m.trailingZeroBitCount >> 3
                list.append(i + half * 8 + j)
                m &= ~(0xFF << UInt64(j * 8))
            }
        }
    }

    /// The first offset in `from..<end` holding the byte `c`, or `end`: the scalar found when `c`
    /// is ASCII or a lead byte.
    public static func firstByte(_ c: UInt8, in bytes: [UInt8], from: Int, end: Int) -> Int {
        bytes.withUnsafeBufferPointer { buf in
            let e = min(end, buf.count)
            var i = max(0, from)
            guard i < e, let base = UnsafeRawPointer(buf.baseAddress) else { return max(e, from) }
            let pattern = ones &* UInt64(c)
            while i + 8 <= e {
                let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ pattern
                // A zero byte in `word` is a byte equal to `c`.
                if (word &- ones) & ~word & highs != 0 { break }
                i += 8
            }
            while i < e && buf[i] != c { i += 1 }
            return i
        }
    }

    @inline(__always)
    public static func hasBytes(_ bytes: [UInt8], _ needle: [UInt8], at offset: Int) -> Bool {
        if offset < 0 || offset + needle.count > bytes.count { return false }
        var k = 0
        while k < needle.count {
            if bytes[offset + k] != needle[k] { return false }
            k += 1
        }
        return true
    }

    /// The first scalar start in `from..<end` whose lead byte satisfies `isCandidate` (or `end`),
    /// stepping scalar by scalar over unchecked memory: the inner loop of every scanner.
    @inline(__always)
    public static func firstLead(_ bytes: [UInt8], from: Int, end: Int, where isCandidate: (UInt8) -> Bool) -> Int {
        bytes.withUnsafeBufferPointer { buf in
            var i = from
            let e = min(end, buf.count)
            while i < e {
                let b = buf[i]
                if isCandidate(b) { return i }
                i += length(lead: b)
            }
            return max(i, from)
        }
    }

    /// The first offset in `from..<end` holding a byte below `limit` (at most 0x80: an ASCII
    /// control, space, digit or mark when 0x40), or `end`. Chinese text is almost all bytes of
    /// 0x80 and above, so the ASCII marks in it are found eight bytes at a time.
    public static func firstByte(below limit: UInt8, in bytes: [UInt8], from: Int, end: Int) -> Int {
        precondition(limit <= 0x80)
        return bytes.withUnsafeBufferPointer { buf in
            let e = min(end, buf.count)
            var i = max(0, from)
            guard i < e, let base = UnsafeRawPointer(buf.baseAddress) else { return max(e, from) }
            let below = ones &* UInt64(limit)
            while i + 8 <= e {
                let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // A byte below `limit` borrows into its high bit when its own high bit is clear.
                if (word &- below) & ~word & highs != 0 { break }
                i += 8
            }
            while i < e && buf[i] >= limit { i += 1 }
            return i
        }
    }
}
