import DraftSyntax

/// Reports a function word typed twice (服务和技术的的发展). Legitimate reduplications (常常,
/// 人人, 实实在在) are not in the list, and words that merely meet (为了了解, 和和平, 及及时)
/// are excused. Fix: delete one of the two.
struct DoubledCharacter: Rule {
    let code = "doubled-character"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "重复的字（如“的的”）", en: "a character typed twice (such as 的的)")

    /// Slip-prone characters, each with the characters that, following the pair, make a real word.
    static let slips: [UInt32: Set<UInt32>] = {
        func set(_ s: String) -> Set<UInt32> { Set(s.unicodeScalars.map(\.value)) }
        let table: [(String, String)] = [
            ("的", "确"), ("了", "解之"), ("和", "平谐睦"), ("是", "否非"), ("在", ""), ("与", "会"),
            ("及", "时早"), ("被", ""), ("把", "握"), ("从", "事而"), ("对", "话于象方"), ("并", "且非"),
        ]
        var out: [UInt32: Set<UInt32>] = [:]
        for (c, ok) in table { out[c.unicodeScalars.first!.value] = set(ok) }
        return out
    }()
    static let excusedBefore: [UInt32: Set<UInt32>] = [
        "了".unicodeScalars.first!.value: Set("为除不".unicodeScalars.map(\.value)),
        "在".unicodeScalars.first!.value: Set("存现正实所".unicodeScalars.map(\.value)),
    ]

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        let bytes = context.bytes
        for p in context.chineseText {
            var i = p.start
            while i + 6 <= p.end {
                // A pair of equal three-byte scalars, looked for over unchecked memory.
                i = Self.nextPair(bytes, from: i, end: p.end)
                guard i + 6 <= p.end else { break }
                let (c, _) = UTF8Scan.scalar(bytes, at: i)
                guard let excused = Self.slips[c] else { i += 3; continue }
                let (after, _) = UTF8Scan.scalar(bytes, at: i + 6)
                let (before, _) = UTF8Scan.scalar(bytes, before: i)
                if excused.contains(after) || Self.excusedBefore[c]?.contains(before) == true { i += 3; continue }
                let ch = String(Unicode.Scalar(c)!)
                emit(diagnostic(ByteRange(i, i + 6), Message(zh: "“\(ch)”重复了", en: "\"\(ch)\" is typed twice"),
                                fix: Fix(title: Message(zh: "删去一个“\(ch)”", en: "Delete one \"\(ch)\""), edits: [TextEdit(range: ByteRange(i + 3, i + 6), newText: "")])))
                i += 6
            }
        }
    }

    /// The first offset from `start` where a CJK scalar (lead byte E4–E9, always a scalar's
    /// start) is typed twice, or `end`. Each byte is compared with the one three bytes on, eight
    /// at a time: three equal in a row, from a lead byte, are a pair.
    static func nextPair(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        bytes.withUnsafeBufferPointer { b in
            var i = start
            let end = min(end, b.count)
            guard let base = UnsafeRawPointer(b.baseAddress) else { return end }
            @inline(__always) func isPair(_ k: Int) -> Bool {
                b[k] >= 0xE4 && b[k] <= 0xE9 && b[k + 3] == b[k] && b[k + 4] == b[k + 1] && b[k + 5] == b[k + 2]
            }
            let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            while i + 11 <= end {
                let z = base.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ base.loadUnaligned(fromByteOffset: i + 3, as: UInt64.self)
                // 0x80 in each byte of `z` that is zero (exactly: no borrow between bytes).
                let equal = ~(((z & low7) &+ low7) | z | low7)
                var runs = equal & (equal >> 8) & (equal >> 16) & 0x0000_8080_8080_8080
                while runs != 0 {
                    let k = i + runs.trailingZeroBitCount / 8
                    if isPair(k) { return k }
                    runs &= runs - 1
                }
                i += 6
            }
            while i + 6 <= end {
                if isPair(i) { return i }
                i += 1
            }
            return end
        }
    }
}
