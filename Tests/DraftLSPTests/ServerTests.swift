import DraftAnalysis
import DraftLSP
import DraftSyntax
import Foundation
import Testing
import TestSupport

@Suite struct LifecycleTests {
    @Test func initializeReportsEncodingCapabilitiesAndServerInfo() {
        let c = TestClient(initialize: false)
        let r = c.request("initialize", .object(["capabilities": .object(["general": .object(["positionEncodings": .array([.string("utf-8"), .string("utf-16")])])])]))
        #expect(r["result"]["capabilities"]["positionEncoding"] == .string("utf-8"))
        #expect(r["result"]["serverInfo"]["name"] == .string("itudraft"))
        #expect(r["result"]["capabilities"]["textDocumentSync"]["change"] == .int(2))
        #expect(r["result"]["capabilities"]["diagnosticProvider"].isNull, "no pull diagnostics for a client without them")
        let d = TestClient(initialize: false)
        #expect(d.request("initialize", .object(["capabilities": .object([:])]))["result"]["capabilities"]["positionEncoding"] == .string("utf-16"))
        let e = TestClient(initialize: false)
        let r32 = e.request("initialize", .object(["capabilities": .object(["general": .object(["positionEncodings": .array([.string("utf-32")])])])]))
        #expect(r32["result"]["capabilities"]["positionEncoding"] == .string("utf-32"))
    }

    @Test func protocolErrors() {
        let c = TestClient(initialize: false)
        #expect(c.request("textDocument/hover", .object([:]))["error"]["code"] == .int(-32002))
        c.server.handle(Array("{not json".utf8))
        #expect(c.collect().first?["error"]["code"] == .int(-32700))
        _ = c.request("initialize", .object(["capabilities": .object([:])]))
        #expect(c.request("initialize", .object(["capabilities": .object([:])]))["error"]["code"] == .int(-32600))
        #expect(c.request("textDocument/unknownThing", .object([:]))["error"]["code"] == .int(-32601))
        #expect(c.request("textDocument/hover", .object(["textDocument": .object([:])]))["error"]["code"] == .int(-32602))
        c.notify("some/unknownNotification", .object([:]))
        #expect(c.request("shutdown", .null)["result"] == .null)
        #expect(c.request("textDocument/hover", .object([:]))["error"]["code"] == .int(-32600))
        c.notify("exit", .null)
        #expect(c.server.exitCode == 0)
    }

    /// ALE counts columns in bytes without saying so: the user's override is the encoding then,
    /// unless the client offered encodings that do not include it.
    @Test func positionEncodingOverride() {
        func negotiate(_ offered: [String]?, _ override: JSONValue) -> (JSONValue, [JSONValue]) {
            let c = TestClient(initialize: false)
            var caps: [String: JSONValue] = [:]
            if let offered { caps["general"] = .object(["positionEncodings": .array(offered.map { .string($0) })]) }
            let r = c.request("initialize", .object(["capabilities": .object(caps), "initializationOptions": .object(["positionEncoding": override])]))
            c.notify("initialized", .object([:]))
            return (r["result"]["capabilities"]["positionEncoding"], c.notifications("window/showMessage"))
        }
        #expect(negotiate(nil, .string("utf-8")).0 == .string("utf-8"))
        #expect(negotiate(nil, .string("utf-32")).0 == .string("utf-32"))
        #expect(negotiate(["utf-16", "utf-8"], .string("utf-16")).0 == .string("utf-16"))
        let refused = negotiate(["utf-16"], .string("utf-8"))
        #expect(refused.0 == .string("utf-16") && refused.1.count == 1)
        let wrong = negotiate(nil, .string("bytes"))
        #expect(wrong.0 == .string("utf-16") && wrong.1.count == 1)
        #expect(wrong.1.first?["params"]["message"].string?.contains("utf-8, utf-16, utf-32") == true)
        // The override is a server option, not a rule setting: nothing else is refused.
        #expect(negotiate(nil, .string("utf-8")).1.isEmpty)
    }

