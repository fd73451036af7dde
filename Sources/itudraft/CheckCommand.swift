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
        MallocTuning.keepLargeBlocksInHeap()
        let options: CheckOptions
        do {
            guard let o = try parse(args, environment: environment) else { FileIO.writeStdout(usage + "\n"); return 0 }
            options = o
        } catch {
            FileIO.writeStderr("itudraft check: \(error)\n\(usage)\n")
            return 2
        }
        // A lone draft is read (and validated) on other cores while the configurations and the catalog load.
        let lone = options.paths.count == 1 && options.paths[0] != "-" && !DraftFile.isWord(options.paths[0])
            && FileIO.kind(options.paths[0]) == .file ? options.paths[0] : nil
        let early = lone.map { path in Later(inParallel: true) { try? FileIO.readText(path) } }
        var errors: [FileIO.Failure] = []
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
        // One file is reported from the text it was checked in; a folder's are read again.
        let keepTexts = jobs.count == 1
        let progress = Progress(total: jobs.count, environment: environment, zh: language == .zh)
        // Taken on this thread, which made it; nil when it could not be read (read again for the error).
        let read = early?.value
        let results = parallelMap(jobs) { job -> Result<CheckResult, FileIO.Failure> in
            defer { progress.tick() }
            do {
                return .success(try checkJob(job.path, name: job.name, selection: job.loaded.selection(options, file: job.path), catalog: job.loaded.catalog,
                                             formatting: formatting, alone: keepTexts, read: job.path == lone ? read : nil, revisions: options.revisions))
            } catch let failure as FileIO.Failure {
                return .failure(FileIO.Failure(path: job.name, reason: failure.reason))
            } catch let failure as FileReading.Failure {
                return .failure(FileIO.Failure(path: job.name, reason: failure.reason))
            } catch {
                return .failure(FileIO.Failure(path: job.name, reason: "\(error)"))
            }
        }
        progress.finish()
        var checked: [(path: String, result: CheckResult)] = []
        var changedFiles = 0
        var fixedStdin: [UInt8]?
        for (job, result) in zip(jobs, results) {
            switch result {
            case .success(let r):
                if r.wasRepaired {
                    FileIO.writeStderr("itudraft: \(job.name): not valid UTF-8; invalid bytes were read as U+FFFD\(formatting ? "; not fixed" : "")\n")
                }
                // Standard input comes back as read (bad bytes included) when nothing was fixed.
                if job.path == "-" && options.fix { fixedStdin = r.fixed }
                if let original = r.original, let fixed = r.fixed, job.path != "-" || options.diff {
                    changedFiles += 1
                    if options.diff {
                        FileIO.writeStdout(Formatter.unifiedDiff(SourceText(bytes: original), SourceText(bytes: fixed), path: job.name))
                    } else if options.fix && job.path != "-" {
                        do { try FileIO.writeAtomically(fixed, to: job.path) } catch let e as FileIO.Failure {
                            errors.append(e)
                            continue
                        } catch { errors.append(FileIO.Failure(path: job.path, reason: "\(error)")); continue }
                    }
                }
                checked.append((job.path, r))
            case .failure(let e):
                errors.append(e)
            }
        }
        if options.diff {
            for e in errors { FileIO.writeStderr("itudraft: \(e)\n") }
            FileIO.writeStderr(language == .zh ? "\(changedFiles) 个文件可修正。\n" : "\(changedFiles) file\(changedFiles == 1 ? "" : "s") would be fixed.\n")
            return !errors.isEmpty ? 2 : changedFiles > 0 ? 1 : 0
        }
        let texts = CheckedTexts(checked)
        let workspace = workspace(of: checked.map(\.result), jobs: jobs, options: options, texts: texts)
        // Everything checked is freed by the process's end, not object by object after the report.
        defer { LeftForExit.keep(checked, workspace, texts) }
        for e in errors { FileIO.writeStderr("itudraft: \(e)\n") }
        if options.fix && changedFiles > 0 {
            FileIO.writeStderr(language == .zh ? "已修正 \(changedFiles) 个文件。\n" : "Fixed \(changedFiles) file\(changedFiles == 1 ? "" : "s").\n")
        }
        // Each file's findings are final once the cross-file rules have run on it: reported then.
        func reported(_ i: Int) -> CheckedFile? {
            let r = checked[i].result
            guard let text = texts.text(i) else {
                FileIO.writeStderr("itudraft: \(r.summary.key): changed while it was being checked; not reported (check it again)\n")
                return nil
            }
            let wide = r.lone?.findings ?? workspace.diagnostics(for: r.summary.key, selection: r.selection)
            let (shown, suppressed) = r.analysis.findings(with: wide)
            return CheckedFile(path: r.summary.key, text: text, diagnostics: shown, suppressed: options.showSuppressed ? suppressed : [], word: r.word)
        }
        var unreadable = false
        if let fixedStdin {
            // The fixed text is the output; what is left to fix by hand goes to standard error.
            FileIO.writeStdout(bytes: fixedStdin)
            let report = TextReport(language: language, concise: options.concise, colored: TextReport.wantsColor(options.color, environment: environment, fd: 2))
            var tally = ReportTally()
            for i in checked.indices {
                guard let f = reported(i) else { unreadable = true; continue }
                tally.add(f)
                FileIO.writeStderr(report.render(f))
            }
            FileIO.writeStderr(tally.summary(language: language))
            return !errors.isEmpty || unreadable ? 2 : tally.exitStatus(failOn: options.failOn)
        }
        let report = TextReport(language: language, concise: options.concise, colored: TextReport.wantsColor(options.color, environment: environment))
        var stream = ReportStream(format: options.format, language: language, text: report, errors: errors)
        for i in checked.indices {
            guard let f = reported(i) else { unreadable = true; continue }
            stream.write(f, others: texts.other)
        }
        stream.finish(statistics: options.statistics)
        return !errors.isEmpty || unreadable ? 2 : stream.tally.exitStatus(failOn: options.failOn)
    }

    /// The files checked together are the workspace the cross-file rules compare, with the
    /// pairs the command line and the configurations name; its files with a counterpart in
    /// another language are completed (parsed again with their paragraphs).
    static func workspace(of results: [CheckResult], jobs: [(path: String, name: String, loaded: LoadedConfiguration)],
                          options: CheckOptions, texts: CheckedTexts) -> WorkspaceIndex {
        let summaries = results.map(\.summary)
        var workspace = results.count == 1 ? results[0].lone?.index ?? WorkspaceIndex(summaries) : WorkspaceIndex(summaries)
        // A pair is named as the user likes (./a.md, dir/a.md): matched by absolute path.
        let keyOf = Dictionary(summaries.map { (FileIO.absolute($0.key), $0.key) }, uniquingKeysWith: { a, _ in a })
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
        let keptFacts = Dictionary(results.compactMap { r in r.facts.map { (r.summary.key, $0) } }, uniquingKeysWith: { a, _ in a })
        for key in workspace.filesWithCounterparts {
            if let facts = keptFacts[key] {
                workspace.update(FileSummary(key: key, document: facts.document, facts: facts))
                continue
            }
            guard let text = texts.text(forKey: key) else { continue }
            workspace.update(FileSummary(key: key, document: Document(text)))
        }
        return workspace
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
