@testable import DraftAnalysis
import DraftSyntax
import Testing
import TestSupport

@Suite struct CrossReferenceRuleTests {
    @Test func unknownSection() {
        assertLint(XrefUnknownSection(), opinion(operative: "1\t见上述⟦决定⟧第1段；\n2\t二，"),
                   messages: ["本文书没有“决定”（resolves）部分（现有部分：忆及、认为、请秘书长） | this instrument has no section \"决定\" (resolves) (its sections: 忆及, 认为, 请秘书长)"])
    }

    /// A section is named in any case: "resolves 1 above" under a heading written "Resolves".
    @Test func sectionsAreNamedInAnyCase() {
        let text = "Resolution 9 (Dubai, 2018)\nThe Conference,\nResolves\n1\tto act;\n2\tas in resolves 1 above.\n"
        let refs = ReferenceResolver.resolve(Document(text))
        #expect(refs.count == 1 && refs.first?.section?.heading.keyword == "Resolves" && refs.first?.problem == nil)
        assertLint(XrefUnknownSection(), text)
        // What has case is told without lower-casing: ideographs never, Latin and Cyrillic capitals do.
        #expect(!ReferenceResolver.hasCase("认为") && !ReferenceResolver.hasCase("résout") && !ReferenceResolver.hasCase("做出决议，"))
        #expect(ReferenceResolver.hasCase("Décide") && ReferenceResolver.hasCase("РЕШАЕТ") && ReferenceResolver.hasCase("ＡＢ"))
    }

    @Test func unknownParagraph() {
        assertLint(XrefUnknownParagraph(), opinion(operative: "1\t见上述认为“⟦9⟧”段；\n2\t见上述忆及⟦c)⟧段，"),
                   messages: ["“认为”（is of the view）部分没有第 9 段，只有 1、2 | \"认为\" (is of the view) has no paragraph 9; it has only 1, 2", "“忆及”（recalling）部分没有第 c) 段，只有 a)、b) | \"忆及\" (recalling) has no paragraph c); it has only a), b)"])
        assertLint(XrefUnknownParagraph(), opinion(operative: "1\t见上述忆及b)段；\n2\t见上述认为1段，"))
    }

    @Test func badRange() {
        assertLint(XrefBadRange(), opinion(operative: "1\t一；\n2\t见上述认为第1-⟦7⟧段；\n3\t见⟦上述认为第2-1段⟧，"),
                   messages: ["范围的终点第 7 段在“认为”（is of the view）部分中不存在 | the range ends at paragraph 7, which \"认为\" (is of the view) does not have", "范围顺序颠倒：第 2 段在第 1 段之后 | the range runs backwards: paragraph 2 comes after 1"])
    }

    @Test func wrongDirection() {
        assertLint(XrefWrongDirection(), opinion(operative: "1\t见⟦上述认为2段⟧；\n2\t见⟦下述认为1段⟧，"),
                   messages: ["“上述”所指的段落在下文 | says above, but the paragraph it names is below", "“下述”所指的段落在上文 | says below, but the paragraph it names is above"])
        assertLint(XrefWrongDirection(), opinion(operative: "1\t见下述认为2段；\n2\t见上述认为1段，"))
    }
}

@Suite struct StructureRuleTests {
    @Test func labelGapAndStart() {
        assertLint(LabelGap(), opinion(preamble: "⟦b)⟧\t一；\nc)\t二，", operative: "1\t一；\n⟦3⟧\t三，"),
                   messages: ["编号应从 a) 开始，而不是 b) | labels should start at a), not b)", "编号不连续：1 之后应为 2，而不是 3 | label out of sequence: after 1 comes 2, not 3"])
    }

    @Test func labelRepeat() {
        assertLint(LabelRepeat(), opinion(operative: "1\t一；\n2\t二；\n⟦2⟧\t三，"),
                   messages: ["编号 2 重复 | label 2 is used twice"])
    }

    @Test func labelStyle() {
        assertLint(LabelStyleMismatch(), opinion(preamble: "⟦1⟧\t一；\n2\t二，", operative: "⟦a)⟧\t一；\nb)\t二，"),
                   messages: ["序言部分“忆及”（recalling）的段落按惯例用字母编号（a)、b)、c)），而不是数字 | preamble section \"忆及\" (recalling) is numbered, but preamble paragraphs are lettered a), b), c) by convention", "执行部分“认为”（is of the view）的段落按惯例用数字编号（1、2、3），而不是字母 | operative section \"认为\" (is of the view) is lettered, but operative paragraphs are numbered 1, 2, 3 by convention"])
    }

