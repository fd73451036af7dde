import DraftSyntax

/// Inline suppression comments, on a line of their own (Markdown drafts):
///
///     <!-- itudraft-disable-next-line latin-word, stray-space -->
///     <!-- itudraft-disable latin-word -->  …  <!-- itudraft-enable latin-word -->
///
/// No code means every rule. A region left open runs to the end of the file.
public struct Suppressions: Sendable {
    public enum Kind: String, Sendable {
        case disableNextLine = "itudraft-disable-next-line"
        case disable = "itudraft-disable"
        case enable = "itudraft-enable"
    }

    public struct Directive: Sendable {
        public let kind: Kind
        /// nil: every rule.
        public let codes: [String]?
        /// The whole comment.
        public let range: ByteRange
        /// Each code as written, for reporting unknown ones.
        public let codeRanges: [ByteRange]
        public let line: Int
    }

    public let directives: [Directive]
    /// Where a code (nil: every rule) is off, by offset.
    private let regions: [(codes: Set<String>?, range: ByteRange)]
    /// The lines whose findings a disable-next-line hides, as byte ranges: the suppressions of
    /// an analysis hold no reference to its text (a folder's check keeps thousands of analyses).
    private let nextLines: [(codes: Set<String>?, range: ByteRange)]

    public init(_ text: SourceText) {
        self.init(directives: Self.scan(text), lines: text.lines, textLength: text.count)
    }

    init(directives: [Directive], lines index: LineIndex, textLength: Int) {
        self.directives = directives
        var regions: [(Set<String>?, ByteRange)] = []
        var open: [(codes: Set<String>?, start: Int)] = []
        var lines: [Int: Set<String>?] = [:]
        for d in directives {
            let codes = d.codes.map(Set.init)
            switch d.kind {
            case .disableNextLine:
                if let existing = lines[d.line + 1] {
                    lines[d.line + 1] = existing.flatMap { e in codes.map { e.union($0) } }
                } else {
                    lines[d.line + 1] = codes
                }
            case .disable:
                open.append((codes, d.range.end))
            case .enable:
                // An enable without codes ends every region; with codes, the regions of those codes.
                let closing = open.indices.filter { i in codes == nil || open[i].codes.map { !$0.isDisjoint(with: codes!) } ?? false }
                for i in closing.reversed() {
                    regions.append((open[i].codes, ByteRange(open[i].start, d.range.start)))
                    open.remove(at: i)
                }
            }
        }
        for o in open { regions.append((o.codes, ByteRange(o.start, textLength))) }
        self.regions = regions
        // A finding is on a line when it starts there (its line break included; the last line runs on).
        let starts = index.lineStarts
        nextLines = lines.sorted { $0.key < $1.key }.compactMap { line, codes in
            guard line < starts.count else { return nil }
            return (codes, ByteRange(starts[line], line + 1 < starts.count ? starts[line + 1] : Int.max))
        }
    }

    public var isEmpty: Bool { directives.isEmpty }

    /// Whether `d` is hidden by a directive.
    func hides(_ d: Diagnostic) -> Bool {
        let start = d.range.start
        if nextLines.contains(where: { $0.range.start <= start && start < $0.range.end && ($0.codes?.contains(d.code) ?? true) }) { return true }
        return regions.contains { $0.range.start <= d.range.start && d.range.start < $0.range.end && ($0.codes?.contains(d.code) ?? true) }
    }

    /// Splits findings into those shown and those a directive hides. A directive never hides
    /// the report of its own unknown code.
    public func partition(_ diagnostics: [Diagnostic]) -> (shown: [Diagnostic], suppressed: [Diagnostic]) {
        guard !isEmpty else { return (diagnostics, []) }
        var shown: [Diagnostic] = []
        var suppressed: [Diagnostic] = []
        for d in diagnostics {
            if d.code != SuppressionUnknownRule.ruleCode && hides(d) { suppressed.append(d) } else { shown.append(d) }
        }
        return (shown, suppressed)
    }

    private static let open = Array("<!--".utf8)
    private static let close = Array("-->".utf8)
    private static let prefix = Array("itudraft-".utf8)

    /// Directives are comments that fill their line (after indentation); those that start in
    /// `range` (whole lines), or in the whole text.
    static func scan(_ text: SourceText, in range: ByteRange? = nil) -> [Directive] {
        let bytes = text.bytes
        var out: [Directive] = []
        var i = range?.start ?? 0
        let stop = range?.end ?? bytes.count
        while true {
            i = UTF8Scan.firstByte(UInt8(ascii: "<"), in: bytes, from: i, end: stop)
            guard i < stop else { break }
            defer { i += 1 }
            guard UTF8Scan.hasBytes(bytes, open, at: i) else { continue }
            let line = text.lines.line(of: i)
            let content = text.lines.contentRange(ofLine: line)
            guard bytes[content.start..<i].allSatisfy(CharClass.isASCIIWhitespace) else { continue }
            var end = content.end
            while end > i, CharClass.isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
            guard end - i >= 7, UTF8Scan.hasBytes(bytes, close, at: end - 3) else { continue }
            if let d = directive(bytes, ByteRange(i, end), line: line) { out.append(d) }
            i = end - 1
        }
        return out
    }

    private static func directive(_ bytes: [UInt8], _ range: ByteRange, line: Int) -> Directive? {
        // Words: the first is the directive, the rest are codes separated by commas or spaces.
        var words: [ByteRange] = []
        var k = range.start + 4
        let end = range.end - 3
        while k < end {
            while k < end, bytes[k] == 0x20 || bytes[k] == 0x09 || bytes[k] == UInt8(ascii: ",") { k += 1 }
            let s = k
            while k < end, !(bytes[k] == 0x20 || bytes[k] == 0x09 || bytes[k] == UInt8(ascii: ",")) { k += 1 }
            if k > s { words.append(ByteRange(s, k)) }
        }
        guard let first = words.first, UTF8Scan.hasBytes(bytes, prefix, at: first.start),
              let kind = Kind(rawValue: String(decoding: bytes[first.start..<first.end], as: UTF8.self)) else { return nil }
        let codeRanges = Array(words.dropFirst())
        let codes = codeRanges.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        return Directive(kind: kind, codes: codes.isEmpty ? nil : codes, range: range, codeRanges: codeRanges, line: line)
    }
}
