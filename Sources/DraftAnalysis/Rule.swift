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
    /// Whether its fixes never change words, so that formatting and `check --fix` apply them.
    var formatsSafely: Bool { get }
    /// Rules whose findings this document rule's finding stands for when it reports (the file's
    /// half-width punctuation at once, instead of each mark): they are then not shown.
    var supersedes: [String] { get }
    /// Whether this document rule reads the block rules' findings (so runs after them).
    var readsBlockFindings: Bool { get }
    /// For a rule that reads block findings: what it can compute on the context before they
    /// exist (its shared facts), done beside the block rules instead of after them.
    func prepare(_ context: RuleContext)
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
    public var formatsSafely: Bool { false }
    public var supersedes: [String] { [] }
    public var readsBlockFindings: Bool { false }
    public func prepare(_ context: RuleContext) {}

    func diagnostic(_ range: ByteRange, _ message: Message, related: [RelatedInformation] = [], fix: Fix? = nil) -> Diagnostic {
        Diagnostic(code: code, severity: defaultSeverity, range: range, message: message, related: related, fix: fix)
    }
}

/// Every rule, in the order `itudraft rules` lists them.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        XrefUnknownSection(), XrefUnknownParagraph(), XrefBadRange(), XrefWrongDirection(), TrackedDeletionTarget(),
        LabelGap(), LabelRepeat(), LabelStyleMismatch(), ItemFinalPunctuation(), BodyFinalComma(),
        SectionOrder(), SectionEmpty(),
        MarkUnbalanced(), BracketUnbalanced(), QuoteStrayClose(),
        HalfwidthPunctuation(), HalfwidthPunctuationFile(), StraySpace(), DoubledCharacter(), LatinWord(),
        EnglishPunctuationSpacing(), EnglishGluedWord(), EnglishDoubledWord(), EnglishFullwidthPunctuation(),
        AbbrTwoAbbreviations(), AbbrTwoExpansions(),
        FootnoteMissingNote(), FootnoteUnusedNote(),
        CitationMalformed(), CitationInconsistentRevision(), CitationUnknownInstrument(), CitationOutdatedRevision(),
        CitationConferenceMismatch(), CitationFlattenedRevision(), InstrumentRevisionMismatch(),
        CitationRevisionAcrossFiles(), CitationTitleContradiction(),
        VersionSectionMismatch(), VersionLabelMismatch(), VersionNumberMismatch(), VersionCitationMismatch(), VersionFinalPunctuation(), VersionPendingMismatch(), VersionFootnoteMismatch(), VersionReferenceMismatch(),
        SuppressionUnknownRule(),
    ]

    /// Asked once per finding by the reports: a table, not a walk over every rule.
    private static let byCode = Dictionary(all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    public static func rule(_ code: String) -> (any Rule)? { byCode[code] }
    public static var codes: [String] { all.map(\.code) }
}

/// What the rules share for one document: the tree and what was derived from it once.
public final class RuleContext {
    public let document: Document
    public var bytes: [UInt8] { document.text.bytes }
    /// The facts of `document`, shared with whoever else asks about this version.
    public let facts: DocumentFacts
    public var resolvedReferences: [ResolvedReference] { facts.references }
    public internal(set) lazy var suppressions = Suppressions(document.text)
    public var citationIdentities: [CitationIdentity?] { facts.citationIdentities }

    /// Facts about the instruments cited: the built-in catalog, or one the configuration extends.
    public let catalog: Catalog
    /// For a Word draft: where its lines came from and what its tracked changes did.
    public let word: WordSource?

    public init(document: Document, catalog: Catalog = .builtIn, facts: DocumentFacts? = nil, word: WordSource? = nil) {
        self.document = document
        self.catalog = catalog
        self.word = word
        self.facts = facts ?? DocumentFacts(document)
    }

    /// Paragraphs of Chinese instruments, and their heading lines (做出决议, with its comma):
    /// where typography rules look.
    public private(set) lazy var chineseParagraphs: [ByteRange] =
        document.instruments.filter { $0.language == .zh }.flatMap { inst in
            (Document.paragraphs(of: inst) + inst.sections.map(\.heading.range)).sorted { $0.start < $1.start }
        }

