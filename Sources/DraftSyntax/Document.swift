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

    /// Each block with what was found inside it: the unit an edit re-parses.
    public let segments: [BlockSyntax]

    public init(_ text: SourceText) {
        let lines = LineScanner.scan(text)
        self.init(text: text, segments: Self.scan(Self.structure(text, lines), text: text, lines: lines))
    }

    /// The blocks of the lines; a long file's in runs on every core, each starting at a confirmed
    /// title (where the whole parse starts a block too: a test compares the two).
    static func structure(_ text: SourceText, _ lines: [LineInfo]) -> [Block] {
        let parser = StructureParser(text: text, lines: lines)
        guard text.count >= parallelScanFrom else { return parser.parse() }
        var cuts = [0]
        for k in 1..<4 {
            var i = max(cuts[cuts.count - 1] + 1, lines.count * k / 4)
            while i < lines.count && !(lines[i].titleCandidate != nil && parser.isConfirmedTitle(i)) { i += 1 }
            if i < lines.count { cuts.append(i) }
        }
        cuts.append(lines.count)
        let runs = zip(cuts, cuts.dropFirst()).map { $0..<$1 }
        return orderedMap(runs.count, parallel: true) { parser.parse(in: runs[$0]) }.flatMap { $0 }
    }

    /// Each block scanned on its own; a long file's on every core (blocks never look at each
    /// other, and a 10 MB draft spends most of its parse here).
    static func scan(_ blocks: [Block], text: SourceText, lines: [LineInfo]) -> [BlockSyntax] {
        let revisions = RevisionMemo()
        return orderedMap(blocks.count, parallel: text.count >= parallelScanFrom) {
            BlockSyntax.scan(blocks[$0], text: text, lines: lines, firstLine: 0, revisions: revisions)
        }
    }

    /// A document made of already scanned blocks (all of a file, or one block to check it alone).
    public init(text: SourceText, segments: [BlockSyntax]) {
        self.text = text
        self.segments = segments
        self.blocks = segments.map(\.block)
        self.instruments = blocks.compactMap { b -> Instrument? in
            if case .instrument(let i) = b { return i } else { return nil }
        }
        // One block (how block rules see it) shares its arrays instead of copying them. Closures,
        // not key paths: applying a key path copies the whole segment (a 10 MB draft's keystroke).
        func all<T>(_ part: (BlockSyntax) -> [T]) -> [T] {
            if segments.count == 1 { return part(segments[0]) }
            var out: [T] = []
            out.reserveCapacity(segments.reduce(0) { $0 + part($1).count })
            for seg in segments { out += part(seg) }
            return out
        }
        self.references = all { $0.references }
        self.citations = all { $0.citations }
        self.pending = all { $0.pending }
        self.markProblems = all { $0.markProblems }
        self.abbreviations = segments.compactMap { seg in
            if case .instrument = seg.block { return seg.abbreviations } else { return nil }
        }
        self.footnoteMarks = all { $0.footnoteMarks }
        self.footnoteNotes = all { $0.footnoteNotes }
    }

    /// The document after `edited` (a range of this document's text) was replaced, giving `newText`.
    /// Only the blocks around the edit are parsed again; the others are kept, shifted. The result
    /// is the same as parsing `newText` whole (a test checks it on random edits).
    public func updated(to newText: SourceText, edited: ByteRange, insertedCount: Int) -> (Document, SegmentReuse) {
        let delta = insertedCount - edited.count
        guard !segments.isEmpty else {
            let doc = Document(newText)
            return (doc, SegmentReuse(prefix: 0, suffix: 0, delta: delta))
        }
        // The blocks the edit touches, widened by one on each side: a title edited away merges
        // its instrument into the one before, and a new title splits the one it falls in.
        var first = segments.firstIndex { $0.block.range.end >= edited.start } ?? segments.count - 1
        var last = segments.lastIndex { $0.block.range.start <= edited.end } ?? 0
        first = max(0, min(first, last) - 1)
        last = min(segments.count - 1, max(first, last) + 1)
        // Free text after the region may hold the heading that confirms a title inside it.
        while last + 1 < segments.count, case .freeText = segments[last + 1].block { last += 1 }
        let regionStart = first == 0 ? 0 : segments[first].block.range.start
        let regionEnd = last + 1 < segments.count ? segments[last + 1].block.range.start + delta : newText.count
        let firstLine = newText.lines.line(of: regionStart)
        let lastLine = regionEnd >= newText.count ? newText.lines.lineCount : newText.lines.line(of: regionEnd)
        let lines = LineScanner.scan(newText, lines: firstLine..<max(firstLine, lastLine))
        let blocks = StructureParser(text: newText, lines: lines).parse()
        let revisions = RevisionMemo()
        let middle = blocks.map { BlockSyntax.scan($0, text: newText, lines: lines, firstLine: firstLine, revisions: revisions) }
        // Everything after the edit moves: on a long text, on every core (each block on its own).
        let after = orderedMap(segments.count - last - 1, parallel: newText.count >= parallelScanFrom) { segments[last + 1 + $0].shifted(by: delta) }
        let doc = Document(text: newText, segments: Array(segments[..<first]) + middle + after)
        return (doc, SegmentReuse(prefix: first, suffix: after.count, delta: delta))
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
        instrumentIndex(containing: offset).map { instruments[$0] }
    }

    /// Binary search: instruments are sorted and disjoint, and a file may hold thousands.
    public func instrumentIndex(containing offset: Int) -> Int? {
        let i = instruments.partitionIndex { $0.range.end < offset }
        return i < instruments.count && instruments[i].range.start <= offset ? i : nil
    }
}

