/// Finds citations of other instruments (DOMAIN.md §3).
enum CitationScanner {
    static let di = Array("第".utf8)
    static let hao = Array("号".utf8)
    static let yijian = Array("意见".utf8)
    static let youguan = Array("有关".utf8)
    static let de = Array("的".utf8)
    static let kinds: [([UInt8], CitedKind)] = [
        (Array("决议".utf8), .resolution), (Array("决定".utf8), .decision), (Array("建议".utf8), .recommendation),
    ]
    static let articleUnits: Set<UInt32> = Set("条章款".unicodeScalars.map(\.value))
    static let chineseNumerals: Set<UInt32> = Set("一二三四五六七八九十百零".unicodeScalars.map(\.value))
    /// Bodies that may stand right before 第N号… (longest first so 国际电联全权代表大会 wins).
    static let bodies: [String] = [
        "国际电联全权代表大会", "全权代表大会", "世界电信发展大会", "世界电信标准化全会", "无线电通信全会",
        "世界无线电通信大会", "联合国大会", "联大", "理事会", "政策论坛", "ITU-R",
    ].sorted { $0.utf8.count > $1.utf8.count }
    static let bodyBytes: [[UInt8]] = bodies.map { Array($0.utf8) }
    static let englishKinds: [([UInt8], CitedKind)] = [
        (Array("Resolution ".utf8), .resolution), (Array("Decision ".utf8), .decision),
        (Array("Recommendation ".utf8), .recommendation), (Array("Opinion ".utf8), .opinion),
    ]

    /// The citations inside `range` (one block), looked for where `candidates` (its 第 意 《 R D O) are.
    static func scan(_ text: SourceText, in range: ByteRange, markup: Markup, candidates: [Int], revisions: RevisionMemo) -> [Citation] {
        let bytes = text.bytes
        let cursor = LogicalCursor(bytes: bytes, markup: markup, end: range.end, revisions: revisions)
        var out: [Citation] = []
        var i = range.start
        var skipIdx = 0
        let n = range.end
        var triggers = CandidateCursor(candidates, from: i)
        while i < n {
            i = triggers.next(from: i, end: n)
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
        while k < limit && !UTF8Scan.hasBytes(bytes, Bytes.closeTitle, at: k) {  // 》
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
        let qualifier = Bytes.itu
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
        let sector = Bytes.iturSpace
        var body: String?
        if UTF8Scan.hasBytes(bytes, sector, at: numberStart) { numberStart += sector.count; body = "ITU-R" }
        let (number, afterNumber) = LineScanner.readNumber(bytes, numberStart, cur.end)
        guard let num = number else { return nil }
        let (revision, end, unclosed) = parseRevision(cur, afterNumber)
        return Citation(range: ByteRange(start, end), kind: kind, number: num, numberRange: ByteRange(numberStart, afterNumber),
                        body: body, revision: revision, title: nil, titleRange: nil, instrumentName: nil,
                        problem: unclosed ? .unclosedParenthesis : nil)
    }
}
