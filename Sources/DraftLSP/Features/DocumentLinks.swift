import DraftAnalysis
import DraftSyntax

/// textDocument/documentLink: links a user catalog gives cited instruments.
extension LanguageServer {
    /// A link on each citation whose instrument has a URL in the catalog. The built-in catalog
    /// has none: links come from a user catalog with a `url` column. None is invented.
    func documentLinks(_ params: TextDocumentParams) throws -> (any Encodable)? {
        let uri = params.textDocument.uri
        let snap = try snapshot(uri)
        let conv = converter(snap)
        var links: [JSONValue] = []
        for c in snap.document.citations {
            guard let id = CitationIdentity(c), let entry = snap.settings.catalog.entry(for: id), let url = entry.url else { continue }
            links.append(.object(["range": rangeValue(conv.range(c.range)), "target": .string(url), "tooltip": .string("\(id.englishName): \(entry.titleEn)")]))
        }
        return JSONValue.array(links)
    }
}
