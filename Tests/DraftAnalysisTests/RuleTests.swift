import DraftAnalysis
import DraftSyntax
import Testing

@Suite struct CrossReferenceRuleTests {
    @Test func unknownSection() {
        assertLint("xref-unknown-section", opinion(operative: "1\t见上述⟦决定⟧第1段；\n2\t二，"))
    }

    @Test func unknownParagraph() {
        assertLint("xref-unknown-paragraph", opinion(operative: "1\t见上述认为“⟦9⟧”段；\n2\t见上述忆及⟦c)⟧段，"))
        assertLint("xref-unknown-paragraph", opinion(operative: "1\t见上述忆及b)段；\n2\t见上述认为1段，"))
    }

    @Test func badRange() {
        assertLint("xref-bad-range", opinion(operative: "1\t一；\n2\t见上述认为第1-⟦7⟧段；\n3\t见⟦上述认为第2-1段⟧，"))
    }

    @Test func wrongDirection() {
        assertLint("xref-wrong-direction", opinion(operative: "1\t见⟦上述认为2段⟧；\n2\t见⟦下述认为1段⟧，"))
        assertLint("xref-wrong-direction", opinion(operative: "1\t见下述认为2段；\n2\t见上述认为1段，"))
    }
}

@Suite struct StructureRuleTests {
    @Test func labelGapAndStart() {
        assertLint("label-gap", opinion(preamble: "⟦b)⟧\t一；\nc)\t二，", operative: "1\t一；\n⟦3⟧\t三，"))
    }

    @Test func labelRepeat() {
        assertLint("label-repeat", opinion(operative: "1\t一；\n2\t二；\n⟦2⟧\t三，"))
    }

    @Test func labelStyle() {
        assertLint("label-style", opinion(preamble: "⟦1⟧\t一；\n2\t二，", operative: "⟦a)⟧\t一；\nb)\t二，"))
    }

    @Test func finalPunctuation() {
        assertLint("item-final-punctuation",
                   opinion(preamble: "a)\t一⟦，⟧\nb)\t二⟦；⟧", operative: "1\t总⟦；⟧\ni)\t分一；\nii)\t分二；\n2\t二⟦。⟧"),
                   fixed: opinion(preamble: "a)\t一；\nb)\t二，", operative: "1\t总：\ni)\t分一；\nii)\t分二；\n2\t二，"))
        assertLint("item-final-punctuation",
                   "意见1：题\n论坛（2021年，日内瓦），\n注意到\n联合国大会的路线⟦图⟧\n认为\n1 一；\n2 ⟦二⟧[1: 注]\n",
                   fixed: "意见1：题\n论坛（2021年，日内瓦），\n注意到\n联合国大会的路线图，\n认为\n1 一；\n2 二。[1: 注]\n")
    }

    @Test func bodyFinalComma() {
        assertLint("body-final-comma", "意见1：题\n第六届论坛（2021年，日内瓦⟦）⟧\n忆及\na) 一，\n认为\n1 做。\n",
                   fixed: "意见1：题\n第六届论坛（2021年，日内瓦），\n忆及\na) 一，\n认为\n1 做。\n")
    }

    @Test func sectionOrderAndEmpty() {
        let text = "意见1：题\n论坛（2021年，日内瓦），\n认为\n1 一，\n⟦忆及⟧\na) 一，\n请秘书长\n做。\n"
        assertLint("section-order", text)
        assertLint("section-empty", "意见1：题\n论坛（2021年，日内瓦），\n⟦忆及⟧\n认为\n1 做。\n")
    }
}

@Suite struct MarkRuleTests {
    @Test func pairedMarks() {
        assertLint("mark-unbalanced", opinion(operative: "1\t有关⟦“⟧连通目标的决议；\n2\t甲（乙⟦》⟧，"))
        assertLint("mark-unbalanced", opinion(operative: "1\t见认识到b)段和第3b)段；\n2\t甲（乙）“丙”《丁》，"))
    }

    @Test func squareBrackets() {
        assertLint("bracket-unbalanced", opinion(operative: "1\t⟦[⟧努力保护[个人信息]；\n2\t二，"))
        // Pending text may span paragraphs; links and Word artefacts are no brackets.
        assertLint("bracket-unbalanced", opinion(operative: "1\t[一；\n2\t二]，见[链接](#)[bookmark: x]"))
    }

