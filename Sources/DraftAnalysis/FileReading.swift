import DraftSyntax
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
        let (fd, size) = try openDraft(path, limit: limit)
        defer { if path != "-" { close(fd) } }
        return try read(fd, size: size, path: path, limit: limit)
    }

    /// The text of the file at `path`. A long regular file is validated and its lines found on
    /// another core while it is read (the read is a fresh process's slowest single step).
    public static func readText(_ path: String, limit: Int = maximumSize) throws -> SourceText {
        let (fd, size) = try openDraft(path, limit: limit)
        defer { if path != "-" { close(fd) } }
        guard path != "-" && size >= parallelScanFrom else { return SourceText(bytes: try read(fd, size: size, path: path, limit: limit)) }
        var failure: Int32 = 0
        let text = SourceText.streamed(count: size) { buffer, progress in
            var n = 0
            while n < size {
                let chunk = min(1 << 20, size - n)
                populate(buffer.baseAddress! + n, chunk)
                let k = readFD(fd, buffer.baseAddress! + n, chunk)
                if k < 0 && errno == EINTR { continue }
                if k < 0 { failure = errno }
                if k <= 0 { break }
                n += k
                progress(n)
            }
            // One byte more: the file grew while it was read.
            var extra: UInt8 = 0
            return n == size && readFD(fd, &extra, 1) > 0 ? n + 1 : n
        }
        if failure != 0 { throw Failure(path: path, reason: errnoText(failure)) }
        if let text { return text }
        // It changed size while it was read: read again, whole.
        return SourceText(bytes: try read(path, limit: limit))
    }

    /// `path` opened for reading, with its size: only a regular file of at most `limit` bytes,
    /// or standard input ("-", descriptor 0).
    private static func openDraft(_ path: String, limit: Int) throws -> (fd: Int32, size: Int) {
        let stdin = path == "-"
        // O_NONBLOCK: opening a FIFO with no writer must not wait for one.
        let fd = stdin ? 0 : open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 { throw Failure(path: path, reason: errnoText(errno)) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let code = errno
            if !stdin { close(fd) }
            throw Failure(path: path, reason: errnoText(code))
        }
        if !stdin {
            if let kind = irregularKind(st.st_mode) {
                close(fd)
                throw Failure(path: path, reason: "is \(kind), not a regular file; only regular files are read")
            }
            if Int(st.st_size) > limit {
                close(fd)
                throw Failure(path: path, reason: tooLarge(limit))
            }
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        }
        return (fd, Int(st.st_size))
    }

    /// All of `fd` (of `size` bytes when it was opened).
    private static func read(_ fd: Int32, size: Int, path: String, limit: Int) throws -> [UInt8] {
        // Read straight into the array's own storage (a 10 MB draft was copied through a small
        // buffer); room grows by doubling for a pipe or a file that grows while read.
        var out: [UInt8] = []
        var capacity = max(size + 1, 1 << 16)
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
            if had > 0 { out.withUnsafeBufferPointer { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer($0)) } }
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

    /// Has the kernel give the pages of `count` bytes at `p` at once, not one fault at a time
    /// as a read fills them (Linux 5.14's MADV_POPULATE_WRITE; elsewhere they fault as before).
    private static func populate(_ p: UnsafeMutablePointer<UInt8>, _ count: Int) {
        #if os(Linux)
        let start = (Int(bitPattern: p) + pageSize - 1) & ~(pageSize - 1), end = (Int(bitPattern: p) + count) & ~(pageSize - 1)
        if end > start { _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, 23) }  // MADV_POPULATE_WRITE
        #endif
    }

    private static let pageSize = max(4096, sysconf(Int32(_SC_PAGESIZE)))

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
