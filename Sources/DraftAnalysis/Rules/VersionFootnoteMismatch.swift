import DraftSyntax

/// Reports a paragraph with another count of footnote marks than its counterpart: a note
/// attached in one version only.
struct VersionFootnoteMismatch: WorkspaceRule {
    let code = "version-footnote-mismatch"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "段落中脚注标记的数量与另一语言版本的对应段落不同", en: "a paragraph has another count of footnote marks than its counterpart in the other language version")

    func check(_ workspace: WorkspaceIndex, file: FileSummary, _ emit: (Diagnostic) -> Void) {
        VersionPairs.forEachCountMismatch(workspace, file, \.footnotes, rule: self, what: Message(zh: "个脚注标记", en: " footnote marks"), emit)
    }
}
