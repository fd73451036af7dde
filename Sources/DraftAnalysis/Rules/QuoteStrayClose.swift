import DraftSyntax

/// Reports a closing quote with no opening quote before it (第70/1号决议”；). No fix: the
/// opener may be what is missing.
struct QuoteStrayClose: Rule {
    let code = "quote-stray-close"
    let defaultSeverity = Severity.error
    let summary = Message(zh: "多余的后引号", en: "stray closing quote")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        for p in context.document.markProblems where !p.isSquareBracket && p.kind == .strayClose && p.isQuote {
            let mark = context.string(p.range)
            emit(diagnostic(p.range, Message(zh: "多余的后引号“\(mark)”：前面没有对应的前引号", en: "stray closing quote \"\(mark)\": no opening quote before it")))
        }
    }
}
