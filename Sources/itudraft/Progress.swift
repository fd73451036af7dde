import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// "Checked 120/1000 files" on standard error while a long run goes on, when standard error
/// is a terminal: never on a pipe or in a file, where it would be noise in a log. It appears
/// after 300 ms (short runs show nothing), is redrawn at most every 100 ms, and is erased at
/// the end. `ITUDRAFT_PROGRESS=always|never` overrides the terminal test and the delay.
final class Progress: Sendable {
    private struct State {
        var done = 0
        var lastDraw: UInt64 = 0
        var drawn = false
    }
    private let total: Int
    private let enabled: Bool
    private let delay: UInt64
    private let start = Progress.now()
    private let state = Mutex(State())
    private let zh: Bool

    init(total: Int, environment: [String: String], zh: Bool) {
        self.total = total
        self.zh = zh
        switch environment["ITUDRAFT_PROGRESS"] {
        case "always": enabled = total > 0; delay = 0
        case "never": enabled = false; delay = 0
        default: enabled = total > 1 && isatty(2) == 1 && environment["TERM"] != "dumb"; delay = 300_000_000
        }
    }

    static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    /// One more file done (any thread).
    func tick() {
        guard enabled else { return }
        // Timed and written under the lock: two files done at once must not draw their counts
        // out of order, nor see a clock earlier than the last draw (an unsigned difference).
        state.withLock { s in
            let t = Progress.now()
            s.done += 1
            guard t - start >= delay, t - s.lastDraw >= 100_000_000 || s.done == total else { return }
            s.lastDraw = t
            s.drawn = true
            FileIO.writeStderr("\r\u{1B}[K" + (zh ? "已检查 \(s.done)/\(total) 个文件" : "Checked \(s.done)/\(total) files"))
        }
    }

    /// Erases the line, before the report is written.
    func finish() {
        if state.withLock({ $0.drawn }) { FileIO.writeStderr("\r\u{1B}[K") }
    }
}
