/// Finds in-text cross-references (DOMAIN.md §2) inside instruments.
enum ReferenceScanner {
    private static let above: [[UInt8]] = ["上述", "以上", "上文"].map { Array($0.utf8) }
    private static let below: [[UInt8]] = ["下述", "以下", "下文"].map { Array($0.utf8) }
    /// 参见第4.1段: a pointer with no direction, which still needs 第 … 段.
    private static let see = Array("参见".utf8)
    private static let duan = Array("段".utf8)
    private static let fenduan = Array("分段".utf8)
    private static let di = Array("第".utf8)
    private static let openQuotes: Set<UInt32> = [0x201C, 0x22, 0x300C]
    private static let closeQuotes: Set<UInt32> = [0x201D, 0x22, 0x300D]
    /// Units after a number that make it a quantity, a date or a citation, never a label.
    private static let quantityUnits: Set<UInt32> = Set("年月日个次名位号届%％条章款".unicodeScalars.map(\.value))

    /// The references of one paragraph; Chinese ones are looked for where `candidates` (the
    /// block's 上 下 以 参 段) are.
    static func scan(_ bytes: [UInt8], _ range: ByteRange, language: TextLanguage, candidates: [Int]) -> [Reference] {
        language == .zh ? scanChinese(bytes, range, candidates) : scanEnglish(bytes, range)
    }

    // MARK: Chinese

    private static func scanChinese(_ bytes: [UInt8], _ range: ByteRange, _ candidates: [Int]) -> [Reference] {
        var out: [Reference] = []
        var i = range.start
        var consumedUntil = range.start
        var words = CandidateCursor(candidates, from: i)
        while i < range.end {
            i = words.next(from: i, end: range.end)
            guard i < range.end else { break }
            let b = bytes[i]
            // The candidates are 上 下 以, which start a direction word, 参 of 参见, and 段, which ends a bare reference.
            if (b == 0xE4 && i + 2 < range.end && startsDirection(bytes, i)) || (b == 0xE5 && i + 5 < range.end && UTF8Scan.hasBytes(bytes, see, at: i)) {
                if let ref = parseChinese(bytes, at: i, limit: range.end) {
                    out.append(ref); i = ref.range.end; consumedUntil = i; continue
                }
            } else if b == 0xE6, i >= consumedUntil, UTF8Scan.hasBytes(bytes, duan, at: i) {
                if let ref = bareReference(endingAt: i, bytes, lower: max(consumedUntil, range.start), limit: range.end) {
                    out.append(ref); i = ref.range.end; consumedUntil = i; continue
                }
            }
            i += UTF8Scan.length(lead: b)
        }
        return out
    }

    private static func startsDirection(_ bytes: [UInt8], _ i: Int) -> Bool {
        above.contains { UTF8Scan.hasBytes(bytes, $0, at: i) } || below.contains { UTF8Scan.hasBytes(bytes, $0, at: i) }
    }

    /// A reference with no direction word ends in 段: walk back over its label and keyword.
    private static func bareReference(endingAt duanAt: Int, _ bytes: [UInt8], lower: Int, limit: Int) -> Reference? {
        var k = duanAt
        var steps = 0
        while k > lower && steps < 16 {
            let (c, s) = UTF8Scan.scalar(bytes, before: k)
            let isLabelChar = (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A) || c == 0x29 || c == 0xFF09
                || c == 0x2E || c == 0x2D || c == 0x2013 || closeQuotes.contains(c) || openQuotes.contains(c)
                || c == 0x7B2C /* 第 */ || c == 0x81F3 /* 至 */ || c == 0x548C /* 和 */ || c == 0x3001 /* 、 */
            guard isLabelChar else { break }
            k = s; steps += 1
        }
        for entry in Lexicon.chineseKeywordsLongestFirst {
            let start = k - entry.keywordBytes.count
            if start >= lower && UTF8Scan.hasBytes(bytes, entry.keywordBytes, at: start),
               let ref = parseChinese(bytes, at: start, limit: limit), ref.range.end > duanAt {
                return ref
            }
        }
        return nil
    }

