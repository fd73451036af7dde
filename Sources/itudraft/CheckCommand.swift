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
    /// From --lang; else the configuration's, else the environment's.
    var language: TextLanguage?
    var environmentLanguage: TextLanguage = .en
    var select: Set<String>?
    var ignore: Set<String> = []
    var stdinFilename = "<stdin>"
    var configPath: String?
}

/// A configuration file as loaded for checking: its settings and the catalog it names.
struct LoadedConfiguration {
    let path: String?
    let configuration: Configuration
    let catalog: Catalog

    static let none = LoadedConfiguration(path: nil, configuration: Configuration(), catalog: .builtIn)

    static func load(_ path: String) throws -> LoadedConfiguration {
        let configuration: Configuration
        do {
            configuration = try Configuration(json: try FileIO.read(path))
        } catch let failure as FileIO.Failure {
            throw FileIO.Failure(path: path, reason: failure.reason)
        } catch {
            throw FileIO.Failure(path: path, reason: "\(error)")
        }
        var catalog = Catalog.builtIn
        if let relative = configuration.catalog {
            let catalogPath = relative.hasPrefix("/") ? relative : Configuration.directory(of: path) + "/" + relative
            do {
                catalog = catalog.extended(with: try Catalog(tsv: String(decoding: try FileIO.read(catalogPath), as: UTF8.self)))
            } catch let failure as FileIO.Failure {
                throw FileIO.Failure(path: path, reason: "catalog \(catalogPath): \(failure.reason)")
            } catch {
                throw FileIO.Failure(path: path, reason: "catalog \(catalogPath): \(error)")
            }
        }
        return LoadedConfiguration(path: path, configuration: configuration, catalog: catalog)
    }

    /// The rules to run: the configuration's, then the command line's --select and --ignore.
    func selection(_ options: CheckOptions) -> RuleSelection {
        var s = configuration.selection
        if let select = options.select { s.select = select }
        s.ignore.formUnion(options.ignore)
        return s
    }

    /// Whether a file found by walking a directory is excluded by this configuration.
    func excludes(_ file: String) -> Bool {
        guard let path, !configuration.exclude.isEmpty else { return false }
        let base = Configuration.directory(of: FileIO.absolute(path))
        let full = FileIO.absolute(file)
        guard full.hasPrefix(base + "/") else { return false }
        return configuration.excludes(String(full.dropFirst(base.count + 1)))
    }
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
      --config PATH              use this .itudraft.json (default: the nearest one in
                                 each file's folder or a parent of it)
      -h, --help                 show this help

    exit status: 0 nothing at or above --fail-on, 1 findings, 2 usage or I/O error.
    """

    static func parse(_ args: [String], environment: [String: String]) throws -> CheckOptions? {
        let a = try Arguments(args, valued: ["--format", "--fail-on", "--lang", "--select", "--ignore", "--stdin-filename", "--config"],
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

    static func check(bytes: [UInt8], path: String, selection: RuleSelection, catalog: Catalog = .builtIn) -> CheckedFile {
        let text = SourceText(bytes: bytes)
        return CheckedFile(path: path, text: text, diagnostics: Analyzer.analyze(Document(text), selection: selection, catalog: catalog))
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
        for path in expand(options.paths, errors: &errors) {
            let name = path == "-" ? options.stdinFilename : path
            let loaded: LoadedConfiguration
            do { loaded = try configurations.for(path) } catch {
                FileIO.writeStderr("itudraft: \(error)\n")
                return 2
            }
            // Excludes apply to files found in directories, not to files named on the command line.
            if !named.contains(path) && loaded.excludes(path) { continue }
            do {
                let bytes = try FileIO.read(path)
                if bytes.prefix(8192).contains(0) {
                    errors.append(FileIO.Failure(path: name, reason: "binary file (it contains NUL bytes); not checked"))
                    continue
                }
                let checked = check(bytes: bytes, path: name, selection: loaded.selection(options), catalog: loaded.catalog)
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
        case "json": FileIO.writeStdout(OutputFormats.json(files, errors: errors, language: language))
        case "sarif": FileIO.writeStdout(OutputFormats.sarif(files, language: language))
        default:
            FileIO.writeStdout(OutputFormats.text(files, language: language))
            FileIO.writeStderr(OutputFormats.summary(files, language: language))
        }
        if !errors.isEmpty { return 2 }
        if let threshold = options.failOn,
           files.contains(where: { $0.diagnostics.contains { $0.severity >= threshold } }) { return 1 }
        return 0
    }
}
