import DraftSyntax

/// The certain fixes that never change words, applied until nothing changes: half-width
/// punctuation in Chinese text made full-width, stray spaces between Chinese characters deleted,
/// items' and body lines' final punctuation per the ；，。 rule, and label spacing made uniform
/// (one tab or one space, whichever the document mostly uses). Shared by `check --fix`,
/// `textDocument/formatting` and `rangeFormatting`. Lines are never added or removed.
public enum Formatter {
    /// The rules whose fixes formatting applies. Deleting a doubled 的 or turning "and" into 和
    /// changes words: those stay quick fixes the user picks one by one.
    public static let ruleCodes: Set<String> = Set(RuleRegistry.all.filter(\.formatsSafely).map(\.code))
    public static let labelSpacingTitle = Message(zh: "统一段落编号后的间隔", en: "make the spacing after labels uniform")

    /// `bytes` formatted; with `lines`, only edits within those lines (0-based, half-open) are made.
    public static func format(_ bytes: [UInt8], selection: RuleSelection = RuleSelection(), catalog: Catalog = .builtIn,
                              lines: Range<Int>? = nil) -> [UInt8] {
        FixedPoint.apply(bytes) { edits($0, selection: selection, catalog: catalog, lines: lines) }
    }

    /// One pass of formatting edits on `document`, non-overlapping.
    public static func edits(_ document: Document, selection: RuleSelection = RuleSelection(), catalog: Catalog = .builtIn,
                             lines: Range<Int>? = nil) -> [TextEdit] {
        var wanted = selection
        wanted.select = (selection.select ?? ruleCodes).intersection(ruleCodes)
        let analysis = Analyzer.analysis(of: document, selection: wanted, catalog: catalog)
        var batch = EditBatch()
        let index = document.text.lines
        func take(_ group: [TextEdit]) {
            if let lines, !group.allSatisfy({ lines.contains(index.line(of: $0.range.start)) && lines.contains(index.line(of: max($0.range.start, $0.range.end - 1))) }) { return }
            batch.take(group)
        }
        for d in analysis.diagnostics { if let fix = d.fix { take(fix.edits) } }
        for e in labelSpacing(document) { take([e]) }
        return batch.edits.sorted { $0.range < $1.range }
    }

    /// Edits that give every label the spacing most labels of the document have: a tab or a space.
    public static func labelSpacing(_ document: Document) -> [TextEdit] {
        let bytes = document.text.bytes
        var gaps: [(range: ByteRange, form: String)] = []
        for inst in document.instruments {
            for s in inst.sections {
                for top in s.items {
                    top.walk { item, _ in
                        guard let label = item.label, item.textRange.start > label.range.end else { return }
                        let gap = ByteRange(label.range.end, item.textRange.start)
                        guard bytes[gap.start..<gap.end].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { return }
                        gaps.append((gap, String(decoding: bytes[gap.start..<gap.end], as: UTF8.self)))
                    }
                }
            }
        }
        let tabs = gaps.filter { $0.form == "\t" }.count
        let spaces = gaps.filter { $0.form == " " }.count
        guard tabs + spaces > 0 else { return [] }
        let uniform = tabs >= spaces ? "\t" : " "
        return gaps.filter { $0.form != uniform }.map { TextEdit(range: $0.range, newText: uniform) }
    }

    /// The changes from `old` to `new` (same line count) as one edit per changed line; a single
    /// edit of the whole text when the line count differs.
    public static func lineEdits(from old: SourceText, to new: SourceText) -> [TextEdit] {
        guard old.lines.lineCount == new.lines.lineCount else {
            return old.bytes == new.bytes ? [] : [TextEdit(range: ByteRange(0, old.count), newText: String(decoding: new.bytes, as: UTF8.self))]
        }
        var out: [TextEdit] = []
        for n in 0..<old.lines.lineCount {
            let a = old.lines.contentRange(ofLine: n)
            let b = new.lines.contentRange(ofLine: n)
            if old.bytes[a.start..<a.end] != new.bytes[b.start..<b.end] {
                out.append(TextEdit(range: a, newText: String(decoding: new.bytes[b.start..<b.end], as: UTF8.self)))
            }
        }
        return out
    }

    /// A unified diff of two texts, with three lines of context, as `diff -u` prints it.
    /// Formatting keeps the line count; were it not kept, the whole text is one hunk.
    public static func unifiedDiff(_ old: SourceText, _ new: SourceText, path: String) -> String {
        func lines(_ t: SourceText) -> [String] {
            var all = (0..<t.lines.lineCount).map { t.string(t.lines.contentRange(ofLine: $0)) }
            if t.bytes.last == 0x0A { all.removeLast() }  // the empty "line" after the final newline
            return all
        }
        let a = lines(old), b = lines(new)
        guard a != b else { return "" }
        var out = "--- \(path)\n+++ \(path)\n"
        guard a.count == b.count else {
            out += "@@ -1,\(a.count) +1,\(b.count) @@\n"
            return out + a.map { "-\($0)\n" }.joined() + b.map { "+\($0)\n" }.joined()
        }
        let changed = a.indices.filter { a[$0] != b[$0] }
        var i = 0
        while i < changed.count {
            // A hunk takes changed lines no more than six apart, with three lines of context.
            var j = i
            while j + 1 < changed.count && changed[j + 1] - changed[j] <= 6 { j += 1 }
            let from = max(0, changed[i] - 3)
            let to = min(a.count, changed[j] + 4)
            out += "@@ -\(from + 1),\(to - from) +\(from + 1),\(to - from) @@\n"
            var n = from
            while n < to {
                guard a[n] != b[n] else { out += " \(a[n])\n"; n += 1; continue }
                // A run of changed lines: the old ones, then the new ones.
                var end = n
                while end < to && a[end] != b[end] { end += 1 }
                out += a[n..<end].map { "-\($0)\n" }.joined() + b[n..<end].map { "+\($0)\n" }.joined()
                n = end
            }
            i = j + 1
        }
        return out
    }
}
