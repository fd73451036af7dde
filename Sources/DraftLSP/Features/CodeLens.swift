import DraftAnalysis
import DraftSyntax

/// The data a code lens carries until `codeLens/resolve`, written `[document, kind, offset]`: a
/// number the server gave the document's URI, what the lens is about, and its byte offset in the
/// current text. A 10 MB draft has thousands of lenses, so each carries three numbers, not its URI.
struct CodeLensData: Codable, Sendable {
    enum Kind: Int, Codable, Sendable {
        /// An inline title of a cited instrument, or an instrument's own title: workspace citations.
        case citedTitle, instrumentTitle
        /// A section heading: references to the section and its items in its instrument.
        case section
        /// A section heading whose other language version has another item count.
        case versions
    }
    let document: Int
    let kind: Kind
    let offset: Int

    init(document: Int, kind: Kind, offset: Int) {
        (self.document, self.kind, self.offset) = (document, kind, offset)
    }

    init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        (document, kind, offset) = (try c.decode(Int.self), try c.decode(Kind.self), try c.decode(Int.self))
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(document)
        try c.encode(kind)
        try c.encode(offset)
    }
}

/// The numbers code lenses carry for their documents' URIs, given once and never reused, so that
/// a lens resolved after its document closed and another opened never names the wrong one.
struct LensDocuments {
    private var numbers: [String: Int] = [:]
    private var uris: [String] = []

    mutating func number(_ uri: String) -> Int {
        if let n = numbers[uri] { return n }
        numbers[uri] = uris.count
        uris.append(uri)
        return uris.count - 1
    }

    func uri(_ number: Int) -> String? { uris.indices.contains(number) ? uris[number] : nil }
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
    /// "cited by N" on each section that references in its instrument name, itself or its items,
    /// running editor.action.showReferences with their locations, its title saying which items
    /// ("cited by 3: 1 ×2, 3 ×1"); "cited N times in the workspace" on an instrument's own title
    /// and on the inline title of a cited instrument, when the workspace cites it; "English: 6 items
    /// / 中文: 7 items" on a section whose other language version has another count. What nothing
    /// cites gets no lens: "cited by 0" above every section says nothing. Items have no lens of their
    /// own: one above each cited item would double a long draft's lenses, and an item's hover says
    /// how often it is cited.
    func codeLenses(_ params: TextDocumentParams) throws -> (any Encodable)? {
        let uri = params.textDocument.uri
        let snap = try snapshot(uri)
        let conv = converter(snap)
        let document = lensDocuments.number(uri)
        var lenses: [CodeLens] = []
        func lens(_ at: ByteRange, _ kind: CodeLensData.Kind) {
            lenses.append(CodeLens(range: conv.range(at), command: nil, data: CodeLensData(document: document, kind: kind, offset: at.start)))
        }
        // The inline title of a cited instrument (its first in this file) says how often the workspace cites it.
        let index = currentIndex()
        let differing = index.sectionsWithOtherCounts(in: uri)
        var titled = Set<CitationIdentity>()
        for c in snap.document.citations {
            guard let range = c.titleRange, let id = CitationIdentity(c), titled.insert(id).inserted, index.citationCount(of: id) > 0 else { continue }
            lens(range, .citedTitle)
        }
        for inst in snap.document.instruments {
            if let id = CitationIdentity(instrument: inst, text: snap.text), index.citationCount(of: id) > 0 { lens(inst.titleLines[0], .instrumentTitle) }
            for s in inst.sections {
                if !snap.references(to: s, item: nil).isEmpty { lens(s.heading.range, .section) }
                if differing[s.heading.range.start] != nil { lens(s.heading.range, .versions) }
            }
        }
        return lenses
    }

    /// The title and locations of one lens; a lens whose subject the text no longer has comes back as it was.
    func resolveCodeLens(_ lens: CodeLens) throws -> (any Encodable)? {
        guard let data = lens.data, let uri = lensDocuments.uri(data.document) else { return lens }
        let snap = try snapshot(uri)
        let conv = converter(snap)
        let zh = language(of: snap) == .zh
        func inWorkspace(_ id: CitationIdentity) -> (String, [Location]) {
            let cited = workspaceCitations(of: id)
            return (zh ? "工作区中被引用 \(cited.count) 次" : "cited \(cited.count) time\(cited.count == 1 ? "" : "s") in the workspace", cited)
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
            if data.kind == .section {
                let refs = snap.references(to: s, item: nil).map { Location(uri: uri, range: conv.range($0.reference.range)) }
                content = (citedBy(refs.count, items: citedItems(s, snap), zh), refs)
            } else if let other = currentIndex().counterpart(in: uri, heading: s.heading.range, label: nil) {
                content = (itemCounts(other, zh), [Location(uri: other.file.key, range: Converter(text: other.file.text, encoding: encoding).range(other.range))])
            }
        }
        guard let content else { return lens }
        let args: [JSONValue] = [.string(uri), positionValue(conv.position(data.offset)),
                                 .array(content.locations.map { .object(["uri": .string($0.uri), "range": rangeValue($0.range)]) })]
        return CodeLens(range: lens.range, command: Command(title: content.title, command: "editor.action.showReferences", arguments: args), data: nil)
    }

    /// The labelled items of a section that references name, in order, with how often.
    private func citedItems(_ s: Section, _ snap: Snapshot) -> [(label: String, count: Int)] {
        var cited: [(label: String, count: Int)] = []
        for top in s.items {
            top.walk { item, _ in
                guard let label = item.label else { return }
                let n = snap.references(to: s, item: item).count
                if n > 0 { cited.append((snap.text.string(label.range), n)) }
            }
        }
        return cited
    }

    /// "cited by 4: 1 ×3, 2 ×1"; the first eight items only, so that the title stays one short line.
    private func citedBy(_ n: Int, items: [(label: String, count: Int)], _ zh: Bool) -> String {
        let shown = items.prefix(8).map { "\($0.label) ×\($0.count)" } + (items.count > 8 ? ["…"] : [])
        let total = zh ? "被引用 \(n) 次" : "cited by \(n)"
        return shown.isEmpty ? total : total + (zh ? "：" : ": ") + shown.joined(separator: zh ? "、" : ", ")
    }

    func positionValue(_ p: Position) -> JSONValue { .object(["line": .int(p.line), "character": .int(p.character)]) }

    func rangeValue(_ r: LSPRange) -> JSONValue { .object(["start": positionValue(r.start), "end": positionValue(r.end)]) }
}
