import DraftAnalysis
import DraftSyntax
import Dispatch
import FoundationEssentials
import Synchronization

/// The document store kept in step with the client: open, change, save, close.

extension LanguageServer {
    /// The open document's snapshot, or the file read from disk when it is not open.
    func snapshot(_ uri: String) throws -> Snapshot {
        if let doc = documents[uri] { return doc.snapshot }
        guard let path = URIPath.path(uri) else { throw ResponseError(code: ErrorCode.invalidParams, message: "\(uri) is not open and not a file") }
        do {
            return Snapshot(uri: uri, bytes: try FileReading.read(path), settings: settings.settings(forFile: path))
        } catch {
            throw ResponseError(code: ErrorCode.invalidParams, message: "\(uri) is not open and cannot be read: \(error)")
        }
    }

    /// The message language for a snapshot: its configuration's, else the client's locale.
    func language(of snap: Snapshot) -> TextLanguage { snap.settings.language ?? language }

    func converter(_ s: Snapshot) -> Converter {
        Converter(text: s.text, encoding: encoding, relatedInformation: client.relatedInformation)
    }

    func didOpen(_ params: JSONValue) {
        let td = params["textDocument"]
        guard let uri = td["uri"].string, let text = td["text"].string else { return log("didOpen without uri or text") }
        if Self.isConfiguration(uri) {
            configBuffers[uri] = SourceText(text)
            return checkConfiguration(uri, text: text)
        }
        documents[uri] = OpenDocument(uri: uri, version: td["version"].int, text: text, settings: settings.settings(forFile: URIPath.path(uri)))
        staleSummaries.insert(uri)
        publishConfigurationFindings()
        publishNow(uri)
    }

    func didChange(_ params: JSONValue) {
        guard let uri = params["textDocument"]["uri"].string else { return log("didChange without uri") }
        if let buffer = configBuffers[uri] {
            var text = buffer
            forEachChange(params, in: { text }) { range, inserted in
                text = range.map { text.replacing(text.aligned($0), with: inserted) } ?? SourceText(inserted)
            }
            configBuffers[uri] = text
            return checkConfiguration(uri, text: String(decoding: text.bytes, as: UTF8.self))
        }
        guard let doc = documents[uri] else { return log("didChange for a document that is not open") }
        staleSummaries.insert(uri)
        doc.version = params["textDocument"]["version"].int ?? doc.version
        forEachChange(params, in: { doc.text }) { range, inserted in
            if let range { doc.apply(range: range, text: inserted) } else { doc.replaceAll(inserted) }
        }
        if !client.pullDiagnostics { due[uri] = DispatchTime.now().uptimeNanoseconds + diagnosticsDelayNanos }
    }

    /// Each content change as a byte range of the text it applies to (nil: the whole text) and its new text.
    func forEachChange(_ params: JSONValue, in current: () -> SourceText, _ apply: (ByteRange?, String) -> Void) {
        for change in params["contentChanges"].array ?? [] {
            guard let text = change["text"].string else { continue }
            if change["range"].isNull {
                apply(nil, text)
                continue
            }
            apply(Converter(text: current(), encoding: encoding).byteRange(change["range"]), text)
        }
    }

    func didSave(_ params: JSONValue) {
        guard let uri = params["textDocument"]["uri"].string else { return }
        if Self.isConfiguration(uri) { return configurationChanged() }
        guard documents[uri] != nil else { return }
        if let text = params["text"].string { documents[uri]?.replaceAll(text); staleSummaries.insert(uri) }
        publishNow(uri)
    }

    func didClose(_ params: JSONValue) {
        guard let uri = params["textDocument"]["uri"].string else { return }
        if configBuffers.removeValue(forKey: uri) != nil { return }
        documents[uri] = nil
        due[uri] = nil
        semanticTokens.last[uri] = nil
        staleSummaries.remove(uri)
        // The index goes back to the file on disk (the buffer may have been left unsaved).
        if let path = URIPath.path(uri), let summary = Indexer.summary(ofFile: path), !settingsSkip(path) {
            indexUpdate(summary)
        } else {
            index.remove(uri)
        }
        if !client.pullDiagnostics && lastPublished[uri] != nil {
            send(notification: "textDocument/publishDiagnostics", params: PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: []))
        }
        lastPublished[uri] = nil
        #if canImport(Glibc)
        // glibc keeps freed memory in its arenas: a closed 10 MB draft would keep the server at
        // its peak for good. Handing it back costs a few milliseconds, once per close, after the
        // snapshots still being freed on the release queue.
        LastReferences.waitForDrops()
        MallocTuning.returnFreedMemory()
        #endif
    }
}