    @Test func strayClosingQuote() {
        assertLint("quote-stray-close", opinion(preamble: "a)\t有关“变革”的第70/1号决议⟦”⟧；\nb)\t二，"))
    }

    @Test func halfwidthPunctuation() {
        assertLint("halfwidth-punctuation", opinion(operative: "1\t电信/信息通信技术⟦(ICT)⟧促进⟦,⟧发展；\n2\t价格1,000元，"),
                   fixed: opinion(operative: "1\t电信/信息通信技术（ICT）促进，发展；\n2\t价格1,000元，"))
    }

    @Test func straySpace() {
        assertLint("stray-space", opinion(operative: "1\t所需的⟦ ⟧数字素养；\n2\t（ICT）⟦ ⟧用于WSIS 进程，"),
                   fixed: opinion(operative: "1\t所需的数字素养；\n2\t（ICT）用于WSIS 进程，"))
    }

    @Test func doubledCharacter() {
        assertLint("doubled-character", opinion(operative: "1\t服务和技术⟦的的⟧发展；\n2\t为了了解和和平，"),
                   fixed: opinion(operative: "1\t服务和技术的发展；\n2\t为了了解和和平，"))
    }

    @Test func latinWord() {
        assertLint("latin-word", opinion(operative: "1\t信心 ⟦and⟧ 安全性；\n2\t监管⟦via⟧机构和ICT、OTT，"),
                   fixed: opinion(operative: "1\t信心和安全性；\n2\t监管via机构和ICT、OTT，"))
    }

    @Test func typographyIsNotJudgedInFreeText() {
        let doc = Document("报告\n\n物联网 (IoT) 的 发展 and 的的。\n")
        #expect(Analyzer.analyze(doc).isEmpty)
    }
}

@Suite struct AbbreviationFootnoteCitationRuleTests {
    @Test func twoAbbreviations() {
        assertLint("abbr-two-abbreviations", opinion(preamble: "a)\t联合国大会（UNGA）的决议；\nb)\t的联合国大会（⟦UNAG⟧），"))
    }

    @Test func twoExpansions() {
        assertLint("abbr-two-expansions", opinion(preamble: "a)\t人工智能（AI）；\nb)\t应对新冠肺炎疫情（COVID）和⟦国际会议⟧（AI），",
                                                  operative: "1\t面对新冠肺炎疫情（COVID）；\n2\t二，"))
    }

    @Test func footnotes() {
        assertLint("footnote-missing-note", opinion(operative: "1\t发展中国家⟦¹⟧和国家²；\n2\t二，") + "² 注。\n")
        assertLint("footnote-unused-note", opinion() + "⟦³⟧ 没有被引用的注。\n")
    }

    @Test func malformedCitation() {
        assertLint("citation-malformed", opinion(preamble: "a)\t⟦第号决议⟧；\nb)\t⟦第71号决议（2018年，迪拜⟧，"))
    }

    @Test func unknownInstrumentOnlyForARevisionTheCatalogCovers() {
        // PP-18 adopted or revised Resolution 71 but not 999; Resolution 202 (Busan, 2014) may be in force.
        assertLint("citation-unknown-instrument",
                   opinion(preamble: "a)\t第71号决议（2018年，迪拜，修订版）和第⟦999⟧号决议（2018年，迪拜）；\nb)\t第202号决议（2014年，釜山）和Resolution ⟦998⟧ (Rev. Dubai, 2018)，"))
    }

    @Test func outdatedRevision() {
        assertLint("citation-outdated-revision",
                   opinion(preamble: "a)\t⟦第71号决议（2014年，釜山）⟧；\nb)\t第71号决议（2018年，迪拜，修订版）和第202号决议（2014年，釜山），"))
    }

    @Test func inconsistentRevision() {
        assertLint("citation-inconsistent-revision",
                   opinion(preamble: "a)\t全权代表大会第71号决议（2018年，迪拜，修订版）；\nb)\t⟦第71号决议（2014年，釜山）⟧和联合国大会第70/1号决议，",
                           operative: "1\tResolution 71 (Rev. Dubai, 2018)；\n2\t世界电信发展大会第71号决议（2017年，布宜诺斯艾利斯），"))
    }
}
