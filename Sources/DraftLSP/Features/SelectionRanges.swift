import DraftAnalysis
import DraftSyntax

/// textDocument/selectionRange: the structure's nesting, for expanding a selection.
extension LanguageServer {
    /// Expanding selection: citation or reference → paragraph text → item → enclosing items →
    /// section → instrument → the whole file.
    func selectionRanges(_ params: SelectionRangeParams) throws -> (any Encodable)? {
        let uri = params.textDocument.uri
        let snap = try snapshot(uri)
        let conv = converter(snap)
        var out: [JSONValue] = []
        for p in params.positions {
            let offset = conv.offset(p)
            var chain: [ByteRange] = []
            if let r = snap.document.references.first(where: { $0.range.touches(offset) }) { chain.append(r.range) }
            if let c = snap.document.citations.first(where: { $0.range.touches(offset) }) { chain.append(c.range) }
            if let inst = snap.document.instrument(containing: offset) {
                if let section = inst.section(containing: offset) {
                    var path: [Item] = []
                    var level = section.items
                    while let item = level.first(where: { $0.range.start <= offset && offset <= $0.range.end }) {
                        path.append(item)
                        level = item.children
                    }
                    if let innermost = path.last, innermost.textRange.touches(offset) { chain.append(innermost.textRange) }
                    chain += path.reversed().map(\.range)
                    chain.append(section.range)
                }
                chain.append(inst.range)
            }
            chain.append(ByteRange(0, snap.text.count))
            // Each range must hold the one before it: drop any that does not, and repeats.
            var nested: [ByteRange] = []
            for r in chain where nested.last.map({ r.contains($0) && r != $0 }) ?? true { nested.append(r) }
            var value: JSONValue = .null
            for r in nested.reversed() {
                var o: [String: JSONValue] = ["range": rangeValue(conv.range(r))]
                if !value.isNull { o["parent"] = value }
                value = .object(o)
            }
            out.append(value)
        }
        return JSONValue.array(out)
    }
}
