import DraftSyntax

/// What one file tells the rest of the workspace: the instruments it cites (with revision and
/// inline title) and the instruments and sections it holds. Built once per version of a file.
public struct FileSummary: Sendable {
    /// The workspace key: a path (CLI) or a URI (server).
    public let key: String
    /// The file's text; empty in a light summary (see `isComplete`).
    public let text: SourceText
    public let citations: [CitedInstrument]
    /// Where each instrument is cited in `citations`: lookups stay proportional to the hits.
    public let positions: [CitationIdentity: [Int]]
    public let symbols: [WorkspaceSymbol]
    /// The instruments it holds, as their language versions are compared.
    public let versions: [VersionSummary]
    /// Where each identity is in `versions`: finding counterparts stays proportional to the hits
    /// (a file of 2,000 instruments compared each with all the others).
    let versionIndex: [String: [TextLanguage: [Int]]]
    /// Whether it holds its text and its versions' paragraphs. A light summary only tells what
    /// it cites and which counterparts exist: its versions are never compared and its text is
    /// never read (what a message quotes of a citation is kept: `written(_:)`). `check`
    /// keeps light summaries of a folder's files and completes those that have a counterpart.
    public let isComplete: Bool

    /// `previous`: the summary of the version `document` was updated from, `reuse` what the update kept.
    public init(key: String, document: Document, facts: DocumentFacts? = nil, reusing previous: FileSummary? = nil, reuse: SegmentReuse? = nil,
                complete: Bool = true) {
        self.key = key
        self.text = complete ? document.text : SourceText(bytes: [])
        var cited: [CitedInstrument] = []
        var positions: [CitationIdentity: [Int]] = [:]
        let facts = facts ?? DocumentFacts(document)
        let identities = facts.citationIdentities
        let reusable = previous?.isComplete == complete ? previous?.versions ?? [] : []
        let versions = VersionSummary.of(document, facts: facts, reusing: reusable, reuse: reuse, complete: complete)
        isComplete = complete
        self.versions = versions
        versionIndex = Dictionary(grouping: versions.indices, by: { versions[$0].identity }).mapValues { Dictionary(grouping: $0, by: { versions[$0].language }) }
        for (c, identity) in zip(document.citations, identities) where c.problem == nil {
            if let id = identity {
                positions[id, default: []].append(cited.count)
                cited.append(CitedInstrument(id: id, citation: c, kept: complete ? nil : document.text.string(c.range)))
            }
        }
        citations = cited
        self.positions = positions
        symbols = WorkspaceSymbol.symbols(of: document)
    }
}

/// One citation of an identified instrument.
public struct CitedInstrument: Sendable {
    public let id: CitationIdentity
    public let citation: Citation
    /// In a light summary, the citation as written (a complete one reads it from its text).
    let kept: String?
}

extension FileSummary {
    /// The `i`th citation as the file writes it, for messages that quote it.
    public func written(_ i: Int) -> String { citations[i].kept ?? text.string(citations[i].citation.range) }
}

/// An instrument held in the workspace: its identity in one language.
struct VersionKey: Hashable, Sendable {
    let identity: String
    let language: TextLanguage

    init(identity: String, language: TextLanguage) {
        self.identity = identity
        self.language = language
    }

    init(_ v: VersionSummary) { self.init(identity: v.identity, language: v.language) }
}
