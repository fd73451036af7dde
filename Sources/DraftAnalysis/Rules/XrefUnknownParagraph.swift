import DraftSyntax

/// Reports a cross-reference to a paragraph its section does not have (上述认为“9”段 when 认为
/// has 1–5). Related information points at the section. No fix.
struct XrefUnknownParagraph: Rule {
    let code = "xref-unknown-paragraph"
    let defaultSeverity = Severity.error
    let summary = Message(zh: "交叉引用指向不存在的段落", en: "cross-reference to a paragraph that does not exist")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        for r in context.resolvedReferences {
            guard case .unknownParagraph(let index)? = r.problem, let section = r.section else { continue }
            let target = r.reference.targets[index]
            let labels = section.items.compactMap { $0.label.map { Naming.path([$0.key]) } }
            let has = labels.isEmpty ? Message(zh: "没有带编号的段落", en: "no labelled paragraphs")
                : Message(zh: "只有 \(labels.joined(separator: "、"))", en: "only \(labels.joined(separator: ", "))")
            emit(diagnostic(target.range,
                            Naming.section(section) + Message(zh: "部分没有第 \(Naming.path(target.path)) 段，", en: " has no paragraph \(Naming.path(target.path)); it has ") + has,
                            related: [RelatedInformation(range: section.heading.range, message: Message(zh: "引用的部分", en: "the section referred to"))]))
        }
    }
}
