import DraftSyntax
import FoundationEssentials

/// `.itudraft.json`: which rules run and at what severity, the message language, files to
/// skip, and a catalog and a conference register that extend the built-in ones. Unknown keys and bad values are
/// errors, never silently ignored.
///
///     { "select": ["xref-unknown-paragraph"], "ignore": ["latin-word"],
///       "severity": { "stray-space": "error" }, "lang": "zh",
///       "include": ["drafts/**"], "exclude": ["archive/**", "*.draft.md"],
///       "per-file-ignores": { "reports/*.txt": ["latin-word"] }, "catalog": "instruments.tsv",
///       "conferences": "sessions.tsv", "versions": [["a.zh.md", "a.en.md"]] }
public struct Configuration: Sendable, Equatable {
    public static let fileName = ".itudraft.json"
    public static let keys = ["select", "ignore", "severity", "lang", "include", "exclude", "per-file-ignores", "catalog", "conferences", "inlay-hints", "versions"]

    public var select: Set<String>?
    public var ignore: Set<String> = []
    public var severities: [String: Severity] = [:]
    public var language: TextLanguage?
    /// Globs relative to the configuration's folder: `*` within a path segment, `**` across them.
    public var exclude: [String] = []
    /// When set, only files matching one of these globs are checked when a folder is walked.
    public var include: [String]?
    /// Rules skipped in the files matching each glob (plain-text drafts cannot carry comments).
    public var perFileIgnores: [(glob: String, codes: Set<String>)] = []
    /// A TSV file of the catalog's columns, relative to the configuration's folder.
    public var catalog: String?
    /// A TSV file of conferences.tsv's columns, relative to the configuration's folder.
    public var conferences: String?
    /// Whether the editor shows inlay hints (nil: yes).
    public var inlayHints: Bool?
    /// Files (relative to the configuration's folder) compared as language versions of each other.
    public var versions: [[String]] = []

    public init() {}

    public var selection: RuleSelection { RuleSelection(select: select, ignore: ignore, severities: severities) }

    public static func == (a: Configuration, b: Configuration) -> Bool {
        a.select == b.select && a.ignore == b.ignore && a.severities == b.severities && a.language == b.language
            && a.exclude == b.exclude && a.include == b.include && a.catalog == b.catalog && a.conferences == b.conferences && a.inlayHints == b.inlayHints && a.versions == b.versions
            && a.perFileIgnores.map(\.glob) == b.perFileIgnores.map(\.glob) && a.perFileIgnores.map(\.codes) == b.perFileIgnores.map(\.codes)
    }

    public struct Invalid: Error, CustomStringConvertible, Equatable {
        public let reason: String
        /// The key or value the reason is about, to point at in the file.
        public let culprit: String?
        public var description: String { reason }
        public init(reason: String, culprit: String? = nil) {
            self.reason = reason
            self.culprit = culprit
        }
    }

    public init(json: [UInt8]) throws {
        let raw: Raw
        do {
            raw = try JSONDecoder().decode(Raw.self, from: Data(json))
        } catch let invalid as Invalid {
            throw invalid
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
            throw Invalid(reason: "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)",
                          culprit: context.codingPath.first?.stringValue)
        } catch {
            throw Invalid(reason: "not valid JSON: \(error)")
        }
        let known = Set(RuleRegistry.codes)
        let perFile = (raw.perFileIgnores ?? [:]).sorted { $0.key < $1.key }
        for code in (raw.select ?? []) + (raw.ignore ?? []) + (raw.severity ?? [:]).keys.sorted() + perFile.flatMap(\.value)
        where !known.contains(code) {
            throw Invalid(reason: "unknown rule code \"\(code)\" (see itudraft rules)", culprit: code)
        }
        perFileIgnores = perFile.map { ($0.key, Set($0.value)) }
        if let select = raw.select { self.select = Set(select) }
        ignore = Set(raw.ignore ?? [])
        for (code, level) in raw.severity ?? [:] {
            guard let s = Severity(rawValue: level) else {
                throw Invalid(reason: "severity of \(code) must be error, warning, information or hint, not \"\(level)\"", culprit: level)
            }
            severities[code] = s
        }
        if let lang = raw.lang {
            guard let l = TextLanguage(rawValue: lang) else { throw Invalid(reason: "lang must be \"zh\" or \"en\", not \"\(lang)\"", culprit: lang) }
            language = l
        }
        exclude = raw.exclude ?? []
        include = raw.include
        catalog = raw.catalog
        conferences = raw.conferences
        inlayHints = raw.inlayHints
        for pair in raw.versions ?? [] where pair.count != 2 || pair[0] == pair[1] {
            throw Invalid(reason: "each entry of versions names two different files, as [\"a.zh.md\", \"a.en.md\"]", culprit: "versions")
        }
        versions = raw.versions ?? []
    }

    /// This configuration with `other`'s settings on top (an editor's settings over the file's).
    public func overlaid(by other: Configuration) -> Configuration {
        var c = self
        if let s = other.select { c.select = s }
        c.ignore.formUnion(other.ignore)
        c.severities.merge(other.severities) { $1 }
        if let l = other.language { c.language = l }
        if let i = other.include { c.include = i }
        c.exclude += other.exclude
        c.perFileIgnores += other.perFileIgnores
        if let cat = other.catalog { c.catalog = cat }
        if let register = other.conferences { c.conferences = register }
        if let hints = other.inlayHints { c.inlayHints = hints }
        return c
    }

