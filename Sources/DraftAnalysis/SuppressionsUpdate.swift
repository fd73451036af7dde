import DraftSyntax

extension Suppressions {
    /// The directives of `document` after an edit, from `previous` (the suppressions of the
    /// version it was updated from) and what the update kept: the kept segments' directives are
    /// kept (those after the edit moved), only the lines between them are read again. A 10 MB
    /// draft was searched whole for comments on every keystroke.
    init(_ document: Document, previous: Suppressions, reuse: SegmentReuse) {
        let text = document.text, segments = document.segments
        let keptBefore = reuse.prefix > 0 ? segments[reuse.prefix - 1].block.range.end : 0
        let keptAfter = reuse.suffix > 0 ? segments[segments.count - reuse.suffix].block.range.start : text.count
        var directives = previous.directives.filter { $0.range.end <= keptBefore }
        directives += Self.scan(text, in: ByteRange(keptBefore, max(keptBefore, keptAfter)))
        for d in previous.directives where d.range.start >= keptAfter - reuse.delta {
            let range = d.range.shifted(by: reuse.delta)
            directives.append(Directive(kind: d.kind, codes: d.codes, range: range, codeRanges: d.codeRanges.map { $0.shifted(by: reuse.delta) },
                                        line: text.lines.line(of: range.start)))
        }
        self.init(directives: directives, lines: text.lines, textLength: text.count)
    }
}