/// Which segments of an updated document were kept from the previous one: the first `prefix`
/// unchanged, the last `suffix` moved by `delta` bytes. Whatever was derived from them can be kept too.
public struct SegmentReuse: Sendable, Equatable {
    public let prefix: Int
    public let suffix: Int
    public let delta: Int

    public init(prefix: Int, suffix: Int, delta: Int) {
        self.prefix = prefix
        self.suffix = suffix
        self.delta = delta
    }

    /// The reuse from A to C, given this one from A to B and `next` from B to C.
    public func then(_ next: SegmentReuse) -> SegmentReuse {
        SegmentReuse(prefix: min(prefix, next.prefix), suffix: min(suffix, next.suffix), delta: delta + next.delta)
    }
}

/// One block and what was found inside it. Offsets are absolute in the document's text.
public struct BlockSyntax: Sendable {
    public let block: Block
    public let references: [Reference]
    public let citations: [Citation]
    public let pending: [PendingText]
    public let markProblems: [MarkProblem]
    /// Abbreviations defined in the block (instruments only).
    public let abbreviations: [Abbreviation]
    public let footnoteMarks: [FootnoteMark]
    public let footnoteNotes: [FootnoteNote]

    /// Scans `block`; `lines` are the scanned lines starting at line number `firstLine`.
    static func scan(_ block: Block, text: SourceText, lines: [LineInfo], firstLine: Int, revisions: RevisionMemo = RevisionMemo()) -> BlockSyntax {
        let bytes = text.bytes
        let range = block.range
        let markup = Markup.scan(text, in: range)
        let candidates = InlineCandidates(bytes, in: range)
        var marks = MarkScanner.Result()
        var references: [Reference] = []
        var abbreviations: [Abbreviation] = []
        var titleStart: Int?
        switch block {
        case .freeText(let f):
            MarkScanner.scan(bytes, scopes: [f.range], markup: markup, candidates: candidates.marks, into: &marks)
        case .instrument(let inst):
            let scopes = Document.paragraphs(of: inst)
            MarkScanner.scan(bytes, scopes: scopes, markup: markup, candidates: candidates.marks, into: &marks)
            for p in scopes {
                references += ReferenceScanner.scan(bytes, p, language: inst.language, candidates: candidates.references)
                if inst.language == .zh { AbbreviationScanner.scan(bytes, paragraph: p, marks: candidates.marks, into: &abbreviations) }
            }
            titleStart = inst.title.start
        }
        // A resolution's own title line is no citation of it.
        let citations = CitationScanner.scan(text, in: range, markup: markup, candidates: candidates.citations, revisions: revisions).filter { $0.range.start != titleStart }
        let from = text.lines.line(of: range.start) - firstLine
        let to = text.lines.line(of: range.end) - firstLine
        let blockLines = lines[max(0, from)..<min(lines.count, max(from, to + 1))]
        let (footnoteMarks, footnoteNotes) = FootnoteScanner.scan(text, in: range, lines: blockLines, markup: markup, superscripts: candidates.superscripts)
        return BlockSyntax(
            block: block, references: references, citations: citations,
            pending: marks.pending.sorted { $0.range < $1.range },
            markProblems: marks.problems.sorted { $0.range < $1.range },
            abbreviations: abbreviations, footnoteMarks: footnoteMarks, footnoteNotes: footnoteNotes)
    }

    public func shifted(by d: Int) -> BlockSyntax {
        guard d != 0 else { return self }
        return BlockSyntax(
            block: block.shifted(by: d), references: references.map { $0.shifted(by: d) },
            citations: citations.map { $0.shifted(by: d) }, pending: pending.map { $0.shifted(by: d) },
            markProblems: markProblems.map { $0.shifted(by: d) }, abbreviations: abbreviations.map { $0.shifted(by: d) },
            footnoteMarks: footnoteMarks.map { $0.shifted(by: d) }, footnoteNotes: footnoteNotes.map { $0.shifted(by: d) })
    }
}
