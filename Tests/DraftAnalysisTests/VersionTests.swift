@testable import DraftAnalysis
import DraftSyntax
import Testing

/// The Chinese and English versions of one instrument checked against each other: a correct pair
/// gives nothing, and each mutation of one version gives exactly its finding.
@Suite struct VersionTests {
    static let zh = """
    意见4：信息通信技术促进可持续发展
    第六届世界电信/信息通信技术政策论坛（2021年，日内瓦），
    忆及
    a)\t全权代表大会第71号决议（2018年，迪拜，修订版）；
    b)\t联合国大会2015年的第70/1号决议，
    认为
    1\t到2030年应连通25亿人；
    2\t需要合作，
    请秘书长
    支持上述工作。
    """
    static let en = """
    Opinion 4: ICTs for sustainable development
    The sixth World Telecommunication/ICT Policy Forum (Geneva, 2021),
    recalling
    a)\tResolution 71 (Rev. Dubai, 2018) of the Plenipotentiary Conference;
    b)\tResolution 70/1 of the United Nations General Assembly of 2015,
    is of the view
    1\tthat 2.5 billion people should be connected by 2030;
    2\tthat cooperation is needed,
    invites the Secretary-General
    to support this work.
    """

    func found(zh: String = zh, en: String = en) -> [String] {
        let w = WorkspaceIndex([FileSummary(key: "zh.txt", document: Document(zh)), FileSummary(key: "en.txt", document: Document(en))])
        return ["zh.txt", "en.txt"].flatMap { key in
            w.diagnostics(for: key).filter { $0.code.hasPrefix("version-") }.map { d in "\(key) \(d.code) \(w.files[key]!.text.string(d.range).prefix(12))" }
        }
    }

    @Test func aCorrectPairGivesNothing() {
        #expect(found() == [])
        // One version alone has nothing to be compared with.
        let alone = WorkspaceIndex([FileSummary(key: "zh.txt", document: Document(Self.zh))])
        #expect(alone.diagnostics(for: "zh.txt").isEmpty)
    }

    @Test func aDroppedItem() {
        #expect(found(zh: Self.zh.replacingOccurrences(of: "2\t需要合作，", with: "2\t需要合作；\n3\t多出的一段，")).contains("zh.txt version-label-mismatch 认为"))
    }

    @Test func aChangedYearOrAmount() {
        #expect(found(zh: Self.zh.replacingOccurrences(of: "到2030年", with: "到2035年")) == ["zh.txt version-number-mismatch 到2035年应连通25亿", "en.txt version-number-mismatch that 2.5 bil"])
        #expect(found(en: Self.en.replacingOccurrences(of: "2.5 billion", with: "2.5 million")).count == 2)
    }

    @Test func aChangedRevision() {
        let f = found(en: Self.en.replacingOccurrences(of: "Rev. Dubai, 2018", with: "Rev. Busan, 2014"))
        #expect(f.contains { $0.hasPrefix("en.txt version-citation-mismatch Resolution 7") } && f.contains { $0.hasPrefix("zh.txt version-citation-mismatch") })
    }

    @Test func aBracketSettledInOneVersionOnly() {
        #expect(found(zh: Self.zh.replacingOccurrences(of: "到2030年", with: "[到2030年]")) == ["zh.txt version-pending-mismatch [到2030年]应连通2", "en.txt version-pending-mismatch that 2.5 bil"])
        // Nested brackets count once, as the outermost text does in the other version.
        #expect(found(zh: Self.zh.replacingOccurrences(of: "到2030年", with: "[到[2030]年]"), en: Self.en.replacingOccurrences(of: "by 2030", with: "[by 2030]")) == [])
    }

