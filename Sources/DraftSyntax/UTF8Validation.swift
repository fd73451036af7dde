extension UTF8Scan {
    /// Whether `bytes` are well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF),
    /// checked in place: building a String to validate would copy the whole text.
    public static func isValid(_ bytes: [UInt8]) -> Bool { isValid(bytes, in: 0..<bytes.count) }

    /// Whether `range` of `bytes` is valid UTF-8 on its own; for a range that ends before a byte
    /// that continues no scalar, the same as whether the scalars starting in it are.
    /// Sixteen bytes at a time, each judged by the three before it (2.2× the speed of a scalar
    /// walk on Chinese text); the scalars at both ends are walked one by one.
    static func isValid(_ bytes: [UInt8], in range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { isValid($0, in: range) }
    }

    /// The same, in place: a text being read is validated as its parts come.
    static func isValid(_ buf: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Bool {
        let n = min(range.upperBound, buf.count)
        guard let base = UnsafeRawPointer(buf.baseAddress), range.lowerBound < n else { return true }
        // From a scalar boundary three bytes in, every block looks back at bytes already judged.
        guard let start = scalars(buf, from: range.lowerBound, until: range.lowerBound + 3, end: n) else { return false }
        var i = start
        var bad = Mask(repeating: false)
        while i + 16 <= n {
            // English text: a block that is ASCII, as are the bytes it looks back at, is right.
            if (base.loadUnaligned(fromByteOffset: i - 3, as: UInt64.self) | base.loadUnaligned(fromByteOffset: i + 5, as: UInt64.self)
                | base.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)) & 0x8080_8080_8080_8080 != 0 {
                bad = bad .| errors(base + i)
            }
            i += 16
        }
        guard unsafeBitCast(bad, to: SIMD2<UInt64>.self) == SIMD2(repeating: 0) else { return false }
        // The blocks hold whole scalars but the last, which may go on past them: from its lead.
        if i > start {
            i -= 1
            while i > start && buf[i] & 0xC0 == 0x80 { i -= 1 }
        }
        return scalars(buf, from: i, until: n, end: n) != nil
    }

    private typealias Mask = SIMDMask<SIMD16<Int8>>

    /// The bytes of the 16 at `p` that break UTF-8, judged with the three bytes before `p`:
    /// a continuation byte where no lead asks for one or a lead where one is owed, a byte that
    /// is never UTF-8, an overlong form, a surrogate or a value past U+10FFFF. Equality tests
    /// only: Swift's unsigned SIMD comparisons are not vectorised.
    @inline(__always)
    private static func errors(_ p: UnsafeRawPointer) -> Mask {
        let v0 = p.loadUnaligned(as: SIMD16<UInt8>.self)
        let v1 = p.loadUnaligned(fromByteOffset: -1, as: SIMD16<UInt8>.self)
        let v2 = p.loadUnaligned(fromByteOffset: -2, as: SIMD16<UInt8>.self)
        let v3 = p.loadUnaligned(fromByteOffset: -3, as: SIMD16<UInt8>.self)
        let continuation = eq(v0, 0x80, under: 0xC0)
        // A lead of two or more bytes one back, of three or four two back, of four three back.
        let owed = eq(v1, 0xC0, under: 0xC0) .| eq(v2, 0xE0, under: 0xE0) .| eq(v3, 0xF0, under: 0xF0)
        let never = eq(v0, 0xC0, under: 0xFE) .| eq(v0, 0xF8, under: 0xF8) .| eq(v0, 0xF5) .| eq(v0, 0xF6, under: 0xFE)  // C0 C1 F5–FF
        let overlong = (eq(v1, 0xE0) .& eq(v0, 0x80, under: 0xE0)) .| (eq(v1, 0xF0) .& eq(v0, 0x80, under: 0xF0))  // E0 80–9F, F0 80–8F
        let surrogate = eq(v1, 0xED) .& eq(v0, 0xA0, under: 0xE0)  // ED A0–BF
        let tooLarge = eq(v1, 0xF4) .& (eq(v0, 0x90, under: 0xF0) .| eq(v0, 0xA0, under: 0xE0))  // F4 90–BF
        return (continuation .^ owed) .| never .| overlong .| surrogate .| tooLarge
    }

    @inline(__always)
    private static func eq(_ x: SIMD16<UInt8>, _ c: UInt8) -> Mask { x .== SIMD16(repeating: c) }

    /// Whether `x & mask == c`, byte by byte. Kept apart from `eq(_:_:)`: a mask chosen by a
    /// condition let LLVM turn the test into an unsigned comparison, compiled byte by byte (40× slower).
    @inline(__always)
    private static func eq(_ x: SIMD16<UInt8>, _ c: UInt8, under mask: UInt8) -> Mask { (x & SIMD16(repeating: mask)) .== SIMD16(repeating: c) }

    /// Walks whole scalars from `from` (a scalar boundary) to the first boundary at or past
    /// `until`; nil at a byte that breaks UTF-8 (a scalar must end by `end`).
    private static func scalars(_ buf: UnsafeBufferPointer<UInt8>, from: Int, until: Int, end n: Int) -> Int? {
        var i = from
        @inline(__always) func cont(_ k: Int) -> Bool { k < n && buf[k] & 0xC0 == 0x80 }
        while i < min(until, n) {
            let b = buf[i]
            switch b {
            case 0..<0x80:
                i += 1
            case 0xC2...0xDF:
                guard cont(i + 1) else { return nil }
                i += 2
            case 0xE0...0xEF:
                guard cont(i + 1), cont(i + 2) else { return nil }
                let second = buf[i + 1]
                if b == 0xE0 && second < 0xA0 { return nil }  // overlong
                if b == 0xED && second > 0x9F { return nil }  // surrogate
                i += 3
            case 0xF0...0xF4:
                guard cont(i + 1), cont(i + 2), cont(i + 3) else { return nil }
                let second = buf[i + 1]
                if b == 0xF0 && second < 0x90 { return nil }  // overlong
                if b == 0xF4 && second > 0x8F { return nil }  // past U+10FFFF
                i += 4
            default:
                return nil
            }
        }
        return i
    }
}
