@testable import DraftLSP
import Foundation
import Testing

/// A long draft (over `Snapshot.parallelFrom`) is analysed on one core and summarised on the
/// other: after edits, it publishes what a fresh open of the same text publishes, and the index
/// holds its citations.
@Suite struct LongDraftTests {
    @Test func editsOfALongDraftPublishWhatAFreshOpenDoes() throws {
        var text = ""
        while text.utf8.count < Snapshot.parallelFrom { text += seed002 }
        let c = TestClient()
        let uri = "file:///long.txt"
        c.open(uri, text)
        for (k, (line, insert)) in [(250, "的的"), (3, "，"), (1200, "服务的的")].enumerated() {
            c.notify("textDocument/didChange", .object(["textDocument": .object(["uri": .string(uri), "version": .int(k + 2)]),
                                                        "contentChanges": .array([.object(["range": .object(["start": .object(["line": .int(line), "character": .int(0)]),
                                                                                                             "end": .object(["line": .int(line), "character": .int(0)])]),
                                                                                           "text": .string(insert)])])]))
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines[line] = insert + lines[line]
            text = lines.joined(separator: "\n")
        }
        c.server.flushDiagnostics()
        c.collect()
        let fresh = TestClient()
        fresh.open(uri, text)
        fresh.server.flushDiagnostics()
        fresh.collect()
        let edited = try #require(c.published(uri).last?["params"]["diagnostics"].array)
        #expect(edited.count > 50)
        #expect(edited == fresh.published(uri).last?["params"]["diagnostics"].array)
        #expect(c.server.currentIndex().files[uri]?.citations.count == fresh.server.currentIndex().files[uri]?.citations.count)
    }

    /// The snapshots edits replace are freed once the edits are handled, on another thread.
    @Test func replacedSnapshotsAreFreed() throws {
        let c = TestClient()
        let uri = "file:///t.txt"
        c.open(uri, "意见1：题\n论坛（2021年，日内瓦），\n认为\n1\t一。\n")
        weak let first = c.server.documents[uri]?.snapshot
        #expect(first != nil)
        let at = JSONValue.object(["line": .int(3), "character": .int(2)])
        let change = JSONValue.object(["textDocument": .object(["uri": .string(uri), "version": .int(2)]),
                                       "contentChanges": .array([.object(["range": .object(["start": at, "end": at]), "text": .string("的")])])])
        // As the main loop hands them over: the edit, then the release of what it replaced.
        c.server.deliver([TestClient.body(.object(["jsonrpc": .string("2.0"), "method": .string("textDocument/didChange"), "params": change]))])
        let deadline = Date().addingTimeInterval(5)
        while first != nil && Date() < deadline { usleep(1_000) }
        #expect(first == nil, "the first version's snapshot is still alive")
    }

    /// Closing a document hands memory back only after the snapshots its edits replaced are
    /// freed: freed later, they stayed in glibc's arena.
    @Test func closingWaitsForReplacedSnapshots() throws {
        let c = TestClient()
        let uri = "file:///t.txt"
        c.open(uri, "意见1：题\n论坛（2021年，日内瓦），\n认为\n1\t一。\n")
        weak let first = c.server.documents[uri]?.snapshot
        let at = JSONValue.object(["line": .int(3), "character": .int(2)])
        let change = JSONValue.object(["textDocument": .object(["uri": .string(uri), "version": .int(2)]),
                                       "contentChanges": .array([.object(["range": .object(["start": at, "end": at]), "text": .string("的")])])])
        // The release queue busy, then the edit (its replaced snapshot queued behind), then the close.
        LastReferences.queue.async { usleep(200_000) }
        c.server.deliver([TestClient.body(.object(["jsonrpc": .string("2.0"), "method": .string("textDocument/didChange"), "params": change]))])
        c.server.deliver([TestClient.body(.object(["jsonrpc": .string("2.0"), "method": .string("textDocument/didClose"),
                                                   "params": .object(["textDocument": .object(["uri": .string(uri)])])]))])
        #expect(first == nil, "a replaced snapshot outlived the close")
    }
}
