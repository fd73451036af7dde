/// A parsed document: the blocks of the file and everything found inside its text.
/// Immutable; parsing never fails.
public struct Document: Sendable {
    public let text: SourceText
    public let blocks: [Block]
    public let instruments: [Instrument]
    /// Cross-references inside instruments, in document order.
    public let references: [Reference]
    /// Citations of other instruments anywhere in the file, in document order.
    public let citations: [Citation]
    public let pending: [PendingText]
    public let markProblems: [MarkProblem]
    /// Abbreviations defined in each instrument, indexed like `instruments`.
    public let abbreviations: [[Abbreviation]]
    public let footnoteMarks: [FootnoteMark]
    public let footnoteNotes: [FootnoteNote]

    public init(_ text: SourceText) {
        self.text = text
        let bytes = text.bytes
        let lines = LineScanner.scan(text)
        let markup = Markup.scan(text)
        let blocks = StructureParser(text: text, lines: lines).parse()
        self.blocks = blocks
        let instruments = blocks.compactMap { b -> Instrument? in
            if case .instrument(let i) = b { return i } else { return nil }
        }
        self.instruments = instruments

        var marks = MarkScanner.Result()
        var references: [Reference] = []
        var abbreviations: [[Abbreviation]] = []
        for block in blocks {
            switch block {
            case .freeText(let f):
                MarkScanner.scan(bytes, scopes: [f.range], markup: markup, into: &marks)
            case .instrument(let inst):
                let scopes = Document.paragraphs(of: inst)
                MarkScanner.scan(bytes, scopes: scopes, markup: markup, into: &marks)
                var found: [Abbreviation] = []
                for p in scopes {
                    references += ReferenceScanner.scan(bytes, p, language: inst.language)
                    if inst.language == .zh { AbbreviationScanner.scan(bytes, paragraph: p, into: &found) }
                }
                abbreviations.append(found)
            }
        }
        self.references = references
        self.abbreviations = abbreviations
        self.pending = marks.pending.sorted { $0.range < $1.range }
        self.markProblems = marks.problems.sorted { $0.range < $1.range }
        // A resolution's own title line is no citation of it.
        let titleStarts = Set(instruments.map(\.title.start))
        self.citations = CitationScanner.scan(text, markup: markup).filter { !titleStarts.contains($0.range.start) }
        (self.footnoteMarks, self.footnoteNotes) = FootnoteScanner.scan(text, lines: lines, markup: markup)
    }

    public init(_ string: String) { self.init(SourceText(string)) }

    /// The paragraphs of an instrument in order: title, body, then each item's own text.
    public static func paragraphs(of inst: Instrument) -> [ByteRange] {
        var out = [inst.title]
        if let b = inst.body { out.append(b) }
        for s in inst.sections {
            for item in s.items { item.walk { i, _ in out.append(i.textRange) } }
        }
        return out
    }

    public func instrument(containing offset: Int) -> Instrument? {
        instruments.first { $0.range.start <= offset && offset <= $0.range.end }
    }

    public func instrumentIndex(containing offset: Int) -> Int? {
        instruments.firstIndex { $0.range.start <= offset && offset <= $0.range.end }
    }
}
