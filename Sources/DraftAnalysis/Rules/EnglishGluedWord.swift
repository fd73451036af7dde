import DraftSyntax

/// Reports, in English text, a word glued to a number (147of, 2018the) or to a label (b)that):
/// the space a PDF copy or a careless edit lost. Units, ordinals and 1bis are words that belong
/// to their number and are left alone. Fix: insert the space.
struct EnglishGluedWord: Rule {
    let code = "english-glued-word"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "英文单词与数字或编号连在一起", en: "a word glued to a number or label in English text")

    /// The words that follow a number in a sentence; a number followed by one of them glued is a slip.
    static let words: Set<String> = ["of", "the", "and", "to", "in", "for", "with", "on", "by", "from", "that", "which",
                                     "or", "at", "as", "is", "are", "was", "were", "be", "this", "these", "its", "an"]

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        let bytes = context.bytes
        // An item's text glued to its label: "b)that the …".
        for inst in context.document.instruments where inst.language == .en {
            for section in inst.sections {
                for top in section.items {
                    top.walk { item, _ in
                        guard let label = item.label, label.range.end == item.textRange.start, item.textRange.start < item.textRange.end,
                              CharClass.isASCIILetter(bytes[item.textRange.start]) else { return }
                        emit(gluedToLabel(label.range.end, bytes, item.textRange.end))
                    }
                }
            }
        }
        for p in context.englishParagraphs {
            var i = p.start
            while i < p.end {
                let b = bytes[i]
                defer { i += UTF8Scan.length(lead: b) }
                let afterNumber = CharClass.isASCIIDigit(b)
                let afterLabel = b == 0x29 && i > p.start && CharClass.isASCIILower(bytes[i - 1])
                    && (i - 1 == p.start || !CharClass.isASCIILetter(bytes[i - 2]) || i - 2 >= p.start && bytes[i - 2] == 0x28)
                guard afterNumber || afterLabel, i + 1 < p.end, CharClass.isASCIILower(bytes[i + 1]) else { continue }
                var e = i + 1
                while e < p.end && CharClass.isASCIILetter(bytes[e]) { e += 1 }
                let word = String(decoding: bytes[(i + 1)..<e], as: UTF8.self)
                if afterNumber && !Self.words.contains(word) { continue }
                emit(afterNumber ? glued(word, at: i + 1, ByteRange(i + 1, e), toNumber: true) : gluedToLabel(i + 1, bytes, p.end))
            }
        }
    }

    private func gluedToLabel(_ at: Int, _ bytes: [UInt8], _ end: Int) -> Diagnostic {
        var e = at
        while e < end && CharClass.isASCIILetter(bytes[e]) { e += 1 }
        return glued(String(decoding: bytes[at..<e], as: UTF8.self), at: at, ByteRange(at, e), toNumber: false)
    }

    private func glued(_ word: String, at: Int, _ range: ByteRange, toNumber: Bool) -> Diagnostic {
        diagnostic(range, Message(zh: "“\(word)”与前面的\(toNumber ? "数字" : "编号")之间缺少空格", en: "\"\(word)\" is glued to the \(toNumber ? "number" : "label") before it"),
                   fix: Fix(title: Message(zh: "补上空格", en: "Insert a space"), edits: [TextEdit(range: ByteRange(at, at), newText: " ")]))
    }
}
