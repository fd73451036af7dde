import Synchronization

/// Reads text as a citation sees it: through Markdown link syntax, Word artefacts and line
/// breaks, so that "[第611号决定（理事会](#)\n\n[2020年会议，修订版](#)）" is one citation.
struct LogicalCursor {
    let bytes: [UInt8]
    let markup: Markup
    /// Where the block ends: a citation never reads into the next block.
    let end: Int
    /// Parsed revisions by their text: a draft cites the same few instruments again and again.
    let revisions: RevisionMemo

    /// The first offset at or after `i` that is text (not markup, not a line break).
    func normalize(_ i: Int) -> Int {
        var j = i
        var idx = markup.ignorable.partitionIndex { $0.end <= j }
        while j < end {
            if bytes[j] == 0x0A || bytes[j] == 0x0D { j += 1; continue }
            if idx < markup.ignorable.count && markup.ignorable[idx].start <= j {
                j = markup.ignorable[idx].end; idx += 1; continue
            }
            while idx < markup.ignorable.count && markup.ignorable[idx].end <= j { idx += 1 }
            break
        }
        return j
    }

    func scalar(_ i: Int) -> (UInt32, Int) {
        guard i < end else { return (0, i) }
        let (c, len) = UTF8Scan.scalar(bytes, at: i)
        return (c, i + len)
    }

    /// Matches `needle` scalar by scalar, allowing markup and line breaks between scalars.
    func match(_ needle: [UInt8], at i: Int) -> Int? {
        var j = normalize(i)
        var k = 0
        while k < needle.count {
            let len = UTF8Scan.length(lead: needle[k])
            guard j + len <= end else { return nil }
            for m in 0..<len where bytes[j + m] != needle[k + m] { return nil }
            k += len
            j = k < needle.count ? normalize(j + len) : j + len
        }
        return j
    }
}

/// Parsed revisions by their text, shared by the blocks of one parse (on every core): a draft
/// cites the same few editions thousands of times, and each block's own memo parsed them again.
final class RevisionMemo: Sendable {
    /// Keyed by slices of the text itself: a lookup copies nothing.
    private let known = Mutex<[ArraySlice<UInt8>: Revision?]>([:])

    init() {}

    func revision(of content: ArraySlice<UInt8>) -> Revision? {
        if let hit = known.withLock({ $0[content] }) { return hit }
        // Parsed outside the lock: two blocks meeting a new edition at once both parse it, alike.
        let parsed = CitationScanner.revision(from: String(decoding: content, as: UTF8.self))
        known.withLock { $0[content] = parsed }
        return parsed
    }
}
