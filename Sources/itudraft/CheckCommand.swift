import DraftAnalysis
import DraftSyntax
import FoundationEssentials

/// One checked input: where it came from, its text and what the rules found.
struct CheckedFile {
    let path: String
    let text: SourceText
    let diagnostics: [Diagnostic]
}

struct CheckOptions {
    var paths: [String] = []
    var format = "text"
    var failOn: Severity? = .warning
    var language: TextLanguage = .en
    var selection = RuleSelection()
    var stdinFilename = "<stdin>"
}

enum CheckCommand {
    static let usage = """
    usage: itudraft check [options] [PATH…]

    Checks .txt and .md files, directories (recursively) or standard input ("-").
    With no PATH, checks the current directory.

    options:
      --format text|json|sarif   output format (default text)
      --fail-on LEVEL            error|warning|information|hint|never (default warning):
                                 exit 1 when a finding at or above LEVEL is reported
      --lang zh|en               message language (default from LC_ALL, LC_MESSAGES, LANG)
      --select CODE[,CODE…]      run only these rules (repeatable)
      --ignore CODE[,CODE…]      skip these rules (repeatable)
      --stdin-filename NAME      the name standard input is reported under
      -h, --help                 show this help

    exit status: 0 nothing at or above --fail-on, 1 findings, 2 usage or I/O error.
    """

    static func parse(_ args: [String], environment: [String: String]) throws -> CheckOptions? {
        let a = try Arguments(args, valued: ["--format", "--fail-on", "--lang", "--select", "--ignore", "--stdin-filename"],
                              switches: ["--help", "-h"])
        if a.has("--help") || a.has("-h") { return nil }
        var o = CheckOptions()
        o.paths = a.positional.isEmpty ? ["."] : a.positional
        if let f = a.value("--format") {
            guard ["text", "json", "sarif"].contains(f) else { throw Arguments.UsageError(description: "--format must be text, json or sarif, not \(f)") }
            o.format = f
        }
        if let f = a.value("--fail-on") {
            if f == "never" { o.failOn = nil }
            else if let s = Severity(rawValue: f) { o.failOn = s }
            else { throw Arguments.UsageError(description: "--fail-on must be error, warning, information, hint or never, not \(f)") }
        }
        o.language = Localization.language(from: environment)
        if let l = a.value("--lang") {
            guard let lang = TextLanguage(rawValue: l) else { throw Arguments.UsageError(description: "--lang must be zh or en, not \(l)") }
            o.language = lang
        }
        let known = Set(RuleRegistry.codes)
        for code in a.list("--select") + a.list("--ignore") where !known.contains(code) {
            throw Arguments.UsageError(description: "unknown rule code \(code) (see itudraft rules)")
        }
        let select = a.list("--select")
        o.selection = RuleSelection(select: select.isEmpty ? nil : Set(select), ignore: Set(a.list("--ignore")))
        o.stdinFilename = a.value("--stdin-filename") ?? "<stdin>"
        return o
    }

    /// Expands directories into their .txt and .md files, sorted; hidden folders and .build are skipped.
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
                let subpaths = (try? FileManager.default.subpathsOfDirectory(atPath: p)) ?? []
                let base = p.hasSuffix("/") ? String(p.dropLast()) : p
                for sub in subpaths.sorted() where sub.hasSuffix(".txt") || sub.hasSuffix(".md") {
                    let parts = sub.split(separator: "/")
                    if parts.contains(where: { $0.hasPrefix(".") }) { continue }
                    let full = base == "." ? sub : "\(base)/\(sub)"
                    if FileIO.kind(full) == .file { out.append(full) }
                }
            }
        }
        return out
    }

    static func check(bytes: [UInt8], path: String, selection: RuleSelection) -> CheckedFile {
        let text = SourceText(bytes: bytes)
        return CheckedFile(path: path, text: text, diagnostics: Analyzer.analyze(Document(text), selection: selection))
    }

    static func run(_ args: [String], environment: [String: String]) -> Int32 {
        let options: CheckOptions
        do {
            guard let o = try parse(args, environment: environment) else { FileIO.writeStdout(usage + "\n"); return 0 }
            options = o
        } catch {
            FileIO.writeStderr("itudraft check: \(error)\n\(usage)\n")
            return 2
        }
        var errors: [FileIO.Failure] = []
        var files: [CheckedFile] = []
        for path in expand(options.paths, errors: &errors) {
            let name = path == "-" ? options.stdinFilename : path
            do {
                let bytes = try FileIO.read(path)
                if bytes.prefix(8192).contains(0) {
                    errors.append(FileIO.Failure(path: name, reason: "binary file (it contains NUL bytes); not checked"))
                    continue
                }
                let checked = check(bytes: bytes, path: name, selection: options.selection)
                if checked.text.wasRepaired {
                    FileIO.writeStderr("itudraft: \(name): not valid UTF-8; invalid bytes were read as U+FFFD\n")
                }
                files.append(checked)
            } catch let failure as FileIO.Failure {
                errors.append(FileIO.Failure(path: name, reason: failure.reason))
            } catch {
                errors.append(FileIO.Failure(path: name, reason: "\(error)"))
            }
        }
        for e in errors { FileIO.writeStderr("itudraft: \(e)\n") }
        switch options.format {
        case "json": FileIO.writeStdout(OutputFormats.json(files, errors: errors, language: options.language))
        case "sarif": FileIO.writeStdout(OutputFormats.sarif(files, language: options.language))
        default:
            FileIO.writeStdout(OutputFormats.text(files, language: options.language))
            FileIO.writeStderr(OutputFormats.summary(files, language: options.language))
        }
        if !errors.isEmpty { return 2 }
        if let threshold = options.failOn,
           files.contains(where: { $0.diagnostics.contains { $0.severity >= threshold } }) { return 1 }
        return 0
    }
}