    @Test func aFootnoteInOneVersionOnly() {
        let f = found(zh: Self.zh.replacingOccurrences(of: "需要合作，", with: "需要合作[^1]，\n[^1]: 见附件。"))
        #expect(f == ["zh.txt version-footnote-mismatch 需要合作[^1]，", "en.txt version-footnote-mismatch that coopera"])
        let both = found(zh: Self.zh.replacingOccurrences(of: "需要合作，", with: "需要合作¹，\n¹ 见附件。"),
                         en: Self.en.replacingOccurrences(of: "cooperation is needed,", with: "cooperation is needed¹,\n¹ See the annex."))
        #expect(!both.contains { $0.contains("footnote") })
    }

    @Test func aRetargetedReference() {
        let zh = Self.zh.replacingOccurrences(of: "需要合作，", with: "需要按上述忆及a)段合作，")
        let en = Self.en.replacingOccurrences(of: "cooperation is needed,", with: "cooperation is needed as in recalling a) above,")
        #expect(found(zh: zh, en: en) == [])
        #expect(found(zh: zh, en: en.replacingOccurrences(of: "recalling a) above", with: "recalling b) above"))
                == ["zh.txt version-reference-mismatch 需要按上述忆及a)段合作", "en.txt version-reference-mismatch that coopera"])
        // A reference written in one version only is wording, not a mismatch.
        #expect(found(zh: zh) == [])
    }

    @Test func countMessagesNameBothCounts() {
        let w = WorkspaceIndex([FileSummary(key: "zh.txt", document: Document(Self.zh.replacingOccurrences(of: "到2030年", with: "[到2030年]"))),
                                FileSummary(key: "en.txt", document: Document(Self.en))])
        let d = w.diagnostics(for: "zh.txt").first { $0.code == "version-pending-mismatch" }
        #expect(d?.message.zh == "本段有1处[方括号]，而英文本的对应段落有0处[方括号]")
        #expect(d?.message.en == "this paragraph has 1 [pending] texts; its counterpart in the English version has 0 [pending] texts")
        #expect(d?.related.first?.file == "en.txt")
    }

    @Test func aMissingSectionAndAnEnding() {
        let noInvites = Self.en.replacingOccurrences(of: "invites the Secretary-General\nto support this work.", with: "")
            .replacingOccurrences(of: "that cooperation is needed,", with: "that cooperation is needed.")
        let f = found(en: noInvites)
        #expect(f.contains("zh.txt version-section-mismatch 请秘书长"))
        #expect(f.contains { $0.hasPrefix("en.txt version-final-punctuation") })
    }
}

@Suite struct VersionIdentityTests {
    /// Opinion 4 of 2013 is no version of 意见4 of 2021.
    @Test func anotherYearIsAnotherInstrument() {
        let en2013 = VersionTests.en.replacingOccurrences(of: "(Geneva, 2021)", with: "(Geneva, 2013)").replacingOccurrences(of: "is of the view\n1\tthat 2.5", with: "is of the view\n1\tthat 9.5")
        let w = WorkspaceIndex([FileSummary(key: "zh.txt", document: Document(VersionTests.zh)), FileSummary(key: "en.txt", document: Document(en2013))])
        #expect(w.diagnostics(for: "zh.txt").filter { $0.code.hasPrefix("version-") }.isEmpty)
    }

    /// The year in an identity is the first run of exactly four digits between 1865 and 2099.
    @Test func theYearIsTheFirstRunOfFourDigits() {
        let cases: [(String, Int?)] = [("第4号意见（2021年，日内瓦）", 2021), ("Opinion 4 (Geneva, 2013)", 2013), ("12345 2019", 2019),
                                       ("1864年 1865年", 1865), ("2100", nil), ("第 24 号决议", nil), ("2021", 2021), ("", nil),
                                       ("99999999999999999999999999 2022", 2022)]
        for (text, year) in cases {
            let bytes = Array(text.utf8)
            #expect(VersionSummary.firstYear(bytes, in: ByteRange(0, bytes.count)) == year, "\(text)")
        }
        let cut = Array("2021年".utf8)
        #expect(VersionSummary.firstYear(cut, in: ByteRange(0, 3)) == nil)
    }
}
