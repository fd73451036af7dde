#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a draft from disk, for the CLI and the server alike: only regular files (a FIFO would
/// block forever, a device never end), never more than `maximumSize`, each failure named.
public enum FileReading {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Larger drafts are refused before they are read (the largest real instrument is a few MB).
    public static let maximumSize = 512 << 20

    public static func errnoText(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// The whole file at `path`; "-" is standard input, which may be a pipe.
    public static func read(_ path: String, limit: Int = maximumSize) throws -> [UInt8] {
        let stdin = path == "-"
        // O_NONBLOCK: opening a FIFO with no writer must not wait for one.
        let fd = stdin ? 0 : open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 { throw Failure(path: path, reason: errnoText(errno)) }
        defer { if !stdin { close(fd) } }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Failure(path: path, reason: errnoText(errno)) }
        if !stdin {
            if let kind = irregularKind(st.st_mode) { throw Failure(path: path, reason: "is \(kind), not a regular file; only regular files are read") }
            if Int(st.st_size) > limit { throw Failure(path: path, reason: tooLarge(limit)) }
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        }
        var out: [UInt8] = []
        if st.st_size > 0 { out.reserveCapacity(Int(st.st_size)) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { readFD(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: errnoText(errno))
            }
            if n == 0 { break }
            // A file that grows while read, or standard input, stops at the limit too.
            if out.count + n > limit { throw Failure(path: path, reason: tooLarge(limit)) }
            out.append(contentsOf: buffer[0..<n])
        }
        return out
    }

    private static func readFD(_ fd: Int32, _ buf: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buf, count)
        #elseif canImport(Musl)
        Musl.read(fd, buf, count)
        #else
        Darwin.read(fd, buf, count)
        #endif
    }

    private static func tooLarge(_ limit: Int) -> String {
        "is larger than \(limit >> 20) MB, the most a draft may be; not read"
    }

    /// What a file that is not regular is, in words; nil for a regular file.
    static func irregularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return "not a regular file"
        }
    }
}
