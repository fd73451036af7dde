import DraftSyntax
import Synchronization

/// What is derived from one version of a document, each computed once and only when asked:
/// resolved references and citation identities. The rules, relabelling, the workspace summary,
/// the CLI and every server feature read them from here.
public final class DocumentFacts: @unchecked Sendable {
    public let document: Document
    private let lock = Mutex(())
    private var _references: [ResolvedReference]?
    private var _identities: [CitationIdentity?]?
    /// The identities of the version this one was updated from, and which of its segments it kept.
    private let earlier: (identities: [CitationIdentity?], reuse: SegmentReuse)?
    /// How often the references were resolved: once, whoever asked (a test checks it).
    public private(set) var resolutions = 0

    /// `earlier`: the identities of the version `document` was updated from and what the update
    /// kept; the citations of kept blocks keep theirs (a keystroke in a 10 MB draft would tell
    /// 7,000 citations again).
    public init(_ document: Document, reusing earlier: (identities: [CitationIdentity?], reuse: SegmentReuse)? = nil) {
        self.document = document
        self.earlier = earlier
    }

    /// The identities, if they were asked for already.
    public var computedIdentities: [CitationIdentity?]? { lock.withLock { _ in _identities } }

    public var references: [ResolvedReference] {
        lock.withLock { _ in
            if let r = _references { return r }
            let r = ReferenceResolver.resolve(document)
            resolutions += 1
            _references = r
            return r
        }
    }

    /// The references of `range` (an instrument), resolved: from the whole file's when they were
    /// resolved already, else only these, so that a caller that needs one instrument (a
    /// keystroke's language-version summary) does not pay for the file.
    public func references(within range: ByteRange) -> [ResolvedReference] {
        let all: [ResolvedReference]? = lock.withLock { _ in _references }
        if let all {
            return Array(all.elements(startingIn: range) { $0.reference.range.start })
        }
        return document.references.elements(startingIn: range) { $0.range.start }.map { ReferenceResolver.resolve($0, in: document) }
    }

    /// One per `document.citations`, nil where the instrument cannot be told.
    public var citationIdentities: [CitationIdentity?] {
        lock.withLock { _ in
            if let i = _identities { return i }
            let i = earlier.flatMap(reused) ?? document.citations.map(CitationIdentity.init)
            _identities = i
            return i
        }
    }

    /// The earlier identities of the citations in kept segments (the same blocks, so the same
    /// citations in the same order), the others told again.
    private func reused(_ earlier: (identities: [CitationIdentity?], reuse: SegmentReuse)) -> [CitationIdentity?]? {
        let (old, reuse) = earlier, segments = document.segments, citations = document.citations
        guard reuse.prefix + reuse.suffix <= segments.count else { return nil }
        let head = segments[..<reuse.prefix].reduce(0) { $0 + $1.citations.count }
        let tail = segments[(segments.count - reuse.suffix)...].reduce(0) { $0 + $1.citations.count }
        guard head + tail <= old.count, head + tail <= citations.count else { return nil }
        var out = Array(old[..<head])
        out.reserveCapacity(citations.count)
        for c in citations[head..<(citations.count - tail)] { out.append(CitationIdentity(c)) }
        out += old[(old.count - tail)...]
        return out
    }
}
