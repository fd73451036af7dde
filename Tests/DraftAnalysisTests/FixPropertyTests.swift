import DraftAnalysis
import DraftSyntax
import Foundation
import Testing

/// Every certain fix, one at a time, on the seeds and on a text full of slips: it changes only
/// the bytes of its own range, and once applied the rule no longer reports that spot.
@Suite struct FixPropertyTests {
    static let slips = "意见1：题\n论坛（2021年，日内瓦）\n忆及\na)\t技术(ICT)的的发展；\nb) 所需的 数字素养。\nc)\t信心 and 安全性，\n认为\n1\t做；\n"

    static var inputs: [String] {
        [slips] + GoldenTests.seeds.map { String(decoding: (try? Data(contentsOf: GoldenTests.root.appendingPathComponent("seeds/\($0)"))) ?? Data(), as: UTF8.self) }
    }

    @Test(arguments: inputs.indices)
    func eachFixIsLocalAndSettles(_ n: Int) {
        let bytes = Array(Self.inputs[n].utf8)
        let found = Analyzer.analyze(Document(SourceText(bytes: bytes)))
        var checked = 0
        for d in found {
            guard let fix = d.fix else { continue }
            checked += 1
            let after = EditApplier.apply(fix.edits, to: bytes)
            let first = fix.edits.map(\.range.start).min()!, last = fix.edits.map(\.range.end).max()!
            let inserted = fix.edits.reduce(0) { $0 + $1.newText.utf8.count - $1.range.count }
            #expect(Array(after[..<first]) == Array(bytes[..<first]), "\(d.code) changed text before its range")
            #expect(Array(after[(last + inserted)...]) == Array(bytes[last...]), "\(d.code) changed text after its range")
            // Idempotent: the same rule finds nothing left to fix at that spot.
            let again = Analyzer.analyze(Document(SourceText(bytes: after)), selection: RuleSelection(select: [d.code]))
            #expect(!again.contains { $0.fix != nil && $0.range.start == d.range.start && $0.message == d.message }, "\(d.code) at \(d.range) reported again after its fix")
        }
        if n == 0 { #expect(checked >= 6, "every kind of fix is exercised on the slips") }
    }
}
