import DraftAnalysis

extension LanguageServer {
    /// Puts `summary` in the index, paired with the file its configuration's `versions` names
    /// beside it (paths relative to the configuration's folder), as `itudraft check` pairs them.
    /// True when what the file says of the instruments it cites changed (WorkspaceIndex.update).
    @discardableResult
    func indexUpdate(_ summary: FileSummary) -> Bool {
        let changed = index.update(summary)
        guard let path = URIPath.path(summary.key), let (_, result) = settings.configuration(forFile: path),
              case .success(let loaded) = result, let configPath = loaded.path else { return changed }
        let base = Configuration.directory(of: configPath)
        func absolute(_ p: String) -> String { p.hasPrefix("/") ? p : base + "/" + (p.hasPrefix("./") ? String(p.dropFirst(2)) : p) }
        for pair in loaded.configuration.versions {
            let (a, b) = (absolute(pair[0]), absolute(pair[1]))
            guard let other = path == a ? b : path == b ? a : nil else { continue }
            let otherURI = URIPath.uri(other)
            // Pairing again would throw away the index's memo on every keystroke.
            if index.pairedFiles[summary.key] != otherURI { index.pair(summary.key, otherURI) }
        }
        return changed
    }
}
