import DraftAnalysis
import DraftSyntax
import Dispatch
import FoundationEssentials
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// An error answered to a request.
struct ResponseError: Error {
    let code: Int
    let message: String
}

/// What the client said it can do, read once from `initialize`.
struct ClientCapabilities {
    var hierarchicalSymbols = false
    var markdownHover = false
    var pullDiagnostics = false
    var relatedInformation = false
    var workDoneProgress = false
    var watchedFilesRegistration = false
    var inlayHintRefresh = false
    var prepareRename = false
    /// Completion item kinds beyond 1–18 (Text … Reference) that the client declared.
    var completionKinds: Set<Int> = []
    /// Code actions as literals; without it only Commands (executed by workspace/executeCommand).
    var codeActionLiterals = false
    var isPreferred = false
    var applyEdit = false

    init() {}

    init(_ caps: JSONValue) {
        let td = caps["textDocument"]
        workDoneProgress = caps["window"]["workDoneProgress"].bool ?? false
        watchedFilesRegistration = caps["workspace"]["didChangeWatchedFiles"]["dynamicRegistration"].bool ?? false
        inlayHintRefresh = caps["workspace"]["inlayHint"]["refreshSupport"].bool ?? false
        hierarchicalSymbols = td["documentSymbol"]["hierarchicalDocumentSymbolSupport"].bool ?? false
        markdownHover = td["hover"]["contentFormat"].array?.contains(.string("markdown")) ?? false
        pullDiagnostics = !td["diagnostic"].isNull
        relatedInformation = td["publishDiagnostics"]["relatedInformation"].bool ?? false
        prepareRename = td["rename"]["prepareSupport"].bool ?? false
        completionKinds = Set(td["completion"]["completionItemKind"]["valueSet"].array?.compactMap(\.int) ?? [])
        codeActionLiterals = !td["codeAction"]["codeActionLiteralSupport"].isNull
        isPreferred = td["codeAction"]["isPreferredSupport"].bool ?? false
        applyEdit = caps["workspace"]["applyEdit"].bool ?? false
    }

    /// `kind` if the client knows it, else the nearest kind every client knows (1–18).
    func completionKind(_ kind: Int) -> Int {
        kind <= 18 || completionKinds.contains(kind) ? kind : 12  // EnumMember → Value
    }
}

/// The language server: lifecycle, the document store, dispatch and diagnostics scheduling.
/// All state is touched on one thread (the main loop, or the test driving it); the stdin reader
/// only enqueues bodies and records cancellations.
public final class LanguageServer: @unchecked Sendable {
    enum Phase { case uninitialized, running, shuttingDown }

    let sink: MessageSink
    var phase = Phase.uninitialized
    var encoding = PositionEncoding.utf16
    var language = TextLanguage.en
    var client = ClientCapabilities()
    var documents: [String: OpenDocument] = [:]
    /// When each document's diagnostics are due (debounced after a change).
    var due: [String: UInt64] = [:]
    var lastPublished: [String: [LSPDiagnostic]] = [:]
    var diagnosticsDelayNanos: UInt64 = 150_000_000
    public private(set) var exitCode: Int32?

    // Workspace: folders, configurations, the index of files on disk.
    var roots: [String] = []
    let settings = SettingsStore(exists: { FileManager.default.fileExists(atPath: $0) },
                                 read: { try FileReading.read($0) })
    var index = WorkspaceIndex()
    /// Open documents whose summary in `index` is older than their text.
    var staleSummaries: Set<String> = []
    /// Each open document's cross-file facts when last put in the index, to tell when others must be re-checked.
    var citedFacts: [String: Int] = [:]
    var indexing = IndexingState()
    /// Configuration files with findings published, to clear them once fixed.
    var configFindings: [String: String] = [:]
    /// Requests the server sent and awaits: id → method.
    var outgoing: [JSONValue: (method: String, about: JSONValue)] = [:]
    var nextOutgoingID = 1
    /// Messages to show once the client is ready for them (after `initialized`).
    var pendingMessages: [String] = []
    var semanticTokens = SemanticTokensCache()
    /// Configuration files open in the editor, checked as they are typed.
    var configBuffers: [String: SourceText] = [:]

