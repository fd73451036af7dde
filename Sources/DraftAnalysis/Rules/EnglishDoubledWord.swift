import DraftSyntax

/// Reports, in English text, a word typed twice (the the, to to). "had had" and "that that" can
/// be grammar and are left alone. Fix: delete the second one.
struct EnglishDoubledWord: Rule {
    let code = "english-doubled-word"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "英文单词重复", en: "a word typed twice in English text (the the)")

    static let grammatical: Set<String> = ["had", "that", "is", "do", "can"]

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        let bytes = context.bytes
        for p in context.englishParagraphs {
            var previous: (word: String, range: ByteRange)?
            var i = p.start
            while i < p.end {
                guard CharClass.isASCIILetter(bytes[i]) else {
                    // Only a space keeps two words a pair; any mark between them parts them.
                    if bytes[i] != 0x20 { previous = nil }
                    i += UTF8Scan.length(lead: bytes[i])
                    continue
                }
                var e = i
                while e < p.end && CharClass.isASCIILetter(bytes[e]) { e += 1 }
                let word = String(decoding: bytes[i..<e], as: UTF8.self).lowercased()
                if let previous, previous.word == word, !Self.grammatical.contains(word), previous.range.end < i {
                    let gap = ByteRange(previous.range.end, e)
                    emit(diagnostic(ByteRange(previous.range.start, e), Message(zh: "“\(word)”重复了", en: "\"\(word)\" is typed twice"),
                                    fix: Fix(title: Message(zh: "删去一个“\(word)”", en: "Delete one \"\(word)\""), edits: [TextEdit(range: gap, newText: "")])))
                }
                previous = (word, ByteRange(i, e))
                i = e
            }
        }
    }
}
