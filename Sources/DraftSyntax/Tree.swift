/// The kinds of instrument a title announces.
public enum InstrumentKind: String, Sendable, Codable, CaseIterable {
    case opinion
    case draftOpinion = "draft-opinion"
    case resolution
    case decision
    case recommendation
    /// A drafting group's piece of an operative part: headings and items, no title.
    case fragment
}

/// How an item is labelled: a) b) …, 1 2 …, i) ii) …, or 1.1 1.2 ….
public enum LabelStyle: String, Sendable, Codable {
    case letter
    case number
    case roman
    case decimal
}

extension LabelStyle {
    /// The lower-case roman numeral of `n` (1 … 39, as labels go): 4 → "iv".
    public static func roman(_ n: Int) -> String { LineScanner.toRoman(n) }
    /// The value of a lower-case roman label key, nil when it is none ("iiii", "vx").
    public static func romanValue(_ key: String) -> Int? { LineScanner.romanValue(Array(key.utf8)) }
}

public struct ItemLabel: Sendable, Hashable {
    /// The label as written, e.g. "a)", "ａ）", "1", "1.1".
    public let range: ByteRange
    public let style: LabelStyle
    /// Normalised key: "a", "1", "ii", "1.1" (half-width, no parenthesis).
    public let key: String
    /// 1-based position in its sequence: a=1, aa=27, ii=2, 1.2=2.
    public let ordinal: Int
    /// A paragraph inserted in negotiation (1bis, 2ter, a bis)) or an alternative (备选1, Alt 1):
    /// "bis", "ter", …, or "alt". Such labels stand beside the sequence, not in it.
    public let variant: String?

    public init(range: ByteRange, style: LabelStyle, key: String, ordinal: Int, variant: String? = nil) {
        self.range = range
        self.style = style
        self.key = key
        self.ordinal = ordinal
        self.variant = variant
    }
}

/// A labelled (or unlabelled) paragraph of a section, possibly with sub-items.
public struct Item: Sendable {
    public let label: ItemLabel?
    /// The whole item: label, text, continuation lines and sub-items.
    public let range: ByteRange
    /// The paragraph's own text (after the label, before any sub-item), trimmed.
    public let textRange: ByteRange
    /// The final punctuation of the text (；，。： or their half-width forms), if any.
    public let finalPunctuation: ByteRange?
    public let children: [Item]

    /// Items of this subtree in document order, leaves and parents alike.
    public func walk(_ visit: (Item, _ depth: Int) -> Void, depth: Int = 0) {
        visit(self, depth)
        for c in children { c.walk(visit, depth: depth + 1) }
    }
}

public struct Heading: Sendable {
    /// The keyword as written (without Markdown around it).
    public let range: ByteRange
    public let keyword: String
    public let entry: HeadingEntry
}

public struct Section: Sendable {
    public let heading: Heading
    public var role: SectionRole { heading.entry.role }
    /// From the heading to the end of its last item.
    public let range: ByteRange
    /// An unlabelled paragraph that opens the section before its labelled items
    /// (设立一个专家组，在以下职责范围内开展工作：): the section's lead-in, not an item.
    public let leadIn: ByteRange?
    public let items: [Item]

    public init(heading: Heading, range: ByteRange, leadIn: ByteRange? = nil, items: [Item]) {
        self.heading = heading
        self.range = range
        self.leadIn = leadIn
        self.items = items
    }

    /// Finds the item whose label path is `path` (["3"], ["3", "b"], ["g", "ii"]).
    public func item(at path: [String]) -> Item? {
        var level = items
        var found: Item?
        for key in path {
            guard let next = level.first(where: { $0.label?.key == key }) else { return nil }
            found = next
            level = next.children
        }
        return found
    }

    /// All leaves (items without sub-items) in document order.
    public var leaves: [Item] {
        var out: [Item] = []
        for i in items { i.walk { item, _ in if item.children.isEmpty { out.append(item) } } }
        return out
    }

    /// The last of `leaves`, found without listing them: the last item's last descendant.
    public var lastLeaf: Item? {
        guard var last = items.last else { return nil }
        while let child = last.children.last { last = child }
        return last
    }
}

/// One opinion, resolution, decision or recommendation.
public struct Instrument: Sendable {
    public let kind: InstrumentKind
    public let language: TextLanguage
    /// The number as written in the title ("4", "71"), if any.
    public let number: String?
    public let range: ByteRange
    /// The title, from its first line to the end of its last wrapped line.
    public let title: ByteRange
    public let titleLines: [ByteRange]
    /// The line that speaks ("第六届世界电信/…政策论坛（2021年，日内瓦），").
    public let body: ByteRange?
    public let sections: [Section]
    /// The Council session tag or the assembly revision years under the title, when there is one.
    public var tag: InstrumentTag?

