import DraftAnalysis
import DraftSyntax
import FoundationEssentials

/// One request the server answers: its method, the shape of its params, the capability that
/// advertises it, and its handler. Dispatch and the `initialize` capabilities are both built
/// from `LanguageServer.routes`, so a method cannot be served without being advertised, nor
/// advertised without being served. A new method is one handler file and one line here.
struct Route: Sendable {
    let method: String
    /// The capability's key and value, given what the client declared; nil: nothing to advertise.
    let capability: @Sendable (ClientCapabilities) -> (String, JSONValue)?
    /// Decodes the params into the route's type (a failure is −32602) and runs the handler on them.
    let handle: @Sendable (LanguageServer, JSONValue) throws -> [UInt8]

    init<P: Decodable & SendableMetatype>(_ method: String, _ params: P.Type, capability: @escaping @Sendable (ClientCapabilities) -> (String, JSONValue)?,
                       _ handle: @escaping @Sendable (LanguageServer, P) throws -> (any Encodable)?) {
        self.method = method
        self.capability = capability
        self.handle = { server, value in try server.encode(handle(server, try Self.decode(P.self, value, method))) }
    }

    /// A provider advertised with `true`.
    init<P: Decodable & SendableMetatype>(_ method: String, _ params: P.Type, provider: String,
                       _ handle: @escaping @Sendable (LanguageServer, P) throws -> (any Encodable)?) {
        self.init(method, params, capability: { _ in (provider, .bool(true)) }, handle)
    }

    static func decode<P: Decodable>(_ type: P.Type, _ value: JSONValue, _ method: String) throws -> P {
        do { return try JSONDecoder().decode(P.self, from: Data(try JSONWriter.encode(value))) } catch {
            throw ResponseError(code: ErrorCode.invalidParams, message: "\(method): the params are not \(P.self): \(error)")
        }
    }
}

extension LanguageServer {
    static let routes: [Route] = [
        Route("textDocument/documentSymbol", TextDocumentParams.self, provider: "documentSymbolProvider") { try $0.documentSymbols($1) },
        Route("textDocument/hover", PositionParams.self, provider: "hoverProvider") { try $0.hover($1) },
        Route("textDocument/definition", PositionParams.self, provider: "definitionProvider") { try $0.definition($1) },
        Route("textDocument/implementation", PositionParams.self, provider: "implementationProvider") { try $0.implementation($1) },
        Route("textDocument/references", ReferenceParams.self, provider: "referencesProvider") { try $0.references($1) },
        Route("textDocument/documentHighlight", PositionParams.self, provider: "documentHighlightProvider") { try $0.documentHighlights($1) },
        Route("textDocument/foldingRange", TextDocumentParams.self, provider: "foldingRangeProvider") { try $0.foldingRanges($1) },
        Route("textDocument/codeAction", CodeActionParams.self, capability: { _ in
            ("codeActionProvider", .object(["codeActionKinds": .array([.string("quickfix"), .string("refactor.rewrite"), .string(CodeActions.fixAllKind)])]))
        }) { try $0.codeActions($1) },
        Route("workspace/executeCommand", ExecuteCommandParams.self, capability: { _ in
            ("executeCommandProvider", .object(["commands": .array(Commands.all.map { .string($0) })]))
        }) { try $0.executeCommand($1) },
        Route("textDocument/diagnostic", PreviousResultParams.self, capability: { client in
            client.pullDiagnostics ? ("diagnosticProvider", .object(["interFileDependencies": .bool(false), "workspaceDiagnostics": .bool(false)])) : nil
        }) { try $0.pullDiagnostics($1) },
        Route("textDocument/completion", PositionParams.self, capability: { _ in
            ("completionProvider", .object(["triggerCharacters": .array(Completion.triggerCharacters.map { .string($0) })]))
        }) { try $0.completion($1) },
        Route("workspace/symbol", WorkspaceSymbolParams.self, provider: "workspaceSymbolProvider") { try $0.workspaceSymbols($1) },
        Route("textDocument/semanticTokens/full", TextDocumentParams.self, capability: { _ in
            ("semanticTokensProvider", .object([
                "legend": .object(["tokenTypes": .array(SemanticLegend.types.map { .string($0) }),
                                   "tokenModifiers": .array(SemanticLegend.modifiers.map { .string($0) })]),
                "full": .object(["delta": .bool(true)]), "range": .bool(false),
            ]))
        }) { try $0.semanticTokensFull($1) },
        // Advertised with full (above): `full.delta`.
        Route("textDocument/semanticTokens/full/delta", PreviousResultParams.self, capability: { _ in nil }) { try $0.semanticTokensDelta($1) },
        // RenameOptions only for a client that declared prepareSupport; prepareRename only then.
        Route("textDocument/rename", RenameParams.self, capability: { client in
            ("renameProvider", client.prepareRename ? .object(["prepareProvider": .bool(true)]) : .bool(true))
        }) { try $0.rename($1) },
        Route("textDocument/prepareRename", PositionParams.self, capability: { _ in nil }) { try $0.prepareRename($1) },
        Route("textDocument/codeLens", TextDocumentParams.self, capability: { _ in ("codeLensProvider", .object(["resolveProvider": .bool(true)])) }) { try $0.codeLenses($1) },
        // Advertised with codeLens (above): `resolveProvider`.
        Route("codeLens/resolve", CodeLens.self, capability: { _ in nil }) { try $0.resolveCodeLens($1) },
        Route("textDocument/inlayHint", InlayHintParams.self, provider: "inlayHintProvider") { try $0.inlayHints($1) },
        Route("textDocument/selectionRange", SelectionRangeParams.self, provider: "selectionRangeProvider") { try $0.selectionRanges($1) },
        Route("textDocument/documentLink", TextDocumentParams.self, capability: { _ in ("documentLinkProvider", .object(["resolveProvider": .bool(false)])) }) { try $0.documentLinks($1) },
        Route("textDocument/formatting", TextDocumentParams.self, provider: "documentFormattingProvider") { try $0.formatting($1.textDocument.uri, range: nil) },
        Route("textDocument/rangeFormatting", RangeParams.self, provider: "documentRangeFormattingProvider") { try $0.formatting($1.textDocument.uri, range: $1.range) },
    ]

    static let routesByMethod: [String: Route] = Dictionary(routes.map { ($0.method, $0) }, uniquingKeysWith: { a, _ in a })

    /// Capability key → the method that serves it, for a client that declares everything (tests, docs).
    public static var advertisedMethods: [String: String] {
        var all = ClientCapabilities()
        all.pullDiagnostics = true
        all.prepareRename = true
        var out: [String: String] = [:]
        for route in routes { if let (key, _) = route.capability(all) { out[key] = route.method } }
        return out
    }

    /// The capabilities `initialize` answers: one per route, plus document sync and workspace folders.
    func capabilities() -> [String: JSONValue] {
        var out: [String: JSONValue] = [
            "positionEncoding": .string(encoding.rawValue),
            "textDocumentSync": .object(["openClose": .bool(true), "change": .int(2), "save": .object(["includeText": .bool(false)])]),
            "workspace": .object(["workspaceFolders": .object(["supported": .bool(true), "changeNotifications": .bool(true)])]),
        ]
        for route in Self.routes {
            if let (key, value) = route.capability(client) { out[key] = value }
        }
        return out
    }
}
