import DraftSyntax

/// Reports full-width punctuation ，；：（）！？ inside English text (Dubai，2018): what a Chinese
/// input method leaves behind. Fix: the half-width form, with a space after , ; : where a word follows.
struct EnglishFullwidthPunctuation: Rule {
    let code = "english-fullwidth-punctuation"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "英文文本中使用了全角标点", en: "full-width punctuation in English text")

    static let halfWidth: [UInt32: String] = [0xFF0C: ",", 0xFF1B: ";", 0xFF1A: ":", 0xFF08: "(", 0xFF09: ")", 0xFF01: "!", 0xFF1F: "?"]

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        let bytes = context.bytes
        for p in context.englishParagraphs {
            // A "（" left alone (Chinese beside it) leaves its "）" alone too.
            var chineseParentheses = 0
            var i = p.start
            while i < p.end {
                let (c, len) = UTF8Scan.scalar(bytes, at: i)
                defer { i += max(1, len) }
                guard var replacement = Self.halfWidth[c] else { continue }
                let (prev, _) = UTF8Scan.scalar(bytes, before: i)
                let (next, _) = UTF8Scan.scalar(bytes, at: i + len)
                // Only between English characters: a Chinese name quoted in English text keeps its marks.
                let english = (prev < 0x80 || next < 0x80) && !CharClass.isHan(prev) && !CharClass.isHan(next)
                if c == 0xFF08 && !english { chineseParentheses += 1 }
                if c == 0xFF09 && chineseParentheses > 0 { chineseParentheses -= 1; continue }
                guard english else { continue }
                if ",;:".contains(replacement), next < 0x80, CharClass.isASCIILetter(UInt8(next)) || CharClass.isASCIIDigit(UInt8(next)) { replacement += " " }
                let mark = String(decoding: bytes[i..<(i + len)], as: UTF8.self)
                emit(diagnostic(ByteRange(i, i + len), Message(zh: "英文文本中应使用半角“\(replacement.trimmingCharacters())”，而不是全角“\(mark)”", en: "full-width \"\(mark)\" in English text: English uses \"\(replacement.trimmingCharacters())\""),
                                fix: Fix(title: Message(zh: "改为“\(replacement.trimmingCharacters())”", en: "Replace with \"\(replacement.trimmingCharacters())\""),
                                         edits: [TextEdit(range: ByteRange(i, i + len), newText: replacement)])))
            }
        }
    }
}
