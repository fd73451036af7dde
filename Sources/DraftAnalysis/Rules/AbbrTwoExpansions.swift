import DraftSyntax

/// Reports one abbreviation defined with two unrelated expansions in one instrument.
/// Expansions that share their last two characters (应对新冠肺炎疫情 / 面对新冠肺炎疫情) are the
/// same name reached from different words and are not reported. No fix.
struct AbbrTwoExpansions: Rule {
    let code = "abbr-two-expansions"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "同一缩写对应两个不同的全称", en: "one abbreviation with two different expansions")

    static func sameName(_ a: String, _ b: String) -> Bool {
        var n = 0
        for (x, y) in zip(a.reversed(), b.reversed()) {
            guard x == y else { break }
            n += 1
        }
        return n >= 2
    }

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        for list in context.document.abbreviations {
            var first: [String: Abbreviation] = [:]
            for a in list {
                guard let earlier = first[a.abbreviation] else { first[a.abbreviation] = a; continue }
                guard !Self.sameName(earlier.expansion, a.expansion) else { continue }
                emit(diagnostic(a.expansionRange,
                                Message(zh: "缩写“\(a.abbreviation)”在前文指“\(earlier.expansion)”，此处却指“\(a.expansion)”",
                                        en: "\(a.abbreviation) stands for \"\(earlier.expansion)\" before, but for \"\(a.expansion)\" here"),
                                related: [RelatedInformation(range: earlier.expansionRange, message: Message(zh: "前文的全称", en: "the earlier expansion"))]))
            }
        }
    }
}
