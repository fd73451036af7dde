import DraftSyntax

/// A cross-reference with its target looked up in its own instrument.
public struct ResolvedReference: Sendable {
    public enum Problem: Sendable, Equatable {
        case unknownSection
        /// Index into `reference.targets` of the missing paragraph.
        case unknownParagraph(Int)
        case rangeMissingEnd(Int)
        case rangeBackwards
        case wrongDirection
    }

    public let reference: Reference
    public let instrumentIndex: Int?
    /// The section the reference names, when it exists.
    public let section: Section?
    /// The target items, one per `reference.targets` entry (nil where missing).
    public let items: [Item?]
    public let problem: Problem?
    /// A reference that names no section (上述第1段): the sections that hold its paragraph when
    /// more than one does; it is then not checked, and hover lists them.
    public let candidates: [Section]

    init(reference: Reference, instrumentIndex: Int?, section: Section?, items: [Item?], problem: Problem?, candidates: [Section] = []) {
        self.reference = reference
        self.instrumentIndex = instrumentIndex
        self.section = section
        self.items = items
        self.problem = problem
        self.candidates = candidates
    }

    /// True when the reference names no section and none of its instrument could be meant
    /// (上文第1.1.3段 of another report): it is not checked.
    public var isExternal: Bool { reference.sectionKeyword == nil && section == nil && candidates.isEmpty }
}

public enum ReferenceResolver {
    public static func resolve(_ doc: Document) -> [ResolvedReference] {
        doc.references.map { resolve($0, in: doc) }
    }

    /// Whether the reference names this section, in any case. Lower-casing both (a new String
    /// each) is left for keywords that have case: Chinese ones, most of them, never do.
    static func matches(_ section: Section, _ keyword: String) -> Bool {
        let heading = section.heading.keyword
        if heading == keyword { return true }
        guard hasCase(heading) || hasCase(keyword) else { return false }
        return heading.lowercased() == keyword.lowercased()
    }

    /// Whether lower-casing may change `s`: ASCII and ideographs are told without Unicode's tables.
    static func hasCase(_ s: String) -> Bool {
        s.unicodeScalars.contains { c in
            if c.value < 0x80 { return c.value >= 0x41 && c.value <= 0x5A }
            if c.value >= 0x2E80 && c.value < 0xA000 { return false }  // CJK radicals, punctuation, kana, ideographs
            return c.properties.changesWhenLowercased
        }
    }

    public static func resolve(_ ref: Reference, in doc: Document) -> ResolvedReference {
        let idx = doc.instrumentIndex(containing: ref.range.start)
        guard let i = idx else {
            return ResolvedReference(reference: ref, instrumentIndex: idx, section: nil, items: [], problem: nil)
        }
        let inst = doc.instruments[i]
        guard let keyword = ref.sectionKeyword else {
            // 上述第1段 / paragraph 3 above: the one section that holds the paragraph, when only one does
            // (or the instrument numbers all its operative paragraphs in one run).
            let holders = inst.sections.filter { s in ref.targets.allSatisfy { s.item(at: $0.path) != nil } }
            guard holders.count == 1 else {
                return ResolvedReference(reference: ref, instrumentIndex: i, section: nil, items: [], problem: nil, candidates: holders)
            }
            return check(ref, in: holders[0], instrument: i)
        }
        let candidates = inst.sections.filter { matches($0, keyword) }
        guard !candidates.isEmpty else {
            return ResolvedReference(reference: ref, instrumentIndex: i, section: nil, items: [], problem: .unknownSection)
        }
        let at = ref.range.start
        let containing = candidates.first { $0.range.contains(at) }
        let before = candidates.last { $0.range.start < at }
        let after = candidates.first { $0.range.start > at }
        let section: Section
        switch ref.direction {
        case .above: section = before ?? candidates[0]
        case .below: section = containing ?? after ?? candidates.last!
        case .unspecified: section = containing ?? before ?? candidates[0]
        }
        return check(ref, in: section, instrument: i)
    }

    /// The reference's targets looked up in `section`, and what is wrong with them.
    static func check(_ ref: Reference, in section: Section, instrument i: Int) -> ResolvedReference {
        let at = ref.range.start
        let items = ref.targets.map { section.item(at: $0.path) }
        var problem: ResolvedReference.Problem?
        if ref.isRange, items.count == 2 {
            if let missing = items.firstIndex(where: { $0 == nil }) {
                problem = .rangeMissingEnd(missing)
            } else if let a = items[0]!.label, let b = items[1]!.label, items[0]!.range.start >= items[1]!.range.start || a.ordinal > b.ordinal {
                problem = .rangeBackwards
            }
        } else if let missing = items.firstIndex(where: { $0 == nil }) {
            problem = .unknownParagraph(missing)
        }
        if problem == nil {
            // A reference inside its own target (self-reference) says nothing about direction.
            let targets = items.compactMap { $0 }.filter { !$0.range.contains(at) }
            switch ref.direction {
            case .above where targets.contains { $0.range.start > at }: problem = .wrongDirection
            case .below where targets.contains { $0.range.start < at }: problem = .wrongDirection
            default: break
            }
        }
        return ResolvedReference(reference: ref, instrumentIndex: i, section: section, items: items, problem: problem)
    }
}
