import DraftAnalysis
import DraftSyntax

public struct CompletionItem: Codable, Sendable {
    public var label: String
    /// 7 class (section), 9 module (instrument), 12 value (revision), 14 keyword (heading), 20 enum member (label).
    public var kind: Int
    public var detail: String?
    public var documentation: String?
    public var sortText: String?
    public var filterText: String?
    /// Only where the edit is widened, for clients that insert it before applying the edit (eglot 1.9).
    public var insertText: String?
    public var textEdit: LSPTextEdit?
}

public struct CompletionList: Codable, Sendable {
    public var isIncomplete: Bool
    public var items: [CompletionItem]
}

enum Completion {
    /// 上述/下述 end in 述; labels follow 第 or “; numbers follow 第; revisions follow （ or (.
    static let triggerCharacters = ["述", "第", "“", "\"", "（", "("]
    static let shangShu = "上述"
    static let xiaShu = "下述"

    /// Where the run of word characters (letters of any script, ideographs, digits, "_") that
    /// ends at `offset` starts, as editors delimit the word being completed.
    static func wordRunStart(_ bytes: [UInt8], before offset: Int, lineStart: Int) -> Int {
        var i = offset
        while i > lineStart {
            let (c, start) = UTF8Scan.scalar(bytes, before: i)
            guard let s = Unicode.Scalar(c), s.properties.isAlphabetic || s.properties.numericType == .decimal || s == "_" else { break }
            i = start
        }
        return i
    }
}

/// textDocument/completion, from what precedes the cursor on its line:
/// - after 上述/下述: the sections of the current instrument that lie that way;
/// - after a section name (and 第 or “): its paragraph labels, in the form the document uses;
/// - after 第 elsewhere, or "Resolution ": instrument numbers known to the catalog and the workspace;
/// - inside a citation's （ or (: the sessions of its body, from the conference register;
/// - at the start of a line in an instrument: the headings that fit there.
extension LanguageServer {
    func completion(_ params: PositionParams) throws -> (any Encodable)? {
        let uri = params.textDocument.uri
        let snap = try snapshot(uri)
        let conv = converter(snap)
        let offset = conv.offset(params.position)
        let text = snap.text
        let lineStart = text.lines.contentRange(ofLine: text.lines.line(of: offset)).start
        let before = text.string(ByteRange(lineStart, offset))
        let inst = snap.document.instrument(containing: offset) ?? snap.document.instruments.last { $0.range.start <= offset }
        let zh = language(of: snap) == .zh
        var items: [CompletionItem] = []
        func edit(replacing typed: String, with newText: String) -> LSPTextEdit {
            LSPTextEdit(range: conv.range(ByteRange(offset - typed.utf8.count, offset)), newText: newText)
        }

        if let inst {
            if let (section, typed, opener) = sectionBefore(before, in: inst) {
                items = labelItems(section, typed: typed, opener: opener, language: inst.language, snap: snap, edit: edit)
            } else if let (direction, typed) = afterDirection(before) {
                // 上述: sections that start above the cursor (its own included); 下述: those that end below it.
                for s in inst.sections where direction == Completion.shangShu ? s.range.start < offset : s.range.end >= offset {
                    guard typed.isEmpty || s.heading.keyword.hasPrefix(typed) else { continue }
                    let gloss = s.heading.entry.gloss
                    items.append(CompletionItem(label: s.heading.keyword, kind: 7, detail: gloss.isEmpty ? nil : gloss,
                                                documentation: zh ? "\(s.items.count) 段" : "\(s.items.count) paragraph(s)",
                                                sortText: format6(items.count), filterText: s.heading.keyword,
                                                textEdit: edit(replacing: typed, with: s.heading.keyword)))
                }
            }
        }
        if items.isEmpty, let (typed, offers) = RevisionCompletion.offers(before: before, catalog: snap.settings.catalog) {
            items = offers.enumerated().map { n, o in
                CompletionItem(label: o.text, kind: 12, detail: o.detail, sortText: format6(n), filterText: o.text, textEdit: edit(replacing: typed, with: o.text))
            }
        }
        if items.isEmpty, let (typedNumber, kindHint, bodyHint) = numberBefore(before) {
            items = instrumentItems(typed: typedNumber, kind: kindHint, body: bodyHint, text: text, offset: offset, snap: snap, edit: edit)
        }
        if items.isEmpty, let inst, before.unicodeScalars.allSatisfy({ $0.properties.isIdeographic || $0 == " " || $0 == "\t" }),
           inst.titleLines.allSatisfy({ !$0.touches(offset) }) {
            items = headingItems(typed: before.trimmingCharacters(), inst: inst, offset: offset, zh: zh, edit: edit)
        }
        widenToTheWordRun(&items, text: text, offset: offset, lineStart: lineStart, conv: conv)
        for i in items.indices { items[i].kind = client.completionKind(items[i].kind) }
        return CompletionList(isIncomplete: false, items: items)
    }

