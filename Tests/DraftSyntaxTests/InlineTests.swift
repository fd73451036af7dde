import DraftSyntax
import Testing

@Suite struct InlineTests {
    func opinion(_ operative: String) -> Document {
        Document("意见1：题\n论坛（2021年，日内瓦），\n忆及\na) 一；\nb) 二，\n认为\n1 一；\n2 二；\n3 三，\n请成员国\n\(operative)\n")
    }

    func refs(_ line: String) -> [(String?, ReferenceDirection, String, Bool)] {
        opinion(line).references.map { r in
            (r.sectionKeyword, r.direction, r.targets.map { $0.path.joined(separator: ".") }.joined(separator: ","), r.isRange)
        }
    }

    @Test(arguments: [
        ("1 见上述认为“1”段。", "认为", ReferenceDirection.above, "1", false),
        ("1 见上述认为\"2\"段。", "认为", .above, "2", false),
        ("1 见上述认为1段。", "认为", .above, "1", false),
        ("1 见认为3段。", "认为", .unspecified, "3", false),
        ("1 见上述忆及b)段。", "忆及", .above, "b", false),
        ("1 见上述认为第1-3段。", "认为", .above, "1,3", true),
        ("1 见下述请成员国第1段。", "请成员国", .below, "1", false),
        ("1 见以上“认为2”。", "认为", .above, "2", false),
        ("1 见上述认为第3b)段。", "认为", .above, "3.b", false),
    ])
    func chineseReferenceForms(line: String, keyword: String, direction: ReferenceDirection, targets: String, isRange: Bool) throws {
        let found = refs(line)
        try #require(found.count == 1, "\(line)")
        #expect(found[0].0 == keyword)
        #expect(found[0].1 == direction)
        #expect(found[0].2 == targets)
        #expect(found[0].3 == isRange)
    }

    @Test func notReferences() {
        #expect(refs("1 上述技术和一些专家认为，这很重要。").isEmpty)
        #expect(refs("1 上述认为2019年的工作。").isEmpty)
        let sectionless = opinion("1 见上文第1.1.3段。").references
        #expect(sectionless.count == 1 && sectionless[0].sectionKeyword == nil)
    }

    @Test func citationsWithRevisionsBodiesAndTitles() throws {
        let doc = Document("""
        有关“国际电联2020-2023年战略规划”的全权代表大会第71号决议（2018年，迪拜，修订版）；
        联合国大会（UNGA）第70/1号决议；第611号决定（理事会2020年会议，修订版）；
        第五届世界电信/信息通信技术（ICT）政策论坛意见2（2013年，日内瓦）；第75号决议（WTSA-08）；
        国际电联《组织法》第40条；Resolution 71 (Rev. Dubai, 2018)；[第611号决定（理事会](#)

        [2020年会议，修订版](#)）；第号决议；第12号决议（2018年，迪拜
        """)
        let c = doc.citations
        try #require(c.count == 10)
        #expect(c[0].number == "71" && c[0].body == "全权代表大会" && c[0].title == "国际电联2020-2023年战略规划")
        #expect(c[0].revision == Revision(year: 2018, place: "迪拜", revised: true, acronym: nil, isCouncilSession: false))
        #expect(c[1].number == "70/1" && c[1].body == "联合国大会")
        #expect(c[2].kind == .decision && c[2].revision?.isCouncilSession == true && c[2].revision?.year == 2020)
        #expect(c[3].kind == .opinion && c[3].number == "2")
        #expect(c[4].revision?.acronym == "WTSA-08")
        #expect(c[5].kind == .article && c[5].instrumentName == "组织法" && c[5].number == "40")
        #expect(c[6].revision?.place == "Dubai" && c[6].revision?.revised == true)
        #expect(c[7].revision?.year == 2020, "a citation cut across links and lines")
        #expect(c[8].problem == .missingNumber)
        #expect(c[9].problem == .unclosedParenthesis)
    }

    @Test func pendingBracketsNestAndArtefactsAreNotBrackets() {
        let doc = Document("甲[努力保护[个人信息][隐私]并减少]乙[bookmark: x][footnoteRef:1]见[链接](#)。\n[1: 注。]\n")
        #expect(doc.pending.map(\.depth) == [1, 2, 2])
        #expect(doc.markProblems.isEmpty)
    }

    @Test func markProblems() {
        // Free text is one scope: a mismatched closer consumes the opener it met.
        let doc = Document("甲（乙“丙）丁。\n”戊。\n《己）\n")
        let kinds = doc.markProblems.map { "\($0.kind.rawValue):\(doc.text.string($0.range))" }
        #expect(kinds == ["unclosed:“", "stray-close:”", "mismatched:）"])
    }

    @Test func footnotesInEveryForm() {
        let doc = Document("甲¹乙[^2]丙[footnoteRef:3]。面积10 km²。\n¹ 注一。\n[^2]: 注二。\n[3: 注三]\n")
        #expect(doc.footnoteMarks.map(\.key) == ["1", "2", "3"])
        #expect(doc.footnoteNotes.map(\.key).sorted() == ["1", "2", "3"])
    }

    /// English versions put the mark right after a word; after a digit, a letter or a unit it is an exponent.
    @Test func footnoteMarksAfterEnglishWords() {
        let doc = Document("cooperation is needed¹, the ITU² and the Forum³; 10³ m, x² and 5 km⁴.\n")
        #expect(doc.footnoteMarks.map { doc.text.string($0.range) } == ["¹", "²", "³"])
    }

    @Test func abbreviationsIgnoreQuotedTitles() {
        let doc = Document("意见1：题\n论坛（2021年，日内瓦），\n忆及\na) 有关“冠状病毒病（COVID-19）”的决议；\nb) 2003年信息社会世界高峰会议（WSIS）和人工智能（AI），\n认为\n1 做。\n")
        #expect(doc.abbreviations.first?.map { "\($0.abbreviation)=\($0.expansion)" } == ["WSIS=信息社会世界高峰会议", "AI=人工智能"])
    }
}
