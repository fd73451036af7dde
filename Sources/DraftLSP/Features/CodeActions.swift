import DraftAnalysis
import DraftSyntax
import FoundationEssentials

enum CodeActions {
    static let fixAllKind = "source.fixAll.itudraft"
}

/// The commands of workspace/executeCommand: what a code action does, for the clients that take
/// only Commands. Each is computed anew from the document when it is executed.
enum Commands {
    /// [uri, code, range]: the fix of the finding `code` at `range`.
    static let applyFix = "itudraft.applyFix"
    /// [uri]: every certain fix of the document.
    static let fixAll = "itudraft.fixAll"
    /// [uri, position]: renumber the section at `position` with its references.
    static let renumber = "itudraft.renumber"
    static let all = [applyFix, fixAll, renumber]
}

/// One code action, as a literal or, for a client without codeActionLiteralSupport, a Command.
enum CodeActionReply: Encodable {
    case action(CodeAction)
    case command(Command)

    func encode(to encoder: Encoder) throws {
        switch self {
        case .action(let a): try a.encode(to: encoder)
        case .command(let c): try c.encode(to: encoder)
        }
    }
}

/// textDocument/codeAction: each certain fix of a finding in the range as a quick fix, and
/// every certain fix of the file at once as source.fixAll.itudraft.
extension LanguageServer {
    /// A code action before it is told to the client: its edit, and the command that makes it again.
    private struct Offer {
        let title: String
        let kind: String
        let diagnostics: [Diagnostic]
        let preferred: Bool
        let edit: WorkspaceEdit
        let command: Command
    }

    func codeActions(_ params: CodeActionParams) throws -> [CodeActionReply] {
        let uri = params.textDocument.uri
        let snap = try snapshot(uri)
        let conv = converter(snap)
        let range = conv.byteRange(params.range)
        let only = params.context?.only
        let language = language(of: snap)
        func wanted(_ kind: String) -> Bool { only.map { $0.contains { kind == $0 || kind.hasPrefix($0 + ".") } } ?? true }

        var offers: [Offer] = []
        if wanted("quickfix") {
            for d in snap.diagnostics where d.fix != nil && (d.range.overlaps(range) || d.range.touches(range.start) || range.contains(d.range.start)) {
                let title = d.fix!.title.text(language)
                let args: [JSONValue] = [.string(uri), .string(d.code), rangeJSON(conv.range(d.range))]
                offers.append(Offer(title: title, kind: "quickfix", diagnostics: [d], preferred: true, edit: fixEdit(snap, d, conv),
                                    command: Command(title: title, command: Commands.applyFix, arguments: args)))
            }
        }
        if wanted(CodeActions.fixAllKind), let edit = fixAllEdit(snap, conv) {
            let title = language == .zh ? "修正所有可确定的问题（itudraft）" : "Fix all certain problems (itudraft)"
            offers.append(Offer(title: title, kind: CodeActions.fixAllKind, diagnostics: [], preferred: false, edit: edit,
                                command: Command(title: title, command: Commands.fixAll, arguments: [.string(uri)])))
        }
        if let offer = renumberOffer(snap, range, conv, language, wanted) { offers.append(offer) }
        return offers.map { o in
            guard client.codeActionLiterals else { return .command(o.command) }
            return .action(CodeAction(title: o.title, kind: o.kind,
                                      diagnostics: o.diagnostics.isEmpty ? nil : o.diagnostics.map { conv.diagnostic($0, uri: uri, language: language) },
                                      isPreferred: o.preferred && client.isPreferred ? true : nil, edit: o.edit))
        }
    }

    private func rangeJSON(_ r: LSPRange) -> JSONValue {
        func pos(_ p: Position) -> JSONValue { .object(["line": .int(p.line), "character": .int(p.character)]) }
        return .object(["start": pos(r.start), "end": pos(r.end)])
    }

    private func fixEdit(_ snap: Snapshot, _ d: Diagnostic, _ conv: Converter) -> WorkspaceEdit {
        WorkspaceEdit(changes: [snap.uri: d.fix!.edits.map(conv.edit)])
    }

    /// Every certain fix, doubled characters and and→和 included, until none is left.
    private func fixAllEdit(_ snap: Snapshot, _ conv: Converter) -> WorkspaceEdit? {
        guard snap.diagnostics.contains(where: { $0.fix != nil }) else { return nil }
        let fixed = Analyzer.fixingAll(snap.text.bytes, selection: snap.settings.selection, catalog: snap.settings.catalog)
        let whole = ByteRange(0, snap.text.count)
        return WorkspaceEdit(changes: [snap.uri: [LSPTextEdit(range: conv.range(whole), newText: String(decoding: fixed, as: UTF8.self))]])
    }

