import DraftAnalysis
import DraftSyntax
import Dispatch
import FoundationEssentials

/// An immutable view of one version of a document: its text, tree and (on demand) findings.
public final class Snapshot {
    public let uri: String
    public let text: SourceText
    public let document: Document
    public let settings: DocumentSettings
    /// Everything derived from this version, computed once, shared by the analysis and the features.
    public let facts: DocumentFacts
    /// The analysis of an earlier version and which of its segments this version kept.
    private let base: (analysis: Analysis, reuse: SegmentReuse)?
    private(set) var computedAnalysis: Analysis?

    /// Block findings are recomputed only for the segments an edit touched since `base`.
    public var analysis: Analysis {
        if let a = computedAnalysis { return a }
        let a = Analyzer.analysis(of: document, selection: settings.selection, catalog: settings.catalog,
                                  reusing: base?.analysis, reuse: base?.reuse, facts: facts)
        computedAnalysis = a
        return a
    }
    public private(set) lazy var diagnostics: [Diagnostic] = analysis.diagnostics
    public var references: [ResolvedReference] { facts.references }
    private(set) lazy var referenceIndex = ReferenceIndex(self)
    /// The summary of an earlier version and which of its segments this version kept.
    private let summaryBase: (summary: FileSummary, reuse: SegmentReuse)?
    private(set) var computedSummary: FileSummary?
    /// What this version tells the workspace index; the instruments of kept blocks keep theirs.
    public var summary: FileSummary {
        if let s = computedSummary { return s }
        let s = FileSummary(key: uri, document: document, facts: facts, reusing: summaryBase?.summary, reuse: summaryBase?.reuse)
        computedSummary = s
        return s
    }

    /// Computes the analysis here and the summary on another core: a keystroke needs both, and
    /// on a long draft each takes milliseconds (on a short one handing work over costs more).
    func prepareInParallel() {
        guard computedAnalysis == nil, computedSummary == nil, text.count >= Self.parallelFrom else { return }
        let (uri, document, facts, summaryBase) = (uri, document, facts, summaryBase)
        let summary = Later(inParallel: true) { FileSummary(key: uri, document: document, facts: facts, reusing: summaryBase?.summary, reuse: summaryBase?.reuse) }
        _ = analysis
        computedSummary = summary.value
    }

    static let parallelFrom = 256 * 1024

    init(uri: String, text: SourceText, document: Document, settings: DocumentSettings, base: (Analysis, SegmentReuse)? = nil,
         summaryBase: (FileSummary, SegmentReuse)? = nil, identitiesBase: ([CitationIdentity?], SegmentReuse)? = nil) {
        self.uri = uri
        self.text = text
        self.document = document
        self.settings = settings
        self.base = base
        self.summaryBase = summaryBase
        self.facts = DocumentFacts(document, reusing: identitiesBase)
    }

    convenience init(uri: String, bytes: [UInt8], settings: DocumentSettings) {
        let text = SourceText(bytes: bytes)
        self.init(uri: uri, text: text, document: Document(text), settings: settings)
    }
}

/// A document the client opened. Each change re-parses only the blocks around it at once; the
/// findings wait for the snapshot that needs them, and build on the last ones computed.
final class OpenDocument {
    let uri: String
    var version: Int?
    private(set) var text: SourceText
    private var document: Document
    private(set) var settings: DocumentSettings
    private var base: (Analysis, SegmentReuse)?
    private var summaryBase: (FileSummary, SegmentReuse)?
    private var identitiesBase: ([CitationIdentity?], SegmentReuse)?
    private var cached: Snapshot?
    private var retired: [Snapshot] = []

    init(uri: String, version: Int?, text: String, settings: DocumentSettings) {
        self.uri = uri
        self.version = version
        self.text = SourceText(text)
        self.document = Document(self.text)
        self.settings = settings
    }

