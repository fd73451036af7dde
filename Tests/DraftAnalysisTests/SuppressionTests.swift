@testable import DraftAnalysis
import DraftSyntax
import Testing

/// Suppression comments: what each directive hides, what stays, and that the comment itself
/// neither breaks the structure nor gets checked as Chinese text.
@Suite struct SuppressionTests {
    func findings(_ text: String, _ codes: Set<String>? = nil) -> (shown: [String], hidden: [String]) {
        let doc = Document(SourceText(text))
        let a = Analyzer.analysis(of: doc, selection: RuleSelection(select: codes))
        let name = { (d: Diagnostic) in "\(doc.text.lines.line(of: d.range.start) + 1):\(d.code)" }
        let (shown, suppressed) = a.findings()
        return (shown.map(name).sorted(), suppressed.map(name).sorted())
    }

    let head = "意见1：题\n论坛（2021年，日内瓦），\n忆及\n"

    @Test func disableNextLineHidesOnlyThatLineAndCode() {
        let text = head + "<!-- itudraft-disable-next-line latin-word -->\na) 信心 and 安全性；\nb) 信心 and 安全性的的发展，\n认为\n1 做。\n"
        let r = findings(text)
        #expect(r.hidden == ["5:latin-word"])
        #expect(r.shown == ["6:doubled-character", "6:latin-word"])
    }

    @Test func disableWithoutCodesHidesEverythingUntilEnable() {
        let text = head + "<!-- itudraft-disable -->\na) 信心 and 安全性的的发展；\n<!-- itudraft-enable -->\nb) 信心 and 安全性，\n认为\n1 做。\n"
        let r = findings(text)
        #expect(r.hidden == ["5:doubled-character", "5:latin-word"])
        #expect(r.shown == ["7:latin-word"])
    }

    @Test func aRegionOfOneCodeLeavesOthersAndRunsToTheEndWhenLeftOpen() {
        let text = head + "<!-- itudraft-disable doubled-character, latin-word -->\na) 信心 and 安全性的的发展；\nb) 好的的，\n认为\n1 做。\n"
        let r = findings(text, ["doubled-character", "latin-word", "stray-space"])
        #expect(r.shown.isEmpty)
        #expect(r.hidden == ["5:doubled-character", "5:latin-word", "6:doubled-character"])
    }

    @Test func theCommentIsNoTextAndKeepsTheStructure() {
        // The directive sits between items: no continuation text, no Latin word, no punctuation finding.
        let text = head + "a) 第一项；\n<!-- itudraft-disable-next-line stray-space -->\nb) 第二项，\n认为\n1 做。\n"
        let doc = Document(SourceText(text))
        #expect(doc.instruments[0].sections[0].items.count == 2)
        #expect(Analyzer.analyze(doc).isEmpty)
    }

    @Test func anUnknownCodeInADirectiveIsReported() {
        assertLint(SuppressionUnknownRule(), "<!-- itudraft-disable-next-line latin-word, ⟦latn-word⟧ -->\n正文。\n",
                   messages: ["没有代码为“latn-word”的规则（见 itudraft rules） | no rule has the code \"latn-word\" (see itudraft rules)"])
        assertLint(SuppressionUnknownRule(), "<!-- itudraft-disable ⟦no-such⟧ -->\n<!-- a comment, not a directive -->\n",
                   messages: ["没有代码为“no-such”的规则（见 itudraft rules） | no rule has the code \"no-such\" (see itudraft rules)"])
    }
}

extension SuppressionTests {
    /// The parser, not a filter, keeps the comment's words out of the rules: in an item, in free text.
    @Test func aDirectiveInsideAnItemOrAReportGivesNoFinding() {
        let inItem = head + "a)\t第一项的内容\n<!-- itudraft-disable-next-line latin-word, stray-space -->\n继续，\n认为\n1\t做。\n"
        #expect(Analyzer.analysis(of: Document(SourceText(inItem))).diagnostics.map(\.code).filter { $0 != "item-final-punctuation" }.isEmpty)
        let report = "秘书长的报告\n<!-- itudraft-disable latin-word -->\n这是 a report（正文）。\n"
        #expect(Analyzer.analysis(of: Document(SourceText(report))).diagnostics.isEmpty)
    }
}
