/// The LSP 3.17 types itudraft sends, as Codable structs. Optional fields left nil are omitted.
public struct Position: Codable, Hashable, Sendable {
    public var line: Int
    public var character: Int
    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }
}

public struct LSPRange: Codable, Hashable, Sendable {
    public var start: Position
    public var end: Position
}

public struct Location: Codable, Hashable, Sendable {
    public var uri: String
    public var range: LSPRange
}

public struct DiagnosticRelatedInformation: Codable, Hashable, Sendable {
    public var location: Location
    public var message: String
}

public struct LSPDiagnostic: Codable, Hashable, Sendable {
    public var range: LSPRange
    public var severity: Int
    public var code: String
    public var source: String
    public var message: String
    public var relatedInformation: [DiagnosticRelatedInformation]?
}

public struct PublishDiagnosticsParams: Codable, Sendable {
    public var uri: String
    public var version: Int?
    public var diagnostics: [LSPDiagnostic]
}

public struct FullDocumentDiagnosticReport: Codable, Sendable {
    public var kind: String
    public var resultId: String?
    public var items: [LSPDiagnostic]?
}

public struct DocumentSymbol: Codable, Sendable {
    public var name: String
    public var detail: String?
    public var kind: Int
    public var range: LSPRange
    public var selectionRange: LSPRange
    public var children: [DocumentSymbol]?
}

public struct SymbolInformation: Codable, Sendable {
    public var name: String
    public var kind: Int
    public var location: Location
    public var containerName: String?
}

public struct MarkupContent: Codable, Sendable {
    public var kind: String
    public var value: String
}

public struct Hover: Codable, Sendable {
    public var contents: MarkupContent
    public var range: LSPRange?
}

public struct FoldingRange: Codable, Sendable {
    public var startLine: Int
    public var endLine: Int
    public var kind: String?
}

public struct LSPTextEdit: Codable, Hashable, Sendable {
    public var range: LSPRange
    public var newText: String
}

public struct WorkspaceEdit: Codable, Sendable {
    public var changes: [String: [LSPTextEdit]]
}

public struct Command: Codable, Sendable {
    public var title: String
    public var command: String
    public var arguments: [JSONValue]?
}

public struct CodeAction: Codable, Sendable {
    public var title: String
    public var kind: String
    public var diagnostics: [LSPDiagnostic]?
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit
}

public struct DocumentHighlight: Codable, Sendable {
    public var range: LSPRange
    /// 1 text, 2 read, 3 write.
    public var kind: Int
}

/// Error codes of the LSP specification.
public enum ErrorCode {
    public static let parseError = -32700
    public static let invalidRequest = -32600
    public static let methodNotFound = -32601
    public static let invalidParams = -32602
    public static let internalError = -32603
    public static let serverNotInitialized = -32002
    public static let requestCancelled = -32800
}

public enum SymbolKind {
    public static let module = 2
    public static let namespace = 3
    public static let `class` = 5
    public static let field = 8
    public static let string = 15
    public static let enumMember = 22
}

public struct PrepareRenameResult: Codable, Sendable {
    public var range: LSPRange
    public var placeholder: String
}