    @Test func finalPunctuation() {
        assertLint(ItemFinalPunctuation(),
                   opinion(preamble: "a)\t一⟦，⟧\nb)\t二⟦；⟧", operative: "1\t总⟦；⟧\ni)\t分一；\nii)\t分二；\n2\t二⟦。⟧"),
                   fixed: opinion(preamble: "a)\t一；\nb)\t二，", operative: "1\t总：\ni)\t分一；\nii)\t分二；\n2\t二，"),
                   messages: ["段落应以“；”结尾，而不是“，” | a paragraph should end with \"；\", not \"，\"", "“忆及”（recalling）部分的最后一段应以“，”结尾，而不是“；” | \"忆及\" (recalling)'s last paragraph should end with \"，\", not \"；\"", "引出分项的段落应以“：”结尾，而不是“；” | a paragraph that introduces sub-items should end with \"：\", not \"；\"", "“认为”（is of the view）部分的最后一段应以“，”结尾，而不是“。” | \"认为\" (is of the view)'s last paragraph should end with \"，\", not \"。\""])
        assertLint(ItemFinalPunctuation(),
                   "意见1：题\n论坛（2021年，日内瓦），\n注意到\n联合国大会的路线⟦图⟧\n认为\n1 一；\n2 ⟦二⟧[1: 注]\n",
                   fixed: "意见1：题\n论坛（2021年，日内瓦），\n注意到\n联合国大会的路线图，\n认为\n1 一；\n2 二。[1: 注]\n",
                   messages: ["“注意到”（noting）部分的最后一段应以“，”结尾（缺少结尾标点） | \"注意到\" (noting)'s last paragraph should end with \"，\" (it has no final punctuation)", "全文最后一段应以“。”结尾（缺少结尾标点） | the instrument's last paragraph should end with \"。\" (it has no final punctuation)"])
    }

    @Test func bodyFinalComma() {
        assertLint(BodyFinalComma(), "意见1：题\n第六届论坛（2021年，日内瓦⟦）⟧\n忆及\na) 一，\n认为\n1 做。\n",
                   fixed: "意见1：题\n第六届论坛（2021年，日内瓦），\n忆及\na) 一，\n认为\n1 做。\n",
                   messages: ["发言机构一行缺少结尾的“，” | the line naming the body that speaks lacks its final \"，\""])
    }

    @Test func sectionOrderAndEmpty() {
        assertLint(SectionOrder(), "意见1：题\n论坛（2021年，日内瓦），\n认为\n1 一，\n⟦忆及⟧\na) 一，\n请秘书长\n做。\n",
                   messages: ["序言部分“忆及”（recalling）出现在执行部分“认为”（is of the view）之后 | preamble section \"忆及\" (recalling) comes after operative section \"认为\" (is of the view)"])
        assertLint(SectionEmpty(), "意见1：题\n论坛（2021年，日内瓦），\n⟦忆及⟧\n认为\n1 做。\n",
                   messages: ["“忆及”（recalling）部分下没有任何段落 | \"忆及\" (recalling) has no paragraphs"])
    }
}

@Suite struct MarkRuleTests {
    @Test func pairedMarks() {
        assertLint(MarkUnbalanced(), opinion(operative: "1\t有关⟦“⟧连通目标的决议；\n2\t甲（乙⟦》⟧，"),
                   messages: ["““”没有对应的“”” | \"“\" is never closed by \"”\"", "“》”与前面的“（”不配对 | \"》\" does not match the \"（\" it closes"])
        assertLint(MarkUnbalanced(), opinion(operative: "1\t见认识到b)段和第3b)段；\n2\t甲（乙）“丙”《丁》，"))
    }

    @Test func squareBrackets() {
        assertLint(BracketUnbalanced(), opinion(operative: "1\t⟦[⟧努力保护[个人信息]；\n2\t二，"),
                   messages: ["待定案文的“[”没有对应的“]” | pending text opened with \"[\" is never closed"])
        // Pending text may span paragraphs; links and Word artefacts are no brackets.
        assertLint(BracketUnbalanced(), opinion(operative: "1\t[一；\n2\t二]，见[链接](#)[bookmark: x]"))
    }

