import DraftAnalysis
import DraftSyntax
import DraftWord
import Dispatch
import FoundationEssentials

enum CheckCommand {
    static let usage = """
    usage: itudraft check [options] [PATH…]

    Checks .txt, .md and Word .docx files, directories (recursively) or standard input ("-").
    With no PATH, checks the current directory.

    options:
      --format text|json|sarif|github
                                 output format (default text; github: workflow annotations)
      --output-format full|concise
                                 text: each finding with its source line underlined and its
                                 fix (default), or one line a finding
      --color auto|always|never  colours in text output (auto: on a terminal, unless NO_COLOR)
      --statistics               print how many findings each rule gave ([*]: --fix repairs them)
      --fail-on LEVEL            error|warning|information|hint|never (default warning):
                                 exit 1 when a finding at or above LEVEL is reported
      --lang zh|en               message language (default from LC_ALL, LC_MESSAGES, LANG)
      --select CODE[,CODE…]      run only these rules (repeatable)
      --ignore CODE[,CODE…]      skip these rules (repeatable)
      --stdin-filename NAME      the name standard input is reported under
      --config PATH              use this .itudraft.json (default: the nearest one in
                                 each file's folder or a parent of it)
      --versions A B             compare files A and B as language versions of one instrument
                                 (checked too), whatever their titles say; repeatable
      --revisions accepted|original
                                 a .docx with tracked changes: check the text with every
                                 change accepted (default) or as it was before them
      --show-suppressed          also list findings that suppression comments hide
      --fix                      apply the certain fixes that never change words (full-width
                                 punctuation, stray spaces, final punctuation, label spacing)
                                 to the files, atomically; standard input: print the fixed text
                                 on stdout and the remaining findings on stderr
      --diff                     print the changes --fix would make as a unified diff; write
                                 nothing; exit 1 when there are changes
      -h, --help                 show this help

    exit status: 0 nothing at or above --fail-on, 1 findings, 2 usage or I/O error.
    """

