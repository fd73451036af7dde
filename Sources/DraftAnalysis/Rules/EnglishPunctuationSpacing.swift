import DraftSyntax

/// Reports, in English text, a space before "," ";" ":" (Johannesburg ,2008) and no space after
/// "," or ";" before a word (Dubai,2018). Numbers (1,000), times (10:30) and addresses are left
/// alone. Fix: delete the space, or insert one.
struct EnglishPunctuationSpacing: Rule {
    let code = "english-punctuation-spacing"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "英文标点前多空格或后缺空格", en: "a space before a comma or semicolon, or none after it, in English text")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        let bytes = context.bytes
        for p in context.englishParagraphs {
            var i = p.start
            while i < p.end {
                let b = bytes[i]
                defer { i += UTF8Scan.length(lead: b) }
                guard b == 0x2C || b == 0x3B || b == 0x3A else { continue }
                let mark = String(Unicode.Scalar(b))
                // A space before: only after a word, so that a list of marks or a leading one is left alone.
                var s = i
                while s > p.start && bytes[s - 1] == 0x20 { s -= 1 }
                if s < i && s > p.start && EnglishText.isWordByte(bytes[s - 1]) {
                    emit(diagnostic(ByteRange(s, i), Message(zh: "“\(mark)”前不应有空格", en: "no space belongs before \"\(mark)\""),
                                    fix: Fix(title: Message(zh: "删除空格", en: "Delete the space"), edits: [TextEdit(range: ByteRange(s, i), newText: "")])))
                }
                // No space after "," or ";" before a word.
                guard b != 0x3A, i + 1 < p.end, i > p.start else { continue }
                let prev = bytes[i - 1], next = bytes[i + 1]
                guard CharClass.isASCIILetter(next) || CharClass.isASCIIDigit(next) else { continue }
                if CharClass.isASCIIDigit(prev) && CharClass.isASCIIDigit(next) { continue }  // 1,000
                if EnglishText.inAddress(bytes, i, p) { continue }
                emit(diagnostic(ByteRange(i, i + 1), Message(zh: "“\(mark)”后缺少空格", en: "a space belongs after \"\(mark)\""),
                                fix: Fix(title: Message(zh: "补上空格", en: "Insert a space"), edits: [TextEdit(range: ByteRange(i + 1, i + 1), newText: " ")])))
            }
        }
    }
}

/// What the English typography rules share.
enum EnglishText {
    static func isWordByte(_ b: UInt8) -> Bool { CharClass.isASCIILetter(b) || CharClass.isASCIIDigit(b) || b == 0x29 || b == 0x22 }

    /// Whether the offset lies in a web or mail address (www.itu.int/…, http://, a@b), whose
    /// marks are no punctuation.
    static func inAddress(_ bytes: [UInt8], _ i: Int, _ p: ByteRange) -> Bool {
        var s = i
        while s > p.start && bytes[s - 1] != 0x20 { s -= 1 }
        var e = i
        while e < p.end && bytes[e] != 0x20 { e += 1 }
        let word = bytes[s..<e]
        return word.contains(0x2F) || word.contains(0x40) || word.starts(with: www)
    }

    static let www = Array("www.".utf8)
}
