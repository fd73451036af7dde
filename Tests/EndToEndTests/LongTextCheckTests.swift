@testable import itudraft
import DraftAnalysis
import DraftSyntax
import Foundation
import Testing

/// A text of a megabyte or more is checked on both cores: its block rules in parts, its light
/// summary beside its document rules. The result is what one core finds.
@Suite struct LongTextCheckTests {
    @Test func aLongTextIsCheckedAsOneCoreChecksIt() throws {
        let seed = try String(contentsOf: Binary.root.appendingPathComponent("seeds/002_db145d36bf45e405.txt"), encoding: .utf8)
        var long = ""
        while long.utf8.count < parallelScanFrom { long += seed }
        let text = SourceText(long)
        let r = CheckCommand.check(text, name: "long.txt", selection: RuleSelection(), catalog: .builtIn, keep: false, fingerprint: nil)
        let document = Document(text)
        let alone = Analyzer.analysis(of: document, splitFrom: .max)
        #expect(alone.diagnostics.count > 100)
        #expect(r.analysis.diagnostics == alone.diagnostics)
        let summary = FileSummary(key: "long.txt", document: document, complete: false)
        #expect(r.summary.citations.map(\.citation.range) == summary.citations.map(\.citation.range))
        #expect(r.summary.versions == summary.versions && !summary.versions.isEmpty)
        // Its findings are rendered on both cores too, in their order.
        let file = CheckedFile(path: "long.txt", text: text, diagnostics: r.analysis.diagnostics)
        let report = TextReport(language: .en, concise: false, colored: false)
        #expect(report.render(file) == file.diagnostics.map { report.render($0, suppressed: false, in: file) }.joined())
    }
}
