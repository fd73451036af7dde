/// A stable, readable dump of the tree: one node per line with its kind, label and byte range.
/// The parser's snapshot tests compare this text.
public enum TreeDump {
    public static func dump(_ doc: Document) -> String {
        var out = ""
        let text = doc.text
        func line(_ depth: Int, _ s: String) { out += String(repeating: "  ", count: depth) + s + "\n" }
        func excerpt(_ r: ByteRange, _ n: Int = 12) -> String {
            let s = text.string(r).replacingNewlines
            return s.count > n ? String(s.prefix(n)) + "…" : s
        }
        for block in doc.blocks {
            switch block {
            case .freeText(let f):
                line(0, "free-text \(f.range) L\(text.lines.line(of: f.range.start) + 1)-L\(text.lines.line(of: f.range.end) + 1)")
            case .instrument(let inst):
                line(0, "instrument \(inst.kind.rawValue) \(inst.number ?? "-") \(inst.language.rawValue) \(inst.range) L\(text.lines.line(of: inst.range.start) + 1)")
                line(1, "title \(inst.title) lines=\(inst.titleLines.count) \"\(excerpt(inst.title, 20))\"")
                if let b = inst.body { line(1, "body \(b) \"\(excerpt(b, 20))\"") } else { line(1, "body none") }
                for s in inst.sections {
                    line(1, "section \(s.heading.keyword) \(s.role.rawValue) \(s.range) L\(text.lines.line(of: s.range.start) + 1)")
                    if let lead = s.leadIn { line(2, "lead-in \(lead) \"\(excerpt(lead))\"") }
                    for item in s.items {
                        item.walk({ i, depth in
                            let label = i.label.map { "\($0.style.rawValue):\($0.key)" + ($0.variant.map { " (\($0))" } ?? "") } ?? "unlabelled"
                            let punct = i.finalPunctuation.map { text.string($0) } ?? "∅"
                            line(2 + depth, "item \(label) \(i.range) L\(text.lines.line(of: i.range.start) + 1) end=\(punct) \"\(excerpt(i.textRange))\"")
                        })
                    }
                }
            }
        }
        for r in doc.references {
            let targets = r.targets.map { $0.path.joined(separator: ".") }.joined(separator: r.isRange ? "-" : ",")
            line(0, "reference \(r.direction.rawValue) \(r.sectionKeyword ?? "-") \(targets) \(r.range) L\(text.lines.line(of: r.range.start) + 1) \"\(text.string(r.range))\"")
        }
        for c in doc.citations {
            var rev = "-"
            if let v = c.revision {
                rev = [v.year.map(String.init), v.place, v.revised ? "rev" : nil, v.acronym, v.isCouncilSession ? "council" : nil]
                    .compactMap { $0 }.joined(separator: ",")
            }
            let title = c.titleRange.map { "\"" + excerpt($0, 10) + "\"" } ?? "-"
            let extra = c.problem.map { " problem=\($0.rawValue)" } ?? ""
            line(0, "citation \(c.kind.rawValue) \(c.number ?? "?") body=\(c.body ?? c.instrumentName ?? "-") rev=\(rev) title=\(title) L\(text.lines.line(of: c.range.start) + 1)\(extra)")
        }
        for p in doc.pending { line(0, "pending depth=\(p.depth) \(p.range) L\(text.lines.line(of: p.range.start) + 1)") }
        for p in doc.markProblems {
            line(0, "mark-problem \(p.kind.rawValue) \"\(text.string(p.range))\" \(p.range) L\(text.lines.line(of: p.range.start) + 1)")
        }
        for (k, list) in doc.abbreviations.enumerated() {
            for a in list { line(0, "abbreviation #\(k) \(a.abbreviation)=\(a.expansion) L\(text.lines.line(of: a.abbreviationRange.start) + 1)") }
        }
        for m in doc.footnoteMarks { line(0, "footnote-mark \(m.key) L\(text.lines.line(of: m.range.start) + 1)") }
        for n in doc.footnoteNotes { line(0, "footnote-note \(n.key) L\(text.lines.line(of: n.range.start) + 1)") }
        return out
    }
}

extension String {
    /// Line breaks and tabs as spaces: one line of text for dumps and outlines.
    public var replacingNewlines: String {
        var out = ""
        for ch in unicodeScalars { out.unicodeScalars.append(ch == "\n" || ch == "\r" || ch == "\t" ? " " : ch) }
        return out
    }
}
