@testable import DraftLSP
import DraftSyntax
import Foundation
import Testing

/// Semantic tokens, selection ranges, inlay hints, code lens and document links.
@Suite struct DecorationTests {
    let uri = "file:///t.md"
    let text = "意见1：题\n论坛（2021年，日内瓦），\n忆及\na)\t第71号决议（2014年，釜山）；\nb)\t人工智能（AI）[待定]，\n认为\n1\t见上述忆及a)段，\n"

    func decode(_ data: [Int], _ source: SourceText) -> [String] {
        var line = 0, column = 0
        var out: [String] = []
        for i in stride(from: 0, to: data.count, by: 5) {
            line += data[i]
            column = data[i] == 0 ? column + data[i + 1] : data[i + 1]
            let start = source.lines.offset(of: LinePosition(line: line, column: column), in: .utf16)
            let end = source.lines.offset(of: LinePosition(line: line, column: column + data[i + 2]), in: .utf16)
            let mods = data[i + 4] == 0 ? "" : data[i + 4] == 1 ? "+declaration" : "+deprecated"
            out.append("\(SemanticLegend.types[data[i + 3]])\(mods) \(source.string(ByteRange(start, end)))")
        }
        return out
    }

    @Test func semanticTokensFullAndDelta() {
        let c = TestClient()
        c.open(uri, text)
        let full = c.request("textDocument/semanticTokens/full", .object(["textDocument": .object(["uri": .string(uri)])]))["result"]
        let tokens = decode(full["data"].array?.compactMap(\.int) ?? [], SourceText(text))
        #expect(tokens == ["namespace+declaration 意见1：题", "keyword 忆及", "enumMember+declaration a)", "type+deprecated 第71号决议（2014年，釜山）",
                           "enumMember+declaration b)", "macro AI", "string [待定]", "keyword 认为", "enumMember+declaration 1", "property 上述忆及a)段"], "\(tokens)")
        // One edit: the label typed on the last line.
        c.notify("textDocument/didChange", .object(["textDocument": .object(["uri": .string(uri), "version": .int(2)]),
                                                    "contentChanges": .array([.object(["text": .string(text + "2\t二。\n")])])]))
        let delta = c.request("textDocument/semanticTokens/full/delta", .object(["textDocument": .object(["uri": .string(uri)]), "previousResultId": full["resultId"]]))["result"]
        #expect(delta["edits"].array?.count == 1 && delta["edits"][0]["deleteCount"] == .int(0) && delta["edits"][0]["data"].array?.count == 5)
        let stale = c.request("textDocument/semanticTokens/full/delta", .object(["textDocument": .object(["uri": .string(uri)]), "previousResultId": .string("nope")]))["result"]
        #expect(stale["data"].array != nil, "an unknown previous result gets the full tokens")
    }

    @Test func tokensNeverSpanLinesOrOverlap() {
        let c = TestClient()
        let pending = "意见1：题\n论坛（2021年，日内瓦），\n认为\n1\t[见上述认为2段\n2\t续]，\n"
        c.open(uri, pending)
        let data = c.request("textDocument/semanticTokens/full", .object(["textDocument": .object(["uri": .string(uri)])]))["result"]["data"].array?.compactMap(\.int) ?? []
        let tokens = decode(data, SourceText(pending))
        #expect(tokens.contains("string [见") && tokens.contains("property 上述认为2段") && tokens.contains("string 2\t续]") == false)
        #expect(!tokens.contains { $0.contains("\n") })
    }

    @Test func selectionRangesGrowFromReferenceToFile() {
        let c = TestClient()
        let pos = c.open(uri, text.replacingOccurrences(of: "上述忆及a)段", with: "上述忆⸢及a)段"))
        let r = c.request("textDocument/selectionRange", .object(["textDocument": .object(["uri": .string(uri)]), "positions": .array([pos])]))["result"][0]
        var ranges: [JSONValue] = []
        var node = r
        while !node.isNull { ranges.append(node["range"]); node = node["parent"] }
        // reference, paragraph text, item, section, instrument, file
        #expect(ranges.count == 6 && ranges[0]["start"]["character"] == .int(3) && ranges.last?["start"] == .object(["line": .int(0), "character": .int(0)]), "\(ranges)")
    }

    @Test func inlayHintsAndTheirSwitch() {
        let c = TestClient()
        c.open(uri, text)
        let hints = c.request("textDocument/inlayHint", .object(["textDocument": .object(["uri": .string(uri)]),
                                                                 "range": .object(["start": .object(["line": .int(0), "character": .int(0)]), "end": .object(["line": .int(9), "character": .int(0)])])]))["result"].array ?? []
        let labels = hints.compactMap { $0["label"].string }
        #expect(labels.contains("→ 第71号决议（2014年…"), "the first words of the paragraph 上述忆及a)段 names: \(labels)")
        #expect(labels.contains { $0.hasPrefix("→ Strategic plan") }, "the catalog's title of Resolution 71 after the citation")
        let off = TestClient(initializationOptions: .object(["inlay-hints": .bool(false)]))
        off.open(uri, text)
        #expect(off.request("textDocument/inlayHint", .object(["textDocument": .object(["uri": .string(uri)]), "range": .object(["start": .object(["line": .int(0), "character": .int(0)]), "end": .object(["line": .int(99), "character": .int(0)])])]))["result"].array?.isEmpty == true)
    }

    @Test func codeLensCountsReferences() {
        let c = TestClient()
        c.open(uri, text)
        // The reply says where the lenses are, in three numbers each; titles and locations come when each is resolved.
        let unresolved = c.request("textDocument/codeLens", .object(["textDocument": .object(["uri": .string(uri)])]))["result"].array ?? []
        // Only what something cites has a lens: 忆及, whose a) 认为 1 names; not the title, 认为, or the items themselves.
        #expect(unresolved.count == 1 && unresolved.allSatisfy { $0["command"].isNull && $0["data"].array?.count == 3 })
        #expect(unresolved.map { $0["range"]["start"]["line"] } == [.int(2)])
        let lenses = c.resolvedLenses(uri)
        #expect(lenses.compactMap { $0["command"]["title"].string } == ["cited by 1: a) ×1"])
        #expect(lenses[0]["command"]["command"] == .string("editor.action.showReferences") && lenses[0]["command"]["arguments"][2].array?.count == 1)
    }

    @Test func aSectionsLensSaysWhichItemsAreCited() {
        let draft = "意见1：题\n论坛（2021年，日内瓦），\n认为\n1\t甲；\n2\t乙；\n3\t丙，\n做出决议\n1\t见上述认为第1段；\n2\t见上述认为第1至3段。\n"
        for (locale, title) in [("en", "cited by 2: 1 ×2, 2 ×1, 3 ×1"), ("zh-CN", "被引用 2 次：1 ×2、2 ×1、3 ×1")] {
            let c = TestClient(locale: locale)
            c.open(uri, draft)
            let lenses = c.resolvedLenses(uri)
            // A range names each item it spans, so the items add up to more than the references.
            #expect(lenses.compactMap { $0["command"]["title"].string } == [title])
            #expect(lenses.first?["range"]["start"]["line"] == .int(2) && lenses.first?["command"]["arguments"][2].array?.count == 2)
        }
    }

    @Test func codeLensOnAnInlineTitleCountsTheWorkspacesCitations() {
        let c = TestClient()
        c.open(uri, "意见1：题\n论坛（2021年，日内瓦），\n忆及\na)\t有关“战略规划”的第71号决议（2018年，迪拜，修订版）；\nb)\t第71号决议（2018年，迪拜，修订版），\n认为\n1\t做。\n")
        let lenses = c.resolvedLenses(uri)
        let onTitle = lenses.first { $0["range"]["start"]["line"] == .int(3) && $0["range"]["start"]["character"] == .int(6) }
        #expect(onTitle?["command"]["title"] == .string("cited 2 times in the workspace"), "\(lenses)")
        // A lens of an older text whose subject is gone comes back unresolved; a malformed one is −32602.
        let stale = c.request("codeLens/resolve", .object(["range": onTitle!["range"], "data": .array([.int(0), .int(2), .int(3)])]))
        #expect(stale["result"]["command"].isNull && stale["result"]["data"] == .array([.int(0), .int(2), .int(3)]))
        // A document number the server never gave is unresolved too; a malformed lens is −32602.
        #expect(c.request("codeLens/resolve", .object(["range": onTitle!["range"], "data": .array([.int(9), .int(2), .int(3)])]))["result"]["command"].isNull)
        #expect(c.request("codeLens/resolve", .object(["data": .int(1)]))["error"]["code"] == .int(-32602))
        #expect(c.request("codeLens/resolve", .object(["range": onTitle!["range"], "data": .array([.int(0), .int(7), .int(3)])]))["error"]["code"] == .int(-32602))
    }

    @Test func documentLinksOnlyFromACatalogWithURLs() throws {
        let dir = try workspaceFolder(["mine.tsv": "kind\tbody\tnumber\trevision\ttitle_en\turl\nresolution\tPP\t71\tRev. Dubai, 2018\tStrategic plan\thttps://example.org/r71\n"])
        let plain = TestClient()
        plain.open(uri, text)
        #expect(plain.request("textDocument/documentLink", .object(["textDocument": .object(["uri": .string(uri)])]))["result"].array?.isEmpty == true)
        let c = TestClient(initializationOptions: .object(["catalog": .string(dir.appendingPathComponent("mine.tsv").path)]))
        c.open(uri, text)
        let links = c.request("textDocument/documentLink", .object(["textDocument": .object(["uri": .string(uri)])]))["result"].array ?? []
        #expect(links.count == 1 && links[0]["target"] == .string("https://example.org/r71"))
    }
}
