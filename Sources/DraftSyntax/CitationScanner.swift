/// Reads text as a citation sees it: through Markdown link syntax, Word artefacts and line
/// breaks, so that "[第611号决定（理事会](#)\n\n[2020年会议，修订版](#)）" is one citation.
struct LogicalCursor {
    let bytes: [UInt8]
    let markup: Markup
    /// Where the block ends: a citation never reads into the next block.
    let end: Int
    /// Parsed revisions by their text: a draft cites the same few instruments again and again.
    let revisions = RevisionMemo()

    /// The first offset at or after `i` that is text (not markup, not a line break).
    func normalize(_ i: Int) -> Int {
        var j = i
        var idx = markup.ignorable.partitionIndex { $0.end <= j }
        while j < end {
            if bytes[j] == 0x0A || bytes[j] == 0x0D { j += 1; continue }
            if idx < markup.ignorable.count && markup.ignorable[idx].start <= j {
                j = markup.ignorable[idx].end; idx += 1; continue
            }
            while idx < markup.ignorable.count && markup.ignorable[idx].end <= j { idx += 1 }
            break
        }
        return j
    }

    func scalar(_ i: Int) -> (UInt32, Int) {
        guard i < end else { return (0, i) }
        let (c, len) = UTF8Scan.scalar(bytes, at: i)
        return (c, i + len)
    }

    /// Matches `needle` scalar by scalar, allowing markup and line breaks between scalars.
    func match(_ needle: [UInt8], at i: Int) -> Int? {
        var j = normalize(i)
        var k = 0
        while k < needle.count {
            let len = UTF8Scan.length(lead: needle[k])
            guard j + len <= end else { return nil }
            for m in 0..<len where bytes[j + m] != needle[k + m] { return nil }
            k += len
            j = k < needle.count ? normalize(j + len) : j + len
        }
        return j
    }
}

final class RevisionMemo {
    private var known: [[UInt8]: Revision?] = [:]

    func revision(of content: [UInt8]) -> Revision? {
        if let hit = known[content] { return hit }
        let parsed = CitationScanner.revision(from: String(decoding: content, as: UTF8.self))
        known[content] = parsed
        return parsed
    }
}

/// Finds citations of other instruments (DOMAIN.md §3).
enum CitationScanner {
    private static let di = Array("第".utf8)
    private static let hao = Array("号".utf8)
    private static let yijian = Array("意见".utf8)
    private static let youguan = Array("有关".utf8)
    private static let de = Array("的".utf8)
    private static let kinds: [([UInt8], CitedKind)] = [
        (Array("决议".utf8), .resolution), (Array("决定".utf8), .decision), (Array("建议".utf8), .recommendation),
    ]
    private static let articleUnits: Set<UInt32> = Set("条章款".unicodeScalars.map(\.value))
    private static let chineseNumerals: Set<UInt32> = Set("一二三四五六七八九十百零".unicodeScalars.map(\.value))
    /// Bodies that may stand right before 第N号… (longest first so 国际电联全权代表大会 wins).
    static let bodies: [String] = [
        "国际电联全权代表大会", "全权代表大会", "世界电信发展大会", "世界电信标准化全会", "无线电通信全会",
        "世界无线电通信大会", "联合国大会", "联大", "理事会", "政策论坛", "ITU-R",
    ].sorted { $0.utf8.count > $1.utf8.count }
    private static let bodyBytes: [[UInt8]] = bodies.map { Array($0.utf8) }
    private static let englishKinds: [([UInt8], CitedKind)] = [
        (Array("Resolution ".utf8), .resolution), (Array("Decision ".utf8), .decision),
        (Array("Recommendation ".utf8), .recommendation), (Array("Opinion ".utf8), .opinion),
    ]

