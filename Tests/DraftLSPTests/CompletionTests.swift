import DraftLSP
import Foundation
import Testing

/// Completion: marked text in (⸢ is the cursor), the labels offered and what accepting the first inserts.
@Suite struct CompletionTests {
    let head = "意见1：题\n论坛（2021年，日内瓦），\n忆及\na)\t有关“国际电联2020-2023年战略规划”的第71号决议（2018年，迪拜，修订版）；\nb)\t第二项，\n认为\n1\t第一段；\n2\t第二段，\n"

    /// The labels offered, the cursor's line once the first is accepted, and its documentation.
    /// Every item's filter text must start with what the client takes as typed: the text from
    /// the start of the item's range to the cursor (eglot and Vim filter on it).
    func complete(_ marked: String, uri: String = "file:///c.md", sourceLocation: SourceLocation = #_sourceLocation) -> (labels: [String], first: String?, doc: String?) {
        let c = TestClient()
        let pos = c.open(uri, marked)
        let items = c.request("textDocument/completion", c.at(uri, pos))["result"]["items"].array ?? []
        let sorted = items.sorted { ($0["sortText"].string ?? "") < ($1["sortText"].string ?? "") }
        let plain = marked.replacingOccurrences(of: "⸢", with: "")
        let line = plain.split(separator: "\n", omittingEmptySubsequences: false)[pos["line"].int!]
        for item in sorted {
            let start = item["textEdit"]["range"]["start"]
            #expect(start["line"] == pos["line"] && item["textEdit"]["range"]["end"] == pos, sourceLocation: sourceLocation)
            let typed = String(line.utf16.dropFirst(start["character"].int!).prefix(pos["character"].int! - start["character"].int!))!
            #expect((item["filterText"].string ?? item["label"].string!).hasPrefix(typed), "filter text \(item["filterText"]) for typed \(typed)", sourceLocation: sourceLocation)
        }
        let first = sorted.first.map { apply([$0["textEdit"]], to: plain).split(separator: "\n", omittingEmptySubsequences: false)[pos["line"].int!] }
        return (sorted.compactMap { $0["label"].string }, first.map(String.init), sorted.first?["documentation"].string)
    }

    /// Inside a citation's parenthesis: the sessions of its body, newest first, the place in the other language beside.
    @Test func revisionsInsideACitationsParenthesis() {
        let r = complete(head + "3\t全权代表大会第71号决议（⸢\n")
        #expect(Array(r.labels.prefix(3)) == ["2026年，多哈", "2022年，布加勒斯特", "2018年，迪拜"])
        #expect(r.first == "3\t全权代表大会第71号决议（2026年，多哈")
        // What is typed filters; WTDC's sessions for a WTDC text; a PP-18 number needs no body word.
        #expect(complete(head + "3\t全权代表大会第71号决议（2018⸢\n").labels == ["2018年，迪拜"])
        #expect(complete(head + "3\t世界电信发展大会第37号决议（2022⸢\n").labels == ["2022年，基加利"])
        #expect(complete(head + "3\t第71号决议（201⸢\n").labels.first == "2018年，迪拜")
        #expect(complete(head + "3\tsee Resolution 71 (Rev. D⸢\n").labels == ["Rev. Doha, 2026", "Rev. Dubai, 2018"])
        // A body that cannot be told, or a closed parenthesis, offers nothing.
        #expect(complete(head + "3\t第9999号决议（⸢\n").labels.isEmpty)
        #expect(complete(head + "3\t全权代表大会第71号决议（2018年，迪拜）⸢\n").labels.isEmpty)
    }

    @Test func sectionsAfterShangShuLieAbove() {
        let r = complete(head + "请秘书长\n支持上述⸢\n")
        #expect(r.labels == ["忆及", "认为", "请秘书长"], "the section the cursor is in lies above too")
        #expect(complete(head + "请秘书长\n支持上述认⸢\n").labels == ["认为"])
        // 下述 offers the sections from here on.
        #expect(complete(head.replacingOccurrences(of: "2\t第二段，", with: "2\t见下述⸢，") + "请秘书长\n支持。\n").labels == ["认为", "请秘书长"])
    }

    @Test func labelsAfterASectionNameInTheDocumentsForm() {
        let r = complete(head + "请秘书长\n支持上述认为⸢\n")
        #expect(r.labels == ["1", "2"])
        #expect(r.first == "支持上述认为1段" && r.doc == "第一段；")
        // The document writes 上述认为“1”段: the quoted form is inserted.
        let quoted = complete(head + "3\t见上述认为“1”段，\n请秘书长\n支持上述忆及⸢\n")
        #expect(quoted.labels == ["a)", "b)"] && quoted.first == "支持上述忆及“a)”段")
        // An opener typed is kept and closed.
        #expect(complete(head + "请秘书长\n支持上述认为“⸢\n").first == "支持上述认为“1”段")
        #expect(complete(head + "请秘书长\n支持上述认为第2⸢\n").labels == ["2"])
    }

    @Test func instrumentNumbersInsideACitation() {
        let r = complete(head + "请秘书长\n落实全权代表大会第7⸢\n")
        #expect(r.labels.contains("71") && r.labels.allSatisfy { $0.hasPrefix("7") })
        let c71 = complete(head + "请秘书长\n落实全权代表大会第71⸢\n")
        #expect(c71.first == "落实全权代表大会第71号决议" && c71.doc?.hasPrefix("国际电联2020-2023年战略规划\n\nStrategic plan") == true, "the title the workspace taught, then the catalog's")
        let decision = complete(head + "请秘书长\n落实第1⸢号决定\n")
        #expect(decision.labels == ["11"] && decision.first == "落实第11号决定", "号决定 follows: decisions only, and only the number")
        #expect(complete(head + "请秘书长\n第⸢一次会议\n").labels.isEmpty, "第 alone is no citation")
    }

    @Test func headingsThatFitAtTheStartOfALine() {
        let preamble = complete("意见1：题\n论坛（2021年，日内瓦），\n忆及\na)\t一，\n⸢\n认为\n1\t做。\n").labels
        #expect(preamble.contains("考虑到") && preamble.contains("请秘书长") && !preamble.contains("忆及"))
        let operative = complete(head + "⸢\n").labels
        #expect(operative.contains("请秘书长") && !operative.contains("考虑到"), "no preamble keyword after an operative section")
        #expect(complete(head + "请⸢\n").labels.allSatisfy { $0.hasPrefix("请") })
    }

    @Test func englishLabelsAfterTheSectionName() {
        let en = "Opinion 1: Title\nThe Forum (Geneva, 2021),\nrecalling\na)\tone;\nb)\ttwo,\nis of the view\n1\tdo;\n2\tas in recalling ⸢\n"
        let r = complete(en)
        #expect(r.labels == ["a)", "b)"] && r.first == "2\tas in recalling a)", "\(r)")
    }
}
