import DraftAnalysis
import DraftSyntax

/// textDocument/documentSymbol: instrument → sections (name = keyword, detail = gloss) → items.
/// Hierarchical when the client declares support, flat SymbolInformation otherwise.
extension LanguageServer {
    func documentSymbols(_ params: TextDocumentParams) throws -> any Encodable {
        let uri = params.textDocument.uri
        let snap = try snapshot(uri)
        let conv = converter(snap)
        let doc = snap.document
        let language = language(of: snap)
        // The tree `itudraft outline` prints, converted: the pending count is the server's addition.
        func symbol(_ node: OutlineNode) -> DocumentSymbol {
            var detail: String?
            let kind: Int
            switch node.kind {
            case .instrument(let k, let number):
                let pending = doc.pending.filter { $0.depth == 1 && node.range.contains($0.range.start) }.count
                detail = k.rawValue + (number.map { " \($0)" } ?? "")
                if pending > 0 { detail! += language == .zh ? " · \(pending) 处待定案文" : " · \(pending) pending [ ]" }
                kind = SymbolKind.module
            case .section(let entry):
                detail = entry.gloss.isEmpty ? nil : entry.gloss
                kind = SymbolKind.class
            case .leadIn: kind = SymbolKind.string
            case .item: kind = SymbolKind.field
            }
            return DocumentSymbol(name: node.name, detail: detail, kind: kind, range: conv.range(node.range),
                                  selectionRange: conv.range(node.selection), children: node.children.isEmpty ? nil : node.children.map(symbol))
        }
        let symbols = OutlineNode.of(doc, language: language, excerpt: 20, titleExcerpt: 40).map(symbol)
        if client.hierarchicalSymbols { return symbols }
        var flat: [SymbolInformation] = []
        func flatten(_ s: DocumentSymbol, container: String?) {
            flat.append(SymbolInformation(name: s.name, kind: s.kind, location: Location(uri: uri, range: s.range), containerName: container))
            for c in s.children ?? [] { flatten(c, container: s.name) }
        }
        for s in symbols { flatten(s, container: nil) }
        return flat
    }
}

