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

    /// The first offset from `i` where a CJK scalar (lead byte E4–E9) is typed twice, or `end`.
    static func nextPair(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        bytes.withUnsafeBufferPointer { b in
            var i = start
            while i + 6 <= end {
                let lead = b[i]
                if lead >= 0xE4 && lead <= 0xE9 && b[i + 3] == lead && b[i + 4] == b[i + 1] && b[i + 5] == b[i + 2] { return i }
                i += UTF8Scan.length(lead: lead)
            }
            return end
        }
    }
}
