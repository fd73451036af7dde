/// Abbreviations defined at first use, 扩展（ABBR）, inside instrument paragraphs.
enum AbbreviationScanner {
    /// Words that end the expansion when walking back from "（".
    private static let stops: Set<UInt32> = Set("的和与及在对或以并为将从由了是等如即括、".unicodeScalars.map(\.value))

    /// The definitions in `paragraph`, looked for among the block's paired marks (`marks`): only
    /// “ ” （ ( matter.
    static func scan(_ bytes: [UInt8], paragraph: ByteRange, marks: [Int], into out: inout [Abbreviation]) {
        var quoteDepth = 0
        var i = paragraph.start
        var candidates = CandidateCursor(marks, from: i)
        while i < paragraph.end {
            i = candidates.next(from: i, end: paragraph.end)
            guard i < paragraph.end else { break }
            let (c, len) = UTF8Scan.scalar(bytes, at: i)
            if c == 0x201C { quoteDepth += 1 }
            else if c == 0x201D { quoteDepth = max(0, quoteDepth - 1) }
            else if (c == 0xFF08 || c == 0x28) && quoteDepth == 0, let a = definition(bytes, open: i, openLen: len, limit: paragraph.end, lower: paragraph.start) {
                out.append(a)
            }
            i += len
        }
    }

    /// Titles quoted “…” belong to other instruments and do not define abbreviations here.
    private static func definition(_ bytes: [UInt8], open: Int, openLen: Int, limit: Int, lower: Int) -> Abbreviation? {
        var k = open + openLen
        var uppercase = 0
        let start = k
        while k < limit {
            let b = bytes[k]
            if b >= 0x41 && b <= 0x5A { uppercase += 1 }
            else if !(CharClass.isASCIILetter(b) || CharClass.isASCIIDigit(b) || b == 0x2D) { break }
            k += 1
            if k - start > 12 { return nil }
        }
        let (close, _) = UTF8Scan.scalar(bytes, at: k)
        guard close == 0xFF09 || close == 0x29, uppercase >= 2, k > start, bytes[start] >= 0x41 && bytes[start] <= 0x5A else { return nil }
        // Walk back over Han characters to the expansion's start.
        var s = open
        var count = 0
        while s > lower {
            let (p, ps) = UTF8Scan.scalar(bytes, before: s)
            guard CharClass.isHan(p), !stops.contains(p) else { break }
            s = ps
            count += 1
        }
        // "2003年信息社会…": the 年 of a date is no part of the name.
        if count > 0, UTF8Scan.hasBytes(bytes, Bytes.nian, at: s), s > lower, CharClass.isASCIIDigit(bytes[s - 1]) {
            s += 3; count -= 1
        }
        guard count >= 2 else { return nil }
        return Abbreviation(abbreviation: String(decoding: bytes[start..<k], as: UTF8.self),
                            expansion: String(decoding: bytes[s..<open], as: UTF8.self),
                            abbreviationRange: ByteRange(start, k), expansionRange: ByteRange(s, open))
    }
}

/// Footnote marks (¹, [footnoteRef:1], [^1]) and notes (a "¹ …" line, "[1: …]", "[^1]: …").
enum FootnoteScanner {
    /// Marks and notes inside `range`, given its lines, markup and superscript digits.
    static func scan(_ text: SourceText, in range: ByteRange, lines: some Sequence<LineInfo>, markup: Markup, superscripts: [Int]) -> ([FootnoteMark], [FootnoteNote]) {
        let bytes = text.bytes
        var notes: [FootnoteNote] = markup.footnoteNotes.map { FootnoteNote(key: $0.key, range: $0.range) }
        var noteLineStarts = Set<Int>()
        for line in lines {
            guard let key = line.footnoteKey, bytes[line.content.start] != UInt8(ascii: "[") || bytes[line.content.start + 1] == UInt8(ascii: "^") else { continue }
            notes.append(FootnoteNote(key: key, range: line.content))
            noteLineStarts.insert(line.content.start)
        }
        var marks: [FootnoteMark] = markup.footnoteRefs.map { FootnoteMark(key: $0.key, range: $0.range) }
        var i = range.start
        let n = range.end
        var digits = CandidateCursor(superscripts, from: i)
        while i < n {
            i = digits.next(from: i, end: n)
            guard i < n else { break }
            let start = i
            var key = ""
            while i < n, let d = CharClass.superscriptDigit(UTF8Scan.scalar(bytes, at: i).value) {
                key += String(d)
                i += UTF8Scan.scalar(bytes, at: i).length
            }
            if noteLineStarts.contains(start) { continue }
            if isExponent(bytes, before: start) { continue }
            marks.append(FootnoteMark(key: key, range: ByteRange(start, i)))
        }
        marks.sort { $0.range < $1.range }
        notes.sort { $0.range < $1.range }
        return (marks, notes)
    }

    private static let units: Set<String> = ["km", "cm", "mm", "nm", "ms", "kg", "ft", "mi", "sq"]

    /// After a digit, a single letter or a unit (10³, x², km²) a superscript is an exponent; after
    /// a word (needed¹, ITU¹) it is a footnote mark, as English versions place them.
    private static func isExponent(_ bytes: [UInt8], before start: Int) -> Bool {
        var j = start
        while j > 0 && CharClass.isASCIILetter(bytes[j - 1]) { j -= 1 }
        let letters = start - j
        if letters == 0 { return j > 0 && CharClass.isASCIIDigit(bytes[j - 1]) }
        return letters == 1 || units.contains(String(decoding: bytes[j..<start], as: UTF8.self).lowercased())
    }
}
