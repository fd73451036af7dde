@testable import DraftLSP
import FoundationEssentials
import Testing

/// The server's own JSON writer gives byte for byte what Foundation's JSONEncoder gives with
/// sorted keys and unescaped slashes, on the protocol's types and on awkward strings.
@Suite struct JSONWriterTests {
    static func foundation<T: Encodable>(_ value: T) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try e.encode(value), as: UTF8.self)
    }

    static func ours<T: Encodable>(_ value: T) throws -> String { String(decoding: try JSONWriter.encode(value), as: UTF8.self) }

    @Test func sameBytesAsJSONEncoder() throws {
        let range = LSPRange(start: Position(line: 1, character: 2), end: Position(line: 3, character: 4))
        let related = DiagnosticRelatedInformation(location: Location(uri: "file:///a/b%20c.txt", range: range), message: "第一次引用")
        let diagnostic = LSPDiagnostic(range: range, severity: 2, code: "xref-unknown-paragraph", source: "itudraft",
                                       message: "quote \" backslash \\ tab \t newline \n bell \u{7} 上述决定“9”段", relatedInformation: [related])
        let publish = PublishDiagnosticsParams(uri: "file:///x.txt", version: nil, diagnostics: [diagnostic, diagnostic])
        #expect(try Self.ours(publish) == Self.foundation(publish))
        let value: JSONValue = .object(["a": .array([.int(-3), .bool(true), .null, .string("/slash/")]), "B": .object([:]), "c": .double(1.5)])
        #expect(try Self.ours(value) == Self.foundation(value))
        #expect(try Self.ours([UInt8(7), 8]) == "[7,8]")
    }

    /// Pretty printed as JSONEncoder's `.prettyPrinted` prints (check's reports), alone and
    /// nested: empty containers, nil fields, awkward strings, integers of every width.
    @Test func prettyAsJSONEncoder() throws {
        struct Inner: Encodable { let a: [Int]; let b: [String: Int]; let c: String?; let d: Bool }
        struct Outer: Encodable { let z: [Inner]; let y: Inner?; let empty: [Inner]; let s: String }
        let inner = Inner(a: [1, -2, 3_000_000_000], b: [:], c: "quote \" back \\ slash / tab \t nl \n cr \r bell \u{7} 全角", d: false)
        let outer = Outer(z: [inner, Inner(a: [], b: ["k": 1, "A": 2], c: nil, d: true)], y: nil, empty: [], s: "")
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        #expect(String(decoding: try JSONWriter.encodePretty(outer), as: UTF8.self) == String(decoding: try e.encode(outer), as: UTF8.self))
        // Nested two levels in: what Foundation prints for it inside an object inside an array.
        struct Holder: Encodable { let items: [Outer] }
        let whole = String(decoding: try e.encode(Holder(items: [outer])), as: UTF8.self)
        let alone = "    " + String(decoding: try JSONWriter.encodePretty(outer, depth: 2), as: UTF8.self)
        #expect(whole == "{\n  \"items\" : [\n" + alone + "\n  ]\n}")
    }

    /// The types that write themselves give the bytes Encoder gives, and Foundation's.
    @Test func directWritersMatchTheEncoder() throws {
        let range = LSPRange(start: Position(line: 0, character: 12_345_678), end: Position(line: 1_000_000_001, character: 9))
        let symbol = DocumentSymbol(name: "认为 \"引\"", detail: nil, kind: 5, range: range, selectionRange: range,
                                    children: [DocumentSymbol(name: "1", detail: "第一段", kind: 7, range: range, selectionRange: range, children: nil)])
        let lenses = [CodeLens(range: range, command: nil, data: CodeLensData(document: 7, kind: .section, offset: 42)),
                      CodeLens(range: range, command: Command(title: "cited by 1", command: "editor.action.showReferences",
                                                              arguments: [.string("u"), .object(["line": .int(1), "character": .int(-2)])]), data: nil)]
        let diagnostic = LSPDiagnostic(range: range, severity: 1, code: "c", source: "itudraft", message: "m\n", relatedInformation: nil)
        let publish = PublishDiagnosticsParams(uri: "file:///x", version: 3, diagnostics: [diagnostic])
        func same<T: Encodable>(_ v: T) throws {
            let direct = String(decoding: try JSONWriter.encode(v, direct: true), as: UTF8.self)
            #expect(direct == String(decoding: try JSONWriter.encode(v, direct: false), as: UTF8.self))
            #expect(direct == (try Self.foundation(v)))
        }
        try same([symbol])
        try same(lenses)
        try same(publish)
        try same([Location(uri: "file:///y", range: range)])
    }
}
