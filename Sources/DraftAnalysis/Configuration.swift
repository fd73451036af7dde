import DraftSyntax
import FoundationEssentials

/// `.itudraft.json`: which rules run and at what severity, the message language, files to
/// skip, and a catalog file that extends the built-in one. Unknown keys and bad values are
/// errors, never silently ignored.
///
///     { "select": ["xref-unknown-paragraph"], "ignore": ["latin-word"],
///       "severity": { "stray-space": "error" }, "lang": "zh",
///       "exclude": ["archive/**", "*.draft.md"], "catalog": "instruments.tsv" }
public struct Configuration: Sendable, Equatable {
    public static let fileName = ".itudraft.json"
    public static let keys = ["select", "ignore", "severity", "lang", "exclude", "catalog"]

    public var select: Set<String>?
    public var ignore: Set<String> = []
    public var severities: [String: Severity] = [:]
    public var language: TextLanguage?
    /// Globs relative to the configuration's folder: `*` within a path segment, `**` across them.
    public var exclude: [String] = []
    /// A TSV file of the catalog's columns, relative to the configuration's folder.
    public var catalog: String?

    public init() {}

    public var selection: RuleSelection { RuleSelection(select: select, ignore: ignore, severities: severities) }

    public struct Invalid: Error, CustomStringConvertible, Equatable {
        public let reason: String
        public var description: String { reason }
    }

    public init(json: [UInt8]) throws {
        let raw: Raw
        do {
            raw = try JSONDecoder().decode(Raw.self, from: Data(json))
        } catch let invalid as Invalid {
            throw invalid
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
            throw Invalid(reason: "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)")
        } catch {
            throw Invalid(reason: "not valid JSON: \(error)")
        }
        let known = Set(RuleRegistry.codes)
        for code in (raw.select ?? []) + (raw.ignore ?? []) + (raw.severity ?? [:]).keys.sorted() where !known.contains(code) {
            throw Invalid(reason: "unknown rule code \"\(code)\" (see itudraft rules)")
        }
        if let select = raw.select { self.select = Set(select) }
        ignore = Set(raw.ignore ?? [])
        for (code, level) in raw.severity ?? [:] {
            guard let s = Severity(rawValue: level) else {
                throw Invalid(reason: "severity of \(code) must be error, warning, information or hint, not \"\(level)\"")
            }
            severities[code] = s
        }
        if let lang = raw.lang {
            guard let l = TextLanguage(rawValue: lang) else { throw Invalid(reason: "lang must be \"zh\" or \"en\", not \"\(lang)\"") }
            language = l
        }
        exclude = raw.exclude ?? []
        catalog = raw.catalog
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
    public func excludes(_ relativePath: String) -> Bool {
        let path = relativePath.split(separator: "/").map(String.init)
        return exclude.contains { pattern in
            // As in .gitignore: a pattern without "/" matches a file or folder name at any depth.
            if !pattern.contains("/") {
                return path.contains { Self.segmentMatches(Array(pattern.unicodeScalars)[...], Array($0.unicodeScalars)[...]) }
            }
            return Self.glob(pattern.split(separator: "/").map(String.init)[...], path[...])
        }
    }

    static func glob(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
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
        var catalog: String?

        struct AnyKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: AnyKey.self)
            for key in c.allKeys where !Configuration.keys.contains(key.stringValue) {
                throw Invalid(reason: "unknown key \"\(key.stringValue)\" (known: \(Configuration.keys.joined(separator: ", ")))")
            }
            select = try c.decodeIfPresent([String].self, forKey: AnyKey(stringValue: "select"))
            ignore = try c.decodeIfPresent([String].self, forKey: AnyKey(stringValue: "ignore"))
            severity = try c.decodeIfPresent([String: String].self, forKey: AnyKey(stringValue: "severity"))
            lang = try c.decodeIfPresent(String.self, forKey: AnyKey(stringValue: "lang"))
            exclude = try c.decodeIfPresent([String].self, forKey: AnyKey(stringValue: "exclude"))
            catalog = try c.decodeIfPresent(String.self, forKey: AnyKey(stringValue: "catalog"))
        }
    }
}
