import DraftAnalysis
import DraftSyntax

/// textDocument/hover: a reference shows its target paragraph (or what is wrong with it); a
/// citation its canonical name and title; a heading its gloss and role; pending text that it is
/// pending and how many bracketed passages the instrument has. Markdown when the client takes it.
extension LanguageServer {
    func hover(_ params: PositionParams) throws -> (any Encodable)? {
        let uri = params.textDocument.uri
        let snap = try snapshot(uri)
        let conv = converter(snap)
        let offset = conv.offset(params.position)
        guard let subject = snap.subject(at: offset) else { return nil }
        let md = client.markdownHover
        let language = language(of: snap)
        let zh = language == .zh
        let text = snap.text
        func bold(_ s: String) -> String { md ? "**\(s)**" : s }
        func quote(_ s: String) -> String { md ? s.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n") : s }
        var value: String
        var range: ByteRange
        switch subject {
        case .reference(let r):
            range = r.reference.range
            if let problem = snap.diagnostics.first(where: { $0.isBrokenReference && r.reference.range.touches($0.range.start) }) {
                value = bold(zh ? "无效的交叉引用" : "Broken cross-reference") + "\n\n" + problem.message.text(language)
            } else if !r.candidates.isEmpty {
                let names = r.candidates.map { s in s.heading.keyword + " " + r.reference.targets.map { $0.path.joined(separator: " ") }.joined(separator: ", ") }
                value = (zh ? "未指明部分，可能指：" : "No section named; it could be: ") + names.joined(separator: zh ? "；" : "; ")
            } else if r.isExternal {
                value = zh ? "指向本文书以外的段落，不作检查。" : "Points outside this instrument; not checked."
            } else if let section = r.section {
                let parts = snap.items(of: r).map { item -> String in
                    let label = item.label.map { text.string($0.range) } ?? ""
                    return bold("\(section.heading.keyword) \(label)") + "\n" + quote(text.string(ByteRange(item.textRange.start, item.textRange.end)))
                }
                value = parts.joined(separator: "\n\n")
                if r.reference.isRange { value = (zh ? "范围：" : "Range: ") + "\n\n" + value }
            } else { return nil }
        case .citation(let c):
            range = c.range
            var lines = [bold(text.string(c.range).filter { $0 != "\n" && $0 != "\r" })]
            let id = CitationIdentity(c)
            let entry = id.flatMap { snap.settings.catalog.entry(for: $0) }
            if let id { lines.append((zh ? "文书：" : "Instrument: ") + id.englishName) }
            // A Chinese title the workspace taught first, then the catalog's English one.
            if let title = citationTitle(c) { lines.append((zh ? "标题：" : "Title: ") + "“\(title)”") }
            if let entry { lines.append((zh ? "英文标题：" : "English title: ") + entry.titleEn) }
            if let rev = c.revision {
                var parts: [String] = []
                if let y = rev.year { parts.append(String(y)) }
                if let p = rev.place { parts.append(p) }
                if let a = rev.acronym { parts.append(a) }
                if rev.revised { parts.append(zh ? "修订版" : "revised") }
                lines.append((zh ? "引用的版本：" : "Revision cited: ") + parts.joined(separator: zh ? "，" : ", "))
                // The session of the register that made this revision, its place in both languages.
                if let session = snap.settings.catalog.conferences.session(of: id?.body, rev) { lines.append((zh ? "会议：" : "Session: ") + session.described) }
            }
            if let entry { lines.append((zh ? "已知最新版本：" : "Latest known revision: ") + entry.revisionText) }
            value = lines.joined(separator: "\n\n")
        case .heading(let s):
            range = s.heading.range
            let role = s.role == .preamble
                ? (zh ? "序言部分（段落按 a)、b)、c) 编号）" : "Preamble section (items lettered a), b), c))")
                : (zh ? "执行部分（段落按 1、2、3 编号）" : "Operative section (items numbered 1, 2, 3)")
            let gloss = s.heading.entry.gloss
            value = bold(s.heading.keyword) + (gloss.isEmpty ? "" : " — \(gloss)") + "\n\n" + role
                + "\n\n" + (zh ? "\(s.items.count) 段" : "\(s.items.count) paragraph\(s.items.count == 1 ? "" : "s")")
            if let other = currentIndex().counterpart(in: snap.uri, heading: s.heading.range, label: nil) {
                value += "\n\n" + other.file.text.string(other.range) + (other.items == other.myItems ? "" : " — " + itemCounts(other, zh))
            }
        case .label(let item, let s):
            range = item.label!.range
            let cited = snap.references(to: s, item: item).count
            value = bold("\(s.heading.keyword) \(text.string(item.label!.range))") + "\n\n"
                + (zh ? "被本文书引用 \(cited) 次" : "referred to \(cited) time\(cited == 1 ? "" : "s") in this instrument")
            // The counterpart paragraph in the other language version, as a translator compares it.
            if let other = currentIndex().counterpart(in: snap.uri, heading: s.heading.range, label: item.label!.key), other.isParagraph {
                let shown = ParagraphText.joined(other.file.text.string(other.range))
                value += "\n\n" + versionName(other.language, zh) + (zh ? "：" : ": ") + (shown.count > 400 ? shown.prefix(400) + "…" : shown)
            }
        case .title(let inst):
            range = inst.titleLines[0]
            var parts: [String] = []
            if let id = CitationIdentity(instrument: inst, text: text) {
                let cited = currentIndex().citations(of: id).count
                parts = [bold(id.englishName), zh ? "工作区中被引用 \(cited) 次" : "cited \(cited) time\(cited == 1 ? "" : "s") in the workspace"]
            }
            if let tag = inst.tag { parts.append(tag.describe(chinese: zh)) }
            guard !parts.isEmpty else { return nil }
            value = parts.joined(separator: "\n\n")
        case .pending(let p, let inst):
            range = p.range
            let count = snap.document.pending.filter { $0.depth == 1 && (inst?.range.contains($0.range.start) ?? true) }.count
            value = bold(zh ? "待定案文" : "Pending text") + "\n\n"
                + (zh ? "方括号内的案文尚未商定。本\(inst == nil ? "文件" : "文书")共有 \(count) 处方括号案文。"
                      : "Text in square brackets is not yet agreed. This \(inst == nil ? "file" : "instrument") has \(count) bracketed passage\(count == 1 ? "" : "s").")
        }
        return Hover(contents: MarkupContent(kind: md ? "markdown" : "plaintext", value: value), range: conv.range(range))
    }

    func versionName(_ language: TextLanguage, _ zh: Bool) -> String {
        switch language {
        case .en: zh ? "英文本" : "English"
        case .zh: zh ? "中文本" : "Chinese"
        }
    }

    /// "English: 6 items / 中文: 7 items", as a section whose versions differ shows it.
    func itemCounts(_ other: VersionCounterpart, _ zh: Bool) -> String {
        let mine = other.language == .en ? TextLanguage.zh : .en
        func count(_ language: TextLanguage, _ n: Int) -> String { versionName(language, zh) + (zh ? "：\(n) 段" : ": \(n) item\(n == 1 ? "" : "s")") }
        return count(other.language, other.items) + " / " + count(mine, other.myItems)
    }
}
