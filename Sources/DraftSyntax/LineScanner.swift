enum Bytes {
    static let bookmark = Array("[bookmark:".utf8)
    static let yijian = Array("意见".utf8)
    static let enDash = Array("–".utf8)
    static let openParen = Array("（".utf8)
    static let closeParen = Array("）".utf8)
    static let caoan = Array("草案".utf8)
    static let di = Array("第".utf8)
    static let fu = Array("附".utf8)
    static let hao = Array("号".utf8)
    static let jueyi = Array("决议".utf8)
    static let jueding = Array("决定".utf8)
    static let jianyi = Array("建议".utf8)
    static let ideographicSpace = Array("\u{3000}".utf8)
    static let beixuan = Array("备选".utf8)
    static let canyue = Array("参阅".utf8)
    static let sectors = ["ITU-R", "ITU-T", "ITU-D"].map { Array($0.utf8) }
    /// The first words of an English title, lower case (DRAFT NEW RESOLUTION, Opinion 4: …).
    static let titleWords = ["draft", "opinion", "resolution", "decision", "recommendation"].map { Array($0.utf8) }
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    // What citations are read by, made once (a literal in a function is a new array each call).
    static let itur = Array("ITU-R".utf8)
    static let iturSpace = Array("ITU-R ".utf8)
    static let sessionYear = Array("年会议".utf8)
    static let council = Array("理事会".utf8)
    static let policyForum = Array("政策论坛".utf8)
    static let forumPrefix = Array("世界电信/信息通信技术（ICT）".utf8)
    static let nian = Array("年".utf8)
    static let itu = Array("国际电联".utf8)
    static let openQuote = Array("“".utf8)
    static let closeQuote = Array("”".utf8)
    static let closeTitle = Array("》".utf8)
    static let commentOpen = Array("<!--".utf8)
    static let commentClose = Array("-->".utf8)
}

enum LineScanner {
    static func scan(_ text: SourceText, lines: Range<Int>? = nil) -> [LineInfo] {
        let bytes = text.bytes
        let numbers = lines ?? 0..<text.lines.lineCount
        // Each line is read on its own: a whole long text's on every core.
        return orderedMap(numbers.count, parallel: lines == nil && text.count >= parallelScanFrom) { k in
            let n = numbers.lowerBound + k
            return scanLine(n, text.lines.contentRange(ofLine: n), bytes)
        }
    }

    static func scanLine(_ n: Int, _ range: ByteRange, _ bytes: [UInt8]) -> LineInfo {
        var s = range.start
        var e = range.end
        if n == 0 && UTF8Scan.hasBytes(bytes, Bytes.bom, at: s) { s += 3 }
        let dashed = startsWithDash(bytes, s, e)
        // Page numbers and running headers of printed collections (- 97 -, 3/484, （3.2 – 理事会）)
        // are no text: structure reads through them as through a blank line.
        var t = s
        while t < e, CharClass.isASCIIWhitespace(bytes[t]) { t += 1 }
        if isPageFurniture(bytes, t, trimEnd(bytes, t, e)) {
            return LineInfo(number: n, range: range, content: ByteRange(t, t), kind: .blank,
                            label: nil, heading: nil, titleCandidate: nil, footnoteKey: nil)
        }
        s = skipPrefixes(bytes, s, e)
        e = trimEnd(bytes, s, e)
        // *recalling*, _resolves_: a heading in italics, as Markdown copies write it.
        if e - s > 2, bytes[s] == UInt8(ascii: "*") || bytes[s] == UInt8(ascii: "_"), bytes[e - 1] == bytes[s],
           CharClass.isASCIILetter(bytes[s + 1]) {
            s += 1
            e -= 1
        }
        // A whole-line HTML comment (a suppression directive, an editor's note) is no text.
        if s >= e || isComment(bytes, s, e) {
            return LineInfo(number: n, range: range, content: ByteRange(s, s), kind: .blank,
                            label: nil, heading: nil, titleCandidate: nil, footnoteKey: nil)
        }
        if isSeparator(bytes, s, e) {
            return LineInfo(number: n, range: range, content: ByteRange(s, e), kind: .separator,
                            label: nil, heading: nil, titleCandidate: nil, footnoteKey: nil)
        }
        let label = parseLabel(bytes, s, e)
        var heading: HeadingEntry?
        var title: TitleCandidate?
        // Headings and titles are short lines; decide from bytes before doing any String work.
        if label == nil && e - s <= 240 {
            let mayBeHeading = Lexicon.mayStartHeading(bytes, s) && !hasSentencePunctuation(bytes, s, e)
            let first = bytes[s]
            let mayBeTitle = UTF8Scan.hasBytes(bytes, Bytes.yijian, at: s) || UTF8Scan.hasBytes(bytes, Bytes.di, at: s)
                || (CharClass.isASCIILetter(first) && mayStartLatinTitle(bytes, s, e))
            if mayBeHeading || mayBeTitle {
                let str = String(decoding: bytes[s..<e], as: UTF8.self)
                if mayBeHeading { heading = Lexicon.classifyHeading(str) }
                if heading == nil && mayBeTitle { title = parseTitle(bytes, s, e, str) }
            }
        }
        let footnoteKey = label == nil ? footnoteNoteKey(bytes, s, e) : nil
        var info = LineInfo(number: n, range: range, content: ByteRange(s, e), kind: .text, dashed: dashed,
                            label: label, heading: heading, titleCandidate: title, footnoteKey: footnoteKey)
        // Only a line with a comma can be a heading with a long tail (the others were judged above).
        if label == nil && heading == nil && title == nil && e - s <= 300 && Lexicon.mayStartHeading(bytes, s)
            && (UTF8Scan.firstByte(0x2C, in: bytes, from: s, end: e) < e || containsFullWidth(0x8C, bytes, s, e))
            && !containsFullWidth(0x9B, bytes, s, e) && !endsSentence(bytes, s, e) {
            info.mayBeTailHeading = true
        }
        return info
    }

