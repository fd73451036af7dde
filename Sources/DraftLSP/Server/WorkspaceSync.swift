import DraftAnalysis
import DraftSyntax
import Dispatch
import FoundationEssentials

/// Where the background index stands, and whether the client shows its progress.
struct IndexingState {
    /// A progress token serves one begin … end: each walk asks the client for its own.
    enum Progress { case off, requested, begun }
    var generation = 0
    var done = 0
    var total = 0
    var running = false
    var progress = Progress.off
    let group = DispatchGroup()
    var token: JSONValue { .string("itudraft/index/\(generation)") }
}

/// Keeping the workspace current: folders, the background index, file watchers, configuration
/// files and the editor's settings. Nothing here waits for the client: a client that never
/// answers the server's requests (ALE) gets no progress and no watchers, and loses nothing else.
extension LanguageServer {
    static func workspaceRoots(_ params: JSONValue) -> [String] {
        if let folders = params["workspaceFolders"].array, !folders.isEmpty {
            return folders.compactMap { $0["uri"].string.flatMap(URIPath.path) }
        }
        if let uri = params["rootUri"].string, let path = URIPath.path(uri) { return [path] }
        if let path = params["rootPath"].string, !path.isEmpty { return [path] }
        return []
    }

    static func isConfiguration(_ uri: String) -> Bool { uri.hasSuffix("/" + Configuration.fileName) }

    func initialized() {
        for m in pendingMessages { showMessage(m, type: 1) }
        pendingMessages = []
        if client.watchedFilesRegistration {
            let watchers: [JSONValue] = ["**/*.txt", "**/*.md", "**/" + Configuration.fileName].map { .object(["globPattern": .string($0)]) }
            sendRequest("client/registerCapability", .object(["registrations": .array([.object([
                "id": .string("itudraft-watched-files"), "method": .string("workspace/didChangeWatchedFiles"),
                "registerOptions": .object(["watchers": .array(watchers)]),
            ])])]))
        }
        startIndexing()
    }

    /// Walks the workspace folders on another thread; summaries come back through the inbox in batches.
    func startIndexing() {
        indexing.generation += 1
        indexing.done = 0
        indexing.total = 0
        guard !roots.isEmpty else { return }
        indexing.running = true
        if client.workDoneProgress {
            indexing.progress = .requested
            sendRequest("window/workDoneProgress/create", .object(["token": indexing.token]), about: indexing.token)
        }
        let generation = indexing.generation
        let roots = self.roots
        let store = SettingsStore(exists: settings.exists, read: settings.read)
        let group = indexing.group
        group.enter()
        DispatchQueue.global().async { [self] in
            defer { group.leave() }
            // Each file's own configuration decides whether it is left out, as in `check`.
            let (files, truncated) = Indexer.files(under: roots) { path in
                guard let (_, result) = store.configuration(forFile: path), case .success(let loaded) = result else { return false }
                return loaded.skips(path)
            }
            var batch: [FileSummary] = []
            for (n, path) in files.enumerated() {
                if let s = Indexer.summary(ofFile: path) { batch.append(s) }
                if batch.count == 50 || n == files.count - 1 {
                    enqueue(.indexed(generation: generation, batch, total: files.count, finished: n == files.count - 1, truncated: truncated))
                    batch = []
                }
            }
            if files.isEmpty { enqueue(.indexed(generation: generation, [], total: 0, finished: true, truncated: truncated)) }
        }
    }

    func receiveIndexed(generation: Int, _ batch: [FileSummary], total: Int, finished: Bool, truncated: Bool) {
        guard generation == indexing.generation else { return }
        // An open document's buffer is fresher than its file.
        for s in batch where documents[s.key] == nil { indexUpdate(s) }
        indexing.done += batch.count
        indexing.total = total
        if indexing.progress == .begun {
            let percent = total == 0 ? 100 : min(100, indexing.done * 100 / total)
            sendProgress(["kind": .string("report"), "message": .string("\(indexing.done)/\(total)"), "percentage": .int(percent)])
        }
        guard finished else { return }
        indexing.running = false
        if indexing.progress == .begun {
            sendProgress(["kind": .string("end"), "message": .string(language == .zh ? "已索引 \(indexing.done) 个文件" : "indexed \(indexing.done) files")])
        }
        indexing.progress = .off
        if truncated { log("the workspace holds more than \(Indexer.maxFiles) drafts; the index stops there") }
        // Cross-file findings of the open documents may change with what was found.
        for uri in documents.keys { due[uri] = 0 }
    }

