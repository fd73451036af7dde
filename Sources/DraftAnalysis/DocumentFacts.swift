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
