import DraftSyntax

/// Relabelling items and rewriting the cross-references to them in the same instrument:
/// "renumber this section" (every sequence 1 2 3 / a) b) c) / i) ii) / 1.1 1.2 back in order)
/// and rename of one label. Labels keep their written form: （b） stays wrapped, ａ） full-width.
public enum Relabeling {
    public struct Refusal: Error, CustomStringConvertible, Equatable {
        public let message: Message
        public var description: String { message.en }
    }

    /// The edits that renumber every label sequence of `section` of `document`, references
    /// included; empty when the labels are already in order.
    public static func renumber(_ section: Section, in document: Document, facts: DocumentFacts? = nil) -> [TextEdit] {
        var newKeys: [Int: String] = [:]  // item start → new key
        func sequence(_ items: [Item]) {
            let labelled = items.filter { $0.label != nil }
            guard let first = labelled.first?.label else { return }
            for (n, item) in labelled.enumerated() {
                let key = self.key(ordinal: n + 1, style: first.style, like: first.key)
                if key != item.label!.key { newKeys[item.range.start] = key }
            }
            for item in items { sequence(item.children) }
        }
        sequence(section.items)
        return edits(section, newKeys, facts ?? DocumentFacts(document))
    }

    /// The edits that give `item` of `section` the label `newName` ("5", "c)", "（iv）"), references included.
    public static func rename(_ item: Item, of section: Section, to newName: String, in document: Document,
                              facts: DocumentFacts? = nil) throws(Refusal) -> [TextEdit] {
        guard let label = item.label else {
            throw Refusal(message: Message(zh: "没有编号的段落无法重命名", en: "an unlabelled paragraph has no label to rename"))
        }
        let key = normalisedKey(newName)
        guard isValid(key, style: label.style) else {
            throw Refusal(message: Message(zh: "“\(newName)”不是\(styleName(label.style).zh)编号", en: "\"\(newName)\" is not a \(styleName(label.style).en) label"))
        }
        let siblings = self.siblings(of: item, in: section)
        if key != label.key, siblings.contains(where: { $0.label?.key == key }) {
            throw Refusal(message: Message(zh: "“\(section.heading.keyword)”中已有编号 \(key)", en: "\(section.heading.keyword) already has a paragraph labelled \(key)"))
        }
        return key == label.key ? [] : edits(section, [item.range.start: key], facts ?? DocumentFacts(document))
    }

    /// Where the key of a label is written: "b" in "（b）", "12" in "12".
    public static func keyRange(of label: ItemLabel, in text: SourceText) -> ByteRange {
        let written = text.string(label.range)
        guard let (start, length) = locate(label.key, in: written) else { return label.range }
        let prefix = written.unicodeScalars.prefix(start).reduce(0) { $0 + String($1).utf8.count }
        let keyBytes = written.unicodeScalars.dropFirst(start).prefix(length).reduce(0) { $0 + String($1).utf8.count }
        return ByteRange(label.range.start + prefix, label.range.start + prefix + keyBytes)
    }

    // MARK: Keys

    static func key(ordinal n: Int, style: LabelStyle, like first: String) -> String {
        switch style {
        case .number: return String(n)
        case .letter:
            let letter = String(UnicodeScalar(UInt8(0x61 + (n - 1) % 26)))
            return String(repeating: letter, count: (n - 1) / 26 + 1)
        case .roman: return LabelStyle.roman(n)
        case .decimal:
            let parent = first.split(separator: ".").dropLast().joined(separator: ".")
            return parent.isEmpty ? String(n) : "\(parent).\(n)"
        }
    }

    /// "（c）", "c)", " 5 ", "ｃ" → "c", "5".
    static func normalisedKey(_ name: String) -> String {
        var out = ""
        for s in name.unicodeScalars where !(s.properties.isWhitespace || "()（）".unicodeScalars.contains(s)) {
            out.unicodeScalars.append(halfWidth(s))
        }
        return out.lowercased()
    }

