import DraftAnalysis
import DraftSyntax

/// The data a code lens carries until `codeLens/resolve`: what it is about, found again by its
/// kind and byte offset in the current text of `uri`.
struct CodeLensData: Codable, Sendable {
    enum Kind: String, Codable, Sendable {
        /// An inline title of a cited instrument, or an instrument's own title: workspace citations.
        case citedTitle, instrumentTitle
        /// A section heading or an item's label: references to it in its instrument.
        case section, item
        /// A section heading whose other language version has another item count.
        case versions
    }
    let uri: String
    let kind: Kind
    let offset: Int
}

struct CodeLens: Codable, Sendable {
    var range: LSPRange
    var command: Command?
    var data: CodeLensData?
}

/// textDocument/codeLens and codeLens/resolve: counts drawn above sections, items and titles.
/// The first answers where the lenses are (a small reply even on a 10 MB draft whose titles are
/// cited thousands of times); resolving one counts and lists its locations.
extension LanguageServer {
    /// "cited by N" on each section and labelled item that references in its instrument name,
    /// running editor.action.showReferences with their locations; "cited N times in the
    /// workspace" on an instrument's own title and on the inline title of a cited instrument,
    /// when the workspace cites it; "English: 6 items / 中文: 7 items" on a section whose other
    /// language version has another count. What nothing cites gets no lens: a line of "cited by
    /// 0" above every item of a long resolution says nothing and doubles its height.
    func codeLenses(_ params: TextDocumentParams) throws -> (any Encodable)? {
        let uri = params.textDocument.uri
        let snap = try snapshot(uri)
        let conv = converter(snap)
        var lenses: [CodeLens] = []
        func lens(_ at: ByteRange, _ kind: CodeLensData.Kind) {
            lenses.append(CodeLens(range: conv.range(at), command: nil, data: CodeLensData(uri: uri, kind: kind, offset: at.start)))
        }
        // The inline title of a cited instrument (its first in this file) says how often the workspace cites it.
        let differing = currentIndex().sectionsWithOtherCounts(in: uri)
        var titled = Set<CitationIdentity>()
        let index = currentIndex()
        for c in snap.document.citations {
            guard let range = c.titleRange, let id = CitationIdentity(c), titled.insert(id).inserted, index.citationCount(of: id) > 0 else { continue }
            lens(range, .citedTitle)
        }
        for inst in snap.document.instruments {
            if let id = CitationIdentity(instrument: inst, text: snap.text), index.citationCount(of: id) > 0 { lens(inst.titleLines[0], .instrumentTitle) }
            for s in inst.sections {
                if !snap.references(to: s, item: nil).isEmpty { lens(s.heading.range, .section) }
                if differing[s.heading.range.start] != nil { lens(s.heading.range, .versions) }
                for top in s.items {
                    top.walk { item, _ in if let label = item.label, !snap.references(to: s, item: item).isEmpty { lens(label.range, .item) } }
                }
            }
        }
        return lenses
    }

    /// The title and locations of one lens; a lens whose subject the text no longer has comes back as it was.
    func resolveCodeLens(_ lens: CodeLens) throws -> (any Encodable)? {
        guard let data = lens.data else { return lens }
        let snap = try snapshot(data.uri)
        let conv = converter(snap)
        let zh = language(of: snap) == .zh
        func citedBy(_ n: Int) -> String { zh ? "被引用 \(n) 次" : "cited by \(n)" }
        func inWorkspace(_ id: CitationIdentity) -> (String, [Location]) {
            let cited = workspaceCitations(of: id)
            return (zh ? "工作区中被引用 \(cited.count) 次" : "cited \(cited.count) time\(cited.count == 1 ? "" : "s") in the workspace", cited)
        }
        func references(_ s: Section, _ item: Item?) -> (String, [Location]) {
            let refs = snap.references(to: s, item: item).map { Location(uri: data.uri, range: conv.range($0.reference.range)) }
            return (citedBy(refs.count), refs)
        }
        var content: (title: String, locations: [Location])?
        switch data.kind {
        case .citedTitle:
            if let c = snap.document.citations.first(where: { $0.titleRange?.start == data.offset }), let id = CitationIdentity(c) { content = inWorkspace(id) }
        case .instrumentTitle:
            if let inst = snap.document.instruments.first(where: { $0.titleLines[0].start == data.offset }),
               let id = CitationIdentity(instrument: inst, text: snap.text) { content = inWorkspace(id) }
        case .section, .versions:
            guard let s = snap.document.instrument(containing: data.offset)?.sections.first(where: { $0.heading.range.start == data.offset }) else { break }
            if data.kind == .section { content = references(s, nil) }
            else if let other = currentIndex().counterpart(in: data.uri, heading: s.heading.range, label: nil) {
                content = (itemCounts(other, zh), [Location(uri: other.file.key, range: Converter(text: other.file.text, encoding: encoding).range(other.range))])
            }
        case .item:
            guard let s = snap.document.instrument(containing: data.offset)?.section(containing: data.offset) else { break }
            var found: Item?
            for top in s.items { top.walk { item, _ in if item.label?.range.start == data.offset { found = item } } }
            if let found { content = references(s, found) }
        }
        guard let content else { return lens }
        let args: [JSONValue] = [.string(data.uri), positionValue(conv.position(data.offset)),
                                 .array(content.locations.map { .object(["uri": .string($0.uri), "range": rangeValue($0.range)]) })]
        return CodeLens(range: lens.range, command: Command(title: content.title, command: "editor.action.showReferences", arguments: args), data: nil)
    }

    func positionValue(_ p: Position) -> JSONValue { .object(["line": .int(p.line), "character": .int(p.character)]) }

    func rangeValue(_ r: LSPRange) -> JSONValue { .object(["start": positionValue(r.start), "end": positionValue(r.end)]) }
}
