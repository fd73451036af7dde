// DraftAnalysis: rules, reference resolution, citation identity. Diagnostics are plain data
// with byte ranges; converting them to lines, LSP or SARIF happens at the edges.
// Imports DraftSyntax only; must not import DraftLSP.
import DraftSyntax

public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case error
    case warning
    case information
    case hint

    var rank: Int {
        switch self {
        case .error: return 3
        case .warning: return 2
        case .information: return 1
        case .hint: return 0
        }
    }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A message in both languages the tool speaks; the edge picks one.
public struct Message: Sendable, Hashable {
    public let zh: String
    public let en: String
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }
    public func text(_ language: TextLanguage) -> String { language == .zh ? zh : en }
}

public struct TextEdit: Sendable, Hashable {
    public let range: ByteRange
    public let newText: String
    public init(range: ByteRange, newText: String) {
        self.range = range
        self.newText = newText
    }
}

/// A certain fix: applying its edits never changes the meaning of the words.
public struct Fix: Sendable, Hashable {
    public let title: Message
    public let edits: [TextEdit]
    public init(title: Message, edits: [TextEdit]) {
        self.title = title
        self.edits = edits
    }
}

public struct RelatedInformation: Sendable, Hashable {
    public let range: ByteRange
    public let message: Message
    /// The workspace key (path or URI) of another file the range lies in; nil for the same file.
    public let file: String?
    public init(range: ByteRange, message: Message, file: String? = nil) {
        self.range = range
        self.message = message
        self.file = file
    }
}

public struct Diagnostic: Sendable, Hashable {
    public let code: String
    public var severity: Severity
    public let range: ByteRange
    public let message: Message
    public var related: [RelatedInformation]
    public var fix: Fix?

    public init(code: String, severity: Severity, range: ByteRange, message: Message,
                related: [RelatedInformation] = [], fix: Fix? = nil) {
        self.code = code
        self.severity = severity
        self.range = range
        self.message = message
        self.related = related
        self.fix = fix
    }

    /// The same finding in a text where everything moved by `d` bytes.
    public func shifted(by d: Int) -> Diagnostic {
        Diagnostic(code: code, severity: severity, range: range.shifted(by: d), message: message,
                   related: related.map { $0.file != nil ? $0 : RelatedInformation(range: $0.range.shifted(by: d), message: $0.message) },
                   fix: fix.map { Fix(title: $0.title, edits: $0.edits.map { TextEdit(range: $0.range.shifted(by: d), newText: $0.newText) }) })
    }
}

/// Edits gathered one fix at a time: a fix that touches one taken before waits for the next pass
/// (two insertions at one place included), so what is taken can be applied at once.
public struct EditBatch {
    public private(set) var edits: [TextEdit] = []
    private var taken: [ByteRange] = []

    public init() {}

    @discardableResult
    public mutating func take(_ group: [TextEdit]) -> Bool {
        let ranges = group.map(\.range)
        if ranges.contains(where: { r in taken.contains { $0.overlaps(r) || ($0.start == r.start && (r.isEmpty || $0.isEmpty)) } }) { return false }
        taken += ranges
        edits += group
        return true
    }
}

/// Applies non-overlapping edits to bytes; overlapping later edits are dropped.
public enum EditApplier {
    public static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var cursor = 0
        for e in edits.sorted(by: { $0.range < $1.range }) where e.range.start >= cursor && e.range.end <= bytes.count {
            out.append(contentsOf: bytes[cursor..<e.range.start])
            out.append(contentsOf: Array(e.newText.utf8))
            cursor = e.range.end
        }
        out.append(contentsOf: bytes[cursor...])
        return out
    }
}
