import DraftSyntax

/// Reports a citation of an older revision than the latest the catalog knows
/// (第71号决议（2014年，釜山） when PP-18 revised it in Dubai, 2018). Information, with the
/// latest revision; no fix, since citing an older text can be deliberate.
struct CitationOutdatedRevision: Rule {
    let code = "citation-outdated-revision"
    let defaultSeverity = Severity.information
    let summary = Message(zh: "引用的版本早于目录中已知的最新版本", en: "cites an older revision than the latest the catalog knows")

    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void) {
        for (c, id) in zip(context.document.citations, context.citationIdentities) {
            guard let id, c.problem == nil, let cited = c.revision?.year,
                  let entry = context.catalog.entry(for: id), let latest = entry.revision?.year, cited < latest else { continue }
            emit(diagnostic(c.range,
                            Message(zh: "引用的是\(cited)年版本；已知最新版本为 \(entry.revisionText)",
                                    en: "cites the \(cited) text; the latest known is \(entry.revisionText)")))
        }
    }
}