    /// Whether the full-width mark EF BC `last` (，8C ；9B) occurs in the line.
    static func containsFullWidth(_ last: UInt8, _ bytes: [UInt8], _ s: Int, _ e: Int) -> Bool {
        var i = UTF8Scan.firstByte(0xEF, in: bytes, from: s, end: e)
        while i + 2 < e {
            if bytes[i + 1] == 0xBC && bytes[i + 2] == last { return true }
            i = UTF8Scan.firstByte(0xEF, in: bytes, from: i + 1, end: e)
        }
        return false
    }

    /// Whether the line ends with 。 ; or .
    static func endsSentence(_ bytes: [UInt8], _ s: Int, _ e: Int) -> Bool {
        let (c, _) = UTF8Scan.scalar(bytes, before: e)
        return c == 0x3002 || c == 0x3B || c == 0x2E
    }

    /// "- ", "– " or "— " after the indentation.
    static func startsWithDash(_ bytes: [UInt8], _ start: Int, _ e: Int) -> Bool {
        var s = start
        while s < e, CharClass.isASCIIWhitespace(bytes[s]) { s += 1 }
        let (c, len) = UTF8Scan.scalar(bytes, at: s)
        guard c == 0x2D || c == 0x2013 || c == 0x2014, s + len < e else { return false }
        return CharClass.isASCIIWhitespace(bytes[s + len])
    }