    /// Positions in the override's unit reach the right bytes: a hover on a Chinese line in UTF-8 columns.
    @Test func utf8ColumnsFromTheOverride() {
        let c = TestClient(initializationOptions: .object(["positionEncoding": .string("utf-8")]))
        let pos = c.open("file:///a.txt", smallOpinion.replacingOccurrences(of: "上述认为1段", with: "上述认为⸢1段"), encoding: .utf8)
        let hover = c.request("textDocument/hover", c.at("file:///a.txt", pos))
        #expect(hover["result"]["contents"]["value"].string?.contains("第一段") == true)
    }

    /// JSON-RPC ids are integers or strings; anything else is an Invalid Request with a null id.
    @Test func idsThatAreNeitherIntegerNorString() {
        let c = TestClient()
        for id in ["1.5", "{\"x\":1}", "[1]", "true"] {
            c.server.handle(Array(#"{"jsonrpc":"2.0","id":\#(id),"method":"shutdown"}"#.utf8))
            let r = c.collect()
            #expect(r.count == 1 && r[0]["error"]["code"] == .int(-32600) && r[0]["id"] == .null, "id \(id)")
        }
        #expect(c.request("textDocument/hover", .object([:]))["error"]["code"] == .int(-32602), "still running: no shutdown was taken")
        c.server.handle(Array(#"{"jsonrpc":"2.0","id":"s1","method":"shutdown"}"#.utf8))
        #expect(c.collect().first?["id"] == .string("s1"))
    }

    /// Params without the shape a method declares are −32602 for every method; every method served
    /// is advertised, and every capability advertised is served.
    @Test func routesDispatchAndAdvertiseFromOneTable() {
        let c = TestClient(capabilities: capableClient)
        for method in ["textDocument/hover", "textDocument/rename", "textDocument/codeAction", "textDocument/documentSymbol", "workspace/symbol"] {
            #expect(c.request(method, .object(["textDocument": .int(3)]))["error"]["code"] == .int(-32602), "\(method)")
        }
        let d = TestClient(initialize: false)
        let caps = d.request("initialize", .object(["capabilities": capableClient]))["result"]["capabilities"]
        guard case .object(let advertised) = caps else { Issue.record("no capabilities"); return }
        for key in advertised.keys where key.hasSuffix("Provider") {
            #expect(LanguageServer.advertisedMethods.keys.contains(key), "\(key) is advertised but routes to nothing")
        }
    }

    @Test func exitWithoutShutdownIsOne() {
        let c = TestClient()
        c.notify("exit", .null)
        #expect(c.server.exitCode == 1)
    }

    @Test func cancelledRequestGetsRequestCancelled() {
        let c = TestClient()
        c.open("file:///a.txt", smallOpinion)
        let hover = TestClient.body(.object(["jsonrpc": .string("2.0"), "id": .int(77), "method": .string("textDocument/hover"),
                                              "params": c.at("file:///a.txt", .object(["line": .int(0), "character": .int(0)]))]))
        let cancel = TestClient.body(.object(["jsonrpc": .string("2.0"), "method": .string("$/cancelRequest"), "params": .object(["id": .int(77)])]))
        c.server.deliver([hover, cancel])
        #expect(c.collect().first { $0["id"] == .int(77) }?["error"]["code"] == .int(-32800))
    }
}

@Suite struct DiagnosticsTests {
    /// LSP counts a lone "\r" as a line end: so do the positions the server sends.
    @Test func positionsAfterALoneCarriageReturn() throws {
        let c = TestClient()
        c.open("file:///cr.txt", smallOpinion.replacingOccurrences(of: "第一段", with: "的的第一段").replacingOccurrences(of: "\n", with: "\r"))
        let d = try #require(c.published("file:///cr.txt").last?["params"]["diagnostics"].array?.first { $0["code"] == .string("doubled-character") })
        #expect(d["range"]["start"] == .object(["line": .int(6), "character": .int(2)]))
    }

    @Test func publishedOnOpenDebouncedOnChangeClearedOnClose() throws {
        let c = TestClient()
        let uri = "file:///d.txt"
        c.open(uri, smallOpinion)
        #expect(c.published(uri).count == 1)
        #expect(c.published(uri).last?["params"]["diagnostics"].array?.isEmpty == true)
        // Add a mistake: 的的 typed into line 6 (0-based) after "第一段".
        let edit: JSONValue = .object(["range": .object(["start": .object(["line": .int(6), "character": .int(5)]), "end": .object(["line": .int(6), "character": .int(5)])]),
                                       "text": .string("的的")])
        c.notify("textDocument/didChange", .object(["textDocument": .object(["uri": .string(uri), "version": .int(2)]), "contentChanges": .array([edit])]))
        #expect(c.published(uri).count == 1, "debounced: nothing yet")
        c.server.flushDiagnostics(); c.collect()
        let after = try #require(c.published(uri).last)
        #expect(after["params"]["version"] == .int(2))
        #expect(after["params"]["diagnostics"].array?.map { $0["code"] } == [.string("doubled-character")])
        // Same findings again: not republished.
        c.notify("textDocument/didSave", .object(["textDocument": .object(["uri": .string(uri)])]))
        #expect(c.published(uri).count == 2)
        // Remove it again.
        let undo: JSONValue = .object(["range": .object(["start": .object(["line": .int(6), "character": .int(5)]), "end": .object(["line": .int(6), "character": .int(7)])]),
                                       "text": .string("")])
        c.notify("textDocument/didChange", .object(["textDocument": .object(["uri": .string(uri), "version": .int(3)]), "contentChanges": .array([undo])]))
        c.server.flushDiagnostics(); c.collect()
        #expect(c.published(uri).last?["params"]["diagnostics"].array?.isEmpty == true)
        c.notify("textDocument/didClose", .object(["textDocument": .object(["uri": .string(uri)])]))
        #expect(c.published(uri).last?["params"]["diagnostics"].array?.isEmpty == true)
    }

    @Test func sameFindingsAsTheAnalyzer() throws {
        let c = TestClient(capabilities: .object(["general": .object(["positionEncodings": .array([.string("utf-8")])])]))
        c.open("file:///seed.txt", seed002)
        let lsp = c.published("file:///seed.txt").last!["params"]["diagnostics"].array!.map { d in
            "\(d["code"].string!) \(d["range"]["start"]["line"].int!):\(d["range"]["start"]["character"].int!)"
        }
        let text = SourceText(seed002)
        let cli = Analyzer.analyze(Document(text)).map { d in
            let p = text.lines.position(of: d.range.start, in: .utf8)
            return "\(d.code) \(p.line):\(p.column)"
        }
        #expect(lsp == cli)
        #expect(lsp.count == 14)
    }

    @Test func messagesFollowTheLocaleAndCarryRelatedInformation() throws {
        let c = TestClient(capabilities: capableClient, locale: "zh-CN")
        c.open("file:///z.txt", smallOpinion.replacingOccurrences(of: "上述认为1段", with: "上述认为9段"))
        let d = try #require(c.published("file:///z.txt").last?["params"]["diagnostics"].array?.first)
        #expect(d["code"] == .string("xref-unknown-paragraph"))
        #expect(d["message"].string?.contains("没有第 9 段") == true)
        #expect(d["source"] == .string("itudraft"))
        #expect(d["relatedInformation"].array?.first?["location"]["uri"] == .string("file:///z.txt"))
    }

    /// Neovim, eglot and ALE send no locale: the editors/ configurations pass it as an option.
    @Test func localeFromInitializationOptionsWhenTheClientSendsNone() throws {
        let c = TestClient(initializationOptions: .object(["locale": .string("zh_CN.UTF-8")]))
        c.open("file:///o.txt", smallOpinion.replacingOccurrences(of: "上述认为1段", with: "上述认为9段"))
        let d = try #require(c.published("file:///o.txt").last?["params"]["diagnostics"].array?.first)
        #expect(d["message"].string?.contains("没有第 9 段") == true)
        let english = TestClient()
        english.open("file:///e.txt", smallOpinion.replacingOccurrences(of: "上述认为1段", with: "上述认为9段"))
        #expect(english.published("file:///e.txt").last?["params"]["diagnostics"][0]["message"].string?.contains("没有") == false)
    }

    @Test func pullDiagnosticsWhenTheClientSupportsThem() {
        let c = TestClient(capabilities: .object(["textDocument": .object(["diagnostic": .object([:])])]))
        c.open("file:///p.txt", smallOpinion + "\n")
        #expect(c.published("file:///p.txt").isEmpty, "pull clients are not pushed to")
        let r = c.request("textDocument/diagnostic", .object(["textDocument": .object(["uri": .string("file:///p.txt")])]))
        #expect(r["result"]["kind"] == .string("full"))
        let again = c.request("textDocument/diagnostic", .object(["textDocument": .object(["uri": .string("file:///p.txt")]), "previousResultId": r["result"]["resultId"]]))
        #expect(again["result"]["kind"] == .string("unchanged"))
    }
}

@Suite struct FeatureTests {
    let uri = "file:///f.txt"

    @Test func hierarchicalAndFlatSymbols() throws {
        let h = TestClient(capabilities: .object(["textDocument": .object(["documentSymbol": .object(["hierarchicalDocumentSymbolSupport": .bool(true)])])]))
        h.open(uri, seed002)
        let symbols = try #require(h.request("textDocument/documentSymbol", .object(["textDocument": .object(["uri": .string(uri)])]))["result"].array)
        #expect(symbols.count == 5)
        #expect(symbols[1]["children"].array?.map { $0["name"].string! } == ["忆及", "认识到", "重申", "注意到", "认为", "请成员国", "请成员国、部门成员和其他利益攸关方共同协作", "请秘书长"])
        #expect(symbols[1]["children"][4]["detail"] == .string("is of the view"))
        #expect(symbols[1]["children"][4]["children"][6]["children"].array?.count == 6, "认为 g) has i)–vi)")
        #expect(symbols[1]["detail"].string?.contains("2 pending") == true)
        let f = TestClient()
        f.open(uri, seed002)
        let flat = try #require(f.request("textDocument/documentSymbol", .object(["textDocument": .object(["uri": .string(uri)])]))["result"].array)
        #expect(flat.count > 100 && flat.allSatisfy { !$0["location"].isNull })
        #expect(flat.contains { $0["name"] == .string("认为") && $0["containerName"].string?.hasPrefix("意见2草案") == true })
    }

    @Test func hoverOnReferenceCitationHeadingPending() throws {
        let c = TestClient(capabilities: .object(["textDocument": .object(["hover": .object(["contentFormat": .array([.string("markdown")])])])]))
        let ref = c.open(uri, smallOpinion.replacingOccurrences(of: "上述认为1段", with: "上述认为⸢1段"))
        let h = c.request("textDocument/hover", c.at(uri, ref))["result"]
        #expect(h["contents"]["kind"] == .string("markdown"))
        #expect(h["contents"]["value"].string?.contains("第一段：") == true)
        let cit = c.open("file:///g.txt", smallOpinion.replacingOccurrences(of: "第71号", with: "第7⸢1号"))
        let ch = c.request("textDocument/hover", c.at("file:///g.txt", cit))["result"]["contents"]["value"].string ?? ""
        #expect(ch.contains("PP Resolution 71") && ch.contains("国际电联战略规划"))
        // The catalog adds the English title and the latest known revision.
        #expect(ch.contains("English title: Strategic plan for the Union for 2020-2023"))
        #expect(ch.contains("Latest known revision: Rev. Dubai, 2018"))
        let head = c.open("file:///h.txt", smallOpinion.replacingOccurrences(of: "认为\n1", with: "认⸢为\n1"))
        #expect(c.request("textDocument/hover", c.at("file:///h.txt", head))["result"]["contents"]["value"].string?.contains("is of the view") == true)
        let pend = c.open("file:///i.txt", smallOpinion.replacingOccurrences(of: "[待定的]", with: "[待⸢定的]"))
        #expect(c.request("textDocument/hover", c.at("file:///i.txt", pend))["result"]["contents"]["value"].string?.contains("1 bracketed passage") == true)
        let plain = TestClient()
        let p = plain.open(uri, smallOpinion.replacingOccurrences(of: "上述认为1段", with: "上述认为⸢1段"))
        #expect(plain.request("textDocument/hover", plain.at(uri, p))["result"]["contents"]["kind"] == .string("plaintext"))
        #expect(plain.request("textDocument/hover", plain.at(uri, .object(["line": .int(4), "character": .int(9)])))["result"] == .null)
    }

    @Test func citationTitleComesFromAnotherOpenFile() {
        let c = TestClient()
        c.open("file:///a.txt", "有关“国际电联战略规划”的全权代表大会第71号决议（2018年，迪拜，修订版）。\n")
        let pos = c.open("file:///b.txt", "见第7⸢1号决议（2018年，迪拜，修订版）。\n")
        let h = c.request("textDocument/hover", c.at("file:///b.txt", pos))["result"]["contents"]["value"].string ?? ""
        #expect(h.contains("国际电联战略规划"))
        let d = c.request("textDocument/definition", c.at("file:///b.txt", pos))["result"]
        #expect(d["uri"] == .string("file:///a.txt"))
    }

    @Test func definitionReferencesHighlights() throws {
        let c = TestClient()
        let pos = c.open(uri, smallOpinion.replacingOccurrences(of: "上述认为1段", with: "上述认为⸢1段"))
        let d = try #require(c.request("textDocument/definition", c.at(uri, pos))["result"].array?.first)
        #expect(d["range"]["start"]["line"] == .int(6))
        let label: JSONValue = .object(["line": .int(6), "character": .int(0)])
        let refs = try #require(c.request("textDocument/references", .object(["textDocument": .object(["uri": .string(uri)]), "position": label, "context": .object(["includeDeclaration": .bool(true)])]))["result"].array)
        #expect(refs.count == 2)
        #expect(refs[1]["range"]["start"]["line"] == .int(9))
        let hl = try #require(c.request("textDocument/documentHighlight", c.at(uri, pos))["result"].array)
        #expect(hl.map { $0["kind"] } == [.int(1), .int(2)])
    }

    @Test func foldingRanges() throws {
        let c = TestClient()
        c.open(uri, smallOpinion)
        let f = try #require(c.request("textDocument/foldingRange", .object(["textDocument": .object(["uri": .string(uri)])]))["result"].array)
        let pairs = f.map { "\($0["startLine"].int!)-\($0["endLine"].int!)" }
        #expect(pairs == ["0-11", "2-4", "5-9", "6-8", "10-11"])
    }

    @Test func quickFixesAndFixAll() throws {
        let c = TestClient(capabilities: capableClient)
        c.open(uri, smallOpinion.replacingOccurrences(of: "第一段", with: "第一的的段").replacingOccurrences(of: "第六届论坛（2021年，日内瓦），", with: "第六届论坛（2021年，日内瓦）"))
        let range: JSONValue = .object(["start": .object(["line": .int(6), "character": .int(0)]), "end": .object(["line": .int(6), "character": .int(10)])])
        let actions = try #require(c.request("textDocument/codeAction", .object(["textDocument": .object(["uri": .string(uri)]), "range": range, "context": .object(["diagnostics": .array([])])]))["result"].array)
        let quick = try #require(actions.first { $0["kind"] == .string("quickfix") })
        #expect(quick["edit"]["changes"][uri].array?.first?["newText"] == .string(""))
        let all = try #require(c.request("textDocument/codeAction", .object(["textDocument": .object(["uri": .string(uri)]), "range": range,
                                                                         "context": .object(["diagnostics": .array([]), "only": .array([.string("source.fixAll")])])]))["result"].array)
        #expect(all.count == 1 && all[0]["kind"] == .string("source.fixAll.itudraft"))
        #expect(all[0]["edit"]["changes"][uri][0]["newText"] == .string(smallOpinion.replacingOccurrences(of: "第一段", with: "第一的段")))
    }

