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

    /// The drafts under `roots` (DraftWalker's walk, which `check` shares), within the limits.
    static func files(under roots: [String], skips: (String) -> Bool) -> (files: [String], truncated: Bool) {
        var files: [String] = []
        var truncated = false
        for root in roots where !truncated {
            let limits = DraftWalker.Limits(maxFiles: maxFiles - files.count, maxEntries: maxEntries, maxFileSize: maxFileSize)
            let walk = DraftWalker.walk(root, limits: limits, skips: skips)
            files += walk.files
            truncated = walk.truncated
        }
        return (files, truncated)
    }

    /// Summarises `path` as read from disk; nil when it cannot be read or holds NUL bytes.
    static func summary(ofFile path: String) -> FileSummary? {
        guard let raw = try? FileReading.read(path) else { return nil }
        // A Word draft's citations and titles count for the workspace as its text's do.
        guard let bytes = DraftFile.isWord(path) ? try? DraftFile.text(of: raw, path: path).bytes : raw, !bytes.prefix(8192).contains(0) else { return nil }
        return FileSummary(key: URIPath.uri(path), document: Document(SourceText(bytes: bytes)))
    }
}