    /// Clients filter on the text from the start of an item's range to the cursor, and most
    /// (eglot, Vim, Neovim's omnifunc) take the word run before the cursor as what was typed: in
    /// Chinese that is the whole run of ideographs (支持上述认为), not just the label typed. Each
    /// edit is widened to start where that run starts, and its filter text and new text carry it.
    /// eglot 1.9 also inserts the item's insertText (else its label) over the run before it applies
    /// the edit, and keeps only what extends the run: the insertText is the new text.
    private func widenToTheWordRun(_ items: inout [CompletionItem], text: SourceText, offset: Int, lineStart: Int, conv: Converter) {
        let runStart = Completion.wordRunStart(text.bytes, before: offset, lineStart: lineStart)
        for i in items.indices {
            guard var edit = items[i].textEdit else { continue }
            let start = conv.offset(edit.range.start)
            guard runStart < start else { continue }
            let run = text.string(ByteRange(runStart, start))
            edit.range.start = conv.position(runStart)
            edit.newText = run + edit.newText
            items[i].textEdit = edit
            items[i].filterText = run + (items[i].filterText ?? items[i].label)
            items[i].insertText = edit.newText
        }
    }

    private func format6(_ n: Int) -> String { String(repeating: "0", count: max(0, 6 - String(n).count)) + String(n) }

    /// 上述认为 / 下述请秘书长“ / resolves : the section named just before the cursor, what was typed
    /// of the label, and the opener typed (第 or “).
    private func sectionBefore(_ before: String, in inst: Instrument) -> (Section, typed: String, opener: String?)? {
        var rest = Substring(before)
        // The label typed so far: letters, digits, dots.
        var typed = ""
        while let c = rest.last, c.isASCII, c.isLetter || c.isNumber || c == "." { typed.insert(c, at: typed.startIndex); rest = rest.dropLast() }
        var opener: String?
        if let c = rest.last, c == "第" || c == "“" || c == "\"" { opener = String(c); rest = rest.dropLast() }
        if inst.language == .en {
            while rest.last == " " { rest = rest.dropLast() }
        }
        // The longest section keyword the text ends with, preceded by 上述/下述 in Chinese.
        let candidates = inst.sections.sorted { $0.heading.keyword.count > $1.heading.keyword.count }
        for s in candidates where rest.hasSuffix(s.heading.keyword) {
            let head = rest.dropLast(s.heading.keyword.count)
            if inst.language == .zh && !(head.hasSuffix(Completion.shangShu) || head.hasSuffix(Completion.xiaShu)) { continue }
            if inst.language == .en && rest.count == s.heading.keyword.count { continue }  // the heading line itself
            return (s, typed, opener)
        }
        return nil
    }

    /// 上述 / 下述认 : the direction and the part of a section name typed after it.
    private func afterDirection(_ before: String) -> (String, typed: String)? {
        let chars = Array(before)
        for k in 0...min(8, chars.count) {
            let typed = String(chars[(chars.count - k)...])
            guard typed.unicodeScalars.allSatisfy({ $0.properties.isIdeographic }) else { return nil }
            let head = String(chars[..<(chars.count - k)])
            for d in [Completion.shangShu, Completion.xiaShu] where head.hasSuffix(d) { return (d, typed) }
        }
        return nil
    }

    /// Labels of `section`, inserted as the document writes references: “1”段, 第1段 or 1段 in
    /// Chinese (keeping the opener typed), the bare label in English.
    private func labelItems(_ section: Section, typed: String, opener: String?, language: TextLanguage, snap: Snapshot,
                            edit: (String, String) -> LSPTextEdit) -> [CompletionItem] {
        let text = snap.text
        let style = opener ?? dominantOpener(snap)
        var out: [CompletionItem] = []
        // Each labelled item with its label path (["3", "b"]), in document order.
        func visit(_ items: [Item], _ parent: [String]) {
            for item in items {
                guard let label = item.label else { continue }  // an unlabelled paragraph cannot be referred to
                let path = parent + [label.key]
                defer { visit(item.children, path) }
                let written = path.map { k in k.first!.isNumber ? k : k + ")" }.joined(separator: " ")
                guard typed.isEmpty || path.joined().hasPrefix(typed) else { continue }
                var insert: String
                if language == .en {
                    insert = written
                } else if opener == nil {
                    insert = style == "“" ? "“\(written)”段" : style == "第" ? "第\(written)段" : "\(written)段"
                } else if style == "“" || style == "\"" {
                    insert = written + (style == "“" ? "”" : "\"") + "段"
                } else {
                    insert = written + "段"
                }
                let excerpt = ParagraphText.joined(text.string(item.textRange))
                out.append(CompletionItem(label: written, kind: 20, detail: section.heading.keyword,
                                          documentation: excerpt.count > 80 ? String(excerpt.prefix(80)) + "…" : excerpt,
                                          sortText: format6(out.count), filterText: path.joined(), textEdit: edit(typed, insert)))
            }
        }
        visit(section.items, [])
        return out
    }

