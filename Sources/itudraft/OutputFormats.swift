import DraftAnalysis
import DraftLSP
import DraftSyntax
import FoundationEssentials

/// Where a diagnostic is, as editors count: 1-based lines, 1-based columns in characters. In a
/// Word draft the line is the paragraph's number (what the user can find in Word) and the place
/// says which paragraph or footnote it is in.
struct Place: Codable {
    let line: Int
    let column: Int
    /// UTF-8 byte offset from the start of the file (of the extracted text, for a Word draft).
    let offset: Int
    let paragraph: Int?
    let footnote: String?
    /// The 0-based line of the text checked, to show it.
    var textLine = 0

    enum CodingKeys: String, CodingKey { case line, column, offset, paragraph, footnote }

    init(_ offset: Int, _ text: SourceText, _ word: WordSource? = nil) {
        let p = text.lines.position(of: offset, in: .utf32)
        let origin = word?.lines[safe: p.line]
        self.textLine = p.line
        self.line = origin?.paragraph ?? p.line + 1
        self.column = p.column + 1
        self.offset = offset
        self.paragraph = origin?.paragraph
        self.footnote = origin?.footnote
    }
}

struct Span: Codable {
    let start: Place
    let end: Place
    init(_ r: ByteRange, _ text: SourceText, _ word: WordSource? = nil) {
        start = Place(r.start, text, word)
        end = Place(r.end, text, word)
    }
}

/// The three output formats of `check`. JSON and SARIF are stable: keys sorted, documented in README.md.
enum OutputFormats {
    /// The text of another file of the check, by its key, for the related locations in it.
    typealias OtherFiles = (String) -> (path: String, text: SourceText, word: WordSource?)?

    /// Where a related location lies: its own file when it names one, else the finding's; nil
    /// when that file can no longer be read as it was checked.
    static func relatedPlace(_ r: RelatedInformation, in f: CheckedFile, _ others: OtherFiles) -> (path: String, text: SourceText, word: WordSource?)? {
        guard let other = r.file else { return (f.path, f.text, f.word) }
        return others(other)
    }

    static func zhName(_ s: Severity) -> String {
        switch s {
        case .error: return "错误"
        case .warning: return "警告"
        case .information: return "信息"
        case .hint: return "提示"
        }
    }

    // MARK: JSON

    struct JSONEdit: Codable { let range: Span; let newText: String }
    struct JSONFix: Codable { let title: String; let edits: [JSONEdit] }
    struct JSONRelated: Codable { let path: String?; let range: Span; let message: String }
    struct JSONDiagnostic: Codable {
        let code: String
        let severity: String
        let message: String
        let range: Span
        let related: [JSONRelated]
        let fix: JSONFix?
        /// Present (true) only for findings a comment suppressed, with --show-suppressed.
        let suppressed: Bool?
        /// Present (true) only for findings in text a Word draft's tracked changes inserted.
        let inserted: Bool?
    }
    struct JSONFile: Codable { let path: String; let diagnostics: [JSONDiagnostic] }
    struct JSONError: Codable { let path: String; let message: String }
    struct JSONReport: Codable {
        let version: Int
        let tool: [String: String]
        let files: [JSONFile]
        let errors: [JSONError]
        let summary: [String: Int]
    }


    static func jsonFile(_ f: CheckedFile, language: TextLanguage, others: OtherFiles) -> JSONFile {
        let reported = f.reported
        // A long draft's thousands of findings are placed (line, column) on every core.
        return JSONFile(path: f.path, diagnostics: orderedMap(reported.count, parallel: reported.count >= PrettyJSON.parallelElementsFrom) { n in
            let (d, suppressed) = reported[n]
            return JSONDiagnostic(
                code: d.code, severity: d.severity.rawValue, message: d.message.text(language),
                range: Span(d.range, f.text, f.word),
                related: d.related.compactMap { r in
                    guard let place = relatedPlace(r, in: f, others) else { return nil }
                    return JSONRelated(path: r.file == nil ? nil : place.path, range: Span(r.range, place.text, place.word), message: r.message.text(language))
                },
                fix: d.fix.map { fix in JSONFix(title: fix.title.text(language), edits: fix.edits.map { JSONEdit(range: Span($0.range, f.text, f.word), newText: $0.newText) }) },
                suppressed: suppressed ? true : nil, inserted: f.word?.isInserted(d.range) == true ? true : nil)
        })
    }

