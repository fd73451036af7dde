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
        // Read straight into the array's own storage (a 10 MB draft was copied through a small
        // buffer); room grows by doubling for a pipe or a file that grows while read.
        var out: [UInt8] = []
        var capacity = max(Int(st.st_size) + 1, 1 << 16)
        while true {
            var failure: Int32 = 0
            let more = grow(&out, to: min(capacity, limit + 1)) { buffer in
                while true {
                    let n = readFD(fd, buffer.baseAddress, buffer.count)
                    if n < 0 && errno == EINTR { continue }
                    if n < 0 { failure = errno }
                    return max(n, 0)
                }
            }
            if failure != 0 { throw Failure(path: path, reason: errnoText(failure)) }
            // A file that grows while read, or standard input, stops at the limit too.
            if out.count > limit { throw Failure(path: path, reason: tooLarge(limit)) }
            if !more { return out }
            capacity = out.count * 2
        }
    }

    /// Reads into `out` until it holds `capacity` bytes or `read` gives nothing (false then).
    private static func grow(_ out: inout [UInt8], to capacity: Int, _ read: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> Bool {
        let had = out.count
        guard capacity > had else { return true }
        var ended = false
        let grown = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            if had > 0 { _ = out.withUnsafeBufferPointer { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer($0)) } }
            count = had
            while count < capacity {
                let n = read(UnsafeMutableBufferPointer(rebasing: buffer[count...]))
                if n == 0 { ended = true; break }
                count += n
            }
        }
        out = grown
        return !ended
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
