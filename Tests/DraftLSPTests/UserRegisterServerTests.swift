import DraftLSP
import Foundation
import Testing

/// The editor's settings name a register file: hover, completion and the rules read its sessions.
@Suite struct UserRegisterServerTests {
    @Test func hoverCompletionAndDiagnosticsUseTheUsersSessions() throws {
        let dir = try workspaceFolder(["sessions.tsv": "WRC\tWorld Radiocommunication Conference\t世界无线电通信大会\tWRC-27\t2027\tExample City\t示例城\n"])
        let text = "意见1：题\n论坛（2021年，日内瓦），\n忆及\na)\t世界无线电通信大会第95号决议（2027年，示例城）和Resolution 95 (Rev.WRC-27)；\nb)\t世界无线电通信大会第95号决议（⸢\n认为\n1\t做。\n"
        let uri = "file:///r.txt"
        let plain = TestClient()
        _ = plain.open(uri, text)
        plain.finishIndexing()
        #expect(codes(plain.published(uri)).contains ("citation-conference-mismatch"), "WRC-27 is not in the built-in register")

        let c = TestClient(initializationOptions: .object(["conferences": .string(dir.appendingPathComponent("sessions.tsv").path)]))
        let cursor = c.open(uri, text)
        c.finishIndexing()
        #expect(!codes(c.published(uri)).contains("citation-conference-mismatch"), "\(codes(c.published(uri)))")
        let hover = c.request("textDocument/hover", c.at(uri, .object(["line": .int(3), "character": .int(4)])))
        #expect(hover["result"]["contents"]["value"].string?.contains("Session: WRC-27, Example City, 2027 · 2027年，示例城") == true, "\(hover)")
        let items = c.request("textDocument/completion", c.at(uri, cursor))["result"]["items"].array ?? []
        let first = items.min { ($0["sortText"].string ?? "") < ($1["sortText"].string ?? "") }
        #expect(first?["label"] == .string("2027年，示例城"), "the newest session first: \(items.prefix(2))")
    }

    func codes(_ published: [JSONValue]) -> [String] {
        (published.last?["params"]["diagnostics"].array ?? []).compactMap { $0["code"].string }
    }
}