    /// The Chinese lines of free text (the report around the instruments): typography is judged
    /// there too, structure never. Markdown tables, tab-separated rows and code, whose spacing and
    /// ASCII marks are syntax, are left out, and so are link targets ("](#)").
    public private(set) lazy var chineseFreeText: [ByteRange] = {
        let text = document.text
        var out: [ByteRange] = []
        var inCode = false
        for block in document.blocks {
            guard case .freeText(let f) = block else { continue }
            var line = text.lines.line(of: f.range.start)
            while line < text.lines.lineCount, text.lines.lineStarts[line] < f.range.end {
                let r = text.lines.contentRange(ofLine: line)
                line += 1
                var s = r.start
                while s < r.end, CharClass.isASCIIWhitespace(text.bytes[s]) { s += 1 }
                if text.hasBytes(Self.fence, at: s) { inCode.toggle(); continue }
                if inCode || s >= r.end || text.bytes[s] == UInt8(ascii: "|") || text.bytes[s] == UInt8(ascii: "<") { continue }
                if UTF8Scan.firstByte(0x09, in: text.bytes, from: s, end: r.end) < r.end { continue }
                guard UTF8Scan.firstLead(text.bytes, from: s, end: r.end, where: { $0 >= 0xE3 && $0 <= 0xE9 }) < r.end else { continue }
                Self.appendOutsideLinkTargets(text.bytes, ByteRange(s, r.end), to: &out)
            }
        }
        return out
    }()
    private static let fence = Array("```".utf8)

    /// `line` without the targets of its Markdown links: "[文字](#)" keeps "[文字]". Appended in
    /// place: half of a 10 MB draft made of the seeds is free text, tens of thousands of lines.
    static func appendOutsideLinkTargets(_ bytes: [UInt8], _ line: ByteRange, to out: inout [ByteRange]) {
        var start = line.start
        func keep(_ end: Int) { if end > start { out.append(ByteRange(start, end)) } }
        var i = UTF8Scan.firstByte(UInt8(ascii: "]"), in: bytes, from: line.start, end: line.end)
        while i + 1 < line.end {
            if bytes[i + 1] == UInt8(ascii: "(") {
                let close = UTF8Scan.firstByte(UInt8(ascii: ")"), in: bytes, from: i + 2, end: line.end)
                if close < line.end {
                    keep(i + 1)
                    start = close + 1
                    i = UTF8Scan.firstByte(UInt8(ascii: "]"), in: bytes, from: start, end: line.end)
                    continue
                }
            }
            i = UTF8Scan.firstByte(UInt8(ascii: "]"), in: bytes, from: i + 1, end: line.end)
        }
        keep(line.end)
    }

    /// Paragraphs of English instruments: where the English typography rules look.
    public private(set) lazy var englishParagraphs: [ByteRange] =
        document.instruments.filter { $0.language == .en }.flatMap { Document.paragraphs(of: $0) }

    /// The half-width marks of this (part of the) document's Chinese text, each with its fix.
    public private(set) lazy var halfWidthMarks: [Diagnostic] = HalfwidthPunctuation.marks(self)

    public private(set) lazy var halfWidthMarkStarts: Set<Int> = Set(halfWidthMarks.map(\.range.start))

    /// The sibling label sequences (each section's items, each item's sub-items), for the label rules.
    public private(set) lazy var labelSequences: [[ItemLabel]] = LabelSequences.of(document)

    /// For document rules: the block rules' findings of the whole document (kept ones included)
    /// and the codes of the block rules that ran, so that a file-wide decision need not scan again.
    public internal(set) var blockFindings: [Diagnostic] = []
    public internal(set) var blockRulesRun: Set<String> = []

    /// Where the typography rules of Chinese text look: instruments' paragraphs and free text.
    public private(set) lazy var chineseText: [ByteRange] = (chineseParagraphs + chineseFreeText).sorted { $0.start < $1.start }

    public func string(_ r: ByteRange) -> String { document.text.string(r) }
}

/// What a finding is about, for the features that treat some findings apart; named by rule type
/// so that a renamed code cannot silently break them.
extension Diagnostic {
    /// A broken cross-reference (hover explains it instead of showing the target).
    public var isBrokenReference: Bool {
        [XrefUnknownSection().code, XrefUnknownParagraph().code, XrefBadRange().code, XrefWrongDirection().code].contains(code)
    }

    /// Labels out of sequence, which renumbering repairs.
    public var isLabelSequence: Bool { code == LabelGap().code || code == LabelRepeat().code }

    /// A citation of a revision older than the catalog's latest.
    public var isOutdatedRevision: Bool { code == CitationOutdatedRevision().code }
}

/// The tool's name and version, shared by the CLI and the server.
public enum ToolInfo {
    public static let name = "itudraft"
    public static let version = "0.1.0"
}
