import DraftLSP
import DraftSyntax
import Foundation
import Synchronization
import Testing

/// Captures everything the server sends.
final class CapturingSink: MessageSink, @unchecked Sendable {
    private let store = Mutex<[JSONValue]>([])
    func send(_ body: [UInt8]) {
        let v = try! JSONDecoder().decode(JSONValue.self, from: Data(body))
        store.withLock { $0.append(v) }
    }
    func take() -> [JSONValue] { store.withLock { s in defer { s.removeAll() }; return s } }
}

/// What a modern client declares for the features whose replies depend on it: code action
/// literals, related information, prepareRename, every completion kind, workspace/applyEdit.
let capableClient: JSONValue = .object([
    "workspace": .object(["applyEdit": .bool(true)]),
    "textDocument": .object([
        "codeAction": .object(["isPreferredSupport": .bool(true),
                               "codeActionLiteralSupport": .object(["codeActionKind": .object(["valueSet": .array([.string("quickfix"), .string("refactor"), .string("source")])])])]),
        "publishDiagnostics": .object(["relatedInformation": .bool(true)]),
        "rename": .object(["prepareSupport": .bool(true)]),
        "completion": .object(["completionItemKind": .object(["valueSet": .array((1...25).map { .int($0) })])]),
    ]),
])

/// Applies LSP edits (UTF-16 positions) to `text`.
func apply(_ edits: [JSONValue], to text: String) -> String {
    let source = SourceText(text)
    let byteEdits = edits.map { e -> (ByteRange, String) in
        func offset(_ p: JSONValue) -> Int { source.lines.offset(of: LinePosition(line: p["line"].int!, column: p["character"].int!), in: .utf16) }
        return (ByteRange(offset(e["range"]["start"]), offset(e["range"]["end"])), e["newText"].string!)
    }
    var bytes = Array(text.utf8)
    for (r, t) in byteEdits.sorted(by: { $0.0.start > $1.0.start }) { bytes.replaceSubrange(r.start..<r.end, with: Array(t.utf8)) }
    return String(decoding: bytes, as: UTF8.self)
}

/// An in-process client: marked text in (⸢ marks the cursor), results out.
final class TestClient {
    let sink = CapturingSink()
    let server: LanguageServer
    var nextID = 1
    var notifications: [JSONValue] = []

    init(capabilities: JSONValue = .object([:]), locale: String? = nil, initializationOptions: JSONValue? = nil,
         root: URL? = nil, initialize: Bool = true) {
        server = LanguageServer(sink: sink)
        if initialize {
            var params: [String: JSONValue] = ["capabilities": capabilities, "rootUri": root.map { .string($0.absoluteString) } ?? .null]
            if let locale { params["locale"] = .string(locale) }
            if let initializationOptions { params["initializationOptions"] = initializationOptions }
            _ = request("initialize", .object(params))
            notify("initialized", .object([:]))
        }
    }

    static func body(_ v: JSONValue) -> [UInt8] { Array(try! JSONEncoder().encode(v)) }

    func notify(_ method: String, _ params: JSONValue) {
        server.handle(Self.body(.object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params])))
        collect()
    }

    /// Sends a request and returns its whole response (result or error).
    @discardableResult
    func request(_ method: String, _ params: JSONValue) -> JSONValue {
        let id = nextID
        nextID += 1
        server.handle(Self.body(.object(["jsonrpc": .string("2.0"), "id": .int(id), "method": .string(method), "params": params])))
        return collect().first { $0["id"] == .int(id) } ?? .null
    }

    @discardableResult
    func collect() -> [JSONValue] {
        let all = sink.take()
        notifications += all.filter { !$0["method"].isNull }
        return all.filter { $0["method"].isNull }
    }

    /// Requests the server sent the client (progress tokens, registrations), answered with `result`.
    func answerServerRequests(_ result: JSONValue = .null) -> [JSONValue] {
        let asked = notifications.filter { !$0["id"].isNull }
        notifications.removeAll { !$0["id"].isNull }
        for r in asked {
            server.handle(Self.body(.object(["jsonrpc": .string("2.0"), "id": r["id"], "result": result])))
        }
        collect()
        return asked
    }

    /// Lets the background indexer finish and delivers what it found.
    func finishIndexing() {
        server.finishBackgroundWork()
        server.flushDiagnostics()
        collect()
    }

    func notifications(_ method: String) -> [JSONValue] { notifications.filter { $0["method"] == .string(method) } }

    func published(_ uri: String) -> [JSONValue] {
        notifications.filter { $0["method"] == .string("textDocument/publishDiagnostics") && $0["params"]["uri"] == .string(uri) }
    }

    /// Opens `marked` and returns the cursor's position (UTF-16 unless told otherwise).
    @discardableResult
    func open(_ uri: String, _ marked: String, encoding: PositionEncoding = .utf16) -> JSONValue {
        let plain = marked.replacingOccurrences(of: "⸢", with: "")
        notify("textDocument/didOpen", .object(["textDocument": .object([
            "uri": .string(uri), "languageId": .string("itu"), "version": .int(1), "text": .string(plain)])]))
        guard let idx = marked.range(of: "⸢") else { return .null }
        let offset = marked[..<idx.lowerBound].utf8.count
        let p = SourceText(plain).lines.position(of: offset, in: encoding)
        return .object(["line": .int(p.line), "character": .int(p.column)])
    }

    /// The code lenses of `uri`, each resolved as an editor resolves those it shows.
    func resolvedLenses(_ uri: String) -> [JSONValue] {
        let lenses = request("textDocument/codeLens", .object(["textDocument": .object(["uri": .string(uri)])]))["result"].array ?? []
        return lenses.map { request("codeLens/resolve", $0)["result"] }
    }

    func at(_ uri: String, _ position: JSONValue) -> JSONValue {
        .object(["textDocument": .object(["uri": .string(uri)]), "position": position])
    }
}

let seed002 = try! String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("seeds/002_db145d36bf45e405.txt"), encoding: .utf8)

let smallOpinion = """
意见1：测试意见
第六届论坛（2021年，日内瓦），
忆及
a)\t有关“国际电联战略规划”的全权代表大会第71号决议（2018年，迪拜，修订版）；
b)\t[待定的]第二项，
认为
1\t第一段：
i)\t分项；
ii)\t分项；
2\t上述认为1段所述的内容，
请秘书长
支持上述工作。
"""