    /// The rules for one file: `selection` plus the per-file ignores whose glob matches it.
    public func selection(forRelativePath path: String?) -> RuleSelection {
        var s = selection
        if let path {
            for (glob, codes) in perFileIgnores where Self.matches([glob], path) { s.ignore.formUnion(codes) }
        }
        return s
    }

    /// Whether a file found by walking a folder is left out: excluded, or not included.
    public func skips(_ relativePath: String) -> Bool {
        if excludes(relativePath) { return true }
        if let include { return !Self.matches(include, relativePath) }
        return false
    }

    /// The nearest `.itudraft.json` in `directory` or a parent of it.
    public static func find(from directory: String, exists: (String) -> Bool) -> String? {
        var dir = directory.isEmpty ? "." : directory
        while true {
            let candidate = dir.hasSuffix("/") ? dir + fileName : dir + "/" + fileName
            if exists(candidate) { return candidate }
            let parent = Self.parent(of: dir)
            if parent == dir { return nil }
            dir = parent
        }
    }

    /// The folder holding `path` ("." for a bare name).
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func parent(of dir: String) -> String {
        if dir == "/" || dir == "." || dir.isEmpty { return dir }
        let trimmed = dir.hasSuffix("/") ? String(dir.dropLast()) : dir
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// Whether `relativePath` (to the configuration's folder, with "/") matches an exclude glob.
    public func excludes(_ relativePath: String) -> Bool { Self.matches(exclude, relativePath) }

    /// Whether `relativePath` matches one of `globs`. A glob matching a folder matches everything under it.
    static func matches(_ globs: [String], _ relativePath: String) -> Bool {
        let path = relativePath.split(separator: "/").map(String.init)
        return globs.contains { pattern in
            // As in .gitignore: a pattern without "/" matches a file or folder name at any depth.
            if !pattern.contains("/") {
                return path.contains { Self.segmentMatches(Array(pattern.unicodeScalars)[...], Array($0.unicodeScalars)[...]) }
            }
            return Self.glob(pattern.split(separator: "/").map(String.init)[...], path[...])
        }
    }

    static func glob(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        // A pattern that ends on a folder takes in everything under it.
        guard let first = pattern.first else { return true }
        if first == "**" {
            // Zero or more whole segments.
            for skip in 0...path.count where glob(pattern.dropFirst(), path.dropFirst(skip)) { return true }
            return false
        }
        guard let segment = path.first, segmentMatches(Array(first.unicodeScalars)[...], Array(segment.unicodeScalars)[...]) else {
            return false
        }
        return glob(pattern.dropFirst(), path.dropFirst())
    }

    static func segmentMatches(_ p: ArraySlice<Unicode.Scalar>, _ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let c = p.first else { return s.isEmpty }
        if c == "*" {
            for skip in 0...s.count where segmentMatches(p.dropFirst(), s.dropFirst(skip)) { return true }
            return false
        }
        guard let d = s.first, c == "?" || c == d else { return false }
        return segmentMatches(p.dropFirst(), s.dropFirst())
    }

    private struct Raw: Decodable {
        var select: [String]?
        var ignore: [String]?
        var severity: [String: String]?
        var lang: String?
        var exclude: [String]?
        var include: [String]?
        var perFileIgnores: [String: [String]]?
        var catalog: String?
        var conferences: String?
        var inlayHints: Bool?
        var versions: [[String]]?

        struct AnyKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: AnyKey.self)
            for key in c.allKeys where !Configuration.keys.contains(key.stringValue) {
                throw Invalid(reason: "unknown key \"\(key.stringValue)\" (known: \(Configuration.keys.joined(separator: ", ")))", culprit: key.stringValue)
            }
            select = try c.decodeIfPresent([String].self, forKey: AnyKey(stringValue: "select"))
            ignore = try c.decodeIfPresent([String].self, forKey: AnyKey(stringValue: "ignore"))
            severity = try c.decodeIfPresent([String: String].self, forKey: AnyKey(stringValue: "severity"))
            lang = try c.decodeIfPresent(String.self, forKey: AnyKey(stringValue: "lang"))
            exclude = try c.decodeIfPresent([String].self, forKey: AnyKey(stringValue: "exclude"))
            include = try c.decodeIfPresent([String].self, forKey: AnyKey(stringValue: "include"))
            perFileIgnores = try c.decodeIfPresent([String: [String]].self, forKey: AnyKey(stringValue: "per-file-ignores"))
            catalog = try c.decodeIfPresent(String.self, forKey: AnyKey(stringValue: "catalog"))
            conferences = try c.decodeIfPresent(String.self, forKey: AnyKey(stringValue: "conferences"))
            inlayHints = try c.decodeIfPresent(Bool.self, forKey: AnyKey(stringValue: "inlay-hints"))
            versions = try c.decodeIfPresent([[String]].self, forKey: AnyKey(stringValue: "versions"))
        }
    }
}
