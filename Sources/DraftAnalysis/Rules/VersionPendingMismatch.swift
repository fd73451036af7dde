import DraftSyntax

/// Reports a paragraph with another count of [pending] texts than its counterpart: a bracket
/// settled in one version and still open in the other.
struct VersionPendingMismatch: WorkspaceRule {
    let code = "version-pending-mismatch"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "段落中待定[方括号]的数量与另一语言版本的对应段落不同", en: "a paragraph has another count of [pending] texts than its counterpart in the other language version")

    func check(_ workspace: WorkspaceIndex, file: FileSummary, _ emit: (Diagnostic) -> Void) {
        VersionPairs.forEachCountMismatch(workspace, file, \.pending, rule: self, what: Message(zh: "处[方括号]", en: " [pending] texts"), emit)
    }
}
