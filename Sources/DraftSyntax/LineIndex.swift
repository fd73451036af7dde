/// The unit a column is counted in. LSP negotiates one of these; the CLI shows scalars.
public enum PositionEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf32 = "utf-32"
}

/// A zero-based line and a column in some `PositionEncoding`.
public struct LinePosition: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
}

/// The one place where UTF-8 offsets become (line, column) and back.
/// A line ends at "\n", "\r\n" or a lone "\r" (old Mac files), as LSP counts them; the break
/// belongs to neither line. Columns on long lines are counted from the nearest checkpoint,
/// so that any number of findings on one line costs O(log n + stride) each, not O(line).
public struct LineIndex: Sendable, Equatable {
    /// Offset of the first byte of each line; line 0 starts at 0.
    public let lineStarts: [Int]
    /// Every `stride` bytes of each line longer than `longLine`: where, and the columns there.
    private let checkpoints: [Checkpoint]
    private let bytes: [UInt8]

    struct Checkpoint: Sendable, Equatable {
        let offset: Int
        let utf16: Int
        let scalars: Int
    }

    static let stride = 256
    static let longLine = 1024

    public init(_ bytes: [UInt8]) {
        self.init(bytes, lineStarts: Self.lineFeedStarts(bytes) ?? {
            var starts = [0]
            Self.appendLineStarts(in: bytes, from: 1, through: bytes.count, to: &starts)
            return starts
        }())
    }

    /// The index of `bytes` whose line starts are known (found while the text was read).
    init(_ bytes: [UInt8], lineStarts starts: [Int]) {
        self.init(lineStarts: starts, checkpoints: Self.checkpoints(bytes, starts, lines: 0..<starts.count), bytes: bytes)
    }

    /// The line starts of a text whose breaks are all "\n"; nil when it holds a "\r".
    private static func lineFeedStarts(_ bytes: [UInt8]) -> [Int]? {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        let onlyLineFeeds = bytes.withUnsafeBufferPointer { appendLineFeedStarts($0, in: 0..<$0.count, to: &starts) }
        return onlyLineFeeds ? starts : nil
    }

    /// Appends the starts of the lines after each "\n" in `range`, found sixteen bytes at a time
    /// (a search from each break to the next took 19 ns a line); false at a "\r", whose lines
    /// are found another way.
    static func appendLineFeedStarts(_ buf: UnsafeBufferPointer<UInt8>, in range: Range<Int>, to starts: inout [Int]) -> Bool {
        let n = min(range.upperBound, buf.count)
        var i = range.lowerBound
        if let base = UnsafeRawPointer(buf.baseAddress) {
            while i + 16 <= n {
                let (feeds, returns) = breaks(base + i)
                guard returns == SIMD2(repeating: 0) else { return false }
                if feeds != SIMD2(repeating: 0) { UTF8Scan.appendOffsets(of: feeds, at: i + 1, to: &starts) }
                i += 16
            }
        }
        while i < n {
            if buf[i] == 0x0D { return false }
            if buf[i] == 0x0A { starts.append(i + 1) }
            i += 1
        }
        return true
    }

    private init(lineStarts: [Int], checkpoints: [Checkpoint], bytes: [UInt8]) {
        self.lineStarts = lineStarts
        self.checkpoints = checkpoints
        self.bytes = bytes
    }

    /// Whether a line starts at `p`: after "\n", or after a "\r" that no "\n" follows.
    @inline(__always)
    static func isLineStart(_ bytes: [UInt8], _ p: Int) -> Bool {
        guard p > 0 && p <= bytes.count else { return false }
        let before = bytes[p - 1]
        return before == 0x0A || (before == 0x0D && (p == bytes.count || bytes[p] != 0x0A))
    }

    /// The "\n" and the "\r" among the sixteen bytes at `p`, as bytes FF in two words. The
    /// masks are typed: cast as they came, Swift compiled the comparisons byte by byte.
    @inline(__always)
    private static func breaks(_ p: UnsafeRawPointer) -> (feeds: SIMD2<UInt64>, returns: SIMD2<UInt64>) {
        let v = p.loadUnaligned(as: SIMD16<UInt8>.self)
        let feeds: SIMDMask<SIMD16<Int8>> = v .== SIMD16(repeating: 0x0A), returns: SIMDMask<SIMD16<Int8>> = v .== SIMD16(repeating: 0x0D)
        return (unsafeBitCast(feeds, to: SIMD2<UInt64>.self), unsafeBitCast(returns, to: SIMD2<UInt64>.self))
    }

