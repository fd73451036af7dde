import DraftAnalysis
import DraftSyntax

/// Code lens, inlay hints, selection ranges and document links: what the editor draws around the text.
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
