import DraftSyntax

/// What a language version of an instrument must share with the others (DOMAIN.md §6.7), read
/// from one instrument: its identity, its sections (by the lexicon's English keyword, so that
/// 认为 and *is of the view* compare equal), each section's labels, and per paragraph the numbers
/// it writes, the citations it makes and how it ends.
public struct VersionSummary: Sendable, Equatable {
    public struct Paragraph: Sendable, Equatable {
        /// The label path (["1"], ["3", "b"]); empty for an unlabelled paragraph (its index then).
        public let path: [String]
        public let range: ByteRange
        public let numbers: [String]
        public let citations: [String]
        /// The targets its resolved cross-references name ("is of the view 1"), sorted; nil when
        /// one of them does not resolve (the xref rules report that).
        public let references: [String]?
        /// The role of its final mark: ";" "," "." ":" (both languages), or "" for none.
        public let ending: String
        /// Its outermost [pending] texts and its footnote marks, counted.
        public let pending: Int
        public let footnotes: Int
    }

    public struct Section: Sendable, Equatable {
        /// The English keyword: a Chinese heading's gloss, an English heading lower-cased.
        public let key: String
        public let heading: ByteRange
        public let labels: [String]
        public let paragraphs: [Paragraph]

        func shifted(by d: Int) -> Section {
            Section(key: key, heading: heading.shifted(by: d), labels: labels, paragraphs: paragraphs.map { p in
                Paragraph(path: p.path, range: p.range.shifted(by: d), numbers: p.numbers, citations: p.citations, references: p.references,
                          ending: p.ending, pending: p.pending, footnotes: p.footnotes)
            })
        }
    }

    /// "resolution 71" / "opinion 4": versions of one instrument share it.
    public let identity: String
    public let language: TextLanguage
    public var title: ByteRange { unshiftedTitle.shifted(by: delta) }
    /// Shifted when asked for: a keystroke moves every instrument after it, and most of them are
    /// never compared (only those with a counterpart are).
    public var sections: [Section] {
        delta == 0 ? unshiftedSections : unshiftedSections.map { $0.shifted(by: delta) }
    }
    private let unshiftedTitle: ByteRange
    private let unshiftedSections: [Section]
    /// How far the text moved this instrument since its sections were read.
    private let delta: Int

    init(identity: String, language: TextLanguage, title: ByteRange, sections: [Section]) {
        self.init(identity: identity, language: language, title: title, sections: sections, delta: 0)
    }

    private init(identity: String, language: TextLanguage, title: ByteRange, sections: [Section], delta: Int) {
        self.identity = identity
        self.language = language
        unshiftedTitle = title
        unshiftedSections = sections
        self.delta = delta
    }

    public static func == (a: VersionSummary, b: VersionSummary) -> Bool {
        a.identity == b.identity && a.language == b.language && a.title == b.title && a.sections == b.sections
    }

    /// The summaries of `document`'s instruments. With the summaries of the version it was
    /// updated from and what the update kept (`reuse`), the instruments of kept blocks keep
    /// theirs, shifted: a keystroke in a 10 MB draft re-reads one instrument, not two thousand.
    /// An instrument's summary reads only its own block (its citations, its references).
    /// `complete: false` leaves the paragraphs out (identity, language, title and sections are
    /// kept): enough to find counterparts, a fraction of the memory for a folder of drafts that
    /// mostly have none.
    static func of(_ document: Document, facts: DocumentFacts, reusing previous: [VersionSummary] = [], reuse: SegmentReuse? = nil,
                   complete: Bool = true) -> [VersionSummary] {
        let segments = document.segments
        var keptBefore = Int.min, keptAfter = Int.max, delta = 0
        var byTitle: [Int: VersionSummary] = [:]
        if let reuse, !previous.isEmpty, reuse.prefix + reuse.suffix <= segments.count {
            if reuse.prefix > 0 { keptBefore = segments[reuse.prefix - 1].block.range.end }
            if reuse.suffix > 0 { keptAfter = segments[segments.count - reuse.suffix].block.range.start }
            delta = reuse.delta
            for v in previous { byTitle[v.title.start] = v }
        }
        return document.instruments.compactMap { inst in
            if inst.range.end <= keptBefore, let v = byTitle[inst.titleLines[0].start] { return v }
            if inst.range.start >= keptAfter, let v = byTitle[inst.titleLines[0].start - delta] { return v.shifted(by: delta) }
            return summary(of: inst, document, facts, complete: complete)
        }
    }

    func shifted(by d: Int) -> VersionSummary {
        d == 0 ? self : VersionSummary(identity: identity, language: language, title: unshiftedTitle, sections: unshiftedSections, delta: delta + d)
    }

