import DraftAnalysis
import DraftSyntax
import DraftWord
import Dispatch
import FoundationEssentials

/// One checked input: where it came from, its text and what the rules found.
struct CheckedFile {
    let path: String
    let text: SourceText
    let diagnostics: [Diagnostic]
    /// What suppression comments hid; reported only with --show-suppressed.
    var suppressed: [Diagnostic] = []
    /// A Word draft: where each line of `text` came from.
    var word: WordSource?

    /// Findings to print in document order, each marked when a comment suppressed it.
    var reported: [(Diagnostic, suppressed: Bool)] {
        if suppressed.isEmpty { return diagnostics.map { ($0, false) } }
        return (diagnostics.map { ($0, false) } + suppressed.map { ($0, true) }).sorted { Analyzer.documentOrder($0.0, $1.0) }
    }
}

/// What checking one input gave and is kept until its report: its findings (before the
/// cross-file rules) and its light summary for the workspace, not its text.
struct CheckResult: Sendable {
    let analysis: Analysis
    let summary: FileSummary
    let selection: RuleSelection
    let word: WordSource?
    let wasRepaired: Bool
    /// The text to report on when the file cannot be read again as it was checked: standard
    /// input, a Word draft, a file --fix or --diff changes. nil: read again (`CheckedTexts`).
    let kept: SourceText?
    /// The only input's document with its facts: the workspace completes it without parsing it
    /// again, and the process's end frees it (`LeftForExit`). nil for a folder's files.
    let facts: DocumentFacts?
    /// The only input's workspace, indexed while its rules ran.
    let lone: LoneWorkspace?
    /// `CheckedTexts.fingerprint` of the bytes checked, for a text that is not kept.
    let fingerprint: Int?
    /// --fix / --diff: the bytes after the fixes, and those before them when they changed.
    let fixed: [UInt8]?
    let original: [UInt8]?
}

/// The workspace of a check of one file, with the file's cross-file findings when it has no
/// counterpart: one file is then neither paired nor completed, and its index stays as it is.
struct LoneWorkspace: Sendable {
    let index: WorkspaceIndex
    let findings: [Diagnostic]?

    init(_ summary: FileSummary, selection: RuleSelection) {
        index = WorkspaceIndex([summary])
        findings = index.filesWithCounterparts.isEmpty ? index.diagnostics(for: summary.key, selection: selection) : nil
    }
}

struct CheckOptions {
    var paths: [String] = []
    /// Files compared as language versions of each other (--versions A B).
    var versionPairs: [(String, String)] = []
    var format = "text"
    /// Text output: the source line and the fix under each finding, or one line (`concise`).
    var concise = false
    var color = TextReport.Color.auto
    var statistics = false
    var failOn: Severity? = .warning
    /// From --lang; else the configuration's, else the environment's.
    var language: TextLanguage?
    var environmentLanguage: TextLanguage = .en
    var select: Set<String>?
    var ignore: Set<String> = []
    var stdinFilename = "<stdin>"
    var configPath: String?
    var showSuppressed = false
    /// --fix: apply the formatting fixes to the files (stdin: print the fixed text).
    var fix = false
    /// --diff: print what --fix would change, write nothing.
    var diff = false
    /// Which version of a Word draft's tracked changes is checked.
    var revisions = WordDocument.Revisions.accepted
}

extension LoadedConfiguration {
    static func load(_ path: String) throws -> LoadedConfiguration {
        try load(path, read: FileIO.read)
    }

    /// The rules to run on `file`: the configuration's (with its per-file ignores), then --select and --ignore.
    func selection(_ options: CheckOptions, file: String) -> RuleSelection {
        var s = selection(for: file == "-" ? nil : FileIO.absolute(file))
        if let select = options.select { s.select = select }
        s.ignore.formUnion(options.ignore)
        return s
    }
}
