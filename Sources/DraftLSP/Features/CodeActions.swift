import DraftAnalysis
import DraftSyntax

enum CodeActions {
    static let fixAllKind = "source.fixAll.itudraft"
}

/// textDocument/codeAction: each certain fix of a finding in the range as a quick fix, and
/// every certain fix of the file at once as source.fixAll.itudraft.
extension LanguageServer {
    func codeActions(_ params: JSONValue) throws -> (any Encodable)? {
        let uri = try requireURI(params)
        let snap = try snapshot(uri)
        let conv = converter(snap)
        let range = conv.byteRange(params["range"])
        let only = params["context"]["only"].array?.compactMap(\.string)
        let language = language(of: snap)
        func wanted(_ kind: String) -> Bool { only.map { $0.contains { kind == $0 || kind.hasPrefix($0 + ".") } } ?? true }

        var actions: [CodeAction] = []
        if wanted("quickfix") {
            for d in snap.diagnostics where d.fix != nil && (d.range.overlaps(range) || d.range.touches(range.start) || range.contains(d.range.start)) {
                let fix = d.fix!
                actions.append(CodeAction(title: fix.title.text(language), kind: "quickfix",
                                          diagnostics: [conv.diagnostic(d, uri: uri, language: language)], isPreferred: true,
                                          edit: WorkspaceEdit(changes: [uri: fix.edits.map(conv.edit)])))
            }
        }
        if wanted(CodeActions.fixAllKind) {
            let fixable = snap.diagnostics.filter { $0.fix != nil }
            if !fixable.isEmpty {
                // One pass of every non-overlapping fix, doubled characters and and→和 included.
                let fixed = Analyzer.applyingFixes(fixable, to: snap.text.bytes)
                let whole = ByteRange(0, snap.text.count)
                actions.append(CodeAction(title: language == .zh ? "修正所有可确定的问题（itudraft）" : "Fix all certain problems (itudraft)",
                                          kind: CodeActions.fixAllKind, diagnostics: nil, isPreferred: nil,
                                          edit: WorkspaceEdit(changes: [uri: [LSPTextEdit(range: conv.range(whole), newText: String(decoding: fixed, as: UTF8.self))]])))
            }
        }
        if let action = renumberAction(snap, range, conv, language, wanted) { actions.append(action) }
        return actions
    }

    /// "Renumber 认为": offered in a section whose labels are out of order; a quick fix where
    /// label-gap or label-repeat reports it, a rewrite otherwise.
    private func renumberAction(_ snap: Snapshot, _ range: ByteRange, _ conv: Converter, _ language: TextLanguage,
                                _ wanted: (String) -> Bool) -> CodeAction? {
        guard let inst = snap.document.instrument(containing: range.start), let section = inst.section(containing: range.start) else { return nil }
        let reported = snap.diagnostics.filter { ($0.code == "label-gap" || $0.code == "label-repeat") && section.range.contains($0.range.start) }
        let kind = reported.isEmpty ? "refactor.rewrite" : "quickfix"
        guard wanted(kind) else { return nil }
        let edits = Relabeling.renumber(section, in: snap.document)
        guard !edits.isEmpty else { return nil }
        let keyword = section.heading.keyword
        return CodeAction(title: language == .zh ? "重新编号“\(keyword)”各段并更新引用" : "Renumber the paragraphs of \(keyword) and their references",
                          kind: kind, diagnostics: reported.isEmpty ? nil : reported.map { conv.diagnostic($0, uri: snap.uri, language: language) },
                          isPreferred: nil, edit: WorkspaceEdit(changes: [snap.uri: edits.map(conv.edit)]))
    }

    /// textDocument/diagnostic (pull): the full report, or "unchanged" when the client has it.
    func pullDiagnostics(_ params: JSONValue) throws -> (any Encodable)? {
        let uri = try requireURI(params)
        let snap = try snapshot(uri)
        let conv = converter(snap)
        let lang = language(of: snap)
        let items = findings(snap).map { conv.diagnostic($0, uri: uri, language: lang, textOf: textOf) }
        let bytes = try encode(items)
        var hash: UInt64 = 0xcbf29ce484222325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100000001b3 }
        let resultId = String(hash, radix: 16)
        if params["previousResultId"].string == resultId {
            return FullDocumentDiagnosticReport(kind: "unchanged", resultId: resultId, items: nil)
        }
        return FullDocumentDiagnosticReport(kind: "full", resultId: resultId, items: items)
    }
}