    /// The whole JSON report with no files: what comes before and after them when they are
    /// written one by one (the same encoder, so the same bytes as a report encoded at once).
    static func jsonFrame(errors: [FileIO.Failure], tally: ReportTally) -> (head: String, tail: String) {
        var summary: [String: Int] = ["files": tally.files]
        for s in Severity.allCases { summary[s.rawValue] = tally.bySeverity[s] ?? 0 }
        let report = JSONReport(version: 1, tool: ["name": "itudraft", "version": Version.current], files: [],
                                errors: errors.map { JSONError(path: $0.path, message: $0.reason) }, summary: summary)
        return split(encode(report), at: "\"files\" : [", indent: 2)
    }

    /// Keys sorted, slashes unescaped, laid out as JSONEncoder's `.prettyPrinted` (the format
    /// the reports have always had), written straight to bytes.
    static func encode(_ value: some Encodable) -> String { String(decoding: try! JSONWriter.encodePretty(value), as: UTF8.self) }

    /// `encoded` cut inside the empty array that follows `key` (indented by `indent`): the head
    /// ends with the array's "[\n", the tail starts with its "\n" and closing bracket.
    static func split(_ encoded: String, at key: String, indent: Int) -> (head: String, tail: String) {
        let empty = key + "\n\n" + String(repeating: " ", count: indent) + "]"
        let parts = encoded.split(separator: empty, maxSplits: 1, omittingEmptySubsequences: false)
        precondition(parts.count == 2, "the report's frame has one \(key)")
        return (parts[0] + key + "\n", "\n" + String(repeating: " ", count: indent) + "]" + parts[1] + "\n")
    }

    /// A value encoded on its own, indented to sit at `depth` levels inside the report.
    static func nested(_ value: some Encodable, depth: Int) -> [UInt8] {
        Array(repeating: UInt8(ascii: " "), count: 2 * depth) + (try! JSONWriter.encodePretty(value, depth: depth))
    }

    /// The same bytes, from a value that writes itself, after `prefix`.
    static func nested(writing value: some PrettyJSONWritable, depth: Int, prefix: [UInt8] = []) -> [UInt8] {
        JSONWriter.encodePretty(writing: value, depth: depth, prefix: prefix + Array(repeating: UInt8(ascii: " "), count: 2 * depth))
    }

    // MARK: SARIF 2.1.0

    struct SarifMessage: Codable { let text: String }
    struct SarifRegion: Codable { let startLine: Int; let startColumn: Int; let endLine: Int; let endColumn: Int; let byteOffset: Int; let byteLength: Int }
    struct SarifArtifactLocation: Codable { let uri: String }
    struct SarifPhysicalLocation: Codable { let artifactLocation: SarifArtifactLocation; let region: SarifRegion }
    struct SarifLocation: Codable { let physicalLocation: SarifPhysicalLocation; let message: SarifMessage? }
    struct SarifReplacement: Codable { let deletedRegion: SarifRegion; let insertedContent: SarifMessage }
    struct SarifArtifactChange: Codable { let artifactLocation: SarifArtifactLocation; let replacements: [SarifReplacement] }
    struct SarifFix: Codable { let description: SarifMessage; let artifactChanges: [SarifArtifactChange] }
    struct SarifResult: Codable {
        let ruleId: String
        let level: String
        let message: SarifMessage
        let locations: [SarifLocation]
        let relatedLocations: [SarifLocation]?
        let fixes: [SarifFix]?
        let suppressions: [SarifSuppression]?
        /// A Word draft: the paragraph (or footnote) of the finding, and whether it is inserted text.
        let properties: SarifProperties?
    }
    struct SarifProperties: Codable { let paragraph: Int?; let footnote: String?; let inserted: Bool? }
    struct SarifSuppression: Codable { let kind: String }
    struct SarifConfiguration: Codable { let level: String }
    struct SarifRule: Codable { let id: String; let shortDescription: SarifMessage; let defaultConfiguration: SarifConfiguration }
    struct SarifDriver: Codable { let name: String; let version: String; let informationUri: String; let rules: [SarifRule] }
    struct SarifTool: Codable { let driver: SarifDriver }
    struct SarifRun: Codable { let tool: SarifTool; let columnKind: String; let results: [SarifResult] }
    struct SarifLog: Codable {
        let version: String
        let schema: String
        let runs: [SarifRun]
        enum CodingKeys: String, CodingKey { case version, schema = "$schema", runs }
    }