    static func isValid(_ key: String, style: LabelStyle) -> Bool {
        guard !key.isEmpty else { return false }
        switch style {
        case .number: return key.allSatisfy { $0.isASCII && $0.isNumber } && key.first != "0"
        case .decimal: return key.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        case .letter: return key.count <= 2 && key.allSatisfy { $0.isASCII && $0.isLowercase } && Set(key).count == 1
        case .roman: return LabelStyle.romanValue(key) != nil
        }
    }

    static func styleName(_ style: LabelStyle) -> Message {
        switch style {
        case .number: return Message(zh: "数字", en: "numeric")
        case .decimal: return Message(zh: "多级数字", en: "decimal")
        case .letter: return Message(zh: "字母", en: "letter")
        case .roman: return Message(zh: "罗马数字", en: "roman")
        }
    }

    static func siblings(of item: Item, in section: Section) -> [Item] {
        func find(_ items: [Item]) -> [Item]? {
            if items.contains(where: { $0.range == item.range }) { return items }
            for i in items { if let found = find(i.children) { return found } }
            return nil
        }
        return find(section.items) ?? []
    }

    /// Full-width digits and lower-case letters (１, ａ) as ASCII; anything else unchanged.
    static func halfWidth(_ s: UnicodeScalar) -> UnicodeScalar {
        (0xFF10...0xFF19).contains(s.value) || (0xFF41...0xFF5A).contains(s.value) ? UnicodeScalar(s.value - 0xFEE0)! : s
    }

    /// Where `key` is written in `written`, ASCII or full-width: (scalar offset, scalar count).
    static func locate(_ key: String, in written: String) -> (Int, Int)? {
        let target = Array(key.unicodeScalars)
        let scalars = written.unicodeScalars.map(halfWidth)
        guard scalars.count >= target.count else { return nil }
        for i in 0...(scalars.count - target.count) where Array(scalars[i..<(i + target.count)]) == target { return (i, target.count) }
        return nil
    }

    /// `written` with the key `old` replaced by `new`, in the same width.
    static func rewrite(_ written: String, _ old: String, _ new: String) -> String? {
        guard let (start, length) = locate(old, in: written) else { return nil }
        let scalars = Array(written.unicodeScalars)
        let fullWidth = halfWidth(scalars[start]) != scalars[start]
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[..<start])
        for s in new.unicodeScalars {
            out.append(fullWidth && (("0"..."9").contains(s) || ("a"..."z").contains(s)) ? UnicodeScalar(s.value + 0xFEE0)! : s)
        }
        out.append(contentsOf: scalars[(start + length)...])
        return String(out)
    }

    // MARK: Edits

    /// Label edits for `newKeys` (item start → key) and the rewritten references that name those items.
    static func edits(_ section: Section, _ newKeys: [Int: String], _ facts: DocumentFacts) -> [TextEdit] {
        let document = facts.document
        guard !newKeys.isEmpty else { return [] }
        let text = document.text
        var out: [TextEdit] = []
        func visit(_ items: [Item]) {
            for item in items {
                if let label = item.label, let key = newKeys[item.range.start], let written = rewrite(text.string(label.range), label.key, key) {
                    out.append(TextEdit(range: label.range, newText: written))
                }
                visit(item.children)
            }
        }
        visit(section.items)
        for r in facts.references {
            guard let s = r.section, s.range.start == section.range.start else { continue }
            for (target, item) in zip(r.reference.targets, r.items) {
                guard item != nil else { continue }
                // Each part of the path (3 b)) names an item on the way down; rewrite the ones renamed.
                var written = text.string(target.range)
                var level = section.items
                var changed = false
                for part in target.path {
                    guard let step = level.first(where: { $0.label?.key == part }) else { break }
                    if let key = newKeys[step.range.start], let next = rewrite(written, part, key) {
                        written = next
                        changed = true
                    }
                    level = step.children
                }
                if changed { out.append(TextEdit(range: target.range, newText: written)) }
            }
        }
        return out.sorted { $0.range < $1.range }
    }
}