    @Test func strayClosingQuote() {
        assertLint(QuoteStrayClose(), opinion(preamble: "a)\t有关“变革”的第70/1号决议⟦”⟧；\nb)\t二，"),
                   messages: ["多余的后引号“””：前面没有对应的前引号 | stray closing quote \"”\": no opening quote before it"])
    }

    @Test func halfwidthPunctuation() {
        assertLint(HalfwidthPunctuation(), opinion(operative: "1\t电信/信息通信技术⟦(ICT)⟧促进⟦,⟧发展；\n2\t价格1,000元，"),
                   fixed: opinion(operative: "1\t电信/信息通信技术（ICT）促进，发展；\n2\t价格1,000元，"),
                   messages: ["中文文本中使用了半角括号“()”，应使用全角括号“（）” | half-width parentheses \"()\" in Chinese text: Chinese uses full-width \"（）\"", "中文文本中使用了半角标点“,”，应使用全角标点“，” | half-width \",\" in Chinese text: Chinese uses full-width \"，\""])
    }

    /// A text whose Chinese punctuation went half-width wholesale: one finding with one fix, and
    /// its structure read through the half-width forms (no item-final-punctuation noise).
    @Test func halfwidthPunctuationWholesale() {
        let text = "第1号决议\n题\n理事会,\n忆及\na) 第一项(见第71号决议);\nb) 第二项,\n做出决议,\n1 设立专家组,负责审议;\n2 完成。\n"
        let doc = Document(text)
        #expect(doc.instruments.first?.sections.map(\.heading.keyword) == ["忆及", "做出决议"])
        assertLint(HalfwidthPunctuationFile(), text.replacingOccurrences(of: "理事会,", with: "理事会⟦,⟧"),
                   fixed: "第1号决议\n题\n理事会，\n忆及\na) 第一项（见第71号决议）；\nb) 第二项，\n做出决议，\n1 设立专家组，负责审议；\n2 完成。\n",
                   messages: ["文件中的中文标点大多为半角（共 7 处），应使用全角标点 | most of the Chinese punctuation in this file is half-width (7 marks): Chinese uses full-width marks"])
        #expect(Analyzer.analyze(doc).map(\.code) == ["halfwidth-punctuation-file"])
        // Full-width marks outside the text the marks are looked for in (a report's table) do not weigh.
        let tabled = "| 文书 | 说明 |\n|---|---|\n| 第71号决议（2018年，迪拜） | 一，二，三 |\n| 第2号决议（2018年，迪拜） | 四，五，六 |\n\n" + text
        #expect(Analyzer.analyze(Document(tabled)).map(\.code) == ["halfwidth-punctuation-file"])
        // A few marks among full-width ones are reported one by one.
        let few = "第1号决议\n题\n理事会，\n忆及\na)\t第一项（见第71号决议）；\nb)\t第二项,\n做出决议，\n1\t设立专家组，负责审议；\n2\t完成。\n"
        #expect(Analyzer.analyze(Document(few)).map(\.code) == ["halfwidth-punctuation"])
    }

    @Test func straySpace() {
        assertLint(StraySpace(), opinion(operative: "1\t所需的⟦ ⟧数字素养；\n2\t（ICT）⟦ ⟧用于WSIS 进程，"),
                   fixed: opinion(operative: "1\t所需的数字素养；\n2\t（ICT）用于WSIS 进程，"),
                   messages: ["汉字之间不应有空格 | no space belongs between Chinese characters", "汉字之间不应有空格 | no space belongs between Chinese characters"])
    }

    @Test func doubledCharacter() {
        assertLint(DoubledCharacter(), opinion(operative: "1\t服务和技术⟦的的⟧发展；\n2\t为了了解和和平，"),
                   fixed: opinion(operative: "1\t服务和技术的发展；\n2\t为了了解和和平，"),
                   messages: ["“的”重复了 | \"的\" is typed twice"])
    }

    /// The pair search compares eight bytes at a time: it finds the first pair a walk scalar by
    /// scalar finds, from every start, in runs of three and beside four-byte scalars.
    @Test func doubledCharacterSearchIsAWalk() {
        var rng = SplitMix(seed: TestSeed.value(default: 6, salt: "pairs"))
        let pieces = ["的", "了", "和", "，", "a", " ", "😀", "é"]
        for _ in 0..<300 {
            let bytes = Array((0..<rng.next(30)).map { _ in pieces[rng.next(pieces.count)] }.joined().utf8)
            var start = 0
            while start < bytes.count {
                var walked = start
                while walked + 6 <= bytes.count, !(bytes[walked] >= 0xE4 && bytes[walked] <= 0xE9 && bytes[walked..<walked + 3].elementsEqual(bytes[walked + 3..<walked + 6])) {
                    walked += UTF8Scan.length(lead: bytes[walked])
                }
                #expect(DoubledCharacter.nextPair(bytes, from: start, end: bytes.count) == (walked + 6 <= bytes.count ? walked : bytes.count), "\(String(decoding: bytes, as: UTF8.self)) from \(start)")
                start += UTF8Scan.length(lead: bytes[start])
            }
        }
    }

