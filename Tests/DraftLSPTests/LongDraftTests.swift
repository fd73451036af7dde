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
}
