/// Accumulates the items of one section while lines arrive.
struct SectionBuilder {
    final class ItemBuilder {
        let label: ParsedLabel?
        var style: LabelStyle
        let start: Int
        var textStart: Int
        var textEnd: Int
        var children: [ItemBuilder] = []

        init(label: ParsedLabel?, style: LabelStyle, start: Int, textStart: Int, textEnd: Int) {
            self.label = label
            self.style = style
            self.start = start
            self.textStart = textStart
            self.textEnd = textEnd
        }

        var ordinal: Int { label.map { style == .roman ? ($0.romanValue ?? $0.ordinal) : $0.ordinal } ?? 0 }
        var last: ItemBuilder { children.last?.last ?? self }

        func build(_ bytes: [UInt8]) -> Item {
            let builtChildren = children.map { $0.build(bytes) }
            let textRange = ByteRange(textStart, textEnd)
            let itemLabel = label.map {
                ItemLabel(range: $0.range, style: style, key: $0.key, ordinal: ordinal, variant: $0.variant)
            }
            let end = max(textEnd, builtChildren.last?.range.end ?? textEnd)
            return Item(label: itemLabel, range: ByteRange(start, end), textRange: textRange,
                        finalPunctuation: FinalPunctuation.find(bytes, textRange), children: builtChildren)
        }
    }

    let heading: Heading
    var items: [ItemBuilder] = []

    init(heading: Heading) { self.heading = heading }

    /// The paragraph that the next plain line would continue: the deepest last item.
    private var current: ItemBuilder? { items.last?.last }

    func isParagraphOpen(_ bytes: [UInt8]) -> Bool {
        guard let c = current else { return false }
        return FinalPunctuation.find(bytes, ByteRange(c.textStart, c.textEnd)) == nil
    }

    func lastFinalScalar(_ bytes: [UInt8]) -> UInt32? {
        guard let c = current, let p = FinalPunctuation.find(bytes, ByteRange(c.textStart, c.textEnd)) else { return nil }
        return UTF8Scan.scalar(bytes, at: p.start).value
    }

    mutating func continueParagraph(_ line: LineInfo) {
        guard let c = current else { return }
        // A label alone on its line: its paragraph starts on the next.
        if c.textStart >= c.textEnd { c.textStart = line.content.start }
        c.textEnd = line.content.end
    }

    /// "– 秘书长；" under an item that ends with "：" (or after such a dash item): an unlabelled
    /// sub-item. False when the dash is only a bullet of the section's own paragraphs.
    mutating func addDashed(_ line: LineInfo, _ bytes: [UInt8]) -> Bool {
        guard var parent = items.last else { return false }
        while let last = parent.children.last, last.label != nil { parent = last }
        guard !parent.children.isEmpty || introducesSubItems(parent, bytes) else { return false }
        parent.children.append(ItemBuilder(label: nil, style: .number, start: line.content.start,
                                           textStart: line.content.start, textEnd: line.content.end))
        return true
    }

    mutating func addUnlabelled(_ line: LineInfo) {
        items.append(ItemBuilder(label: nil, style: .number, start: line.content.start,
                                 textStart: line.content.start, textEnd: line.content.end))
    }

    mutating func addLabelled(_ label: ParsedLabel, line: LineInfo, _ bytes: [UInt8]) {
        let item = ItemBuilder(label: label, style: label.style, start: label.range.start,
                               textStart: label.textStart, textEnd: line.content.end)
        guard let top = items.last, top.label != nil else {
            items.append(item)
            return
        }
        let introduces = introducesSubItems(top, bytes)
        if label.style == .decimal {
            if label.key.hasPrefix((top.label?.key ?? "") + ".") {
                top.children.append(item)
            } else {
                items.append(item)
            }
            return
        }
        if let roman = label.romanValue {
            let lastChild = top.children.last
            let romanRunning = lastChild?.style == .roman
            let nextLetter = top.style == .letter && label.ordinal == top.ordinal + 1
            if romanRunning && roman == lastChild!.ordinal + 1 {
                item.style = .roman; top.children.append(item); return
            }
            // i) right under an item is its first sub-item, unless it simply follows h).
            if top.children.isEmpty && roman == 1 && (introduces || !nextLetter) {
                item.style = .roman; top.children.append(item); return
            }
            if nextLetter { items.append(item); return }
            if romanRunning { item.style = .roman; top.children.append(item); return }
            items.append(item)
            return
        }
        // A different label style right under an item ending with "：" starts its sub-items.
        if label.style != top.style {
            if let lastChild = top.children.last, lastChild.style == label.style {
                top.children.append(item); return
            }
            if top.children.isEmpty && introduces && label.ordinal == 1 {
                top.children.append(item); return
            }
        }
        items.append(item)
    }

    private func introducesSubItems(_ item: ItemBuilder, _ bytes: [UInt8]) -> Bool {
        guard let p = FinalPunctuation.find(bytes, ByteRange(item.textStart, item.textEnd)) else { return false }
        let c = UTF8Scan.scalar(bytes, at: p.start).value
        return c == 0xFF1A || c == 0x3A
    }

    func build(_ bytes: [UInt8]) -> Section {
        var built = items.map { $0.build(bytes) }
        let end = max(heading.range.end, built.last?.range.end ?? heading.range.end)
        // An unlabelled first paragraph ending with "：" before labelled items is the lead-in.
        var leadIn: ByteRange?
        if built.count > 1, built[0].label == nil, built[0].children.isEmpty, built[1].label != nil,
           let mark = built[0].finalPunctuation, [0xFF1A, 0x3A].contains(UTF8Scan.scalar(bytes, at: mark.start).value) {
            leadIn = built.removeFirst().range
        }
        return Section(heading: heading, range: ByteRange(heading.range.start, end), leadIn: leadIn, items: built)
    }
}