    @Test func closedDocumentIsReadFromDiskAndBadPositionsAreClamped() throws {
        let dir = try ScratchDirectory.make("itudraft-lsp")
        let file = dir.appendingPathComponent("on disk.txt")
        try smallOpinion.write(to: file, atomically: true, encoding: .utf8)
        let c = TestClient()
        let diskURI = "file://" + file.path.replacingOccurrences(of: " ", with: "%20")
        let symbols = c.request("textDocument/documentSymbol", .object(["textDocument": .object(["uri": .string(diskURI)])]))
        #expect(symbols["result"].array?.isEmpty == false)
        c.open(uri, smallOpinion)
        let far = c.request("textDocument/hover", c.at(uri, .object(["line": .int(9999), "character": .int(-5)])))
        #expect(far["error"].isNull)
        #expect(c.request("textDocument/hover", c.at("file:///nowhere/x.txt", .object(["line": .int(0), "character": .int(0)])))["error"]["code"] == .int(-32602))
    }

    @Test func utf16AndUTF8Columns() throws {
        let line = "意见1：题\n论坛（2021年，日内瓦），\n忆及\na) 😀汉字的的；\nb) 二，\n认为\n1 做。\n"
        let u16 = TestClient()
        u16.open(uri, line)
        let d16 = try #require(u16.published(uri).last?["params"]["diagnostics"].array?.first)
        #expect(d16["range"]["start"]["character"] == .int(7))  // a) 😀(2) 汉 字 → 3+2+2
        let u8 = TestClient(capabilities: .object(["general": .object(["positionEncodings": .array([.string("utf-8")])])]))
        u8.open(uri, line)
        let d8 = try #require(u8.published(uri).last?["params"]["diagnostics"].array?.first)
        #expect(d8["range"]["start"]["character"] == .int(13))  // 3 + 4 + 3 + 3
    }
}

