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
