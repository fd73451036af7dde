import DraftAnalysis
import DraftSyntax
import DraftWord
import TestSupport

/// What must hold for any bytes at all: parse → analyze → every fix → fix-all → format →
/// renumber and rename, and incremental re-analysis after edits. A violation is reported and
/// the process aborts, so libFuzzer keeps the input that caused it.
enum Properties {
    struct Violation: Error, CustomStringConvertible {
        let description: String
    }

    static func check(_ input: [UInt8]) throws(Violation) {
        let text = SourceText(bytes: input)
        let document = Document(text)
        let findings = Analyzer.analyze(document)
        for d in findings {
            try inText(d.range, text, "\(d.code)'s range")
            for r in d.related where r.file == nil { try inText(r.range, text, "\(d.code)'s related range") }
            guard let fix = d.fix else { continue }
            for e in fix.edits { try inText(e.range, text, "\(d.code)'s fix") }
            // Each fix alone changes its own ranges only, and leaves valid UTF-8.
            let after = EditApplier.apply(fix.edits, to: text.bytes)
            try valid(after, "\(d.code)'s fix")
            let first = fix.edits.map(\.range.start).min()!, last = fix.edits.map(\.range.end).max()!
            let growth = fix.edits.reduce(0) { $0 + $1.newText.utf8.count - $1.range.count }
            guard after[..<first] == text.bytes[..<first], after[(last + growth)...] == text.bytes[last...] else {
                throw Violation(description: "\(d.code)'s fix changed bytes outside \(first)..<\(last)")
            }
        }
        try fixedPoints(text)
        try relabelling(document)
        try incremental(text, document)
        try word(input)
    }

    /// The bytes as a .docx, and as the document part of one: read or refused, never a crash;
    /// each version's text has one origin per line.
    private static func word(_ input: [UInt8]) throws(Violation) {
        let stored = DocxBuilder.zip([("word/document.xml", input)], deflate: false)
        for bytes in [input, stored] {
            guard let doc = try? WordDocument(bytes) else { continue }
            for revisions in WordDocument.Revisions.allCases {
                let t = doc.text(revisions)
                let lines = t.text.utf8.count { $0 == 0x0A }
                guard lines == t.lines.count else { throw Violation(description: "docx \(revisions): \(lines) lines, \(t.lines.count) origins") }
                for r in t.inserted where r.upperBound > t.text.utf8.count { throw Violation(description: "docx: inserted range past the text") }
            }
        }
    }

    /// Fix-all and formatting reach their fixed point in one run; formatting keeps every line.
    private static func fixedPoints(_ text: SourceText) throws(Violation) {
        let all = Analyzer.fixingAll(text.bytes)
        try valid(all, "fix-all")
        guard Analyzer.fixingAll(all) == all else { throw Violation(description: "fix-all is not idempotent") }
        let formatted = Formatter.format(text.bytes)
        try valid(formatted, "formatting")
        guard Formatter.format(formatted) == formatted else { throw Violation(description: "formatting is not idempotent") }
        guard SourceText(bytes: formatted).lines.lineCount == text.lines.lineCount else {
            throw Violation(description: "formatting changed the number of lines")
        }
    }

    /// Renumbering any section, and renaming its first label, edit inside the text on scalar
    /// boundaries; a renumbered section is in order (renumbering it again does nothing).
    private static func relabelling(_ document: Document) throws(Violation) {
        let text = document.text
        for inst in document.instruments {
            for section in inst.sections {
                let edits = Relabeling.renumber(section, in: document)
                for e in edits { try inText(e.range, text, "renumbering \(section.heading.keyword)") }
                let after = EditApplier.apply(edits, to: text.bytes)
                try valid(after, "renumbering")
                if let item = section.items.first(where: { $0.label != nil }),
                   let renamed = try? Relabeling.rename(item, of: section, to: "99", in: document) {
                    for e in renamed { try inText(e.range, text, "renaming a label of \(section.heading.keyword)") }
                    try valid(EditApplier.apply(renamed, to: text.bytes), "renaming")
                }
            }
        }
    }

    /// Edits chosen from the input itself, applied as an editor sends them: the updated tree
    /// and findings equal those of a full parse of the same text.
    private static func incremental(_ text: SourceText, _ document: Document) throws(Violation) {
        var random = input(hash: text.bytes)
        var current = text
        var doc = document
        var analysis = Analyzer.analysis(of: document)
        let pieces = ["", "\n", "\r", "\r\n", "的", "认为\n", "1\t", "（", "）", "[", "]", "“", "”", "¹", "意见2：题\n", "第71号决议（2018年，迪拜）"]
        for _ in 0..<4 {
            let start = random.next(current.count + 1)
            let range = current.clamp(ByteRange(start, start + random.next(16)))
            var inserted = pieces[random.next(pieces.count)]
            if random.next(3) == 0 && current.count > 0 {
                let from = random.next(current.count)
                inserted = String(decoding: current.bytes[from..<min(current.count, from + 1 + random.next(8))], as: UTF8.self)
            }
            let aligned = current.aligned(range)
            let next = current.replacing(range, with: inserted)
            let (updated, reuse) = doc.updated(to: next, edited: aligned, insertedCount: inserted.utf8.count)
            analysis = Analyzer.analysis(of: updated, reusing: analysis, reuse: reuse)
            let whole = Document(SourceText(bytes: next.bytes))
            guard next.lines == whole.text.lines else { throw Violation(description: "the edited line index differs from a fresh one") }
            guard TreeDump.dump(updated) == TreeDump.dump(whole) else {
                throw Violation(description: "the tree after replacing \(aligned) by \(inserted.debugDescription) differs from a full parse")
            }
            guard analysis.diagnostics == Analyzer.analyze(whole) else {
                throw Violation(description: "the findings after replacing \(aligned) by \(inserted.debugDescription) differ from a full analysis")
            }
            current = next
            doc = updated
        }
    }

    private static func inText(_ r: ByteRange, _ text: SourceText, _ what: String) throws(Violation) {
        guard r.start >= 0, r.start <= r.end, r.end <= text.count else {
            throw Violation(description: "\(what) \(r) lies outside the text (\(text.count) bytes)")
        }
        for o in [r.start, r.end] where o < text.count && text.bytes[o] & 0xC0 == 0x80 {
            throw Violation(description: "\(what) \(r) splits a character at \(o)")
        }
    }

    private static func valid(_ bytes: [UInt8], _ what: String) throws(Violation) {
        guard UTF8Scan.isValid(bytes) else { throw Violation(description: "\(what) left invalid UTF-8") }
    }

    /// A generator seeded by the input, so that a finding replays from the input alone.
    private static func input(hash bytes: [UInt8]) -> SplitMix {
        SplitMix(state: bytes.reduce(0xcbf29ce484222325) { ($0 ^ UInt64($1)) &* 0x100000001b3 })
    }

    struct SplitMix {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            guard bound > 0 else { return 0 }
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }
}
