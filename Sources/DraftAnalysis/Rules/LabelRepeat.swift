import DraftSyntax

/// Reports a label used twice in one sequence (a) b) b)). Related information points at the
/// first use. No fix.
struct LabelRepeat: Rule {
    let code = "label-repeat"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "段落编号重复", en: "item label repeated")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        for siblings in context.labelSequences {
            // Sibling lists are short (labels stop at 300): a linear look-back beats hashing strings.
            for (n, label) in siblings.enumerated() {
                if let earlier = siblings[..<n].first(where: { $0.key == label.key }) {
                    let text = context.string(label.range)
                    emit(diagnostic(label.range, Message(zh: "编号 \(text) 重复", en: "label \(text) is used twice"),
                                    related: [RelatedInformation(range: earlier.range, message: Message(zh: "第一次使用", en: "first used here"))]))
                }
            }
        }
    }
}
