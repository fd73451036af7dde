import DraftAnalysis
import Foundation
import Testing

/// The one walk of folders, which `check` and the server's index share.
@Suite struct DraftWalkerTests {
    @Test func skipsWhatTheServerSkipsAndReportsWhatCannotBeRead() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("itudraft-walk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        for dir in ["a", "node_modules/x", ".git", "real"] { try fm.createDirectory(at: root.appendingPathComponent(dir), withIntermediateDirectories: true) }
        for file in ["a/1.txt", "a/2.md", "a/notes.doc", "node_modules/x/3.txt", ".git/4.txt", "real/5.txt"] {
            try Data("意见1：题\n".utf8).write(to: root.appendingPathComponent(file))
        }
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("linked-folder").path, withDestinationPath: root.appendingPathComponent("real").path)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("a/6.txt").path, withDestinationPath: root.appendingPathComponent("real/5.txt").path)
        #expect(mkfifo(root.appendingPathComponent("a/pipe.txt").path, 0o644) == 0)

        let walk = DraftWalker.walk(root.path)
        let names = walk.files.map { String($0.dropFirst(root.path.count + 1)) }
        #expect(names == ["a/1.txt", "a/2.md", "a/6.txt", "real/5.txt"])
        #expect(walk.errors.isEmpty && !walk.truncated)
        // The CLI also lists what is named like a draft but is no file, to report it.
        #expect(DraftWalker.walk(root.path, irregular: true).files.contains { $0.hasSuffix("a/pipe.txt") })
        #expect(DraftWalker.walk(root.path, skips: { $0.hasSuffix("2.md") }).files.count == 3)
        #expect(DraftWalker.walk(root.path, limits: .init(maxFiles: 2)).truncated)

        let missing = DraftWalker.walk(root.appendingPathComponent("gone").path)
        #expect(missing.files.isEmpty && missing.errors.count == 1 && missing.errors[0].reason.hasPrefix("cannot read the folder"))
    }
}
