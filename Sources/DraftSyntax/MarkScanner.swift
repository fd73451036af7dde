/// Markup that is not text: Markdown link syntax and Word-conversion artefacts.
/// Scanners skip these ranges; the citation scanner reads through them.
struct Markup {
    /// Sorted, non-overlapping ranges to skip: "[" and "](url)" of links, whole artefacts.
    var ignorable: [ByteRange] = []
    /// Word footnote references "[footnoteRef:1]" and Markdown "[^1]" (not "[^1]:").
    var footnoteRefs: [(key: String, range: ByteRange)] = []
    /// Word footnote notes "[1: …]".
    var footnoteNotes: [(key: String, range: ByteRange)] = []

    /// The markup of the lines in `range` (whole lines: markup never spans a line break).
    static func scan(_ text: SourceText, in range: ByteRange) -> Markup {
        var m = Markup()
        let bytes = text.bytes
        let blockStart = text.lines.contentRange(ofLine: text.lines.line(of: range.start)).start
        let blockEnd = text.lines.contentRange(ofLine: text.lines.line(of: range.end)).end
        var next = blockStart
        // Only lines holding a "[" can hold markup: jump from one "[" to the next.
        while next < blockEnd {
            let bracket = UTF8Scan.firstByte(UInt8(ascii: "["), in: bytes, from: next, end: blockEnd)
            guard bracket < blockEnd else { break }
            let line = text.lines.contentRange(ofLine: text.lines.line(of: bracket))
            next = line.end + 1
            var opens: [Int] = []
            var i = bracket
            while i < line.end {
                i = UTF8Scan.firstLead(bytes, from: i, end: line.end) { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") }
                guard i < line.end else { break }
                let b = bytes[i]
                if b == UInt8(ascii: "[") {
                    if let len = MarkScanner.artefactLength(bytes, i, line.end) {
                        m.recordArtefact(bytes, ByteRange(i, i + len))
                        i += len
                        continue
                    }
                    opens.append(i)
                } else if b == UInt8(ascii: "]"), let open = opens.popLast(),
                          i + 1 < line.end, bytes[i + 1] == UInt8(ascii: "(") {
                    var k = i + 2
                    while k < line.end && bytes[k] != UInt8(ascii: ")") && bytes[k] != 0x20 { k += 1 }
                    if k < line.end && bytes[k] == UInt8(ascii: ")") {
                        m.ignorable.append(ByteRange(open, open + 1))
                        m.ignorable.append(ByteRange(i, k + 1))
                        if open > 0 && bytes[open - 1] == UInt8(ascii: "!") { m.ignorable.append(ByteRange(open - 1, open)) }
                        i = k + 1
                        continue
                    }
                }
                i += 1
            }
        }
        m.ignorable.sort()
        return m
    }

    private mutating func recordArtefact(_ bytes: [UInt8], _ r: ByteRange) {
        ignorable.append(r)
        let inner = String(decoding: bytes[(r.start + 1)..<(r.end - 1)], as: UTF8.self)
        if inner.hasPrefix("footnoteRef:") {
            footnoteRefs.append((String(inner.dropFirst("footnoteRef:".count)).trimmingCharacters(), r))
        } else if inner.hasPrefix("^") {
            let isNote = r.end < bytes.count && bytes[r.end] == UInt8(ascii: ":")
            if !isNote { footnoteRefs.append((String(inner.dropFirst()), r)) }
        } else if let colon = inner.firstIndex(of: ":"), inner[..<colon].allSatisfy({ $0.isASCII && $0.isNumber }) {
            footnoteNotes.append((String(inner[..<colon]), r))
        }
    }
}

/// Matches paired marks （）“”《》‘’「」『』【】() and square brackets, and records pending text.
/// Square brackets may span paragraphs of one block; the other marks close within a paragraph.
public enum MarkScanner {
    private static let bookmark = Array("[bookmark:".utf8)
    private static let footnoteRef = Array("[footnoteRef:".utf8)

