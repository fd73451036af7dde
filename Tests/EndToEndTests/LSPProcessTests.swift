import DraftLSP
import Foundation
import Synchronization
import Testing

/// Drives the real `itudraft lsp` over pipes.
final class LSPProcess: @unchecked Sendable {
    let process = Process()
    let input = Pipe()
    let output = Pipe()
    private let received = Mutex<[JSONValue]>([])
    private let arrived = DispatchSemaphore(value: 0)

    init() throws {
        _ = Binary.ignoreBrokenPipes
        process.executableURL = Binary.url
        process.arguments = ["lsp"]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let handle = output.fileHandleForReading
        Thread.detachNewThread { [self] in
            var framer = MessageFramer()
            while true {
                let data = handle.availableData
                if data.isEmpty { break }
                for case .message(let body) in framer.feed(Array(data)) {
                    if let v = try? JSONDecoder().decode(JSONValue.self, from: Data(body)) {
                        received.withLock { $0.append(v) }
                        arrived.signal()
                    }
                }
            }
        }
    }

    /// A server that has exited (after `exit`) makes the write fail; the test then sees no answer.
    func sendRaw(_ bytes: [UInt8]) { try? input.fileHandleForWriting.write(contentsOf: Data(bytes)) }
    func send(_ v: JSONValue) { sendRaw(MessageFramer.frame(Array(try! JSONEncoder().encode(v)))) }

    func request(_ id: Int, _ method: String, _ params: JSONValue) -> JSONValue? {
        send(.object(["jsonrpc": .string("2.0"), "id": .int(id), "method": .string(method), "params": params]))
        return wait { $0["id"] == .int(id) }
    }

    func notify(_ method: String, _ params: JSONValue) {
        send(.object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params]))
    }

    /// Waits (bounded) for a message matching `match`, consuming it.
    func wait(seconds: Double = 10, _ match: (JSONValue) -> Bool) -> JSONValue? {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if let hit = received.withLock({ msgs -> JSONValue? in
                guard let i = msgs.firstIndex(where: match) else { return nil }
                return msgs.remove(at: i)
            }) { return hit }
            if Date() > deadline { return nil }
            _ = arrived.wait(timeout: .now() + 0.05)
        }
    }

    func closeInput() { try? input.fileHandleForWriting.close() }

    func exitStatus(seconds: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning { process.terminate(); return nil }
        return process.terminationStatus
    }

    func initialize(_ caps: JSONValue = .object([:])) -> JSONValue? {
        let r = request(0, "initialize", .object(["processId": .null, "rootUri": .null, "capabilities": caps]))
        notify("initialized", .object([:]))
        return r
    }
}

@Suite struct LSPProcessTests {
    let seed = try! String(contentsOf: Binary.root.appendingPathComponent("seeds/002_db145d36bf45e405.txt"), encoding: .utf8)
    let uri = "file:///tmp/itudraft-e2e/002.txt"

    func open(_ s: LSPProcess, _ text: String) {
        s.notify("textDocument/didOpen", .object(["textDocument": .object(["uri": .string(uri), "languageId": .string("itu"), "version": .int(1), "text": .string(text)])]))
    }

    func at(_ line: Int, _ character: Int) -> JSONValue {
        .object(["textDocument": .object(["uri": .string(uri)]), "position": .object(["line": .int(line), "character": .int(character)])])
    }