    private static func parseChinese(_ bytes: [UInt8], at p: Int, limit: Int) -> Reference? {
        var i = p
        var direction = ReferenceDirection.unspecified
        var pointer = false
        if let w = above.first(where: { UTF8Scan.hasBytes(bytes, $0, at: i) }) { direction = .above; i += w.count }
        else if let w = below.first(where: { UTF8Scan.hasBytes(bytes, $0, at: i) }) { direction = .below; i += w.count }
        else if UTF8Scan.hasBytes(bytes, see, at: i) { pointer = true; i += see.count }
        i = skip(openQuotes, bytes, i, limit)
        var keyword: HeadingEntry?
        var keywordRange: ByteRange?
        for entry in Lexicon.chineseKeywordsLongestFirst where UTF8Scan.hasBytes(bytes, entry.keywordBytes, at: i) {
            keyword = entry
            keywordRange = ByteRange(i, i + entry.keywordBytes.count)
            i += entry.keywordBytes.count
            break
        }
        if direction == .unspecified && keyword == nil && !pointer { return nil }
        i = skip(openQuotes, bytes, i, limit)
        let usedDi = UTF8Scan.hasBytes(bytes, di, at: i)
        if usedDi { i += di.count }
        // 参见 alone is any "see": only 参见第…段 points at a paragraph.
        if pointer && keyword == nil && !usedDi { return nil }
        guard let (targets, isRange, afterLabels) = parseLabelExpression(bytes, i, limit) else { return nil }
        i = skip(closeQuotes, bytes, afterLabels, limit)
        var hasDuan = false
        if UTF8Scan.hasBytes(bytes, fenduan, at: i) { i += fenduan.count; hasDuan = true }
        else if UTF8Scan.hasBytes(bytes, duan, at: i) { i += duan.count; hasDuan = true }
        // Without a section or a direction the words are too common to be a reference.
        if keyword == nil && !hasDuan { return nil }
        if direction == .unspecified && !hasDuan { return nil }
        return Reference(range: ByteRange(p, i), direction: direction, sectionKeyword: keyword.map { _ in
                             String(decoding: bytes[keywordRange!.start..<keywordRange!.end], as: UTF8.self) },
                         sectionRange: keywordRange, targets: targets, isRange: isRange)
    }

    private static func skip(_ set: Set<UInt32>, _ bytes: [UInt8], _ i: Int, _ limit: Int) -> Int {
        let (c, len) = UTF8Scan.scalar(bytes, at: i)
        return i < limit && set.contains(c) ? i + len : i
    }

    /// label (("-"|"–"|至|到) label)?  |  label ((和|、|及|",") label)*
    static func parseLabelExpression(_ bytes: [UInt8], _ start: Int, _ limit: Int) -> ([LabelTarget], Bool, Int)? {
        guard let first = parseLabel(bytes, start, limit) else { return nil }
        var targets = [first]
        var i = first.range.end
        var isRange = false
        while i < limit {
            var j = skip(closeQuotes, bytes, i, limit)
            let (c, len) = UTF8Scan.scalar(bytes, at: j)
            let rangeSep = c == 0x2D || c == 0x2013 || c == 0x2014 || c == 0x81F3 || c == 0x5230 || c == 0xFF5E || c == 0x7E
            let listSep = c == 0x548C || c == 0x3001 || c == 0x53CA || c == 0x2C || c == 0xFF0C
            guard rangeSep || listSep else { break }
            j += len
            j = skip(openQuotes, bytes, j, limit)
            if UTF8Scan.hasBytes(bytes, di, at: j) { j += di.count }
            guard let next = parseLabel(bytes, j, limit) else { break }
            // A list separator "，" only continues when what follows is clearly another label.
            if (c == 0x2C || c == 0xFF0C) && next.path.count == 1 && next.path[0].first!.isNumber == false { break }
            if rangeSep {
                if isRange || targets.count > 1 { break }
                isRange = true
            } else if isRange { break }
            targets.append(next)
            i = next.range.end
        }
        return (targets, isRange, i)
    }

