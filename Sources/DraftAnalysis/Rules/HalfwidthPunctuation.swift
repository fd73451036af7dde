import DraftSyntax

/// Reports half-width punctuation , ; : ? ! ( ) " touching Chinese text (技术(ICT)). Item labels
/// a) are not text and are never reported. Fix: the full-width form. When most of the file's
/// Chinese punctuation is half-width, `halfwidth-punctuation-file` reports it once instead (it
/// supersedes this rule's findings then); each block's marks are kept across edits elsewhere.
struct HalfwidthPunctuation: Rule {
    let code = "halfwidth-punctuation"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "中文文本中使用了半角标点", en: "half-width punctuation in Chinese text")
    var formatsSafely: Bool { true }

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        for d in context.halfWidthMarks { emit(d) }
    }

    /// Every half-width mark of the context's Chinese text, each with its own fix.
    static func marks(_ context: RuleContext) -> [Diagnostic] {
        var marks: [Diagnostic] = []
        HalfwidthPunctuation().find(context) { marks.append($0) }
        return marks
    }

    /// How many of ，；：（ (EF BC 8C / 9B / 9A / 88) the Chinese text in `ranges` holds, where
    /// the half-width marks are looked for: the file-wide decision compares the two counts (a
    /// table or an English instrument beside them does not weigh in). Counting stops at `limit`:
    /// the decision only asks whether there are fewer than the half-width marks, and a 10 MB
    /// draft was scanned whole for it.
    static func fullWidthCount(_ bytes: [UInt8], in ranges: [ByteRange], limit: Int = .max) -> Int {
        var full = 0
        bytes.withUnsafeBufferPointer { b in
            for r in ranges where full < limit {
                var i = r.start
                let end = min(r.end, b.count)
                while i + 2 < end && full < limit {
                    if b[i] == 0xEF && b[i + 1] == 0xBC, b[i + 2] == 0x8C || b[i + 2] == 0x9B || b[i + 2] == 0x9A || b[i + 2] == 0x88 { full += 1; i += 3 } else {
                        i = UTF8Scan.firstByte(0xEF, in: bytes, from: i + 1, end: end)
                    }
                }
            }
        }
        return full
    }

    static let fullWidth: [UInt8: String] = [
        UInt8(ascii: ","): "，", UInt8(ascii: ";"): "；", UInt8(ascii: ":"): "：", UInt8(ascii: "?"): "？",
        UInt8(ascii: "!"): "！", UInt8(ascii: "("): "（", UInt8(ascii: ")"): "）",
    ]

    static func holdsHan(_ bytes: [UInt8], _ p: ByteRange) -> Bool {
        var i = p.start
        while i < p.end {
            let (c, len) = UTF8Scan.scalar(bytes, at: i)
            if CharClass.isHan(c) { return true }
            i += max(1, len)
        }
        return false
    }

    static func isChinese(_ c: UInt32) -> Bool {
        CharClass.isHan(c) || (CharClass.isFullWidthPunctuation(c))
    }

    private func find(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        let bytes = context.bytes
        for p in context.chineseText {
            var openQuote = true
            var i = p.start
            while i < p.end {
                // Every mark looked for is below 0x40.
                i = UTF8Scan.firstByte(below: 0x40, in: bytes, from: i, end: p.end)
                guard i < p.end else { break }
                let b = bytes[i]
                defer { i += 1 }
                guard b == 0x2C || b == 0x3B || b == 0x3A || b == 0x3F || b == 0x21 || b == 0x28 || b == 0x22 else { continue }
                // A run of marks ("，，" typed as ",,") is judged by what is around the run: the
                // fix makes all of it full-width in one pass, or none of it.
                let (prev, _) = UTF8Scan.scalar(bytes, before: Self.runStart(bytes, i, p.start))
                let (next, _) = UTF8Scan.scalar(bytes, at: Self.runEnd(bytes, i + 1, p.end))
                if b == 0x28 {
                    guard let close = matchingParen(bytes, i, p.end) else { continue }
                    let (after, _) = UTF8Scan.scalar(bytes, at: close + 1)
                    guard Self.isChinese(prev) || Self.isChinese(after) || Self.isChinese(next) else { continue }
                    emit(diagnostic(ByteRange(i, close + 1),
                                    Message(zh: "中文文本中使用了半角括号“()”，应使用全角括号“（）”", en: "half-width parentheses \"()\" in Chinese text: Chinese uses full-width \"（）\""),
                                    fix: Fix(title: Message(zh: "改为全角括号", en: "Use full-width parentheses"),
                                             edits: [TextEdit(range: ByteRange(i, i + 1), newText: "（"), TextEdit(range: ByteRange(close, close + 1), newText: "）")])))
                    continue
                }
                // A paragraph of Chinese text ends with a full-width mark, whatever stands before it (…决议);).
                let endsParagraph = b != 0x22 && FinalPunctuation.find(bytes, p)?.start == i && Self.holdsHan(bytes, p)
                guard Self.isChinese(prev) || Self.isChinese(next) || endsParagraph else { continue }
                // 1,000 and 10:30 are numbers; http://… is an address.
                if (b == 0x2C || b == 0x3A) && prev < 0x80 && CharClass.isASCIIDigit(UInt8(prev)) && next < 0x80 && CharClass.isASCIIDigit(UInt8(next)) { continue }
                let replacement: String
                if b == 0x22 {
                    replacement = openQuote ? "“" : "”"
                    openQuote.toggle()
                } else {
                    replacement = Self.fullWidth[b]!
                }
                let mark = String(Unicode.Scalar(b))
                emit(diagnostic(ByteRange(i, i + 1),
                                Message(zh: "中文文本中使用了半角标点“\(mark)”，应使用全角标点“\(replacement)”", en: "half-width \"\(mark)\" in Chinese text: Chinese uses full-width \"\(replacement)\""),
                                fix: Fix(title: Message(zh: "改为“\(replacement)”", en: "Replace with \"\(replacement)\""),
                                         edits: [TextEdit(range: ByteRange(i, i + 1), newText: replacement)])))
            }
        }
    }

    /// Marks that may stand in a run: , ; : ? !
    private static func isRunMark(_ b: UInt8) -> Bool { b == 0x2C || b == 0x3B || b == 0x3A || b == 0x3F || b == 0x21 }

    private static func runStart(_ bytes: [UInt8], _ i: Int, _ floor: Int) -> Int {
        var k = i
        while k > floor && isRunMark(bytes[k - 1]) { k -= 1 }
        return k
    }

    private static func runEnd(_ bytes: [UInt8], _ i: Int, _ ceiling: Int) -> Int {
        var k = i
        while k < ceiling && isRunMark(bytes[k]) { k += 1 }
        return k
    }

    private func matchingParen(_ bytes: [UInt8], _ open: Int, _ end: Int) -> Int? {
        var depth = 0
        var k = open
        while k < end && k - open < 400 {
            if bytes[k] == 0x28 { depth += 1 }
            if bytes[k] == 0x29 {
                depth -= 1
                if depth == 0 { return k }
            }
            k += 1
        }
        return nil
    }
}
