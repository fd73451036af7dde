@testable import DraftSyntax
import TestSupport
import Testing

@Suite struct LineIndexTests {
    // "a汉😀b" = a(1 byte) 汉(3) 😀(4) b(1): UTF-16 columns 0 1 2 4, UTF-8 0 1 4 8.
    let text = SourceText("x\r\na汉😀b\nlast")

    @Test func offsetsToPositionsInEachEncoding() {
        let b = 3 + 1 + 3 + 4  // offset of "b" on line 1
        #expect(text.lines.position(of: b, in: .utf8) == LinePosition(line: 1, column: 8))
        #expect(text.lines.position(of: b, in: .utf16) == LinePosition(line: 1, column: 4))
        #expect(text.lines.position(of: b, in: .utf32) == LinePosition(line: 1, column: 3))
    }

    @Test func positionsToOffsetsRoundTrip() {
        for enc in PositionEncoding.allCases {
            for offset in [0, 1, 3, 4, 7, 11, 12, 13, 17] {
                let p = text.lines.position(of: offset, in: enc)
                #expect(text.lines.offset(of: p, in: enc) == offset, "\(enc) \(offset)")
            }
        }
    }

    @Test func carriageReturnBelongsToTheLineBreak() {
        #expect(text.lines.contentRange(ofLine: 0) == ByteRange(0, 1))
        #expect(text.lines.position(of: 2, in: .utf16) == LinePosition(line: 0, column: 1))
    }

    /// LSP ends a line at "\n", "\r\n" and a lone "\r"; so does every layer here.
    @Test func loneCarriageReturnEndsALine() {
        let t = SourceText("a\rb\r\nc\nd\r")
        #expect(t.lines.lineStarts == [0, 2, 5, 7, 9])
        #expect(t.lines.contentRange(ofLine: 0) == ByteRange(0, 1))
        #expect(t.lines.contentRange(ofLine: 1) == ByteRange(2, 3))
        #expect(t.lines.contentRange(ofLine: 3) == ByteRange(7, 8))
        #expect(t.lines.position(of: 2, in: .utf16) == LinePosition(line: 1, column: 0))
        #expect(t.lines.offset(of: LinePosition(line: 2, column: 0), in: .utf16) == 5)
    }

    /// Columns on long lines come from checkpoints; they must equal counting from the line start.
    @Test func longLinesCountAsFromTheLineStart() {
        var rng = SplitMix(seed: TestSeed.value(default: 7))
        let pieces = ["a", "汉", "😀", "\r", "\n", "\r\n", "“", " "]
        for round in 0..<20 {
            var s = ""
            for _ in 0..<rng.next(6000) { s += pieces[rng.next(400) < 398 ? rng.next(3) : rng.next(pieces.count)] }
            let t = SourceText(s)
            for _ in 0..<200 {
                let o = UTF8Scan.scalarStart(t.bytes, rng.next(t.count + 1))
                let line = t.lines.line(of: o)
                let content = t.lines.contentRange(ofLine: line)
                let clamped = min(max(o, content.start), content.end)
                let prefix = t.string(ByteRange(content.start, clamped))
                for enc in PositionEncoding.allCases {
                    let expected: Int
                    switch enc {
                    case .utf8: expected = prefix.utf8.count
                    case .utf16: expected = prefix.utf16.count
                    case .utf32: expected = prefix.unicodeScalars.count
                    }
                    let p = t.lines.position(of: o, in: enc)
                    #expect(p == LinePosition(line: line, column: expected), "round \(round) offset \(o) \(enc) \(TestSeed.replay(default: 7))")
                    #expect(t.lines.offset(of: p, in: enc) == clamped)
                }
            }
        }
    }

    /// Units between any two offsets, counted eight bytes at a time, are what stepping scalar by
    /// scalar counts, even from inside a scalar or to inside one.
    @Test func unitsBetweenAnyOffsetsAreCountedAsSteppingCounts() {
        var rng = SplitMix(seed: TestSeed.value(default: 7, salt: "units"))
        let pieces = ["a", "汉", "😀", "é", "“", " ", "1"]
        for _ in 0..<200 {
            let t = SourceText((0..<rng.next(80)).map { _ in pieces[rng.next(pieces.count)] }.joined())
            for _ in 0..<20 {
                let a = rng.next(t.count + 1), b = rng.next(t.count + 1)
                let (start, end) = (min(a, b), max(a, b))
                for enc in [PositionEncoding.utf16, .utf32] {
                    var n = 0, i = start
                    while i < end {
                        let len = UTF8Scan.length(lead: t.bytes[i])
                        n += enc == .utf16 && len == 4 ? 2 : 1
                        i += len
                    }
                    #expect(t.lines.units(from: start, to: end, enc) == n, "\(start)..<\(end) \(enc) \(TestSeed.replay(default: 7))")
                }
            }
        }
    }

