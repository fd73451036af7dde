import DraftSyntax

/// Reports, in a Word draft with tracked changes, a cross-reference whose target paragraph a
/// tracked deletion removes: once the changes are accepted it names nothing, or (with Word's
/// automatic numbering) silently the paragraph that took its number. No fix: the reference
/// must be rewritten or the deletion undone.
struct TrackedDeletionTarget: Rule {
    let code = "tracked-deletion-target"
    let defaultSeverity = Severity.warning
    var scope: RuleScope { .document }
    let summary = Message(zh: "修订删除了交叉引用所指的段落", en: "a tracked deletion removes the paragraph a cross-reference names")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        guard let word = context.word else { return }
        let text = context.document.text
        for d in word.deletedTargets where d.line < text.lines.lineCount {
            let line = text.lines.contentRange(ofLine: d.line)
            let written = Array(d.written.utf8)
            var at = line.start
            while at + written.count <= line.end, !text.hasBytes(written, at: at) { at += 1 }
            let range = at + written.count <= line.end ? ByteRange(at, at + written.count) : line
            emit(diagnostic(range, Message(zh: "所指段落（", en: "the paragraph it names (") + d.target
                                + Message(zh: "，Word 文档第 \(d.paragraph) 段）已被修订删除", en: ", Word paragraph \(d.paragraph)) is deleted by a tracked change")))
        }
    }
}
