// DraftSyntax: text → tree. Owns byte ranges, the line index, the scanners and the tree types.
// It knows nothing of rules, LSP or files; it must not import DraftAnalysis or DraftLSP.

/// A half-open range of UTF-8 byte offsets into a `SourceText`.
public struct ByteRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public var count: Int { end - start }
    public var isEmpty: Bool { start == end }
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    /// True when `offset` lies inside or exactly at the end (a cursor right after a token).
    public func touches(_ offset: Int) -> Bool { offset >= start && offset <= end }
    public func contains(_ other: ByteRange) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: ByteRange) -> Bool { other.start < end && start < other.end }

    public static func < (a: ByteRange, b: ByteRange) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }
    public var description: String { "\(start)..<\(end)" }
}

/// The immutable text of one document: its bytes and one line index over them.
public final class SourceText: Sendable {
    public let bytes: [UInt8]
    public let lines: LineIndex
    /// True when the bytes were not valid UTF-8 and had to be repaired (U+FFFD).
    public let wasRepaired: Bool

    public init(bytes: [UInt8]) {
        // A long text is validated in two parts (cut before a byte that continues no scalar) on
        // both cores, the first core also finding the lines, which takes about as long as
        // validating four fifths of a Chinese text; a repaired text's lines are found again.
        var lines: LineIndex?
        let valid: Bool
        if bytes.count >= parallelScanFrom {
            var cut = Self.validationCut(bytes.count)
            while cut < bytes.count && bytes[cut] & 0xC0 == 0x80 { cut += 1 }
            let parts = orderedMap(2, parallel: true) { k -> (valid: Bool, lines: LineIndex?) in
                k == 0 ? (UTF8Scan.isValid(bytes, in: 0..<cut), LineIndex(bytes)) : (UTF8Scan.isValid(bytes, in: cut..<bytes.count), nil)
            }
            valid = parts[0].valid && parts[1].valid
            lines = parts[0].lines
        } else {
            valid = UTF8Scan.isValid(bytes)
        }
        if valid {
            self.bytes = bytes
            self.wasRepaired = false
        } else {
            // Repair once at the door so every scanner can trust the encoding.
            self.bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
            self.wasRepaired = true
            lines = nil
        }
        self.lines = lines ?? LineIndex(self.bytes)
    }

    /// Where a long text's validation is cut in two, before moving to a scalar's start.
    static func validationCut(_ count: Int) -> Int { count / 8 }

    init(validBytes: [UInt8], lines: LineIndex) {
        self.bytes = validBytes
        self.lines = lines
        self.wasRepaired = false
    }

    /// This text with `range` replaced by `newText`: what an editor's change does. Only the
    /// inserted bytes are validated and the line index is updated, not rebuilt. `range` is
    /// clamped and moved to scalar boundaries, so the result is always valid UTF-8.
    public func replacing(_ range: ByteRange, with newText: String) -> SourceText {
        let r = aligned(range)
        let inserted = Array(newText.utf8)
        var newBytes: [UInt8] = []
        newBytes.reserveCapacity(bytes.count - r.count + inserted.count)
        newBytes += bytes[..<r.start]
        newBytes += inserted
        newBytes += bytes[r.end...]
        guard !wasRepaired else { return SourceText(bytes: newBytes) }
        return SourceText(validBytes: newBytes, lines: lines.replacing(r, insertedCount: inserted.count, in: newBytes))
    }

    public convenience init(_ string: String) {
        self.init(bytes: Array(string.utf8))
    }

    public var count: Int { bytes.count }

    public func string(_ range: ByteRange) -> String {
        let r = clamp(range)
        return String(decoding: bytes[r.start..<r.end], as: UTF8.self)
    }

    /// `range` clamped into the text, its ends moved back to scalar boundaries: what `replacing` replaces.
    public func aligned(_ range: ByteRange) -> ByteRange {
        let r = clamp(range)
        return ByteRange(UTF8Scan.scalarStart(bytes, r.start), UTF8Scan.scalarStart(bytes, r.end))
    }

