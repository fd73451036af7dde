import DraftSyntax

/// Reports an inline title (有关“…”的) that differs from the title the rest of the workspace
/// gives the same instrument in the same revision; the title most citations give wins, the
/// earliest on a tie. Titles change between revisions, so only one edition is compared. No fix.
struct CitationTitleContradiction: WorkspaceRule {
    let code = "citation-title-contradiction"
    let defaultSeverity = Severity.warning
    let summary = Message(zh: "引用文书时给出的标题与工作区其他地方不一致", en: "inline title of a cited instrument contradicts the title given elsewhere")

    func check(_ workspace: WorkspaceIndex, file: FileSummary, _ emit: (Diagnostic) -> Void) {
        // Instrument by instrument, and the taught title looked up once per revision as written:
        // a long draft cites a few instruments thousands of times, most often with no title.
        for (id, places) in file.positions {
            // An instrument is cited in a revision or two: a list compares them faster than a
            // dictionary hashes them (a place name is hashed after Unicode normalisation).
            var taughtBy: [(revision: Revision?, taught: TaughtTitle?)] = []
            var hasRevisions: Bool?
            for i in places where file.citations[i].citation.titleRange != nil {
                let c = file.citations[i].citation
                guard let title = c.title, let titleRange = c.titleRange else { continue }
                // Citations without a revision are compared only where no citation of the instrument gives one.
                if c.revision == nil {
                    if hasRevisions == nil { hasRevisions = workspace.hasRevisions(id) }
                    if hasRevisions! { continue }
                }
                let known = taughtBy.firstIndex { $0.revision == c.revision }
                if known == nil { taughtBy.append((c.revision, workspace.taughtTitle(of: id, edition: c.revision))) }
                guard let taught = taughtBy[known ?? taughtBy.count - 1].taught, title != taught.title,
                      WorkspaceIndex.normalisedTitle(title) != WorkspaceIndex.normalisedTitle(taught.title) else { continue }
                let where_ = taught.file.key == file.key ? nil : taught.file.key
                emit(diagnostic(titleRange,
                                Message(zh: "标题与其他引用不一致：“\(taught.title)”", en: "title differs from the one given elsewhere: “\(taught.title)”"),
                                related: [RelatedInformation(range: taught.citation.titleRange ?? taught.citation.range,
                                                             message: Message(zh: "标题在此给出", en: "title given here"), file: where_)]))
            }
        }
    }
}
