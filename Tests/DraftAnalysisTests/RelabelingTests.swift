import DraftAnalysis
import DraftSyntax
import Testing

/// Renumbering a section and renaming one label: text in, text out, references rewritten.
@Suite struct RelabelingTests {
    func apply(_ text: String, _ edits: (Document) throws -> [TextEdit]) rethrows -> String {
        let doc = Document(SourceText(text))
        return String(decoding: EditApplier.apply(try edits(doc), to: Array(text.utf8)), as: UTF8.self)
    }

    func section(_ doc: Document, _ keyword: String) -> Section { doc.instruments[0].sections.first { $0.heading.keyword == keyword }! }

    let gappy = """
    意见1：题
    论坛（2021年，日内瓦），
    忆及
    a)\t一；
    c)\t三，
    认为
    1\t一；
    3\t三：
    i)\t分一；
    iii)\t分三；
    4\t见上述认为第3-4段和上述认为“3”段，
    请秘书长
    落实上述认为4段和上述忆及c)段。
    """

    @Test func renumberRelabelsEverySequenceAndRewritesReferencesAndRanges() {
        let out = apply(gappy) { Relabeling.renumber(section($0, "认为"), in: $0) }
        #expect(out == """
        意见1：题
        论坛（2021年，日内瓦），
        忆及
        a)\t一；
        c)\t三，
        认为
        1\t一；
        2\t三：
        i)\t分一；
        ii)\t分三；
        3\t见上述认为第2-3段和上述认为“2”段，
        请秘书长
        落实上述认为3段和上述忆及c)段。
        """)
        let letters = apply(gappy) { Relabeling.renumber(section($0, "忆及"), in: $0) }
        #expect(letters.contains("b)\t三，") && letters.contains("上述忆及b)段"), "\(letters)")
        // Renumbering twice changes nothing more.
        #expect(apply(out) { Relabeling.renumber(section($0, "认为"), in: $0) } == out)
    }

    @Test func writtenFormsAreKept() {
        let text = "意见1：题\n论坛（2021年，日内瓦），\n忆及\n（ａ）\t一；\n（ｃ）\t三，\n认为\n1\t见上述忆及（ｃ）段。\n"
        let out = apply(text) { Relabeling.renumber(section($0, "忆及"), in: $0) }
        #expect(out.contains("（ｂ）\t三，"), "\(out)")
    }

    @Test func renameOneLabelWithItsReferences() throws {
        let out = try apply(gappy) { try Relabeling.rename(section($0, "认为").items[1], of: section($0, "认为"), to: "2", in: $0) }
        #expect(out.contains("\n2\t三：") && out.contains("第2-4段") && out.contains("“2”段，"))
    }

    @Test func renameRefusesWhatCannotBe() throws {
        let doc = Document(SourceText(gappy))
        let s = section(doc, "认为")
        #expect(throws: Relabeling.Refusal.self) { try Relabeling.rename(s.items[1], of: s, to: "4", in: doc) }  // taken
        #expect(throws: Relabeling.Refusal.self) { try Relabeling.rename(s.items[1], of: s, to: "b)", in: doc) }  // wrong style
        #expect(try Relabeling.rename(s.items[1], of: s, to: "（５）", in: doc).count == 3, "label, 第3-4段 and “3”段")
    }

    @Test func keyRangeSkipsTheParentheses() {
        let doc = Document(SourceText("意见1：题\n论坛（2021年，日内瓦），\n忆及\n（ａ）\t一，\n认为\n1\t做。\n"))
        let label = doc.instruments[0].sections[0].items[0].label!
        #expect(doc.text.string(Relabeling.keyRange(of: label, in: doc.text)) == "ａ")
    }

    /// Finalizing the numbering of a negotiated text folds 1bis and 2ter into the sequence and
    /// rewrites every reference to them.
    @Test func renumberFoldsBisAndTer() {
        let negotiated = "第9号决议\n题\n理事会，\n做出决议，\n1\t一；\n1bis\t插入；\n2\t二；\n2ter\t又插入；\n3\t见上述做出决议“1bis”段和上述做出决议2ter。\n"
        let out = apply(negotiated) { Relabeling.renumber(section($0, "做出决议"), in: $0) }
        #expect(out == "第9号决议\n题\n理事会，\n做出决议，\n1\t一；\n2\t插入；\n3\t二；\n4\t又插入；\n5\t见上述做出决议“2”段和上述做出决议4。\n")
    }
}
