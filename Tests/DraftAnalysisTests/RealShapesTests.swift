import DraftAnalysis
import DraftSyntax
import Testing

/// The shapes of real published instruments (DOMAIN.md §6), in made-up text: each test
/// instrument is read into the right outline, is clean where it is correct, and its injected
/// slips are found. Near-misses prove that what only looks like a heading or a label stays text.
@Suite struct RealShapesTests {
    /// One line per section: its keyword, then its lead-in marker and item labels (sub-items in brackets).
    func outline(_ text: String) -> [String] {
        let doc = Document(text)
        var out: [String] = []
        for inst in doc.instruments {
            out.append("[\(inst.kind.rawValue)\(inst.number.map { " " + $0 } ?? "")] \(inst.title.isEmpty ? "(untitled)" : doc.text.string(inst.titleLines[0]))"
                       + (inst.body.map { " / " + doc.text.string($0) } ?? ""))
            for s in inst.sections {
                func labels(_ items: [Item]) -> String {
                    items.map { i in
                        let l = i.label.map { doc.text.string($0.range) } ?? "·"
                        return i.children.isEmpty ? l : "\(l)[\(labels(i.children))]"
                    }.joined(separator: " ")
                }
                out.append("\(s.heading.keyword): " + (s.leadIn == nil ? "" : "(lead-in) ") + labels(s.items))
            }
        }
        return out
    }

    func findings(_ text: String) -> [String] {
        let doc = Document(text)
        return Analyzer.analyze(doc).map { "\(doc.text.lines.position(of: $0.range.start, in: .utf32).line + 1) \($0.code)" }
    }

    static let councilResolution = """
    第1234号决议
    理事会的工作方法
    （C-1948，最后修正 C-1976）
    理事会，
    忆及
    a)\t全权代表大会第71号决议（2018年，迪拜，修订版）；
    b)\t《国际电联组织法》第40条，
    了解到
    秘书长的报告，
    做出决议，
    1\t设立一个专家组；
    1bis\t专家组向理事会报告；
    2\t专家组的工作方法见附件。
    参阅：C2000/89号和C2000/95号文件。
    ______________
    """

