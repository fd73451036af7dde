import DraftAnalysis
import DraftSyntax
import FoundationEssentials

/// What analysing one document needs from the configuration.
public struct DocumentSettings: Sendable {
    public var selection = RuleSelection()
    public var catalog = Catalog.builtIn
    /// The configured message language; nil: the client's locale.
    public var language: TextLanguage?
    public var inlayHints = true

    public init() {}
}

/// The configurations the server applies: the nearest `.itudraft.json` of each document with the
/// editor's settings (initializationOptions, then workspace/didChangeConfiguration) on top.
/// A configuration file that cannot be used is reported on the file itself and its defaults apply.
/// Each instance is used by one thread (the server's, or one indexing walk's own).
final class SettingsStore: @unchecked Sendable {
    /// Options of the server itself, not rules' configuration; `trace` is what VS Code-style
    /// clients add to every server's settings section.
    static let serverKeys: Set<String> = ["locale", "diagnosticsDelayMs", "positionEncoding", "trace"]

    private(set) var editor = Configuration()
    /// The catalog the editor's settings name, read when they were set.
    private var editorCatalog: Catalog?
    /// The conference register the editor's settings name, read when they were set.
    private var editorConferences: ConferenceRegister?
    /// Where an editor's relative catalog path starts: the first workspace folder.
    var root: String?
    /// Directory → the configuration file governing it (nil: none up to the root).
    private var found: [String: String?] = [:]
    private var loaded: [String: Result<LoadedConfiguration, LoadedConfiguration.Failure>] = [:]
    let exists: @Sendable (String) -> Bool
    let read: @Sendable (String) throws -> [UInt8]

    init(exists: @escaping @Sendable (String) -> Bool, read: @escaping @Sendable (String) throws -> [UInt8]) {
        self.exists = exists
        self.read = read
    }

    /// Takes the editor's settings from a JSON object; the server's own options are left aside.
    /// Returns why they were refused (and the previous settings stay).
    func setEditorSettings(_ value: JSONValue) -> String? {
        guard case .object(var fields) = value else { return value.isNull ? nil : "settings must be an object" }
        for key in Self.serverKeys { fields[key] = nil }
        do {
            let next = try Configuration(json: try JSONWriter.encode(JSONValue.object(fields)))
            func full(_ path: String) -> String { path.hasPrefix("/") ? path : (root ?? ".") + "/" + path }
            let catalog = try next.catalog.map { try Catalog(tsv: String(decoding: try read(full($0)), as: UTF8.self)) }
            let register = try next.conferences.map { try ConferenceRegister(tsv: String(decoding: try read(full($0)), as: UTF8.self)) }
            editor = next
            editorCatalog = catalog
            editorConferences = register
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// Forgets what was read from disk (a configuration file changed).
    func invalidate() {
        found = [:]
        loaded = [:]
    }

    /// The configuration file governing `path` (a file) and how it loaded.
    func configuration(forFile path: String) -> (path: String, result: Result<LoadedConfiguration, LoadedConfiguration.Failure>)? {
        let dir = Configuration.directory(of: path)
        let configPath: String?
        if let known = found[dir] { configPath = known } else {
            configPath = Configuration.find(from: dir, exists: exists)
            found[dir] = configPath
        }
        guard let configPath else { return nil }
        if let r = loaded[configPath] { return (configPath, r) }
        let r: Result<LoadedConfiguration, LoadedConfiguration.Failure>
        do { r = .success(try LoadedConfiguration.load(configPath, read: read)) } catch { r = .failure(error) }
        loaded[configPath] = r
        return (configPath, r)
    }

    /// The settings of the document at `path` (nil: not a file on disk).
    func settings(forFile path: String?) -> DocumentSettings {
        var base: LoadedConfiguration = .none
        if let path, let (_, result) = configuration(forFile: path), case .success(let l) = result { base = l }
        let merged = base.configuration.overlaid(by: editor)
        var s = DocumentSettings()
        s.selection = merged.selection(forRelativePath: path.flatMap(base.relativePath(of:)))
        s.catalog = editorCatalog.map { base.catalog.extended(with: $0) } ?? base.catalog
        if let editorConferences { s.catalog = s.catalog.extended(with: editorConferences) }
        s.language = merged.language
        s.inlayHints = merged.inlayHints ?? true
        return s
    }

    /// Every configuration file loaded so far and whether it failed.
    var loadedFiles: [(path: String, failure: LoadedConfiguration.Failure?)] {
        loaded.keys.sorted().map { key in
            if case .failure(let f) = loaded[key]! { return (key, f) }
            return (key, nil)
        }
    }
}
