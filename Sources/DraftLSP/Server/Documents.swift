import DraftAnalysis
import DraftSyntax
import FoundationEssentials

/// An immutable view of one version of a document: its text, tree and (on demand) findings.
public final class Snapshot {
    public let uri: String
    public let text: SourceText
    public let document: Document
    public private(set) lazy var diagnostics: [Diagnostic] = Analyzer.analyze(document)
    public private(set) lazy var references: [ResolvedReference] = ReferenceResolver.resolve(document)

    init(uri: String, bytes: [UInt8]) {
        self.uri = uri
        self.text = SourceText(bytes: bytes)
        self.document = Document(text)
    }
}

/// A document the client opened; its snapshot is rebuilt lazily after each change.
final class OpenDocument {
    let uri: String
    var version: Int?
    private(set) var bytes: [UInt8]
    private var cached: Snapshot?

    init(uri: String, version: Int?, text: String) {
        self.uri = uri
        self.version = version
        self.bytes = Array(text.utf8)
    }

    var snapshot: Snapshot {
        if let s = cached { return s }
        let s = Snapshot(uri: uri, bytes: bytes)
        cached = s
        return s
    }

    func replaceAll(_ text: String) {
        bytes = Array(text.utf8)
        cached = nil
    }

    /// Applies one incremental change; the range is clamped into the text.
    func apply(range: ByteRange, text: String) {
        let s = min(max(0, range.start), bytes.count)
        let e = min(max(s, range.end), bytes.count)
        bytes.replaceSubrange(s..<e, with: Array(text.utf8))
        cached = nil
    }
}

enum URIPath {
    /// file:///a%20b/c.txt → /a b/c.txt; nil for other schemes.
    static func path(_ uri: String) -> String? {
        guard uri.hasPrefix("file://") else { return nil }
        var rest = Substring(uri.dropFirst(7))
        if let host = rest.firstIndex(of: "/"), host != rest.startIndex { rest = rest[host...] }
        var out: [UInt8] = []
        var bytes = Array(rest.utf8)[...]
        while let b = bytes.first {
            bytes = bytes.dropFirst()
            if b == UInt8(ascii: "%"), bytes.count >= 2, let v = UInt8(String(decoding: bytes.prefix(2), as: UTF8.self), radix: 16) {
                out.append(v)
                bytes = bytes.dropFirst(2)
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func uri(_ path: String) -> String {
        var out = "file://"
        for b in path.utf8 {
            let c = Character(Unicode.Scalar(b))
            if c.isASCII && (c.isLetter || c.isNumber || "/-._~".contains(c)) { out.append(c) }
            else { out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2) }
        }
        return out
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}