    /// "Renumber 认为": offered in a section whose labels are out of order; a quick fix where
    /// label-gap or label-repeat reports it, a rewrite otherwise.
    private func renumberOffer(_ snap: Snapshot, _ range: ByteRange, _ conv: Converter, _ language: TextLanguage,
                               _ wanted: (String) -> Bool) -> Offer? {
        guard let inst = snap.document.instrument(containing: range.start), let section = inst.section(containing: range.start) else { return nil }
        let reported = snap.diagnostics.filter { $0.isLabelSequence && section.range.contains($0.range.start) }
        let kind = reported.isEmpty ? "refactor.rewrite" : "quickfix"
        guard wanted(kind), let edit = renumberEdit(snap, section, conv) else { return nil }
        let keyword = section.heading.keyword
        // With 1bis or 2ter in it, renumbering is what finalizing a negotiated text does.
        var negotiated = false
        for top in section.items { top.walk { item, _ in if item.label?.variant != nil { negotiated = true } } }
        let title = negotiated
            ? (language == .zh ? "定稿编号：将“\(keyword)”中的 bis/ter 段并入序列并更新引用" : "Finalize the numbering of \(keyword) (bis/ter folded in) and its references")
            : (language == .zh ? "重新编号“\(keyword)”各段并更新引用" : "Renumber the paragraphs of \(keyword) and their references")
        let position = conv.position(section.heading.range.start)
        return Offer(title: title, kind: kind, diagnostics: reported, preferred: false, edit: edit,
                     command: Command(title: title, command: Commands.renumber,
                                      arguments: [.string(snap.uri), .object(["line": .int(position.line), "character": .int(position.character)])]))
    }

    private func renumberEdit(_ snap: Snapshot, _ section: Section, _ conv: Converter) -> WorkspaceEdit? {
        let edits = Relabeling.renumber(section, in: snap.document, facts: snap.facts)
        return edits.isEmpty ? nil : WorkspaceEdit(changes: [snap.uri: edits.map(conv.edit)])
    }

    /// workspace/executeCommand: the command's edit, computed on the document as it is now, sent
    /// to the client with workspace/applyEdit. A fix that no longer applies is an error, not a guess.
    func executeCommand(_ params: ExecuteCommandParams) throws -> JSONValue {
        let args = params.arguments ?? []
        let command = params.command
        guard Commands.all.contains(command) else {
            throw ResponseError(code: ErrorCode.invalidParams, message: "unknown command \(command)")
        }
        guard let uri = args.first?.string else { throw ResponseError(code: ErrorCode.invalidParams, message: "\(command) needs a document URI") }
        let snap = try snapshot(uri)
        let conv = converter(snap)
        let zh = language(of: snap) == .zh
        let edit: WorkspaceEdit?
        let label: String
        switch command {
        case Commands.applyFix:
            guard args.count >= 3, let code = args[1].string else { throw ResponseError(code: ErrorCode.invalidParams, message: "\(command) needs a URI, a rule code and a range") }
            let range = conv.byteRange(args[2])
            let d = snap.diagnostics.first { $0.code == code && $0.fix != nil && $0.range == range }
            edit = d.map { fixEdit(snap, $0, conv) }
            label = d?.fix?.title.text(zh ? .zh : .en) ?? code
        case Commands.fixAll:
            edit = fixAllEdit(snap, conv)
            label = zh ? "修正所有可确定的问题" : "Fix all certain problems"
        default:
            guard args.count >= 2 else { throw ResponseError(code: ErrorCode.invalidParams, message: "\(command) needs a URI and a position") }
            let offset = conv.offset(args[1])
            let section = snap.document.instrument(containing: offset)?.section(containing: offset)
            edit = section.flatMap { renumberEdit(snap, $0, conv) }
            label = zh ? "重新编号" : "Renumber"
        }
        guard let edit else {
            throw ResponseError(code: Self.requestFailed, message: zh ? "文档已更改，此操作不再适用" : "the document has changed: this action no longer applies")
        }
        guard client.applyEdit else {
            throw ResponseError(code: Self.requestFailed, message: zh ? "客户端不支持 workspace/applyEdit，无法应用更改" : "the client does not take workspace/applyEdit: the change cannot be made")
        }
        let encoded = try JSONDecoder().decode(JSONValue.self, from: Data(try JSONWriter.encode(edit)))
        sendRequest("workspace/applyEdit", .object(["label": .string(label), "edit": encoded]))
        return .null
    }

    /// textDocument/diagnostic (pull): the full report, or "unchanged" when the client has it.
    func pullDiagnostics(_ params: PreviousResultParams) throws -> (any Encodable)? {
        let uri = params.textDocument.uri
        let snap = try snapshot(uri)
        let conv = converter(snap)
        let lang = language(of: snap)
        let items = findings(snap).map { conv.diagnostic($0, uri: uri, language: lang, textOf: textOf) }
        let bytes = try encode(items)
        var hash: UInt64 = 0xcbf29ce484222325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100000001b3 }
        let resultId = String(hash, radix: 16)
        if params.previousResultId == resultId {
            return FullDocumentDiagnosticReport(kind: "unchanged", resultId: resultId, items: nil)
        }
        return FullDocumentDiagnosticReport(kind: "full", resultId: resultId, items: items)
    }
}
