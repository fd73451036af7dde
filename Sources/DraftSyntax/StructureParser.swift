/// Builds instruments and free text from classified lines. Never fails: what is not an
/// instrument is free text.
struct StructureParser {
    let text: SourceText
    let lines: [LineInfo]
    let bytes: [UInt8]

    init(text: SourceText, lines: [LineInfo]) {
        self.text = text
        self.lines = lines
        self.bytes = text.bytes
    }

    /// How far after a title a heading must appear for the title to count.
    static let titleLookahead = 10

    func parse() -> [Block] {
        var blocks: [Block] = []
        var freeStart: Int?
        var freeEnd = 0
        var i = 0
        func closeFreeText() {
            if let s = freeStart { blocks.append(.freeText(FreeText(range: ByteRange(s, freeEnd)))) }
            freeStart = nil
        }
        while i < lines.count {
            let line = lines[i]
            if line.titleCandidate != nil, isConfirmedTitle(i) {
                closeFreeText()
                let (instrument, next) = parseInstrument(from: i)
                blocks.append(.instrument(instrument))
                i = next
                continue
            }
            // A file that starts with a heading and its items is a fragment of an instrument.
            if blocks.isEmpty, freeStart == nil, line.heading != nil, startsItems(after: i) {
                let (instrument, next) = parseInstrument(from: i, titled: false)
                blocks.append(.instrument(instrument))
                i = next
                continue
            }
            if line.kind != .blank {
                if freeStart == nil { freeStart = line.range.start }
                freeEnd = line.range.end
            }
            i += 1
        }
        closeFreeText()
        return blocks
    }

    /// A title counts when a section heading follows within a few lines, before any other title.
    func isConfirmedTitle(_ i: Int) -> Bool {
        var seen = 0
        var j = i + 1
        while j < lines.count && seen < Self.titleLookahead {
            let l = lines[j]
            j += 1
            if l.kind == .blank { continue }
            if l.heading != nil { return true }
            if l.titleCandidate != nil || l.label != nil { return false }
            seen += 1
        }
        return false
    }

    func isBodyLike(_ line: LineInfo) -> Bool {
        let c = line.content
        let (last, _) = UTF8Scan.scalar(bytes, before: c.end)
        if last == 0xFF0C || last == 0x2C { return true }  // ， or ,
        let s = text.string(c)
        if last == 0xFF09 || last == 0x29 {  // ends with a parenthetical: （2021年，日内瓦）
            if let open = s.lastIndex(where: { $0 == "（" || $0 == "(" }) {
                let inner = s[open...]
                if inner.contains("年") || inner.contains(where: { $0.isNumber }) { return true }
            }
        }
        let speakers = ["论坛", "大会", "全会", "理事会", "Forum", "Conference", "Assembly", "Council"]
        return speakers.contains { s.contains($0) }
    }

    /// A long-tailed operative heading counts when a sequence of labelled items starts right after it.
    func confirmedTailHeading(_ i: Int) -> HeadingEntry? {
        guard let entry = lines[i].tailHeading else { return nil }
        var j = i + 1
        while j < lines.count && lines[j].kind == .blank { j += 1 }
        guard j < lines.count, let label = lines[j].label, label.variant == nil, label.ordinal == 1 else { return nil }
        return entry
    }

    func startsWith(_ line: LineInfo, _ prefix: [UInt8]) -> Bool {
        UTF8Scan.hasBytes(bytes, prefix, at: line.content.start)
    }

    /// 附件 / 附件1 / 第1234号决议附件 / 附录 / ANNEX / ANNEX TO RESOLUTION 71 / Appendix 2, alone on its line.
    func isAnnexHeading(_ line: LineInfo) -> Bool {
        let c = line.content
        guard line.kind == .text, line.label == nil, c.count <= 90 else { return false }
        let s = text.string(c)
        let zh = ["附件", "附录", "附加"]
        for word in zh {
            guard let r = s.firstRange(of: word) else { continue }
            let before = s[..<r.lowerBound], after = s[r.upperBound...]
            let headOK = before.isEmpty || (before.hasPrefix("第") && (before.hasSuffix("号决议") || before.hasSuffix("号决定")))
            if headOK && after.allSatisfy({ $0.isNumber || $0 == " " || $0 == "（" || $0 == "）" }) { return true }
        }
        let upper = s.uppercased()
        for word in ["ANNEX", "APPENDIX", "ATTACHMENT"] where upper.hasPrefix(word) {
            let after = upper.dropFirst(word.count)
            if after.isEmpty || after.first == " " { return !s.hasSuffix(".") && !s.hasSuffix(";") }
        }
        return false
    }