    @Test func latinWord() {
        assertLint(LatinWord(), opinion(operative: "1\t信心 ⟦and⟧ 安全性；\n2\t监管⟦via⟧机构和ICT、OTT，"),
                   fixed: opinion(operative: "1\t信心和安全性；\n2\t监管via机构和ICT、OTT，"),
                   messages: ["中文文本中夹有英文单词“and” | English word \"and\" inside Chinese text", "中文文本中夹有英文单词“via” | English word \"via\" inside Chinese text"])
    }

    /// Free text (the report around instruments) gets the typography rules, looser: a space only
    /// between two ideographs, nothing in link targets, tables or code, no Latin words.
    @Test func freeTextGetsTypographyButNoStructure() {
        assertLint(DoubledCharacter(), "报告\n\n我们⟦的的⟧目标。\n")
        assertLint(StraySpace(), "报告\n\n物联网 (IoT) 的⟦ ⟧发展、 合作 and 2015 年。\n")
        assertLint(HalfwidthPunctuation(), "报告\n\n见[报告](#)和物联网⟦(IoT)⟧。\n| 表格(一) | 二 |\n日期\t说明(二)\n```\n代码(三)\n```\n")
        let doc = Document("报告\n\n信心 and 安全性；\n1 第一段，\n3 第三段，\n")
        #expect(Analyzer.analyze(doc).isEmpty, "no Latin words, labels or final punctuation in free text")
    }
}

@Suite struct AbbreviationFootnoteCitationRuleTests {
    @Test func twoAbbreviations() {
        assertLint(AbbrTwoAbbreviations(), opinion(preamble: "a)\t联合国大会（UNGA）的决议；\nb)\t的联合国大会（⟦UNAG⟧），"),
                   messages: ["“联合国大会”在前文缩写为“UNGA”，此处却写作“UNAG” | \"联合国大会\" is abbreviated UNGA before, but UNAG here"])
    }

    @Test func twoExpansions() {
        assertLint(AbbrTwoExpansions(), opinion(preamble: "a)\t人工智能（AI）；\nb)\t应对新冠肺炎疫情（COVID）和⟦国际会议⟧（AI），",
                                                  operative: "1\t面对新冠肺炎疫情（COVID）；\n2\t二，"),
                   messages: ["缩写“AI”在前文指“人工智能”，此处却指“国际会议” | AI stands for \"人工智能\" before, but for \"国际会议\" here"])
    }

    @Test func footnotes() {
        assertLint(FootnoteMissingNote(), opinion(operative: "1\t发展中国家⟦¹⟧和国家²；\n2\t二，") + "² 注。\n",
                   messages: ["脚注 1 没有对应的注释 | footnote 1 has no note"])
        assertLint(FootnoteUnusedNote(), opinion() + "⟦³⟧ 没有被引用的注。\n",
                   messages: ["脚注 3 没有被正文引用 | footnote 3 is referred to nowhere in the text"])
    }

    @Test func malformedCitation() {
        assertLint(CitationMalformed(), opinion(preamble: "a)\t⟦第号决议⟧；\nb)\t⟦第71号决议（2018年，迪拜⟧，"),
                   messages: ["引文缺少编号 | the citation has no number", "引文的括号没有闭合 | the citation's parenthesis is never closed"])
    }

    @Test func unknownInstrumentOnlyForARevisionTheCatalogCovers() {
        // PP-18 adopted or revised Resolution 71 but not 999; Resolution 202 (Busan, 2014) may be in force.
        assertLint(CitationUnknownInstrument(),
                   opinion(preamble: "a)\t第71号决议（2018年，迪拜，修订版）和第⟦999⟧号决议（2018年，迪拜）；\nb)\t第202号决议（2014年，釜山）和Resolution ⟦998⟧ (Rev. Dubai, 2018)，"),
                   messages: ["目录中没有2018年大会通过或修订的PP Resolution 999：请核对编号 | PP Resolution 999 was not adopted or revised in 2018 according to the catalog: check the number", "目录中没有2018年大会通过或修订的PP Resolution 998：请核对编号 | PP Resolution 998 was not adopted or revised in 2018 according to the catalog: check the number"])
    }