    @Test func wholeLifecycleAndEveryFeatureOnSeed002() throws {
        let s = try LSPProcess()
        let initResult = try #require(s.initialize(.object(["textDocument": .object([
            "documentSymbol": .object(["hierarchicalDocumentSymbolSupport": .bool(true)]),
            "codeAction": .object(["codeActionLiteralSupport": .object(["codeActionKind": .object(["valueSet": .array([.string("quickfix")])])])]),
        ])])))
        #expect(initResult["result"]["serverInfo"]["name"] == .string("itudraft"))
        open(s, seed)
        let diags = try #require(s.wait { $0["method"] == .string("textDocument/publishDiagnostics") })
        let codes = diags["params"]["diagnostics"].array?.compactMap { $0["code"].string } ?? []
        #expect(codes.contains("doubled-character") && codes.contains("quote-stray-close") && codes.contains("abbr-two-abbreviations"))
        let symbols = try #require(s.request(1, "textDocument/documentSymbol", .object(["textDocument": .object(["uri": .string(uri)])]))?["result"].array)
        #expect(symbols.map { $0["name"].string!.prefix(6) } == ["意见1草案：", "意见2草案：", "意见3草案：", "意见4草案：", "意见5草案："])
        let hover = s.request(2, "textDocument/hover", at(251, 18))?["result"]["contents"]["value"].string ?? ""
        #expect(hover.contains("认为 1"))
        let citation = s.request(3, "textDocument/hover", at(222, 40))?["result"]["contents"]["value"].string ?? ""
        #expect(citation.contains("PP Resolution 71"))
        let def = s.request(4, "textDocument/definition", at(251, 18))?["result"].array?.first
        #expect(def?["range"]["start"]["line"] == .int(249))
        let refs = s.request(5, "textDocument/references", .object(["textDocument": .object(["uri": .string(uri)]), "position": .object(["line": .int(249), "character": .int(0)]), "context": .object(["includeDeclaration": .bool(false)])]))?["result"].array
        #expect(refs?.count == 5, "上述认为1段 four times and 认为1段 once")
        let hl = s.request(6, "textDocument/documentHighlight", at(251, 18))?["result"].array
        #expect(hl?.count == 6)
        let folds = s.request(7, "textDocument/foldingRange", .object(["textDocument": .object(["uri": .string(uri)])]))?["result"].array
        #expect((folds?.count ?? 0) > 30)
        let actions = s.request(8, "textDocument/codeAction", .object(["textDocument": .object(["uri": .string(uri)]),
            "range": .object(["start": .object(["line": .int(261), "character": .int(0)]), "end": .object(["line": .int(261), "character": .int(30)])]),
            "context": .object(["diagnostics": .array([])])]))?["result"].array
        #expect(actions?.contains { $0["kind"] == .string("quickfix") } == true)
        #expect(s.request(9, "shutdown", .null)?["result"] == .null)
        s.notify("exit", .null)
        #expect(s.exitStatus() == 0)
    }

    @Test func incrementalEditsAddAndRemoveAMistake() throws {
        let s = try LSPProcess()
        _ = s.request(0, "initialize", .object(["capabilities": .object([:]), "initializationOptions": .object(["diagnosticsDelayMs": .int(20)])]))
        s.notify("initialized", .object([:]))
        let clean = "意见1：题\n论坛（2021年，日内瓦），\n忆及\na) 一；\nb) 二，\n认为\n1 做。\n"
        open(s, clean)
        #expect(s.wait { $0["method"] == .string("textDocument/publishDiagnostics") }?["params"]["diagnostics"].array?.isEmpty == true)
        func change(_ version: Int, _ line: Int, _ from: Int, _ to: Int, _ text: String) {
            s.notify("textDocument/didChange", .object(["textDocument": .object(["uri": .string(uri), "version": .int(version)]), "contentChanges": .array([
                .object(["range": .object(["start": .object(["line": .int(line), "character": .int(from)]), "end": .object(["line": .int(line), "character": .int(to)])]), "text": .string(text)])])]))
        }
        change(2, 3, 3, 3, "的的")
        let added = s.wait { $0["method"] == .string("textDocument/publishDiagnostics") }
        #expect(added?["params"]["diagnostics"][0]["code"] == .string("doubled-character"))
        #expect(added?["params"]["version"] == .int(2))
        change(3, 3, 3, 5, "")
        #expect(s.wait { $0["method"] == .string("textDocument/publishDiagnostics") }?["params"]["diagnostics"].array?.isEmpty == true)
        s.closeInput()
        #expect(s.exitStatus() == 1, "stdin closed without shutdown")
    }

    @Test func utf16AndUTF8ColumnsWithChineseAndEmoji() throws {
        let text = "意见1：题\n论坛（2021年，日内瓦），\n忆及\na) 😀汉字的的；\nb) 二，\n认为\n1 做。\n"
        for (caps, expected) in [(JSONValue.object([:]), 7), (.object(["general": .object(["positionEncodings": .array([.string("utf-8")])])]), 13)] {
            let s = try LSPProcess()
            _ = s.initialize(caps)
            open(s, text)
            let d = s.wait { $0["method"] == .string("textDocument/publishDiagnostics") }
            #expect(d?["params"]["diagnostics"][0]["range"]["start"]["character"] == .int(expected))
            s.closeInput()
            _ = s.exitStatus()
        }
    }

    @Test func protocolErrorsKeepTheServerAlive() throws {
        let s = try LSPProcess()
        #expect(s.request(1, "textDocument/hover", at(0, 0))?["error"]["code"] == .int(-32002))
        s.sendRaw(MessageFramer.frame(Array("{broken".utf8)))
        #expect(s.wait { $0["error"]["code"] == .int(-32700) } != nil)
        s.sendRaw(Array("Content-Length: x\r\n\r\n".utf8))
        _ = s.initialize()
        #expect(s.request(2, "no/such/method", .object([:]))?["error"]["code"] == .int(-32601))
        #expect(s.request(3, "textDocument/hover", .object([:]))?["error"]["code"] == .int(-32602))
        open(s, seed)
        #expect(s.request(4, "textDocument/hover", at(99999, 99999))?["error"].isNull == true, "out of range is clamped")
        #expect(s.request(5, "shutdown", .null)?["result"] == .null)
        s.closeInput()
        #expect(s.exitStatus() == 0, "stdin closed after shutdown")
    }
}

