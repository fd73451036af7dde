import DraftSyntax

/// Reports a paragraph whose numbers (years, amounts, counts; labels and citations aside) differ
/// from those of the same paragraph in the other language version: 2018 in one, 2019 in the other.
struct VersionNumberMismatch: WorkspaceRule {
    let code = "version-number-mismatch"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "段落中的数字与另一语言版本的对应段落不同", en: "a paragraph's numbers differ from its counterpart's in the other language version")

    func check(_ workspace: WorkspaceIndex, file: FileSummary, _ emit: (Diagnostic) -> Void) {
        VersionPairs.forEach(workspace, file) { pair in
            for (p, q) in pair.paragraphs where p.numbers != q.numbers {
                let mine = p.numbers.isEmpty ? "—" : p.numbers.joined(separator: ", "), theirs = q.numbers.isEmpty ? "—" : q.numbers.joined(separator: ", ")
                emit(diagnostic(p.range, Message(zh: "本段的数字（\(mine)）与", en: "this paragraph writes \(mine); its counterpart in ") + pair.otherName
                                    + Message(zh: "对应段落的数字（\(theirs)）不同", en: " writes \(theirs)"),
                                related: [pair.related(q.range, Message(zh: "对应段落", en: "its counterpart"))]))
            }
        }
    }
}