    /// Appends the line starts in `from...through`, in order, for text holding "\r".
    private static func appendLineStarts(in bytes: [UInt8], from: Int, through: Int, to starts: inout [Int]) {
        var p = max(1, from)
        let last = min(through, bytes.count)
        while p <= last {
            let lf = UTF8Scan.firstByte(0x0A, in: bytes, from: p - 1, end: last)
            let cr = UTF8Scan.firstByte(0x0D, in: bytes, from: p - 1, end: last)
            let next = min(lf, cr)
            if next >= last { break }
            if isLineStart(bytes, next + 1) { starts.append(next + 1) }
            p = next + 2
        }
    }

    /// The checkpoints of the long ones among `lines`.
    private static func checkpoints(_ bytes: [UInt8], _ starts: [Int], lines: Range<Int>) -> [Checkpoint] {
        var out: [Checkpoint] = []
        for n in lines {
            let start = starts[n]
            let end = n + 1 < starts.count ? starts[n + 1] : bytes.count
            guard end - start > longLine else { continue }
            var utf16 = 0, scalars = 0
            var i = start
            var next = start + stride
            while i < end {
                if i >= next {
                    out.append(Checkpoint(offset: i, utf16: utf16, scalars: scalars))
                    next = i + stride
                }
                let len = UTF8Scan.length(lead: bytes[i])
                utf16 += len == 4 ? 2 : 1
                scalars += 1
                i += len
            }
        }
        return out
    }

    /// The index of `newBytes`, which are this index's bytes with `range` replaced by
    /// `insertedCount` bytes: line starts and checkpoints before the edit are kept, those after
    /// it shifted, and only the lines the edit touches are scanned. A break right before or after
    /// the edit may change ("\r" + inserted "\n" is one break), so one byte each side is looked at again.
    func replacing(_ range: ByteRange, insertedCount: Int, in newBytes: [UInt8]) -> LineIndex {
        let delta = insertedCount - range.count
        let keep = max(1, lineStarts.partitionIndex { $0 < range.start })  // line 0 always starts at 0
        var starts = Array(lineStarts[..<keep])
        starts.reserveCapacity(lineStarts.count + 8)
        let windowEnd = min(newBytes.count, range.start + insertedCount + 1)
        for p in range.start...max(range.start, windowEnd) where p <= windowEnd && Self.isLineStart(newBytes, p) { starts.append(p) }
        let after = lineStarts.partitionIndex { $0 <= range.end + 1 }
        for s in lineStarts[after...] { starts.append(s + delta) }
        // The lines whose text the edit touched, in the new numbering; the others keep their checkpoints.
        let firstTouched = max(0, keep - 1)
        let lastTouched = starts.count - (lineStarts.count - after)  // exclusive
        let firstStart = starts[firstTouched]
        let oldAfter = after < lineStarts.count ? lineStarts[after] : Int.max
        var marks = checkpoints.filter { $0.offset < firstStart }
        marks += Self.checkpoints(newBytes, starts, lines: firstTouched..<max(firstTouched, lastTouched))
        for c in checkpoints where c.offset >= oldAfter { marks.append(Checkpoint(offset: c.offset + delta, utf16: c.utf16, scalars: c.scalars)) }
        return LineIndex(lineStarts: starts, checkpoints: marks, bytes: newBytes)
    }

    public var lineCount: Int { lineStarts.count }

