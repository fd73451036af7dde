import DraftSyntax

/// Reports a preamble section (忆及, 考虑到, …) after an operative one (认为, 决定, …).
/// Related information points at the operative section. No fix.
struct SectionOrder: Rule {
    let code = "section-order"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "序言部分出现在执行部分之后", en: "preamble section after an operative section")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        for inst in context.document.instruments {
            var firstOperative: Section?
            for s in inst.sections {
                if s.role == .operative {
                    if firstOperative == nil { firstOperative = s }
                } else if let op = firstOperative {
                    emit(diagnostic(s.heading.range,
                                    Message(zh: "序言部分", en: "preamble section ") + Naming.section(s)
                                        + Message(zh: "出现在执行部分", en: " comes after operative section ") + Naming.section(op)
                                        + Message(zh: "之后", en: ""),
                                    related: [RelatedInformation(range: op.heading.range, message: Message(zh: "第一个执行部分", en: "first operative section"))]))
                }
            }
        }
    }
}