    func receiveResponse(id: JSONValue, failed: Bool) {
        guard let (method, about) = outgoing.removeValue(forKey: id) else { return }
        if method == "window/workDoneProgress/create" {
            // Only the current walk's token, and only while it still runs, begins a progress.
            guard about == indexing.token, indexing.progress == .requested else { return }
            guard !failed else { indexing.progress = .off; return }
            if indexing.running {
                indexing.progress = .begun
                sendProgress(["kind": .string("begin"), "title": .string(language == .zh ? "itudraft 正在索引" : "itudraft indexing"),
                              "percentage": .int(0), "cancellable": .bool(false)])
            }
        }
    }

    func sendProgress(_ value: [String: JSONValue]) {
        send(notification: "$/progress", params: JSONValue.object(["token": indexing.token, "value": .object(value)]))
    }

    /// Sends a request to the client; its answer is matched by id (`about` is what it concerns).
    func sendRequest(_ method: String, _ params: JSONValue, about: JSONValue = .null) {
        let id = JSONValue.string("itudraft-\(nextOutgoingID)")
        nextOutgoingID += 1
        outgoing[id] = (method, about)
        if let body = try? encode(JSONValue.object(["jsonrpc": .string("2.0"), "id": id, "method": .string(method), "params": params])) {
            sink.send(body)
        }
    }

    func showMessage(_ message: String, type: Int) {
        send(notification: "window/showMessage", params: JSONValue.object(["type": .int(type), "message": .string("itudraft: " + message)]))
    }

    func didChangeConfiguration(_ params: JSONValue) {
        let value = params["settings"]
        // Clients nest the settings under the server's name, or send them bare.
        let ours = value["itudraft"].isNull ? value : value["itudraft"]
        if let refused = settings.setEditorSettings(ours) { showMessage("settings: \(refused)", type: 1) }
        if let ms = ours["diagnosticsDelayMs"].int, ms >= 0 { diagnosticsDelayNanos = UInt64(ms) * 1_000_000 }
        reconfigureAll()
    }

    func didChangeWorkspaceFolders(_ params: JSONValue) {
        let removed = Set((params["event"]["removed"].array ?? []).compactMap { $0["uri"].string.flatMap(URIPath.path) })
        let added = (params["event"]["added"].array ?? []).compactMap { $0["uri"].string.flatMap(URIPath.path) }
        roots = roots.filter { !removed.contains($0) } + added
        settings.root = roots.first
        index = WorkspaceIndex()
        for uri in documents.keys { staleSummaries.insert(uri) }
        startIndexing()
    }

    func didChangeWatchedFiles(_ params: JSONValue) {
        var touched = false
        for change in params["changes"].array ?? [] {
            guard let uri = change["uri"].string else { continue }
            if Self.isConfiguration(uri) { return configurationChanged() }
            guard uri.hasSuffix(".txt") || uri.hasSuffix(".md"), documents[uri] == nil, let path = URIPath.path(uri) else { continue }
            touched = true
            if change["type"].int == 3 || settingsSkip(path) {
                index.remove(uri)
            } else if let s = Indexer.summary(ofFile: path) {
                indexUpdate(s)
            }
        }
        if touched { for uri in documents.keys { due[uri] = 0 } }
    }

    /// A configuration file changed on disk: everything read from it is read again.
    func configurationChanged() {
        settings.invalidate()
        reconfigureAll()
        index = WorkspaceIndex()
        for uri in documents.keys { staleSummaries.insert(uri) }
        startIndexing()
    }

    func reconfigureAll() {
        for (uri, doc) in documents { doc.reconfigure(settings.settings(forFile: URIPath.path(uri))) }
        publishConfigurationFindings()
        lastPublished = [:]
        for uri in documents.keys { publishNow(uri) }
        // Hints may have been switched on or off.
        if client.inlayHintRefresh { sendRequest("workspace/inlayHint/refresh", .null) }
    }

