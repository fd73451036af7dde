/// The LSP base protocol's framing as a pure parser: bytes in, message bodies out.
/// "Content-Length: N\r\n[other headers]\r\n\r\n" then N bytes of JSON.
public struct MessageFramer: Sendable {
    public enum Output: Equatable, Sendable {
        case message([UInt8])
        /// A header block that could not be understood; the framer skipped it.
        case badHeader(String)
    }

    private var buffer: [UInt8] = []
    private var start = 0
    /// Bodies larger than this are refused rather than buffered without end.
    public static let maximumBody = 256 << 20

    public init() {}

    public mutating func feed<C: Collection>(_ bytes: C) -> [Output] where C.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        var out: [Output] = []
        while let next = parseOne() { out.append(next) }
        if start > 65536 && start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
        return out
    }

    /// Bytes buffered but not yet a whole message.
    public var pendingCount: Int { buffer.count - start }

    private mutating func parseOne() -> Output? {
        guard let headerEnd = find([0x0D, 0x0A, 0x0D, 0x0A], from: start) else { return nil }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        var length: Int?
        for line in header.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].drop { $0 == " " }
            if name == "content-length" { length = Int(value) }
        }
        guard let n = length, n >= 0, n <= Self.maximumBody else {
            start = headerEnd + 4
            return .badHeader(header)
        }
        let bodyStart = headerEnd + 4
        guard buffer.count - bodyStart >= n else { return nil }
        let body = Array(buffer[bodyStart..<(bodyStart + n)])
        start = bodyStart + n
        return .message(body)
    }

    private func find(_ needle: [UInt8], from: Int) -> Int? {
        guard buffer.count >= needle.count else { return nil }
        var i = from
        let last = buffer.count - needle.count
        while i <= last {
            if buffer[i] == needle[0] && buffer[i + 1] == needle[1] && buffer[i + 2] == needle[2] && buffer[i + 3] == needle[3] { return i }
            i += 1
        }
        return nil
    }

    /// Frames one body for sending.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}
