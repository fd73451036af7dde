import DraftAnalysis
import DraftSyntax
import Foundation
import Testing

/// Formatting: certain fixes only, idempotent, never touching text outside what it fixes.
@Suite struct FormatterTests {
    func format(_ s: String, lines: Range<Int>? = nil) -> String {
        String(decoding: Formatter.format(Array(s.utf8), lines: lines), as: UTF8.self)
    }

    let messy = "意见1：题\n论坛（2021年，日内瓦）\n忆及\na)\t技术(ICT)的发展；\nb) 所需的 数字素养。\nc)\t信心 and 安全性的的发展，\n认为\n1\t做；\n"

    @Test func fixesPunctuationSpacesAndLabelSpacingButNoWords() {
        let out = format(messy)
        #expect(out == "意见1：题\n论坛（2021年，日内瓦），\n忆及\na)\t技术（ICT）的发展；\nb)\t所需的数字素养；\nc)\t信心 and 安全性的的发展，\n认为\n1\t做。\n")
        #expect(format(out) == out, "a second run changes nothing")
    }

    /// One run reaches the fixed point whatever the length of a run of half-width marks: the
    /// rule judges the run by what surrounds it, so it is fixed whole in one pass.
    @Test(arguments: [1, 2, 9, 24, 100])
    func aRunOfHalfWidthMarksIsFixedInOneRun(_ n: Int) {
        let text = "意见1：题\n论坛（2021年，日内瓦），\n认为\n1\t做" + String(repeating: ",", count: n) + "事；\n2\t了?!;:,完。\n"
        let out = format(text)
        #expect(out == "意见1：题\n论坛（2021年，日内瓦），\n认为\n1\t做" + String(repeating: "，", count: n) + "事；\n2\t了？！；：，完。\n")
        #expect(format(out) == out)
    }

    @Test func labelSpacingFollowsTheMajority() {
        let spaces = "意见1：题\n论坛（2021年，日内瓦），\n忆及\na) 一；\nb) 二；\nc)\t三，\n认为\n1 做。\n"
        #expect(format(spaces) == spaces.replacingOccurrences(of: "c)\t三", with: "c) 三"))
    }

    @Test func aRangeFormatsOnlyItsLines() {
        let out = format(messy, lines: 3..<4)
        let changed = zip(messy.split(separator: "\n", omittingEmptySubsequences: false), out.split(separator: "\n", omittingEmptySubsequences: false))
            .enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(changed == [3])
    }

    @Test(arguments: GoldenTests.seeds)
    func seedsAreFormattedIdempotentlyWithTheLineCountKept(_ name: String) throws {
        let original = Array(try Data(contentsOf: GoldenTests.root.appendingPathComponent("seeds/\(name)")))
        let once = Formatter.format(original)
        #expect(Formatter.format(once) == once)
        #expect(SourceText(bytes: once).lines.lineCount == SourceText(bytes: original).lines.lineCount)
        // Every changed line differs only by the fixes: the words (ideographs, Latin letters) are the same.
        let words = { (b: [UInt8]) in String(decoding: b, as: UTF8.self).unicodeScalars.filter { $0.properties.isIdeographic || ($0.isASCII && $0.properties.isAlphabetic) } }
        #expect(String(String.UnicodeScalarView(words(once))) == String(String.UnicodeScalarView(words(original))))
    }

    @Test func lineEditsAndDiff() {
        let a = SourceText("一\n二 三\n四\n"), b = SourceText("一\n二三\n四\n")
        let edits = Formatter.lineEdits(from: a, to: b)
        #expect(edits.count == 1 && edits[0].newText == "二三" && a.string(edits[0].range) == "二 三")
        #expect(Formatter.unifiedDiff(a, b, path: "x.md") == "--- x.md\n+++ x.md\n@@ -1,3 +1,3 @@\n 一\n-二 三\n+二三\n 四\n")
    }
}
