import DraftSyntax

/// Two language versions of one instrument, section by section and paragraph by paragraph,
/// with the version-* findings of each row: what `itudraft align` prints.
public struct VersionAlignment: Sendable {
    public struct Row: Sendable {
        /// The section's English keyword ("title" for the title row); the label ("1", "b"), or nil
        /// for the heading row.
        public let section: String
        public let label: String?
        /// The text on each side, nil where that version has no such section or paragraph.
        public let mine: String?
        public let theirs: String?
        /// The codes of the version-* findings on this row's paragraph (or heading) in either version.
        public let findings: [String]
    }

    public let rows: [Row]

    /// The alignment of `first` against its counterpart (explicitly paired or by identity), nil
    /// when the workspace holds no other version of it.
    public static func of(_ workspace: WorkspaceIndex, first: String) -> VersionAlignment? {
        guard let file = workspace.files[first] else { return nil }
        var rows: [Row]?
        VersionPairs.forEach(workspace, file) { pair in
            guard rows == nil else { return }
            let mineFindings = workspace.diagnostics(for: file.key).filter { $0.code.hasPrefix("version-") }
            let theirFindings = workspace.diagnostics(for: pair.otherFile.key).filter { $0.code.hasPrefix("version-") }
            func codes(_ r: ByteRange?, _ findings: [Diagnostic]) -> [String] { r.map { r in findings.filter { r.contains($0.range.start) }.map(\.code) } ?? [] }
            func text(_ f: FileSummary, _ r: ByteRange) -> String { ParagraphText.joined(f.text.string(r)) }
            var out = [Row(section: "title", label: nil, mine: text(file, pair.mine.title), theirs: text(pair.otherFile, pair.other.title),
                           findings: Array(Set(codes(pair.mine.title, mineFindings) + codes(pair.other.title, theirFindings))).sorted())]
            let matched = pair.sections
            for s in pair.mine.sections {
                let t = matched.first { $0.0.heading == s.heading }?.1
                out.append(Row(section: s.key, label: nil, mine: text(file, s.heading), theirs: t.map { text(pair.otherFile, $0.heading) },
                               findings: Array(Set(codes(s.heading, mineFindings) + codes(t?.heading, theirFindings))).sorted()))
                var labels = s.paragraphs.map(\.path).filter { !$0.isEmpty }
                for q in t?.paragraphs ?? [] where !q.path.isEmpty && !labels.contains(q.path) { labels.append(q.path) }
                for path in labels {
                    let p = s.paragraphs.first { $0.path == path }, q = t?.paragraphs.first { $0.path == path }
                    out.append(Row(section: s.key, label: path.joined(separator: "."), mine: p.map { text(file, $0.range) }, theirs: q.map { text(pair.otherFile, $0.range) },
                                   findings: Array(Set(codes(p?.range, mineFindings) + codes(q?.range, theirFindings))).sorted()))
                }
            }
            for t in pair.other.sections where !matched.contains(where: { $0.1.heading == t.heading }) {
                out.append(Row(section: t.key, label: nil, mine: nil, theirs: text(pair.otherFile, t.heading), findings: ["version-section-mismatch"]))
            }
            rows = out
        }
        return rows.map(VersionAlignment.init)
    }
}
