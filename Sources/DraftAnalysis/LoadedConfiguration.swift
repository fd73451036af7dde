import DraftSyntax

/// A configuration file as loaded: where it is, its settings and the catalog it names.
public struct LoadedConfiguration: Sendable {
    public let path: String?
    public let configuration: Configuration
    public let catalog: Catalog

    public static let none = LoadedConfiguration(path: nil, configuration: Configuration(), catalog: .builtIn)

    public init(path: String?, configuration: Configuration, catalog: Catalog) {
        self.path = path
        self.configuration = configuration
        self.catalog = catalog
    }

    /// Why a configuration could not be used; `culprit` is what to point at in the file.
    public struct Failure: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public let culprit: String?
        public var description: String { "\(path): \(reason)" }
    }

    /// Loads `path` with `read` (which throws a readable error), and the catalog it names.
    public static func load(_ path: String, read: (String) throws -> [UInt8]) throws(Failure) -> LoadedConfiguration {
        let configuration: Configuration
        do {
            configuration = try Configuration(json: try read(path))
        } catch let invalid as Configuration.Invalid {
            throw Failure(path: path, reason: invalid.reason, culprit: invalid.culprit)
        } catch {
            throw Failure(path: path, reason: "\(error)", culprit: nil)
        }
        return try LoadedConfiguration(path: path, configuration: configuration, read: read)
    }

    /// `configuration` as found at `path` (nil: the editor's settings), with the catalog and
    /// the conference register it names read.
    public init(path: String?, configuration: Configuration, read: (String) throws -> [UInt8]) throws(Failure) {
        let base = path.map(Configuration.directory(of:)) ?? "."
        self.init(path: path, configuration: configuration,
                  catalog: try Self.catalog(configuration, base: base, failing: path, read: read))
    }

    /// The built-in catalog and register extended by the files `configuration` names, relative to `base`.
    public static func catalog(_ configuration: Configuration, base: String, failing path: String?, read: (String) throws -> [UInt8]) throws(Failure) -> Catalog {
        var catalog = Catalog.builtIn
        func load<T>(_ key: String, _ relative: String?, _ parse: (String) throws -> T) throws(Failure) -> T? {
            guard let relative else { return nil }
            let full = relative.hasPrefix("/") ? relative : base + "/" + relative
            do { return try parse(String(decoding: try read(full), as: UTF8.self)) } catch {
                throw Failure(path: path ?? full, reason: "\(key) \(full): \(error)", culprit: relative)
            }
        }
        if let user = try load("catalog", configuration.catalog, { try Catalog(tsv: $0) }) { catalog = catalog.extended(with: user) }
        if let user = try load("conferences", configuration.conferences, { try ConferenceRegister(tsv: $0) }) { catalog = catalog.extended(with: user) }
        return catalog
    }

    /// `file` (absolute) relative to the configuration's folder, when it lies under it.
    public func relativePath(of file: String) -> String? {
        guard let path else { return nil }
        let base = Configuration.directory(of: path)
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : nil
    }

    /// Whether `file` (absolute), found by walking a folder, is left out by this configuration.
    public func skips(_ file: String) -> Bool {
        relativePath(of: file).map(configuration.skips) ?? false
    }

    /// The rules for `file` (absolute): the selection plus its per-file ignores.
    public func selection(for file: String?) -> RuleSelection {
        configuration.selection(forRelativePath: file.flatMap(relativePath(of:)))
    }
}
