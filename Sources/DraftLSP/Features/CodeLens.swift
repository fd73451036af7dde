import DraftAnalysis
import DraftSyntax

/// textDocument/codeLens: counts drawn above sections, items and titles.
extension LanguageServer {
    /// "cited by N" on every section and labelled item (references in its instrument), running
    /// editor.action.showReferences with their locations; "cited N times in the workspace" on
    /// an instrument's own title and on the inline title of a cited instrument; "English: 6 items /
    /// 中文: 7 items" on a section whose other language version has another count.
    func codeLenses(_ params: TextDocumentParams) throws -> (any Encodable)? {
        let uri = params.textDocument.uri
        let snap = try snapshot(uri)
        let conv = converter(snap)
        let zh = language(of: snap) == .zh
        var lenses: [JSONValue] = []
        func lens(_ at: ByteRange, _ title: String, _ locations: [Location]) {
            let args: [JSONValue] = [.string(uri), positionValue(conv.position(at.start)),
                                     .array(locations.map { .object(["uri": .string($0.uri), "range": rangeValue($0.range)]) })]
            lenses.append(.object(["range": rangeValue(conv.range(at)),
                                   "command": .object(["title": .string(title), "command": .string("editor.action.showReferences"), "arguments": .array(args)])]))
        }
        func citedBy(_ n: Int) -> String { zh ? "被引用 \(n) 次" : "cited by \(n)" }
        func workspaceLens(_ id: CitationIdentity, at range: ByteRange) {
            let cited = workspaceCitations(of: id)
            lens(range, zh ? "工作区中被引用 \(cited.count) 次" : "cited \(cited.count) time\(cited.count == 1 ? "" : "s") in the workspace", cited)
        }
        // The inline title of a cited instrument (its first in this file) says how often the workspace cites it.
        var titled = Set<CitationIdentity>()
        for c in snap.document.citations {
            guard let range = c.titleRange, let id = CitationIdentity(c), titled.insert(id).inserted else { continue }
            workspaceLens(id, at: range)
        }
        for inst in snap.document.instruments {
            if let id = CitationIdentity(instrument: inst, text: snap.text) { workspaceLens(id, at: inst.titleLines[0]) }
            for s in inst.sections {
                let refs = snap.references(to: s, item: nil).map { Location(uri: uri, range: conv.range($0.reference.range)) }
                lens(s.heading.range, citedBy(refs.count), refs)
                // A section whose language versions differ in length says so, and shows the other.
                if let other = currentIndex().counterpart(in: uri, heading: s.heading.range, label: nil), other.items != other.myItems {
                    lens(s.heading.range, itemCounts(other, zh), [Location(uri: other.file.key, range: Converter(text: other.file.text, encoding: encoding).range(other.range))])
                }
                for top in s.items {
                    top.walk { item, _ in
                        guard let label = item.label else { return }
                        let refs = snap.references(to: s, item: item).map { Location(uri: uri, range: conv.range($0.reference.range)) }
                        lens(label.range, citedBy(refs.count), refs)
                    }
                }
            }
        }
        return JSONValue.array(lenses)
    }

    func positionValue(_ p: Position) -> JSONValue { .object(["line": .int(p.line), "character": .int(p.character)]) }

    func rangeValue(_ r: LSPRange) -> JSONValue { .object(["start": positionValue(r.start), "end": positionValue(r.end)]) }
}
