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

/// What goes to the client: responses, errors, notifications, log lines.

extension LanguageServer {
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
