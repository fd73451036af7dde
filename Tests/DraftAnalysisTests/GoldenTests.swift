import DraftAnalysis
import DraftSyntax
import Foundation
import Testing

/// The findings on every seed, compared with a golden file reviewed by hand.
/// Set UPDATE_GOLDEN=1 to rewrite them after a deliberate change, then review the diff.
@Suite struct GoldenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("seeds").path)) ?? []).sorted()

    static func findings(_ name: String) throws -> (SourceText, [Diagnostic]) {
        let data = try Data(contentsOf: root.appendingPathComponent("seeds/\(name)"))
        let text = SourceText(bytes: Array(data))
        return (text, Analyzer.analyze(Document(text)))
    }

    static func render(_ text: SourceText, _ ds: [Diagnostic]) -> String {
        ds.map { d in
            let p = text.lines.position(of: d.range.start, in: .utf32)
            return "\(p.line + 1):\(p.column + 1) \(d.severity.rawValue)[\(d.code)] \(d.message.en) | \"\(text.string(d.range))\""
        }.joined(separator: "\n") + "\n"
    }

    @Test(arguments: seeds)
    func seedFindings(_ name: String) throws {
        let (text, ds) = try Self.findings(name)
        let rendered = Self.render(text, ds)
        let golden = Self.root.appendingPathComponent("Tests/DraftAnalysisTests/Golden/\(name).findings")
        // A missing golden file is a failure, not a new one: recording is only ever asked for.
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try rendered.write(to: golden, atomically: true, encoding: .utf8)
        }
        guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
            Issue.record("no golden findings for \(name); record them with UPDATE_GOLDEN=1 and review them")
            return
        }
        #expect(rendered == expected, "findings on \(name) changed; rerun with UPDATE_GOLDEN=1 and review the diff")
    }

    @Test(arguments: ["000_c04deb0df160fd2a.txt", "003_386b74a9b3a29e19.txt", "004_e0df9cd77f472e1e.txt"])
    func freeTextSeedsAreClean(_ name: String) throws {
        #expect(try Self.findings(name).1.isEmpty)
    }

    /// The real slips DOMAIN.md §4 lists, each by line and rule.
    @Test func everyListedRealSlipIsFound() throws {
        let (text002, d002) = try Self.findings("002_db145d36bf45e405.txt")
        let (text001, d001) = try Self.findings("001_0ff6cbfd670be44e.txt")
        func has(_ ds: [Diagnostic], _ t: SourceText, _ line: Int, _ code: String) -> Bool {
            ds.contains { $0.code == code && t.lines.line(of: $0.range.start) + 1 == line }
        }
        #expect(has(d002, text002, 262, "doubled-character"), "服务和技术的的发展")
        #expect(has(d002, text002, 230, "latin-word"), "信心 and 安全性")
        #expect(has(d002, text002, 372, "stray-space"), "所需的 数字素养")
        #expect(has(d002, text002, 222, "quote-stray-close"), "第70/1号决议”；")
        #expect(has(d001, text001, 13, "halfwidth-punctuation"), "技术(ICT)")
        #expect(has(d001, text001, 3, "body-final-comma"), "seed 001 body line")
        #expect(has(d002, text002, 298, "body-final-comma"), "draft Opinion 2 body line")
        #expect(has(d002, text002, 443, "body-final-comma"), "draft Opinion 4 body line")
        #expect(!has(d002, text002, 217, "body-final-comma") && !has(d002, text002, 374, "body-final-comma"), "Opinions 1 and 3 have it")
        #expect(has(d002, text002, 296, "stray-space"), "（ICT） 用于")
        #expect(has(d002, text002, 378, "abbr-two-abbreviations"), "联合国大会（UNAG）")
    }
}

/// README.md's rule table lists every rule, with its default severity.
@Suite struct RuleDocumentationTests {
    @Test func everyRuleIsDocumented() throws {
        let readme = try String(contentsOf: GoldenTests.root.appendingPathComponent("README.md"), encoding: .utf8)
        for rule in RuleRegistry.all {
            #expect(readme.contains("| `\(rule.code)` | \(rule.defaultSeverity.rawValue) |"), "\(rule.code)")
        }
    }

    /// Every registered rule is explained (itudraft rules CODE) in both languages, with a wrong and a right text.
    @Test func everyRuleIsExplained() {
        for rule in RuleRegistry.all {
            guard let e = RuleExplanation.of(rule.code) else { Issue.record("\(rule.code) has no explanation"); continue }
            #expect(!e.why.zh.isEmpty && !e.why.en.isEmpty && e.why.zh != e.why.en && e.wrong != e.right, "\(rule.code)")
            if rule.formatsSafely { #expect(e.fix != nil, "\(rule.code) fixes with --fix but says nothing of its fix") }
        }
        #expect(RuleExplanation.explainedCodes == Set(RuleRegistry.codes), "no explanation of a rule that does not exist")
    }

    /// Every registered rule has a test that shows it reporting something: an assertLint with a
    /// marked range for a rule of one file, a finding in a workspace test for a cross-file rule.
    @Test func everyRuleHasAPositiveTest() throws {
        let dir = GoldenTests.root.appendingPathComponent("Tests/DraftAnalysisTests")
        let sources = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".swift") }
            .map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }.joined(separator: "\n")
        let calls = sources.components(separatedBy: "assertLint(").dropFirst()
        let workspace = try ["WorkspaceTests.swift", "VersionTests.swift"].map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }.joined()
        for rule in RuleRegistry.all {
            if rule.scope == .workspace {
                #expect(workspace.contains(rule.code), "\(rule.code) has no finding in WorkspaceTests or VersionTests")
                continue
            }
            let name = String(describing: type(of: rule))
            // Each element runs from one assertLint( to the next: the call and what follows it.
            let positive = calls.contains { $0.hasPrefix(name + "()") && $0.contains("⟦") }
            #expect(positive, "\(rule.code) (\(name)) has no assertLint with a marked range")
        }
    }
}