    @Test func councilResolutionWithItsTagHeadingsWithACommaAndBis() {
        #expect(outline(Self.councilResolution) == [
            "[resolution 1234] 第1234号决议 / 理事会，",
            "忆及: a) b)", "了解到: ·", "做出决议: 1 1bis 2",
        ])
        #expect(findings(Self.councilResolution) == [])
        // 1, 1bis, 2 is no gap; 1, 1bis, 3 is one.
        #expect(findings(Self.councilResolution.replacingOccurrences(of: "2\t专家组的工作方法", with: "3\t专家组的工作方法")) == ["13 label-gap"])
    }

    static let councilDecision = """
    第567号决定
    专家组
    （C-2002/EX）
    理事会，
    经进一步审议
    秘书长的报告，
    进一步做出决定
    设立一个专家组，在以下职责范围内开展工作：
    3\t审议问题；
    4.1\t第一；
    4.2\t第二；
    5.1\t第三；
    5.2\t第四；
    6\t完成。
    """

    @Test func councilDecisionWithALeadInAndDecimalsWithoutAParent() {
        let text = Self.councilDecision.replacingOccurrences(of: "3\t审议", with: "1\t审议").replacingOccurrences(of: "4.1\t", with: "2.1\t")
            .replacingOccurrences(of: "4.2\t", with: "2.2\t").replacingOccurrences(of: "5.1\t", with: "3.1\t")
            .replacingOccurrences(of: "5.2\t", with: "3.2\t").replacingOccurrences(of: "6\t", with: "4\t")
        #expect(outline(text) == ["[decision 567] 第567号决定 / 理事会，", "经进一步审议: ·", "进一步做出决定: (lead-in) 1 2.1 2.2 3.1 3.2 4"])
        #expect(findings(text) == [])
        // Starting at 3 is a finding (labels start at 1); after 4.2 comes 4.3 or 5.1, not 5.2.
        #expect(findings(Self.councilDecision) == ["9 label-gap"])
        #expect(findings(text.replacingOccurrences(of: "3.1\t第三", with: "3.2\t第三")) == ["12 label-gap", "13 label-repeat"])
    }

    @Test func operativeHeadingsWithLongTailsAndNearMisses() {
        let text = """
        第10号决议
        题目
        国际电联全权代表大会（2018年，迪拜），
        鉴于
        a)\t一；
        b)\t二，
        责成秘书长与各局主任密切合作，同时听取工作组的建议
        1\t决定设立工作组；
        2\t认为这是必要的；
        3\t请各方合作。
        """
        #expect(outline(text) == ["[resolution 10] 第10号决议 / 国际电联全权代表大会（2018年，迪拜），", "鉴于: a) b)",
                                  "责成秘书长与各局主任密切合作，同时听取工作组的建议: 1 2 3"])
        #expect(findings(text) == [])
        // An unlabelled sentence starting with 决定 or 认为 and ending with "；" is a paragraph, not a heading.
        let nearMiss = text.replacingOccurrences(of: "2\t认为这是必要的；", with: "认为这是必要的；")
        #expect(outline(nearMiss).last == "责成秘书长与各局主任密切合作，同时听取工作组的建议: 1 · 3")
        // A long line with commas followed by no items stays a paragraph of the section before.
        let noItems = text.replacingOccurrences(of: "1\t决定设立工作组；\n2\t认为这是必要的；\n3\t请各方合作。", with: "")
        #expect(outline(noItems).count == 2)
    }

    @Test func headingsInItalicsAndCapitalsAndThePleaseAlone() {
        let text = """
        RESOLUTION 71 (REV. DUBAI, 2018)
        Strategic plan
        The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),
        *recalling*
        a)\tone;
        b)\ttwo; and
        c)\tthree,
        RESOLVES
        1\tto act;
        2\tto report.
        """
        #expect(outline(text) == ["[resolution 71] RESOLUTION 71 (REV. DUBAI, 2018) / The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),",
                                  "recalling: a) b) c)", "RESOLVES: 1 2"])
        #expect(findings(text) == [])
        let zh = "第2号决定\n题\n理事会，\n请\n各成员国积极参与。\n"
        #expect(outline(zh) == ["[decision 2] 第2号决定 / 理事会，", "请: ·"])
        // A Sector before the number, as ITU-R's resolutions are titled.
        let sector = "ITU-R 第12-3号决议\n题\n无线电通信全会，\n做出决议\n1\t一；\n2\t二。\n"
        #expect(outline(sector) == ["[resolution 12-3] ITU-R 第12-3号决议 / 无线电通信全会，", "做出决议: 1 2"])
        let recommendation = "Recommendation 5 (Geneva, 2020)\nTitle\nThe Assembly,\nresolves\n1\tone;\n2\ttwo.\n"
        #expect(outline(recommendation) == ["[recommendation 5] Recommendation 5 (Geneva, 2020) / The Assembly,", "resolves: 1 2"])
    }

    @Test func copiesFromPDFs() {
        let text = """
            DECISION  3  (Minneapolis, 1998)
        The Plenipotentiary Conference (Minneapolis, 1998),
        considering
        a)\tthat the recom-
        mendations of the group
        are wrapped over lines;
        b)
        a label alone on its line,
        - 97 -
        resolves
        1.\tto act;
        3/484
        – 98 –
        (3.2 – Council)
        （3.2 – 理事会）
        2.\tto report.
        """
        #expect(outline(text) == ["[decision 3]     DECISION  3  (Minneapolis, 1998) / The Plenipotentiary Conference (Minneapolis, 1998),",
                                  "considering: a) b)", "resolves: 1. 2."].map { $0.replacingOccurrences(of: "]     D", with: "] D") })
        #expect(findings(text) == [])
    }

    @Test func fragmentsAnnexesDashesAndAlternatives() {
        let fragment = "做出决议，\n1\t第一；\n备选1\t第二的另一种写法；\n2\t采取以下步骤：\n– 秘书长；\n– 各局主任；\n3\t完成。\n"
        #expect(outline(fragment) == ["[fragment] (untitled)", "做出决议: 1 备选1 2[· ·] 3"])
        #expect(findings(fragment) == [])
        let annexed = "第5号决议\n题\n理事会，\n做出决议\n1\t一；\n2\t二。\n附件\n1\t附件的第一段\n2\t附件的第二段\n"
        #expect(outline(annexed) == ["[resolution 5] 第5号决议 / 理事会，", "做出决议: 1 2"])
        #expect(findings(annexed) == [])
    }
}

/// References as real texts write them (DOMAIN.md §6.3): without a section word, with 以上/以下,
/// 参见, lists and ranges, bis labels, and to headings written with their comma.
@Suite struct RealReferenceTests {
    let text = """
    第9号决议
    题
    理事会，
    忆及
    a)\t一；
    b)\t二，
    做出决议，
    1\t第一；
    1bis\t插入的一段；
    2\t第二；
    3\t见上述做出决议2和以上“1bis”段；
    4\t见上述第1段、上文第2至3段和参见第b)段；
    5\t见上述做出决议1至2。
    """

    func resolved(_ text: String) -> [String] {
        let doc = Document(text)
        return ReferenceResolver.resolve(doc).map { r in
            let where_ = r.section.map { $0.heading.keyword } ?? (r.candidates.isEmpty ? "external" : "one of \(r.candidates.map(\.heading.keyword))")
            return "\(doc.text.string(r.reference.range)) → \(where_) \(r.reference.targets.map { $0.path.joined() }) \(r.problem.map { "\($0)" } ?? "ok")"
        }
    }

