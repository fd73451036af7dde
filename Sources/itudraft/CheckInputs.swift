import DraftAnalysis
import DraftSyntax
import DraftWord

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

    /// Reads one input (`path`, reported as `name`), fixes it with --fix / --diff, and checks it.
    /// `alone`: the only input, whose text and document are kept (else the file is read again for its report).
    /// `read`: its text, read already (never a Word draft's).
    static func checkJob(_ path: String, name: String, selection: RuleSelection, catalog: Catalog, formatting: Bool, alone: Bool = false,
                         read: SourceText? = nil, revisions: WordDocument.Revisions) throws -> CheckResult {
        var bytes = try read?.bytes ?? FileIO.read(path)
        // A Word draft is checked in the text it reads as, never rewritten.
        if DraftFile.isWord(name) {
            let (text, word) = try DraftFile.text(of: bytes, path: name, revisions: revisions)
            return check(SourceText(bytes: text), name: name, selection: selection, catalog: catalog, word: word, keep: true, alone: alone, fingerprint: nil)
        }
        let keep = alone || formatting || path == "-"
        // Only a file read again for its report needs to be known again.
        let fingerprint = keep ? nil : CheckedTexts.fingerprint(bytes)
        if bytes.prefix(8192).contains(0) {
            throw FileIO.Failure(path: name, reason: "binary file (it contains NUL bytes); not checked")
        }
        var original: [UInt8]?
        // A file that is not valid UTF-8 is never rewritten: its bad bytes would be lost (a text
        // read already holds them repaired).
        if formatting && (read.map { !$0.wasRepaired } ?? UTF8Scan.isValid(bytes)) {
            let fixed = Formatter.format(bytes, selection: selection, catalog: catalog)
            if fixed != bytes { original = bytes; bytes = fixed }
        }
        let text = original == nil ? read ?? SourceText(bytes: bytes) : SourceText(bytes: bytes)
        return check(text, name: name, selection: selection, catalog: catalog, keep: keep, alone: alone,
                     fingerprint: fingerprint, fixed: formatting ? bytes : nil, original: original)
    }

    /// One text's findings, and its light summary for the workspace rules (its language versions
    /// without their paragraphs: `workspace(of:)` completes the files that have a counterpart).
    /// `keep`: the text is kept for the report; `alone`: its document and facts too.
    static func check(_ text: SourceText, name: String, selection: RuleSelection, catalog: Catalog, word: WordSource? = nil, keep: Bool,
                      alone: Bool = false, fingerprint: Int?, fixed: [UInt8]? = nil, original: [UInt8]? = nil) -> CheckResult {
        let document = Document(text)
        let facts = DocumentFacts(document)
        // A long text is summarised on another core while its document rules run on this one;
        // the only input's workspace is indexed there too (5 ms for a 10 MB draft's citations).
        let summary = Later<(FileSummary, LoneWorkspace?)>(inParallel: text.count >= parallelScanFrom) {
            let summary = FileSummary(key: name, document: document, facts: facts, complete: false)
            return (summary, alone ? LoneWorkspace(summary, selection: selection) : nil)
        }
        let analysis = Analyzer.analysis(of: document, selection: selection, catalog: catalog, facts: facts, word: word)
        return CheckResult(analysis: analysis, summary: summary.value.0, selection: selection,
                           word: word, wasRepaired: text.wasRepaired, kept: keep ? text : nil, facts: alone ? facts : nil, lone: summary.value.1,
                           fingerprint: fingerprint, fixed: fixed, original: original)
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
}
