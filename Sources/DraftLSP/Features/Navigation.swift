import DraftAnalysis
import DraftSyntax

/// textDocument/definition, references and documentHighlight: a cross-reference and the
/// paragraph it names; a citation and the first citation of the same instrument with a title.
extension LanguageServer {
    func definition(_ params: PositionParams) throws -> (any Encodable)? {
        let uri = params.textDocument.uri
        let snap = try snapshot(uri)
        let conv = converter(snap)
        switch snap.subject(at: conv.offset(params.position)) {
        case .reference(let r)?:
            let items = snap.items(of: r)
            if !items.isEmpty { return items.map { Location(uri: uri, range: conv.range($0.headRange(snap.text))) } }
            if let s = r.section { return Location(uri: uri, range: conv.range(s.heading.range)) }
            return nil
        case .citation(let c)?:
            return firstTitledCitation(like: c, from: snap)
        default:
            return nil
        }
    }

    /// The same section or paragraph in the other language version: the one standard request
    /// that fits "go to the other version".
    func implementation(_ params: PositionParams) throws -> (any Encodable)? {
        let uri = params.textDocument.uri
        let snap = try snapshot(uri)
        let conv = converter(snap)
        let found: VersionCounterpart?
        switch snap.subject(at: conv.offset(params.position)) {
        case .heading(let section)?: found = currentIndex().counterpart(in: uri, heading: section.heading.range, label: nil)
        case .label(let item, let section)?: found = currentIndex().counterpart(in: uri, heading: section.heading.range, label: item.label?.key)
        default: return nil
        }
        return found.map { Location(uri: $0.file.key, range: Converter(text: $0.file.text, encoding: encoding).range($0.range)) }
    }

    /// The paragraph (or section) the cursor names, and every reference to it.
    private func targetAndReferences(_ snap: Snapshot, _ offset: Int) -> (target: ByteRange, refs: [ResolvedReference])? {
        switch snap.subject(at: offset) {
        case .reference(let r)?:
            guard let section = r.section else { return nil }
            let item = snap.items(of: r).first
            return ((item?.label?.range ?? section.heading.range), snap.references(to: section, item: item))
        case .label(let item, let section)?:
            return (item.label!.range, snap.references(to: section, item: item))
        case .heading(let section)?:
            return (section.heading.range, snap.references(to: section, item: nil))
        default:
            return nil
        }
    }

    func references(_ params: ReferenceParams) throws -> (any Encodable)? {
        let uri = params.textDocument.uri
        let snap = try snapshot(uri)
        let conv = converter(snap)
        let offset = conv.offset(params.position)
        if let (id, declaration) = citedIdentity(snap, at: offset) {
            // A cited instrument: its citations across the workspace; its own title as the declaration.
            var out = workspaceCitations(of: id)
            if params.context?.includeDeclaration == true, case .title? = snap.subject(at: offset) {
                out.insert(Location(uri: uri, range: conv.range(declaration)), at: 0)
            }
            return out
        }
        guard let (target, refs) = targetAndReferences(snap, offset) else { return [Location]() }
        var out = refs.map { Location(uri: uri, range: conv.range($0.reference.range)) }
        if params.context?.includeDeclaration == true { out.insert(Location(uri: uri, range: conv.range(target)), at: 0) }
        return out
    }

    func documentHighlights(_ params: PositionParams) throws -> (any Encodable)? {
        let uri = params.textDocument.uri
        let snap = try snapshot(uri)
        let conv = converter(snap)
        guard let (target, refs) = targetAndReferences(snap, conv.offset(params.position)) else { return [DocumentHighlight]() }
        return [DocumentHighlight(range: conv.range(target), kind: 1)] + refs.map { DocumentHighlight(range: conv.range($0.reference.range), kind: 2) }
    }
}
