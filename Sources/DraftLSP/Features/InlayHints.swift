import DraftAnalysis
import DraftSyntax

/// textDocument/inlayHint: what a reference or a citation names, drawn after it.
extension LanguageServer {
    /// After a cross-reference, the first words of the paragraph it names; after a citation with
    /// no inline title, the instrument's title (the workspace's Chinese one, else the catalog's).
    /// Off with `"inlay-hints": false` in the configuration.
    func inlayHints(_ params: InlayHintParams) throws -> (any Encodable)? {
        let uri = params.textDocument.uri
        let snap = try snapshot(uri)
        guard snap.settings.inlayHints else { return JSONValue.array([]) }
        let conv = converter(snap)
        let window = params.range.map(conv.byteRange) ?? ByteRange(0, snap.text.count)
        func words(_ s: String, _ n: Int) -> String {
            let flat = ParagraphText.joined(s)
            return flat.count > n ? String(flat.prefix(n)) + "…" : flat
        }
        var hints: [JSONValue] = []
        func hint(_ at: Int, _ label: String, _ tooltip: String?) {
            // "→ " sets the hint apart where a client draws no padding (a plain terminal): it
            // must never read as part of the sentence.
            var o: [String: JSONValue] = ["position": positionValue(conv.position(at)),
                                          "label": .string("→ " + label), "paddingLeft": .bool(true)]
            if let tooltip { o["tooltip"] = .string(tooltip) }
            hints.append(.object(o))
        }
        for ref in snap.references where window.touches(ref.reference.range.end) {
            guard let item = ref.items.compactMap({ $0 }).first else { continue }
            hint(ref.reference.range.end, words(snap.text.string(item.textRange), 12), snap.text.string(item.textRange))
        }
        // A long draft cites the same few instruments many times: each title is looked up once.
        var titles: [String: String?] = [:]
        for c in snap.document.citations where c.title == nil && window.touches(c.range.end) {
            guard let id = CitationIdentity(c) else { continue }
            let key = id.englishName + "|" + (c.revision.map { "\($0)" } ?? "")
            if titles[key] == nil { titles[key] = .some(citationTitle(c) ?? snap.settings.catalog.entry(for: id)?.titleEn) }
            if let title = titles[key]! { hint(c.range.end, words(title, 16), "\(id.englishName): \(title)") }
        }
        return JSONValue.array(hints)
    }
}
