import DraftSyntax

/// Reports a label used twice in one sequence (a) b) b)). Related information points at the
/// first use. No fix.
struct LabelRepeat: Rule {
    let code = "label-repeat"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "段落编号重复", en: "item label repeated")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        LabelSequences.forEach(context.document) { siblings in
            var first: [String: ItemLabel] = [:]
            for label in siblings {
                if let earlier = first[label.key] {
                    let text = context.string(label.range)
                    emit(diagnostic(label.range, Message(zh: "编号 \(text) 重复", en: "label \(text) is used twice"),
                                    related: [RelatedInformation(range: earlier.range, message: Message(zh: "第一次使用", en: "first used here"))]))
                } else {
                    first[label.key] = label
                }
            }
        }
    }
}
