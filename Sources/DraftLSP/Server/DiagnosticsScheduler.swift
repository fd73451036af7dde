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

/// When diagnostics are published: at once on open and save, debounced after changes, and only
/// when they changed.

extension LanguageServer {
    func publishNow(_ uri: String) {
        due[uri] = nil
        guard !client.pullDiagnostics, let doc = documents[uri] else { return }
        let snap = doc.snapshot
        let conv = converter(snap)
        let lang = language(of: snap)
        let items = findings(snap).map { conv.diagnostic($0, uri: uri, language: lang, textOf: textOf) }
        let params = PublishDiagnosticsParams(uri: uri, version: doc.version, diagnostics: items)
        // Publish only when the findings changed, so an editor does not redraw for nothing.
        if lastPublished[uri] == items { return }
        lastPublished[uri] = items
        send(notification: "textDocument/publishDiagnostics", params: params)
    }

    /// Publishes every document whose debounce has run out.
    public func publishDue(now: UInt64) {
        for (uri, at) in due where at <= now { publishNow(uri) }
    }

    /// Publishes everything pending at once (tests and benchmarks).
    public func flushDiagnostics() { publishDue(now: UInt64.max) }
}