    public func clamp(_ range: ByteRange) -> ByteRange {
        let s = min(max(0, range.start), bytes.count)
        let e = min(max(s, range.end), bytes.count)
        return ByteRange(s, e)
    }

    /// Whether `needle` occurs at `offset`.
    @inline(__always)
    public func hasBytes(_ needle: [UInt8], at offset: Int) -> Bool {
        UTF8Scan.hasBytes(bytes, needle, at: offset)
    }
}

/// Low-level helpers over UTF-8 bytes. Everything here is O(1) per call or linear in its span.
public enum UTF8Scan {
    /// `offset` moved back to the start of the scalar it falls in.
    public static func scalarStart(_ bytes: [UInt8], _ offset: Int) -> Int {
        var i = offset
        while i > 0 && i < bytes.count && bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    /// Length in bytes of the scalar whose lead byte is `b` (1 for stray continuation bytes).
    @inline(__always)
    public static func length(lead b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b & 0xE0 == 0xC0 { return 2 }
        if b & 0xF0 == 0xE0 { return 3 }
        if b & 0xF8 == 0xF0 { return 4 }
        return 1
    }

    /// The scalar starting at `i` and its byte length; (0, 0) at or past the end.
    @inline(__always)
    public static func scalar(_ bytes: [UInt8], at i: Int) -> (value: UInt32, length: Int) {
        guard i >= 0, i < bytes.count else { return (0, 0) }
        let b0 = bytes[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let len = length(lead: b0)
        if i + len > bytes.count || len == 1 { return (UInt32(b0), 1) }
        var v: UInt32
        switch len {
        case 2: v = UInt32(b0 & 0x1F)
        case 3: v = UInt32(b0 & 0x0F)
        default: v = UInt32(b0 & 0x07)
        }
        for k in 1..<len { v = (v << 6) | UInt32(bytes[i + k] & 0x3F) }
        return (v, len)
    }

    /// The scalar ending right before `i` and its start offset; (0, i) at the start.
    @inline(__always)
    public static func scalar(_ bytes: [UInt8], before i: Int) -> (value: UInt32, start: Int) {
        guard i > 0, i <= bytes.count else { return (0, i) }
        var s = i - 1
        while s > 0 && bytes[s] & 0xC0 == 0x80 && i - s < 4 { s -= 1 }
        return (scalar(bytes, at: s).value, s)
    }

    /// Number of bytes of the UTF-8 encoding of `scalar`.
    @inline(__always)
    public static func utf8Length(_ scalar: UInt32) -> Int {
        scalar < 0x80 ? 1 : scalar < 0x800 ? 2 : scalar < 0x10000 ? 3 : 4
    }
}

/// Character classes the scanners and rules share.
public enum CharClass {
    /// A Han ideograph (the letters of Chinese text).
    @inline(__always)
    public static func isHan(_ c: UInt32) -> Bool {
        (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
            || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF)
    }

    /// Full-width punctuation of Chinese text (CJK symbols and full-width forms).
    @inline(__always)
    public static func isFullWidthPunctuation(_ c: UInt32) -> Bool {
        (c >= 0x3001 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
            || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65)
    }

    @inline(__always)
    public static func isASCIIWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

    @inline(__always)
    public static func isASCIIDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    @inline(__always)
    public static func isASCIILower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

    @inline(__always)
    public static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Superscript digits used as footnote marks: ¹ ² ³ ⁰ ⁴–⁹.
    public static func superscriptDigit(_ c: UInt32) -> Int? {
        switch c {
        case 0xB9: return 1
        case 0xB2: return 2
        case 0xB3: return 3
        case 0x2070: return 0
        case 0x2074...0x2079: return Int(c - 0x2070)
        default: return nil
        }
    }

    /// Full-width digit ０–９ mapped to its value.
    @inline(__always)
    public static func fullWidthDigit(_ c: UInt32) -> Int? {
        c >= 0xFF10 && c <= 0xFF19 ? Int(c - 0xFF10) : nil
    }
}
