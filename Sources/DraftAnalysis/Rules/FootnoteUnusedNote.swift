import DraftSyntax

/// Reports a footnote note that no mark in the text refers to. No fix.
struct FootnoteUnusedNote: Rule {
    let code = "footnote-unused-note"
    let defaultSeverity = Severity.warning
    let scope = RuleScope.document
    let summary = Message(zh: "脚注没有被正文引用", en: "footnote note that nothing refers to")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        let marks = Set(context.document.footnoteMarks.map(\.key))
        for n in context.document.footnoteNotes where !marks.contains(n.key) {
            let bytes = context.bytes
            let first = ByteRange(n.range.start, n.range.start + UTF8Scan.scalar(bytes, at: n.range.start).length)
            emit(diagnostic(first, Message(zh: "脚注 \(n.key) 没有被正文引用", en: "footnote \(n.key) is referred to nowhere in the text")))
        }
    }
}
