import DraftSyntax
import Synchronization

/// One edition of an instrument as the workspace cites it: which files cite it so, and the first
/// such citation.
public struct EditionVote: Sendable {
    public let edition: Revision
    /// The files citing it so, sorted.
    public var files: [String]
    public let first: (file: FileSummary, citation: Citation)
    /// That first citation as written.
    public let written: String
}

/// The workspace's answers about one instrument, each computed once per state of the index from
/// its tally: the workspace rules ask the same questions of every file.
final class WorkspaceAggregates: @unchecked Sendable {
    private struct State {
        var votes: [CitationIdentity: [EditionVote]] = [:]
        var taught: [String: TaughtTitle?] = [:]
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
}

public typealias TaughtTitle = (title: String, file: FileSummary, citation: Citation)
