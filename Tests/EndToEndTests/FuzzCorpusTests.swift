import Foundation
import Testing

/// The fuzz target's checks, replayed on its corpus (the seeds and a small instrument of each
/// shape): what the fuzzer searches around must hold on every run of `swift test` too.
@Suite struct FuzzCorpusTests {
    @Test func theCorpusHoldsEveryProperty() throws {
        let replay = Binary.built("itudraft-fuzz")
        let r = try Binary.run([Binary.root.appendingPathComponent("Tests/Fuzz/corpus").path, Binary.root.appendingPathComponent("seeds").path],
                               timeout: 120, executable: replay)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("20 inputs, no violation"))
    }

    @Test func withoutInputsItSaysHowToUseIt() throws {
        let r = try Binary.run([], executable: Binary.built("itudraft-fuzz"))
        #expect(r.status == 2 && r.stderr.contains("usage: itudraft-fuzz"))
    }
}