    static func parse(_ args: [String], environment: [String: String]) throws -> CheckOptions? {
        var args = args, pairs: [(String, String)] = []
        // --versions takes two files, which the one-value option parser cannot say.
        while let i = args.firstIndex(of: "--versions") {
            guard i + 2 < args.count, !args[i + 1].hasPrefix("--"), !args[i + 2].hasPrefix("--"), args[i + 1] != args[i + 2] else {
                throw Arguments.UsageError(description: "--versions takes two different files: --versions A B")
            }
            pairs.append((args[i + 1], args[i + 2]))
            args.removeSubrange(i...(i + 2))
        }
        let a = try Arguments(args, valued: ["--format", "--fail-on", "--lang", "--select", "--ignore", "--stdin-filename", "--config",
                                             "--output-format", "--color", "--revisions"],
                              switches: ["--help", "-h", "--show-suppressed", "--fix", "--diff", "--statistics"])
        if a.has("--help") || a.has("-h") { return nil }
        var o = CheckOptions()
        o.versionPairs = pairs
        let paired = pairs.flatMap { [$0.0, $0.1] }.filter { !a.positional.contains($0) }
        o.paths = a.positional.isEmpty && paired.isEmpty ? ["."] : a.positional + paired
        if let f = a.value("--format") {
            guard ["text", "json", "sarif", "github"].contains(f) else { throw Arguments.UsageError(description: "--format must be text, json, sarif or github, not \(f)") }
            o.format = f
        }
        if let f = a.value("--output-format") {
            guard f == "full" || f == "concise" else { throw Arguments.UsageError(description: "--output-format must be full or concise, not \(f)") }
            o.concise = f == "concise"
        }
        if let c = a.value("--color") {
            guard let color = TextReport.Color(rawValue: c) else { throw Arguments.UsageError(description: "--color must be auto, always or never, not \(c)") }
            o.color = color
        }
        o.statistics = a.has("--statistics")
        if let f = a.value("--fail-on") {
            if f == "never" { o.failOn = nil }
            else if let s = Severity(rawValue: f) { o.failOn = s }
            else { throw Arguments.UsageError(description: "--fail-on must be error, warning, information, hint or never, not \(f)") }
        }
        o.environmentLanguage = Localization.language(from: environment)
        if let l = a.value("--lang") {
            guard let lang = TextLanguage(rawValue: l) else { throw Arguments.UsageError(description: "--lang must be zh or en, not \(l)") }
            o.language = lang
        }
        let known = Set(RuleRegistry.codes)
        for code in a.list("--select") + a.list("--ignore") where !known.contains(code) {
            throw Arguments.UsageError(description: "unknown rule code \(code) (see itudraft rules)")
        }
        let select = a.list("--select")
        o.select = select.isEmpty ? nil : Set(select)
        o.ignore = Set(a.list("--ignore"))
        o.stdinFilename = a.value("--stdin-filename") ?? "<stdin>"
        o.configPath = a.value("--config")
        o.showSuppressed = a.has("--show-suppressed")
        o.fix = a.has("--fix")
        o.diff = a.has("--diff")
        if let r = a.value("--revisions") {
            guard let revisions = WordDocument.Revisions(rawValue: r), revisions != .marked else {
                throw Arguments.UsageError(description: "--revisions must be accepted or original, not \(r)")
            }
            o.revisions = revisions
        }
        if o.fix && o.diff { throw Arguments.UsageError(description: "--fix and --diff cannot be used together") }
        return o
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
        // A configuration that cannot be read or is wrong stops everything: no silent defaults.
        let configurations: Configurations
        let language: TextLanguage
        do {
            configurations = try Configurations(explicit: options.configPath)
            language = try options.language ?? configurations.for(options.paths.first ?? ".").configuration.language ?? options.environmentLanguage
        } catch {
            FileIO.writeStderr("itudraft: \(error)\n")
            return 2
        }
        let named = Set(options.paths)
        // Configurations are found in order (they may fail); files are then read and checked on every core.
        var jobs: [(path: String, name: String, loaded: LoadedConfiguration)] = []
        var seen = Set<String>()
        for path in expand(options.paths, errors: &errors) {
            // A file named twice (a.md and ./a.md, or inside a folder named too) is checked once.
            guard path == "-" || seen.insert(FileIO.absolute(path)).inserted else { continue }
            let loaded: LoadedConfiguration
            do { loaded = try configurations.for(path) } catch {
                FileIO.writeStderr("itudraft: \(error)\n")
                return 2
            }
            // Excludes and includes apply to files found in folders, not to files named on the command line.
            if !named.contains(path) && loaded.skips(FileIO.absolute(path)) { continue }
            jobs.append((path, path == "-" ? options.stdinFilename : path, loaded))
        }
        let formatting = options.fix || options.diff
        let progress = Progress(total: jobs.count, environment: environment, zh: language == .zh)
        let results = parallelMap(jobs) { job -> Result<CheckResult, FileIO.Failure> in
            defer { progress.tick() }
            do {
                var bytes = try FileIO.read(job.path)
                let selection = job.loaded.selection(options, file: job.path)
                // A Word draft is checked in the text it reads as, never rewritten.
                if DraftFile.isWord(job.name) {
                    let (text, word) = try DraftFile.text(of: bytes, path: job.name, revisions: options.revisions)
                    let (file, analysis, summary) = check(bytes: text, path: job.name, selection: selection, catalog: job.loaded.catalog, word: word)
                    return .success(CheckResult(file: file, analysis: analysis, summary: summary, selection: selection, bytes: text, original: nil))
                }
                if bytes.prefix(8192).contains(0) {
                    return .failure(FileIO.Failure(path: job.name, reason: "binary file (it contains NUL bytes); not checked"))
                }
                var original: [UInt8]?
                // A file that is not valid UTF-8 is never rewritten: its bad bytes would be lost.
                if formatting && UTF8Scan.isValid(bytes) {
                    let fixed = Formatter.format(bytes, selection: selection, catalog: job.loaded.catalog)
                    if fixed != bytes { original = bytes; bytes = fixed }
                }
                let (file, analysis, summary) = check(bytes: bytes, path: job.name, selection: selection, catalog: job.loaded.catalog)
                return .success(CheckResult(file: file, analysis: analysis, summary: summary, selection: selection, bytes: bytes, original: original))
            } catch let failure as FileIO.Failure {
                return .failure(FileIO.Failure(path: job.name, reason: failure.reason))
            } catch let failure as FileReading.Failure {
                return .failure(FileIO.Failure(path: job.name, reason: failure.reason))
            } catch {
                return .failure(FileIO.Failure(path: job.name, reason: "\(error)"))
            }
        }
        progress.finish()
        var checked: [(CheckedFile, Analysis, FileSummary, RuleSelection)] = []
        var changedFiles = 0
        var fixedStdin: [UInt8]?
        for (job, result) in zip(jobs, results) {
            switch result {
            case .success(let r):
                let file = r.file
                if file.text.wasRepaired {
                    FileIO.writeStderr("itudraft: \(file.path): not valid UTF-8; invalid bytes were read as U+FFFD\(formatting ? "; not fixed" : "")\n")
                }
                // Standard input comes back as read (bad bytes included) when nothing was fixed.
                if job.path == "-" && options.fix { fixedStdin = r.bytes }
                if let original = r.original, job.path != "-" || options.diff {
                    changedFiles += 1
                    if options.diff {
                        FileIO.writeStdout(Formatter.unifiedDiff(SourceText(bytes: original), file.text, path: file.path))
                    } else if options.fix && job.path != "-" {
                        do { try FileIO.writeAtomically(r.bytes, to: job.path) } catch let e as FileIO.Failure {
                            errors.append(e)
                            continue
                        } catch { errors.append(FileIO.Failure(path: job.path, reason: "\(error)")); continue }
                    }
                }
                checked.append((file, r.analysis, r.summary, r.selection))
            case .failure(let e):
                errors.append(e)
            }
        }
        if options.diff {
            for e in errors { FileIO.writeStderr("itudraft: \(e)\n") }
            FileIO.writeStderr(language == .zh ? "\(changedFiles) 个文件可修正。\n" : "\(changedFiles) file\(changedFiles == 1 ? "" : "s") would be fixed.\n")
            return !errors.isEmpty ? 2 : changedFiles > 0 ? 1 : 0
        }
        // The files checked together are the workspace the cross-file rules compare.
        var workspace = WorkspaceIndex(checked.map(\.2))
        // A pair is named as the user likes (./a.md, dir/a.md): matched by absolute path.
        let keyOf = Dictionary(checked.map { (FileIO.absolute($0.2.key), $0.2.key) }, uniquingKeysWith: { a, _ in a })
        // Pairs from each configuration in play, its paths relative to its folder.
        var pairs = options.versionPairs
        var configs = Set<String>()
        for job in jobs {
            guard let path = job.loaded.path, configs.insert(path).inserted else { continue }
            let base = Configuration.directory(of: path)
            pairs += job.loaded.configuration.versions.map { ($0[0].hasPrefix("/") ? $0[0] : base + "/" + $0[0], $0[1].hasPrefix("/") ? $0[1] : base + "/" + $0[1]) }
        }
        for (a, b) in pairs {
            if let ka = keyOf[FileIO.absolute(a)], let kb = keyOf[FileIO.absolute(b)] { workspace.pair(ka, kb) }
        }
        completeVersions(&workspace, bytes: Dictionary(checked.map { ($0.2.key, $0.0.text.bytes) }, uniquingKeysWith: { a, _ in a }))
        for (file, analysis, summary, selection) in checked {
            let wide = workspace.diagnostics(for: summary.key, selection: selection)
            var f = file
            if !wide.isEmpty {
                let (shown, suppressed) = analysis.findings(with: wide)
                f = CheckedFile(path: file.path, text: file.text, diagnostics: shown, suppressed: suppressed, word: file.word)
            }
            if !options.showSuppressed { f.suppressed = [] }
            files.append(f)
        }
        for e in errors { FileIO.writeStderr("itudraft: \(e)\n") }
        if options.fix && changedFiles > 0 {
            FileIO.writeStderr(language == .zh ? "已修正 \(changedFiles) 个文件。\n" : "Fixed \(changedFiles) file\(changedFiles == 1 ? "" : "s").\n")
        }
        if let fixedStdin {
            // The fixed text is the output; what is left to fix by hand goes to standard error.
            FileIO.writeStdout(bytes: fixedStdin)
            let report = TextReport(language: language, concise: options.concise, colored: TextReport.wantsColor(options.color, environment: environment, fd: 2))
            FileIO.writeStderr(report.render(files) + OutputFormats.summary(files, language: language))
            return !errors.isEmpty ? 2 : exitStatus(files, options)
        }
        switch options.format {
        case "json": FileIO.writeStdout(OutputFormats.json(files, errors: errors, language: language))
        case "sarif": FileIO.writeStdout(OutputFormats.sarif(files, language: language))
        case "github": FileIO.writeStdout(GitHubFormat.render(files, language: language))
        default:
            let report = TextReport(language: language, concise: options.concise, colored: TextReport.wantsColor(options.color, environment: environment))
            FileIO.writeStdout(report.render(files))
            if options.statistics { FileIO.writeStdout(report.statistics(files)) }
            FileIO.writeStderr(OutputFormats.summary(files, language: language))
        }
        if !errors.isEmpty { return 2 }
        return exitStatus(files, options)
    }

    static func exitStatus(_ files: [CheckedFile], _ options: CheckOptions) -> Int32 {
        if let threshold = options.failOn,
           files.contains(where: { $0.diagnostics.contains { $0.severity >= threshold } }) { return 1 }
        return 0
    }
}

/// `transform` applied to every element on all cores; results keep the input's order.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    if items.count < 2 { return items.map(transform) }
    var results = [R?](repeating: nil, count: items.count)
    results.withUnsafeMutableBufferPointer { slots in
        // Each iteration writes only its own slot.
        nonisolated(unsafe) let out = slots
        DispatchQueue.concurrentPerform(iterations: items.count) { i in out[i] = transform(items[i]) }
    }
    return results.map { $0! }
}