    /// If `[` at `i` starts "[bookmark: …]", "[footnoteRef:N]", "[^N]" or "[N: …]", its length.
    static func artefactLength(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Int? {
        guard i < end, bytes[i] == UInt8(ascii: "[") else { return nil }
        func closing(from k: Int) -> Int? {
            var j = k
            while j < end && bytes[j] != UInt8(ascii: "]") && bytes[j] != UInt8(ascii: "[") { j += 1 }
            return j < end && bytes[j] == UInt8(ascii: "]") ? j + 1 - i : nil
        }
        if UTF8Scan.hasBytes(bytes, bookmark, at: i) || UTF8Scan.hasBytes(bytes, footnoteRef, at: i) {
            return closing(from: i + 1)
        }
        var k = i + 1
        let caret = k < end && bytes[k] == UInt8(ascii: "^")
        if caret { k += 1 }
        let digitsStart = k
        while k < end && CharClass.isASCIIDigit(bytes[k]) { k += 1 }
        guard k > digitsStart, k < end else { return nil }
        if caret { return bytes[k] == UInt8(ascii: "]") ? k + 1 - i : nil }
        return bytes[k] == UInt8(ascii: ":") ? closing(from: k) : nil
    }

    struct Result {
        var problems: [MarkProblem] = []
        var pending: [PendingText] = []
    }

    private struct Open {
        let scalar: UInt32
        let range: ByteRange
    }

    /// The partner of a paired mark, whichever side it is.
    public static func partner(of c: UInt32) -> UInt32? { closer(of: c) ?? opener(of: c) }

    /// The closing mark of an opening one, as a switch: this runs for every mark in the text.
    @inline(__always)
    static func closer(of c: UInt32) -> UInt32? {
        switch c {
        case 0xFF08: return 0xFF09
        case 0x201C: return 0x201D
        case 0x300A: return 0x300B
        case 0x2018: return 0x2019
        case 0x300C: return 0x300D
        case 0x300E: return 0x300F
        case 0x3010: return 0x3011
        case 0x28: return 0x29
        default: return nil
        }
    }

    @inline(__always)
    static func opener(of c: UInt32) -> UInt32? {
        switch c {
        case 0xFF09: return 0xFF08
        case 0x201D: return 0x201C
        case 0x300B: return 0x300A
        case 0x2019: return 0x2018
        case 0x300D: return 0x300C
        case 0x300F: return 0x300E
        case 0x3011: return 0x3010
        case 0x29: return 0x28
        default: return nil
        }
    }

    static func isQuote(_ c: UInt32) -> Bool { c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x22 }

    /// Scans one block given its paragraphs (sorted scopes), the markup to skip and where its
    /// paired marks and brackets are (`candidates`).
    static func scan(_ bytes: [UInt8], scopes: [ByteRange], markup: Markup, candidates: [Int], into result: inout Result) {
        var brackets: [(range: ByteRange, depth: Int)] = []
        var skip = markup.ignorable.partitionIndex { $0.end <= (scopes.first?.start ?? 0) }
        for scope in scopes {
            var stack: [Open] = []
            var straightQuote: ByteRange?
            var i = scope.start
            var marks = CandidateCursor(candidates, from: i)
            while i < scope.end {
                i = marks.next(from: i, end: scope.end)
                guard i < scope.end else { break }
                // Markup is looked up only for a byte that may be a mark: skipping it changes nothing else.
                while skip < markup.ignorable.count && markup.ignorable[skip].end <= i { skip += 1 }
                if skip < markup.ignorable.count && markup.ignorable[skip].start <= i {
                    i = markup.ignorable[skip].end
                    continue
                }
                let (c, len) = UTF8Scan.scalar(bytes, at: i)
                let r = ByteRange(i, i + len)
                i += len
                if c == 0x5B {  // [
                    brackets.append((r, brackets.count + 1))
                } else if c == 0x5D {  // ]
                    if let open = brackets.popLast() {
                        result.pending.append(PendingText(range: ByteRange(open.range.start, r.end), depth: open.depth))
                    } else {
                        result.problems.append(MarkProblem(kind: .strayClose, range: r, partner: nil, isSquareBracket: true, isQuote: false))
                    }
                } else if c == 0x22 {  // "
                    if let open = straightQuote { _ = open; straightQuote = nil } else { straightQuote = r }
                } else if closer(of: c) != nil {
                    stack.append(Open(scalar: c, range: r))
                } else if let opener = opener(of: c) {
                    if let top = stack.last, top.scalar == opener {
                        stack.removeLast()
                    } else if let depth = stack.lastIndex(where: { $0.scalar == opener }) {
                        // Openers above the match were never closed.
                        for o in stack[(depth + 1)...] {
                            result.problems.append(MarkProblem(kind: .unclosed, range: o.range, partner: nil, isSquareBracket: false, isQuote: isQuote(o.scalar)))
                        }
                        stack.removeSubrange(depth...)
                    } else if isHarmlessCloser(c, bytes, r) {
                        continue
                    } else if let top = stack.last, !isQuote(c) && !isQuote(top.scalar) {
                        result.problems.append(MarkProblem(kind: .mismatched, range: r, partner: top.range, isSquareBracket: false, isQuote: false))
                        stack.removeLast()
                    } else {
                        result.problems.append(MarkProblem(kind: .strayClose, range: r, partner: nil, isSquareBracket: false, isQuote: isQuote(c)))
                    }
                }
            }
            for o in stack {
                result.problems.append(MarkProblem(kind: .unclosed, range: o.range, partner: nil, isSquareBracket: false, isQuote: isQuote(o.scalar)))
            }
            if let q = straightQuote {
                result.problems.append(MarkProblem(kind: .unclosed, range: q, partner: nil, isSquareBracket: false, isQuote: true))
            }
        }
        for open in brackets {
            result.problems.append(MarkProblem(kind: .unclosed, range: open.range, partner: nil, isSquareBracket: true, isQuote: false))
        }
    }

    /// ")" of an in-text label (认识到b)段, items a) and b)) and "’" as an apostrophe (ITU’s).
    public static func isHarmlessCloser(_ c: UInt32, _ bytes: [UInt8], _ r: ByteRange) -> Bool {
        if c == 0x2019 {
            let (prev, _) = UTF8Scan.scalar(bytes, before: r.start)
            return prev < 0x80 && CharClass.isASCIILetter(UInt8(prev))
        }
        guard c == 0x29 || c == 0xFF09 else { return false }
        var k = r.start
        var n = 0
        while k > 0 && n <= 4 && (CharClass.isASCIILower(bytes[k - 1]) || CharClass.isASCIIDigit(bytes[k - 1])) { k -= 1; n += 1 }
        guard n >= 1 && n <= 4 else { return false }
        let (before, _) = UTF8Scan.scalar(bytes, before: k)
        if before < 0x80 { return !CharClass.isASCIILetter(UInt8(before)) }
        return true
    }
}

extension RandomAccessCollection where Index == Int {
    /// The first index whose element does not satisfy `belongsBefore` (the collection is partitioned).
    public func partitionIndex(_ belongsBefore: (Element) -> Bool) -> Int {
        var lo = startIndex
        var hi = endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if belongsBefore(self[mid]) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
