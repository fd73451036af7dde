#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one walk of folders for drafts, shared by `check` and the server's index: `.txt`, `.md`
/// and `.docx` files, in path order, skipping hidden folders (.git, .build), `node_modules`,
/// symbolic links to folders, and what the caller's configuration leaves out. A folder that cannot be read is
/// an error, never an empty folder.
public enum DraftWalker {
    public struct Limits: Sendable {
        public var maxFiles = Int.max
        public var maxEntries = Int.max
        public var maxFileSize = Int.max
        public init(maxFiles: Int = .max, maxEntries: Int = .max, maxFileSize: Int = .max) {
            self.maxFiles = maxFiles
            self.maxEntries = maxEntries
            self.maxFileSize = maxFileSize
        }
    }

    public struct Walk: Sendable {
        /// Regular files, and (with `irregular`) other things named like drafts, whose reading then fails with a reason.
        public var files: [String] = []
        public var errors: [FileReading.Failure] = []
        public var truncated = false
    }

    public static func isDraftName(_ name: String) -> Bool { name.hasSuffix(".txt") || name.hasSuffix(".md") || DraftFile.isWord(name) }

    /// Drafts under `root`. `irregular`: also list FIFOs, sockets and devices named like drafts,
    /// so that the CLI reports them (the server leaves them alone).
    public static func walk(_ root: String, limits: Limits = Limits(), irregular: Bool = false,
                            skips: (String) -> Bool = { _ in false }) -> Walk {
        var out = Walk()
        var seen = 0
        func visit(_ dir: String, depth: Int) {
            guard depth < 64, !out.truncated else { return }
            guard let names = entries(of: dir) else {
                out.errors.append(FileReading.Failure(path: dir, reason: "cannot read the folder: \(FileReading.errnoText(errno))"))
                return
            }
            seen += names.count
            if seen > limits.maxEntries { out.truncated = true; return }
            for name in names.sorted() {
                if name.hasPrefix(".") || name == "node_modules" { continue }
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                var st = stat()
                guard lstat(path, &st) == 0 else { continue }
                var type = st.st_mode & S_IFMT
                if type == S_IFLNK {
                    // A link to a file is the file; a link to a folder is not followed (cycles).
                    guard stat(path, &st) == 0 else { continue }
                    type = st.st_mode & S_IFMT
                    if type == S_IFDIR { continue }
                }
                if type == S_IFDIR {
                    visit(path, depth: depth + 1)
                } else if isDraftName(name), type == S_IFREG || irregular, Int(st.st_size) <= limits.maxFileSize, !skips(path) {
                    if out.files.count >= limits.maxFiles { out.truncated = true; return }
                    out.files.append(path)
                }
            }
        }
        visit(root, depth: 0)
        return out
    }

    /// The names in `dir`, or nil (errno set) when it cannot be read.
    static func entries(of dir: String) -> [String]? {
        guard let d = opendir(dir) else { return nil }
        defer { closedir(d) }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
