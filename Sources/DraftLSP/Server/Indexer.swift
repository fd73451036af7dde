import DraftAnalysis
import DraftSyntax
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Finds and summarises the drafts under the workspace folders, off the main thread.
enum Indexer {
    /// Past this many files the walk stops: a workspace opened on a home folder must not stall.
    static let maxFiles = 10_000
    /// Larger files are no drafts (exports, logs).
    static let maxFileSize = 32 << 20
    /// Past this many directory entries the walk stops too (a root of `/` or a huge tree).
    static let maxEntries = 300_000

    /// The .txt and .md files under `roots`, sorted, skipping hidden folders (.git, .build),
    /// node_modules, symbolic links to folders, and what each file's configuration leaves out.
    static func files(under roots: [String], skips: (String) -> Bool) -> (files: [String], truncated: Bool) {
        var out: [String] = []
        var truncated = false
        var seen = 0
        func walk(_ dir: String, depth: Int) {
            guard depth < 32, !truncated, let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
            seen += names.count
            if seen > maxEntries { truncated = true; return }
            for name in names.sorted() {
                if name.hasPrefix(".") || name == "node_modules" { continue }
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                var st = stat()
                guard lstat(path, &st) == 0 else { continue }
                let type = st.st_mode & S_IFMT
                if type == S_IFDIR {
                    walk(path, depth: depth + 1)
                } else if type == S_IFREG, name.hasSuffix(".txt") || name.hasSuffix(".md"), Int(st.st_size) <= maxFileSize, !skips(path) {
                    if out.count >= maxFiles { truncated = true; return }
                    out.append(path)
                }
            }
        }
        for root in roots { walk(root, depth: 0) }
        return (out, truncated)
    }

    /// Summarises `path` as read from disk; nil when it cannot be read or holds NUL bytes.
    static func summary(ofFile path: String) -> FileSummary? {
        guard let bytes = try? FileReading.read(path) else { return nil }
        if bytes.prefix(8192).contains(0) { return nil }
        return FileSummary(key: URIPath.uri(path), document: Document(SourceText(bytes: bytes)))
    }
}
