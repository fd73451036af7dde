/// The paragraphs of a WordprocessingML part, as written: runs joined, each piece of text with
/// the tracked change it belongs to, the paragraph's numbering and its mark's own change.
struct WordParagraph {
    enum Change { case none, inserted, deleted }

    struct Piece {
        var text: String
        var change: Change
        /// A footnote reference ("[^N]" in the text), not words.
        var isFootnoteMark = false
    }

    var pieces: [Piece] = []
    var numbering: (numId: String, level: Int)?
    var style: String?
    /// A paragraph mark inserted or deleted by a tracked change: the paragraph then joins the next
    /// one in the version without it.
    var mark = Change.none
    /// The footnote this paragraph belongs to (footnotes.xml), nil in the body.
    var footnote: String?

    var isEmpty: Bool { pieces.allSatisfy { $0.text.isEmpty } }
}

/// Reads the paragraphs of document.xml's body or of footnotes.xml. What is not read, and why:
/// tables (their cells are not paragraphs of the instrument's structure), text boxes and
/// drawings (mc:AlternateContent holds each twice), headers and footers (other parts), field
/// instructions (only a field's result is text), comments, properties and their tracked changes.
enum WordParagraphs {
    private static let skipped: Set<String> = ["tbl", "txbxContent", "drawing", "pict", "object", "rPr", "pPrChange", "rPrChange", "sectPr",
                                               "instrText", "delInstrText", "footnoteRef", "endnoteRef", "endnoteReference", "commentReference", "sym"]

    static func read(_ bytes: [UInt8]) throws(XMLReader.Failure) -> [WordParagraph] {
        var reader = XMLReader(bytes, aliases: WordML.aliases)
        var out: [WordParagraph] = []
        var current: WordParagraph?
        var skipDepth = 0
        var inPPr = false, inPPrRPr = false, inText = false
        var changes: [WordParagraph.Change] = []
        /// One entry per open complex field: whether its instruction part is still being read.
        var fields: [Bool] = []
        var footnote: String?, footnoteSkipped = false
        func add(_ s: String, mark: Bool = false) {
            guard current != nil, !(fields.last ?? false) else { return }
            let change = changes.last ?? .none
            if !mark, let last = current!.pieces.last, last.change == change, !last.isFootnoteMark { current!.pieces[current!.pieces.count - 1].text += s }
            else { current!.pieces.append(.init(text: s, change: change, isFootnoteMark: mark)) }
        }
        while let event = try reader.next() {
            switch event {
            case .start(let name, let attributes, _):
                if skipDepth > 0 { skipDepth += 1; continue }
                let w = name.namespace == WordML.main
                if name.namespace == WordML.markupCompatibility && name.local == "AlternateContent" { skipDepth = 1; continue }
                guard w else { continue }
                if inPPr {
                    switch name.local {
                    case "rPr": inPPrRPr = true
                    case "ins" where inPPrRPr: current?.mark = .inserted
                    case "del" where inPPrRPr: current?.mark = .deleted
                    case "pStyle": current?.style = attributes[WordML.attribute("val")]
                    case "ilvl":
                        let numId = current?.numbering?.numId ?? ""
                        current?.numbering = (numId, Int(attributes[WordML.attribute("val")] ?? "") ?? 0)
                    case "numId":
                        let level = current?.numbering?.level ?? 0
                        current?.numbering = (attributes[WordML.attribute("val")] ?? "0", level)
                    case "pPrChange", "sectPr": skipDepth = 1
                    default: break
                    }
                    continue
                }
                if skipped.contains(name.local) { skipDepth = 1; continue }
                switch name.local {
                case "footnote":
                    footnote = attributes[WordML.attribute("id")]
                    // Separators are Word's furniture, not notes.
                    footnoteSkipped = attributes[WordML.attribute("type")].map { $0 != "normal" } ?? false
                case "p": current = WordParagraph(footnote: footnote)
                case "pPr": inPPr = true
                case "ins", "moveTo": changes.append(.inserted)
                case "del", "moveFrom": changes.append(.deleted)
                case "t", "delText": inText = true
                case "tab", "ptab": add("\t")
                case "br": add(["page", "column"].contains(attributes[WordML.attribute("type")] ?? "") ? "" : " ")
                case "cr": add(" ")
                case "noBreakHyphen": add("-")
                case "fldChar":
                    switch attributes[WordML.attribute("fldCharType")] {
                    case "begin": fields.append(true)
                    case "separate": if !fields.isEmpty { fields[fields.count - 1] = false }
                    case "end": _ = fields.popLast()
                    default: break
                    }
                case "footnoteReference":
                    if let id = attributes[WordML.attribute("id")] { add("[^\(id)]", mark: true) }
                default: break
                }
            case .end(let name):
                if skipDepth > 0 { skipDepth -= 1; continue }
                guard name.namespace == WordML.main else { continue }
                switch name.local {
                case "pPr": inPPr = false; inPPrRPr = false
                case "rPr": inPPrRPr = false
                case "p":
                    if let p = current, !footnoteSkipped { out.append(p) }
                    current = nil
                case "ins", "moveTo", "del", "moveFrom": if !inPPr { _ = changes.popLast() }
                case "t", "delText": inText = false
                case "footnote": footnote = nil; footnoteSkipped = false
                default: break
                }
            case .text(let s):
                // A line break inside w:t is no paragraph: one paragraph is one line of the text.
                guard skipDepth == 0 && inText else { continue }
                if s.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
                    var out = String.UnicodeScalarView(), afterCR = false
                    for c in s.unicodeScalars {
                        defer { afterCR = c == "\r" }
                        if c == "\n" && afterCR { continue }  // \r\n is one break
                        out.append(c == "\n" || c == "\r" ? " " : c)
                    }
                    add(String(out))
                } else {
                    add(s)
                }
            }
        }
        return out
    }

    /// Paragraph styles that carry numbering (styles.xml): styleId → (numId, level).
    static func styleNumbering(_ bytes: [UInt8]) throws(XMLReader.Failure) -> [String: (numId: String, level: Int)] {
        var reader = XMLReader(bytes, aliases: WordML.aliases)
        var out: [String: (numId: String, level: Int)] = [:]
        var style: String?
        while let event = try reader.next() {
            guard case .start(let name, let attributes, _) = event, name.namespace == WordML.main else {
                if case .end(let name) = event, name.local == "style" { style = nil }
                continue
            }
            switch name.local {
            case "style": style = attributes[WordML.attribute("styleId")]
            case "numId": if let style { out[style] = (attributes[WordML.attribute("val")] ?? "0", out[style]?.level ?? 0) }
            case "ilvl": if let style { out[style] = (out[style]?.numId ?? "0", Int(attributes[WordML.attribute("val")] ?? "") ?? 0) }
            default: break
            }
        }
        return out
    }
}