    /// How the document's references open their label: “1”段, 第1段 or 1段 (the most used).
    private func dominantOpener(_ snap: Snapshot) -> String {
        var counts: [String: Int] = [:]
        let bytes = snap.text.bytes
        for r in snap.document.references {
            guard let s = r.sectionRange, s.end < bytes.count else { continue }
            let next = UTF8Scan.scalar(bytes, at: s.end).value
            let key = next == 0x201C ? "“" : next == 0x7B2C ? "第" : ""
            counts[key, default: 0] += 1
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? ""
    }

    /// 第 / 全权代表大会第7 / Resolution 7: the number typed, and what the text says of kind and body.
    private func numberBefore(_ before: String) -> (typed: String, kind: CitedKind?, body: String?)? {
        var rest = Substring(before)
        var typed = ""
        while let c = rest.last, c.isASCII, c.isNumber || c == "/" { typed.insert(c, at: typed.startIndex); rest = rest.dropLast() }
        for (word, kind) in [("Resolution ", CitedKind.resolution), ("Decision ", .decision), ("Recommendation ", .recommendation)] where rest.hasSuffix(word) {
            return (typed, kind, nil)
        }
        guard rest.hasSuffix("第") else { return nil }
        let head = String(rest.dropLast())
        let body = CitationIdentity.body(endingWith: head)
        return (typed, nil, body)
    }

    private func instrumentItems(typed: String, kind: CitedKind?, body: String?, text: SourceText, offset: Int, snap: Snapshot,
                                 edit: (String, String) -> LSPTextEdit) -> [CompletionItem] {
        // What follows the cursor decides the kind (号决议 / 号决定) and whether to write it.
        let following = text.string(ByteRange(offset, min(text.count, offset + 12)))
        let kindAfter: CitedKind? = following.hasPrefix("号决议") ? .resolution : following.hasPrefix("号决定") ? .decision : nil
        let wanted = kind ?? kindAfter
        // 第 starts many things (第一, 第1段): numbers are offered only when the text says an instrument is meant.
        if kind == nil && kindAfter == nil && body == nil { return [] }
        let chinese = kind == nil
        var seen = Set<CitationIdentity>()
        var entries: [(id: CitationIdentity, revision: String?, title: String?)] = []
        let index = currentIndex()
        for e in snap.settings.catalog.entries {
            let id = CitationIdentity(body: e.body, kind: e.kind, number: e.number)
            if seen.insert(id).inserted { entries.append((id, e.revisionText, e.titleEn)) }
        }
        for file in index.ordered {
            for c in file.citations where seen.insert(c.id).inserted { entries.append((c.id, nil, nil)) }
        }
        var out: [CompletionItem] = []
        for (id, revision, titleEn) in entries {
            guard id.kind == .resolution || id.kind == .decision || id.kind == .recommendation else { continue }
            if let wanted, id.kind != wanted { continue }
            if let body, id.body != body { continue }
            guard typed.isEmpty || id.number.hasPrefix(typed) else { continue }
            let taught = index.taughtTitle(of: id)?.title
            var insert = id.number
            if chinese && !following.hasPrefix("号") { insert += id.kind == .decision ? "号决定" : id.kind == .recommendation ? "号建议" : "号决议" }
            let title = [taught, titleEn].compactMap { $0 }.joined(separator: "\n\n")
            out.append(CompletionItem(label: id.number, kind: 9, detail: id.englishName + (revision.map { " (\($0))" } ?? ""),
                                      documentation: title.isEmpty ? nil : title, sortText: nil, filterText: id.number, textEdit: edit(typed, insert)))
        }
        // Numbers in numeric order: 2 before 10.
        out.sort { a, b in
            let x = Int(a.label.prefix { $0.isNumber }) ?? 0, y = Int(b.label.prefix { $0.isNumber }) ?? 0
            return x != y ? x < y : (a.detail ?? "") < (b.detail ?? "")
        }
        for i in out.indices { out[i].sortText = format6(i) }
        return out
    }

    /// Headings that fit at `offset`: preamble keywords only before the first operative section.
    private func headingItems(typed: String, inst: Instrument, offset: Int, zh: Bool, edit: (String, String) -> LSPTextEdit) -> [CompletionItem] {
        let operativeBefore = inst.sections.contains { $0.role == .operative && $0.range.start < offset }
        let present = Set(inst.sections.map(\.heading.keyword))
        var out: [CompletionItem] = []
        for h in Lexicon.headings where h.language == inst.language {
            if operativeBefore && h.role == .preamble { continue }
            guard typed.isEmpty || h.keyword.hasPrefix(typed), !present.contains(h.keyword) else { continue }
            out.append(CompletionItem(label: h.keyword, kind: 14, detail: h.gloss,
                                      documentation: h.role == .preamble ? (zh ? "序言部分：段落按 a)、b)、c) 编号" : "preamble: items a), b), c)")
                                                                         : (zh ? "执行部分：段落按 1、2、3 编号" : "operative: items 1, 2, 3"),
                                      sortText: (h.role == .preamble ? "0" : "1") + format6(out.count), filterText: h.keyword,
                                      textEdit: edit(typed, h.keyword)))
        }
        return out
    }
}