    private let inbox = Mutex<[Incoming]>([])
    private let wake = DispatchSemaphore(value: 0)
    private let cancelled = Mutex<Set<JSONValue>>([])

    enum Incoming {
        case body([UInt8])
        case badHeader(String)
        case end
        /// Summaries from the background indexer; `generation` tells a stale walk's from the current one's.
        case indexed(generation: Int, [FileSummary], total: Int, finished: Bool, truncated: Bool)
    }

    public init(sink: MessageSink) { self.sink = sink }

    // MARK: Running over stdio

    /// Reads `inputFD` on its own thread and serves until `exit` or the end of input.
    public func run(inputFD: Int32) -> Int32 {
        let reading = StdinReader.start(fd: inputFD, onBody: { [self] body in enqueue(.body(body)) },
                                        onBadHeader: { [self] h in enqueue(.badHeader(h)) }, onEnd: { [self] in enqueue(.end) })
        guard reading else {
            log("cannot start the thread that reads the client's messages")
            return 1
        }
        while exitCode == nil {
            if let next = due.values.min() {
                _ = wake.wait(timeout: DispatchTime(uptimeNanoseconds: next))
            } else {
                wake.wait()
            }
            let batch = inbox.withLock { q -> [Incoming] in defer { q.removeAll() }; return q }
            for item in batch where exitCode == nil {
                switch item {
                case .body(let b): handle(b)
                case .badHeader(let h): log("ignored a message with a bad header: \(h.prefix(80))")
                case .end: exitCode = phase == .shuttingDown ? 0 : 1
                case .indexed(let g, let batch, let total, let finished, let truncated):
                    receiveIndexed(generation: g, batch, total: total, finished: finished, truncated: truncated)
                }
            }
            publishDue(now: DispatchTime.now().uptimeNanoseconds)
        }
        return exitCode!
    }

    func enqueue(_ item: Incoming) {
        if case .body(let b) = item { noteCancellation(b) }
        inbox.withLock { $0.append(item) }
        wake.signal()
    }

    /// Cancellations must not wait behind the requests they cancel: they are noted on arrival.
    private func noteCancellation(_ body: [UInt8]) {
        guard body.count < 200, let msg = try? JSONDecoder().decode(JSONValue.self, from: Data(body)),
              msg["method"].string == "$/cancelRequest" else { return }
        let id = msg["params"]["id"]
        cancelled.withLock { _ = $0.insert(id) }
    }

    /// Waits for the background indexer and handles what it sent (in-process tests and benchmarks).
    public func finishBackgroundWork() {
        indexing.group.wait()
        let batch = inbox.withLock { q -> [Incoming] in defer { q.removeAll() }; return q }
        for case .indexed(let g, let summaries, let total, let finished, let truncated) in batch {
            receiveIndexed(generation: g, summaries, total: total, finished: finished, truncated: truncated)
        }
    }

    /// Handles bodies that arrived together, as the main loop does with one read's worth.
    public func deliver(_ bodies: [[UInt8]]) {
        for b in bodies { noteCancellation(b) }
        for b in bodies where exitCode == nil { handle(b) }
    }

    // MARK: Dispatch

