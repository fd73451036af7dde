@testable import itudraft
import DraftLSP
import Foundation
import Testing

/// The JSON report's types write themselves: the same bytes as through Encoder, and as
/// Foundation's JSONEncoder lays them out, with every optional field present and absent.
@Suite struct PrettyReportTests {
    static let file = """
    {"path": "a/b.md", "diagnostics": [
      {"code": "doubled-character", "severity": "warning", "message": "“的”重复了 \\"x\\"\\n",
       "range": {"start": {"line": 2, "column": 3, "offset": 10, "paragraph": 4, "footnote": "1"}, "end": {"line": 2, "column": 5, "offset": 16}},
       "related": [{"path": "c/d.md", "message": "m", "range": {"start": {"line": 1, "column": 1, "offset": 0}, "end": {"line": 1, "column": 2, "offset": 3}}},
                   {"message": "n", "range": {"start": {"line": 1, "column": 1, "offset": 0}, "end": {"line": 1, "column": 1, "offset": 0}}}],
       "fix": {"title": "删去一个“的”", "edits": [{"newText": "", "range": {"start": {"line": 2, "column": 4, "offset": 13}, "end": {"line": 2, "column": 5, "offset": 16}}}]},
       "suppressed": true, "inserted": true},
      {"code": "c", "severity": "hint", "message": "", "range": {"start": {"line": 1, "column": 1, "offset": 0}, "end": {"line": 1, "column": 1, "offset": 0}},
       "related": [], "fix": {"title": "t", "edits": []}}
    ]}
    """

    @Test func theReportTypesWriteWhatEncoderWrites() throws {
        let file = try JSONDecoder().decode(OutputFormats.JSONFile.self, from: Data(Self.file.utf8))
        #expect(file.diagnostics.count == 2 && file.diagnostics[0].range.start.footnote == "1")
        for depth in [0, 2] {
            #expect(String(decoding: OutputFormats.nested(writing: file, depth: depth), as: UTF8.self)
                    == String(decoding: OutputFormats.nested(file, depth: depth), as: UTF8.self))
        }
        let foundation = JSONEncoder()
        foundation.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        #expect(String(decoding: JSONWriter.encodePretty(writing: file), as: UTF8.self) == String(decoding: try foundation.encode(file), as: UTF8.self))
        // Enough findings to be written on every core: the same bytes, in order.
        let many = OutputFormats.JSONFile(path: "m", diagnostics: (0..<PrettyJSON.parallelElementsFrom).map { n in
            let d = file.diagnostics[n % 2]
            return OutputFormats.JSONDiagnostic(code: "c\(n)", severity: d.severity, message: d.message, range: d.range, related: d.related,
                                                fix: d.fix, suppressed: d.suppressed, inserted: d.inserted)
        })
        #expect(String(decoding: OutputFormats.nested(writing: many, depth: 2), as: UTF8.self) == String(decoding: OutputFormats.nested(many, depth: 2), as: UTF8.self))
        let empty = OutputFormats.JSONFile(path: "e", diagnostics: [])
        #expect(String(decoding: JSONWriter.encodePretty(writing: empty), as: UTF8.self) == String(decoding: try foundation.encode(empty), as: UTF8.self))
    }
}
