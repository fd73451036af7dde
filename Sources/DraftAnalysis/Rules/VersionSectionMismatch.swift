import DraftSyntax

/// Reports a section that the other language version of the instrument lacks, or has in another
/// place (认为 ↔ *is of the view*, matched by the lexicon). No fix: which version is right is the
/// translators' call.
struct VersionSectionMismatch: WorkspaceRule {
    let code = "version-section-mismatch"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "与另一语言版本的部分不对应（缺少、多出或顺序不同）", en: "a section missing, extra or out of order against the other language version")

    func check(_ workspace: WorkspaceIndex, file: FileSummary, _ emit: (Diagnostic) -> Void) {
        VersionPairs.forEach(workspace, file) { pair in
            let mine = pair.mine.sections.map(\.key), theirs = pair.other.sections.map(\.key)
            guard mine != theirs else { return }
            for (n, s) in pair.mine.sections.enumerated() {
                let heading = file.text.string(s.heading)
                if !theirs.contains(s.key) {
                    emit(diagnostic(s.heading, Message(zh: "“\(heading)”部分在", en: "section \"\(heading)\" has no counterpart in ") + pair.otherName + Message(zh: "中没有对应部分", en: ""),
                                    related: [pair.related(pair.other.title, Message(zh: "另一语言版本", en: "the other version"))]))
                } else if n >= theirs.count || theirs[n] != s.key, mine.filter({ theirs.contains($0) }) != theirs.filter({ mine.contains($0) }) {
                    let t = pair.other.sections.first { $0.key == s.key }!
                    emit(diagnostic(s.heading, Message(zh: "“\(heading)”部分的位置与", en: "section \"\(heading)\" stands elsewhere in ") + pair.otherName + Message(zh: "不同", en: ""),
                                    related: [pair.related(t.heading, Message(zh: "对应部分", en: "its counterpart"))]))
                    return
                }
            }
        }
    }
}
