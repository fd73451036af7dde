import DraftLSP
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The real `itudraft lsp` (next to this benchmark's binary), driven over pipes.
final class ServerUnderTest {
    let pid: pid_t
    let toServer: Int32
    let fromServer: Int32
    var framer = MessageFramer()
    /// Versions of the publishDiagnostics seen, read from the raw message: decoding a 10 MB
    /// draft's findings with JSONDecoder would time the benchmark, not the server.
    var published: [(uri: String, version: Int?)] = []
    /// Responses by id, kept as bytes for the same reason.
    var responses: [Int: [UInt8]] = [:]

    init(executable: String) {
        var inPipe: [Int32] = [0, 0], outPipe: [Int32] = [0, 0]
        pipe(&inPipe); pipe(&outPipe)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, inPipe[1])
        posix_spawn_file_actions_addclose(&actions, outPipe[0])
        var pid: pid_t = 0
        var args: [UnsafeMutablePointer<CChar>?] = [strdup(executable), strdup("lsp"), nil]
        posix_spawn(&pid, executable, &actions, nil, &args, environ)
        for a in args { free(a) }
        posix_spawn_file_actions_destroy(&actions)
        close(inPipe[0]); close(outPipe[1])
        self.pid = pid
        self.toServer = inPipe[1]
        self.fromServer = outPipe[0]
    }

    /// The server's resident memory in MB, from /proc (Linux).
    var residentMB: Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return -1 }
        return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1) / 1024
    }

    func send(_ v: JSONValue) {
        let framed = MessageFramer.frame(Array(try! JSONEncoder().encode(v)))
        framed.withUnsafeBytes { b in
            var done = 0
            while done < b.count { let n = write(toServer, b.baseAddress! + done, b.count - done); if n <= 0 { return }; done += n }
        }
    }

    /// Reads what the server wrote; bounded, since a benchmark that waits forever measures nothing.
    func readOnce() {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var fds = [pollfd(fd: fromServer, events: Int16(POLLIN), revents: 0)]
        if poll(&fds, 1, 30_000) <= 0 { fatalError("no answer from the server within 30 s") }
        let n = buffer.withUnsafeMutableBytes { read(fromServer, $0.baseAddress, $0.count) }
        if n <= 0 { fatalError("the server closed its output") }
        for case .message(let body) in framer.feed(buffer[0..<n]) {
            if let p = Self.publishHead(body) { published.append(p); continue }
            if let id = Self.responseID(body) { responses[id] = body; continue }
            answerServer(body)
        }
    }

    /// True once the server's workspace walk has ended (its `$/progress` end).
    var indexed = false

    /// Requests from the server are answered (a progress token is accepted) and the end of
    /// indexing noted; logs are not measured.
    func answerServer(_ body: [UInt8]) {
        guard let message = try? JSONDecoder().decode(JSONValue.self, from: Data(body)) else { return }
        if message["method"] == .string("$/progress"), message["params"]["value"]["kind"] == .string("end") { indexed = true }
        if case .string = message["method"], !message["id"].isNull {
            send(.object(["jsonrpc": .string("2.0"), "id": message["id"], "result": .null]))
        }
    }

    /// The uri and version of a publishDiagnostics notification, found without decoding the findings.
    static func publishHead(_ body: [UInt8]) -> (uri: String, version: Int?)? {
        let head = String(decoding: body.prefix(200), as: UTF8.self)
        guard head.contains("\"method\":\"textDocument/publishDiagnostics\"") else { return nil }
        let tail = String(decoding: body.suffix(300), as: UTF8.self)
        let uri = tail.split(separator: "\"uri\":\"").last.map { String($0.prefix { $0 != "\"" }) } ?? ""
        let version = tail.split(separator: "\"version\":").last.flatMap { Int($0.prefix { $0.isNumber }) }
        return (uri, version)
    }

    /// Waits for the publishDiagnostics of `uri` (at `version` when given).
    func waitForPublish(uri: String, version: Int? = nil) {
        while true {
            if let i = published.firstIndex(where: { $0.uri == uri && (version == nil || $0.version == version) }) {
                published.remove(at: i)
                return
            }
            readOnce()
        }
    }

    /// The id of a response: the server writes it first, `{"id":N,…`.
    static func responseID(_ body: [UInt8]) -> Int? {
        let prefix = Array(#"{"id":"#.utf8)
        guard body.starts(with: prefix) else { return nil }
        return Int(String(decoding: body.dropFirst(prefix.count).prefix { $0 >= 0x30 && $0 <= 0x39 }, as: UTF8.self))
    }

    /// Sends a request and returns its response's bytes.
    @discardableResult
    func request(_ id: Int, _ method: String, _ params: JSONValue) -> [UInt8] {
        send(.object(["jsonrpc": .string("2.0"), "id": .int(id), "method": .string(method), "params": params]))
        while responses[id] == nil { readOnce() }
        return responses.removeValue(forKey: id)!
    }

    func notify(_ method: String, _ params: JSONValue) {
        send(.object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params]))
    }

    func stop() {
        close(toServer)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(fromServer)
    }
}

enum ServerBench {
    /// The 57 KB keystroke with no workspace, which the workspace keystroke is compared with.
    nonisolated(unsafe) static var smallKeystroke = 0.0

