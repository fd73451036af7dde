/// What one line of the file is, once Markdown, Word artefacts and indentation are peeled off.
struct LineInfo {
    enum Kind {
        case blank
        /// A rule such as "______________" or "---".
        case separator
        case text
    }

    let number: Int
    /// The line without its line break.
    let range: ByteRange
    /// The meaningful part: after indentation, `[bookmark: …]`, `#`, `- `, `**`; before trailing `**`.
    let content: ByteRange
    let kind: Kind
    /// The line opened with a dash bullet ("– 秘书长；"): under an item ending with "：", a sub-item.
    var dashed = false
    /// Whether the line may be an operative heading with a long tail (责成秘书长与各局主任密切合作，
    /// 同时听取工作组的建议): a heading only when labelled items follow, which the structure parser decides.
    var mayBeTailHeading = false
    /// What few lines have, held apart: inline, a 10 MB draft's 95,000 lines took 232 bytes each
    /// (22 MB, written and faulted in on every check of it). A labelled line, the most common of
    /// them, holds its label alone (half the room of all four).
    private let rare: Rare?

    private enum Rare {
        case label(LabelOnly)
        case any(Extras)
    }

    private final class LabelOnly: Sendable {
        let label: ParsedLabel
        init(_ label: ParsedLabel) { self.label = label }
    }

    private final class Extras: Sendable {
        let label: ParsedLabel?
        let heading: HeadingEntry?
        let titleCandidate: TitleCandidate?
        let footnoteKey: String?

        init(label: ParsedLabel?, heading: HeadingEntry?, titleCandidate: TitleCandidate?, footnoteKey: String?) {
            self.label = label
            self.heading = heading
            self.titleCandidate = titleCandidate
            self.footnoteKey = footnoteKey
        }
    }

    private var extras: Extras? {
        if case .any(let e) = rare { return e }
        return nil
    }

    var label: ParsedLabel? {
        switch rare {
        case .label(let l): return l.label
        case .any(let e): return e.label
        case nil: return nil
        }
    }
    var heading: HeadingEntry? { extras?.heading }
    var titleCandidate: TitleCandidate? { extras?.titleCandidate }
    /// A footnote note line (¹ text, [^1]: text, [1: text]) with its key.
    var footnoteKey: String? { extras?.footnoteKey }

    init(number: Int, range: ByteRange, content: ByteRange, kind: Kind, dashed: Bool = false,
         label: ParsedLabel?, heading: HeadingEntry?, titleCandidate: TitleCandidate?, footnoteKey: String?) {
        self.number = number
        self.range = range
        self.content = content
        self.kind = kind
        self.dashed = dashed
        if heading == nil && titleCandidate == nil && footnoteKey == nil {
            rare = label.map { .label(LabelOnly($0)) }
        } else {
            rare = .any(Extras(label: label, heading: heading, titleCandidate: titleCandidate, footnoteKey: footnoteKey))
        }
    }
}

struct ParsedLabel {
    let range: ByteRange
    /// Where the paragraph text starts after the label and its spacing.
    let textStart: Int
    /// letter, number or decimal; roman is decided later from context.
    let style: LabelStyle
    let key: String
    let ordinal: Int
    /// The letters also read as a roman numeral (i, ii, iv, …): its value.
    let romanValue: Int?
    /// "bis", "ter", … (1bis, a bis)) or "alt" (备选1, Alt 1).
    var variant: String?
}

struct TitleCandidate {
    let kind: InstrumentKind
    let language: TextLanguage
    let number: String?
}
