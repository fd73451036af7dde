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
    /// How often the references were resolved: once, whoever asked (a test checks it).
    public private(set) var resolutions = 0

    public init(_ document: Document) { self.document = document }

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
            let i = document.citations.map(CitationIdentity.init)
            _identities = i
            return i
        }
    }
}
