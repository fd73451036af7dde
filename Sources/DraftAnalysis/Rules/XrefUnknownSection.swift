import DraftSyntax

/// Reports a cross-reference naming a section the instrument does not have (上述决定第2段 with
/// no 决定). No fix: which section was meant is the drafter's call.
struct XrefUnknownSection: Rule {
    let code = "xref-unknown-section"
    let defaultSeverity = Severity.error
    let summary = Message(zh: "交叉引用指向本文书中不存在的部分", en: "cross-reference to a section the instrument does not have")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        for r in context.resolvedReferences where r.problem == .unknownSection {
            let keyword = r.reference.sectionKeyword ?? ""
            let existing = r.instrumentIndex.map { context.document.instruments[$0].sections.map(\.heading.keyword) } ?? []
            let list = existing.joined(separator: "、")
            emit(diagnostic(r.reference.sectionRange ?? r.reference.range,
                            Message(zh: "本文书没有", en: "this instrument has no section ") + Naming.keyword(keyword)
                                + Message(zh: "部分（现有部分：\(list)）", en: " (its sections: \(existing.joined(separator: ", ")))")))
        }
    }
}