    /// Whether the line holds punctuation or digits no heading has: ，。；：, . ; : ( 0-9. The one
    /// comma or colon that may end a heading line (做出决议，) does not count.
    static func hasSentencePunctuation(_ bytes: [UInt8], _ s: Int, _ end: Int) -> Bool {
        var e = end
        let (last, lastStart) = UTF8Scan.scalar(bytes, before: end)
        if last == 0xFF0C || last == 0xFF1A || last == 0x2C || last == 0x3A { e = lastStart }
        var i = s
        while i < e {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x2C || b == 0x2E || b == 0x3B || b == 0x3A || b == 0x28 || (b >= 0x30 && b <= 0x39) { return true }
                i += 1
                continue
            }
            if b == 0xEF && i + 2 < e && bytes[i + 1] == 0xBC {
                let t = bytes[i + 2]
                if t == 0x8C || t == 0x9B || t == 0x9A || t == 0x88 || t == 0x9F || t == 0x81 { return true }  // ，；：（？！
            }
            if b == 0xE3 && i + 2 < e && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x82 { return true }  // 。
            i += UTF8Scan.length(lead: b)
        }
        return false
    }

    /// Skips indentation, Word bookmarks, Markdown heading/quote/bullet markers and an opening `**`.
    static func skipPrefixes(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var s = start
        var progressed = true
        while progressed && s < end {
            progressed = false
            while s < end, CharClass.isASCIIWhitespace(bytes[s]) { s += 1; progressed = true }
            if UTF8Scan.hasBytes(bytes, Bytes.ideographicSpace, at: s) { s += 3; progressed = true; continue }
            if UTF8Scan.hasBytes(bytes, Bytes.bookmark, at: s) {
                var k = s
                while k < end && bytes[k] != UInt8(ascii: "]") { k += 1 }
                if k < end { s = k + 1; progressed = true; continue }
            }
            if s < end && bytes[s] == UInt8(ascii: "#") {
                var k = s
                while k < end && bytes[k] == UInt8(ascii: "#") { k += 1 }
                if k < end && bytes[k] == 0x20 { s = k + 1; progressed = true; continue }
            }
            if s + 3 < end && bytes[s] == 0xE2 && bytes[s + 1] == 0x80 && (bytes[s + 2] == 0x93 || bytes[s + 2] == 0x94)
                && CharClass.isASCIIWhitespace(bytes[s + 3]) {
                s += 4; progressed = true; continue  // – or — bullet
            }
            if s + 1 < end && (bytes[s] == UInt8(ascii: ">") || bytes[s] == UInt8(ascii: "-")
                || bytes[s] == UInt8(ascii: "+") || bytes[s] == UInt8(ascii: "*")) && CharClass.isASCIIWhitespace(bytes[s + 1]) {
                s += 2; progressed = true; continue
            }
            if s + 1 < end && ((bytes[s] == UInt8(ascii: "*") && bytes[s + 1] == UInt8(ascii: "*"))
                || (bytes[s] == UInt8(ascii: "_") && bytes[s + 1] == UInt8(ascii: "_"))) {
                s += 2; progressed = true; continue
            }
        }
        return s
    }

    static func trimEnd(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start {
            let b = bytes[e - 1]
            if CharClass.isASCIIWhitespace(b) { e -= 1; continue }
            if e - 3 >= start && UTF8Scan.hasBytes(bytes, Bytes.ideographicSpace, at: e - 3) { e -= 3; continue }
            if e - 2 >= start && ((b == UInt8(ascii: "*") && bytes[e - 2] == UInt8(ascii: "*"))
                || (b == UInt8(ascii: "_") && bytes[e - 2] == UInt8(ascii: "_"))) { e -= 2; continue }
            break
        }
        return e
    }

    static func isComment(_ bytes: [UInt8], _ s: Int, _ e: Int) -> Bool {
        e - s >= 7 && UTF8Scan.hasBytes(bytes, Bytes.commentOpen, at: s) && UTF8Scan.hasBytes(bytes, Bytes.commentClose, at: e - 3)
    }

    static func isSeparator(_ bytes: [UInt8], _ s: Int, _ e: Int) -> Bool {
        guard e - s >= 3 else { return false }
        let first = bytes[s]
        guard first == UInt8(ascii: "_") || first == UInt8(ascii: "-") || first == UInt8(ascii: "=")
            || first == UInt8(ascii: "*") else { return false }
        for i in s..<e where bytes[i] != first && bytes[i] != 0x20 { return false }
        return true
    }

    /// A note line: "¹ text", "[^1]: text", or "[1: text]" standing alone.
    static func footnoteNoteKey(_ bytes: [UInt8], _ s: Int, _ e: Int) -> String? {
        var i = s
        var digits = ""
        while i < e {
            let (c, len) = UTF8Scan.scalar(bytes, at: i)
            guard let d = CharClass.superscriptDigit(c) else { break }
            digits += String(d)
            i += len
        }
        if !digits.isEmpty {
            let (c, _) = UTF8Scan.scalar(bytes, at: i)
            return (c == 0x20 || c == 0x09 || c == 0x3000) ? digits : nil
        }
        if bytes[s] == UInt8(ascii: "[") {
            var k = s + 1
            let caret = k < e && bytes[k] == UInt8(ascii: "^")
            if caret { k += 1 }
            let start = k
            while k < e && CharClass.isASCIIDigit(bytes[k]) { k += 1 }
            guard k > start, k < e else { return nil }
            let key = String(decoding: bytes[start..<k], as: UTF8.self)
            if caret { return k + 1 < e && bytes[k] == UInt8(ascii: "]") && bytes[k + 1] == UInt8(ascii: ":") ? key : nil }
            return bytes[k] == UInt8(ascii: ":") ? key : nil
        }
        return nil
    }
}
