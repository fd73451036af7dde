/// The titles that start an instrument, in Chinese and English, as published and as copied.
extension LineScanner {
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

    /// Whether a line starting with a Latin letter may be a title: its first word is a Sector
    /// (ITU-R 第12-3号决议) or, in any case, one an English title starts with. Most English lines
    /// are decided here, before a String is lowercased and split.
    static func mayStartLatinTitle(_ bytes: [UInt8], _ s: Int, _ e: Int) -> Bool {
        if Bytes.sectors.contains(where: { UTF8Scan.hasBytes(bytes, $0, at: s) }) { return true }
        let wordEnd = UTF8Scan.firstByte(0x20, in: bytes, from: s, end: e)
        return Bytes.titleWords.contains { word in
            word.count == wordEnd - s && word.indices.allSatisfy { bytes[s + $0] | 0x20 == word[$0] }
        }
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
}