    /// Whether labelled items follow line `i` (blank lines aside).
    func startsItems(after i: Int) -> Bool {
        var j = i + 1
        while j < lines.count && lines[j].kind == .blank { j += 1 }
        return j < lines.count && lines[j].label != nil
    }

    func parseInstrument(from start: Int, titled: Bool = true) -> (Instrument, Int) {
        let titleLine = lines[start]
        let candidate = titleLine.titleCandidate
            ?? TitleCandidate(kind: .fragment, language: titleLine.heading?.language ?? .zh, number: nil)
        var j = titled ? start + 1 : start
        var pre: [Int] = []
        while titled && j < lines.count && lines[j].heading == nil {
            if lines[j].kind == .text { pre.append(j) }
            j += 1
        }
        var titleLines = [titled ? titleLine.content : ByteRange(titleLine.content.start, titleLine.content.start)]
        var body: ByteRange?
        if !titled {
            // A fragment has no title and no body: its first line is a heading.
        } else if let bodyIndex = pre.lastIndex(where: { isBodyLike(lines[$0]) }) {
            body = lines[pre[bodyIndex]].content
            for k in pre[..<bodyIndex] { titleLines.append(lines[k].content) }
        } else if pre.count >= 2 {
            // No line looks like a body: the last line still is one, only malformed.
            body = lines[pre.last!].content
            for k in pre.dropLast() { titleLines.append(lines[k].content) }
        } else {
            for k in pre { titleLines.append(lines[k].content) }
        }

        var sections: [Section] = []
        var builder: SectionBuilder?
        var closed = false
        var lastConsumedEnd = lines[max(start, j - 1)].range.end
        let finalStop: UInt32 = candidate.language == .zh ? 0x3002 : 0x2E

        func finishSection() {
            if let b = builder { sections.append(b.build(bytes)) }
            builder = nil
        }

        while j < lines.count {
            let line = lines[j]
            if line.titleCandidate != nil && isConfirmedTitle(j) { break }
            if line.kind == .blank { j += 1; continue }
            if line.kind == .separator {
                if closed { break }
                j += 1; continue
            }
            // An annex (附件, ANNEX TO RESOLUTION 71) ends the instrument: what follows is the annex's.
            if isAnnexHeading(line) { break }
            // 参阅：C2000/89号文件。 lists the documents consulted: the operative part is over.
            if startsWith(line, Bytes.canyue) {
                finishSection()
                closed = true
                lastConsumedEnd = line.range.end
                j += 1
                continue
            }
            if let entry = line.heading ?? confirmedTailHeading(j) {
                finishSection()
                builder = SectionBuilder(heading: Heading(range: line.content, keyword: Lexicon.keyword(of: text.string(line.content)), entry: entry))
                closed = false
            } else if line.footnoteKey != nil {
                // A footnote note belongs to the instrument but to no paragraph.
            } else if let label = line.label, builder != nil {
                builder!.addLabelled(label, line: line, bytes)
                closed = false
            } else if builder != nil, line.dashed, builder!.addDashed(line, bytes) {
                closed = false
            } else if builder != nil {
                if builder!.isParagraphOpen(bytes) {
                    builder!.continueParagraph(line)
                } else if closed {
                    break
                } else {
                    builder!.addUnlabelled(line)
                }
            }
            if let b = builder, let last = b.lastFinalScalar(bytes), last == finalStop { closed = true }
            lastConsumedEnd = line.range.end
            j += 1
        }
        finishSection()
        let title = ByteRange(titleLines.first!.start, titleLines.last!.end)
        let tag = titleLines.dropFirst().lazy.compactMap { InstrumentTag.parse(self.text.string($0), range: $0) }.first
        let instrument = Instrument(
            kind: candidate.kind, language: candidate.language, number: candidate.number,
            range: ByteRange(titleLine.range.start, lastConsumedEnd), title: title, titleLines: titleLines,
            body: body, sections: sections, tag: tag)
        return (instrument, j)
    }
}