/// A client that declares no capabilities at all gets only what LSP allows it: RenameOptions
/// need prepareSupport, relatedInformation needs its flag (the places go into the message),
/// completion kinds stay within 1–18, and code actions are Commands that workspace/executeCommand runs.
@Suite struct NegotiationTests {
    let uri = "file:///n.txt"

    @Test func renameProviderIsPlainWithoutPrepareSupport() {
        let bare = TestClient(initialize: false)
        let r = bare.request("initialize", .object(["capabilities": .object([:])]))
        #expect(r["result"]["capabilities"]["renameProvider"] == .bool(true))
        #expect(r["result"]["capabilities"]["executeCommandProvider"]["commands"].array?.count == 3)
        let capable = TestClient(initialize: false)
        let r2 = capable.request("initialize", .object(["capabilities": capableClient]))
        #expect(r2["result"]["capabilities"]["renameProvider"]["prepareProvider"] == .bool(true))
    }

    @Test func relatedPlacesAreToldInTheMessage() throws {
        let c = TestClient()
        c.open(uri, smallOpinion.replacingOccurrences(of: "上述认为1段", with: "上述认为9段"))
        let d = try #require(c.published(uri).last?["params"]["diagnostics"].array?.first)
        #expect(d["relatedInformation"].isNull)
        #expect(d["message"].string == "\"认为\" (is of the view) has no paragraph 9; it has only 1, 2 (the section referred to: line 6)")
        let zh = TestClient(locale: "zh")
        zh.open(uri, smallOpinion.replacingOccurrences(of: "上述认为1段", with: "上述认为9段"))
        #expect(zh.published(uri).last?["params"]["diagnostics"][0]["message"].string?.hasSuffix("（引用的部分：第 6 行）") == true)
    }

