import DraftSyntax

/// textDocument/documentSymbol: instrument → sections (name = keyword, detail = gloss) → items.
/// Hierarchical when the client declares support, flat SymbolInformation otherwise.
extension LanguageServer {
    func documentSymbols(_ params: JSONValue) throws -> any Encodable {
        let uri = try requireURI(params)
        let snap = try snapshot(uri)
        let conv = converter(snap)
        let doc = snap.document
        let text = snap.text
        let language = language(of: snap)
        func excerpt(_ r: ByteRange, _ n: Int) -> String {
            let s = text.string(r).split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
            return s.count > n ? String(s.prefix(n)) + "…" : s
        }
        func itemSymbol(_ item: Item) -> DocumentSymbol {
            let label = item.label.map { text.string($0.range) + " " } ?? ""
            let selection = item.label?.range ?? ByteRange(item.textRange.start, min(item.textRange.end, text.lines.contentRange(ofLine: text.lines.line(of: item.textRange.start)).end))
            return DocumentSymbol(name: label + excerpt(item.textRange, 20), detail: nil, kind: SymbolKind.field,
                                  range: conv.range(item.range), selectionRange: conv.range(selection),
                                  children: item.children.isEmpty ? nil : item.children.map(itemSymbol))
        }
        let symbols: [DocumentSymbol] = doc.instruments.map { inst in
            let pending = doc.pending.filter { $0.depth == 1 && inst.range.contains($0.range.start) }.count
            var detail = inst.kind.rawValue + (inst.number.map { " \($0)" } ?? "")
            if pending > 0 { detail += language == .zh ? " · \(pending) 处待定案文" : " · \(pending) pending [ ]" }
            let sections = inst.sections.map { s in
                // The lead-in (设立一个专家组，在以下职责范围内开展工作：) shows before the items it opens.
                let lead = s.leadIn.map { r in
                    DocumentSymbol(name: (language == .zh ? "（引言）" : "(lead-in) ") + excerpt(r, 20), detail: nil, kind: SymbolKind.string,
                                   range: conv.range(r), selectionRange: conv.range(r), children: nil)
                }
                return DocumentSymbol(name: s.heading.keyword, detail: s.heading.entry.gloss.isEmpty ? nil : s.heading.entry.gloss,
                                      kind: SymbolKind.class, range: conv.range(s.range), selectionRange: conv.range(s.heading.range),
                                      children: (lead.map { [$0] } ?? []) + s.items.map(itemSymbol))
            }
            let name = inst.title.isEmpty ? (language == .zh ? "（无标题）" : "(untitled)") : excerpt(inst.title, 40)
            return DocumentSymbol(name: name, detail: detail, kind: SymbolKind.module,
                                  range: conv.range(inst.range), selectionRange: conv.range(inst.titleLines[0]), children: sections)
        }
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

