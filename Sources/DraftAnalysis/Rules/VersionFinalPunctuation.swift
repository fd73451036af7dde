import DraftSyntax

/// Reports a paragraph whose final punctuation plays another role than its counterpart's:
/// ；↔ ; (or ; and), ，↔ ,, 。↔ ., ：↔ :.
struct VersionFinalPunctuation: WorkspaceRule {
    let code = "version-final-punctuation"
    let defaultSeverity = Severity.information
    let summary = Message(zh: "段落结尾标点与另一语言版本的对应段落不对应", en: "a paragraph ends otherwise than its counterpart in the other language version")

    func check(_ workspace: WorkspaceIndex, file: FileSummary, _ emit: (Diagnostic) -> Void) {
        VersionPairs.forEach(workspace, file) { pair in
            for (p, q) in pair.paragraphs where p.ending != q.ending && !p.ending.isEmpty && !q.ending.isEmpty {
                emit(diagnostic(p.range, Message(zh: "本段以“\(p.ending)”类标点结尾，", en: "this paragraph ends with \"\(p.ending)\"; its counterpart in ") + pair.otherName
                                    + Message(zh: "的对应段落以“\(q.ending)”类结尾", en: " ends with \"\(q.ending)\""),
                                related: [pair.related(q.range, Message(zh: "对应段落", en: "its counterpart"))]))
            }
        }
    }
}
