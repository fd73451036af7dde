import Dispatch
import Synchronization

extension SourceText {
    /// A text of `count` bytes that `fill` writes in order into the buffer it is given, calling
    /// `progress(n)` whenever its first n bytes are final: they are validated and their lines
    /// found on another core meanwhile, so that reading a long file and scanning it overlap.
    /// The same text as `SourceText(bytes:)` of those bytes; nil when `fill` gives other than
    /// `count` bytes (a file that changed size while it was read).
    public static func streamed(count: Int, _ fill: (_ buffer: UnsafeMutableBufferPointer<UInt8>, _ progress: (Int) -> Void) throws -> Int) rethrows -> SourceText? {
        try streamed(count: count, scanningOn: .global(qos: .userInitiated), fill)
    }

    /// `queue`: where the scan is asked to run (a test holds it back).
    static func streamed(count: Int, scanningOn queue: DispatchQueue,
                         _ fill: (_ buffer: UnsafeMutableBufferPointer<UInt8>, _ progress: (Int) -> Void) throws -> Int) rethrows -> SourceText? {
        guard count > 0 else { return try fill(UnsafeMutableBufferPointer(start: nil, count: 0)) { _ in } == 0 ? SourceText(bytes: []) : nil }
        let fed = Feed(), job = ScanJob()
        var scanned: StreamScan?
        var given = 0
        let bytes = try [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let read = UnsafeBufferPointer(buffer)
            queue.async { job.runIfFree(read, fed) }
            // The scan stops at the end of what was given, and ends before the buffer can go.
            defer {
                fed.finish(at: given)
                _ = job.result(read, fed)
            }
            given = try fill(buffer) { fed.advance(to: min($0, count)) }
            fed.finish(at: given)
            scanned = job.result(read, fed)
            initialized = min(given, count)
        }
        guard given == count, let scanned else { return nil }
        guard scanned.valid else { return SourceText(bytes: bytes) }
        return SourceText(validBytes: bytes, lines: scanned.lineStarts.map { LineIndex(bytes, lineStarts: $0) } ?? LineIndex(bytes))
    }
}

/// The scan of a text being read, by another core, or by the reader once it has read all when
/// no core took it up (a reader that waited for a task queued behind it could wait for ever
/// on a machine with one core).
private final class ScanJob: Sendable {
    private let state = Mutex((claimed: false, result: StreamScan?.none))
    private let finished = DispatchSemaphore(value: 0)

    func runIfFree(_ buf: UnsafeBufferPointer<UInt8>, _ feed: Feed) {
        guard claim() else { return }
        let result = StreamScan(buf, feed)
        state.withLock { $0.result = result }
        finished.signal()
    }

    /// For the reader, once it has read all (or failed): the scan, done here if it had not begun.
    func result(_ buf: UnsafeBufferPointer<UInt8>, _ feed: Feed) -> StreamScan? {
        if claim() {
            let result = StreamScan(buf, feed)
            state.withLock { $0.result = result }
            return result
        }
        if state.withLock({ $0.result }) == nil { finished.wait() }
        return state.withLock { $0.result }
    }

    private func claim() -> Bool {
        state.withLock { s in
            if s.claimed { return false }
            s.claimed = true
            return true
        }
    }
}

/// How far the bytes being read are final, told by the thread that reads to the one that scans.
private final class Feed: Sendable {
    private let state = Mutex((filled: 0, ended: false))
    private let more = DispatchSemaphore(value: 0)

    func advance(to n: Int) {
        state.withLock { $0.filled = max($0.filled, n) }
        more.signal()
    }

    func finish(at n: Int) {
        state.withLock { $0 = (max($0.filled, n), true) }
        more.signal()
    }

    /// Waits until more than `seen` bytes are final, or the reading ended.
    func wait(after seen: Int) -> (filled: Int, ended: Bool) {
        while true {
            let s = state.withLock { $0 }
            if s.ended || s.filled > seen { return s }
            more.wait()
        }
    }
}

/// Validation and line starts of a text, part after part as they are read.
private struct StreamScan {
    var valid = true
    /// nil when the text holds a "\r": its lines are found once it is whole.
    var lineStarts: [Int]? = [0]

    init(_ buf: UnsafeBufferPointer<UInt8>, _ feed: Feed) {
        lineStarts?.reserveCapacity(buf.count / 40 + 1)
        var validated = 0, indexed = 0
        while true {
            let (filled, ended) = feed.wait(after: indexed)
            let end = min(filled, buf.count)
            if lineStarts != nil && !LineIndex.appendLineFeedStarts(buf, in: indexed..<end, to: &lineStarts!) { lineStarts = nil }
            indexed = end
            // Up to the last scalar that may go on past what is read, validated when it is whole.
            var cut = end
            if !ended {
                cut = end - 1
                while cut > max(validated, end - 4) && buf[cut] & 0xC0 == 0x80 { cut -= 1 }
                if cut <= validated { cut = validated }
            }
            if valid && cut > validated { valid = UTF8Scan.isValid(buf, in: validated..<cut) }
            validated = cut
            if ended { break }
        }
    }
}
