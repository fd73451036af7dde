import DraftAnalysis
import DraftSyntax
import Foundation
import Testing
import TestSupport

/// An edit re-parses and re-checks only the blocks around it. These tests make random edits to
/// every seed, chained as an editor sends them, and require the kept-and-shifted result to equal
/// parsing and checking the new text whole: same tree, same inline nodes, same findings.
@Suite struct IncrementalTests {
    /// What drafters type, including what makes or breaks a title, heading, item or mark.
    static let insertions = [
        "", "的", "\n", "\n\n", "决定\n", "\n意见9：测试意见\n", "\n1\t新的一段；\n", "上述决定“1”段", "第71号决议（2018年，迪拜）",
        "（", "）", "[", "]", "“", "\n注意到\n", "a)\t", "¹", "\n¹ 脚注\n", "信息通信技术（ICT）", "Resolution 71 (Rev. Dubai, 2018)",
        "\n第五届世界电信/信息通信技术政策论坛（2009年，里斯本），\n", "__________\n",
        "\r", "\r\n", "\n认为\r1\t一；\r",
        "\n<!-- itudraft-disable-next-line doubled-character -->\n", "\n<!-- itudraft-disable -->\n", "\n<!-- itudraft-enable -->\n",
        "\n  <!-- itudraft-disable-next-line no-such-rule, stray-space -->\n", "<!-- itudraft-disable -->",
    ]

    /// The nodes of a document as text, so that two parses compare in one expectation.
    static func fingerprint(_ doc: Document) -> String {
        var out = TreeDump.dump(doc)
        for r in doc.references { out += "ref \(r.range) \(r.targets.map(\.range))\n" }
        for c in doc.citations { out += "cite \(c.range) \(c.number ?? "-") \(String(describing: c.revision)) \(c.titleRange.map(\.description) ?? "-")\n" }
        for p in doc.pending { out += "pending \(p.range) \(p.depth)\n" }
        for m in doc.markProblems { out += "mark \(m.kind) \(m.range) \(m.partner.map(\.description) ?? "-")\n" }
        for list in doc.abbreviations { out += "abbr \(list.map { "\($0.abbreviation)=\($0.expansionRange)" })\n" }
        for f in doc.footnoteMarks { out += "fnmark \(f.key) \(f.range)\n" }
        for f in doc.footnoteNotes { out += "fnnote \(f.key) \(f.range)\n" }
        return out
    }

