import DraftAnalysis
import DraftSyntax

/// textDocument/formatting and rangeFormatting: the Formatter's certain fixes (full-width
/// punctuation, stray spaces, final punctuation, label spacing), one edit per changed line.
extension LanguageServer {
    /// `range`: rangeFormatting's selection; nil formats the whole document.
    func formatting(_ uri: String, range selected: LSPRange?) throws -> (any Encodable)? {
        let snap = try snapshot(uri)
        let conv = converter(snap)
        var lines: Range<Int>?
        if let selected {
            let range = conv.byteRange(selected)
            let first = snap.text.lines.line(of: range.start)
            var last = snap.text.lines.line(of: range.end)
            // A selection ending at the start of a line does not take that line.
            if last > first && snap.text.lines.contentRange(ofLine: last).start == range.end { last -= 1 }
            lines = first..<(last + 1)
        }
        let formatted = Formatter.format(snap.text.bytes, selection: snap.settings.selection, catalog: snap.settings.catalog, lines: lines)
        return Formatter.lineEdits(from: snap.text, to: SourceText(bytes: formatted)).map(conv.edit)
    }
}