    /// An edit's index equals a fresh one, line breaks and checkpoints alike, whatever bytes it
    /// puts beside a "\r" or a "\n".
    @Test func editedIndexEqualsAFreshOne() {
        var rng = SplitMix(seed: TestSeed.value(default: 11))
        let pieces = ["", "a", "汉字", "\r", "\n", "\r\n", String(repeating: "汉a", count: 700), "\n\n"]
        var t = SourceText(String(repeating: "汉字\r\n", count: 50) + String(repeating: "长", count: 2000) + "\rx\n")
        for step in 0..<400 {
            let start = rng.next(t.count + 1)
            let range = t.clamp(ByteRange(start, start + (rng.next(5) == 0 ? rng.next(3000) : rng.next(4))))
            t = t.replacing(range, with: pieces[rng.next(pieces.count)])
            #expect(t.lines == LineIndex(t.bytes), "step \(step) \(TestSeed.replay(default: 11))")
            if t.lines != LineIndex(t.bytes) { return }
        }
    }

    @Test func outOfRangePositionsAreClamped() {
        #expect(text.lines.offset(of: LinePosition(line: 99, column: 0), in: .utf16) == text.count)
        #expect(text.lines.offset(of: LinePosition(line: 1, column: 999), in: .utf16) == 12)
        #expect(text.lines.offset(of: LinePosition(line: -1, column: 5), in: .utf16) == 0)
        // A column inside the emoji's surrogate pair snaps back to the emoji's start.
        #expect(text.lines.offset(of: LinePosition(line: 1, column: 3), in: .utf16) == 7)
        #expect(text.lines.position(of: -5, in: .utf8) == LinePosition(line: 0, column: 0))
        #expect(text.lines.position(of: 10_000, in: .utf8) == LinePosition(line: 2, column: 4))
    }

    @Test func invalidUTF8IsRepairedNotFatal() {
        let t = SourceText(bytes: [0x61, 0xFF, 0xE6, 0x84, 0x0A, 0x62])
        #expect(t.wasRepaired)
        #expect(t.string(ByteRange(0, t.count)).hasPrefix("a\u{FFFD}"))
        #expect(t.lines.lineCount == 2)
    }

    /// The in-place validator agrees with the standard library on every edge of UTF-8.
    @Test(arguments: [
        [0x61], [0xC2, 0xA9], [0xC1, 0xBF], [0xC2], [0xE0, 0xA0, 0x80], [0xE0, 0x9F, 0xBF],
        [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xE6, 0x84], [0xF0, 0x90, 0x80, 0x80],
        [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
        [0x80], [0xFF], [0xE6, 0x84, 0x8F, 0x61, 0xE6, 0x84],
    ] as [[UInt8]])
    func validatorAgreesWithStandardLibrary(_ bytes: [UInt8]) {
        #expect(UTF8Scan.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil))
    }
}

/// The word-at-a-time scans agree with the plain loops they replace, on random bytes.
@Suite struct FastScanTests {
    @Test func firstByteFindsWhatALoopFinds() {
        var rng = SplitMix(seed: TestSeed.value(default: 3))
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0...70, using: &rng)).map { _ in [0x0A, 0x5B, 0x41, 0xE7, 0xAC][Int.random(in: 0...4, using: &rng)] as UInt8 }
            let from = Int.random(in: 0...bytes.count, using: &rng), end = Int.random(in: from...bytes.count, using: &rng)
            for c: UInt8 in [0x0A, 0x5B] {
                let expected = bytes[from..<end].firstIndex(of: c) ?? end
                #expect(UTF8Scan.firstByte(c, in: bytes, from: from, end: end) == expected)
            }
        }
    }

    @Test func validationAgreesWithTheStandardLibrary() {
        var rng = SplitMix(seed: TestSeed.value(default: 5))
        let pieces: [[UInt8]] = [Array("汉字".utf8), Array("abcdefghij".utf8), Array("é".utf8), Array("😀".utf8), [0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80],
                                 [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE7, 0xAC], [0x80], [0xFF]]
        for _ in 0..<500 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...8, using: &rng) { bytes += pieces[Int.random(in: 0..<pieces.count, using: &rng)] }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(UTF8Scan.isValid(bytes) == expected, "\(bytes)")
        }
    }

    /// Sixteen bytes at a time, every part of a text: bad bytes inside a block, across two, in
    /// the bytes a block looks back at, and at both ends of the range.
    @Test func validationOfAnyRangeAgreesWithTheStandardLibrary() {
        var rng = SplitMix(seed: TestSeed.value(default: 7))
        let good: [[UInt8]] = [Array("汉".utf8), Array("a".utf8), Array("é".utf8), Array("😀".utf8), Array("，".utf8)]
        let bad: [[UInt8]] = [[0xED, 0xA0, 0x80], [0xE0, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xC1, 0xBF],
                              [0xE7, 0xAC], [0xF0, 0x9F, 0x98], [0xC2], [0x80], [0xF5], [0xF7], [0xF8], [0xFF]]
        for trial in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...40, using: &rng) {
                bytes += Int.random(in: 0..<12, using: &rng) == 0 ? bad[Int.random(in: 0..<bad.count, using: &rng)] : good[Int.random(in: 0..<good.count, using: &rng)]
            }
            if trial % 4 == 0 && !bytes.isEmpty { bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
            let lower = Int.random(in: 0...bytes.count, using: &rng), upper = Int.random(in: lower...bytes.count, using: &rng)
            let expected = String(validating: bytes[lower..<upper], as: UTF8.self) != nil
            #expect(UTF8Scan.isValid(bytes, in: lower..<upper) == expected, "\(bytes) \(lower)..<\(upper)")
        }
    }
}
