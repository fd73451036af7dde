import DraftSyntax

/// The outline of a document: instruments, their sections (with a lead-in), items and
/// sub-items. `itudraft outline` prints it and textDocument/documentSymbol sends it: one tree,
/// from this one place.
public struct OutlineNode: Sendable {
    public enum Kind: Sendable { case instrument(InstrumentKind, number: String?), section(HeadingEntry), leadIn, item }
    public let kind: Kind
    /// What the node is called: an excerpt of the title, the heading's keyword, the label and the
    /// paragraph's first words.
    public let name: String
    public let range: ByteRange
    /// The part to select: the title's first line, the heading, the label.
    public let selection: ByteRange
    public let children: [OutlineNode]

    /// `length` and `titleLength` bound the excerpts, in characters.
    public static func of(_ doc: Document, language: TextLanguage, excerpt length: Int, titleExcerpt titleLength: Int) -> [OutlineNode] {
        let text = doc.text
        func excerpt(_ r: ByteRange, _ n: Int) -> String {
            // Only the start is shown: n characters are at most 4n bytes, line breaks and spaces
            // aside (a long paragraph of a 10 MB draft is not joined whole to show 24 characters).
            let head = r.count > 8 * n + 64 ? text.aligned(ByteRange(r.start, r.start + 8 * n + 64)) : r
            let s = ParagraphText.joined(text.string(head))
            // Counted in scalars (an ideograph is one): Characters cost grapheme breaking on every paragraph.
            let scalars = s.unicodeScalars
            if let cut = scalars.index(scalars.startIndex, offsetBy: n, limitedBy: scalars.endIndex), cut < scalars.endIndex {
                return String(scalars[..<cut]) + "…"
            }
            return head.end < r.end ? s + "…" : s
        }
        func item(_ i: Item) -> OutlineNode {
            let label = i.label.map { text.string($0.range) + " " } ?? ""
            let firstLine = ByteRange(i.textRange.start, min(i.textRange.end, text.lines.contentRange(ofLine: text.lines.line(of: i.textRange.start)).end))
            return OutlineNode(kind: .item, name: label + excerpt(i.textRange, length), range: i.range,
                               selection: i.label?.range ?? firstLine, children: i.children.map(item))
        }
        return doc.instruments.map { inst in
            let sections = inst.sections.map { s -> OutlineNode in
                let lead = s.leadIn.map { r in
                    OutlineNode(kind: .leadIn, name: (language == .zh ? "（引言）" : "(lead-in) ") + excerpt(r, length), range: r, selection: r, children: [])
                }
                return OutlineNode(kind: .section(s.heading.entry), name: s.heading.keyword, range: s.range, selection: s.heading.range,
                                   children: (lead.map { [$0] } ?? []) + s.items.map(item))
            }
            let name = inst.title.isEmpty ? (language == .zh ? "（无标题）" : "(untitled)") : excerpt(inst.title, titleLength)
            return OutlineNode(kind: .instrument(inst.kind, number: inst.number), name: name, range: inst.range,
                               selection: inst.titleLines[0], children: sections)
        }
    }
}
