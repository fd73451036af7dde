import DraftSyntax

/// Reports a citation that is broken: 第号决议 (no number), 第71号决议（2018年，迪拜 (parenthesis
/// never closed). No fix.
struct CitationMalformed: Rule {
    let code = "citation-malformed"
    let defaultSeverity = Severity.error
    let summary = Message(zh: "引文格式错误（缺少编号或括号未闭合）", en: "malformed citation (missing number, unclosed parenthesis)")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        for c in context.document.citations {
            switch c.problem {
            case .missingNumber?:
                emit(diagnostic(c.range, Message(zh: "引文缺少编号", en: "the citation has no number")))
            case .unclosedParenthesis?:
                emit(diagnostic(c.range, Message(zh: "引文的括号没有闭合", en: "the citation's parenthesis is never closed")))
            case nil: break
            }
        }
    }
}