    /// The line holding `offset` (clamped into the text).
    public func line(of offset: Int) -> Int {
        let o = min(max(0, offset), bytes.count)
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= o { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Byte range of line `n` without its line break ("\n", "\r\n" or "\r").
    public func contentRange(ofLine n: Int) -> ByteRange {
        let line = min(max(0, n), lineStarts.count - 1)
        let start = lineStarts[line]
        guard line + 1 < lineStarts.count else { return ByteRange(start, bytes.count) }
        var end = lineStarts[line + 1] - 1
        if bytes[end] == 0x0A && end > start && bytes[end - 1] == 0x0D { end -= 1 }
        return ByteRange(start, max(start, end))
    }

    /// Converts a byte offset to a position whose column counts `encoding` units.
    /// Offsets inside a scalar or inside a line break are clamped to a boundary.
    public func position(of offset: Int, in encoding: PositionEncoding) -> LinePosition {
        let line = line(of: offset)
        let content = contentRange(ofLine: line)
        let o = UTF8Scan.scalarStart(bytes, min(max(offset, content.start), content.end))
        return LinePosition(line: line, column: units(from: content.start, to: o, encoding))
    }

    /// Converts a position to a byte offset; a line past the end gives the end of the text,
    /// a column past the end of its line gives the end of that line.
    public func offset(of position: LinePosition, in encoding: PositionEncoding) -> Int {
        if position.line < 0 { return 0 }
        if position.line >= lineStarts.count { return bytes.count }
        let content = contentRange(ofLine: position.line)
        var remaining = max(0, position.column)
        var i = content.start
        if encoding == .utf8 { return UTF8Scan.scalarStart(bytes, min(content.end, content.start + remaining)) }
        if let c = checkpoint(in: content, where: { (encoding == .utf16 ? $0.utf16 : $0.scalars) <= remaining }) {
            remaining -= encoding == .utf16 ? c.utf16 : c.scalars
            i = c.offset
        }
        while i < content.end && remaining > 0 {
            let len = UTF8Scan.length(lead: bytes[i])
            let w = encoding == .utf16 && len == 4 ? 2 : 1
            if w > remaining { break }  // a column inside a surrogate pair snaps back
            remaining -= w
            i += len
        }
        return i
    }

    /// The number of `encoding` units between two offsets on one line.
    public func units(from start: Int, to end: Int, _ encoding: PositionEncoding) -> Int {
        if encoding == .utf8 { return end - start }
        if end - start <= Self.stride { return plainCount(from: start, to: end, encoding) }
        let line = line(of: start)
        let lineEnd = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        guard end <= lineEnd else { return plainCount(from: start, to: end, encoding) }
        return column(at: end, lineStart: lineStarts[line], encoding) - column(at: start, lineStart: lineStarts[line], encoding)
    }

    /// The column of `offset` on the line starting at `lineStart`, counted from the nearest checkpoint.
    private func column(at offset: Int, lineStart: Int, _ encoding: PositionEncoding) -> Int {
        guard offset - lineStart > Self.stride, let c = checkpoint(in: ByteRange(lineStart, offset), where: { _ in true }) else {
            return plainCount(from: lineStart, to: offset, encoding)
        }
        return (encoding == .utf16 ? c.utf16 : c.scalars) + plainCount(from: c.offset, to: offset, encoding)
    }

    /// Scalars are the bytes that continue none (not 10xxxxxx), and UTF-16 counts a four-byte
    /// scalar (lead F0–F4) twice: counted eight bytes at a time, as stepping scalar by scalar
    /// counts them (a stray continuation byte where `start` falls inside a scalar counts one).
    private func plainCount(from start: Int, to end: Int, _ encoding: PositionEncoding) -> Int {
        bytes.withUnsafeBufferPointer { buf in
            let end = min(end, buf.count)
            var i = max(0, start)
            guard i < end, let base = UnsafeRawPointer(buf.baseAddress) else { return 0 }
            var stray = 0
            while i < end && buf[i] & 0xC0 == 0x80 { stray += 1; i += 1 }
            let from = i
            var continuation = 0, fourByte = 0
            let highs: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= end {
                let x = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // Bit 7 of each byte, and below it that byte's own bits 6, 5, 4.
                continuation += (x & ~(x << 1) & highs).nonzeroBitCount
                if encoding == .utf16 { fourByte += (x & (x << 1) & (x << 2) & (x << 3) & highs).nonzeroBitCount }
                i += 8
            }
            while i < end {
                let b = buf[i]
                if b & 0xC0 == 0x80 { continuation += 1 } else if encoding == .utf16 && b >= 0xF0 { fourByte += 1 }
                i += 1
            }
            return stray + (end - from) - continuation + fourByte
        }
    }

    /// The last checkpoint inside `range` (both ends included) satisfying `isBefore`, a predicate
    /// true up to some checkpoint and false after it.
    private func checkpoint(in range: ByteRange, where isBefore: (Checkpoint) -> Bool) -> Checkpoint? {
        let first = checkpoints.partitionIndex { $0.offset < range.start }
        let end = checkpoints.partitionIndex { $0.offset <= range.end }
        guard first < end else { return nil }
        let k = checkpoints[first..<end].partitionIndex { isBefore($0) }
        return k > first ? checkpoints[k - 1] : nil
    }
}