    @Test func completionKindsStayWithinWhatEveryClientKnows() throws {
        let marked = smallOpinion.replacingOccurrences(of: "上述认为1段", with: "上述认为⸢")
        for (caps, labelKind) in [(JSONValue.object([:]), 12), (capableClient, 20)] {
            let c = TestClient(capabilities: caps)
            let pos = c.open(uri, marked)
            let items = try #require(c.request("textDocument/completion", c.at(uri, pos))["result"]["items"].array)
            #expect(!items.isEmpty && items.allSatisfy { $0["kind"] == .int(labelKind) })
        }
    }

    @Test func codeActionsAreCommandsThatExecuteCommandRuns() throws {
        let text = smallOpinion.replacingOccurrences(of: "第一段", with: "第一的的段")
        let range: JSONValue = .object(["start": .object(["line": .int(6), "character": .int(0)]), "end": .object(["line": .int(6), "character": .int(10)])])
        let params: JSONValue = .object(["textDocument": .object(["uri": .string(uri)]), "range": range, "context": .object(["diagnostics": .array([])])])

        let bare = TestClient()
        bare.open(uri, text)
        let commands = try #require(bare.request("textDocument/codeAction", params)["result"].array)
        #expect(!commands.isEmpty && commands.allSatisfy { $0["edit"].isNull && $0["kind"].isNull && $0["command"].string?.hasPrefix("itudraft.") == true })
        // Without workspace/applyEdit the change cannot be made: an error that says so, not silence.
        let refused = bare.request("workspace/executeCommand", .object(["command": commands[0]["command"], "arguments": commands[0]["arguments"]]))
        #expect(refused["error"]["message"].string?.contains("workspace/applyEdit") == true)

        // A client with applyEdit but no literals (older clients): each command sends its edit.
        let c = TestClient(capabilities: .object(["workspace": .object(["applyEdit": .bool(true)])]))
        c.open(uri, text)
        let offered = try #require(c.request("textDocument/codeAction", params)["result"].array)
        let once = smallOpinion.replacingOccurrences(of: "第一段", with: "第一的段")
        for (name, expected) in [("itudraft.applyFix", once), ("itudraft.fixAll", once)] {
            let command = try #require(offered.first { $0["command"] == .string(name) })
            let r = c.request("workspace/executeCommand", .object(["command": command["command"], "arguments": command["arguments"]]))
            #expect(r["result"] == .null && r["error"].isNull)
            let asked = c.answerServerRequests(.object(["applied": .bool(true)]))
            #expect(asked.count == 1 && asked[0]["method"] == .string("workspace/applyEdit"))
            let edits = asked[0]["params"]["edit"]["changes"][uri].array ?? []
            #expect(apply(edits, to: text) == expected, "\(name)")
        }
        // The document changed since the action was offered: the fix is gone, and nothing is guessed.
        c.notify("textDocument/didChange", .object(["textDocument": .object(["uri": .string(uri), "version": .int(2)]),
                                                    "contentChanges": .array([.object(["text": .string(smallOpinion)])])]))
        let stale = try #require(offered.first { $0["command"] == .string("itudraft.applyFix") })
        #expect(!c.request("workspace/executeCommand", .object(["command": stale["command"], "arguments": stale["arguments"]]))["error"].isNull)
        #expect(c.request("workspace/executeCommand", .object(["command": .string("rm -rf"), "arguments": .array([])]))["error"]["code"] == .int(-32602))
    }

