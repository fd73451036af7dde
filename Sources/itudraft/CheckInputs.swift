import DraftAnalysis
import DraftSyntax

extension CheckCommand {
    /// Expands directories into their drafts (.txt, .md, .docx), sorted; hidden folders and .build are skipped.
    static func expand(_ paths: [String], errors: inout [FileIO.Failure]) -> [String] {
        var out: [String] = []
        for p in paths {
            if p == "-" { out.append(p); continue }
            switch FileIO.kind(p) {
            case .missing:
                errors.append(FileIO.Failure(path: p, reason: "no such file or directory"))
            case .file:
                out.append(p)
            case .directory:
                // The server's index walks the same way: the same skips, the same order.
                let base = p.count > 1 && p.hasSuffix("/") ? String(p.dropLast()) : p
                let walk = DraftWalker.walk(base, irregular: true)
                errors += walk.errors.map { FileIO.Failure(path: $0.path, reason: $0.reason) }
                out += walk.files.map { base == "." && $0.hasPrefix("./") ? String($0.dropFirst(2)) : $0 }
            }
        }
        return out
    }

    /// One file's findings, and its summary for the workspace rules.
    /// The summary's language versions are left without their paragraphs: `completeVersions`
    /// gives them to the files that turn out to have a counterpart.
    static func check(bytes: [UInt8], path: String, selection: RuleSelection, catalog: Catalog = .builtIn, word: WordSource? = nil) -> (CheckedFile, Analysis, FileSummary) {
        let text = SourceText(bytes: bytes)
        let document = Document(text)
        let facts = DocumentFacts(document)
        let analysis = Analyzer.analysis(of: document, selection: selection, catalog: catalog, facts: facts, word: word)
        let (shown, suppressed) = analysis.findings()
        return (CheckedFile(path: path, text: text, diagnostics: shown, suppressed: suppressed, word: word),
                analysis, FileSummary(key: path, document: document, facts: facts, completeVersions: false))
    }

    /// Finds and loads configurations, once per file: --config, else the nearest one.
    final class Configurations {
        let explicit: LoadedConfiguration?
        private var byPath: [String: LoadedConfiguration] = [:]

        init(explicit path: String?) throws { explicit = try path.map(LoadedConfiguration.load) }

        func `for`(_ file: String) throws -> LoadedConfiguration {
            if let explicit { return explicit }
            let dir = FileIO.absolute(file == "-" ? "." : FileIO.kind(file) == .directory ? file : Configuration.directory(of: file))
            guard let found = Configuration.find(from: dir, exists: { FileIO.kind($0) == .file }) else { return .none }
            if let loaded = byPath[found] { return loaded }
            let loaded = try LoadedConfiguration.load(found)
            byPath[found] = loaded
            return loaded
        }
    }

    /// The files of `workspace` that have a language counterpart, summarised again with their
    /// versions' paragraphs (from their bytes): only they are compared.
    static func completeVersions(_ workspace: inout WorkspaceIndex, bytes: [String: [UInt8]]) {
        for key in workspace.filesWithCounterparts {
            guard let b = bytes[key] else { continue }
            workspace.update(FileSummary(key: key, document: Document(SourceText(bytes: b))))
        }
    }
}
