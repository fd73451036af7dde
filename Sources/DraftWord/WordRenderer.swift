/// Writes paragraphs as lines of one version of the text, numbering those that exist in it
/// (a deleted numbered item does not count in the accepted version, as in Word).
struct WordRenderer {
    let revisions: WordDocument.Revisions
    var numbering: WordNumbering
    let styleNumbering: [String: (numId: String, level: Int)]
    private var out: [UInt8] = []
    private var lines: [WordDocument.LineOrigin] = []
    private var inserted: [Range<Int>] = []
    private var removed: Set<Int> = []
    private(set) var referencedNotes: [String] = []
    private var paragraphNumber = 0

    init(revisions: WordDocument.Revisions, numbering: WordNumbering, styleNumbering: [String: (numId: String, level: Int)]) {
        self.revisions = revisions
        self.numbering = numbering
        self.styleNumbering = styleNumbering
    }

    /// Whether `change` is part of this version.
    private func shows(_ change: WordParagraph.Change) -> Bool {
        switch revisions {
        case .accepted: change != .deleted
        case .original: change != .inserted
        case .marked: true
        }
    }

    /// Body paragraphs (`numbered`) or footnotes, whose paragraphs are joined into one line each.
    mutating func render(_ paragraphs: [WordParagraph], numbered: Bool) {
        var group: [(WordParagraph, Int)] = []
        for (k, p) in paragraphs.enumerated() {
            if numbered { paragraphNumber += 1 }
            group.append((p, paragraphNumber))
            // A mark this version does not have joins the paragraph to the next, as Word does.
            let joins = numbered ? !shows(p.mark) : paragraphs.indices.contains(k + 1) && paragraphs[k + 1].footnote == p.footnote
            if joins && paragraphs.indices.contains(k + 1) { continue }
            line(group, numbered: numbered)
            group = []
        }
    }

    mutating func blankLine() {
        out.append(0x0A)
        lines.append(WordDocument.LineOrigin(paragraph: nil, footnote: nil, firstWords: ""))
    }

    private mutating func line(_ group: [(WordParagraph, Int)], numbered: Bool) {
        let start = out.count
        // The merged paragraph takes the properties of the last mark, Word's rule.
        let last = group.last!.0
        let shown = group.filter { p, _ in p.pieces.contains { shows($0.change) && !$0.text.isEmpty } }
        let hidden = group.filter { p, _ in !p.isEmpty && !p.pieces.contains { shows($0.change) && !$0.text.isEmpty } }
        if numbered { for (_, n) in hidden { removed.insert(n) } }
        // A paragraph wholly deleted (text and mark) is no line of this version; a blank one stays.
        if numbered && shown.isEmpty && !hidden.isEmpty { return }
        if numbered, let (numId, level) = last.numbering ?? last.style.flatMap({ styleNumbering[$0] }), let (label, suffix) = numbering.label(numId: numId, level: level) {
            out += Array((label + suffix).utf8)
        }
        if let note = last.footnote { out += Array("[^\(note)]: ".utf8) }
        for (k, (p, _)) in group.enumerated() {
            if k > 0 && !numbered { out.append(0x20) }
            for piece in p.pieces where shows(piece.change) {
                if piece.isFootnoteMark { referencedNotes.append(String(piece.text.dropFirst(2).dropLast())) }
                let from = out.count
                switch (revisions, piece.change) {
                case (.marked, .inserted): out += Array("{++\(piece.text)++}".utf8)
                case (.marked, .deleted): out += Array("{--\(piece.text)--}".utf8)
                default: out += Array(piece.text.utf8)
                }
                if piece.change == .inserted && revisions == .accepted { inserted.append(from..<out.count) }
            }
        }
        // 24 scalars, tabs as spaces: counted without grapheme breaking, which long lines make slow.
        var scalars = String(decoding: out[start...], as: UTF8.self).unicodeScalars.prefix(25).map { $0 == "\t" ? " " : $0 }
        let cut = scalars.count > 24
        if cut { scalars.removeLast() }
        var firstWords = String(String.UnicodeScalarView(scalars))
        if cut { firstWords += "…" }
        let origin = (shown.first ?? group.last!).1
        lines.append(WordDocument.LineOrigin(paragraph: numbered ? origin : nil, footnote: last.footnote, firstWords: firstWords))
        out.append(0x0A)
    }

    func finish() -> WordDocument.Text {
        WordDocument.Text(text: String(decoding: out, as: UTF8.self), lines: lines, inserted: inserted, removedParagraphs: removed)
    }
}
