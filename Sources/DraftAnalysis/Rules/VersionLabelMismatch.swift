import DraftSyntax

/// Reports a section whose paragraphs are labelled otherwise than in the other language version
/// (a)–g) against a)–f)): a paragraph added, dropped or renumbered in one version only.
struct VersionLabelMismatch: WorkspaceRule {
    let code = "version-label-mismatch"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "部分的段落编号与另一语言版本不同", en: "a section's labels differ from the other language version's")

    func check(_ workspace: WorkspaceIndex, file: FileSummary, _ emit: (Diagnostic) -> Void) {
        VersionPairs.forEach(workspace, file) { pair in
            for (s, t) in pair.sections where s.labels != t.labels {
                let heading = file.text.string(s.heading)
                let mine = s.labels.joined(separator: " "), theirs = t.labels.joined(separator: " ")
                emit(diagnostic(s.heading, Message(zh: "“\(heading)”部分的编号为 \(mine)，", en: "\"\(heading)\" is labelled \(mine) here, ") + pair.otherName
                                    + Message(zh: "中为 \(theirs)", en: " has \(theirs)"),
                                related: [pair.related(t.heading, Message(zh: "对应部分", en: "its counterpart"))]))
            }
        }
    }
}
