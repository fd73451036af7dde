/// The parts around a citation's number: the body before it, the session, the title, the revision.
extension CitationScanner {
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
        if k > 0 && bytes[k - 1] == 0x20 && k >= 6 && UTF8Scan.hasBytes(bytes, Bytes.itur, at: k - 6) { k -= 1 }
        // 理事会2011年会议第562号决定
        let session = Bytes.sessionYear
        if k >= session.count && UTF8Scan.hasBytes(bytes, session, at: k - session.count) {
            var j = k - session.count
            while j > 0 && CharClass.isASCIIDigit(bytes[j - 1]) { j -= 1 }
            let council = Bytes.council
            if j >= council.count && UTF8Scan.hasBytes(bytes, council, at: j - council.count) {
                return (String(decoding: bytes[(j - council.count)..<k], as: UTF8.self), j - council.count)
            }
        }
        for body in bodyBytes where k >= body.count && UTF8Scan.hasBytes(bytes, body, at: k - body.count) {
            var bodyStart = k - body.count
            let forumPrefix = Bytes.forumPrefix
            if body == Bytes.policyForum {
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
        let nian = Bytes.nian
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
        guard UTF8Scan.hasBytes(bytes, Bytes.closeQuote, at: close) else { return (nil, nil, start) }  // ”
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
        guard j > lower || UTF8Scan.hasBytes(bytes, Bytes.openQuote, at: j) else { return (nil, nil, start) }
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
        var j = cur.normalize(openEnd)
        // The text inside, as it reads: a slice of the bytes unless markup or a line break is
        // read through (then copied from there on).
        let contentStart = j
        var copied: [UInt8]?
        var scalars = 0
        // Where the line of the opening parenthesis ends: an unclosed citation ends there too.
        var lineEnd: Int?
        while j < cur.end && scalars < 40 {
            let (c, next) = cur.scalar(j)
            if c == 0xFF09 || c == 0x29 {
                guard let revision = cur.revisions.revision(of: copied.map { $0[...] } ?? bytes[contentStart..<j]) else { return (nil, at, false) }
                return (revision, next, false)
            }
            if c == 0xFF08 || c == 0x28 || c == 0x3002 || c == 0xFF1B { break }
            copied?.append(contentsOf: bytes[j..<next])
            j = cur.normalize(next)
            if j != next && copied == nil { copied = Array(bytes[contentStart..<next]) }
            if lineEnd == nil && bytes[next..<j].contains(where: { $0 == 0x0A || $0 == 0x0D }) { lineEnd = next }
            scalars += 1
        }
        // Open but never closed: a citation only if it began like a revision.
        let text = String(decoding: copied.map { $0[...] } ?? bytes[contentStart..<j], as: UTF8.self)
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