/// The real server on a folder of drafts citing each other: it indexes in the background with
/// progress, answers workspace/symbol, references across files and completion, and reports a
/// wrong configuration file on itself.
@Suite struct LSPWorkspaceProcessTests {
    func draft(_ n: Int, _ recalling: String) -> String {
        "意见\(n)：题\(n)\n第六届世界电信/信息通信技术政策论坛（2021年，日内瓦），\n忆及\na)\t\(recalling)，\n认为\n1\t做。\n"
    }

    @Test func aFolderOfDrafts() throws {
        let dir = try Binary.temporaryDirectory()
        let files = [
            "a.md": draft(1, "有关“国际电联2020-2023年战略规划”的第71号决议（2018年，迪拜，修订版）"),
            "b.md": draft(2, "第71号决议（2018年，迪拜，修订版）"), "c/c.txt": draft(3, "第71号决议（2014年，釜山）"),
            "seed.txt": try String(contentsOf: Binary.root.appendingPathComponent("seeds/002_db145d36bf45e405.txt"), encoding: .utf8),
        ]
        for (path, text) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let s = try LSPProcess()
        let caps: JSONValue = .object(["window": .object(["workDoneProgress": .bool(true)])])
        _ = s.request(0, "initialize", .object(["capabilities": caps, "rootUri": .string(dir.absoluteString),
                                                "initializationOptions": .object(["diagnosticsDelayMs": .int(0)])]))
        s.notify("initialized", .object([:]))
        let create = s.wait { $0["method"] == .string("window/workDoneProgress/create") }
        #expect(create != nil)
        s.send(.object(["jsonrpc": .string("2.0"), "id": create?["id"] ?? .null, "result": .null]))
        #expect(s.wait { $0["method"] == .string("$/progress") && $0["params"]["value"]["kind"] == .string("end") } != nil)

        let symbols = s.request(1, "workspace/symbol", .object(["query": .string("意见草案1")]))?["result"].array ?? []
        #expect(symbols.first?["location"]["uri"].string?.hasSuffix("seed.txt") == true, "draft Opinion 1 of seed 002: \(symbols.first ?? .null)")
        #expect(s.request(2, "workspace/symbol", .object(["query": .string("意见3")]))?["result"][0]["location"]["uri"].string?.hasSuffix("c/c.txt") == true)

        let b = dir.appendingPathComponent("b.md").absoluteString
        s.notify("textDocument/didOpen", .object(["textDocument": .object(["uri": .string(b), "languageId": .string("itu"), "version": .int(1), "text": .string(files["b.md"]!)])]))
        let refs = s.request(3, "textDocument/references", .object(["textDocument": .object(["uri": .string(b)]),
                                                                     "position": .object(["line": .int(3), "character": .int(5)]),
                                                                     "context": .object(["includeDeclaration": .bool(false)])]))?["result"].array ?? []
        // Three drafts cite Resolution 71; seed 002 cites it too.
        #expect(refs.count >= 4 && Set(refs.compactMap { $0["uri"].string }).count == 4, "\(refs)")
        let completion = s.request(4, "textDocument/completion", .object(["textDocument": .object(["uri": .string(b)]),
                                                                          "position": .object(["line": .int(6), "character": .int(0)])]))
        #expect(completion?["result"]["items"].array?.contains { $0["label"] == .string("请秘书长") } == true)
        #expect(s.request(5, "shutdown", .null)?["result"] == .null)
        s.notify("exit", .null)
        #expect(s.exitStatus() == 0)
    }
}

