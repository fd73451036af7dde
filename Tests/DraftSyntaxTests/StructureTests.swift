import DraftSyntax
import Testing
import TestSupport

/// A minimal, correct opinion used across tests.
let cleanOpinion = """
意见1：测试意见
第六届世界电信/信息通信技术政策论坛（2021年，日内瓦），
忆及
a)\t有关“变革我们的世界”的联合国大会第70/1号决议；
b)\t第二项，
认为
1\t第一段：
i)\t分项一；
ii)\t分项二；
2\t上述认为1段所述的内容，
请秘书长
支持上述工作。
"""

@Suite struct StructureTests {
    func sections(_ doc: Document) -> [String] { doc.instruments.flatMap { $0.sections.map(\.heading.keyword) } }

    @Test func parsesTitleBodySectionsAndItems() throws {
        let doc = Document(cleanOpinion)
        let inst = try #require(doc.instruments.first)
        #expect(inst.kind == .opinion && inst.number == "1")
        #expect(doc.text.string(inst.body!) == "第六届世界电信/信息通信技术政策论坛（2021年，日内瓦），")
        #expect(sections(doc) == ["忆及", "认为", "请秘书长"])
        #expect(inst.sections[0].role == .preamble && inst.sections[1].role == .operative)
        let first = inst.sections[1].items[0]
        #expect(first.label?.key == "1")
        #expect(first.children.map { $0.label!.key } == ["i", "ii"])
        #expect(first.children.allSatisfy { $0.label!.style == .roman })
        #expect(inst.sections[2].items[0].label == nil)
    }

    @Test func wrappedTitleAndMarkdown() throws {
        let doc = Document("**意见2草案：第一行\n第二行**\n\n第六届论坛（2021年，日内瓦），\n\n## 考虑到\n\n- a) 一；\n- b) 二，\n\n决定\n\n- 1 做。\n")
        let inst = try #require(doc.instruments.first)
        #expect(inst.kind == .draftOpinion)
        #expect(inst.titleLines.count == 2)
        #expect(sections(doc) == ["考虑到", "决定"])
        #expect(inst.sections[0].items.map { $0.label!.key } == ["a", "b"])
    }

    @Test func letterIAfterHIsALetterButAfterColonIsRoman() throws {
        let letters = (0..<9).map { "\(String(UnicodeScalar(UInt8(0x61 + $0))))) 项；" }.joined(separator: "\n")
        let doc = Document("意见3：题\n论坛（2021年，日内瓦），\n忆及\n\(letters)\n认为\n1 做。\n")
        let items = try #require(doc.instruments.first?.sections.first?.items)
        #expect(items.count == 9)
        #expect(items.last?.label?.key == "i" && items.last?.label?.style == .letter)
    }

    @Test func freeTextIsNotAnInstrument() {
        let doc = Document("新闻稿\n\n意见4：这不是标题，因为后面没有部分标题。\n正文。\n")
        #expect(doc.instruments.isEmpty)
        #expect(doc.blocks.count == 1)
    }

    @Test func resolutionTitleAndEnglishInstrument() throws {
        let zh = Document("第71号决议（2018年，迪拜，修订版）\n国际电联战略规划\n国际电信联盟全权代表大会（2018年，迪拜），\n忆及\na) 一，\n做出决议\n1 做。\n")
        let r = try #require(zh.instruments.first)
        #expect(r.kind == .resolution && r.number == "71" && r.titleLines.count == 2)
        #expect(zh.citations.isEmpty, "the title itself is no citation")
        let en = Document("Resolution 71 (Rev. Dubai, 2018)\nStrategic plan\nThe Plenipotentiary Conference (Dubai, 2018),\nrecalling\na) one;\nb) two,\nresolves\n1 to act as in recalling b) above.\n")
        let e = try #require(en.instruments.first)
        #expect(e.language == .en && e.kind == .resolution)
        #expect(e.sections.map(\.heading.keyword) == ["recalling", "resolves"])
        #expect(en.references.count == 1 && en.references[0].direction == .above && en.references[0].targets[0].path == ["b"])
    }

    @Test func crlfBomTabsAndFullWidthLabels() throws {
        let doc = Document("\u{FEFF}意见5：题\r\n论坛（2021年，日内瓦），\r\n忆及\r\nａ）\t一；\r\nb）\t二，\r\n认为\r\n１\t做。\r\n")
        let inst = try #require(doc.instruments.first)
        #expect(inst.sections[0].items.map { $0.label!.key } == ["a", "b"])
        #expect(inst.sections[1].items.first?.label?.key == "1")
        #expect(doc.text.string(inst.sections[1].items[0].finalPunctuation!) == "。")
    }

    @Test func decimalSubItems() throws {
        let doc = Document("第1号决议（2018年，迪拜）\n题\n大会（2018年，迪拜），\n做出决议\n1 总：\n1.1 一；\n1.2 二；\n2 三。\n")
        let items = try #require(doc.instruments.first?.sections.first?.items)
        #expect(items.map { $0.label!.key } == ["1", "2"])
        #expect(items[0].children.map { $0.label!.key } == ["1.1", "1.2"])
    }

    @Test func anyBytesGiveATree() {
        var rng = SplitMix(seed: TestSeed.value(default: 13))
        for _ in 0..<200 {
            let n = Int.random(in: 0..<300, using: &rng)
            let bytes = (0..<n).map { _ in UInt8.random(in: 0...255, using: &rng) }
            _ = Document(SourceText(bytes: bytes))
        }
        _ = Document("")
        _ = Document("意见1：\n忆及\n")
        _ = Document("[[[[((（（“")
    }

    /// The session line under a title, as hover tells it.
    @Test(arguments: [
        ("（C-1948，最后修正 C-1976）", "Council 1948, last amended 1976", "理事会1948年会议通过，1976年会议最后修正"),
        ("（C-2002/EX）", "Council 2002 (extraordinary session)", "理事会2002年特别会议通过"),
        ("(C-98)", "Council 1998", "理事会1998年会议通过"),
        ("（1993-2000-2012年）", "adopted 1993, revised 2000, 2012", "1993年通过，2000、2012年修订"),
        ("(1993-2000-2012)", "adopted 1993, revised 2000, 2012", "1993年通过，2000、2012年修订"),
    ])
    func instrumentTags(_ line: String, _ en: String, _ zh: String) throws {
        let doc = Document("第1234号决议\n理事会的工作方法\n\(line)\n理事会，\n做出决议，\n1\t一。\n")
        let tag = try #require(doc.instruments.first?.tag)
        #expect(tag.describe(chinese: false) == en && tag.describe(chinese: true) == zh)
        #expect(doc.text.string(tag.range) == line)
    }

    @Test func notATag() {
        for line in ["（2021年，日内瓦）", "(C-1)", "（见C-1948号文件）", "(ITU)"] {
            #expect(Document("第1号决议\n题\n\(line)\n理事会，\n做出决议\n1\t一。\n").instruments.first?.tag == nil, "\(line)")
        }
    }
}
