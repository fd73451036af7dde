import DraftAnalysis
import DraftSyntax
import FoundationEssentials

/// Routing one message: a request to its route (Routes.swift), a notification to its handler,
/// a response to the request the server sent.
extension LanguageServer {
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
        if method == "shutdown" {
            phase = .shuttingDown
            return Array("null".utf8)
        }
        guard let route = Self.routesByMethod[method] else {
            throw ResponseError(code: ErrorCode.methodNotFound, message: "unknown method \(method)")
        }
        return try route.handle(self, params)
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
}
