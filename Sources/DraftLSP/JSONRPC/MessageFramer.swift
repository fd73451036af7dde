/// The LSP base protocol's framing as a pure parser: bytes in, message bodies out.
/// "Content-Length: N\r\n[other headers]\r\n\r\n" then N bytes of JSON.
/// Every byte is looked at once: the header search resumes where the last read stopped, and a
/// body whose header was read waits for its bytes without the header being read again.
public struct MessageFramer: Sendable {
    public enum Output: Equatable, Sendable {
        case message([UInt8])
        /// A header block that could not be understood, or was too long; the framer skipped it.
        case badHeader(String)
    }

    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the end of the current header goes on.
    private var scanned = 0
    /// The length of the body whose header was read, while its bytes are still coming.
    private var bodyLength: Int?
    /// After a dropped header block: bytes are skipped until a "Content-Length".
    private var resynchronising = false
    /// Bodies larger than this are refused rather than buffered without end.
    public static let maximumBody = 256 << 20
    /// A header block longer than this is dropped, and the stream resynchronises on the next
    /// "Content-Length" (a real header block is a few dozen bytes).
    public static let maximumHeader = 64 << 10

    public init() {}

    public mutating func feed<C: Collection>(_ bytes: C) -> [Output] where C.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        var out: [Output] = []
        while let next = parseOne() { out.append(next) }
        // What was read is dropped into a buffer of the size left, so that the capacity a 10 MB
        // message needed is given back once it is handled.
        if start > 65536 && start * 2 > buffer.count {
            buffer = start == buffer.count ? [] : Array(buffer[start...])
            scanned -= start
            start = 0
        }
        return out
    }

    /// Bytes buffered but not yet a whole message.
    public var pendingCount: Int { buffer.count - start }

    private mutating func parseOne() -> Output? {
        if let n = bodyLength {
            guard buffer.count - start >= n else { return nil }
            let body = Array(buffer[start..<(start + n)])
            start += n
            scanned = start
            bodyLength = nil
            return .message(body)
        }
        if resynchronising && !seekContentLength() { return nil }
        guard let headerEnd = findHeaderEnd() else {
            return buffer.count - start > Self.maximumHeader ? dropLongHeader() : nil
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        start = headerEnd + 4
        scanned = start
        guard let n = Self.contentLength(header), n >= 0, n <= Self.maximumBody else {
            return .badHeader(header)
        }
        bodyLength = n
        return parseOne()
    }

    private static func contentLength(_ header: String) -> Int? {
        var length: Int?
        for line in header.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].drop { $0 == " " }
            if name == "content-length" { length = Int(value) }
        }
        return length
    }

    /// The offset of "\r\n\r\n" ending the current header, searching only bytes not yet searched.
    private mutating func findHeaderEnd() -> Int? {
        var i = max(scanned, start)
        let last = buffer.count - 4
        while i <= last {
            if buffer[i] == 0x0D && buffer[i + 1] == 0x0A && buffer[i + 2] == 0x0D && buffer[i + 3] == 0x0A { return i }
            i += 1
        }
        scanned = max(start, buffer.count - 3)
        return nil
    }

    /// Skips a header block past the limit; what follows is skipped up to the next "Content-Length".
    private mutating func dropLongHeader() -> Output {
        let dropped = String(decoding: buffer[start..<min(start + 80, buffer.count)], as: UTF8.self)
        start += 1
        resynchronising = true
        _ = seekContentLength()
        return .badHeader("a header block longer than \(Self.maximumHeader) bytes: \(dropped)")
    }

    /// Moves `start` to the next "Content-Length" (any case); without one, keeps only a tail
    /// that may be the start of one. True when found.
    private mutating func seekContentLength() -> Bool {
        let name = Self.contentLengthName
        var i = start
        while i + name.count <= buffer.count {
            if buffer[i] | 0x20 == name[0], zip(buffer[i..<(i + name.count)], name).allSatisfy({ $0 | 0x20 == $1 }) {
                start = i
                scanned = i
                resynchronising = false
                return true
            }
            i += 1
        }
        start = max(start, buffer.count - (name.count - 1))
        scanned = start
        return false
    }

    private static let contentLengthName = Array("content-length".utf8)

    /// Frames one body for sending.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}