    @Test func outdatedRevision() {
        assertLint(CitationOutdatedRevision(),
                   opinion(preamble: "a)\t⟦第71号决议（2014年，釜山）⟧；\nb)\t第71号决议（2018年，迪拜，修订版）和第202号决议（2014年，釜山），"),
                   messages: ["引用的是2014年版本；已知最新版本为 Rev. Dubai, 2018 | cites the 2014 text; the latest known is Rev. Dubai, 2018"])
    }

    @Test func inconsistentRevision() {
        assertLint(CitationInconsistentRevision(),
                   opinion(preamble: "a)\t全权代表大会第71号决议（2018年，迪拜，修订版）；\nb)\t⟦第71号决议（2014年，釜山）⟧和联合国大会第70/1号决议，",
                           operative: "1\tResolution 71 (Rev. Dubai, 2018)；\n2\t世界电信发展大会第71号决议（2017年，布宜诺斯艾利斯），"),
                   messages: ["与前文引用的版本不一致（前文：全权代表大会第71号决议（2018年，迪拜，修订版）） | cited differently before (全权代表大会第71号决议（2018年，迪拜，修订版）): same instrument, other year, place or revision"])
    }
}

/// English instruments are checked for typography as carefully as Chinese ones.
@Suite struct EnglishTypographyRuleTests {
    func resolution(_ operative: String) -> String {
        "Resolution 9 (Dubai, 2018)\nThe Conference (Dubai, 2018),\nrecalling\na)\tResolution 71 (Rev. Dubai, 2018);\nb)\tthe plan of 1,000 pages at 10:30, www.itu.int/a,b and a@b.c,d,\nresolves\n\(operative)\n"
    }

    @Test func punctuationSpacing() {
        assertLint(EnglishPunctuationSpacing(), resolution("1\tto meet in Johannesburg⟦ ⟧⟦,⟧2008;\n2\tto act⟦,⟧then report."),
                   fixed: resolution("1\tto meet in Johannesburg, 2008;\n2\tto act, then report."),
                   messages: ["“,”前不应有空格 | no space belongs before \",\"", "“,”后缺少空格 | a space belongs after \",\"", "“,”后缺少空格 | a space belongs after \",\""])
    }

    @Test func gluedWords() {
        assertLint(EnglishGluedWord(), resolution("1\tas in Resolution 147⟦of⟧ the Conference, 5G and 3rd, 1bis;\n2)⟦that⟧ the plan holds."),
                   fixed: resolution("1\tas in Resolution 147 of the Conference, 5G and 3rd, 1bis;\n2) that the plan holds."),
                   messages: ["“of”与前面的数字之间缺少空格 | \"of\" is glued to the number before it", "“that”与前面的编号之间缺少空格 | \"that\" is glued to the label before it"])
    }

    @Test func doubledWords() {
        assertLint(EnglishDoubledWord(), resolution("1\tto ⟦the the⟧ Council;\n2\tthat that had had, the. The end."),
                   fixed: resolution("1\tto the Council;\n2\tthat that had had, the. The end."),
                   messages: ["“the”重复了 | \"the\" is typed twice"])
    }

    @Test func fullwidthPunctuation() {
        assertLint(EnglishFullwidthPunctuation(), resolution("1\tto meet in Dubai⟦，⟧2018⟦（⟧Rev.⟦）⟧;\n2\tas in “国际电联（ITU）”."),
                   fixed: resolution("1\tto meet in Dubai, 2018(Rev.);\n2\tas in “国际电联（ITU）”."),
                   messages: ["英文文本中应使用半角“,”，而不是全角“，” | full-width \"，\" in English text: English uses \",\"",
                              "英文文本中应使用半角“(”，而不是全角“（” | full-width \"（\" in English text: English uses \"(\"",
                              "英文文本中应使用半角“)”，而不是全角“）” | full-width \"）\" in English text: English uses \")\""])
    }

    @Test func cleanEnglishIsClean() {
        #expect(Analyzer.analyze(Document(resolution("1\tto act, in 2018, as paragraph 3 above says;\n2\tto report."))).isEmpty)
    }
}
