@testable import DraftSyntax
import Foundation
import Testing
import TestSupport

/// A text validated and indexed while it is read, part after part: the text a whole read gives.
@Suite struct StreamedTextTests {
    /// `bytes` given to `streamed` in parts of random sizes (one byte, or cutting scalars and
    /// line breaks), each told as it is written.
    func streamed(_ bytes: [UInt8], _ rng: inout SplitMix) -> SourceText? {
        var sizes: [Int] = []
        var left = bytes.count
        while left > 0 {
            let k = min(left, [1, 2, 3, 7, 16, 17, 100, 4096][Int.random(in: 0..<8, using: &rng)])
            sizes.append(k)
            left -= k
        }
        return SourceText.streamed(count: bytes.count) { buffer, progress in
            var n = 0
            for k in sizes {
                for j in 0..<k { buffer[n + j] = bytes[n + j] }
                n += k
                progress(n)
            }
            return n
        }
    }

    func same(_ a: SourceText?, _ b: SourceText) -> Bool {
        guard let a else { return false }
        return a.bytes == b.bytes && a.wasRepaired == b.wasRepaired && a.lines == b.lines
    }

    @Test func aTextReadInPartsIsTheTextReadWhole() {
        var rng = SplitMix(seed: TestSeed.value(default: 11))
        let pieces: [[UInt8]] = [Array("认为\n".utf8), Array("1\t一。".utf8), Array("😀".utf8), Array("ab c".utf8), Array("\n".utf8), Array("，".utf8)]
        let bad: [[UInt8]] = [[0xFF], [0xE8], [0xED, 0xA0, 0x80], [0x80], Array("\r\n".utf8), Array("\r".utf8)]
        for trial in 0..<200 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...400, using: &rng) {
                bytes += trial % 2 == 0 || Int.random(in: 0..<50, using: &rng) > 0 ? pieces[Int.random(in: 0..<pieces.count, using: &rng)] : bad[Int.random(in: 0..<bad.count, using: &rng)]
            }
            #expect(same(streamed(bytes, &rng), SourceText(bytes: bytes)), "\(bytes)")
        }
    }

    @Test func aTextThatIsNotWhatWasAnnouncedIsNil() {
        let short = SourceText.streamed(count: 10) { buffer, progress in
            for j in 0..<4 { buffer[j] = 0x61 }
            progress(4)
            return 4
        }
        #expect(short == nil)
        let long = SourceText.streamed(count: 3) { buffer, progress in
            for j in 0..<3 { buffer[j] = 0x61 }
            progress(3)
            return 4  // a byte more than there is room for: the file grew
        }
        #expect(long == nil)
        #expect(SourceText.streamed(count: 0) { _, _ in 0 }?.bytes == [])
    }

    /// With no core free to scan (one core, busy), the reader scans once it has read all,
    /// instead of waiting for ever; the scan asked for later finds nothing left to do.
    @Test func aScanNoCoreTookUpIsDoneByTheReader() {
        let held = DispatchQueue(label: "held")
        held.suspend()
        let bytes = Array(String(repeating: "认为\n1\t一。\n", count: 500).utf8)
        let text = SourceText.streamed(count: bytes.count, scanningOn: held) { buffer, progress in
            for (j, b) in bytes.enumerated() { buffer[j] = b }
            progress(bytes.count)
            return bytes.count
        }
        held.resume()
        #expect(same(text, SourceText(bytes: bytes)))
        held.sync {}
    }

    struct Broken: Error {}

    @Test func aReadThatFailsStopsTheScanAndThrows() {
        #expect(throws: Broken.self) {
            _ = try SourceText.streamed(count: 1000) { buffer, progress in
                for j in 0..<10 { buffer[j] = 0x61 }
                progress(10)
                throw Broken()
            }
        }
    }
}