    public var leaves: [Item] { sections.flatMap { $0.leaves } }

    public func section(containing offset: Int) -> Section? {
        sections.last { $0.range.start <= offset && offset < max($0.range.end, $0.range.start + 1) }
    }
}

/// A stretch of the file that is no instrument (a report, a press release, a preface).
public struct FreeText: Sendable {
    public let range: ByteRange
}

public enum Block: Sendable {
    case instrument(Instrument)
    case freeText(FreeText)

    public var range: ByteRange {
        switch self {
        case .instrument(let i): return i.range
        case .freeText(let f): return f.range
        }
    }
}

/// Where a cross-reference says its target lies.
public enum ReferenceDirection: String, Sendable, Codable {
    case above
    case below
    case unspecified
}

/// One end of a cross-reference target: a label path such as ["1"], ["b"] or ["3", "b"].
public struct LabelTarget: Sendable, Hashable {
    public let path: [String]
    public let range: ByteRange
}

/// An in-text cross-reference such as 上述认为“1”段 or "resolves 2 above".
public struct Reference: Sendable {
    public let range: ByteRange
    public let direction: ReferenceDirection
    /// The section keyword as written, nil for a sectionless reference (上文第1.1.3段).
    public let sectionKeyword: String?
    public let sectionRange: ByteRange?
    /// One target, or two for a range (第1-5段: from, to).
    public let targets: [LabelTarget]
    public let isRange: Bool
}

/// A parenthetical revision: （2018年，迪拜，修订版）, (Rev. Dubai, 2018), （理事会2020年会议）.
public struct Revision: Sendable, Hashable {
    public let year: Int?
    public let place: String?
    public let revised: Bool
    /// A conference acronym used instead of year and place (WTSA-08).
    public let acronym: String?
    public let isCouncilSession: Bool

    public init(year: Int?, place: String?, revised: Bool, acronym: String?, isCouncilSession: Bool) {
        self.year = year
        self.place = place
        self.revised = revised
        self.acronym = acronym
        self.isCouncilSession = isCouncilSession
    }
}

public enum CitedKind: String, Sendable, Codable {
    case resolution
    case decision
    case recommendation
    case opinion
    case article
}

/// A citation of another instrument.
public struct Citation: Sendable {
    public let range: ByteRange
    public let kind: CitedKind
    /// The number as written, normalised to half-width digits ("71", "70/1").
    public let number: String?
    public let numberRange: ByteRange?
    /// The issuing body as written (全权代表大会, 联合国大会, "Plenipotentiary Conference").
    public let body: String?
    public let revision: Revision?
    /// An inline title: 有关“TITLE”的…
    public let title: String?
    public let titleRange: ByteRange?
    /// For an article citation: the instrument named in 《…》.
    public let instrumentName: String?
    /// Set when the citation is broken (missing number, unclosed parenthesis).
    public let problem: CitationProblem?
}

public enum CitationProblem: String, Sendable, Codable {
    case missingNumber = "missing-number"
    case unclosedParenthesis = "unclosed-parenthesis"
}

/// A run of pending text in square brackets, nested brackets included.
public struct PendingText: Sendable {
    public let range: ByteRange
    public let depth: Int
}

/// A paired-mark problem found while matching （）“”《》‘’「」[]().
public struct MarkProblem: Sendable {
    public enum Kind: String, Sendable {
        case unclosed
        case strayClose = "stray-close"
        case mismatched
    }
    public let kind: Kind
    /// The mark at fault (one scalar).
    public let range: ByteRange
    /// For a mismatch: the opener the closer met.
    public let partner: ByteRange?
    public let isSquareBracket: Bool
    public let isQuote: Bool
}

/// 扩展（ABBR）: an abbreviation defined at first use.
public struct Abbreviation: Sendable {
    public let abbreviation: String
    public let expansion: String
    public let abbreviationRange: ByteRange
    public let expansionRange: ByteRange
}

public struct FootnoteMark: Sendable {
    public let key: String
    public let range: ByteRange
}

public struct FootnoteNote: Sendable {
    public let key: String
    public let range: ByteRange
}

extension LabelStyle {
    /// How the label with this ordinal is written: 3, c), iii), or the last part of 1.3.
    public func written(_ ordinal: Int) -> String {
        switch self {
        case .number, .decimal: return String(ordinal)
        case .roman: return LineScanner.toRoman(ordinal) + ")"
        case .letter:
            guard ordinal >= 1 else { return "?)" }
            let letter = Character(Unicode.Scalar(UInt8(0x60 + ((ordinal - 1) % 26 + 1))))
            return String(repeating: letter, count: (ordinal - 1) / 26 + 1) + ")"
        }
    }
}

// MARK: Moving a block's nodes after an edit before it