    private static func summary(of inst: Instrument, _ document: Document, _ facts: DocumentFacts, complete: Bool) -> VersionSummary? {
        guard let number = inst.number, inst.kind != .fragment else { return nil }
        let text = document.text, identities = facts.citationIdentities
        // Only paragraphs read references: a light summary resolves none (on 10 MB that was as
        // much as resolving them for the rules).
        let resolved = complete ? facts.references(within: inst.range) : []
        let kind = inst.kind == .draftOpinion ? "opinion" : inst.kind.rawValue
        var sections: [Section] = []
        sections.reserveCapacity(inst.sections.count)
        for s in inst.sections {
            let key = sectionKey(s, inst.language)
            guard !key.isEmpty else { return nil }  // a heading the lexicon does not know cannot be matched
            var paragraphs: [Paragraph] = []
            for top in s.items where complete {
                top.walk { item, _ in
                    let r = item.textRange
                    let citing = document.citations.indices(startingIn: r) { $0.range.start }
                    let cited = citing.compactMap { i in identities[i].map { "\($0.englishName) \(document.citations[i].revision.map { ConferenceRegister.builtIn.canonicalPlace($0.place ?? "") + String($0.year ?? 0) + ($0.acronym ?? "") } ?? "")" } }
                    let marks = document.footnoteMarks.elements(startingIn: r) { $0.range.start }
                    let ignored = document.citations[citing].map(\.range) + marks.map(\.range)
                    paragraphs.append(Paragraph(path: item.label.map { [$0.key] } ?? [], range: r, numbers: numbers(in: text, r, excluding: ignored), citations: cited,
                                                references: targets(of: Array(resolved.elements(startingIn: r) { $0.reference.range.start }), inst.language),
                                                ending: ending(text, item),
                                                pending: document.pending.elements(startingIn: r) { $0.range.start }.count { p in p.depth == 1 && !marks.contains { $0.range.start == p.range.start } },
                                                footnotes: marks.count))
                }
            }
            sections.append(Section(key: key, heading: s.heading.range, labels: s.items.compactMap { $0.label?.key }, paragraphs: paragraphs))
        }
        // Two different Opinions 4 (2013, 2021) are not versions of each other: the year of the
        // title's revision or of the body that speaks is part of the identity.
        let year = firstYear(text.bytes, in: inst.title) ?? inst.body.flatMap { firstYear(text.bytes, in: $0) }
        return VersionSummary(identity: "\(kind) \(number)" + (year.map { " \($0)" } ?? ""), language: inst.language, title: inst.titleLines[0], sections: sections)
    }

    /// The English keyword a section is matched by: a Chinese heading's gloss, an English heading lower-cased.
    static func sectionKey(_ s: DraftSyntax.Section, _ language: TextLanguage) -> String {
        language == .zh ? s.heading.entry.glossKey : Lexicon.keyword(of: s.heading.keyword).lowercased()
    }

    static func targets(of references: [ResolvedReference], _ language: TextLanguage) -> [String]? {
        var out: [String] = []
        for r in references {
            guard r.problem == nil, let section = r.section, !r.items.contains(where: { $0 == nil }) else { return nil }
            out += r.items.compactMap { $0?.label.map { "\(sectionKey(section, language)) \($0.key)" } }
        }
        return out.sorted()
    }

    /// The first year (1865–2099) written in `range`: a run of exactly four ASCII digits.
    static func firstYear(_ bytes: [UInt8], in range: ByteRange) -> Int? {
        let end = min(range.end, bytes.count)
        var i = max(0, range.start)
        while i < end {
            guard CharClass.isASCIIDigit(bytes[i]) else { i += 1; continue }
            let run = i
            var value = 0
            while i < end && CharClass.isASCIIDigit(bytes[i]) {
                if i - run < 4 { value = value * 10 + Int(bytes[i] - 0x30) }
                i += 1
            }
            if i - run == 4 && value >= 1865 && value <= 2099 { return value }
        }
        return nil
    }

    /// The numbers a paragraph writes (years, amounts, counts) as values, so that 25亿 and
    /// 2.5 billion, 1,000 and 1000 compare equal; citations' own numbers aside (they are compared
    /// as citations), and footnote marks' numbers.
    static func numbers(in text: SourceText, _ r: ByteRange, excluding ignored: [ByteRange]) -> [String] {
        let bytes = text.bytes
        var out: [String] = []
        var i = r.start
        while i < r.end {
            guard CharClass.isASCIIDigit(bytes[i]), i == r.start || !CharClass.isASCIILetter(bytes[i - 1]) else { i += UTF8Scan.length(lead: bytes[i]); continue }
            var e = i
            while e < r.end && (CharClass.isASCIIDigit(bytes[e]) || ((bytes[e] == 0x2C || bytes[e] == 0x2E) && e + 1 < r.end && CharClass.isASCIIDigit(bytes[e + 1]))) { e += 1 }
            defer { i = e }
            if ignored.contains(where: { $0.contains(i) }) { continue }
            guard var value = Double(String(decoding: bytes[i..<e].filter { $0 != 0x2C }, as: UTF8.self)) else { continue }
            value *= scale(bytes, after: e, r.end)
            out.append(value == value.rounded() && value < 1e18 ? String(Int64(value)) : String(value))
        }
        return out.sorted()
    }

    private static let scales: [([UInt8], Double)] = [
        ("千万", 1e7), ("百万", 1e6), ("万", 1e4), ("亿", 1e8), (" thousand", 1e3), (" million", 1e6), (" billion", 1e9), (" trillion", 1e12),
    ].map { (Array($0.0.utf8), $0.1) }

    private static func scale(_ bytes: [UInt8], after e: Int, _ end: Int) -> Double {
        for (word, factor) in scales where e + word.count <= end && UTF8Scan.hasBytes(bytes, word, at: e) { return factor }
        return 1
    }

    static func ending(_ text: SourceText, _ item: Item) -> String {
        guard let mark = item.finalPunctuation else { return "" }
        switch UTF8Scan.scalar(text.bytes, at: mark.start).value {
        case 0xFF1B, 0x3B: return ";"
        case 0xFF0C, 0x2C: return ","
        case 0x3002, 0x2E: return "."
        case 0xFF1A, 0x3A: return ":"
        default: return ""
        }
    }
}