/// The editing features of the real server: formatting, rename, the renumber action, semantic
/// tokens, code lens, inlay hints and selection ranges answer over pipes.
@Suite struct LSPEditingProcessTests {
    @Test func editingFeatures() throws {
        let s = try LSPProcess()
        _ = s.request(0, "initialize", .object(["capabilities": .object([:]), "initializationOptions": .object(["diagnosticsDelayMs": .int(0)])]))
        s.notify("initialized", .object([:]))
        let uri = "file:///tmp/itudraft-e2e-edit.md"
        let text = "意见1：题\n论坛（2021年，日内瓦）\n忆及\na)\t技术(ICT)；\nb)\t二，\n认为\n1\t一；\n3\t见上述认为1段，\n"
        s.notify("textDocument/didOpen", .object(["textDocument": .object(["uri": .string(uri), "languageId": .string("itu"), "version": .int(1), "text": .string(text)])]))
        let doc: JSONValue = .object(["uri": .string(uri)])
        func at(_ line: Int, _ character: Int) -> JSONValue { .object(["line": .int(line), "character": .int(character)]) }
        let formatting = s.request(1, "textDocument/formatting", .object(["textDocument": doc, "options": .object([:])]))?["result"].array ?? []
        #expect(formatting.map { $0["newText"].string ?? "" } == ["论坛（2021年，日内瓦），", "a)\t技术（ICT）；", "3\t见上述认为1段。"])
        let rename = s.request(2, "textDocument/rename", .object(["textDocument": doc, "position": at(6, 0), "newName": .string("2")]))
        #expect(rename?["result"]["changes"][uri].array?.map { $0["newText"].string ?? "" } == ["2", "2"])
        let actions = s.request(3, "textDocument/codeAction", .object(["textDocument": doc, "range": .object(["start": at(7, 0), "end": at(7, 0)]),
                                                                      "context": .object(["diagnostics": .array([])])]))?["result"].array ?? []
        #expect(actions.contains { $0["title"].string?.hasPrefix("Renumber") == true })
        #expect((s.request(4, "textDocument/semanticTokens/full", .object(["textDocument": doc]))?["result"]["data"].array?.count ?? 0) > 20)
        #expect(s.request(5, "textDocument/codeLens", .object(["textDocument": doc]))?["result"].array?.isEmpty == false)
        let hints = s.request(6, "textDocument/inlayHint", .object(["textDocument": doc, "range": .object(["start": at(0, 0), "end": at(9, 0)])]))?["result"].array ?? []
        #expect(hints.contains { $0["label"] == .string("→ 一；") })
        #expect(s.request(7, "textDocument/selectionRange", .object(["textDocument": doc, "positions": .array([at(7, 4)])]))?["result"][0]["parent"].isNull == false)
        #expect(s.request(8, "shutdown", .null)?["result"] == .null)
        s.notify("exit", .null)
        #expect(s.exitStatus() == 0)
    }
}

@Suite struct DeadClientTests {
    /// A client whose pipe is gone: the server says why on stderr and ends, it does not hang.
    @Test func aClosedOutputPipeEndsTheServer() throws {
        let p = Process()
        p.executableURL = Binary.url
        p.arguments = ["lsp"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = errors
        try p.run()
        try output.fileHandleForReading.close()
        let body = Array(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#.utf8)
        _ = Binary.ignoreBrokenPipes
        try? input.fileHandleForWriting.write(contentsOf: Data(MessageFramer.frame(body)))
        let deadline = Date().addingTimeInterval(20)
        while p.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        #expect(!p.isRunning)
        if p.isRunning { p.terminate(); return }
        #expect(p.terminationStatus == 1)
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(said.contains("cannot write to the client"), "\(said)")
    }
}

@Suite struct ParityTests {
    /// The real CLI and the real server say the same of seed 002: the same codes at the same
    /// places (the server asked for UTF-32 columns, which are the CLI's characters).
    @Test func theCLIAndTheServerAgree() throws {
        let path = Binary.root.appendingPathComponent("seeds/002_db145d36bf45e405.txt")
        let cli = try Binary.run(["check", "--format", "json", path.path])
        let report = try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as! [String: Any]
        let fromCLI = ((report["files"] as! [[String: Any]])[0]["diagnostics"] as! [[String: Any]]).map { d -> String in
            let start = (d["range"] as! [String: Any])["start"] as! [String: Int]
            return "\(d["code"] as! String) \(start["line"]! - 1):\(start["column"]! - 1)"
        }
        let s = try LSPProcess()
        _ = s.initialize(.object(["general": .object(["positionEncodings": .array([.string("utf-32")])])]))
        let text = try String(contentsOf: path, encoding: .utf8)
        s.notify("textDocument/didOpen", .object(["textDocument": .object([
            "uri": .string(path.absoluteString), "languageId": .string("itu"), "version": .int(1), "text": .string(text)])]))
        let published = try #require(s.wait { $0["method"] == .string("textDocument/publishDiagnostics") })
        let fromServer = (published["params"]["diagnostics"].array ?? []).map { d in
            "\(d["code"].string!) \(d["range"]["start"]["line"].int!):\(d["range"]["start"]["character"].int!)"
        }
        #expect(!fromCLI.isEmpty)
        #expect(fromServer == fromCLI)
        _ = s.request(9, "shutdown", .null)
        s.notify("exit", .null)
    }
}