    /// Handles one message body (also the entry point of in-process tests).
    public func handle(_ body: [UInt8]) {
        guard let message = try? JSONDecoder().decode(JSONValue.self, from: Data(body)), case .object = message else {
            respondError(id: .null, ResponseError(code: ErrorCode.parseError, message: "the message is not valid JSON"))
            return
        }
        let id = message["id"]
        switch id {
        case .int, .string, .null: break
        default:
            // JSON-RPC ids are integers or strings; anything else cannot be answered by its id.
            respondError(id: .null, ResponseError(code: ErrorCode.invalidRequest, message: "a message id must be an integer or a string"))
            return
        }
        guard let method = message["method"].string else {
            if id.isNull { respondError(id: .null, ResponseError(code: ErrorCode.invalidRequest, message: "a message needs a method")) }
            else { receiveResponse(id: id, failed: !message["error"].isNull) }
            return
        }
        let params = message["params"]
        if id.isNull {
            handleNotification(method, params)
            return
        }
        if cancelled.withLock({ $0.remove(id) != nil }) {
            respondError(id: id, ResponseError(code: ErrorCode.requestCancelled, message: "cancelled"))
            return
        }
        do {
            let result = try handleRequest(method, params)
            respond(id: id, result: result)
        } catch let e as ResponseError {
            respondError(id: id, e)
        } catch {
            respondError(id: id, ResponseError(code: ErrorCode.internalError, message: "\(error)"))
        }
    }

    func handleRequest(_ method: String, _ params: JSONValue) throws -> [UInt8] {
        if method == "initialize" {
            guard phase == .uninitialized else { throw ResponseError(code: ErrorCode.invalidRequest, message: "initialize was already received") }
            return try encode(initialize(params))
        }
        switch phase {
        case .uninitialized: throw ResponseError(code: ErrorCode.serverNotInitialized, message: "the server is not initialized yet")
        case .shuttingDown: throw ResponseError(code: ErrorCode.invalidRequest, message: "the server is shutting down")
        case .running: break
        }
        switch method {
        case "shutdown":
            phase = .shuttingDown
            return Array("null".utf8)
        case "textDocument/documentSymbol": return try encode(documentSymbols(params))
        case "textDocument/hover": return try encode(hover(params))
        case "textDocument/definition": return try encode(definition(params))
        case "textDocument/references": return try encode(references(params))
        case "textDocument/documentHighlight": return try encode(documentHighlights(params))
        case "textDocument/foldingRange": return try encode(foldingRanges(params))
        case "textDocument/codeAction": return try encode(codeActions(params))
        case "textDocument/diagnostic": return try encode(pullDiagnostics(params))
        case "textDocument/completion": return try encode(completion(params))
        case "workspace/symbol": return try encode(workspaceSymbols(params))
        case "textDocument/semanticTokens/full": return try encode(semanticTokensFull(params))
        case "textDocument/semanticTokens/full/delta": return try encode(semanticTokensDelta(params))
        case "textDocument/prepareRename": return try encode(prepareRename(params))
        case "textDocument/codeLens": return try encode(codeLenses(params))
        case "textDocument/inlayHint": return try encode(inlayHints(params))
        case "textDocument/selectionRange": return try encode(selectionRanges(params))
        case "textDocument/documentLink": return try encode(documentLinks(params))
        case "textDocument/rename": return try encode(rename(params))
        case "textDocument/formatting": return try encode(formatting(params, range: false))
        case "textDocument/rangeFormatting": return try encode(formatting(params, range: true))
        case "workspace/executeCommand": return try encode(executeCommand(params))
        default: throw ResponseError(code: ErrorCode.methodNotFound, message: "unknown method \(method)")
        }
    }

    func handleNotification(_ method: String, _ params: JSONValue) {
        if method == "exit" {
            exitCode = phase == .shuttingDown ? 0 : 1
            return
        }
        guard phase == .running else { return }
        switch method {
        case "textDocument/didOpen": didOpen(params)
        case "textDocument/didChange": didChange(params)
        case "textDocument/didSave": didSave(params)
        case "textDocument/didClose": didClose(params)
        case "$/cancelRequest": cancelled.withLock { _ = $0.remove(params["id"]) }  // its request is answered by now
        case "initialized": initialized()
        case "workspace/didChangeConfiguration": didChangeConfiguration(params)
        case "workspace/didChangeWatchedFiles": didChangeWatchedFiles(params)
        case "workspace/didChangeWorkspaceFolders": didChangeWorkspaceFolders(params)
        default: break  // $/setTrace and unknown notifications
        }
    }

    // MARK: Lifecycle

