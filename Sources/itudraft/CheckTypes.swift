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

    static func byKey(_ files: [CheckedFile]) -> [String: CheckedFile] {
        Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
    }
}

/// What checking one input gave: its findings, its summary for the workspace, and its bytes
/// after --fix / --diff (`original` when they changed).
struct CheckResult: Sendable {
    let file: CheckedFile
    let analysis: Analysis
    let summary: FileSummary
    let selection: RuleSelection
    let bytes: [UInt8]
    let original: [UInt8]?
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