    @Test func renumberCommand() throws {
        let c = TestClient(capabilities: .object(["workspace": .object(["applyEdit": .bool(true)])]))
        let text = smallOpinion.replacingOccurrences(of: "2\t上述认为1段", with: "3\t上述认为1段")
        c.open(uri, text)
        let at: JSONValue = .object(["start": .object(["line": .int(9), "character": .int(0)]), "end": .object(["line": .int(9), "character": .int(0)])])
        let offered = try #require(c.request("textDocument/codeAction", .object(["textDocument": .object(["uri": .string(uri)]), "range": at,
                                                                               "context": .object(["diagnostics": .array([])])]))["result"].array)
        let renumber = try #require(offered.first { $0["command"] == .string("itudraft.renumber") })
        _ = c.request("workspace/executeCommand", .object(["command": renumber["command"], "arguments": renumber["arguments"]]))
        let asked = c.answerServerRequests(.object(["applied": .bool(true)]))
        #expect(apply(asked.first?["params"]["edit"]["changes"][uri].array ?? [], to: text) == smallOpinion)
    }
}

@Suite struct TitleHoverTests {
    @Test func councilTagIsToldInBothLanguages() {
        let text = "第1234号决议\n理事会的工作方法\n（C-1948，最后修正 C-1976）\n理事会，\n做出决议，\n1\t设立一个专家组。\n"
        for (locale, expected) in [("en", "Council 1948, last amended 1976"), ("zh", "理事会1948年会议通过，1976年会议最后修正")] {
            let c = TestClient(locale: locale)
            c.open("file:///c.txt", text)
            let hover = c.request("textDocument/hover", c.at("file:///c.txt", .object(["line": .int(0), "character": .int(2)])))
            #expect(hover["result"]["contents"]["value"].string?.contains(expected) == true, "\(hover)")
        }
    }
}

@Suite struct CitationSessionHoverTests {
    @Test func hoverNamesTheSessionInBothLanguages() {
        let c = TestClient()
        let pos = c.open("file:///s.txt", smallOpinion.replacingOccurrences(of: "全权代表大会第71号决议", with: "全权代表大会第7⸢1号决议"))
        let hover = c.request("textDocument/hover", c.at("file:///s.txt", pos))
        #expect(hover["result"]["contents"]["value"].string?.contains("Session: PP-18, Dubai, 2018 · 2018年，迪拜") == true, "\(hover)")
    }
}
