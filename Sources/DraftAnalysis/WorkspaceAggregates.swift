import DraftSyntax
import Synchronization

/// One edition of an instrument as the workspace cites it: which files cite it so, and the first
/// such citation.
public struct EditionVote: Sendable {
    public let edition: Revision
    public var files: Set<String>
    public let first: (file: FileSummary, citation: Citation)
}

/// The workspace's answers about one instrument, each computed once per state of the index:
/// the workspace rules ask the same questions of every file, and a thousand files citing
/// Resolution 71 must not make a thousand walks over the thousand files.
final class WorkspaceAggregates: @unchecked Sendable {
    private struct State {
        var votes: [CitationIdentity: [EditionVote]] = [:]
        var taught: [String: TaughtTitle?] = [:]
        var hasRevisions: [CitationIdentity: Bool] = [:]
    }
    private let state = Mutex(State())

    func votes(_ id: CitationIdentity, compute: () -> [EditionVote]) -> [EditionVote] {
        if let hit = state.withLock({ $0.votes[id] }) { return hit }
        let v = compute()
        state.withLock { $0.votes[id] = v }
        return v
    }

    func taught(_ key: String, compute: () -> TaughtTitle?) -> TaughtTitle? {
        if let hit = state.withLock({ $0.taught[key] }) { return hit }
        let t = compute()
        state.withLock { $0.taught[key] = .some(t) }
        return t
    }

    func hasRevisions(_ id: CitationIdentity, compute: () -> Bool) -> Bool {
        if let hit = state.withLock({ $0.hasRevisions[id] }) { return hit }
        let h = compute()
        state.withLock { $0.hasRevisions[id] = h }
        return h
    }
}

public typealias TaughtTitle = (title: String, file: FileSummary, citation: Citation)
