import DraftSyntax

/// Reports a section heading with no paragraph under it. No fix.
struct SectionEmpty: Rule {
    let code = "section-empty"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "部分下没有任何段落", en: "section with no paragraphs")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        for inst in context.document.instruments {
            for s in inst.sections where s.items.isEmpty {
                emit(diagnostic(s.heading.range, Naming.section(s) + Message(zh: "部分下没有任何段落", en: " has no paragraphs")))
            }
        }
    }
}
