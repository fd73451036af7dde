import DraftSyntax

/// Reports an inline title (有关“…”的) that differs from the title the rest of the workspace
/// gives the same instrument in the same revision; the title most citations give wins, the
/// earliest on a tie. Titles change between revisions, so only one edition is compared. No fix.
struct CitationTitleContradiction: WorkspaceRule {
    let code = "citation-title-contradiction"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "引用文书时给出的标题与工作区其他地方不一致", en: "inline title of a cited instrument contradicts the title given elsewhere")

    func check(_ workspace: WorkspaceIndex, file: FileSummary, _ emit: (Diagnostic) -> Void) {
        // The taught title is looked up once per instrument and revision as written, not per
        // citation (and without building a key string for each of a long draft's citations).
        struct Cited: Hashable { let id: CitationIdentity; let revision: Revision? }
        var taughtBy: [Cited: TaughtTitle?] = [:]
        var hasRevisions: [CitationIdentity: Bool] = [:]
        for cited in file.citations {
            let c = cited.citation
            guard let title = c.title, let titleRange = c.titleRange else { continue }
            // Citations without a revision are compared only where no citation of the instrument gives one.
            if c.revision == nil {
                if hasRevisions[cited.id] == nil { hasRevisions[cited.id] = workspace.hasRevisions(cited.id) }
                if hasRevisions[cited.id]! { continue }
            }
            let key = Cited(id: cited.id, revision: c.revision)
            if taughtBy[key] == nil { taughtBy[key] = .some(workspace.taughtTitle(of: cited.id, edition: c.revision)) }
            guard let taught = taughtBy[key]!, title != taught.title,
                  WorkspaceIndex.normalisedTitle(title) != WorkspaceIndex.normalisedTitle(taught.title) else { continue }
            let where_ = taught.file.key == file.key ? nil : taught.file.key
            emit(diagnostic(titleRange,
                            Message(zh: "标题与其他引用不一致：“\(taught.title)”", en: "title differs from the one given elsewhere: “\(taught.title)”"),
                            related: [RelatedInformation(range: taught.citation.titleRange ?? taught.citation.range,
                                                         message: Message(zh: "标题在此给出", en: "title given here"), file: where_)]))
        }
    }
}
