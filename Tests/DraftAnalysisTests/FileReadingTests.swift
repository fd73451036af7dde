import DraftAnalysis
import DraftSyntax
import Foundation
import Testing

/// Reading a draft straight into its own storage: every byte whatever the size, and each
/// refusal named.
@Suite struct FileReadingTests {
    @Test func readsEveryByteOfAnySize() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("itudraft-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        for size in [0, 1, 65_535, 65_536, 65_537, 300_001, parallelScanFrom - 1, parallelScanFrom, 3 * parallelScanFrom + 1] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 8) }
            let path = root.appendingPathComponent("\(size).txt").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            #expect(try FileReading.read(path) == bytes, "\(size) bytes")
        }
        // As a text: read whole, or validated and indexed while it is read; valid or not, lines by "\n" or "\r\n".
        for (name, bytes) in [("valid", Array(String(repeating: "认为\n1\t一。\n", count: parallelScanFrom / 16 + 1).utf8)),
                              ("bad", Array(String(repeating: "认为\r\n", count: parallelScanFrom / 8 + 1).utf8) + [0xFF, 0x0A]),
                              ("short", Array("认为\n".utf8))] {
            let path = root.appendingPathComponent("\(name).txt").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let text = try FileReading.readText(path), whole = SourceText(bytes: bytes)
            #expect(text.bytes == whole.bytes && text.wasRepaired == whole.wasRepaired && text.lines == whole.lines, "\(name)")
        }
        #expect(throws: FileReading.Failure.self) { try FileReading.readText(root.appendingPathComponent("gone.txt").path) }
        let big = root.appendingPathComponent("300001.txt").path
        #expect(throws: FileReading.Failure.self) { try FileReading.read(big, limit: 300_000) }
        #expect((try? FileReading.read(big, limit: 300_001))?.count == 300_001)
        #expect(mkfifo(root.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        do {
            _ = try FileReading.read(root.appendingPathComponent("pipe.txt").path)
            Issue.record("a FIFO was read")
        } catch let failure as FileReading.Failure {
            #expect(failure.reason.contains("FIFO"))
        }
        #expect(throws: FileReading.Failure.self) { try FileReading.read(root.appendingPathComponent("gone.txt").path) }
    }
}
