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

    func parse() -> [Block] { parse(in: 0..<lines.count) }

    /// The blocks of `range` of the lines. A run that ends where a confirmed title starts holds
    /// the blocks the whole parse finds there: a confirmed title always ends the block before it.
    func parse(in range: Range<Int>) -> [Block] {
        var blocks: [Block] = []
        var freeStart: Int?
        var freeEnd = 0
        var i = range.lowerBound
        func closeFreeText() {
            if let s = freeStart { blocks.append(.freeText(FreeText(range: ByteRange(s, freeEnd)))) }
            freeStart = nil
        }
        while i < range.upperBound {
            let line = lines[i]
            if line.titleCandidate != nil, isConfirmedTitle(i) {
                closeFreeText()
                let (instrument, next) = parseInstrument(from: i)
                blocks.append(.instrument(instrument))
                i = next
                continue
            }
            // A file that starts with a heading and its items is a fragment of an instrument: the
            // file's start, not the start of the lines an edit re-parses.
            if blocks.isEmpty, freeStart == nil, lines.first?.number == 0, line.heading != nil, startsItems(after: i) {
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
        guard lines[i].mayBeTailHeading else { return nil }
        var j = i + 1
        while j < lines.count && lines[j].kind == .blank { j += 1 }
        guard j < lines.count, let label = lines[j].label, label.variant == nil, label.ordinal == 1 else { return nil }
        return Lexicon.classifyTailHeading(text.string(lines[i].content))
    }

    func startsWith(_ line: LineInfo, _ prefix: [UInt8]) -> Bool {
        UTF8Scan.hasBytes(bytes, prefix, at: line.content.start)
    }

    /// 附件 / 附件1 / 第1234号决议附件 / 附录 / ANNEX / ANNEX TO RESOLUTION 71 / Appendix 2, alone on its line.
    func isAnnexHeading(_ line: LineInfo) -> Bool {
        let c = line.content
        guard line.kind == .text, line.label == nil, c.count <= 90 else { return false }
        // 附 and 第 start the Chinese forms, A the English ones: other lines are decided by their
        // first bytes (one byte would let every line starting with 的 or 组 through).
        guard UTF8Scan.hasBytes(bytes, Bytes.fu, at: c.start) || UTF8Scan.hasBytes(bytes, Bytes.di, at: c.start)
            || bytes[c.start] | 0x20 == UInt8(ascii: "a") else { return false }
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
