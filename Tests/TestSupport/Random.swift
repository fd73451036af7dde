// Shared by the test targets: replayable randomness for property tests.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A deterministic generator (SplitMix64): the same seed gives the same run.
public struct SplitMix: RandomNumberGenerator {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound (0 when bound is 0).
    public mutating func next(_ bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }
}

/// The seed of a property test: ITUDRAFT_TEST_SEED when set (to replay a failure whose message
/// printed it), else the test's own fixed default, mixed with `salt` so each case differs.
public enum TestSeed {
    public static func value(default fallback: UInt64, salt: String = "") -> UInt64 {
        salt.utf8.reduce(base(default: fallback)) { $0 &* 31 &+ UInt64($1) }
    }

    public static func base(default fallback: UInt64) -> UInt64 {
        getenv("ITUDRAFT_TEST_SEED").flatMap { UInt64(String(cString: $0)) } ?? fallback
    }

    /// How many steps a random test takes: ITUDRAFT_RANDOM_STEPS when set, for a longer run.
    public static func steps(default fallback: Int) -> Int {
        getenv("ITUDRAFT_RANDOM_STEPS").flatMap { Int(String(cString: $0)) } ?? fallback
    }

    /// How to replay a run, for a failure message.
    public static func replay(default fallback: UInt64) -> String { "replay with ITUDRAFT_TEST_SEED=\(base(default: fallback))" }
}