    var snapshot: Snapshot {
        if let s = cached { return s }
        let s = Snapshot(uri: uri, text: text, document: document, settings: settings, base: base, summaryBase: summaryBase,
                         identitiesBase: identitiesBase)
        cached = s
        return s
    }

    /// New settings: findings kept from earlier versions were made under the old ones.
    func reconfigure(_ next: DocumentSettings) {
        settings = next
        base = nil
        cached = nil
    }

    func replaceAll(_ newText: String) {
        text = SourceText(newText)
        document = Document(text)
        base = nil
        summaryBase = nil
        identitiesBase = nil
        cached = nil
    }

    /// Applies one incremental change; the range is clamped into the text and to scalar boundaries.
    func apply(range: ByteRange, text inserted: String) {
        let edited = text.aligned(range)
        let next = text.replacing(edited, with: inserted)
        let (updated, reuse) = document.updated(to: next, edited: edited, insertedCount: inserted.utf8.count)
        if let analysed = cached?.computedAnalysis {
            base = (analysed, reuse)
        } else if let (analysis, earlier) = base {
            base = (analysis, earlier.then(reuse))
        }
        if let summarised = cached?.computedSummary {
            summaryBase = (summarised, reuse)
        } else if let (summary, earlier) = summaryBase {
            summaryBase = (summary, earlier.then(reuse))
        }
        if let identities = cached?.facts.computedIdentities {
            identitiesBase = (identities, reuse)
        } else if let (identities, earlier) = identitiesBase {
            identitiesBase = (identities, earlier.then(reuse))
        }
        text = next
        document = updated
        if let replaced = cached { retired.append(replaced) }
        cached = nil
    }

    /// Frees the snapshots edits replaced, on a background queue (unless a request still holds
    /// one). The server calls it once the findings are out: freeing a 10 MB draft's analysis
    /// while the next one is computed took a core from it.
    func releaseRetired() {
        guard !retired.isEmpty else { return }
        let last = LastReferences(retired)
        retired = []
        last.drop()
    }
}

/// Takes objects' last references to another thread: freeing the analysis of a 10 MB draft
/// (its findings, summary, paragraphs) takes milliseconds that a keystroke need not wait for.
final class LastReferences: @unchecked Sendable {
    /// One after another, so that closing a document can wait for what is still being freed
    /// before it hands memory back (freed after the hand-back, it stayed: 33 MB instead of 18).
    static let queue = DispatchQueue(label: "itudraft.release", qos: .utility)

    private var objects: [AnyObject]

    init(_ objects: [AnyObject]) { self.objects = objects }

    /// Once the caller has let go of the objects: this holds their last references, released on
    /// a background queue (unless another holder still has them).
    func drop() {
        Self.queue.async { self.objects = [] }
    }

    /// Returns once every object dropped so far is freed.
    static func waitForDrops() { queue.sync {} }
}

enum URIPath {
    /// file:///a%20b/c.txt → /a b/c.txt; nil for other schemes.
    static func path(_ uri: String) -> String? {
        guard uri.hasPrefix("file://") else { return nil }
        var rest = Substring(uri.dropFirst(7))
        if let host = rest.firstIndex(of: "/"), host != rest.startIndex { rest = rest[host...] }
        var out: [UInt8] = []
        var bytes = Array(rest.utf8)[...]
        while let b = bytes.first {
            bytes = bytes.dropFirst()
            if b == UInt8(ascii: "%"), bytes.count >= 2, let v = UInt8(String(decoding: bytes.prefix(2), as: UTF8.self), radix: 16) {
                out.append(v)
                bytes = bytes.dropFirst(2)
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func uri(_ path: String) -> String {
        var out = "file://"
        for b in path.utf8 {
            let c = Character(Unicode.Scalar(b))
            if c.isASCII && (c.isLetter || c.isNumber || "/-._~".contains(c)) { out.append(c) }
            else { out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2) }
        }
        return out
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}
