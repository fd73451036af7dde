import DraftSyntax

/// Reports paired marks （）“”《》‘’「」() that do not balance within a paragraph: an opener
/// never closed, a closer with no opener, a closer that meets the wrong opener. Square brackets
/// and stray closing quotes have rules of their own. No fix: where the partner belongs is unknown.
struct MarkUnbalanced: Rule {
    let code = "mark-unbalanced"
    let defaultSeverity = Severity.error
    let summary = Message(zh: "成对标点不匹配", en: "paired marks do not balance")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        for p in context.document.markProblems where !p.isSquareBracket && !(p.kind == .strayClose && p.isQuote) {
            let mark = context.string(p.range)
            let scalar = mark.unicodeScalars.first!.value
            switch p.kind {
            case .unclosed:
                let closer = MarkScanner.partner(of: scalar).map { String(Unicode.Scalar($0)!) } ?? "?"
                emit(diagnostic(p.range, Message(zh: "“\(mark)”没有对应的“\(closer)”", en: "\"\(mark)\" is never closed by \"\(closer)\"")))
            case .strayClose:
                let opener = MarkScanner.partner(of: scalar).map { String(Unicode.Scalar($0)!) } ?? "?"
                emit(diagnostic(p.range, Message(zh: "“\(mark)”前面没有对应的“\(opener)”", en: "\"\(mark)\" closes nothing: no \"\(opener)\" before it")))
            case .mismatched:
                let open = p.partner.map { context.string($0) } ?? "?"
                emit(diagnostic(p.range, Message(zh: "“\(mark)”与前面的“\(open)”不配对", en: "\"\(mark)\" does not match the \"\(open)\" it closes"),
                                related: p.partner.map { [RelatedInformation(range: $0, message: Message(zh: "开启的标点", en: "the opening mark"))] } ?? []))
            }
        }
    }
}
