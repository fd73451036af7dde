import DraftAnalysis
import DraftSyntax
import Testing

@Suite struct CleanTextTests {
    @Test func aCorrectInstrumentHasNoFindings() {
        let findings = Analyzer.analyze(Document(opinion()))
        #expect(findings.isEmpty, "\(findings.map(\.code))")
    }

    @Test func correctEnglishInstrumentHasNoFindings() {
        let text = "Resolution 71 (Rev. Dubai, 2018)\nStrategic plan\nThe Plenipotentiary Conference (Dubai, 2018),\nrecalling\na) Resolution 71 (Rev. Dubai, 2018);\nb) the plan,\nresolves\n1 to act;\n2 to report as in resolves 1 above.\n"
        let findings = Analyzer.analyze(Document(text))
        #expect(findings.isEmpty, "\(findings.map(\.code))")
    }

    @Test func houseStylesAreNotSlips() {
        // A space beside Latin letters or digits, legitimate reduplications, words that merely meet.
        let findings = Analyzer.analyze(Document(opinion(operative: "1\tWSIS 进程在2030 年实实在在地常常为了了解人人的需要；\n2\t安全和和平，")))
        #expect(findings.isEmpty, "\(findings.map(\.code))")
    }

    @Test func everyRuleHasACodeSeverityAndBothLanguages() {
        var seen = Set<String>()
        for r in RuleRegistry.all {
            #expect(r.code.allSatisfy { $0.isLowercase || $0 == "-" }, "\(r.code)")
            #expect(seen.insert(r.code).inserted, "duplicate \(r.code)")
            #expect(!r.summary.zh.isEmpty && !r.summary.en.isEmpty)
        }
    }

    @Test func selectionAndSeverityOverrides() {
        let doc = Document(opinion(operative: "1\t的的；\n2\t二，"))
        #expect(Analyzer.analyze(doc, selection: RuleSelection(ignore: ["doubled-character"])).isEmpty)
        let d = Analyzer.analyze(doc, selection: RuleSelection(severities: ["doubled-character": .error]))
        #expect(d.map(\.severity) == [.error])
    }
}
