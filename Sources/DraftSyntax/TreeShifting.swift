// Moving what a block holds by a number of bytes: what an edit before it does to the blocks it keeps.

extension ByteRange {
    public func shifted(by d: Int) -> ByteRange { ByteRange(start + d, end + d) }
}

extension Block {
    func shifted(by d: Int) -> Block {
        switch self {
        case .instrument(let i): return .instrument(i.shifted(by: d))
        case .freeText(let f): return .freeText(FreeText(range: f.range.shifted(by: d)))
        }
    }
}

extension Instrument {
    func shifted(by d: Int) -> Instrument {
        Instrument(kind: kind, language: language, number: number, range: range.shifted(by: d), title: title.shifted(by: d),
                   titleLines: titleLines.map { $0.shifted(by: d) }, body: body?.shifted(by: d),
                   sections: sections.map { $0.shifted(by: d) },
                   tag: tag.map { InstrumentTag(range: $0.range.shifted(by: d), kind: $0.kind) })
    }
}

extension Section {
    func shifted(by d: Int) -> Section {
        Section(heading: Heading(range: heading.range.shifted(by: d), keyword: heading.keyword, entry: heading.entry),
                range: range.shifted(by: d), leadIn: leadIn?.shifted(by: d), items: items.map { $0.shifted(by: d) })
    }
}

extension Item {
    func shifted(by d: Int) -> Item {
        Item(label: label.map { ItemLabel(range: $0.range.shifted(by: d), style: $0.style, key: $0.key, ordinal: $0.ordinal, variant: $0.variant) },
             range: range.shifted(by: d), textRange: textRange.shifted(by: d),
             finalPunctuation: finalPunctuation?.shifted(by: d), children: children.map { $0.shifted(by: d) })
    }
}

extension Reference {
    func shifted(by d: Int) -> Reference {
        Reference(range: range.shifted(by: d), direction: direction, sectionKeyword: sectionKeyword,
                  sectionRange: sectionRange?.shifted(by: d),
                  targets: targets.map { LabelTarget(path: $0.path, range: $0.range.shifted(by: d)) }, isRange: isRange)
    }
}

extension Citation {
    func shifted(by d: Int) -> Citation {
        Citation(range: range.shifted(by: d), kind: kind, number: number, numberRange: numberRange?.shifted(by: d),
                 body: body, revision: revision, title: title, titleRange: titleRange?.shifted(by: d),
                 instrumentName: instrumentName, problem: problem)
    }
}

extension PendingText {
    func shifted(by d: Int) -> PendingText { PendingText(range: range.shifted(by: d), depth: depth) }
}

extension MarkProblem {
    func shifted(by d: Int) -> MarkProblem {
        MarkProblem(kind: kind, range: range.shifted(by: d), partner: partner?.shifted(by: d),
                    isSquareBracket: isSquareBracket, isQuote: isQuote)
    }
}

extension Abbreviation {
    func shifted(by d: Int) -> Abbreviation {
        Abbreviation(abbreviation: abbreviation, expansion: expansion,
                     abbreviationRange: abbreviationRange.shifted(by: d), expansionRange: expansionRange.shifted(by: d))
    }
}

extension FootnoteMark {
    func shifted(by d: Int) -> FootnoteMark { FootnoteMark(key: key, range: range.shifted(by: d)) }
}

extension FootnoteNote {
    func shifted(by d: Int) -> FootnoteNote { FootnoteNote(key: key, range: range.shifted(by: d)) }
}
