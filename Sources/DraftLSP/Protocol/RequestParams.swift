/// The params of each request, decoded before its handler runs: a request whose params do not
/// have its method's shape is answered −32602, and handlers read fields, never JSON.
struct TextDocumentIdentifier: Decodable, Sendable { let uri: String }

struct TextDocumentParams: Decodable, Sendable {
    let textDocument: TextDocumentIdentifier
}

struct PositionParams: Decodable, Sendable {
    let textDocument: TextDocumentIdentifier
    let position: Position
}

struct RangeParams: Decodable, Sendable {
    let textDocument: TextDocumentIdentifier
    let range: LSPRange
}

struct ReferenceParams: Decodable, Sendable {
    struct Context: Decodable, Sendable { let includeDeclaration: Bool? }
    let textDocument: TextDocumentIdentifier
    let position: Position
    let context: Context?
}

struct CodeActionParams: Decodable, Sendable {
    struct Context: Decodable, Sendable { let only: [String]? }
    let textDocument: TextDocumentIdentifier
    let range: LSPRange
    let context: Context?
}

struct SelectionRangeParams: Decodable, Sendable {
    let textDocument: TextDocumentIdentifier
    let positions: [Position]
}

/// semanticTokens/full/delta and textDocument/diagnostic: the result the client holds.
struct PreviousResultParams: Decodable, Sendable {
    let textDocument: TextDocumentIdentifier
    let previousResultId: String?
}

struct InlayHintParams: Decodable, Sendable {
    let textDocument: TextDocumentIdentifier
    let range: LSPRange?
}

struct RenameParams: Decodable, Sendable {
    let textDocument: TextDocumentIdentifier
    let position: Position
    let newName: String
}

struct WorkspaceSymbolParams: Decodable, Sendable { let query: String }

struct ExecuteCommandParams: Decodable, Sendable {
    let command: String
    let arguments: [JSONValue]?
}
