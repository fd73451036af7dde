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
            // Apart, so that finding a revision or reading a title copies no taught title (which
            // holds its file's whole summary).
            var revisions: [Revision?] = []
            var taught: [TaughtTitle?] = []
            var titles: [String?] = []
            var hasRevisions: Bool?
            for i in places where file.citations[i].citation.titleRange != nil {
                guard let title = file.citations[i].citation.title, let titleRange = file.citations[i].citation.titleRange else { continue }
                let revision = file.citations[i].citation.revision
                // Citations without a revision are compared only where no citation of the instrument gives one.
                if revision == nil {
                    if hasRevisions == nil { hasRevisions = workspace.hasRevisions(id) }
                    if hasRevisions! { continue }
                }
                let k = revisions.firstIndex(of: revision) ?? {
                    revisions.append(revision)
                    taught.append(workspace.taughtTitle(of: id, edition: revision))
                    titles.append(taught.last!?.title)
                    return revisions.count - 1
                }()
                // Most titles are the taught one byte for byte: compared so before canonically.
                guard let taughtTitle = titles[k], !title.hasSameBytes(as: taughtTitle), title != taughtTitle,
                      WorkspaceIndex.normalisedTitle(title) != WorkspaceIndex.normalisedTitle(taughtTitle), let taught = taught[k] else { continue }
                let where_ = taught.file.key == file.key ? nil : taught.file.key
                emit(diagnostic(titleRange,
                                Message(zh: "标题与其他引用不一致：“\(taught.title)”", en: "title differs from the one given elsewhere: “\(taught.title)”"),
                                related: [RelatedInformation(range: taught.citation.titleRange ?? taught.citation.range,
                                                             message: Message(zh: "标题在此给出", en: "title given here"), file: where_)]))
            }
        }
    }
}
