import DraftSyntax

/// One check. Each rule lives in its own file under Rules/, with a stable kebab-case code
/// that never changes once released, a default severity and a one-line summary in both languages.
public protocol Rule: Sendable {
    var code: String { get }
    var defaultSeverity: Severity { get }
    var summary: Message { get }
    /// What the rule must see at once: one block, or the whole file.
    var scope: RuleScope { get }
    /// Appends findings; `severity` is the one the user configured (or the default).
    func check(_ context: RuleContext, _ emit: (Diagnostic) -> Void)
}

/// A block rule sees one block at a time (its findings are kept while an edit leaves the block
/// alone); a document rule compares blocks with each other and runs on the whole file; a
/// workspace rule compares files (`WorkspaceRule`).
public enum RuleScope: Sendable {
    case block
    case document
    case workspace
}

extension Rule {
    public var scope: RuleScope { .block }

    func diagnostic(_ range: ByteRange, _ message: Message, related: [RelatedInformation] = [], fix: Fix? = nil) -> Diagnostic {
        Diagnostic(code: code, severity: defaultSeverity, range: range, message: message, related: related, fix: fix)
    }
}

/// Every rule, in the order `itudraft rules` lists them.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        XrefUnknownSection(), XrefUnknownParagraph(), XrefBadRange(), XrefWrongDirection(),
        LabelGap(), LabelRepeat(), LabelStyleMismatch(), ItemFinalPunctuation(), BodyFinalComma(),
        SectionOrder(), SectionEmpty(),
        MarkUnbalanced(), BracketUnbalanced(), QuoteStrayClose(),
        HalfwidthPunctuation(), StraySpace(), DoubledCharacter(), LatinWord(),
        AbbrTwoAbbreviations(), AbbrTwoExpansions(),
        FootnoteMissingNote(), FootnoteUnusedNote(),
        CitationMalformed(), CitationInconsistentRevision(), CitationUnknownInstrument(), CitationOutdatedRevision(),
        CitationRevisionAcrossFiles(), CitationTitleContradiction(),
        SuppressionUnknownRule(),
    ]

    public static func rule(_ code: String) -> (any Rule)? { all.first { $0.code == code } }
    public static var codes: [String] { all.map(\.code) }
}

/// What the rules share for one document: the tree and what was derived from it once.
public final class RuleContext {
    public let document: Document
    public var bytes: [UInt8] { document.text.bytes }
    public private(set) lazy var resolvedReferences: [ResolvedReference] = ReferenceResolver.resolve(document)
    public private(set) lazy var suppressions = Suppressions(document.text)
    public private(set) lazy var citationIdentities: [CitationIdentity?] = document.citations.map(CitationIdentity.init)

    /// Facts about the instruments cited: the built-in catalog, or one the configuration extends.
    public let catalog: Catalog

    public init(document: Document, catalog: Catalog = .builtIn) {
        self.document = document
        self.catalog = catalog
    }

    /// Paragraphs of Chinese instruments: where typography rules look.
    public private(set) lazy var chineseParagraphs: [ByteRange] =
        document.instruments.filter { $0.language == .zh }.flatMap { Document.paragraphs(of: $0) }

    public func string(_ r: ByteRange) -> String { document.text.string(r) }
}

/// The tool's name and version, shared by the CLI and the server.
public enum ToolInfo {
    public static let name = "itudraft"
    public static let version = "0.1.0"
}
