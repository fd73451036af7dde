import DraftSyntax

/// Reports a paragraph that cites other instruments, or other revisions, than its counterpart
/// in the other language version (places compared through the register: 迪拜 = Dubai).
struct VersionCitationMismatch: WorkspaceRule {
    let code = "version-citation-mismatch"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "段落引用的文书或版本与另一语言版本的对应段落不同", en: "a paragraph cites other instruments or revisions than its counterpart in the other language version")

    func check(_ workspace: WorkspaceIndex, file: FileSummary, _ emit: (Diagnostic) -> Void) {
        VersionPairs.forEach(workspace, file) { pair in
            for (p, q) in pair.paragraphs where p.citations.sorted() != q.citations.sorted() {
                let missing = Set(p.citations).symmetricDifference(q.citations).sorted().joined(separator: "; ")
                emit(diagnostic(p.range, Message(zh: "本段的引文与", en: "this paragraph's citations differ from its counterpart's in ") + pair.otherName
                                    + Message(zh: "对应段落不同（\(missing)）", en: " (\(missing))"),
                                related: [pair.related(q.range, Message(zh: "对应段落", en: "its counterpart"))]))
            }
        }
    }
}