    static func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

    static func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

    /// Median time from a didChange to its publishDiagnostics, with the debounce set to 0,
    /// alternately adding and removing a doubled 的 so the findings change every time.
    static func keystroke(_ server: ServerUnderTest, uri: String, line: Int, runs: Int) -> Double {
        var times: [Double] = []
        for k in 0..<runs {
            let adding = k % 2 == 0
            let change: JSONValue = .object(["range": .object(["start": .object(["line": .int(line), "character": .int(0)]),
                                                               "end": .object(["line": .int(line), "character": .int(adding ? 0 : 2)])]),
                                             "text": .string(adding ? "的的" : "")])
            let start = ContinuousClock.now
            server.notify("textDocument/didChange", .object(["textDocument": .object(["uri": .string(uri), "version": .int(k + 2)]), "contentChanges": .array([change])]))
            server.waitForPublish(uri: uri, version: k + 2)
            times.append(seconds(ContinuousClock.now - start))
        }
        return median(times)
    }

    static func run(executable: String, seed002: String, big: String) {
        print("language server over pipes (\(executable)):")
        var starts: [Double] = []
        for _ in 0..<5 {
            let start = ContinuousClock.now
            let s = ServerUnderTest(executable: executable)
            s.request(1, "initialize", .object(["capabilities": .object([:])]))
            starts.append(seconds(ContinuousClock.now - start))
            s.stop()
        }
        print("  cold start to initialize reply   \(ms(starts.min()!)) ms (best of 5)")

        let s = ServerUnderTest(executable: executable)
        s.request(1, "initialize", .object(["capabilities": .object(["textDocument": .object(["documentSymbol": .object(["hierarchicalDocumentSymbolSupport": .bool(true)])])]),
                                                 "initializationOptions": .object(["diagnosticsDelayMs": .int(0)])]))
        s.notify("initialized", .object([:]))
        let uri = "file:///bench/002.txt"
        s.notify("textDocument/didOpen", .object(["textDocument": .object(["uri": .string(uri), "languageId": .string("itu"), "version": .int(1), "text": .string(seed002)])]))
        s.waitForPublish(uri: uri)
        let small = keystroke(s, uri: uri, line: 250, runs: 41)
        print("  keystroke → diagnostics, seed 002 (57 KB)  \(ms(small)) ms (median of 41)")
        var hovers: [Double] = [], symbols: [Double] = []
        for k in 0..<21 {
            var t = ContinuousClock.now
            s.request(100 + k, "textDocument/hover", .object(["textDocument": .object(["uri": .string(uri)]), "position": .object(["line": .int(251), "character": .int(18)])]))
            hovers.append(seconds(ContinuousClock.now - t))
            t = ContinuousClock.now
            s.request(200 + k, "textDocument/documentSymbol", .object(["textDocument": .object(["uri": .string(uri)])]))
            symbols.append(seconds(ContinuousClock.now - t))
        }
        print("  hover round trip                 \(ms(median(hovers))) ms")
        print("  documentSymbol round trip        \(ms(median(symbols))) ms")

        let rssBefore = s.residentMB
        let bigURI = "file:///bench/big.txt"
        // What an editor sends on opening a file: the text, then outline, lenses, tokens, folding at once.
        let doc = JSONValue.object(["textDocument": .object(["uri": .string(bigURI)])])
        let open = ContinuousClock.now
        s.notify("textDocument/didOpen", .object(["textDocument": .object(["uri": .string(bigURI), "languageId": .string("itu"), "version": .int(1), "text": .string(big)])]))
        var sizes: [String: Int] = [:]
        for (k, method) in ["textDocument/documentSymbol", "textDocument/codeLens", "textDocument/semanticTokens/full", "textDocument/foldingRange"].enumerated() {
            sizes[method] = s.request(300 + k, method, doc).count
        }
        print("  open burst on the 10 MB draft (open, outline, code lens, tokens, folding)  \(ms(seconds(ContinuousClock.now - open))) ms")
        s.waitForPublish(uri: bigURI)
        for method in ["textDocument/documentSymbol", "textDocument/codeLens"] {
            var times: [Double] = []
            for k in 0..<3 {
                let t = ContinuousClock.now
                s.request(400 + k, method, doc)
                times.append(seconds(ContinuousClock.now - t))
            }
            print("  \(method) on the 10 MB draft  \(ms(median(times))) ms, reply \(sizes[method]! / 1000) KB")
        }
        smallKeystroke = small
        let large = keystroke(s, uri: bigURI, line: 250, runs: 5)
        print("  keystroke → diagnostics, 10 MB draft  \(ms(large)) ms (median of 5)")
        print("  ratio 10 MB / 57 KB keystroke: \(Int((large / small).rounded()))x for \(big.utf8.count / seed002.utf8.count)x the text")
        let rssOpen = s.residentMB
        s.notify("textDocument/didClose", .object(["textDocument": .object(["uri": .string(bigURI)])]))
        s.request(500, "textDocument/hover", .object(["textDocument": .object(["uri": .string(uri)]), "position": .object(["line": .int(251), "character": .int(18)])]))
        print("  RSS before the 10 MB draft \(rssBefore) MB, open \(rssOpen) MB, closed \(s.residentMB) MB")
        s.stop()
    }
}
