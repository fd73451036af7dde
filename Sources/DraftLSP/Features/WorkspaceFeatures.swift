import DraftAnalysis
import DraftSyntax

/// workspace/symbol over the index, and what the workspace knows about a cited instrument:
/// every citation of it, and the title it teaches.
extension LanguageServer {
    func workspaceSymbols(_ params: WorkspaceSymbolParams) throws -> (any Encodable)? {
        let query = params.query
        return currentIndex().symbols(matching: query).map { file, symbol in
            let conv = Converter(text: file.text, encoding: encoding)
            return SymbolInformation(name: symbol.name, kind: symbol.kind == .instrument ? SymbolKind.module : SymbolKind.class,
                                     location: Location(uri: file.key, range: conv.range(symbol.selection)), containerName: symbol.container)
        }
    }

    /// The instrument the cursor names: a citation of it, or its own title in the workspace.
    func citedIdentity(_ snap: Snapshot, at offset: Int) -> (id: CitationIdentity, declaration: ByteRange)? {
        switch snap.subject(at: offset) {
        case .citation(let c)?:
            return CitationIdentity(c).map { ($0, c.range) }
        case .title(let inst)?:
            return CitationIdentity(instrument: inst, text: snap.text).map { ($0, inst.titleLines[0]) }
        default:
            return nil
        }
    }

    /// Every citation of `id` in the workspace (open documents as they are in the editor).
    func workspaceCitations(of id: CitationIdentity) -> [Location] {
        currentIndex().citations(of: id).map { file, c in
            Location(uri: file.key, range: Converter(text: file.text, encoding: encoding).range(c.range))
        }
    }

    /// The title of a cited instrument: its own inline 有关“…”的, else the one the workspace teaches.
    func citationTitle(_ c: Citation) -> String? {
        if let t = c.title { return t }
        guard let id = CitationIdentity(c) else { return nil }
        let index = currentIndex()
        return (c.revision.flatMap { index.taughtTitle(of: id, edition: $0) } ?? index.taughtTitle(of: id))?.title
    }

    /// Where the workspace teaches a cited instrument's title: this file first, then the others.
    func firstTitledCitation(like c: Citation, from snap: Snapshot) -> Location? {
        guard let id = CitationIdentity(c) else { return nil }
        if let here = snap.document.citations.first(where: { $0.title != nil && CitationIdentity($0) == id }) {
            return Location(uri: snap.uri, range: converter(snap).range(here.titleRange ?? here.range))
        }
        guard let taught = currentIndex().taughtTitle(of: id) else { return nil }
        return Location(uri: taught.file.key, range: Converter(text: taught.file.text, encoding: encoding)
            .range(taught.citation.titleRange ?? taught.citation.range))
    }
}
