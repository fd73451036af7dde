/// What one line of the file is, once Markdown, Word artefacts and indentation are peeled off.
struct LineInfo {
    enum Kind {
        case blank
        /// A rule such as "______________" or "---".
        case separator
        case text
    }

    let number: Int
    /// The line without its line break.
    let range: ByteRange
    /// The meaningful part: after indentation, `[bookmark: …]`, `#`, `- `, `**`; before trailing `**`.
    let content: ByteRange
    let kind: Kind
    /// The line opened with a dash bullet ("– 秘书长；"): under an item ending with "：", a sub-item.
    var dashed = false
    let label: ParsedLabel?
    let heading: HeadingEntry?
    /// An operative heading with a long tail (责成秘书长与各局主任密切合作，同时听取工作组的建议):
    /// a heading only when labelled items follow, which the structure parser decides.
    var tailHeading: HeadingEntry?
    let titleCandidate: TitleCandidate?
    /// A footnote note line (¹ text, [^1]: text, [1: text]) with its key.
    let footnoteKey: String?
}

struct ParsedLabel {
    let range: ByteRange
    /// Where the paragraph text starts after the label and its spacing.
    let textStart: Int
    /// letter, number or decimal; roman is decided later from context.
    let style: LabelStyle
    let key: String
    let ordinal: Int
    /// The letters also read as a roman numeral (i, ii, iv, …): its value.
    let romanValue: Int?
    /// "bis", "ter", … (1bis, a bis)) or "alt" (备选1, Alt 1).
    var variant: String?
}

struct TitleCandidate {
    let kind: InstrumentKind
    let language: TextLanguage
    let number: String?
}

enum Bytes {
    static let bookmark = Array("[bookmark:".utf8)
    static let yijian = Array("意见".utf8)
    static let caoan = Array("草案".utf8)
    static let di = Array("第".utf8)
    static let hao = Array("号".utf8)
    static let jueyi = Array("决议".utf8)
    static let jueding = Array("决定".utf8)
    static let jianyi = Array("建议".utf8)
    static let ideographicSpace = Array("\u{3000}".utf8)
    static let beixuan = Array("备选".utf8)
    static let canyue = Array("参阅".utf8)
    static let sectors = ["ITU-R", "ITU-T", "ITU-D"].map { Array($0.utf8) }
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let commentOpen = Array("<!--".utf8)
    static let commentClose = Array("-->".utf8)
}

