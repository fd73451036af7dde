import DraftSyntax

/// Reports a footnote mark (¹, [footnoteRef:1], [^1]) with no note of that number. No fix.
struct FootnoteMissingNote: Rule {
    let code = "footnote-missing-note"
    let defaultSeverity = Severity.warning
    let scope = RuleScope.document
    let summary = Message(zh: "脚注标记没有对应的脚注", en: "footnote mark without a note")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        let notes = Set(context.document.footnoteNotes.map(\.key))
        for m in context.document.footnoteMarks where !notes.contains(m.key) {
            emit(diagnostic(m.range, Message(zh: "脚注 \(m.key) 没有对应的注释", en: "footnote \(m.key) has no note")))
        }
    }
}