/// Final punctuation of a paragraph: the last scalar that matters, skipping spacing,
/// emphasis markers, footnote marks and Word footnote artefacts such as "[1: …]".
public enum FinalPunctuation {
    static func isMark(_ c: UInt32) -> Bool {
        switch c {
        case 0xFF1B, 0xFF0C, 0x3002, 0xFF1A, 0x3B, 0x2C, 0x2E, 0x3A: return true  // ；，。：;,.:
        default: return false
        }
    }

    public static func find(_ bytes: [UInt8], _ range: ByteRange) -> ByteRange? {
        let e = contentEnd(bytes, range)
        guard e > range.start else { return nil }
        let (c, s) = UTF8Scan.scalar(bytes, before: e)
        if isMark(c) { return ByteRange(s, e) }
        // "…; and" / "…; or" before the last item of an English list: the mark is the ";".
        for word in conjunctions where e - range.start > word.count && UTF8Scan.hasBytes(bytes, word, at: e - word.count) {
            var k = e - word.count
            while k > range.start && bytes[k - 1] == 0x20 { k -= 1 }
            if k > range.start && bytes[k - 1] == 0x3B && k < e - word.count + 1 { return ByteRange(k - 1, k) }
        }
        return nil
    }

    static let conjunctions = [Array(" and".utf8), Array(" or".utf8)]

    /// Where the paragraph's words end: before trailing spacing, marks and footnote artefacts.
    /// A missing final punctuation mark is inserted here.
    public static func contentEnd(_ bytes: [UInt8], _ range: ByteRange) -> Int {
        var e = range.end
        while e > range.start {
            let (c, s) = UTF8Scan.scalar(bytes, before: e)
            if c == 0x20 || c == 0x09 || c == 0x3000 || c == 0x2A || c == 0x5F || CharClass.superscriptDigit(c) != nil {
                e = s; continue
            }
            if c == 0x5D, let open = artefactStart(bytes, range.start, s) { e = open; continue }  // ]
            break
        }
        return e
    }

    /// If the "]" at `close` ends "[1: …]", "[footnoteRef:1]" or "[^1]", where that artefact starts.
    static func artefactStart(_ bytes: [UInt8], _ lower: Int, _ close: Int) -> Int? {
        var k = close - 1
        var depth = 0
        while k >= lower {
            if bytes[k] == UInt8(ascii: "]") { depth += 1 }
            if bytes[k] == UInt8(ascii: "[") {
                if depth == 0 { break }
                depth -= 1
            }
            k -= 1
        }
        guard k >= lower else { return nil }
        return MarkScanner.artefactLength(bytes, k, close + 1) != nil ? k : nil
    }
}

/// Accumulates the items of one section while lines arrive.
struct SectionBuilder {
    final class ItemBuilder {
        let label: ParsedLabel?
        var style: LabelStyle
        let start: Int
        var textStart: Int
        var textEnd: Int
        var children: [ItemBuilder] = []

        init(label: ParsedLabel?, style: LabelStyle, start: Int, textStart: Int, textEnd: Int) {
            self.label = label
            self.style = style
            self.start = start
            self.textStart = textStart
            self.textEnd = textEnd
        }

        var ordinal: Int { label.map { style == .roman ? ($0.romanValue ?? $0.ordinal) : $0.ordinal } ?? 0 }
        var last: ItemBuilder { children.last?.last ?? self }

        func build(_ bytes: [UInt8]) -> Item {
            let builtChildren = children.map { $0.build(bytes) }
            let textRange = ByteRange(textStart, textEnd)
            let itemLabel = label.map {
                ItemLabel(range: $0.range, style: style, key: $0.key, ordinal: ordinal, variant: $0.variant)
            }
            let end = max(textEnd, builtChildren.last?.range.end ?? textEnd)
            return Item(label: itemLabel, range: ByteRange(start, end), textRange: textRange,
                        finalPunctuation: FinalPunctuation.find(bytes, textRange), children: builtChildren)
        }
    }

    let heading: Heading
    var items: [ItemBuilder] = []

    init(heading: Heading) { self.heading = heading }

    /// The paragraph that the next plain line would continue: the deepest last item.
    private var current: ItemBuilder? { items.last?.last }