    /// Whether the configuration governing `path` leaves it out of the workspace.
    func settingsSkip(_ path: String) -> Bool {
        guard let (_, result) = settings.configuration(forFile: path), case .success(let l) = result else { return false }
        return l.skips(path)
    }

    /// Checks a configuration file's text as the user types it, and reports what is wrong on it.
    func checkConfiguration(_ uri: String, text: String) {
        var failure: Configuration.Invalid?
        do { _ = try Configuration(json: Array(text.utf8)) } catch let e as Configuration.Invalid { failure = e } catch {
            failure = Configuration.Invalid(reason: "\(error)")
        }
        publishConfigurationFinding(uri: uri, text: SourceText(text), reason: failure?.reason, culprit: failure?.culprit)
    }

    /// Publishes the problems of every configuration file loaded for open documents (and clears fixed ones).
    func publishConfigurationFindings() {
        for (path, failure) in settings.loadedFiles where configFindings[URIPath.uri(path)] != failure?.reason {
            let text = SourceText(bytes: (try? settings.read(path)) ?? [])
            publishConfigurationFinding(uri: URIPath.uri(path), text: text, reason: failure?.reason, culprit: failure?.culprit)
            if let failure { showMessage("\(path): \(failure.reason); its settings are not applied", type: 1) }
        }
    }

    func publishConfigurationFinding(uri: String, text: SourceText, reason: String?, culprit: String?) {
        var items: [LSPDiagnostic] = []
        if let reason {
            // Point at the culprit as written ("key" or value), else at the first line.
            var range = text.lines.contentRange(ofLine: 0)
            if let culprit, let at = Self.find(Array("\"\(culprit)\"".utf8), in: text.bytes) {
                range = ByteRange(at, at + culprit.utf8.count + 2)
            }
            let conv = Converter(text: text, encoding: encoding)
            items.append(LSPDiagnostic(range: conv.range(range), severity: 1, code: "invalid-configuration", source: ToolInfo.name,
                                       message: reason, relatedInformation: nil))
        }
        if configFindings[uri] == reason { return }
        configFindings[uri] = reason
        send(notification: "textDocument/publishDiagnostics", params: PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: items))
    }

    /// Where `needle` (starting with an ASCII byte) first occurs in `bytes`.
    static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        var i = UTF8Scan.firstByte(needle[0], in: bytes, from: 0, end: bytes.count)
        while i < bytes.count {
            if UTF8Scan.hasBytes(bytes, needle, at: i) { return i }
            i = UTF8Scan.firstByte(needle[0], in: bytes, from: i + 1, end: bytes.count)
        }
        return nil
    }

    // MARK: The index as features see it

    /// The index with every open document's current version in it.
    func currentIndex() -> WorkspaceIndex {
        for uri in staleSummaries { if let doc = documents[uri] { updateSummary(uri, doc.snapshot) } }
        staleSummaries = []
        return index
    }

    /// Puts `snap` in the index; when what it cites changed, the other open documents are re-checked.
    func updateSummary(_ uri: String, _ snap: Snapshot) {
        guard indexUpdate(snap.summary) else { return }
        for other in documents.keys where other != uri && due[other] == nil { due[other] = DispatchTime.now().uptimeNanoseconds + diagnosticsDelayNanos }
    }

    /// A document's findings: its own and those comparing it with the workspace, less the suppressed.
    func findings(_ snap: Snapshot) -> [Diagnostic] {
        if staleSummaries.contains(snap.uri), documents[snap.uri] != nil {
            snap.prepareInParallel()
            staleSummaries.remove(snap.uri)
            updateSummary(snap.uri, snap)
        }
        let wide = index.files[snap.uri] == nil ? [] : index.diagnostics(for: snap.uri, selection: snap.settings.selection)
        return wide.isEmpty ? snap.diagnostics : snap.analysis.findings(with: wide).shown
    }

    /// The text of a workspace file, for positions in related information.
    func textOf(_ uri: String) -> SourceText? { documents[uri]?.text ?? index.files[uri]?.text }
}