    func initialize(_ params: JSONValue) throws -> JSONValue {
        guard case .object = params else { throw ResponseError(code: ErrorCode.invalidParams, message: "initialize needs params") }
        let caps = params["capabilities"]
        client = ClientCapabilities(caps)
        let offered = caps["general"]["positionEncodings"].array?.compactMap(\.string) ?? []
        let chosen = Self.positionEncoding(offered: offered, override: params["initializationOptions"]["positionEncoding"])
        encoding = chosen.encoding
        if let note = chosen.note { pendingMessages.append(note) }
        // Most clients send no locale (Neovim, eglot, ALE): their configurations pass it in initializationOptions.
        let locale = params["locale"].string ?? params["initializationOptions"]["locale"].string
        language = locale.map { $0.lowercased().hasPrefix("zh") ? .zh : .en } ?? .en
        if let ms = params["initializationOptions"]["diagnosticsDelayMs"].int, ms >= 0 {
            diagnosticsDelayNanos = UInt64(ms) * 1_000_000
        }
        roots = Self.workspaceRoots(params)
        settings.root = roots.first
        if let refused = settings.setEditorSettings(params["initializationOptions"]) {
            pendingMessages.append("initializationOptions: \(refused)")
        }
        phase = .running
        var capabilities: [String: JSONValue] = [
            "positionEncoding": .string(encoding.rawValue),
            "textDocumentSync": .object(["openClose": .bool(true), "change": .int(2), "save": .object(["includeText": .bool(false)])]),
            "documentSymbolProvider": .bool(true),
            "hoverProvider": .bool(true),
            "definitionProvider": .bool(true),
            "referencesProvider": .bool(true),
            "documentHighlightProvider": .bool(true),
            "foldingRangeProvider": .bool(true),
            "codeActionProvider": .object(["codeActionKinds": .array([.string("quickfix"), .string("refactor.rewrite"), .string(CodeActions.fixAllKind)])]),
            "workspaceSymbolProvider": .bool(true),
            "documentFormattingProvider": .bool(true),
            // RenameOptions only for a client that declared prepareSupport.
            "renameProvider": client.prepareRename ? .object(["prepareProvider": .bool(true)]) : .bool(true),
            "executeCommandProvider": .object(["commands": .array(Commands.all.map { .string($0) })]),
            "codeLensProvider": .object(["resolveProvider": .bool(false)]),
            "inlayHintProvider": .bool(true),
            "selectionRangeProvider": .bool(true),
            "documentLinkProvider": .object(["resolveProvider": .bool(false)]),
            "semanticTokensProvider": .object([
                "legend": .object(["tokenTypes": .array(SemanticLegend.types.map { .string($0) }),
                                   "tokenModifiers": .array(SemanticLegend.modifiers.map { .string($0) })]),
                "full": .object(["delta": .bool(true)]), "range": .bool(false),
            ]),
            "documentRangeFormattingProvider": .bool(true),
            "completionProvider": .object(["triggerCharacters": .array(Completion.triggerCharacters.map { .string($0) })]),
            "workspace": .object(["workspaceFolders": .object(["supported": .bool(true), "changeNotifications": .bool(true)])]),
        ]
        if client.pullDiagnostics {
            capabilities["diagnosticProvider"] = .object(["interFileDependencies": .bool(false), "workspaceDiagnostics": .bool(false)])
        }
        return .object([
            "capabilities": .object(capabilities),
            "serverInfo": .object(["name": .string(ToolInfo.name), "version": .string(ToolInfo.version)]),
        ])
    }

