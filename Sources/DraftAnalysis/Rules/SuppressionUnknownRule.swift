import DraftSyntax

/// Reports a rule code in a suppression comment that no rule has: a typo there would
/// silently suppress nothing. No fix: the code meant cannot be known.
struct SuppressionUnknownRule: Rule {
    static let ruleCode = "suppression-unknown-rule"
    let code = Self.ruleCode
    let defaultSeverity = Severity.warning
    let scope = RuleScope.document
    let summary = Message(zh: "抑制注释中的规则代码不存在", en: "unknown rule code in a suppression comment")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        let known = Set(RuleRegistry.codes)
        for d in context.suppressions.directives {
            for (code, range) in zip(d.codes ?? [], d.codeRanges) where !known.contains(code) {
                emit(diagnostic(range, Message(zh: "没有代码为“\(code)”的规则（见 itudraft rules）", en: "no rule has the code \"\(code)\" (see itudraft rules)")))
            }
        }
    }
}
