/// Where in a block the inline scanners may find something, found in one walk over its bytes:
/// the mark, reference, citation, abbreviation and footnote scanners each walked every scalar of
/// the block for a few kinds of them (half of a 10 MB draft's block scanning). Each list holds
/// scalar starts, in order; each scanner still tests its own conditions there (the abbreviation
/// scanner reads the marks).
struct InlineCandidates {
    /// ( ) " [ ] “ ” ‘ ’ 《 》 「 」 『 』 【 】 （ ）: paired marks and brackets.
    let marks: [Int]
    /// 上 下 以 参 段: where a Chinese cross-reference may start or end.
    let references: [Int]
    /// 第 意 《 and R D O: where a citation may start.
    let citations: [Int]
    /// ¹ ² ³ ⁰ ⁴–⁹: footnote marks (or exponents).
    let superscripts: [Int]

    init(_ bytes: [UInt8], in range: ByteRange) {
        var found = Found()
        bytes.withUnsafeBufferPointer { buf in
            let n = min(range.end, buf.count)
            var i = max(0, range.start)
            // Sixteen bytes at a time, every byte tested on its own (the text is valid UTF-8: a lead
            // byte or an ASCII one is never part of another scalar): exact tests of each kind, so
            // that most runs are passed over and each hit goes straight to its list.
            if let base = buf.baseAddress {
                while i + 18 <= n {
                    let at = UnsafeRawPointer(base + i)
                    let kinds = Self.kinds(at.loadUnaligned(as: SIMD16<UInt8>.self), at.loadUnaligned(fromByteOffset: 1, as: SIMD16<UInt8>.self),
                                           at.loadUnaligned(fromByteOffset: 2, as: SIMD16<UInt8>.self))
                    if kinds.any {
                        UTF8Scan.appendOffsets(of: kinds.marks, at: i, to: &found.marks)
                        UTF8Scan.appendOffsets(of: kinds.references, at: i, to: &found.references)
                        UTF8Scan.appendOffsets(of: kinds.citations, at: i, to: &found.citations)
                        UTF8Scan.appendOffsets(of: kinds.superscripts, at: i, to: &found.superscripts)
                    }
                    i += 16
                }
            }
            while i < n { found.test(buf, i, n); i += 1 }
        }
        marks = found.marks
        references = found.references
        citations = found.citations
        superscripts = found.superscripts
    }

    /// Where each kind of candidate starts among sixteen bytes, as bytes FF in two words.
    private struct Kinds {
        let marks: SIMD2<UInt64>, references: SIMD2<UInt64>, citations: SIMD2<UInt64>, superscripts: SIMD2<UInt64>
        var any: Bool { (marks | references | citations | superscripts) != SIMD2(repeating: 0) }
    }

    /// The candidates among the sixteen bytes of `v` (`w`, `x`: the bytes one and two further on),
    /// by kind: each three-byte one by its lead, second and third bytes. Equality tests only:
    /// Swift's unsigned SIMD comparisons are not vectorised.
    @inline(__always)
    private static func kinds(_ v: SIMD16<UInt8>, _ w: SIMD16<UInt8>, _ x: SIMD16<UInt8>) -> Kinds {
        @inline(__always) func lead(_ a: UInt8, _ b: UInt8) -> Mask { eq(v, a) .& eq(w, b) }
        @inline(__always) func bits(_ m: Mask) -> SIMD2<UInt64> { unsafeBitCast(m, to: SIMD2<UInt64>.self) }
        let cjkMarks = lead(0xE3, 0x80)
        let marks = eq(v, 0x28) .| eq(v, 0x29) .| eq(v, 0x22) .| eq(v, 0x5B) .| eq(v, 0x5D)  // ( ) " [ ]
            .| (cjkMarks .& (eq(x, 0x8A, under: 0xFE) .| eq(x, 0x8C, under: 0xFE) .| eq(x, 0x8E, under: 0xFE) .| eq(x, 0x90, under: 0xFE)))  // 《 》「 」『 』【 】
            .| (lead(0xE2, 0x80) .& eq(x, 0x98, under: 0xFA))  // “ ” ‘ ’
            .| (lead(0xEF, 0xBC) .& eq(x, 0x88, under: 0xFE))  // （ ）
        let references = (lead(0xE4, 0xB8) .& eq(x, 0x8A, under: 0xFE))  // 上 下
            .| (lead(0xE4, 0xBB) .& eq(x, 0xA5)) .| (lead(0xE5, 0x8F) .& eq(x, 0x82)) .| (lead(0xE6, 0xAE) .& eq(x, 0xB5))  // 以 参 段
        let citations = eq(v, 0x52) .| eq(v, 0x44) .| eq(v, 0x4F)  // R D O
            .| (cjkMarks .& eq(x, 0x8A)) .| (lead(0xE7, 0xAC) .& eq(x, 0xAC)) .| (lead(0xE6, 0x84) .& eq(x, 0x8F))  // 《 第 意
        let superscripts = (eq(v, 0xC2) .& (eq(w, 0xB9) .| eq(w, 0xB2) .| eq(w, 0xB3)))  // ¹ ² ³
            .| (lead(0xE2, 0x81) .& (eq(x, 0xB0) .| eq(x, 0xB4, under: 0xFC) .| eq(x, 0xB8, under: 0xFE)))  // ⁰ ⁴–⁹
        return Kinds(marks: bits(marks), references: bits(references), citations: bits(citations), superscripts: bits(superscripts))
    }

