import DraftAnalysis
import DraftSyntax

/// textDocument/prepareRename and rename: a paragraph label (from the label itself or from a
/// cross-reference to it) is relabelled together with every reference to it in its instrument.
extension LanguageServer {
    static let requestFailed = -32803

    /// The item the cursor names, its section, and where the cursor's label text is.
    private func renameTarget(_ snap: Snapshot, _ offset: Int) throws -> (Item, Section, ByteRange) {
        let zh = language(of: snap) == .zh
        switch snap.subject(at: offset) {
        case .label(let item, let section)?:
            return (item, section, Relabeling.keyRange(of: item.label!, in: snap.text))
        case .reference(let r)?:
            if let section = r.section,
               let (target, item) = zip(r.reference.targets, r.items).first(where: { $0.0.range.touches(offset) }), let item {
                return (item, section, target.range)
            }
            throw ResponseError(code: Self.requestFailed, message: zh ? "这个交叉引用指向的段落不存在，无法重命名" : "this cross-reference names no existing paragraph to rename")
        default:
            throw ResponseError(code: Self.requestFailed, message: zh ? "只能重命名段落编号（如 1、b)、ii)）" : "only paragraph labels (1, b), ii)) can be renamed")
        }
    }

    func prepareRename(_ params: PositionParams) throws -> (any Encodable)? {
        let uri = params.textDocument.uri
        let snap = try snapshot(uri)
        let conv = converter(snap)
        let (item, _, range) = try renameTarget(snap, conv.offset(params.position))
        return PrepareRenameResult(range: conv.range(range), placeholder: item.label!.key)
    }

    func rename(_ params: RenameParams) throws -> (any Encodable)? {
        let uri = params.textDocument.uri
        let snap = try snapshot(uri)
        let conv = converter(snap)
        let newName = params.newName
        let (item, section, _) = try renameTarget(snap, conv.offset(params.position))
        do {
            let edits = try Relabeling.rename(item, of: section, to: newName, in: snap.document, facts: snap.facts)
            return WorkspaceEdit(changes: [uri: edits.map(conv.edit)])
        } catch {
            throw ResponseError(code: Self.requestFailed, message: error.message.text(language(of: snap)))
        }
    }
}
