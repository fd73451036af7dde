import DraftSyntax

/// textDocument/foldingRange: instruments, sections, and items that have sub-items.
extension LanguageServer {
    func foldingRanges(_ params: TextDocumentParams) throws -> (any Encodable)? {
        let snap = try snapshot(params.textDocument.uri)
        let lines = snap.text.lines
        var out: [FoldingRange] = []
        func add(_ r: ByteRange) {
            let start = lines.line(of: r.start)
            let end = lines.line(of: max(r.start, r.end - 1))
            if end > start { out.append(FoldingRange(startLine: start, endLine: end, kind: "region")) }
        }
        for inst in snap.document.instruments {
            add(inst.range)
            for s in inst.sections {
                add(s.range)
                for item in s.items { item.walk { i, _ in if !i.children.isEmpty { add(i.range) } } }
            }
        }
        return out
    }
}
