import DraftSyntax

/// Reports a paragraph whose cross-references name other targets than its counterpart's:
/// 上述认为“1”段 against "paragraph 2 of *is of the view* above". Paragraphs where only one
/// version writes a reference, or where one does not resolve, are left to wording and the xref rules.
struct VersionReferenceMismatch: WorkspaceRule {
    let code = "version-reference-mismatch"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "段落中的交叉引用所指与另一语言版本的对应段落不同", en: "a paragraph's cross-references name other targets than its counterpart's in the other language version")

    func check(_ workspace: WorkspaceIndex, file: FileSummary, _ emit: (Diagnostic) -> Void) {
        VersionPairs.forEach(workspace, file) { pair in
            for (p, q) in pair.paragraphs {
                guard let mine = p.references, let theirs = q.references, !mine.isEmpty, !theirs.isEmpty, mine != theirs else { continue }
                emit(diagnostic(p.range, Message(zh: "本段引用（\(mine.joined(separator: ", "))）与", en: "this paragraph refers to \(mine.joined(separator: ", ")); its counterpart in ") + pair.otherName
                                    + Message(zh: "对应段落的引用（\(theirs.joined(separator: ", "))）不同", en: " refers to \(theirs.joined(separator: ", "))"),
                                related: [pair.related(q.range, Message(zh: "对应段落", en: "its counterpart"))]))
            }
        }
    }
}