    /// The citations inside `range` (one block).
    static func scan(_ text: SourceText, in range: ByteRange, markup: Markup) -> [Citation] {
        let bytes = text.bytes
        let cursor = LogicalCursor(bytes: bytes, markup: markup, end: range.end)
        var out: [Citation] = []
        var i = range.start
        var skipIdx = 0
        let n = range.end
        while i < n {
            // Triggers: 第 (E7 AC AC), 意 (E6 84 8F), 《 (E3 80 8A), and R/D/O of English citations.
            // Steps scalar by scalar (the text is valid UTF-8): a third of the iterations on Chinese.
            i = bytes.withUnsafeBufferPointer { buf in
                var k = i
                // Three-byte scalars are compared whole, without a branch per byte (CJK lead bytes
                // E3, E6, E7 are too common to branch on).
                while k + 2 < n {
                    let b = buf[k]
                    if b >= 0xE0 {
                        let key = UInt32(b) << 16 | UInt32(buf[k + 1]) << 8 | UInt32(buf[k + 2])
                        if (key == 0xE7ACAC) || (key == 0xE6848F) || (key == 0xE3808A) { return k }
                    } else if b == UInt8(ascii: "R") || b == UInt8(ascii: "D") || b == UInt8(ascii: "O") {
                        return k
                    }
                    k += UTF8Scan.length(lead: b)
                }
                while k < n {
                    let b = buf[k]
                    if b == UInt8(ascii: "R") || b == UInt8(ascii: "D") || b == UInt8(ascii: "O") { return k }
                    k += 1
                }
                return n
            }
            guard i < n else { break }
            let b = bytes[i]
            while skipIdx < markup.ignorable.count && markup.ignorable[skipIdx].end <= i { skipIdx += 1 }
            if skipIdx < markup.ignorable.count && markup.ignorable[skipIdx].start <= i { i = markup.ignorable[skipIdx].end; continue }
            var found: Citation?
            if b == 0xE7 && UTF8Scan.hasBytes(bytes, di, at: i) {
                found = numbered(cursor, at: i)
            } else if b == 0xE6 && UTF8Scan.hasBytes(bytes, yijian, at: i) {
                found = opinion(cursor, at: i)
            } else if b == 0xE3 {  // 《, matched in full by the trigger
                found = article(cursor, at: i)
            } else if b < 0x80 && (i == 0 || !CharClass.isASCIILetter(bytes[i - 1])) {
                found = english(cursor, at: i)
            }
            if let c = found {
                out.append(c)
                i = max(c.range.end, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: 第N号决议 and friends

    private static func numbered(_ cur: LogicalCursor, at start: Int) -> Citation? {
        let bytes = cur.bytes
        var i = cur.normalize(start + di.count)
        while i < cur.end && bytes[i] == 0x20 { i += 1 }
        let numberStart = i
        let (number, afterNumber) = LineScanner.readNumber(bytes, i, cur.end)
        i = cur.normalize(afterNumber)
        while i < cur.end && bytes[i] == 0x20 { i += 1 }
        guard let afterHao = cur.match(hao, at: i) else { return nil }
        var kind: CitedKind?
        var end = afterHao
        for (word, k) in kinds {
            if let e = cur.match(word, at: afterHao) { kind = k; end = e; break }
        }
        guard let citedKind = kind else { return nil }
        let (body, bodyStart) = bodyBefore(bytes, start)
        // 1994年京都全权代表大会第11号决议: the session's year and place before its name.
        let (sessionBefore, sessionStart) = bodyStart.map { sessionBeforeBody(bytes, $0) } ?? (nil, nil)
        let (title, titleRange, citationStart) = titleBefore(bytes, sessionStart ?? bodyStart ?? start)
        if number == nil {
            return Citation(range: ByteRange(citationStart, end), kind: citedKind, number: nil, numberRange: nil,
                            body: body, revision: nil, title: title, titleRange: titleRange, instrumentName: nil,
                            problem: .missingNumber)
        }
        var (revision, afterRevision, unclosed) = parseRevision(cur, end)
        if revision == nil && !unclosed { revision = sessionBefore }
        return Citation(range: ByteRange(citationStart, afterRevision), kind: citedKind, number: number,
                        numberRange: ByteRange(numberStart, afterNumber), body: body, revision: revision,
                        title: title, titleRange: titleRange, instrumentName: nil,
                        problem: unclosed ? .unclosedParenthesis : nil)
    }

    /// 意见2（2013年，日内瓦）: only with its parenthetical, or it is a title or a common word.
    private static func opinion(_ cur: LogicalCursor, at start: Int) -> Citation? {
        let bytes = cur.bytes
        let numberStart = start + yijian.count
        let (number, afterNumber) = LineScanner.readNumber(bytes, numberStart, cur.end)
        guard let num = number else { return nil }
        let (revision, end, unclosed) = parseRevision(cur, afterNumber)
        guard revision != nil || unclosed else { return nil }
        let (body, bodyStart) = bodyBefore(bytes, start)
        let (title, titleRange, citationStart) = titleBefore(bytes, bodyStart ?? start)
        return Citation(range: ByteRange(citationStart, end), kind: .opinion, number: num,
                        numberRange: ByteRange(numberStart, afterNumber), body: body, revision: revision,
                        title: title, titleRange: titleRange, instrumentName: nil,
                        problem: unclosed ? .unclosedParenthesis : nil)
    }

    /// 《国际电联组织法》第40条, 《无线电规则》第七章, 《公约》第61和102款.
    private static func article(_ cur: LogicalCursor, at start: Int) -> Citation? {
        let bytes = cur.bytes
        var k = start + 3
        let limit = min(cur.end, start + 120)
        while k < limit && !UTF8Scan.hasBytes(bytes, [0xE3, 0x80, 0x8B], at: k) {  // 》
            if bytes[k] == 0x0A || bytes[k] == 0x0D { return nil }
            k += 1
        }
        guard k < limit else { return nil }
        let name = String(decoding: bytes[(start + 3)..<k], as: UTF8.self)
        var i = k + 3
        // 《公约》（1992年，日内瓦）第70款: the edition between the name and the provision.
        var revision: Revision?
        let (open, afterOpen) = cur.scalar(i)
        if open == 0xFF08 || open == 0x28 {
            let (r, afterRevision, unclosed) = parseRevision(cur, i)
            guard let r, !unclosed else { return nil }
            revision = r
            i = afterRevision
            _ = afterOpen
        }
        guard UTF8Scan.hasBytes(bytes, di, at: i) else { return nil }
        i += di.count
        let numberStart = i
        var digits: [UInt8] = []
        while i < cur.end {
            let (c, len) = UTF8Scan.scalar(bytes, at: i)
            if c >= 0x30 && c <= 0x39 || chineseNumerals.contains(c) { digits.append(contentsOf: bytes[i..<(i + len)]); i += len }
            else if let d = CharClass.fullWidthDigit(c) { digits.append(UInt8(0x30 + d)); i += len }
            else { break }
        }
        guard !digits.isEmpty else { return nil }
        // 第165A款: a provision inserted later takes a capital letter.
        if i < cur.end && bytes[i] >= 0x41 && bytes[i] <= 0x5A && !(i + 1 < cur.end && CharClass.isASCIILetter(bytes[i + 1])) {
            digits.append(bytes[i]); i += 1
        }
        let numberEnd = i
        // "第61和102款": the first number is the one the citation names.
        while i < cur.end {
            let (c, len) = UTF8Scan.scalar(bytes, at: i)
            if (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || c == 0x548C || c == 0x3001 { i += len } else { break }
        }
        var (unit, afterUnit) = cur.scalar(i)
        guard articleUnits.contains(unit) else { return nil }
        // 《公约》第33条第468款: the chain down to the number is one citation of the article.
        if UTF8Scan.hasBytes(bytes, di, at: afterUnit) {
            var j = afterUnit + di.count
            while j < cur.end && (CharClass.isASCIIDigit(bytes[j]) || (bytes[j] >= 0x41 && bytes[j] <= 0x5A)) { j += 1 }
            let (u, afterU) = cur.scalar(j)
            if j > afterUnit + di.count && articleUnits.contains(u) { unit = u; afterUnit = afterU }
        }
        _ = unit
        // 国际电联《组织法》: a qualifier before the quotation marks belongs to the citation.
        var citationStart = start
        let qualifier = Array("国际电联".utf8)
        if start >= qualifier.count && UTF8Scan.hasBytes(bytes, qualifier, at: start - qualifier.count) { citationStart -= qualifier.count }
        let (title, titleRange, withTitle) = titleBefore(bytes, citationStart)
        return Citation(range: ByteRange(withTitle, afterUnit), kind: .article,
                        number: String(decoding: digits, as: UTF8.self), numberRange: ByteRange(numberStart, numberEnd),
                        body: nil, revision: revision, title: title, titleRange: titleRange, instrumentName: name, problem: nil)
    }

    // MARK: English

    private static func english(_ cur: LogicalCursor, at start: Int) -> Citation? {
        let bytes = cur.bytes
        guard let (word, kind) = englishKinds.first(where: { UTF8Scan.hasBytes(bytes, $0.0, at: start) }) else { return nil }
        var numberStart = start + word.count
        // Resolution ITU-R 1-6: the Radiocommunication Assembly's, numbered with its revision count.
        let sector = Array("ITU-R ".utf8)
        var body: String?
        if UTF8Scan.hasBytes(bytes, sector, at: numberStart) { numberStart += sector.count; body = "ITU-R" }
        let (number, afterNumber) = LineScanner.readNumber(bytes, numberStart, cur.end)
        guard let num = number else { return nil }
        let (revision, end, unclosed) = parseRevision(cur, afterNumber)
        return Citation(range: ByteRange(start, end), kind: kind, number: num, numberRange: ByteRange(numberStart, afterNumber),
                        body: body, revision: revision, title: nil, titleRange: nil, instrumentName: nil,
                        problem: unclosed ? .unclosedParenthesis : nil)
    }

    // MARK: Parts

    /// Looks right before `start` for an issuing body, with an optional acronym: 联合国大会（UNGA）.
    static func bodyBefore(_ bytes: [UInt8], _ start: Int) -> (String?, Int?) {
        var k = start
        // An acronym in parentheses between body and number: （UNGA）, （PP）, （联大）.
        let (c, s) = UTF8Scan.scalar(bytes, before: k)
        if c == 0xFF09 || c == 0x29 {
            var j = s
            var steps = 0
            while j > 0 && steps < 12 {
                let (p, ps) = UTF8Scan.scalar(bytes, before: j)
                if p == 0xFF08 || p == 0x28 { k = ps; break }
                j = ps; steps += 1
            }
        }
        // ITU-R 第12-3号决议: a Sector before the number, a space between them or none.
        if k > 0 && bytes[k - 1] == 0x20 && k >= 6 && UTF8Scan.hasBytes(bytes, Array("ITU-R".utf8), at: k - 6) { k -= 1 }
        // 理事会2011年会议第562号决定
        let session = Array("年会议".utf8)
        if k >= session.count && UTF8Scan.hasBytes(bytes, session, at: k - session.count) {
            var j = k - session.count
            while j > 0 && CharClass.isASCIIDigit(bytes[j - 1]) { j -= 1 }
            let council = Array("理事会".utf8)
            if j >= council.count && UTF8Scan.hasBytes(bytes, council, at: j - council.count) {
                return (String(decoding: bytes[(j - council.count)..<k], as: UTF8.self), j - council.count)
            }
        }
        for body in bodyBytes where k >= body.count && UTF8Scan.hasBytes(bytes, body, at: k - body.count) {
            var bodyStart = k - body.count
            let forumPrefix = Array("世界电信/信息通信技术（ICT）".utf8)
            if body == Array("政策论坛".utf8) {
                // 第五届世界电信/信息通信技术（ICT）政策论坛意见2: keep the forum's name whole.
                if bodyStart >= forumPrefix.count && UTF8Scan.hasBytes(bytes, forumPrefix, at: bodyStart - forumPrefix.count) {
                    bodyStart -= forumPrefix.count
                }
            }
            return (String(decoding: bytes[(k - body.count)..<k], as: UTF8.self), bodyStart)
        }
        return (nil, nil)
    }

    /// "1994年京都" right before a body's name: the year and place of the session that adopted it.
    static func sessionBeforeBody(_ bytes: [UInt8], _ bodyStart: Int) -> (Revision?, Int?) {
        var k = bodyStart
        var placeChars = 0
        while placeChars < 6 {
            let (c, s) = UTF8Scan.scalar(bytes, before: k)
            guard CharClass.isHan(c), c != 0x5E74 else { break }  // 年 ends the place
            k = s
            placeChars += 1
        }
        let nian = Array("年".utf8)
        guard placeChars >= 2, k >= nian.count, UTF8Scan.hasBytes(bytes, nian, at: k - nian.count) else { return (nil, nil) }
        let placeRange = k..<(bodyStart)
        var d = k - nian.count
        while d > 0 && CharClass.isASCIIDigit(bytes[d - 1]) { d -= 1 }
        guard k - nian.count - d == 4, let year = Int(String(decoding: bytes[d..<(k - nian.count)], as: UTF8.self)) else { return (nil, nil) }
        let place = String(decoding: bytes[placeRange], as: UTF8.self)
        return (Revision(year: year, place: place, revised: false, acronym: nil, isCouncilSession: false), d)
    }

    /// 有关“TITLE”的 right before `start`: the title and where the citation then starts.
    static func titleBefore(_ bytes: [UInt8], _ start: Int) -> (String?, ByteRange?, Int) {
        guard start >= de.count + 3, UTF8Scan.hasBytes(bytes, de, at: start - de.count) else { return (nil, nil, start) }
        let close = start - de.count - 3
        guard UTF8Scan.hasBytes(bytes, [0xE2, 0x80, 0x9D], at: close) else { return (nil, nil, start) }  // ”
        var j = close
        let lower = max(0, close - 600)
        var depth = 0
        while j > lower {
            let (c, s) = UTF8Scan.scalar(bytes, before: j)
            j = s
            if c == 0x0A || c == 0x0D { return (nil, nil, start) }
            if c == 0x201D { depth += 1 }
            if c == 0x201C {
                if depth == 0 { break }
                depth -= 1
            }
        }
        guard j > lower || UTF8Scan.hasBytes(bytes, [0xE2, 0x80, 0x9C], at: j) else { return (nil, nil, start) }
        guard j >= youguan.count, UTF8Scan.hasBytes(bytes, youguan, at: j - youguan.count) else { return (nil, nil, start) }
        let titleRange = ByteRange(j + 3, close)
        return (String(decoding: bytes[titleRange.start..<titleRange.end], as: UTF8.self), titleRange, j - youguan.count)
    }

    /// （2018年，迪拜，修订版） / （理事会2020年会议，修订版） / （WTSA-08） / (Rev. Dubai, 2018).
    /// Returns the revision, where the citation ends, and whether a parenthesis was left open.
    static func parseRevision(_ cur: LogicalCursor, _ at: Int) -> (Revision?, Int, Bool) {
        let bytes = cur.bytes
        var i = cur.normalize(at)
        if i < cur.end && bytes[i] == 0x20 { i += 1 }
        let (open, openEnd) = cur.scalar(i)
        guard open == 0xFF08 || open == 0x28 else { return (nil, at, false) }
        var content: [UInt8] = []
        var j = cur.normalize(openEnd)
        var scalars = 0
        // Where the line of the opening parenthesis ends: an unclosed citation ends there too.
        var lineEnd: Int?
        while j < cur.end && scalars < 40 {
            let (c, next) = cur.scalar(j)
            if c == 0xFF09 || c == 0x29 {
                guard let revision = cur.revisions.revision(of: content) else { return (nil, at, false) }
                return (revision, next, false)
            }
            if c == 0xFF08 || c == 0x28 || c == 0x3002 || c == 0xFF1B { break }
            content.append(contentsOf: bytes[j..<next])
            j = cur.normalize(next)
            if lineEnd == nil && bytes[next..<j].contains(where: { $0 == 0x0A || $0 == 0x0D }) { lineEnd = next }
            scalars += 1
        }
        // Open but never closed: a citation only if it began like a revision.
        let text = String(decoding: content, as: UTF8.self)
        let looksLikeRevision = text.first.map { $0.isNumber } == true || text.hasPrefix("理事会") || text.hasPrefix("Rev")
        guard looksLikeRevision else { return (nil, at, false) }
        // The paragraph's own final mark is no part of the broken citation.
        var end = lineEnd ?? j
        while end > openEnd {
            let (c, s) = UTF8Scan.scalar(bytes, before: end)
            guard c == 0xFF0C || c == 0xFF1B || c == 0x2C || c == 0x3B || c == 0x20 else { break }
            end = s
        }
        return (revision(from: text), end, true)
    }

    static func revision(from text: String) -> Revision? {
        let parts = text.split(whereSeparator: { $0 == "，" || $0 == "," || $0 == "、" }).map { $0.trimmingCharacters() }
        guard !parts.isEmpty else { return nil }
        var year: Int?
        var place: String?
        var revised = false
        var acronym: String?
        var council = false
        for part in parts {
            if part == "修订版" || part == "修订" { revised = true; continue }
            var p = Substring(part)
            if p.hasPrefix("Rev.") { revised = true; p = p.dropFirst(4).drop { $0 == " " } }
            if p.hasPrefix("理事会") {
                council = true
                p = p.dropFirst(3)
                if p.hasSuffix("年会议") { p = p.dropLast(3) }
                if let y = Int(p), y > 1860 && y < 2200 { year = y }
                continue
            }
            if p.hasPrefix("Council") {
                council = true
                if let y = Int(p.dropFirst(7).trimmingCharacters()), y > 1860 && y < 2200 { year = y }
                continue
            }
            let digits = p.hasSuffix("年") ? p.dropLast() : p
            if let y = Int(digits), y > 1860 && y < 2200 { year = y; continue }
            if p.contains("-"), p.first?.isUppercase == true, p.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
                acronym = String(p); continue
            }
            if p.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }) && !p.isEmpty { place = String(p); continue }
            return nil
        }
        guard year != nil || acronym != nil else { return nil }
        return Revision(year: year, place: place, revised: revised, acronym: acronym, isCouncilSession: council)
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and ideographic spaces.
    public func trimmingCharacters() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\u{3000}" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\u{3000}" { s = s.dropLast() }
        return String(s)
    }
}

extension Revision {
    /// Parses a revision as written inside a citation's parentheses: "2018年，迪拜，修订版",
    /// "Rev. Dubai, 2018", "WTSA-08".
    public init?(parsing text: String) {
        guard let r = CitationScanner.revision(from: text) else { return nil }
        self = r
    }
}