    /// The encoding of positions: the client's best offer; a user's override
    /// (`initializationOptions.positionEncoding`) for the clients that count in another unit
    /// without saying so (ALE counts bytes), as long as the client did not offer otherwise.
    static func positionEncoding(offered: [String], override: JSONValue) -> (encoding: PositionEncoding, note: String?) {
        let best: PositionEncoding = offered.contains("utf-8") ? .utf8 : offered.contains("utf-32") ? .utf32 : .utf16
        if override.isNull { return (best, nil) }
        guard let name = override.string, let wanted = PositionEncoding(rawValue: name) else {
            let names = PositionEncoding.allCases.map(\.rawValue).joined(separator: ", ")
            return (best, "initializationOptions.positionEncoding must be one of \(names); positions are in \(best.rawValue)")
        }
        if offered.isEmpty || offered.contains(name) { return (wanted, nil) }
        return (best, "initializationOptions.positionEncoding \(name) is not among the encodings the client offered; positions are in \(best.rawValue)")
    }

    // MARK: Documents

    func requireURI(_ params: JSONValue) throws -> String {
        guard let uri = params["textDocument"]["uri"].string else {
            throw ResponseError(code: ErrorCode.invalidParams, message: "textDocument.uri is missing")
        }
        return uri
    }

    func requirePosition(_ params: JSONValue) throws -> Position {
        guard let line = params["position"]["line"].int, let character = params["position"]["character"].int else {
            throw ResponseError(code: ErrorCode.invalidParams, message: "position is missing")
        }
        return Position(line: line, character: character)
    }

    /// The open document's snapshot, or the file read from disk when it is not open.
    func snapshot(_ uri: String) throws -> Snapshot {
        if let doc = documents[uri] { return doc.snapshot }
        guard let path = URIPath.path(uri) else { throw ResponseError(code: ErrorCode.invalidParams, message: "\(uri) is not open and not a file") }
        do {
            return Snapshot(uri: uri, bytes: try FileReading.read(path), settings: settings.settings(forFile: path))
        } catch {
            throw ResponseError(code: ErrorCode.invalidParams, message: "\(uri) is not open and cannot be read: \(error)")
        }
    }

    /// The message language for a snapshot: its configuration's, else the client's locale.
    func language(of snap: Snapshot) -> TextLanguage { snap.settings.language ?? language }

    func converter(_ s: Snapshot) -> Converter {
        Converter(text: s.text, encoding: encoding, relatedInformation: client.relatedInformation)
    }

    func didOpen(_ params: JSONValue) {
        let td = params["textDocument"]
        guard let uri = td["uri"].string, let text = td["text"].string else { return log("didOpen without uri or text") }
        if Self.isConfiguration(uri) {
            configBuffers[uri] = SourceText(text)
            return checkConfiguration(uri, text: text)
        }
        documents[uri] = OpenDocument(uri: uri, version: td["version"].int, text: text, settings: settings.settings(forFile: URIPath.path(uri)))
        staleSummaries.insert(uri)
        publishConfigurationFindings()
        publishNow(uri)
    }

    func didChange(_ params: JSONValue) {
        guard let uri = params["textDocument"]["uri"].string else { return log("didChange without uri") }
        if let buffer = configBuffers[uri] {
            var text = buffer
            forEachChange(params, in: { text }) { range, inserted in
                text = range.map { text.replacing(text.aligned($0), with: inserted) } ?? SourceText(inserted)
            }
            configBuffers[uri] = text
            return checkConfiguration(uri, text: String(decoding: text.bytes, as: UTF8.self))
        }
        guard let doc = documents[uri] else { return log("didChange for a document that is not open") }
        staleSummaries.insert(uri)
        doc.version = params["textDocument"]["version"].int ?? doc.version
        forEachChange(params, in: { doc.text }) { range, inserted in
            if let range { doc.apply(range: range, text: inserted) } else { doc.replaceAll(inserted) }
        }
        if !client.pullDiagnostics { due[uri] = DispatchTime.now().uptimeNanoseconds + diagnosticsDelayNanos }
    }

    /// Each content change as a byte range of the text it applies to (nil: the whole text) and its new text.
    func forEachChange(_ params: JSONValue, in current: () -> SourceText, _ apply: (ByteRange?, String) -> Void) {
        for change in params["contentChanges"].array ?? [] {
            guard let text = change["text"].string else { continue }
            if change["range"].isNull {
                apply(nil, text)
                continue
            }
            apply(Converter(text: current(), encoding: encoding).byteRange(change["range"]), text)
        }
    }