enum LineScanner {
    static func scan(_ text: SourceText, lines: Range<Int>? = nil) -> [LineInfo] {
        let bytes = text.bytes
        let numbers = lines ?? 0..<text.lines.lineCount
        var out: [LineInfo] = []
        out.reserveCapacity(numbers.count)
        for n in numbers {
            out.append(scanLine(n, text.lines.contentRange(ofLine: n), bytes))
        }
        return out
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
                || CharClass.isASCIILetter(first)
            if mayBeHeading || mayBeTitle {
                let str = String(decoding: bytes[s..<e], as: UTF8.self)
                if mayBeHeading { heading = Lexicon.classifyHeading(str) }
                if heading == nil && mayBeTitle { title = parseTitle(bytes, s, e, str) }
            }
        }
        let footnoteKey = label == nil ? footnoteNoteKey(bytes, s, e) : nil
        var info = LineInfo(number: n, range: range, content: ByteRange(s, e), kind: .text, dashed: dashed,
                            label: label, heading: heading, titleCandidate: title, footnoteKey: footnoteKey)
        if label == nil && heading == nil && title == nil && e - s <= 300 && Lexicon.mayStartHeading(bytes, s) {
            info.tailHeading = Lexicon.classifyTailHeading(String(decoding: bytes[s..<e], as: UTF8.self))
        }
        return info
    }

    /// "- ", "– " or "— " after the indentation.
    static func startsWithDash(_ bytes: [UInt8], _ start: Int, _ e: Int) -> Bool {
        var s = start
        while s < e, CharClass.isASCIIWhitespace(bytes[s]) { s += 1 }
        let (c, len) = UTF8Scan.scalar(bytes, at: s)
        guard c == 0x2D || c == 0x2013 || c == 0x2014, s + len < e else { return false }
        return CharClass.isASCIIWhitespace(bytes[s + len])
    }

    /// - 97 -, 97, 3/484, （3.2 – 理事会）: a page number or a running header.
    static func isPageFurniture(_ bytes: [UInt8], _ s: Int, _ e: Int) -> Bool {
        guard e - s <= 60 else { return false }
        let line = String(decoding: bytes[s..<e], as: UTF8.self)
        let scalars = Array(line.unicodeScalars)
        func digits(_ x: ArraySlice<Unicode.Scalar>) -> Bool { !x.isEmpty && x.count <= 4 && x.allSatisfy { $0.properties.numericType == .decimal && $0.isASCII } }
        let compact = scalars.filter { $0 != " " && $0 != "\t" }
        if digits(compact[...]) { return true }  // 97
        if compact.count >= 3, compact.first == "-" || compact.first == "–", compact.last == compact.first,
           digits(compact.dropFirst().dropLast()) { return true }  // - 97 -
        if let slash = compact.firstIndex(of: "/"), digits(compact[..<slash]), digits(compact[(slash + 1)...]) { return true }  // 3/484
        // （3.2 – 理事会）: a section number of the collection, a dash, a short name.
        if let first = scalars.first, let last = scalars.last, (first == "（" && last == "）") || (first == "(" && last == ")") {
            let inner = Array(scalars.dropFirst().dropLast())
            if let dash = inner.indices.first(where: { k in (inner[k] == "–" || inner[k] == "-") && k > 0 && inner[k - 1] == " " && k + 1 < inner.count && inner[k + 1] == " " }) {
                let number = inner[..<(dash - 1)]
                if !number.isEmpty && number.allSatisfy({ ($0.isASCII && $0.properties.numericType == .decimal) || $0 == "." }) { return true }
            }
        }
        return false
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

    /// Label forms: a) a） (a) （a） ａ） 1 1) 1. 1.1 １ — followed by spacing or text; 1bis, 1 bis,
    /// 2ter, a bis) inserted in negotiation; 备选1, Alt 1 for alternatives.
    static func parseLabel(_ bytes: [UInt8], _ s: Int, _ e: Int) -> ParsedLabel? {
        if let alternative = parseAlternative(bytes, s, e) { return alternative }
        var i = s
        var opened = false
        let (first, firstLen) = UTF8Scan.scalar(bytes, at: i)
        if first == 0x28 || first == 0xFF08 { opened = true; i += firstLen }  // ( or （
        // Letters (half- or full-width).
        var letters: [UInt8] = []
        while i < e {
            let (c, len) = UTF8Scan.scalar(bytes, at: i)
            if c >= 0x61 && c <= 0x7A { letters.append(UInt8(c)) }
            else if c >= 0xFF41 && c <= 0xFF5A { letters.append(UInt8(c - 0xFF41 + 0x61)) }
            else { break }
            i += len
            if letters.count > 5 { return nil }
        }
        if !letters.isEmpty {
            let variant = negotiationSuffix(bytes, &i, e, allowSpace: true)
            let (close, closeLen) = UTF8Scan.scalar(bytes, at: i)
            guard close == 0x29 || close == 0xFF09 else { return nil }  // ) or ）
            let labelEnd = i + closeLen
            // A label alone on its line (b) with its text on the next, as PDF copies have it) is kept;
            // its paragraph is the lines that follow.
            let key = String(decoding: letters, as: UTF8.self) + (variant ?? "")
            let roman = variant == nil ? romanValue(letters) : nil
            guard letters.count <= 2 || roman != nil else { return nil }
            let ordinal = letterOrdinal(letters)
            return ParsedLabel(range: ByteRange(s, labelEnd), textStart: skipSpacing(bytes, labelEnd, e),
                               style: .letter, key: key, ordinal: ordinal, romanValue: roman, variant: variant)
        }
        if opened { return nil }
        // Digits (half- or full-width), possibly decimal 1.1.
        var parts: [Int] = []
        var current = -1
        var digitsInPart = 0
        while i < e {
            let (c, len) = UTF8Scan.scalar(bytes, at: i)
            if c >= 0x30 && c <= 0x39 {
                current = max(current, 0) * 10 + Int(c - 0x30); digitsInPart += 1
            } else if let d = CharClass.fullWidthDigit(c) {
                current = max(current, 0) * 10 + d; digitsInPart += 1
            } else if c == 0x2E && current >= 0 {
                // "1.1" continues a decimal label; "1." followed by spacing ends it.
                let (next, _) = UTF8Scan.scalar(bytes, at: i + 1)
                if next >= 0x30 && next <= 0x39 {
                    parts.append(current); current = -1; digitsInPart = 0
                } else { break }
            } else { break }
            if digitsInPart > 3 { return nil }
            i += len
        }
        guard current >= 0 else { return nil }
        parts.append(current)
        let variant = negotiationSuffix(bytes, &i, e, allowSpace: true)
        var labelEnd = i
        let (after, afterLen) = UTF8Scan.scalar(bytes, at: i)
        let closed = after == 0x2E || after == 0x29 || after == 0xFF09 || after == 0xFF0E
        if closed { labelEnd = i + afterLen }
        guard parts.allSatisfy({ $0 >= 1 && $0 <= 300 }) else { return nil }
        // "1." or "1)" alone on its line is a label whose text follows; a bare "97" is a page number.
        if labelEnd >= e && closed {
            return ParsedLabel(range: ByteRange(s, labelEnd), textStart: e, style: parts.count > 1 ? .decimal : .number,
                               key: parts.map(String.init).joined(separator: ".") + (variant ?? ""), ordinal: parts.last!,
                               romanValue: nil, variant: variant)
        }
        // A number label needs spacing after it: "1 认为…", "1\t…"; "5G" or "2030年" is text. Closed
        // by ")" it may be glued to its text, as letters are ("2)that", "1）全权").
        let (sp, _) = UTF8Scan.scalar(bytes, at: labelEnd)
        let gluedAfterParen = (after == 0x29 || after == 0xFF09) && labelEnd < e
        guard sp == 0x20 || sp == 0x09 || sp == 0x3000 || gluedAfterParen else { return nil }
        let textStart = skipSpacing(bytes, labelEnd, e)
        guard textStart < e else { return nil }
        let key = parts.map(String.init).joined(separator: ".") + (variant ?? "")
        return ParsedLabel(range: ByteRange(s, labelEnd), textStart: textStart,
                           style: parts.count > 1 ? .decimal : .number, key: key,
                           ordinal: parts.last!, romanValue: nil, variant: variant)
    }

    static let negotiationSuffixes = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies"]

    /// bis, ter, … right after a label's number or letter (1bis, 1 bis, a bis)), when no letter
    /// follows it (1 terms is text). Moves `i` past it.
    static func negotiationSuffix(_ bytes: [UInt8], _ i: inout Int, _ e: Int, allowSpace: Bool) -> String? {
        var k = i
        if allowSpace && k < e && bytes[k] == 0x20 { k += 1 }
        for word in negotiationSuffixes {
            let w = Array(word.utf8)
            guard UTF8Scan.hasBytes(bytes, w, at: k) else { continue }
            let after = k + w.count
            guard after >= e || !CharClass.isASCIILetter(bytes[after]) else { continue }
            i = after
            return word
        }
        return nil
    }

    /// 备选1 / Alt 1 / Alt. 2 / Alternative 3 followed by spacing: an alternative text, numbered apart.
    static func parseAlternative(_ bytes: [UInt8], _ s: Int, _ e: Int) -> ParsedLabel? {
        var i = s
        if UTF8Scan.hasBytes(bytes, Bytes.beixuan, at: i) { i += Bytes.beixuan.count }
        else {
            var matched = false
            for word in ["Alternative", "Alt."] + ["Alt"] where UTF8Scan.hasBytes(bytes, Array(word.utf8), at: i) {
                i += word.utf8.count
                matched = true
                break
            }
            guard matched else { return nil }
            if i < e && bytes[i] == 0x20 { i += 1 }
        }
        let (number, afterNumber) = readNumber(bytes, i, e)
        guard let number, let n = Int(number), n >= 1 && n <= 99 else { return nil }
        let (sp, _) = UTF8Scan.scalar(bytes, at: afterNumber)
        guard sp == 0x20 || sp == 0x09 || sp == 0x3000 || sp == 0xFF1A || sp == 0x3A else { return nil }
        var labelEnd = afterNumber
        if sp == 0xFF1A || sp == 0x3A { labelEnd += sp == 0x3A ? 1 : 3 }
        let textStart = skipSpacing(bytes, labelEnd, e)
        guard textStart < e else { return nil }
        return ParsedLabel(range: ByteRange(s, labelEnd), textStart: textStart, style: .number, key: "alt\(n)",
                           ordinal: n, romanValue: nil, variant: "alt")
    }

    static func skipSpacing(_ bytes: [UInt8], _ from: Int, _ end: Int) -> Int {
        var i = from
        while i < end {
            if CharClass.isASCIIWhitespace(bytes[i]) { i += 1; continue }
            if UTF8Scan.hasBytes(bytes, Bytes.ideographicSpace, at: i) { i += 3; continue }
            break
        }
        return i
    }

    /// a=1 … z=26; doubled letters aa=27, bb=28; other pairs count on in base 26.
    static func letterOrdinal(_ letters: [UInt8]) -> Int {
        if letters.count == 1 { return Int(letters[0] - 0x60) }
        if letters.allSatisfy({ $0 == letters[0] }) { return 26 * (letters.count - 1) + Int(letters[0] - 0x60) }
        return letters.reduce(0) { $0 * 26 + Int($1 - 0x60) }
    }

    /// The canonical lower-case numerals i … xxxix, by value; "iiii" or "vx" are not roman.
    static let romanNumerals: [[UInt8]] = (1..<40).map { Array(toRoman($0).utf8) }

    static func romanValue(_ letters: some Collection<UInt8>) -> Int? {
        guard letters.count <= 6 else { return nil }
        for (i, numeral) in romanNumerals.enumerated() where numeral.elementsEqual(letters) { return i + 1 }
        return nil
    }

    static func toRoman(_ n: Int) -> String {
        let table: [(Int, String)] = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var n = n
        var out = ""
        for (v, s) in table { while n >= v { out += s; n -= v } }
        return out
    }

    /// 意见4： / 意见1草案： / 第71号决议（…） / ITU-R 第12-3号决议 / Opinion 4: / Draft Opinion 1: /
    /// Resolution 71 (…) / RESOLUTION ITU-R 12-3 / DECISION  3  (Minneapolis, 1998) /
    /// DRAFT NEW RESOLUTION [EUR/2].
    static func parseTitle(_ bytes: [UInt8], _ s: Int, _ e: Int, _ str: String) -> TitleCandidate? {
        var s = s
        // ITU-R 第12-3号决议: the Sector before the number.
        for sector in Bytes.sectors where UTF8Scan.hasBytes(bytes, sector, at: s) {
            var k = s + sector.count
            while k < e && bytes[k] == 0x20 { k += 1 }
            if UTF8Scan.hasBytes(bytes, Bytes.di, at: k) { s = k }
        }
        if UTF8Scan.hasBytes(bytes, Bytes.yijian, at: s) {
            var i = s + Bytes.yijian.count
            while i < e && bytes[i] == 0x20 { i += 1 }
            let (num, afterNum) = readNumber(bytes, i, e)
            guard let number = num else { return nil }
            i = afterNum
            while i < e && bytes[i] == 0x20 { i += 1 }
            var kind = InstrumentKind.opinion
            if UTF8Scan.hasBytes(bytes, Bytes.caoan, at: i) { kind = .draftOpinion; i += Bytes.caoan.count }
            let (c, _) = UTF8Scan.scalar(bytes, at: i)
            guard c == 0xFF1A || c == 0x3A || i >= e else { return nil }  // ： or :
            return TitleCandidate(kind: kind, language: .zh, number: number)
        }
        if UTF8Scan.hasBytes(bytes, Bytes.di, at: s) {
            var i = s + Bytes.di.count
            while i < e && bytes[i] == 0x20 { i += 1 }
            let (num, afterNum) = readNumber(bytes, i, e)
            guard let number = num else { return nil }
            i = afterNum
            while i < e && bytes[i] == 0x20 { i += 1 }
            guard UTF8Scan.hasBytes(bytes, Bytes.hao, at: i) else { return nil }
            i += Bytes.hao.count
            let kind: InstrumentKind
            if UTF8Scan.hasBytes(bytes, Bytes.jueyi, at: i) { kind = .resolution }
            else if UTF8Scan.hasBytes(bytes, Bytes.jueding, at: i) { kind = .decision }
            else if UTF8Scan.hasBytes(bytes, Bytes.jianyi, at: i) { kind = .recommendation }
            else { return nil }
            // A title line holds the citation and at most a short title, never a sentence.
            if str.contains("。") || str.contains("；") || str.hasSuffix("，") { return nil }
            return TitleCandidate(kind: kind, language: .zh, number: number)
        }
        // PDF copies double spaces (DECISION  3  (Minneapolis, 1998)): words are compared one space apart.
        let lower = str.lowercased().split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        var rest = Substring(lower)
        var draft = false
        if rest.hasPrefix("draft ") { draft = true; rest = rest.dropFirst(6) }
        if rest.hasPrefix("new ") && draft { rest = rest.dropFirst(4) }
        let kinds: [(String, InstrumentKind)] = [
            ("opinion", .opinion), ("resolution", .resolution), ("decision", .decision),
            ("recommendation", .recommendation),
        ]
        for (word, kind) in kinds where rest.hasPrefix(word + " ") || (rest == word) {
            var after = rest.dropFirst(word.count).drop { $0 == " " }
            for sector in ["itu-r ", "itu-t ", "itu-d "] where after.hasPrefix(sector) { after = after.dropFirst(sector.count) }
            let resolved: InstrumentKind = (kind == .opinion && draft) ? .draftOpinion : kind
            // DRAFT NEW RESOLUTION [EUR/2]: a proposal, numbered by its tag only.
            if draft && after.hasPrefix("[") && after.hasSuffix("]") {
                return TitleCandidate(kind: resolved, language: .en, number: nil)
            }
            let digits = after.prefix { $0.isASCII && ($0.isNumber || $0 == "/" || $0 == "-") }
            guard !digits.isEmpty, digits.first!.isNumber, digits.last!.isNumber else { return nil }
            after = after.dropFirst(digits.count).drop { $0 == " " }
            // "Resolution 71 (Rev. Dubai, 2018)" or "Opinion 4: title"; not "Resolution 71 resolves that…".
            guard after.isEmpty || after.hasPrefix("(") || after.hasPrefix(":") || after.hasPrefix("–")
                || after.hasPrefix("-") else { return nil }
            if after.hasSuffix(".") || after.hasSuffix(";") { return nil }
            return TitleCandidate(kind: resolved, language: .en, number: String(digits))
        }
        return nil
    }

    /// Reads ASCII or full-width digits (and "/" between them) as a normalised number string.
    static func readNumber(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (String?, Int) {
        var i = start
        var out: [UInt8] = []
        while i < end {
            let (c, len) = UTF8Scan.scalar(bytes, at: i)
            if c >= 0x30 && c <= 0x39 { out.append(UInt8(c)) }
            else if let d = CharClass.fullWidthDigit(c) { out.append(UInt8(0x30 + d)) }
            else if (c == 0x2F || c == 0x2D) && !out.isEmpty && CharClass.isASCIIDigit(i + 1 < end ? bytes[i + 1] : 0) { out.append(UInt8(c)) }
            else { break }
            i += len
        }
        return (out.isEmpty ? nil : String(decoding: out, as: UTF8.self), i)
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