    private typealias Mask = SIMDMask<SIMD16<Int8>>

    @inline(__always)
    private static func eq(_ x: SIMD16<UInt8>, _ c: UInt8) -> Mask { x .== SIMD16(repeating: c) }

    /// Whether `x & mask == c`, byte by byte.
    @inline(__always)
    private static func eq(_ x: SIMD16<UInt8>, _ c: UInt8, under mask: UInt8) -> Mask { (x & SIMD16(repeating: mask)) .== SIMD16(repeating: c) }

    /// The lists being filled, and the exact test of one byte.
    private struct Found {
        var marks: [Int] = [], references: [Int] = [], citations: [Int] = [], superscripts: [Int] = []

        @inline(__always)
        mutating func test(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) {
            let b = buf[i]
            if b & 0xF0 == 0xE0 {
                guard i + 2 < n else { return }
                let third = buf[i + 2]
                switch (b, buf[i + 1]) {
                case (0xE3, 0x80):  // 《 》「 」『 』【 】
                    if third >= 0x8A && third <= 0x91 { marks.append(i) }
                    if third == 0x8A { citations.append(i) }
                case (0xE2, 0x80): if third == 0x9C || third == 0x9D || third == 0x98 || third == 0x99 { marks.append(i) }  // “ ” ‘ ’
                case (0xEF, 0xBC): if third == 0x88 || third == 0x89 { marks.append(i) }  // （ ）
                case (0xE4, 0xB8): if third == 0x8A || third == 0x8B { references.append(i) }  // 上 下
                case (0xE4, 0xBB): if third == 0xA5 { references.append(i) }  // 以
                case (0xE5, 0x8F): if third == 0x82 { references.append(i) }  // 参
                case (0xE6, 0xAE): if third == 0xB5 { references.append(i) }  // 段
                case (0xE7, 0xAC): if third == 0xAC { citations.append(i) }  // 第
                case (0xE6, 0x84): if third == 0x8F { citations.append(i) }  // 意
                case (0xE2, 0x81): if third == 0xB0 || (third >= 0xB4 && third <= 0xB9) { superscripts.append(i) }  // ⁰ ⁴–⁹
                default: break
                }
            } else if b < 0x80 {
                switch b {
                case 0x28, 0x29, 0x22, 0x5B, 0x5D: marks.append(i)  // ( ) " [ ]
                case 0x52, 0x44, 0x4F: citations.append(i)  // R D O
                default: break
                }
            } else if b == 0xC2 && i + 1 < n && (buf[i + 1] == 0xB9 || buf[i + 1] == 0xB2 || buf[i + 1] == 0xB3) {
                superscripts.append(i)  // ¹ ² ³
            }
        }
    }
}

/// One list of candidates read forward: the first at or after an offset.
struct CandidateCursor {
    private let positions: [Int]
    private var k: Int

    init(_ positions: [Int], from start: Int) {
        self.positions = positions
        k = positions.partitionIndex { $0 < start }
    }

    /// The first candidate at or after `i` and before `end`, or `end`.
    mutating func next(from i: Int, end: Int) -> Int {
        while k < positions.count && positions[k] < i { k += 1 }
        return k < positions.count && positions[k] < end ? positions[k] : end
    }
}