    /// "1", "1.1", "3b)", "b)", "ii)", "（b）", full-width digits.
    static func parseLabel(_ bytes: [UInt8], _ start: Int, _ limit: Int) -> LabelTarget? {
        var i = start
        var path: [String] = []
        var number: [UInt8] = []
        while i < limit {
            let (c, len) = UTF8Scan.scalar(bytes, at: i)
            if c >= 0x30 && c <= 0x39 { number.append(UInt8(c)) }
            else if let d = CharClass.fullWidthDigit(c) { number.append(UInt8(0x30 + d)) }
            else if c == 0x2E && !number.isEmpty && i + 1 < limit && CharClass.isASCIIDigit(bytes[i + 1]) { number.append(0x2E) }
            else { break }
            i += len
            if number.count > 9 { return nil }
        }
        if !number.isEmpty {
            let (next, _) = UTF8Scan.scalar(bytes, at: i)
            if quantityUnits.contains(next) { return nil }
            if next >= 0x30 && next <= 0x39 { return nil }
            // 1bis, 2ter: a paragraph inserted in negotiation is referred to by its whole label.
            let suffix = LineScanner.negotiationSuffix(bytes, &i, limit, allowSpace: false)
            path.append(String(decoding: number, as: UTF8.self) + (suffix ?? ""))
            if suffix != nil { return LabelTarget(path: path, range: ByteRange(start, i)) }
        }
        // Letters closed by ")" or wrapped "(b)".
        var j = i
        let (open, openLen) = UTF8Scan.scalar(bytes, at: j)
        let wrapped = open == 0x28 || open == 0xFF08
        if wrapped { j += openLen }
        var letters: [UInt8] = []
        while j < limit && CharClass.isASCIILower(bytes[j]) && letters.count < 5 { letters.append(bytes[j]); j += 1 }
        let (close, closeLen) = UTF8Scan.scalar(bytes, at: j)
        if !letters.isEmpty && (close == 0x29 || close == 0xFF09) && (letters.count <= 2 || LineScanner.romanValue(letters) != nil) {
            path.append(String(decoding: letters, as: UTF8.self))
            i = j + closeLen
        }
        guard !path.isEmpty else { return nil }
        return LabelTarget(path: path, range: ByteRange(start, i))
    }

    // MARK: English

    /// "resolves 2 above", "recognizing b) above", "paragraph 3 of instructs the Secretary-General below".
    private static func scanEnglish(_ bytes: [UInt8], _ range: ByteRange) -> [Reference] {
        var out: [Reference] = []
        var i = range.start
        while i < range.end {
            let atWordStart = i == range.start || !CharClass.isASCIILetter(bytes[i - 1])
            if atWordStart && CharClass.isASCIILetter(bytes[i]), let ref = parseEnglish(bytes, i, range.end) {
                out.append(ref)
                i = ref.range.end
                continue
            }
            i += 1
        }
        return out
    }

    private static func matchWordCI(_ bytes: [UInt8], _ word: [UInt8], at i: Int, _ limit: Int) -> Bool {
        guard i + word.count <= limit else { return false }
        for k in 0..<word.count where bytes[i + k] | 0x20 != word[k] | 0x20 { return false }
        let after = i + word.count
        return after >= limit || !CharClass.isASCIILetter(bytes[after])
    }

    private static let paragraphWords: [[UInt8]] = ["paragraphs", "paragraph"].map { Array($0.utf8) }
    private static let ofWord = Array("of".utf8)
    private static let aboveWord = Array("above".utf8)
    private static let belowWord = Array("below".utf8)

