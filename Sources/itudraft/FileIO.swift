import DraftAnalysis
import DraftSyntax
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and writing files with messages that say which file and why.
enum FileIO {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "\(path): \(reason)" }
    }

    static func errnoText(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// Reads a whole file (or standard input for "-") as bytes: regular files only, within the size limit.
    static func read(_ path: String) throws -> [UInt8] {
        do { return try FileReading.read(path) } catch let f as FileReading.Failure { throw Failure(path: f.path, reason: f.reason) }
    }

    /// The text of `path`, a long file validated and its lines found while it is read.
    static func readText(_ path: String) throws -> SourceText {
        do { return try FileReading.readText(path) } catch let f as FileReading.Failure { throw Failure(path: f.path, reason: f.reason) }
    }

    enum Kind { case file, directory, missing }

    /// `path` made absolute against the current directory, without "." segments.
    static func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/") where part != "." {
            if part == "..", !parts.isEmpty { parts.removeLast() } else if part != ".." { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }

    static func kind(_ path: String) -> Kind {
        var st = stat()
        guard stat(path, &st) == 0 else { return .missing }
        return (st.st_mode & S_IFMT) == S_IFDIR ? .directory : .file
    }

    /// Replaces `path` atomically: write a temporary file beside it, keep its permissions, rename.
    static func writeAtomically(_ bytes: [UInt8], to given: String) throws {
        // Through a symbolic link, the file it points to is replaced, not the link.
        var path = given
        if let resolved = realpath(given, nil) {
            path = String(cString: resolved)
            free(resolved)
        }
        var st = stat()
        let mode: mode_t = stat(path, &st) == 0 ? st.st_mode & 0o7777 : 0o644
        let dir = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        var template = Array("\(dir)/.itudraft-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if fd < 0 { throw Failure(path: path, reason: "cannot create a temporary file: \(errnoText(errno))") }
        let tmp = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = errnoText(errno)
                close(fd); unlink(tmp)
                throw Failure(path: path, reason: "cannot write: \(reason)")
            }
            written += n
        }
        fchmod(fd, mode)
        if fsync(fd) != 0 || close(fd) != 0 {
            unlink(tmp)
            throw Failure(path: path, reason: "cannot write: \(errnoText(errno))")
        }
        if rename(tmp, path) != 0 {
            let reason = errnoText(errno)
            unlink(tmp)
            throw Failure(path: path, reason: "cannot replace: \(reason)")
        }
    }

    static func writeStdout(_ s: String) { writeStdout(bytes: Array(s.utf8)) }

    /// Bytes as they are (text that is not valid UTF-8 included).
    static func writeStdout(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buf in
            var done = 0
            while done < buf.count {
                let n = write(1, buf.baseAddress! + done, buf.count - done)
                if n <= 0 { if errno == EINTR { continue }; return }
                done += n
            }
        }
    }

    static func writeStderr(_ s: String) {
        var s = s
        s.withUTF8 { buf in _ = write(2, buf.baseAddress, buf.count) }
    }
}
