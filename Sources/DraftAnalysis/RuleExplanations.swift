/// What `itudraft rules CODE` tells of a rule: why it matters for ITU texts, a wrong and a right
/// text, what its fix does. One entry per registered rule (a test keeps them in step).
public struct RuleExplanation: Sendable {
    public let why: Message
    public let wrong: String
    public let right: String
    /// What the fix does; nil when the rule has none (what is meant cannot be known).
    public let fix: Message?
}

extension RuleExplanation {
    public static func of(_ code: String) -> RuleExplanation? { table[code] }
    public static var explainedCodes: Set<String> { Set(table.keys) }

    private static func e(_ whyZh: String, _ whyEn: String, _ wrong: String, _ right: String, fix: (String, String)? = nil) -> RuleExplanation {
        RuleExplanation(why: Message(zh: whyZh, en: whyEn), wrong: wrong, right: right, fix: fix.map { Message(zh: $0.0, en: $0.1) })
    }

    static let table: [String: RuleExplanation] = [
        "xref-unknown-section": e("交叉引用点名的部分在本文书中不存在，读者无从查找；多因改动标题或照搬其他文书所致。",
                                  "A reference to a section the instrument does not have cannot be followed; it usually survives a renamed heading or text copied from another instrument.",
                                  "见上述决定第1段（本文书没有“决定”部分）", "见上述认为第1段"),
        "xref-unknown-paragraph": e("所指段落不存在，多因增删段落后未更新引用。", "The paragraph referred to does not exist, usually after paragraphs were added or removed.",
                                    "上述认为“9”段（认为只有1、2段）", "上述认为“2”段"),
        "xref-bad-range": e("范围的一端不存在或顺序颠倒，引用无法成立。", "A range with a missing end, or one that runs backwards, points nowhere.",
                            "上述认为第2-1段", "上述认为第1-2段"),
        "xref-wrong-direction": e("“上述”须指前文，“下述”须指后文；方向错误会误导读者。", "上述 (above) must point back and 下述 (below) forward; the wrong word misleads.",
                                  "见下述认为1段（认为在前）", "见上述认为1段"),
        "label-gap": e("编号跳号往往是删段后未重新编号；引用可能因此错位。", "A skipped label usually means a paragraph was deleted without renumbering; references may now point elsewhere.",
                       "1 … 3 …", "1 … 2 …（或用“重新编号”操作 / or the renumber action）"),
        "label-repeat": e("同一序列中编号重复，引用将无法确定所指。", "A label used twice in one sequence makes references to it ambiguous.", "2 … 2 …", "2 … 3 …"),
        "label-style": e("按惯例序言部分用 a)、b)，执行部分用 1、2。", "By convention preamble items are lettered a), b) and operative items numbered 1, 2.",
                         "忆及\n1 …", "忆及\na) …"),
        "item-final-punctuation": e("段内以“；”分隔，部分末段以“，”结尾，全文末段以“。”结尾，引出分项时用“：”。", "Items end with ; inside a section, , at its end, . at the very end, : before sub-items.",
                                    "a) 第一项，\nb) 第二项；", "a) 第一项；\nb) 第二项，", fix: ("改为或补上应有的标点。", "Replaces or inserts the mark the position calls for.")),
        "body-final-comma": e("发言机构一行（第六届……论坛（2021年，日内瓦））后接各部分，应以“，”结尾。", "The line naming the body that speaks runs on into the sections: it ends with a comma.",
                              "第六届世界电信/信息通信技术政策论坛（2021年，日内瓦）", "第六届世界电信/信息通信技术政策论坛（2021年，日内瓦），", fix: ("补上“，”。", "Inserts the comma.")),
        "section-order": e("序言部分（忆及、考虑到……）应在执行部分（认为、做出决议……）之前。", "Preamble sections (recalling, considering…) come before operative ones (is of the view, resolves…).",
                           "认为 … 忆及 …", "忆及 … 认为 …"),
        "section-empty": e("有标题而无段落的部分通常是删除未尽。", "A heading with no paragraphs is usually what a deletion left behind.", "忆及\n认为\n1 …", "认为\n1 …"),
        "mark-unbalanced": e("成对标点未配对会让引文或书名的范围不明。", "Paired marks that do not balance leave a quotation or a title without an end.",
                             "有关“连通目标的决议；", "有关“连通目标”的决议；"),
        "bracket-unbalanced": e("方括号标出待定案文；未配对的括号使谈判文本的范围不明。", "Square brackets mark text not yet agreed; an unbalanced one leaves unclear what is pending.",
                                "[努力保护个人信息；", "[努力保护个人信息]；"),
        "quote-stray-close": e("多余的后引号多为复制粘贴残留。", "A closing quote with no opening one is usually a leftover of copy and paste.",
                               "第70/1号决议”；", "第70/1号决议；"),
        "halfwidth-punctuation": e("中文文本应使用全角标点；半角标点多来自英文输入法或转换工具。", "Chinese text uses full-width punctuation; half-width marks come from an English input method or a converter.",
                                   "技术(ICT)促进,发展", "技术（ICT）促进，发展", fix: ("改为全角形式。", "Makes the mark full-width.")),
        "halfwidth-punctuation-file": e("全文标点被工具整体转成半角时，逐个报告毫无意义：一次报告、一次修正。", "When a tool turned all the punctuation half-width, one finding with one fix says it better than hundreds.",
                                        "理事会,\n做出决议,\n1 设立专家组;", "理事会，\n做出决议，\n1 设立专家组；", fix: ("将全部半角标点改为全角（段落编号除外）。", "Makes every mark full-width at once (labels excepted).")),
        "stray-space": e("汉字之间不应有空格；多为换行合并或排版残留。", "No space belongs between Chinese characters; it is usually a joined line break or layout residue.",
                         "所需的 数字素养", "所需的数字素养", fix: ("删除空格。", "Deletes the space.")),
        "doubled-character": e("“的的”“了了”等重复多为打字失误；“常常”“人人”等叠词不报告。", "的的 or 了了 is a typing slip; reduplications such as 常常 or 人人 are not reported.",
                               "服务和技术的的发展", "服务和技术的发展", fix: ("删去一个重复的字（改变文字，故不在 --fix 之列）。", "Deletes one of the two (it changes words, so --fix leaves it to you).")),
        "latin-word": e("中文文本中的英文单词（and、or……）多为译文残留。", "An English word (and, or…) inside Chinese text is usually a leftover of translation.",
                        "信心 and 安全性", "信心和安全性", fix: ("and→和、or→或（改变文字，故不在 --fix 之列）。", "and → 和, or → 或 (it changes words, so --fix leaves it to you).")),
        "english-punctuation-spacing": e("英文中逗号、分号前不留空格，后留一个空格。", "In English no space goes before a comma or semicolon, and one goes after it.",
                                         "Johannesburg ,2008", "Johannesburg, 2008", fix: ("删除或补上空格。", "Deletes or inserts the space.")),
        "english-glued-word": e("数字或编号与后面的单词之间缺空格，多为 PDF 复制所致。", "A word glued to a number or label is a space lost by a PDF copy.",
                                "Resolution 147of the Conference", "Resolution 147 of the Conference", fix: ("补上空格。", "Inserts the space.")),
        "english-doubled-word": e("重复的单词多为编辑失误。", "A word typed twice is an editing slip.", "to the the Council", "to the Council",
                                  fix: ("删去一个重复的词（改变文字，故不在 --fix 之列）。", "Deletes one of the two (it changes words).")),
        "english-fullwidth-punctuation": e("英文文本中的全角标点来自中文输入法。", "Full-width punctuation in English text comes from a Chinese input method.",
                                           "Dubai，2018", "Dubai, 2018", fix: ("改为半角形式。", "Makes the mark half-width.")),
        "abbr-two-abbreviations": e("同一全称在一个文件中只应有一个缩写。", "One expansion should have one abbreviation in a file.",
                                    "联合国大会（UNGA）… 联合国大会（UNAG）", "联合国大会（UNGA）… 联合国大会（UNGA）"),
        "abbr-two-expansions": e("同一缩写在一个文书中只应指一个全称。", "One abbreviation should stand for one expansion in an instrument.",
                                 "人工智能（AI）… 国际会议（AI）", "人工智能（AI）… 国际会议（IC）"),
        "footnote-missing-note": e("脚注标记没有对应的脚注内容。", "A footnote mark with no note says nothing.", "发展中国家¹（无脚注¹）", "发展中国家¹ … ¹ 包括最不发达国家。"),
        "footnote-unused-note": e("脚注内容未被正文引用，多为删除正文后的残留。", "A note nothing refers to is what remains of deleted text.", "³ 没有被引用的注。", "（删去，或在正文中引用 / delete it, or refer to it）"),
        "citation-malformed": e("缺少编号或括号未闭合的引文无法识别。", "A citation without a number, or with its parenthesis left open, cannot be identified.",
                                "第71号决议（2018年，迪拜", "第71号决议（2018年，迪拜）"),
        "citation-inconsistent-revision": e("同一文件中对同一文书的引用应指同一版本。", "One file should cite one instrument in one revision.",
                                            "第71号决议（2018年，迪拜，修订版）… 第71号决议（2014年，釜山）", "第71号决议（2018年，迪拜，修订版）… 第71号决议（2018年，迪拜，修订版）"),
        "citation-unknown-instrument": e("目录记载了2018年全权代表大会通过或修订的全部文书：编号不在其中多为笔误。", "The catalog lists every text PP-18 adopted or revised: a number not among them is likely a typo.",
                                         "第999号决议（2018年，迪拜）", "第99号决议（2018年，迪拜，修订版）"),
        "citation-outdated-revision": e("已有更新的版本：请确认是否有意引用旧版。", "A newer revision exists: check that the older one is meant.",
                                        "第71号决议（2014年，釜山）", "第71号决议（2018年，迪拜，修订版）"),
        "citation-conference-mismatch": e("每届会议有其年份与地点：与任何一届都不符的版本必有一处写错。", "Each session has its year and place: a revision that fits none has one of them wrong.",
                                          "全权代表大会第71号决议（2018年，釜山）", "全权代表大会第71号决议（2018年，迪拜，修订版）"),
        "citation-flattened-revision": e("接受修订时若将删除与插入的文字一并保留，版本就会残缺或重复。", "Track changes flattened into text keep the deleted words beside the inserted ones.",
                                         "第71号决议（2018年，迪拜布加勒斯特，修订版）", "第71号决议（2022年，布加勒斯特，修订版）"),
        "instrument-revision-mismatch": e("标题的版本与发言机构一行应指同一届会议；不一致多因沿用了上一版本的发言机构一行。", "The title's revision and the body line name one session; a mismatch is usually a body line kept from the previous revision.",
                                          "第71号决议（2018年，迪拜，修订版）\n国际电信联盟全权代表大会（2014年，釜山），", "第71号决议（2018年，迪拜，修订版）\n国际电信联盟全权代表大会（2018年，迪拜），"),
        "citation-revision-across-files": e("工作区中多数文件引用的版本与此处不同，可能是遗漏了更新。", "Most files of the workspace cite another revision: this one may have been missed in an update.",
                                            "a.md: 第71号决议（2014年，釜山）；b.md、c.md: （2018年，迪拜，修订版）", "a.md: 第71号决议（2018年，迪拜，修订版）"),
        "citation-title-contradiction": e("同一文书同一版本的标题应处处一致。", "One instrument in one revision has one title everywhere.",
                                          "有关“国际电联战略规划”的第71号决议 … 有关“国际电联2020-2023年战略规划”的第71号决议", "两处用同一标题 / the same title in both"),
        "version-section-mismatch": e("同一文书的各语言版本应有相同的部分，顺序相同。", "The language versions of one instrument have the same sections in the same order.",
                                      "中文本有“请秘书长”，英文本没有 invites the Secretary-General", "两个版本都有 / both versions have it"),
        "version-label-mismatch": e("对应部分的段落编号应相同：一个版本多出或缺少一段，引用也随之错位。", "Corresponding sections have the same labels: a paragraph added in one version only shifts its references.",
                                    "认为 1 2 3 / is of the view 1 2", "认为 1 2 / is of the view 1 2"),
        "version-number-mismatch": e("对应段落中的年份、金额、数量应相同（25亿 = 2.5 billion）。", "Corresponding paragraphs write the same years, amounts and counts (25亿 = 2.5 billion).",
                                     "到2035年 / by 2030", "到2030年 / by 2030"),
        "version-citation-mismatch": e("对应段落应引用同一文书的同一版本（迪拜 = Dubai）。", "Corresponding paragraphs cite the same instruments in the same revisions (迪拜 = Dubai).",
                                       "第71号决议（2018年，迪拜）/ Resolution 71 (Rev. Busan, 2014)", "第71号决议（2018年，迪拜）/ Resolution 71 (Rev. Dubai, 2018)"),
        "version-final-punctuation": e("对应段落的结尾标点作用应相同：；↔ ; ，↔ , 。↔ . ：↔ :", "Corresponding paragraphs end alike: ；↔ ; ，↔ , 。↔ . ：↔ :",
                                       "需要合作， / cooperation is needed.", "需要合作， / cooperation is needed,"),
        "version-reference-mismatch": e("对应段落中的交叉引用应指向同一段落。", "Corresponding paragraphs' cross-references point at the same paragraphs.",
                                        "上述忆及a)段 / recalling b) above", "上述忆及a)段 / recalling a) above"),
        "version-pending-mismatch": e("对应段落中待定的[方括号]数量应相同：一个版本中已定稿的文字，在另一版本中不应仍待定。", "Corresponding paragraphs hold as many [pending] texts: what is settled in one version is not still pending in the other.",
                                      "[到2030年]应连通 / should be connected by 2030", "[到2030年]应连通 / should be connected [by 2030]"),
        "version-footnote-mismatch": e("对应段落中的脚注标记数量应相同。", "Corresponding paragraphs carry as many footnote marks.",
                                       "论坛¹ / the Forum", "论坛¹ / the Forum¹"),
        "suppression-unknown-rule": e("抑制注释中的规则代码拼错时，什么也不会被抑制。", "A misspelt code in a suppression comment silently suppresses nothing.",
                                      "<!-- itudraft-disable-next-line latn-word -->", "<!-- itudraft-disable-next-line latin-word -->"),
    ]
}
