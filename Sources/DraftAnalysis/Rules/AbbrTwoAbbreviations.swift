import DraftSyntax

/// Reports one expansion given two different abbreviations in one file (联合国大会（UNGA）
/// beside 联合国大会（UNAG）): the later one is usually the typo. Related information points at
/// the first. No fix: which spelling is right is the drafter's call.
struct AbbrTwoAbbreviations: Rule {
    let code = "abbr-two-abbreviations"
    let defaultSeverity = Severity.warning
    let scope = RuleScope.document
    let summary = Message(zh: "同一全称使用了两个不同的缩写", en: "one expansion with two different abbreviations")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        var first: [Spelling: Abbreviation] = [:]
        for a in context.document.abbreviations.joined() {
            guard let earlier = first[Spelling(a.expansion)] else { first[Spelling(a.expansion)] = a; continue }
            guard earlier.abbreviation != a.abbreviation else { continue }
            emit(diagnostic(a.abbreviationRange,
                            Message(zh: "“\(a.expansion)”在前文缩写为“\(earlier.abbreviation)”，此处却写作“\(a.abbreviation)”",
                                    en: "\"\(a.expansion)\" is abbreviated \(earlier.abbreviation) before, but \(a.abbreviation) here"),
                            related: [RelatedInformation(range: earlier.abbreviationRange, message: Message(zh: "前文的缩写", en: "the earlier abbreviation"))]))
        }
    }
}
