/// Where in a block the inline scanners may find something, found in one walk over its scalars:
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

    /// The second bytes of the three-byte candidates (80 81 AC 84 B8 BB 8F AE BC), as bits of their
    /// low six: most ideographs are passed over on this one test.
    private static let secondBytes: UInt64 = [0x80, 0x81, 0x84, 0x8F, 0xAC, 0xAE, 0xB8, 0xBB, 0xBC].reduce(0) { $0 | 1 << ($1 & 0x3F) }

    init(_ bytes: [UInt8], in range: ByteRange) {
        var marks: [Int] = [], references: [Int] = [], citations: [Int] = [], superscripts: [Int] = []
        let secondBytes = Self.secondBytes
        bytes.withUnsafeBufferPointer { buf in
            let n = min(range.end, buf.count)
            var i = max(0, range.start)
            while i < n {
                let b = buf[i]
                if b & 0xF0 == 0xE0 {
                    // A three-byte scalar (every candidate but the ASCII ones is one).
                    if i + 2 < n && secondBytes >> (buf[i + 1] & 0x3F) & 1 != 0 {
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
                    }
                    i += 3
                    continue
                }
                if b < 0x80 {
                    switch b {
                    case 0x28, 0x29, 0x22, 0x5B, 0x5D: marks.append(i)  // ( ) " [ ]
                    case 0x52, 0x44, 0x4F: citations.append(i)  // R D O
                    default: break
                    }
                    i += 1
                    continue
                }
                if b == 0xC2 && i + 1 < n && (buf[i + 1] == 0xB9 || buf[i + 1] == 0xB2 || buf[i + 1] == 0xB3) { superscripts.append(i) }  // ¹ ² ³
                i += UTF8Scan.length(lead: b)
            }
        }
        self.marks = marks
        self.references = references
        self.citations = citations
        self.superscripts = superscripts
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
