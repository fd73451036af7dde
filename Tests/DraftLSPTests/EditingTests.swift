import DraftLSP
import DraftSyntax
import Foundation
import Testing

/// Formatting, rename and the renumber code action through the server: marked text in
/// (⸢ is the cursor), edits applied, text out.
@Suite struct EditingTests {
    let gappy = "意见1：题\n论坛（2021年，日内瓦），\n忆及\na)\t一；\nb)\t二，\n认为\n1\t一；\n3\t三；\n4\t见上述认为第3-4段，\n请秘书长\n落实上述认为⸢4段。\n"


    @Test func formattingAndRangeFormatting() {
        let c = TestClient()
        let text = "意见1：题\n论坛（2021年，日内瓦）\n忆及\na)\t技术(ICT)；\nb) 所需的 素养，\n认为\n1\t做；\n"
        c.open("file:///f.md", text)
        let all = c.request("textDocument/formatting", .object(["textDocument": .object(["uri": .string("file:///f.md")]),
                                                                 "options": .object(["tabSize": .int(4), "insertSpaces": .bool(true)])]))["result"].array ?? []
        #expect(apply(all, to: text) == "意见1：题\n论坛（2021年，日内瓦），\n忆及\na)\t技术（ICT）；\nb)\t所需的素养，\n认为\n1\t做。\n")
        let range: JSONValue = .object(["start": .object(["line": .int(4), "character": .int(0)]), "end": .object(["line": .int(5), "character": .int(0)])])
        let some = c.request("textDocument/rangeFormatting", .object(["textDocument": .object(["uri": .string("file:///f.md")]), "range": range,
                                                                      "options": .object([:])]))["result"].array ?? []
        #expect(apply(some, to: text) == text.replacingOccurrences(of: "b) 所需的 素养", with: "b)\t所需的素养"))
    }

    @Test func renameALabelFromAReference() {
        let c = TestClient()
        let uri = "file:///r.md"
        let pos = c.open(uri, gappy)
        let prepared = c.request("textDocument/prepareRename", c.at(uri, pos))["result"]
        #expect(prepared["placeholder"] == .string("4"))
        var params = c.at(uri, pos)
        if case .object(var o) = params { o["newName"] = .string("5"); params = .object(o) }
        let edits = c.request("textDocument/rename", params)["result"]["changes"][uri].array ?? []
        let plain = gappy.replacingOccurrences(of: "⸢", with: "")
        #expect(apply(edits, to: plain) == plain.replacingOccurrences(of: "4\t见", with: "5\t见").replacingOccurrences(of: "第3-4段", with: "第3-5段")
            .replacingOccurrences(of: "认为4段", with: "认为5段"))
        // Refusals carry a message the editor shows.
        if case .object(var o) = params { o["newName"] = .string("3"); params = .object(o) }
        #expect(c.request("textDocument/rename", params)["error"]["message"].string?.contains("already has a paragraph labelled 3") == true)
        let onText = c.request("textDocument/prepareRename", c.at(uri, .object(["line": .int(0), "character": .int(1)])))
        #expect(onText["error"]["message"].string?.contains("only paragraph labels") == true)
    }

    @Test func renumberCodeAction() {
        let c = TestClient(capabilities: capableClient)
        let uri = "file:///n.md"
        let plain = gappy.replacingOccurrences(of: "⸢", with: "")
        c.open(uri, plain)
        let at: JSONValue = .object(["start": .object(["line": .int(7), "character": .int(0)]), "end": .object(["line": .int(7), "character": .int(0)])])
        let actions = c.request("textDocument/codeAction", .object(["textDocument": .object(["uri": .string(uri)]), "range": at,
                                                                     "context": .object(["diagnostics": .array([])])]))["result"].array ?? []
        let renumber = actions.first { $0["title"].string?.hasPrefix("Renumber") == true }
        #expect(renumber?["kind"] == .string("quickfix"), "label-gap reports the gap: a quick fix")
        let out = apply(renumber?["edit"]["changes"][uri].array ?? [], to: plain)
        #expect(out.contains("\n2\t三；\n3\t见上述认为第2-3段，") && out.contains("落实上述认为3段。"))
        // Nothing to renumber in a section in order.
        let inOrder: JSONValue = .object(["start": .object(["line": .int(3), "character": .int(0)]), "end": .object(["line": .int(3), "character": .int(0)])])
        let none = c.request("textDocument/codeAction", .object(["textDocument": .object(["uri": .string(uri)]), "range": inOrder,
                                                                  "context": .object(["diagnostics": .array([])])]))["result"].array ?? []
        #expect(!none.contains { $0["title"].string?.hasPrefix("Renumber") == true })
    }

    @Test func finalizeNumberingFoldsBisIn() {
        let c = TestClient(capabilities: capableClient)
        let uri = "file:///bis.txt"
        let text = "第9号决议\n题\n理事会，\n做出决议，\n1\t一；\n1bis\t插入；\n2\t见上述做出决议“1bis”段。\n"
        c.open(uri, text)
        let at: JSONValue = .object(["start": .object(["line": .int(4), "character": .int(0)]), "end": .object(["line": .int(4), "character": .int(0)])])
        let actions = c.request("textDocument/codeAction", .object(["textDocument": .object(["uri": .string(uri)]), "range": at,
                                                                     "context": .object(["diagnostics": .array([])])]))["result"].array ?? []
        let finalize = actions.first { $0["title"].string?.hasPrefix("Finalize the numbering of 做出决议") == true }
        #expect(finalize?["kind"] == .string("refactor.rewrite"))
        #expect(apply(finalize?["edit"]["changes"][uri].array ?? [], to: text) == "第9号决议\n题\n理事会，\n做出决议，\n1\t一；\n2\t插入；\n3\t见上述做出决议“2”段。\n")
    }
}
