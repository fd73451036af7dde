import DraftAnalysis
import DraftSyntax

/// The semantic token legend: standard LSP types, so that every editor theme colours them.
enum SemanticLegend {
    static let types = ["namespace", "keyword", "enumMember", "property", "type", "string", "macro"]
    static let modifiers = ["declaration", "deprecated"]

    enum Kind: Int {
        case title = 0      // namespace: an instrument's title
        case heading        // keyword: 忆及, 认为, 请秘书长
        case label          // enumMember: a), 1, ii)
        case reference      // property: 上述认为“1”段
        case citation       // type: 第71号决议（2018年，迪拜，修订版）
        case pending        // string: [pending text]
        case abbreviation   // macro: the AI of 人工智能（AI）
    }
    static let declaration = 1
    static let deprecated = 2

    typealias Token = (range: ByteRange, kind: Kind, modifiers: Int)
}

/// Last tokens sent per document, for semanticTokens/full/delta.
struct SemanticTokensCache {
    var resultID = 0
    var last: [String: (id: String, data: [Int])] = [:]
}

/// textDocument/semanticTokens/full and full/delta: titles, headings, labels, cross-references,
/// citations, pending text and abbreviations. Tokens never span lines or overlap: where they
/// nest (a reference inside [pending text]) the innermost one wins.
extension LanguageServer {
    func semanticTokensFull(_ params: TextDocumentParams) throws -> (any Encodable)? {
        let uri = params.textDocument.uri
        let data = semanticTokenData(try snapshot(uri))
        return JSONValue.object(["resultId": .string(remember(uri, data)), "data": .array(data.map { .int($0) })])
    }

    func semanticTokensDelta(_ params: PreviousResultParams) throws -> (any Encodable)? {
        let uri = params.textDocument.uri
        let data = semanticTokenData(try snapshot(uri))
        guard let previous = semanticTokens.last[uri], previous.id == params.previousResultId else {
            return JSONValue.object(["resultId": .string(remember(uri, data)), "data": .array(data.map { .int($0) })])
        }
        // One edit: what lies between the common start and the common end.
        let old = previous.data
        var prefix = 0
        while prefix < old.count && prefix < data.count && old[prefix] == data[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix && suffix < data.count - prefix && old[old.count - 1 - suffix] == data[data.count - 1 - suffix] { suffix += 1 }
        var edits: [JSONValue] = []
        if prefix < old.count - suffix || prefix < data.count - suffix {
            edits.append(.object(["start": .int(prefix), "deleteCount": .int(old.count - suffix - prefix),
                                  "data": .array(data[prefix..<(data.count - suffix)].map { .int($0) })]))
        }
        return JSONValue.object(["resultId": .string(remember(uri, data)), "edits": .array(edits)])
    }

    private func remember(_ uri: String, _ data: [Int]) -> String {
        semanticTokens.resultID += 1
        let id = String(semanticTokens.resultID)
        semanticTokens.last[uri] = (id, data)
        return id
    }

    func semanticTokenData(_ snap: Snapshot) -> [Int] {
        let doc = snap.document
        var raw: [SemanticLegend.Token] = []
        let outdated = Set(snap.diagnostics.filter(\.isOutdatedRevision).map(\.range.start))
        for inst in doc.instruments {
            for line in inst.titleLines { raw.append((line, .title, SemanticLegend.declaration)) }
            for s in inst.sections {
                raw.append((s.heading.range, .heading, 0))
                for top in s.items { top.walk { item, _ in if let l = item.label { raw.append((l.range, .label, SemanticLegend.declaration)) } } }
            }
        }
        for r in doc.references { raw.append((r.range, .reference, 0)) }
        for c in doc.citations { raw.append((c.range, .citation, outdated.contains(c.range.start) ? SemanticLegend.deprecated : 0)) }
        for p in doc.pending where p.depth == 1 { raw.append((p.range, .pending, 0)) }
        for list in doc.abbreviations { for a in list { raw.append((a.abbreviationRange, .abbreviation, 0)) } }
        return deltaEncoded(flatten(raw, snap.text), snap.text)
    }

    /// Splits tokens at line ends and resolves overlaps: each stretch goes to the shortest token covering it.
    private func flatten(_ tokens: [SemanticLegend.Token], _ text: SourceText) -> [SemanticLegend.Token] {
        var pieces: [(range: ByteRange, kind: SemanticLegend.Kind, modifiers: Int, length: Int)] = []
        for t in tokens where !t.range.isEmpty {
            var start = t.range.start
            while start < t.range.end {
                let line = text.lines.line(of: start)
                let end = min(t.range.end, text.lines.contentRange(ofLine: line).end)
                if end > start { pieces.append((ByteRange(start, end), t.kind, t.modifiers, t.range.count)) }
                guard line + 1 < text.lines.lineCount else { break }
                start = max(start + 1, text.lines.lineStarts[line + 1])
            }
        }
        var bounds = Set<Int>()
        for p in pieces { bounds.insert(p.range.start); bounds.insert(p.range.end) }
        let points = bounds.sorted()
        pieces.sort { $0.range.start < $1.range.start }
        var out: [SemanticLegend.Token] = []
        var active: [(range: ByteRange, kind: SemanticLegend.Kind, modifiers: Int, length: Int)] = []
        var next = 0
        for (a, b) in zip(points, points.dropFirst()) {
            while next < pieces.count && pieces[next].range.start <= a { active.append(pieces[next]); next += 1 }
            active.removeAll { $0.range.end <= a }
            guard let best = active.filter({ $0.range.start <= a && b <= $0.range.end }).min(by: { $0.length < $1.length }) else { continue }
            if let last = out.last, last.range.end == a, last.kind == best.kind, last.modifiers == best.modifiers,
               text.lines.line(of: last.range.start) == text.lines.line(of: a) {
                out[out.count - 1].range.end = b
            } else {
                out.append((ByteRange(a, b), best.kind, best.modifiers))
            }
        }
        return out
    }

    /// The LSP encoding: line delta, start delta, length, type, modifiers, in the negotiated units.
    private func deltaEncoded(_ tokens: [SemanticLegend.Token], _ text: SourceText) -> [Int] {
        var data: [Int] = []
        data.reserveCapacity(tokens.count * 5)
        var lastLine = 0
        var lastColumn = 0
        for t in tokens {
            let p = text.lines.position(of: t.range.start, in: encoding)
            let length = text.lines.units(from: t.range.start, to: t.range.end, encoding)
            guard length > 0 else { continue }
            data += [p.line - lastLine, p.line == lastLine ? p.column - lastColumn : p.column, length, t.kind.rawValue, t.modifiers]
            lastLine = p.line
            lastColumn = p.column
        }
        return data
    }
}
