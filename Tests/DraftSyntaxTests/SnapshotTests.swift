import DraftSyntax
import Foundation
import Testing

/// The tree of each seed, dumped and compared with a file reviewed by hand.
/// Set UPDATE_SNAPSHOTS=1 to rewrite them after a deliberate parser change, then review the diff.
@Suite struct SnapshotTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("seeds").path).sorted()) ?? []

    @Test(arguments: seeds)
    func seedTree(_ name: String) throws {
        let data = try Data(contentsOf: Self.root.appendingPathComponent("seeds/\(name)"))
        let dump = TreeDump.dump(Document(SourceText(bytes: Array(data))))
        let snapshot = Self.root.appendingPathComponent("Tests/DraftSyntaxTests/Snapshots/\(name).tree")
        // A missing snapshot is a failure, not a new one: recording is only ever asked for.
        if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: snapshot.deletingLastPathComponent(), withIntermediateDirectories: true)
            try dump.write(to: snapshot, atomically: true, encoding: .utf8)
        }
        guard let expected = try? String(contentsOf: snapshot, encoding: .utf8) else {
            Issue.record("no snapshot for \(name); record it with UPDATE_SNAPSHOTS=1 and review it")
            return
        }
        #expect(dump == expected, "tree of \(name) changed; rerun with UPDATE_SNAPSHOTS=1 and review the diff")
    }

    @Test func seedsArePresent() { #expect(Self.seeds.count == 5) }

    /// A section's last leaf, found by descending, is the last of its leaves listed in order.
    @Test func lastLeafIsTheLastOfTheLeaves() throws {
        var texts = try Self.seeds.map { try Data(contentsOf: Self.root.appendingPathComponent("seeds/\($0)")) }.map { Array($0) }
        texts.append(Array("意见1：题\n论坛，\n做出决议\n1\t甲；\n2\t丁：\na)\t乙；\nb)\t丙：\ni)\t戊。\n".utf8))
        let sections = texts.flatMap { Document(SourceText(bytes: $0)).instruments.flatMap(\.sections) }
        #expect(sections.last?.lastLeaf.map { String(decoding: texts.last![$0.textRange.start..<$0.textRange.end], as: UTF8.self) } == "戊。")
        for s in sections { #expect(s.lastLeaf?.range == s.leaves.last?.range) }
    }
}
