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
    /// The ranges taken, sorted by start: a new range is compared with its neighbours only, so
    /// a batch of n fixes costs O(n log n), not O(n²) (100k findings on one line are possible).
    private var taken: [ByteRange] = []

    public init() {}

    @discardableResult
    public mutating func take(_ group: [TextEdit]) -> Bool {
        let ranges = group.map(\.range)
        if ranges.contains(where: clashes) { return false }
        for r in ranges {
            let at = taken.partitionIndex { $0 < r }
            taken.insert(r, at: at)
        }
        edits += group
        return true
    }

    /// Whether `r` overlaps a range taken, or inserts where one starts (two edits at one point).
    private func clashes(_ r: ByteRange) -> Bool {
        func clash(_ t: ByteRange) -> Bool { t.overlaps(r) || (t.start == r.start && (r.isEmpty || t.isEmpty)) }
        let at = taken.partitionIndex { $0.start < r.start }
        var k = at
        while k < taken.count && (taken[k].start < r.end || taken[k].start == r.start) {
            if clash(taken[k]) { return true }
            k += 1
        }
        // Before `r`: taken ranges do not overlap one another, so the nearest non-empty one decides.
        k = at - 1
        while k >= 0 {
            if clash(taken[k]) { return true }
            if !taken[k].isEmpty { break }
            k -= 1
        }
        return false
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
