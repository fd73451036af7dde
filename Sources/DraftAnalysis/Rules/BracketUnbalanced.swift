import DraftSyntax

/// Reports square brackets of pending text that do not balance within an instrument (or a
/// stretch of free text). Markdown links and Word artefacts are not brackets. No fix.
struct BracketUnbalanced: Rule {
    let code = "bracket-unbalanced"
    let defaultSeverity = Severity.error
    let summary = Message(zh: "方括号（待定案文）不匹配", en: "square brackets of pending text do not balance")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        for p in context.document.markProblems where p.isSquareBracket {
            let msg = p.kind == .unclosed
                ? Message(zh: "待定案文的“[”没有对应的“]”", en: "pending text opened with \"[\" is never closed")
                : Message(zh: "“]”前面没有对应的“[”", en: "\"]\" closes no pending text")
            emit(diagnostic(p.range, msg))
        }
    }
}
