@testable import DraftAnalysis
import DraftSyntax
import Testing

/// Runs `rule` on `marked`, where ⟦ and ⟧ surround each range the rule must report, and
/// checks those ranges exactly; with `fixed`, also checks the text after applying every fix;
/// with `messages`, each finding's message in both languages ("zh | en"), in document order.
func assertLint(_ rule: some Rule, _ marked: String, fixed: String? = nil, messages: [String]? = nil, word: WordSource? = nil,
                sourceLocation: SourceLocation = #_sourceLocation) {
    let code = rule.code
    #expect(RuleRegistry.rule(code) != nil, "\(code) is not registered", sourceLocation: sourceLocation)
    var plain: [UInt8] = []
    var expected: [ByteRange] = []
    var open: [Int] = []
    for s in marked.unicodeScalars {
        if s == "⟦" { open.append(plain.count); continue }
        if s == "⟧" { expected.append(ByteRange(open.removeLast(), plain.count)); continue }
        plain.append(contentsOf: Array(String(s).utf8))
    }
    let doc = Document(SourceText(bytes: plain))
    let found = Analyzer.analysis(of: doc, selection: RuleSelection(select: [code]), word: word).diagnostics
    let text = doc.text
    let describe: ([ByteRange]) -> [String] = { $0.sorted().map { "\(text.lines.position(of: $0.start, in: .utf32)) \"\(text.string($0))\"" } }
    #expect(describe(found.map(\.range)) == describe(expected), "\(code)", sourceLocation: sourceLocation)
    for d in found {
        #expect(!d.message.zh.isEmpty && !d.message.en.isEmpty && d.message.zh != d.message.en, sourceLocation: sourceLocation)
    }
    if let messages {
        let actual = found.sorted { $0.range < $1.range }.map { "\($0.message.zh) | \($0.message.en)" }
        #expect(actual == messages, "\(code)", sourceLocation: sourceLocation)
    }
    if let fixed {
        let after = String(decoding: Analyzer.applyingFixes(found, to: plain), as: UTF8.self)
        #expect(after == fixed, sourceLocation: sourceLocation)
    }
}

/// A correct opinion with two preamble and three operative sections; `body` replaces its operative text.
func opinion(preamble: String = "a)\t有关“变革我们的世界”的联合国大会第70/1号决议；\nb)\t第二项，",
             operative: String = "1\t第一段；\n2\t上述认为1段所述的内容，") -> String {
    "意见1：测试意见\n第六届世界电信/信息通信技术政策论坛（2021年，日内瓦），\n忆及\n\(preamble)\n认为\n\(operative)\n请秘书长\n支持上述工作。\n"
}
