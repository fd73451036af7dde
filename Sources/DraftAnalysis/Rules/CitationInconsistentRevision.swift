import DraftSyntax

/// Reports one instrument cited with different years, places or revision marks in one file
/// (第71号决议（2018年，迪拜，修订版） and later 第71号决议（2014年，釜山）). Related information
/// points at the first citation. No fix: either may be the one meant.
struct CitationInconsistentRevision: Rule {
    let code = "citation-inconsistent-revision"
    let defaultSeverity = Severity.warning
    let scope = RuleScope.document
    let summary = Message(zh: "同一文书在同一文件中引用的年份/地点不一致", en: "the same instrument cited with different years/places in one file")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        // Each instrument's first citation by index, with its revision: a long draft's thousands
        // of citations are not copied, only read.
        let citations = context.document.citations, identities = context.citationIdentities
        var first: [CitationIdentity: (index: Int, revision: Revision)] = [:]
        for i in citations.indices where citations[i].problem == nil {
            guard let revision = citations[i].revision, let id = identities[i] else { continue }
            guard let earliest = first[id] else { first[id] = (i, revision); continue }
            guard !earliest.revision.isSameEdition(as: revision) else { continue }
            let c = citations[i], earlier = citations[earliest.index]
            let was = context.string(earlier.range)
            emit(diagnostic(c.range,
                            Message(zh: "与前文引用的版本不一致（前文：\(was)）", en: "cited differently before (\(was)): same instrument, other year, place or revision"),
                            related: [RelatedInformation(range: earlier.range, message: Message(zh: "第一次引用", en: "first citation"))]))
        }
    }
}
