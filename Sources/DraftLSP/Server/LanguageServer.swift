import DraftAnalysis
import DraftSyntax
import Dispatch
import FoundationEssentials
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// An error answered to a request.
struct ResponseError: Error {
    let code: Int
    let message: String
}

/// The language server: lifecycle, the document store, dispatch and diagnostics scheduling.
/// All state is touched on one thread (the main loop, or the test driving it); the stdin reader
/// only enqueues bodies and records cancellations.
public final class LanguageServer: @unchecked Sendable {
    enum Phase { case uninitialized, running, shuttingDown }

    let sink: MessageSink
    var phase = Phase.uninitialized
    var encoding = PositionEncoding.utf16
    var language = TextLanguage.en
    var client = ClientCapabilities()
    var documents: [String: OpenDocument] = [:]
    /// When each document's diagnostics are due (debounced after a change).
    var due: [String: UInt64] = [:]
    var lastPublished: [String: [LSPDiagnostic]] = [:]
    var diagnosticsDelayNanos: UInt64 = 150_000_000
    public internal(set) var exitCode: Int32?

    // Workspace: folders, configurations, the index of files on disk.
    var roots: [String] = []
    let settings = SettingsStore(exists: { FileManager.default.fileExists(atPath: $0) },
                                 read: { try FileReading.read($0) })
    var index = WorkspaceIndex()
    /// Open documents whose summary in `index` is older than their text.
    var staleSummaries: Set<String> = []
    var indexing = IndexingState()
    /// Configuration files with findings published, to clear them once fixed.
    var configFindings: [String: String] = [:]
    /// Requests the server sent and awaits: id → method.
    var outgoing: [JSONValue: (method: String, about: JSONValue)] = [:]
    var nextOutgoingID = 1
    /// Messages to show once the client is ready for them (after `initialized`).
    var pendingMessages: [String] = []
    var semanticTokens = SemanticTokensCache()
    var lensDocuments = LensDocuments()
    /// Configuration files open in the editor, checked as they are typed.
    var configBuffers: [String: SourceText] = [:]

    private let inbox = Mutex<[Incoming]>([])
    private let wake = DispatchSemaphore(value: 0)
    let cancelled = Mutex<Set<JSONValue>>([])

    enum Incoming {
        case body([UInt8])
        case badHeader(String)
        case end
        /// Summaries from the background indexer; `generation` tells a stale walk's from the current one's.
        case indexed(generation: Int, [FileSummary], total: Int, finished: Bool, truncated: Bool)
    }

    public init(sink: MessageSink) { self.sink = sink }

    // MARK: Running over stdio

    /// Reads `inputFD` on its own thread and serves until `exit` or the end of input.
    public func run(inputFD: Int32) -> Int32 {
        MallocTuning.limitArenas()
        let reading = StdinReader.start(fd: inputFD, onBody: { [self] body in enqueue(.body(body)) },
                                        onBadHeader: { [self] h in enqueue(.badHeader(h)) }, onEnd: { [self] in enqueue(.end) })
        guard reading else {
            log("cannot start the thread that reads the client's messages")
            return 1
        }
        while exitCode == nil {
            if let next = due.values.min() {
                _ = wake.wait(timeout: DispatchTime(uptimeNanoseconds: next))
            } else {
                wake.wait()
            }
            let batch = inbox.withLock { q -> [Incoming] in defer { q.removeAll() }; return q }
            for item in batch where exitCode == nil {
                switch item {
                case .body(let b): handle(b)
                case .badHeader(let h): log("ignored a message with a bad header: \(h.prefix(80))")
                case .end: exitCode = phase == .shuttingDown ? 0 : 1
                case .indexed(let g, let batch, let total, let finished, let truncated):
                    receiveIndexed(generation: g, batch, total: total, finished: finished, truncated: truncated)
                }
            }
            publishDue(now: DispatchTime.now().uptimeNanoseconds)
            releaseRetired()
        }
        return exitCode!
    }

    func enqueue(_ item: Incoming) {
        if case .body(let b) = item { noteCancellation(b) }
        inbox.withLock { $0.append(item) }
        wake.signal()
    }

    /// Cancellations must not wait behind the requests they cancel: they are noted on arrival.
    private func noteCancellation(_ body: [UInt8]) {
        guard body.count < 200, let msg = try? JSONDecoder().decode(JSONValue.self, from: Data(body)),
              msg["method"].string == "$/cancelRequest" else { return }
        let id = msg["params"]["id"]
        cancelled.withLock { _ = $0.insert(id) }
    }

    /// Waits for the background indexer and handles what it sent (in-process tests and benchmarks).
    public func finishBackgroundWork() {
        indexing.group.wait()
        let batch = inbox.withLock { q -> [Incoming] in defer { q.removeAll() }; return q }
        for case .indexed(let g, let summaries, let total, let finished, let truncated) in batch {
            receiveIndexed(generation: g, summaries, total: total, finished: finished, truncated: truncated)
        }
    }

    /// Handles bodies that arrived together, as the main loop does with one read's worth.
    public func deliver(_ bodies: [[UInt8]]) {
        for b in bodies { noteCancellation(b) }
        for b in bodies where exitCode == nil { handle(b) }
        releaseRetired()
    }

    /// Snapshots replaced by edits are freed once what the edits called for is done.
    func releaseRetired() {
        for doc in documents.values { doc.releaseRetired() }
    }
}
