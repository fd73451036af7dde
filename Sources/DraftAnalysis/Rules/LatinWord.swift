import DraftSyntax

/// Reports a lower-case English word standing in Chinese text (信心 and 安全性): a translation
/// left behind. Acronyms (ICT, OTT) and names are upper-case and never reported. Fix only for
/// "and"/"or", whose Chinese is certain (和, 或).
struct LatinWord: Rule {
    let code = "latin-word"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "中文文本中夹有英文单词", en: "an English word inside Chinese text")

    static let certain: [String: String] = ["and": "和", "or": "或"]

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        let bytes = context.bytes
        for p in context.chineseParagraphs {
            var i = p.start
            while i < p.end {
                // Chinese text is mostly bytes of 0x80 and above: its ASCII is found eight bytes at a time.
                i = UTF8Scan.firstByte(below: 0x80, in: bytes, from: i, end: p.end)
                guard i < p.end else { break }
                guard CharClass.isASCIILower(bytes[i]) else { i += 1; continue }
                var k = i
                while k < p.end && CharClass.isASCIILetter(bytes[k]) { k += 1 }
                defer { i = k }
                guard k - i >= 2, bytes[i..<k].allSatisfy(CharClass.isASCIILower) else { continue }
                var s = i
                while s > p.start && bytes[s - 1] == 0x20 { s -= 1 }
                var e = k
                while e < p.end && bytes[e] == 0x20 { e += 1 }
                let (prev, _) = UTF8Scan.scalar(bytes, before: s)
                let (next, _) = UTF8Scan.scalar(bytes, at: e)
                guard s > p.start, e < p.end, CharClass.isHan(prev), CharClass.isHan(next) else { continue }
                let word = String(decoding: bytes[i..<k], as: UTF8.self)
                let fix = Self.certain[word].map {
                    Fix(title: Message(zh: "改为“\($0)”", en: "Replace with \"\($0)\""), edits: [TextEdit(range: ByteRange(s, e), newText: $0)])
                }
                emit(diagnostic(ByteRange(i, k), Message(zh: "中文文本中夹有英文单词“\(word)”", en: "English word \"\(word)\" inside Chinese text"), fix: fix))
            }
        }
    }
}
