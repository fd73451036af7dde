import DraftSyntax

/// Reports 上述 (above) pointing at a paragraph below, or 下述 (below) at one above.
/// No fix: the wrong word may be the direction or the section.
struct XrefWrongDirection: Rule {
    let code = "xref-wrong-direction"
    let defaultSeverity = Severity.error
    let summary = Message(zh: "“上述”指向下文或“下述”指向上文", en: "\"above\" (上述) pointing below, or \"below\" (下述) pointing above")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        for r in context.resolvedReferences where r.problem == .wrongDirection {
            guard let section = r.section else { continue }
            let above = r.reference.direction == .above
            let target = r.items.compactMap { $0 }.first
            emit(diagnostic(r.reference.range,
                            Message(zh: above ? "“上述”所指的段落在下文" : "“下述”所指的段落在上文",
                                    en: above ? "says above, but the paragraph it names is below" : "says below, but the paragraph it names is above"),
                            related: [RelatedInformation(range: target?.label?.range ?? section.heading.range,
                                                         message: Message(zh: "被引用的段落", en: "the paragraph referred to"))]))
        }
    }
}
