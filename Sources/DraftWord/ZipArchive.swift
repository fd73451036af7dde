import CZlib

/// A ZIP archive read from its central directory (what a .docx is): the names of its entries and
/// their bytes, stored or deflated. Every offset is checked against the file, so a truncated or
/// forged archive is an error, and inflating stops at a size limit and a ratio (a ZIP bomb).
public struct ZipArchive {
    public struct Entry {
        public let name: String
        let method: UInt16
        let flags: UInt16
        let crc: UInt32
        let compressedSize: Int
        let size: Int
        let localHeader: Int
    }

    public struct Failure: Error, CustomStringConvertible, Equatable {
        public let reason: String
        public var description: String { reason }
    }

    /// Most a part may inflate to, and most it may inflate per byte stored: real XML compresses
    /// 5 to 30 times; a bomb, thousands of times.
    public static let maximumPartSize = 256 << 20
    public static let maximumRatio = 400

    let bytes: [UInt8]
    public let entries: [Entry]

    public init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        entries = try Self.centralDirectory(bytes)
    }

    public func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// The bytes of `name`, inflated; nil when the archive has no such entry.
    public func read(_ name: String) throws(Failure) -> [UInt8]? {
        guard let e = entry(name) else { return nil }
        if e.flags & 1 != 0 { throw Failure(reason: "\(name) is encrypted (a password-protected file)") }
        let header = e.localHeader
        guard header + 30 <= bytes.count, u32(header) == 0x0403_4B50 else { throw Failure(reason: "\(name): bad local header (a corrupt file)") }
        let start = header + 30 + Int(u16(header + 26)) + Int(u16(header + 28))
        guard start + e.compressedSize <= bytes.count else { throw Failure(reason: "\(name) runs past the end of the file (a truncated file)") }
        let out: [UInt8]
        switch e.method {
        case 0:
            out = Array(bytes[start..<(start + e.compressedSize)])
        case 8:
            let limit = min(Self.maximumPartSize, max(1 << 20, e.compressedSize.multipliedReportingOverflow(by: Self.maximumRatio).partialValue))
            out = try Self.inflate(bytes, start, e.compressedSize, limit: limit, name: name)
        default:
            throw Failure(reason: "\(name) uses compression method \(e.method); only stored and deflated parts are read")
        }
        let crc = out.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
        guard crc == e.crc else { throw Failure(reason: "\(name): checksum mismatch (a corrupt file)") }
        return out
    }

    private func u16(_ i: Int) -> UInt16 { Self.u16(bytes, i) }
    private func u32(_ i: Int) -> UInt32 { Self.u32(bytes, i) }
    /// Little-endian fields, as ZIP writes them.
    private static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    private static func u32(_ b: [UInt8], _ i: Int) -> UInt32 { UInt32(u16(b, i)) | UInt32(u16(b, i + 2)) << 16 }

    private static func centralDirectory(_ bytes: [UInt8]) throws(Failure) -> [Entry] {
        // The end record is in the last 64 KB + 22 bytes (its comment is at most 64 KB).
        guard bytes.count >= 22 else { throw Failure(reason: "too short to be a ZIP file") }
        var eocd = -1
        var i = bytes.count - 22
        while i >= max(0, bytes.count - 22 - 65_535) {
            if bytes[i] == 0x50, u32(bytes, i) == 0x0605_4B50 { eocd = i; break }
            i -= 1
        }
        guard eocd >= 0 else { throw Failure(reason: "no ZIP central directory (not a .docx, or a truncated file)") }
        let count = Int(u16(bytes, eocd + 10)), size = Int(u32(bytes, eocd + 12)), offset = Int(u32(bytes, eocd + 16))
        if count == 0xFFFF || offset == 0xFFFF_FFFF { throw Failure(reason: "a ZIP64 archive; drafts this large are not read") }
        guard offset + size <= eocd else { throw Failure(reason: "the central directory lies outside the file (a corrupt file)") }
        var out: [Entry] = []
        var p = offset
        for _ in 0..<count {
            guard p + 46 <= eocd, u32(bytes, p) == 0x0201_4B50 else { throw Failure(reason: "a bad central directory entry (a corrupt file)") }
            let nameLength = Int(u16(bytes, p + 28)), extra = Int(u16(bytes, p + 30)), comment = Int(u16(bytes, p + 32))
            guard p + 46 + nameLength <= eocd else { throw Failure(reason: "a central directory name runs past its end (a corrupt file)") }
            out.append(Entry(name: String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self), method: u16(bytes, p + 10), flags: u16(bytes, p + 8),
                             crc: u32(bytes, p + 16), compressedSize: Int(u32(bytes, p + 20)), size: Int(u32(bytes, p + 24)), localHeader: Int(u32(bytes, p + 42))))
            p += 46 + nameLength + extra + comment
        }
        return out
    }

    /// Raw deflate (no zlib header) of `count` bytes at `start`, refusing to produce more than `limit`.
    static func inflate(_ bytes: [UInt8], _ start: Int, _ count: Int, limit: Int, name: String) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(reason: "\(name): zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status: Int32 = Z_OK
        bytes.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + start)
            stream.avail_in = UInt32(count)
            while status == Z_OK {
                chunk.withUnsafeMutableBufferPointer { buf in
                    stream.next_out = buf.baseAddress
                    stream.avail_out = UInt32(buf.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    out.append(contentsOf: buf[0..<(buf.count - Int(stream.avail_out))])
                }
                if out.count > limit { status = Z_MEM_ERROR; break }
                if status == Z_BUF_ERROR && stream.avail_in == 0 { break }
            }
        }
        if out.count > limit {
            throw Failure(reason: "\(name) inflates to more than \(limit >> 20) MB (\(count) bytes stored): a ZIP bomb or not a draft; not read")
        }
        guard status == Z_STREAM_END else { throw Failure(reason: "\(name): the compressed data is damaged (a corrupt file)") }
        return out
    }
}