    @Test func withAndWithoutASectionWord() {
        #expect(resolved(text) == [
            "上述做出决议2 → 做出决议 [\"2\"] ok",
            "以上“1bis”段 → 做出决议 [\"1bis\"] ok",
            "上述第1段 → 做出决议 [\"1\"] ok",
            "上文第2至3段 → 做出决议 [\"2\", \"3\"] ok",
            "参见第b)段 → 忆及 [\"b\"] ok",
            "上述做出决议1至2 → 做出决议 [\"1\", \"2\"] ok",
        ])
        #expect(Analyzer.analyze(Document(text)).isEmpty)
        // A paragraph several sections hold is not checked, and its candidates are known.
        let ambiguous = text.replacingOccurrences(of: "a)\t一；\nb)\t二，", with: "1\t一；\n2\t二，").replacingOccurrences(of: "忆及", with: "认为")
        #expect(resolved(ambiguous)[2] == "上述第1段 → one of [\"认为\", \"做出决议\"] [\"1\"] ok")
        // Unique, hence checked: 下述 pointing up is wrong.
        let wrong = text.replacingOccurrences(of: "上述第1段", with: "下述第1段")
        #expect(Analyzer.analyze(Document(wrong)).map(\.code) == ["xref-wrong-direction"])
    }

    @Test func englishParagraphAbove() {
        let en = "Resolution 9 (Dubai, 2018)\nThe Conference,\nresolves\n1\tto act;\n1bis\tto add;\n2\tas in paragraph 1 above and resolves 1bis above.\n"
        let refs = resolved(en)
        #expect(refs == ["paragraph 1 above → resolves [\"1\"] ok", "resolves 1bis above → resolves [\"1bis\"] ok"])
    }
}

/// Citation forms of real texts (DOMAIN.md §6.5): what is cited, by whom, in which revision.
@Suite struct RealCitationTests {
    func cited(_ paragraph: String) -> [String] {
        let doc = Document("意见3：题\n论坛（2021年，日内瓦），\n注意到\na)\t\(paragraph)，\n请成员国\n推动。\n")
        return doc.citations.map { c in
            let r = c.revision.map { r in [r.year.map(String.init), r.place, r.acronym].compactMap { $0 }.joined(separator: " ") } ?? "-"
            return "\(doc.text.string(c.range)) | \(CitationIdentity(c)?.englishName ?? c.instrumentName ?? "-") | \(r)"
        }
    }

    @Test(arguments: [
        ("1994年京都全权代表大会第11号决议", "1994年京都全权代表大会第11号决议 | PP Resolution 11 | 1994 京都"),
        ("全权代表大会第1号建议（1994年，京都）", "全权代表大会第1号建议（1994年，京都） | PP Recommendation 1 | 1994 京都"),
        ("第123号决议（2018年，修订版，迪拜）", "第123号决议（2018年，修订版，迪拜） | PP Resolution 123 | 2018 迪拜"),
        ("《公约》（1992年，日内瓦）第70和71款", "《公约》（1992年，日内瓦）第70和71款 | 公约 | 1992 日内瓦"),
        ("《组织法》第165A款", "《组织法》第165A款 | 组织法 | -"),
        ("《公约》第33条第468款", "《公约》第33条第468款 | 公约 | -"),
        ("ITU-R第40-4号决议", "ITU-R第40-4号决议 | RA Resolution 40-4 | -"),
        ("第75号决议（WTSA-08）", "第75号决议（WTSA-08） | WTSA Resolution 75 | WTSA-08"),
        ("第55号决议（WRC-15，修订版）", "第55号决议（WRC-15，修订版） | WRC Resolution 55 | WRC-15"),
    ])
    func chineseForms(_ paragraph: String, _ expected: String) {
        #expect(cited(paragraph) == [expected])
    }

    @Test func councilDocumentsAreNoInstruments() {
        #expect(cited("C2000/89号文件和Document C18/35").isEmpty)
    }

    @Test func englishForms() {
        let doc = Document("Resolution 9 (Dubai, 2018)\nThe Conference (Dubai, 2018),\nrecalling\na)\tResolution 34 (Rev. Dubai, 2014) of the World Telecommunication Development Conference, Resolution 95 (Rev.WRC-07), Recommendation 7 (Rev. Busan, 2014) and Resolution ITU-R 1-6,\nresolves\n1\tto act.\n")
        #expect(doc.citations.compactMap { CitationIdentity($0)?.englishName } == ["WTDC Resolution 34", "WRC Resolution 95", "PP Recommendation 7", "RA Resolution 1-6"])
        // WTDC's Resolution 34 is no outdated PP Resolution 34.
        #expect(!Analyzer.analyze(doc).contains { $0.code == "citation-outdated-revision" && doc.text.string($0.range).hasPrefix("Resolution 34") })
    }
}

@Suite struct ParagraphTextTests {
    @Test func wrappedAndHyphenatedLinesReadAsOne() {
        #expect(ParagraphText.joined("that the recom-\nmendations of the group\nare wrapped;") == "that the recommendations of the group are wrapped;")
        #expect(ParagraphText.joined("信息通信\n技术的发展；") == "信息通信技术的发展；")
        #expect(ParagraphText.joined("ITU-\nT and well-\nKnown") == "ITU-T and well-Known", "a capital after the hyphen keeps it")
    }
}
