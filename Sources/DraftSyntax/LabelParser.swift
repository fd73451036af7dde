/// Item labels as lines write them: a) （b） 1 1. 1.1 1bis a bis) 备选1 Alt 1, roman numerals.
extension LineScanner {
    /// Label forms: a) a） (a) （a） ａ） 1 1) 1. 1.1 １ — followed by spacing or text; 1bis, 1 bis,
    /// 2ter, a bis) inserted in negotiation; 备选1, Alt 1 for alternatives.
    static func parseLabel(_ bytes: [UInt8], _ s: Int, _ e: Int) -> ParsedLabel? {
        if let alternative = parseAlternative(bytes, s, e) { return alternative }
        var i = s
        var opened = false
        let (first, firstLen) = UTF8Scan.scalar(bytes, at: i)
        if first == 0x28 || first == 0xFF08 { opened = true; i += firstLen }  // ( or （
        // Letters (half- or full-width), read into an array only once a ")" closes them: most
        // English lines start with a word.
        let lettersStart = i
        var count = 0
        while i < e {
            let (c, len) = UTF8Scan.scalar(bytes, at: i)
            guard (c >= 0x61 && c <= 0x7A) || (c >= 0xFF41 && c <= 0xFF5A) else { break }
            i += len
            count += 1
            if count > 5 { return nil }
        }
        if count > 0 {
            let lettersEnd = i
            let variant = negotiationSuffix(bytes, &i, e, allowSpace: true)
            let (close, closeLen) = UTF8Scan.scalar(bytes, at: i)
            guard close == 0x29 || close == 0xFF09 else { return nil }  // ) or ）
            // Letters as written when they are ASCII (no copy), full-width ones as ASCII.
            let letters = lettersEnd - lettersStart == count ? bytes[lettersStart..<lettersEnd] : ArraySlice(lowerLetters(bytes, lettersStart, lettersEnd))
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
        // Digits (half- or full-width), possibly decimal 1.1: the parts before the last one are
        // written into the key as they are read (each "1." fits a small string: no allocation).
        var outer = ""
        var outerInRange = true
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
                    outerInRange = outerInRange && current >= 1 && current <= 300
                    outer += String(current)
                    outer += "."
                    current = -1; digitsInPart = 0
                } else { break }
            } else { break }
            if digitsInPart > 3 { return nil }
            i += len
        }
        guard current >= 0 else { return nil }
        let variant = negotiationSuffix(bytes, &i, e, allowSpace: true)
        var labelEnd = i
        let (after, afterLen) = UTF8Scan.scalar(bytes, at: i)
        let closed = after == 0x2E || after == 0x29 || after == 0xFF09 || after == 0xFF0E
        if closed { labelEnd = i + afterLen }
        guard current >= 1 && current <= 300 && outerInRange else { return nil }
        let style: LabelStyle = outer.isEmpty ? .number : .decimal
        let key = outer + String(current) + (variant ?? "")
        // "1." or "1)" alone on its line is a label whose text follows; a bare "97" is a page number.
        if labelEnd >= e && closed {
            return ParsedLabel(range: ByteRange(s, labelEnd), textStart: e, style: style, key: key, ordinal: current, romanValue: nil, variant: variant)
        }
        // A number label needs spacing after it: "1 认为…", "1\t…"; "5G" or "2030年" is text. Closed
        // by ")" it may be glued to its text, as letters are ("2)that", "1）全权").
        let (sp, _) = UTF8Scan.scalar(bytes, at: labelEnd)
        let gluedAfterParen = (after == 0x29 || after == 0xFF09) && labelEnd < e
        guard sp == 0x20 || sp == 0x09 || sp == 0x3000 || gluedAfterParen else { return nil }
        let textStart = skipSpacing(bytes, labelEnd, e)
        guard textStart < e else { return nil }
        return ParsedLabel(range: ByteRange(s, labelEnd), textStart: textStart, style: style, key: key, ordinal: current, romanValue: nil, variant: variant)
    }

    static let negotiationSuffixes = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies"].map { Array($0.utf8) }
    static let alternativeWords = ["Alternative", "Alt.", "Alt"].map { Array($0.utf8) }

    /// bis, ter, … right after a label's number or letter (1bis, 1 bis, a bis)), when no letter
    /// follows it (1 terms is text). Moves `i` past it.
    static func negotiationSuffix(_ bytes: [UInt8], _ i: inout Int, _ e: Int, allowSpace: Bool) -> String? {
        var k = i
        if allowSpace && k < e && bytes[k] == 0x20 { k += 1 }
        // Only a b, t, q or s can start a suffix: most labels are decided by one comparison.
        guard k < e, bytes[k] == 0x62 || bytes[k] == 0x74 || bytes[k] == 0x71 || bytes[k] == 0x73 else { return nil }
        for w in negotiationSuffixes {
            guard UTF8Scan.hasBytes(bytes, w, at: k) else { continue }
            let after = k + w.count
            guard after >= e || !CharClass.isASCIILetter(bytes[after]) else { continue }
            i = after
            return String(decoding: w, as: UTF8.self)
        }
        return nil
    }

    /// 备选1 / Alt 1 / Alt. 2 / Alternative 3 followed by spacing: an alternative text, numbered apart.
    static func parseAlternative(_ bytes: [UInt8], _ s: Int, _ e: Int) -> ParsedLabel? {
        var i = s
        guard i < e, bytes[i] == 0xE5 || bytes[i] == UInt8(ascii: "A") else { return nil }
        if UTF8Scan.hasBytes(bytes, Bytes.beixuan, at: i) { i += Bytes.beixuan.count }
        else {
            // A line starting with another ideograph of E5 (发 合 国 在 …) is decided here.
            guard bytes[i] == UInt8(ascii: "A") else { return nil }
            var matched = false
            for word in alternativeWords where UTF8Scan.hasBytes(bytes, word, at: i) {
                i += word.count
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

    /// The letters of a label, full-width ones as their ASCII forms.
    static func lowerLetters(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [UInt8] {
        var letters: [UInt8] = []
        var i = start
        while i < end {
            let (c, len) = UTF8Scan.scalar(bytes, at: i)
            letters.append(c >= 0xFF41 ? UInt8(c - 0xFF41 + 0x61) : UInt8(c))
            i += len
        }
        return letters
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
    static func letterOrdinal(_ letters: some Collection<UInt8>) -> Int {
        guard let first = letters.first else { return 0 }
        if letters.count == 1 { return Int(first - 0x60) }
        if letters.allSatisfy({ $0 == first }) { return 26 * (letters.count - 1) + Int(first - 0x60) }
        return letters.reduce(0) { $0 * 26 + Int($1 - 0x60) }
    }

    /// The canonical lower-case numerals i … xxxix, by value; "iiii" or "vx" are not roman.
    static let romanNumerals: [[UInt8]] = (1..<40).map { Array(toRoman($0).utf8) }

    static func romanValue(_ letters: some Collection<UInt8>) -> Int? {
        // Only i, v and x make the numerals up to 39: most letters are no numeral at once.
        guard letters.count <= 6, letters.allSatisfy({ $0 == 0x69 || $0 == 0x76 || $0 == 0x78 }) else { return nil }
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
}
