import DraftSyntax

/// Reports spaces between two Chinese characters or full-width marks (所需的 数字素养,
/// （ICT） 用于) in a Chinese instrument. A space beside Latin letters or digits (WSIS 进程,
/// 2030 年) is a house style and is left alone. Fix: delete the spaces.
struct StraySpace: Rule {
    let code = "stray-space"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "两个汉字之间有多余的空格", en: "stray space between Chinese characters")
    var formatsSafely: Bool { true }

    static func isTight(_ c: UInt32) -> Bool {
        // Curly quotes are shared with English text; a space beside them is not judged.
        CharClass.isHan(c) || (CharClass.isFullWidthPunctuation(c) && c != 0x3000)
    }

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        check(context.chineseParagraphs, tight: Self.isTight, context, emit)
        // Free text is looser (headlines, names, wrapped titles): only a space between two ideographs.
        check(context.chineseFreeText, tight: CharClass.isHan, context, emit)
    }

    private func check(_ paragraphs: [ByteRange], tight: (UInt32) -> Bool, _ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        let bytes = context.bytes
        for p in paragraphs {
            var i = p.start
            while i < p.end {
                // A space is one byte that no multi-byte scalar holds: found eight bytes at a time.
                i = UTF8Scan.firstByte(0x20, in: bytes, from: i, end: p.end)
                guard i < p.end else { break }
                var k = i
                while k < p.end && bytes[k] == 0x20 { k += 1 }
                defer { i = k }
                guard i > p.start, k < p.end else { continue }
                let (prev, _) = UTF8Scan.scalar(bytes, before: i)
                let (next, _) = UTF8Scan.scalar(bytes, at: k)
                guard tight(prev) && tight(next) else { continue }
                emit(diagnostic(ByteRange(i, k), Message(zh: "汉字之间不应有空格", en: "no space belongs between Chinese characters"),
                                fix: Fix(title: Message(zh: "删除空格", en: "Delete the space"), edits: [TextEdit(range: ByteRange(i, k), newText: "")])))
            }
        }
    }
}