    @Test(arguments: GoldenTests.seeds)
    func randomEditsEqualAFullParse(_ name: String) throws {
        let data = try Data(contentsOf: GoldenTests.root.appendingPathComponent("seeds/\(name)"))
        // Every message says how to replay the run.
        let seed = TestSeed.value(default: 1, salt: name)
        var random = SplitMix(seed: seed)
        var text = SourceText(bytes: Array(data))
        var doc = Document(text)
        var analysis = Analyzer.analysis(of: doc)
        var summary = FileSummary(key: name, document: doc)
        var identities = DocumentFacts(doc).citationIdentities
        // Two edits between analyses, as when keystrokes arrive within one debounce.
        var pendingReuse: SegmentReuse?
        // 30 steps keep `swift test` fast; ITUDRAFT_RANDOM_STEPS=N runs more (the fuzzer runs far more).
        for step in 0..<TestSeed.steps(default: 30) {
            let start = random.next(text.count + 1)
            let length = random.next(4) == 0 ? random.next(400) : random.next(12)
            let edited = text.clamp(ByteRange(start, start + length))
            let inserted = Self.insertions[random.next(Self.insertions.count)]
            let newText = text.replacing(edited, with: inserted)
            // `replacing` moves the ends to scalar boundaries; the document must be told the same range.
            let actual = text.aligned(edited)
            let (updated, reuse) = doc.updated(to: newText, edited: actual, insertedCount: inserted.utf8.count)
            let whole = Document(SourceText(bytes: newText.bytes))
            #expect(newText.lines.lineStarts == whole.text.lines.lineStarts, "line index after step \(step), \(TestSeed.replay(default: 1))")
            #expect(Self.fingerprint(updated) == Self.fingerprint(whole), "tree after step \(step), \(TestSeed.replay(default: 1)): \(actual) ← \(inserted.debugDescription)")
            pendingReuse = pendingReuse.map { $0.then(reuse) } ?? reuse
            if step % 2 == 1 {
                // The citations of kept blocks keep their identities.
                let facts = DocumentFacts(updated, reusing: pendingReuse.map { (identities, $0) })
                identities = facts.citationIdentities
                #expect(identities == DocumentFacts(whole).citationIdentities, "identities after step \(step), \(TestSeed.replay(default: 1))")
                analysis = Analyzer.analysis(of: updated, reusing: analysis, reuse: pendingReuse, facts: facts)
                // The language-version summaries of kept instruments are kept, shifted.
                summary = FileSummary(key: name, document: updated, facts: facts, reusing: summary, reuse: pendingReuse)
                pendingReuse = nil
                let fresh = Analyzer.analysis(of: whole)
                #expect(analysis.diagnostics == fresh.diagnostics, "findings after step \(step), \(TestSeed.replay(default: 1))")
                // Suppression comments are read again only between the kept segments.
                #expect(analysis.suppressions.directives.map { "\($0.kind) \($0.codes ?? []) \($0.range) \($0.codeRanges) \($0.line)" }
                        == fresh.suppressions.directives.map { "\($0.kind) \($0.codes ?? []) \($0.range) \($0.codeRanges) \($0.line)" },
                        "suppressions after step \(step), \(TestSeed.replay(default: 1))")
                #expect(summary.versions == FileSummary(key: name, document: whole).versions, "versions after step \(step), \(TestSeed.replay(default: 1))")
            }
            text = newText
            doc = updated
            if Self.fingerprint(updated) != Self.fingerprint(whole) { return }  // one failure tells enough
        }
    }
}

/// Edits whose re-parsed region starts where a heading and items follow an instrument: only the
/// file's own start makes a fragment, never the start of the lines an edit re-parses.
@Suite struct IncrementalFragmentTests {
    @Test func aHeadingAfterAnInstrumentIsNoFragmentWhenReparsed() {
        let text = "意见1：题\n论坛（2021年，日内瓦），\n认为\n1\t一。\n__________\n\n报告的一段\n\n做出决议\n1\t甲；\n2\t乙。\n"
        let doc = Document(text)
        let edited = doc.text.clamp(ByteRange(text.utf8.count - 4, text.utf8.count - 4))
        let next = doc.text.replacing(edited, with: "的")
        let (updated, _) = doc.updated(to: next, edited: doc.text.aligned(edited), insertedCount: 3)
        #expect(TreeDump.dump(updated) == TreeDump.dump(Document(SourceText(bytes: next.bytes))))
        // At the very start of a file it is one.
        #expect(Document("做出决议\n1\t甲；\n2\t乙。\n").instruments.first?.kind == .fragment)
    }
}

/// A long text's block rules run in parts on every core: the findings are those of one run.
@Suite struct SplitAnalysisTests {
    @Test(arguments: GoldenTests.seeds)
    func blockRulesInPartsFindWhatOneRunFinds(_ name: String) throws {
        let data = try Data(contentsOf: GoldenTests.root.appendingPathComponent("seeds/\(name)"))
        // Three copies, so that parts end inside the text and segments of every kind fall in each.
        let doc = Document(SourceText(bytes: Array(data) + [0x0A] + Array(data) + [0x0A] + Array(data)))
        // A free-text seed stays one block, however long.
        #expect(doc.segments.count > 2 || doc.instruments.isEmpty)
        let split = Analyzer.analysis(of: doc, splitFrom: 0)
        let whole = Analyzer.analysis(of: doc, splitFrom: .max)
        #expect(split.diagnostics == whole.diagnostics)
        #expect(split.perSegment.map(\.count) == whole.perSegment.map(\.count))
    }
}
