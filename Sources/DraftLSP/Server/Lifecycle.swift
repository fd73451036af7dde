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

/// `initialize`: what the client declared, the position encoding, the capabilities.

extension LanguageServer {
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
        let capabilities = self.capabilities()
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
}
