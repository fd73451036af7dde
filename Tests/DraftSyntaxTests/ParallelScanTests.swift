@testable import DraftSyntax
import Foundation
import Testing

/// A long text's lines and blocks are scanned on every core: the tree is the one a scan on one
/// core gives, element for element and in order.
@Suite struct ParallelScanTests {
    @Test func orderedMapKeepsOrderWhateverTheChunks() {
        for count in [0, 1, 2, 15, 16, 17, 1_000, 4_099] {
            #expect(orderedMap(count, parallel: true) { $0 * 3 } == (0..<count).map { $0 * 3 })
        }
    }

    /// An edit near the start of a long text moves every block after it, on every core: the
    /// result is the tree of the edited text parsed whole.
    @Test func anEditOfALongTextShiftsAsAFullParse() throws {
        let text = SourceText(try Self.longText())
        let edited = ByteRange(200, 200)
        let (updated, reuse) = Document(text).updated(to: text.replacing(edited, with: "的的"), edited: edited, insertedCount: 6)
        #expect(reuse.suffix > 100 && reuse.delta == 6)
        #expect(TreeDump.dump(updated) == TreeDump.dump(Document(updated.text)))
    }

    static func longText() throws -> String {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        var long = ""
        while long.utf8.count < parallelScanFrom + 1 {
            for n in names { long += try String(contentsOf: seeds.appendingPathComponent(n), encoding: .utf8) + "\n" }
        }
        return long
    }

    @Test func aLongTextParsesAsOnOneCore() throws {
        let long = try Self.longText()
        let text = SourceText(long)
        let parallel = Document(text)
        // One core: the line range given (as an edit re-scans), each block in turn.
        let lines = LineScanner.scan(text, lines: 0..<text.lines.lineCount)
        let blocks = StructureParser(text: text, lines: lines).parse()
        let oneCore = Document(text: text, segments: blocks.map { BlockSyntax.scan($0, text: text, lines: lines, firstLine: 0) })
        #expect(parallel.segments.count == oneCore.segments.count && parallel.segments.count > 100)
        #expect(TreeDump.dump(parallel) == TreeDump.dump(oneCore))
    }

    /// A long text is validated in two parts: valid or not, repaired or not, it is the text the
    /// standard library reads, with the same lines.
    @Test func aLongTextIsValidatedAsOnOneCore() {
        let unit = Array("认为\n1\t一。\r\n".utf8)
        var bytes: [UInt8] = []
        while bytes.count < parallelScanFrom + 10 { bytes += unit }
        func same(_ b: [UInt8]) {
            let valid = String(validating: b, as: UTF8.self) != nil
            let t = SourceText(bytes: b)
            #expect(t.wasRepaired == !valid)
            #expect(t.bytes == (valid ? b : Array(String(decoding: b, as: UTF8.self).utf8)))
            #expect(t.lines == LineIndex(t.bytes))
        }
        // A cut that falls inside a scalar, and one that falls between two.
        let padded = (0..<unit.count).map { Array(repeating: UInt8(ascii: "x"), count: $0) + bytes }
        func cutsInside(_ b: [UInt8]) -> Bool { b[SourceText.validationCut(b.count)] & 0xC0 == 0x80 }
        let inside = padded.first(where: cutsInside), between = padded.first { !cutsInside($0) }
        #expect(inside != nil && between != nil)
        for b in [inside, between].compactMap({ $0 }) { same(b) }
        // A bad byte in either part or at the cut, and a scalar cut short just before the cut.
        let cut = SourceText.validationCut(bytes.count)
        for at in [10, cut - 1, cut, cut + 1, bytes.count - 2] {
            var bad = bytes
            bad[at] = 0xFF
            same(bad)
        }
        var cutShort = bytes
        cutShort.insert(0xE8, at: cut - cut % unit.count)
        same(cutShort)
    }

    @Test func aValueForLaterIsComputedOnceEitherWay() {
        let counter = Counter()
        let parallel = Later(inParallel: true) { counter.add(); return 42 }
        let lazy = Later(inParallel: false) { counter.add(); return 7 }
        #expect(parallel.value == 42 && parallel.value == 42 && lazy.value == 7 && lazy.value == 7)
        #expect(counter.count == 2)
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    var count: Int { lock.withLock { n } }
    func add() { lock.withLock { n += 1 } }
}
