@testable import DraftSyntax
import Testing
import TestSupport

/// The searches that test eight bytes at a time, and the one walk that finds the inline
/// scanners' candidates, find what a plain walk finds, wherever the match falls in the word and
/// whatever the tail's length.
@Suite struct ByteSearchTests {
    /// Random texts of Chinese, full-width marks, ASCII marks, digits and spaces.
    static func texts(_ count: Int, salt: String) -> [[UInt8]] {
        var rng = SplitMix(seed: TestSeed.value(default: 8, salt: salt))
        let pieces = ["的", "了", "，", "（", ",", "(", "]", ")", " ", "1", "a", "\n", "😀", "é"]
        return (0..<count).map { _ in
            Array((0..<rng.next(40)).map { _ in pieces[rng.next(pieces.count)] }.joined().utf8)
        }
    }

    @Test func firstByteBelowALimitIsTheFirstSuchByte() {
        for bytes in Self.texts(400, salt: "below") {
            for from in 0...bytes.count {
                for limit: UInt8 in [0x21, 0x40, 0x80] {
                    let walked = bytes[from...].firstIndex { $0 < limit } ?? bytes.count
                    #expect(UTF8Scan.firstByte(below: limit, in: bytes, from: from, end: bytes.count) == walked)
                }
            }
        }
    }

    @Test func firstByteIsTheFirstEqualByte() {
        for bytes in Self.texts(400, salt: "equal") {
            for from in 0...bytes.count {
                let end = max(from, bytes.count - 3)
                for c: UInt8 in [UInt8(ascii: "]"), 0x20, 0xEF] {
                    let walked = bytes[from..<end].firstIndex(of: c) ?? end
                    #expect(UTF8Scan.firstByte(c, in: bytes, from: from, end: end) == walked)
                }
            }
        }
    }

    /// The one walk that finds where each inline scanner looks finds every scalar of its kinds.
    @Test func inlineCandidatesAreEveryScalarOfTheirKinds() {
        var rng = SplitMix(seed: TestSeed.value(default: 9, salt: "candidates"))
        let pieces = ["第", "意", "《", "》", "上", "下", "以", "参", "段", "“", "”", "‘", "’", "（", "）", "「", "】", "(", ")", "\"", "[", "]",
                      "R", "D", "O", "r", "¹", "²", "³", "⁰", "⁴", "⁹", "ⁱ", "·", "〈", "、", "。", "不", "会", "等", "—", "…", "⁵", "⁶", "⁷", "⁸", "『", "』", "【", "」", "〉", "‚", "„", "的", "及", "一", "，", "。", "a", " ", "😀", "é", "\n", "等", "感", "三"]
        for _ in 0..<300 {
            // Long enough for several sixteen-byte runs; a range inside the text, as a block is.
            let scalars = (0..<rng.next(120)).map { _ in pieces[rng.next(pieces.count)] }.joined().unicodeScalars.map { $0 }
            let text = String(String.UnicodeScalarView(scalars))
            let bytes = Array(text.utf8)
            let first = rng.next(scalars.count / 4 + 1), last = scalars.count - rng.next(scalars.count / 4 + 1)
            var expected: (marks: [Int], references: [Int], citations: [Int], superscripts: [Int]) = ([], [], [], [])
            var offset = 0, start = 0, end = bytes.count
            for (k, c) in scalars.enumerated() {
                if k == first { start = offset }
                if k == last { end = offset }
                defer { offset += String(c).utf8.count }
                guard k >= first && k < last else { continue }
                if "()\"[]“”‘’《》「」『』【】（）".unicodeScalars.contains(c) { expected.marks.append(offset) }
                if "上下以参段".unicodeScalars.contains(c) { expected.references.append(offset) }
                if "第意《RDO".unicodeScalars.contains(c) { expected.citations.append(offset) }
                if "¹²³⁰⁴⁵⁶⁷⁸⁹".unicodeScalars.contains(c) { expected.superscripts.append(offset) }
            }
            let found = InlineCandidates(bytes, in: ByteRange(start, max(start, end)))
            #expect(found.marks == expected.marks && found.references == expected.references && found.citations == expected.citations
                    && found.superscripts == expected.superscripts, "\(text)")
        }
    }
}
