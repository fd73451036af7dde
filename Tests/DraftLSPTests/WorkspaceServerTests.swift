import DraftAnalysis
import DraftLSP
import DraftSyntax
import Foundation
import Testing
import TestSupport

/// A folder of drafts that cite each other, on disk, for the server's workspace features.
func workspaceFolder(_ files: [String: String]) throws -> URL {
    let dir = try ScratchDirectory.make("itudraft-ws")
    for (path, text) in files {
        let url = dir.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    return dir.resolvingSymlinksInPath()
}

func draft(_ n: Int, _ recalling: String, operative: String = "1\t做。") -> String {
    "意见\(n)：题\(n)\n第六届世界电信/信息通信技术政策论坛（2021年，日内瓦），\n忆及\na)\t\(recalling)，\n认为\n\(operative)\n"
}

@Suite struct WorkspaceIndexServerTests {
    let files = [
        "a.md": draft(1, "有关“国际电联2020-2023年战略规划”的第71号决议（2018年，迪拜，修订版）"),
        "b.md": draft(2, "全权代表大会第71号决议（2018年，迪拜，修订版）"),
        "sub/c.txt": draft(3, "第71号决议（2014年，釜山）"),
        "old/d.txt": draft(4, "第71号决议（2018年，迪拜，修订版）"),
        ".git/e.txt": draft(5, "第71号决议（2018年，迪拜，修订版）"),
        ".build/f.md": draft(6, "第71号决议（2018年，迪拜，修订版）"),
        ".itudraft.json": #"{"exclude": ["old/**"]}"#,
    ]

    func uri(_ dir: URL, _ path: String) -> String { dir.appendingPathComponent(path).absoluteString }

    @Test func indexesTheFolderWithProgressAndWatchesFiles() throws {
        let dir = try workspaceFolder(files)
        let caps: JSONValue = .object(["window": .object(["workDoneProgress": .bool(true)]),
                                       "workspace": .object(["didChangeWatchedFiles": .object(["dynamicRegistration": .bool(true)])])])
        let c = TestClient(capabilities: caps, root: dir)
        let asked = c.answerServerRequests()
        #expect(asked.map { $0["method"].string ?? "" }.sorted() == ["client/registerCapability", "window/workDoneProgress/create"])
        let watchers = asked.first { $0["method"] == .string("client/registerCapability") }?["params"]["registrations"][0]["registerOptions"]["watchers"]
        #expect(watchers?.array?.count == 3)
        c.finishIndexing()
        let kinds = c.notifications("$/progress").compactMap { $0["params"]["value"]["kind"].string }
        #expect(kinds.first == "begin" && kinds.last == "end", "\(kinds)")
        // Hidden folders and the excluded one are not indexed: three drafts.
        let symbols = c.request("workspace/symbol", .object(["query": .string("")]))["result"].array ?? []
        let uris = Set(symbols.compactMap { $0["location"]["uri"].string })
        #expect(uris == [uri(dir, "a.md"), uri(dir, "b.md"), uri(dir, "sub/c.txt")])
        // A changed configuration walks the folders again, under a progress token of its own.
        c.notify("workspace/didChangeWatchedFiles", .object(["changes": .array([.object(["uri": .string(uri(dir, ".itudraft.json")), "type": .int(2)])])]))
        let again = c.answerServerRequests().compactMap { $0["params"]["token"].string }
        #expect(again.count == 1 && again != [asked.first { $0["method"] == .string("window/workDoneProgress/create") }?["params"]["token"].string ?? ""])
        c.finishIndexing()
        #expect(c.notifications("$/progress").compactMap { $0["params"]["value"]["kind"].string }.filter { $0 == "end" }.count == 2)
    }

    @Test func aClientThatNeverAnswersLosesOnlyTheProgress() throws {
        let dir = try workspaceFolder(files)
        let c = TestClient(capabilities: .object(["window": .object(["workDoneProgress": .bool(true)])]), root: dir)
        c.finishIndexing()
        #expect(c.notifications("$/progress").isEmpty)
        #expect((c.request("workspace/symbol", .object(["query": .string("意见2")]))["result"].array ?? []).first?["name"] == .string("意见2：题2"))
    }

    @Test func symbolsReferencesAndCrossFileFindings() throws {
        let dir = try workspaceFolder(files)
        let c = TestClient(capabilities: .object(["textDocument": .object(["publishDiagnostics": .object(["relatedInformation": .bool(true)])])]), root: dir)
        c.finishIndexing()
        let found = c.request("workspace/symbol", .object(["query": .string("opinion 3")]))["result"].array ?? []
        #expect(found.first?["name"] == .string("意见3：题3") && found.first?["location"]["uri"] == .string(uri(dir, "sub/c.txt")))
        #expect(c.request("workspace/symbol", .object(["query": .string("认为")]))["result"].array?.count == 3)

        // References on a citation: every citation of PP Resolution 71 in the workspace.
        let a = uri(dir, "a.md")
        let pos = c.open(a, draft(1, "有关“国际电联2020-2023年战略规划”的第7⸢1号决议（2018年，迪拜，修订版）"))
        let refs = c.request("textDocument/references", .object(["textDocument": .object(["uri": .string(a)]), "position": pos,
                                                                  "context": .object(["includeDeclaration": .bool(false)])]))["result"].array ?? []
        #expect(Set(refs.compactMap { $0["location"]["uri"].string ?? $0["uri"].string }) == [a, uri(dir, "b.md"), uri(dir, "sub/c.txt")])

        // The draft citing another revision than the rest gets information pointing at another file.
        let cURI = uri(dir, "sub/c.txt")
        c.open(cURI, files["sub/c.txt"]!)
        let diags = c.published(cURI).last?["params"]["diagnostics"].array ?? []
        let across = diags.first { $0["code"] == .string("citation-revision-across-files") }
        #expect(across?["severity"] == .int(3))
        #expect(across?["relatedInformation"][0]["location"]["uri"] == .string(a))

        // Hover on a citation without a title shows the title another file taught.
        let b = uri(dir, "b.md")
        let hoverAt = c.open(b, draft(2, "全权代表大会第⸢71号决议（2018年，迪拜，修订版）"))
        let hover = c.request("textDocument/hover", c.at(b, hoverAt))["result"]["contents"]["value"].string ?? ""
        #expect(hover.contains("国际电联2020-2023年战略规划"), "\(hover)")
    }

    @Test func editsInOneOpenDraftReCheckTheOthers() throws {
        let dir = try workspaceFolder(["a.md": draft(1, "第71号决议（2018年，迪拜，修订版）"), "b.md": draft(2, "第71号决议（2018年，迪拜，修订版）"),
                                       "c.md": draft(3, "第71号决议（2014年，釜山）")])
        let c = TestClient(root: dir)
        c.finishIndexing()
        let cURI = dir.appendingPathComponent("c.md").absoluteString
        c.open(cURI, draft(3, "第71号决议（2014年，釜山）"))
        #expect(c.published(cURI).last?["params"]["diagnostics"].array?.contains { $0["code"] == .string("citation-revision-across-files") } == true)
        // a.md and b.md move to the 2014 revision in the editor: c.md now agrees with the majority.
        for name in ["a.md", "b.md"] {
            let u = dir.appendingPathComponent(name).absoluteString
            c.open(u, draft(1, "第71号决议（2018年，迪拜，修订版）"))
            c.notify("textDocument/didChange", .object(["textDocument": .object(["uri": .string(u), "version": .int(2)]),
                                                        "contentChanges": .array([.object(["text": .string(draft(1, "第71号决议（2014年，釜山）"))])])]))
        }
        c.server.flushDiagnostics()
        c.server.flushDiagnostics()
        c.collect()
        #expect(c.published(cURI).last?["params"]["diagnostics"].array?.contains { $0["code"] == .string("citation-revision-across-files") } == false)
    }

    @Test func workspaceFoldersAddedAndRemovedAreIndexed() throws {
        let a = try workspaceFolder(["a.md": draft(1, "一")])
        let b = try workspaceFolder(["b.md": draft(2, "二")])
        let c = TestClient(root: a)
        c.finishIndexing()
        func names() -> [String] { (c.request("workspace/symbol", .object(["query": .string("意见")]))["result"].array ?? []).compactMap { $0["name"].string }.sorted() }
        #expect(names() == ["意见1：题1"])
        c.notify("workspace/didChangeWorkspaceFolders", .object(["event": .object([
            "added": .array([.object(["uri": .string(b.absoluteString), "name": .string("b")])]),
            "removed": .array([.object(["uri": .string(a.absoluteString), "name": .string("a")])])])]))
        c.finishIndexing()
        #expect(names() == ["意见2：题2"])
    }

    @Test func watchedFileChangesUpdateTheIndex() throws {
        let dir = try workspaceFolder(["a.md": draft(1, "一")])
        let c = TestClient(root: dir)
        c.finishIndexing()
        try Data(draft(9, "二").utf8).write(to: dir.appendingPathComponent("new.md"))
        c.notify("workspace/didChangeWatchedFiles", .object(["changes": .array([.object(["uri": .string(dir.appendingPathComponent("new.md").absoluteString), "type": .int(1)])])]))
        #expect(c.request("workspace/symbol", .object(["query": .string("意见9")]))["result"].array?.count == 1)
        c.notify("workspace/didChangeWatchedFiles", .object(["changes": .array([.object(["uri": .string(dir.appendingPathComponent("new.md").absoluteString), "type": .int(3)])])]))
        #expect(c.request("workspace/symbol", .object(["query": .string("意见9")]))["result"].array?.count == 0)
    }
}

@Suite struct ServerConfigurationTests {
    let text = "意见1：题\n论坛（2021年，日内瓦），\n忆及\na)\t信心 and 安全性的的发展，\n认为\n1\t做。\n"

    func codes(_ c: TestClient, _ uri: String) -> [String] {
        (c.published(uri).last?["params"]["diagnostics"].array ?? []).compactMap { $0["code"].string }.sorted()
    }

    @Test func theNearestFileThenTheEditorsSettings() throws {
        let dir = try workspaceFolder([".itudraft.json": #"{"ignore": ["latin-word"], "lang": "zh"}"#])
        let uri = dir.appendingPathComponent("a.md").absoluteString
        let c = TestClient(root: dir)
        c.open(uri, text)
        #expect(codes(c, uri) == ["doubled-character"])
        #expect(c.published(uri).last?["params"]["diagnostics"][0]["message"].string?.contains("重复") == true)
        c.notify("workspace/didChangeConfiguration", .object(["settings": .object(["itudraft": .object(["ignore": .array([.string("doubled-character")]), "lang": .string("en")])])]))
        #expect(codes(c, uri).isEmpty)
        c.notify("workspace/didChangeConfiguration", .object(["settings": .object(["itudraft": .object(["select": .array([.string("latin-word")]),
                                                                                                          "trace": .object(["server": .string("off")])])])]))
        #expect(c.notifications("window/showMessage").isEmpty, "a client's trace setting is no error")
        #expect(codes(c, uri).isEmpty, "the file's ignore still holds under the editor's select")
        c.notify("workspace/didChangeConfiguration", .object(["settings": .object(["itudraft": .object(["select": .array([.string("doubled-character")]), "severity": .object(["doubled-character": .string("error")])])])]))
        #expect(c.published(uri).last?["params"]["diagnostics"][0]["severity"] == .int(1))
    }

    @Test func initializationOptionsConfigureAndBadOnesAreShown() throws {
        let uri = "file:///nowhere/a.md"
        let c = TestClient(initializationOptions: .object(["locale": .string("en"), "ignore": .array([.string("latin-word")])]))
        c.open(uri, text)
        #expect(codes(c, uri) == ["doubled-character"])
        let bad = TestClient(initializationOptions: .object(["ignor": .array([])]))
        #expect(bad.notifications("window/showMessage").first?["params"]["message"].string?.contains("unknown key \"ignor\"") == true)
    }

    @Test func aWrongConfigurationFileIsReportedOnItselfAndDefaultsApply() throws {
        let dir = try workspaceFolder([".itudraft.json": "{\n  \"ignore\": [\"latin-wrd\"]\n}\n"])
        let c = TestClient(root: dir)
        let uri = dir.appendingPathComponent("a.md").absoluteString
        c.open(uri, text)
        #expect(codes(c, uri) == ["doubled-character", "latin-word"])
        let config = dir.appendingPathComponent(".itudraft.json").absoluteString
        let finding = c.published(config).last?["params"]["diagnostics"][0]
        #expect(finding?["message"].string?.contains("latin-wrd") == true)
        #expect(finding?["range"]["start"] == .object(["line": .int(1), "character": .int(13)]))
        // Fixed on disk: the file's settings apply and its finding is cleared.
        try Data(#"{"ignore": ["latin-word"]}"#.utf8).write(to: dir.appendingPathComponent(".itudraft.json"))
        c.notify("workspace/didChangeWatchedFiles", .object(["changes": .array([.object(["uri": .string(config), "type": .int(2)])])]))
        #expect(codes(c, uri) == ["doubled-character"])
        #expect(c.published(config).last?["params"]["diagnostics"].array?.isEmpty == true)
        // Typing in the configuration file checks it as it is typed.
        c.notify("textDocument/didOpen", .object(["textDocument": .object(["uri": .string(config), "languageId": .string("json"), "version": .int(1), "text": .string(#"{"lang": "fr"}"#)])]))
        #expect(c.published(config).last?["params"]["diagnostics"][0]["message"].string?.contains("lang must be") == true)
        // An incremental edit that mends it clears the finding.
        let fr: JSONValue = .object(["start": .object(["line": .int(0), "character": .int(10)]), "end": .object(["line": .int(0), "character": .int(12)])])
        c.notify("textDocument/didChange", .object(["textDocument": .object(["uri": .string(config), "version": .int(2)]),
                                                    "contentChanges": .array([.object(["range": fr, "text": .string("zh")])])]))
        #expect(c.published(config).last?["params"]["diagnostics"].array?.isEmpty == true)
    }

    @Test func suppressionCommentsHideFindingsInTheEditor() {
        let c = TestClient()
        let uri = "file:///s.md"
        c.open(uri, "意见1：题\n论坛（2021年，日内瓦），\n忆及\n<!-- itudraft-disable-next-line latin-word -->\na)\t信心 and 安全性，\n认为\n1\t做。\n")
        #expect(codes(c, uri).isEmpty)
    }
}

/// textDocument/implementation: the same section or paragraph in the other language version.
@Suite struct OtherVersionServerTests {
    let zh = "意见4：信息通信技术\n第六届世界电信/信息通信技术政策论坛（2021年，日内瓦），\n认为\n1\t到2030年应连通25亿人；\n2\t需要合作，\n请秘书长\n支持上述工作。\n"
    let en = "Opinion 4: ICTs\nThe sixth World Telecommunication/ICT Policy Forum (Geneva, 2021),\nis of the view\n1\tthat 2.5 billion people should be connected by 2030;\n2\tthat cooperation is needed,\ninvites the Secretary-General\nto support this work.\n"

    /// The UTF-16 position of ⸢ in `marked`.
    func position(_ marked: String) -> JSONValue {
        let p = SourceText(marked.replacingOccurrences(of: "⸢", with: "")).lines.position(of: marked[..<marked.range(of: "⸢")!.lowerBound].utf8.count, in: .utf16)
        return .object(["line": .int(p.line), "character": .int(p.column)])
    }

    @Test func aLabelOrHeadingGoesToItsCounterpart() throws {
        let dir = try workspaceFolder(["op4.zh.md": zh, "op4.en.md": en])
        let c = TestClient(root: dir, initialize: false)
        let caps = c.request("initialize", .object(["capabilities": .object([:]), "rootUri": .string(dir.absoluteString)]))["result"]["capabilities"]
        #expect(caps["implementationProvider"] == .bool(true))
        c.notify("initialized", .object([:]))
        c.finishIndexing()
        let zhURI = dir.appendingPathComponent("op4.zh.md").absoluteString, enURI = dir.appendingPathComponent("op4.en.md").absoluteString
        c.open(zhURI, zh)
        func implementation(_ marked: String) -> JSONValue {
            c.request("textDocument/implementation", c.at(zhURI, position(marked)))["result"]
        }
        let label = implementation(zh.replacingOccurrences(of: "2\t需要", with: "⸢2\t需要"))
        #expect(label["uri"] == .string(enURI))
        #expect(label["range"]["start"] == .object(["line": .int(4), "character": .int(2)]))
        #expect(implementation(zh.replacingOccurrences(of: "请秘书长", with: "请秘⸢书长"))["range"]["start"] == .object(["line": .int(5), "character": .int(0)]))
        // Plain text has no counterpart.
        #expect(implementation(zh.replacingOccurrences(of: "需要合作", with: "需要⸢合作")) == .null)
    }

    @Test func hoverShowsTheCounterpart() throws {
        let moreEn = en.replacingOccurrences(of: "cooperation is needed,", with: "cooperation is needed;\n3\tthat more is needed,")
        let dir = try workspaceFolder(["op4.zh.md": zh, "op4.en.md": moreEn])
        let c = TestClient(root: dir)
        c.finishIndexing()
        let zhURI = dir.appendingPathComponent("op4.zh.md").absoluteString
        c.open(zhURI, zh)
        func hover(_ marked: String) -> String {
            c.request("textDocument/hover", c.at(zhURI, position(marked)))["result"]["contents"]["value"].string ?? ""
        }
        #expect(hover(zh.replacingOccurrences(of: "2\t需要", with: "⸢2\t需要")).hasSuffix("English: that cooperation is needed;"))
        #expect(hover(zh.replacingOccurrences(of: "认为", with: "认⸢为")).hasSuffix("is of the view — English: 3 items / Chinese: 2 items"))
        // The same on a code lens over the heading, showing the other version's heading.
        let lenses = c.resolvedLenses(zhURI)
        let differing = lenses.filter { $0["command"]["title"].string?.contains("items") == true }
        #expect(differing.map { $0["command"]["title"] } == [.string("English: 3 items / Chinese: 2 items")])
        #expect(differing.first?["command"]["arguments"][2][0]["uri"] == .string(dir.appendingPathComponent("op4.en.md").absoluteString))
    }

    /// The configuration's `versions` pairs files whose titles differ (意见5 against Opinion 4), as in `check`.
    @Test func theConfigurationPairsFiles() throws {
        let zh5 = zh.replacingOccurrences(of: "意见4", with: "意见5").replacingOccurrences(of: "到2030年", with: "到2035年")
        let dir = try workspaceFolder(["drafts/op5.zh.md": zh5, "drafts/op4.en.md": en,
                                       ".itudraft.json": #"{"versions": [["drafts/op5.zh.md", "./drafts/op4.en.md"]]}"#])
        let c = TestClient(root: dir)
        c.finishIndexing()
        let zhURI = dir.appendingPathComponent("drafts/op5.zh.md").absoluteString
        c.open(zhURI, zh5)
        let found = c.request("textDocument/implementation", c.at(zhURI, position(zh5.replacingOccurrences(of: "2\t需要", with: "⸢2\t需要"))))["result"]
        #expect(found["uri"] == .string(dir.appendingPathComponent("drafts/op4.en.md").absoluteString))
        c.server.flushDiagnostics()
        c.collect()
        #expect(c.published(zhURI).last?["params"]["diagnostics"].array?.contains { $0["code"] == .string("version-number-mismatch") } == true)
    }
}