    func didSave(_ params: JSONValue) {
        guard let uri = params["textDocument"]["uri"].string else { return }
        if Self.isConfiguration(uri) { return configurationChanged() }
        guard documents[uri] != nil else { return }
        if let text = params["text"].string { documents[uri]?.replaceAll(text); staleSummaries.insert(uri) }
        publishNow(uri)
    }

    func didClose(_ params: JSONValue) {
        guard let uri = params["textDocument"]["uri"].string else { return }
        if configBuffers.removeValue(forKey: uri) != nil { return }
        documents[uri] = nil
        due[uri] = nil
        semanticTokens.last[uri] = nil
        staleSummaries.remove(uri)
        // The index goes back to the file on disk (the buffer may have been left unsaved).
        if let path = URIPath.path(uri), let summary = Indexer.summary(ofFile: path), !settingsSkip(path) {
            index.update(summary)
        } else {
            index.remove(uri)
        }
        citedFacts[uri] = nil
        if !client.pullDiagnostics && lastPublished[uri] != nil {
            send(notification: "textDocument/publishDiagnostics", params: PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: []))
        }
        lastPublished[uri] = nil
    }

    // MARK: Diagnostics scheduling

    func publishNow(_ uri: String) {
        due[uri] = nil
        guard !client.pullDiagnostics, let doc = documents[uri] else { return }
        let snap = doc.snapshot
        let conv = converter(snap)
        let lang = language(of: snap)
        let items = findings(snap).map { conv.diagnostic($0, uri: uri, language: lang, textOf: textOf) }
        let params = PublishDiagnosticsParams(uri: uri, version: doc.version, diagnostics: items)
        // Publish only when the findings changed, so an editor does not redraw for nothing.
        if lastPublished[uri] == items { return }
        lastPublished[uri] = items
        send(notification: "textDocument/publishDiagnostics", params: params)
    }

    /// Publishes every document whose debounce has run out.
    public func publishDue(now: UInt64) {
        for (uri, at) in due where at <= now { publishNow(uri) }
    }

    /// Publishes everything pending at once (tests and benchmarks).
    public func flushDiagnostics() { publishDue(now: UInt64.max) }

    // MARK: Output

    func encode(_ value: (any Encodable)?) throws -> [UInt8] {
        guard let value else { return Array("null".utf8) }
        return try JSONWriter.encode(value)
    }

    func respond(id: JSONValue, result: [UInt8]) {
        let idBytes = (try? encode(id)) ?? Array("null".utf8)
        sink.send(Array(#"{"id":"#.utf8) + idBytes + Array(#","jsonrpc":"2.0","result":"#.utf8) + result + [UInt8(ascii: "}")])
    }

    func respondError(id: JSONValue, _ e: ResponseError) {
        let error = JSONValue.object(["code": .int(e.code), "message": .string(e.message)])
        let msg = JSONValue.object(["jsonrpc": .string("2.0"), "id": id, "error": error])
        if let body = try? encode(msg) { sink.send(body) }
    }

    func send<T: Encodable>(notification method: String, params: T) {
        guard let p = try? encode(params) else {
            // Never silent: the client would wait for something that will not come.
            let line = "itudraft: could not encode the \(method) notification\n"
            _ = line.withCString { write(2, $0, strlen($0)) }
            return
        }
        sink.send(Array(#"{"jsonrpc":"2.0","method":"#.utf8) + Array("\"\(method)\"".utf8) + Array(#","params":"#.utf8) + p + [UInt8(ascii: "}")])
    }

    /// Logs go to stderr and, once initialized, to the client's log (window/logMessage).
    func log(_ message: String) {
        let line = "itudraft: \(message)\n"
        _ = line.withCString { write(2, $0, strlen($0)) }
        if phase != .uninitialized {
            send(notification: "window/logMessage", params: JSONValue.object(["type": .int(4), "message": .string(message)]))
        }
    }
}
