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
/// A line ends at "\n"; a "\r" before it belongs to the line break, not to the line.
public struct LineIndex: Sendable {
    /// Offset of the first byte of each line; line 0 starts at 0.
    public let lineStarts: [Int]
    private let bytes: [UInt8]

    public init(_ bytes: [UInt8]) {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        var i = UTF8Scan.firstByte(0x0A, in: bytes, from: 0, end: bytes.count)
        while i < bytes.count {
            starts.append(i + 1)
            i = UTF8Scan.firstByte(0x0A, in: bytes, from: i + 1, end: bytes.count)
        }
        self.lineStarts = starts
        self.bytes = bytes
    }

    private init(lineStarts: [Int], bytes: [UInt8]) {
        self.lineStarts = lineStarts
        self.bytes = bytes
    }

    /// The index of `newBytes`, which are this index's bytes with `range` replaced by
    /// `insertedCount` bytes: line starts before the edit are kept, those after it shifted.
    func replacing(_ range: ByteRange, insertedCount: Int, in newBytes: [UInt8]) -> LineIndex {
        let delta = insertedCount - range.count
        let keep = lineStarts.partitionIndex { $0 <= range.start }
        var starts = Array(lineStarts[..<keep])
        starts.reserveCapacity(lineStarts.count + 8)
        for i in range.start..<(range.start + insertedCount) where newBytes[i] == 0x0A { starts.append(i + 1) }
        let after = lineStarts.partitionIndex { $0 <= range.end }
        for s in lineStarts[after...] { starts.append(s + delta) }
        return LineIndex(lineStarts: starts, bytes: newBytes)
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

    /// Byte range of line `n` without its line break ("\n" or "\r\n").
    public func contentRange(ofLine n: Int) -> ByteRange {
        let line = min(max(0, n), lineStarts.count - 1)
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
        return ByteRange(start, max(start, end))
    }

    /// Converts a byte offset to a position whose column counts `encoding` units.
    /// Offsets inside a scalar or inside a line break are clamped to a boundary.
    public func position(of offset: Int, in encoding: PositionEncoding) -> LinePosition {
        let line = line(of: offset)
        let content = contentRange(ofLine: line)
        let o = min(max(offset, content.start), content.end)
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
        while i < content.end && remaining > 0 {
            let (scalar, len) = UTF8Scan.scalar(bytes, at: i)
            let w: Int
            switch encoding {
            case .utf8: w = len
            case .utf16: w = scalar >= 0x10000 ? 2 : 1
            case .utf32: w = 1
            }
            if w > remaining { break }  // a column inside a surrogate pair snaps back
            remaining -= w
            i += len
        }
        return i
    }

    /// The number of `encoding` units between two offsets on one line.
    public func units(from start: Int, to end: Int, _ encoding: PositionEncoding) -> Int {
        if encoding == .utf8 { return end - start }
        var n = 0
        var i = start
        while i < end {
            let b = bytes[i]
            if b < 0x80 { n += 1; i += 1; continue }
            let len = UTF8Scan.length(lead: b)
            n += (encoding == .utf16 && len == 4) ? 2 : 1
            i += len
        }
        return n
    }
}
