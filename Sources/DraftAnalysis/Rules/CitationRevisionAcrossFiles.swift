import DraftSyntax

/// Reports a citation whose revision differs from the one most files of the workspace cite for
/// the same instrument (第71号决议（2014年，釜山） here, （2018年，迪拜，修订版） in three other drafts).
/// Information only: a draft may mean the older text. Differences inside one file are
/// citation-inconsistent-revision's.
struct CitationRevisionAcrossFiles: WorkspaceRule {
    let code = "citation-revision-across-files"
    let defaultSeverity = Severity.information
    let summary = Message(zh: "同一文书在工作区其他文件中引用的版本不同", en: "the same instrument cited with another revision in other files of the workspace")

    func check(_ workspace: WorkspaceIndex, file: FileSummary, _ emit: (Diagnostic) -> Void) {
        // One look at the workspace per instrument, not per citation: a long file cites the same few many times.
        for (id, places) in file.positions where places.contains(where: { file.citations[$0].citation.revision != nil }) {
            // Each file votes once per edition it cites; the votes are counted once for the workspace.
            let votes = workspace.editionVotes(of: id)
            guard let majority = votes.max(by: { $0.files.count < $1.files.count }),
                  majority.files.contains(where: { $0 != file.key }) else { continue }
            // The first citation of this file in another edition than the one most files cite, if that one wins outright.
            guard let odd = places.lazy.map({ file.citations[$0] })
                    .first(where: { $0.citation.revision.map { !$0.isSameEdition(as: majority.edition) } ?? false }),
                  let mine = votes.first(where: { $0.edition.isSameEdition(as: odd.citation.revision!) }),
                  majority.files.count > mine.files.count else { continue }
            let (otherFile, other) = majority.first
            let was = majority.written
            emit(diagnostic(odd.citation.range,
                            Message(zh: "工作区中 \(majority.files.count) 个文件引用的版本不同（如：\(was)）",
                                    en: "\(majority.files.count) files of the workspace cite another revision (such as \(was))"),
                            related: [RelatedInformation(range: other.range, message: Message(zh: "其他文件中的引用", en: "citation in another file"),
                                                         file: otherFile.key == file.key ? nil : otherFile.key)]))
        }
    }
}