    private static func keyword(_ bytes: [UInt8], at i: Int, _ limit: Int) -> (HeadingEntry, Int)? {
        for e in Lexicon.englishKeywordsLongestFirst where matchWordCI(bytes, e.keywordBytes, at: i, limit) {
            return (e, i + e.keywordBytes.count)
        }
        return nil
    }

    private static func skipSpaces(_ bytes: [UInt8], _ i: Int, _ limit: Int) -> Int {
        var j = i
        while j < limit && bytes[j] == 0x20 { j += 1 }
        return j
    }

    /// What joins English labels: " to ", "-" and "–" make a range, " and " and ", " a list.
    private static let englishSeparators: [([UInt8], Bool)] = [(Array(" to ".utf8), true), (Array("-".utf8), true), (Array("–".utf8), true),
                                                                (Array(" and ".utf8), false), (Array(", ".utf8), false)]

    private static func englishLabels(_ bytes: [UInt8], _ start: Int, _ limit: Int) -> ([LabelTarget], Bool, Int)? {
        guard let first = parseLabel(bytes, start, limit) else { return nil }
        var targets = [first]
        var i = first.range.end
        var isRange = false
        while true {
            guard let (sep, rangeSep) = englishSeparators.first(where: { UTF8Scan.hasBytes(bytes, $0.0, at: i) }),
                  let next = parseLabel(bytes, i + sep.count, limit) else { break }
            if rangeSep { if targets.count > 1 { break }; isRange = true } else if isRange { break }
            targets.append(next)
            i = next.range.end
        }
        return (targets, isRange, i)
    }

    private static func direction(_ bytes: [UInt8], _ i: Int, _ limit: Int) -> (ReferenceDirection, Int) {
        let j = skipSpaces(bytes, i, limit)
        if matchWordCI(bytes, aboveWord, at: j, limit) { return (.above, j + 5) }
        if matchWordCI(bytes, belowWord, at: j, limit) { return (.below, j + 5) }
        return (.unspecified, i)
    }

    private static func parseEnglish(_ bytes: [UInt8], _ p: Int, _ limit: Int) -> Reference? {
        if let word = paragraphWords.first(where: { matchWordCI(bytes, $0, at: p, limit) }) {
            var i = skipSpaces(bytes, p + word.count, limit)
            guard let (targets, isRange, afterLabels) = englishLabels(bytes, i, limit) else { return nil }
            i = skipSpaces(bytes, afterLabels, limit)
            // "paragraph 3 above": no section named; resolved where only one section has a 3.
            let (bare, bareEnd) = direction(bytes, afterLabels, limit)
            if bare != .unspecified {
                return Reference(range: ByteRange(p, bareEnd), direction: bare, sectionKeyword: nil, sectionRange: nil,
                                 targets: targets, isRange: isRange)
            }
            guard matchWordCI(bytes, ofWord, at: i, limit) else { return nil }
            i = skipSpaces(bytes, i + 2, limit)
            guard let (_, afterKeyword) = keyword(bytes, at: i, limit) else { return nil }
            let (dir, end) = direction(bytes, afterKeyword, limit)
            return Reference(range: ByteRange(p, end), direction: dir,
                             sectionKeyword: String(decoding: bytes[i..<afterKeyword], as: UTF8.self),
                             sectionRange: ByteRange(i, afterKeyword), targets: targets, isRange: isRange)
        }
        guard let (entry, afterKeyword) = keyword(bytes, at: p, limit) else { return nil }
        _ = entry
        let i = skipSpaces(bytes, afterKeyword, limit)
        guard i > afterKeyword, let (targets, isRange, afterLabels) = englishLabels(bytes, i, limit) else { return nil }
        let (dir, end) = direction(bytes, afterLabels, limit)
        guard dir != .unspecified else { return nil }
        return Reference(range: ByteRange(p, end), direction: dir,
                         sectionKeyword: String(decoding: bytes[p..<afterKeyword], as: UTF8.self),
                         sectionRange: ByteRange(p, afterKeyword), targets: targets, isRange: isRange)
    }
}