    static func sarifLevel(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .information, .hint: return "note"
        }
    }

    static func sarifResults(_ f: CheckedFile, language: TextLanguage, others: OtherFiles) -> [SarifResult] {
        func region(_ r: ByteRange, _ t: SourceText, _ word: WordSource? = nil) -> SarifRegion {
            let s = Span(r, t, word)
            return SarifRegion(startLine: s.start.line, startColumn: s.start.column, endLine: s.end.line, endColumn: s.end.column,
                               byteOffset: r.start, byteLength: r.count)
        }
        let artifact = SarifArtifactLocation(uri: f.path)
        return f.reported.map { d, suppressed in
            let related = d.related.compactMap { r -> SarifLocation? in
                guard let place = relatedPlace(r, in: f, others) else { return nil }
                return SarifLocation(physicalLocation: SarifPhysicalLocation(artifactLocation: SarifArtifactLocation(uri: place.path), region: region(r.range, place.text, place.word)),
                                     message: SarifMessage(text: r.message.text(language)))
            }
            let fixes = d.fix.map { fix in
                [SarifFix(description: SarifMessage(text: fix.title.text(language)),
                          artifactChanges: [SarifArtifactChange(artifactLocation: artifact, replacements: fix.edits.map {
                              SarifReplacement(deletedRegion: region($0.range, f.text, f.word), insertedContent: SarifMessage(text: $0.newText))
                          })])]
            }
            return SarifResult(
                ruleId: d.code, level: sarifLevel(d.severity), message: SarifMessage(text: d.message.text(language)),
                locations: [SarifLocation(physicalLocation: SarifPhysicalLocation(artifactLocation: artifact, region: region(d.range, f.text, f.word)), message: nil)],
                relatedLocations: related.isEmpty ? nil : related, fixes: fixes,
                suppressions: suppressed ? [SarifSuppression(kind: "inSource")] : nil,
                properties: f.word.map { word in
                    let p = Place(d.range.start, f.text, word)
                    return SarifProperties(paragraph: p.paragraph, footnote: p.footnote, inserted: word.isInserted(d.range) ? true : nil)
                })
        }
    }

    /// The SARIF log with no results: what comes before and after them.
    static func sarifFrame(language: TextLanguage) -> (head: String, tail: String) {
        let rules = RuleRegistry.all.map {
            SarifRule(id: $0.code, shortDescription: SarifMessage(text: $0.summary.text(language)), defaultConfiguration: SarifConfiguration(level: sarifLevel($0.defaultSeverity)))
        }
        let log = SarifLog(version: "2.1.0", schema: "https://json.schemastore.org/sarif-2.1.0.json",
                           runs: [SarifRun(tool: SarifTool(driver: SarifDriver(name: "itudraft", version: Version.current, informationUri: "https://github.com/itudraft/itudraft", rules: rules)),
                                           columnKind: "unicodeCodePoints", results: [])])
        return split(encode(log), at: "\"results\" : [", indent: 6)
    }
}