    func isParagraphOpen(_ bytes: [UInt8]) -> Bool {
        guard let c = current else { return false }
        return FinalPunctuation.find(bytes, ByteRange(c.textStart, c.textEnd)) == nil
    }

    func lastFinalScalar(_ bytes: [UInt8]) -> UInt32? {
        guard let c = current, let p = FinalPunctuation.find(bytes, ByteRange(c.textStart, c.textEnd)) else { return nil }
        return UTF8Scan.scalar(bytes, at: p.start).value
    }

    mutating func continueParagraph(_ line: LineInfo) {
        guard let c = current else { return }
        // A label alone on its line: its paragraph starts on the next.
        if c.textStart >= c.textEnd { c.textStart = line.content.start }
        c.textEnd = line.content.end
    }

    /// "– 秘书长；" under an item that ends with "：" (or after such a dash item): an unlabelled
    /// sub-item. False when the dash is only a bullet of the section's own paragraphs.
    mutating func addDashed(_ line: LineInfo, _ bytes: [UInt8]) -> Bool {
        guard var parent = items.last else { return false }
        while let last = parent.children.last, last.label != nil { parent = last }
        guard !parent.children.isEmpty || introducesSubItems(parent, bytes) else { return false }
        parent.children.append(ItemBuilder(label: nil, style: .number, start: line.content.start,
                                           textStart: line.content.start, textEnd: line.content.end))
        return true
    }

    mutating func addUnlabelled(_ line: LineInfo) {
        items.append(ItemBuilder(label: nil, style: .number, start: line.content.start,
                                 textStart: line.content.start, textEnd: line.content.end))
    }

    mutating func addLabelled(_ label: ParsedLabel, line: LineInfo, _ bytes: [UInt8]) {
        let item = ItemBuilder(label: label, style: label.style, start: label.range.start,
                               textStart: label.textStart, textEnd: line.content.end)
        guard let top = items.last, top.label != nil else {
            items.append(item)
            return
        }
        let introduces = introducesSubItems(top, bytes)
        if label.style == .decimal {
            if label.key.hasPrefix((top.label?.key ?? "") + ".") {
                top.children.append(item)
            } else {
                items.append(item)
            }
            return
        }
        if let roman = label.romanValue {
            let lastChild = top.children.last
            let romanRunning = lastChild?.style == .roman
            let nextLetter = top.style == .letter && label.ordinal == top.ordinal + 1
            if romanRunning && roman == lastChild!.ordinal + 1 {
                item.style = .roman; top.children.append(item); return
            }
            // i) right under an item is its first sub-item, unless it simply follows h).
            if top.children.isEmpty && roman == 1 && (introduces || !nextLetter) {
                item.style = .roman; top.children.append(item); return
            }
            if nextLetter { items.append(item); return }
            if romanRunning { item.style = .roman; top.children.append(item); return }
            items.append(item)
            return
        }
        // A different label style right under an item ending with "：" starts its sub-items.
        if label.style != top.style {
            if let lastChild = top.children.last, lastChild.style == label.style {
                top.children.append(item); return
            }
            if top.children.isEmpty && introduces && label.ordinal == 1 {
                top.children.append(item); return
            }
        }
        items.append(item)
    }

    private func introducesSubItems(_ item: ItemBuilder, _ bytes: [UInt8]) -> Bool {
        guard let p = FinalPunctuation.find(bytes, ByteRange(item.textStart, item.textEnd)) else { return false }
        let c = UTF8Scan.scalar(bytes, at: p.start).value
        return c == 0xFF1A || c == 0x3A
    }

    func build(_ bytes: [UInt8]) -> Section {
        var built = items.map { $0.build(bytes) }
        let end = max(heading.range.end, built.last?.range.end ?? heading.range.end)
        // An unlabelled first paragraph ending with "：" before labelled items is the lead-in.
        var leadIn: ByteRange?
        if built.count > 1, built[0].label == nil, built[0].children.isEmpty, built[1].label != nil,
           let mark = built[0].finalPunctuation, [0xFF1A, 0x3A].contains(UTF8Scan.scalar(bytes, at: mark.start).value) {
            leadIn = built.removeFirst().range
        }
        return Section(heading: heading, range: ByteRange(heading.range.start, end), leadIn: leadIn, items: built)
    }
}
