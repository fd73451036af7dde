import CZlib

/// Builds .docx files for tests: the parts Word writes (content types, relationships, the
/// document, footnotes, numbering), zipped with zlib's deflate or stored. Paragraphs are given
/// as WordprocessingML, with helpers for the common shapes.
public struct DocxBuilder: Sendable {
    public var body: [String]
    public var footnotes: [String: String] = [:]
    public var numbering: String?
    /// Store the parts uncompressed instead of deflating them.
    public var stored = false

    public init(_ body: [String]) { self.body = body }

    /// Plain paragraphs, one per line of `text`.
    public init(text: String) {
        body = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0).map { Self.p(String($0)) }
    }

    public static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    public static func escape(_ s: String) -> String {
        s.replacingAll("&", "&amp;").replacingAll("<", "&lt;").replacingAll(">", "&gt;")
    }

    /// A run of text; tabs become `<w:tab/>` as Word writes them.
    public static func r(_ text: String) -> String {
        let parts = text.split(separator: "\t", omittingEmptySubsequences: false)
        return "<w:r>" + parts.enumerated().map { k, part in (k > 0 ? "<w:tab/>" : "") + (part.isEmpty ? "" : "<w:t xml:space=\"preserve\">\(escape(String(part)))</w:t>") }.joined() + "</w:r>"
    }

    public static func p(_ text: String, numId: Int? = nil, level: Int = 0) -> String {
        let pPr = numId.map { "<w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\($0)\"/></w:numPr></w:pPr>" } ?? ""
        return "<w:p>\(pPr)\(text.isEmpty ? "" : r(text))</w:p>"
    }

    public static func ins(_ text: String) -> String { "<w:ins w:id=\"1\" w:author=\"A\" w:date=\"2026-01-01T00:00:00Z\">\(r(text))</w:ins>" }

    public static func del(_ text: String) -> String {
        "<w:del w:id=\"2\" w:author=\"A\" w:date=\"2026-01-01T00:00:00Z\"><w:r><w:delText xml:space=\"preserve\">\(escape(text))</w:delText></w:r></w:del>"
    }

    /// A paragraph deleted whole: its text and its mark.
    public static func deletedParagraph(_ text: String) -> String {
        "<w:p><w:pPr><w:rPr><w:del w:id=\"3\" w:author=\"A\" w:date=\"2026-01-01T00:00:00Z\"/></w:rPr></w:pPr>\(del(text))</w:p>"
    }

    public static func footnoteReference(_ id: Int) -> String { "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"\(id)\"/></w:r>" }

    /// A numbering part with one list: level 0 as `lvlText0` in `format0`, level 1 likewise.
    public static func numbering(_ levels: [(format: String, text: String)]) -> String {
        let lvls = levels.enumerated().map { k, l in
            "<w:lvl w:ilvl=\"\(k)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(l.format)\"/><w:lvlText w:val=\"\(l.text)\"/></w:lvl>"
        }.joined()
        return "<w:numbering xmlns:w=\"\(w)\"><w:abstractNum w:abstractNumId=\"0\">\(lvls)</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
    }

    public func bytes() -> [UInt8] {
        var parts: [(String, String)] = []
        var types = "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        var rels = ""
        if !footnotes.isEmpty {
            let notes = footnotes.keys.sorted().map { id in "<w:footnote w:id=\"\(id)\"><w:p><w:r><w:footnoteRef/></w:r>\(Self.r(" " + footnotes[id]!))</w:p></w:footnote>" }.joined()
            parts.append(("word/footnotes.xml", "<w:footnotes xmlns:w=\"\(Self.w)\"><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\(notes)</w:footnotes>"))
            types += "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>"
            rels += "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>"
        }
        if let numbering {
            parts.append(("word/numbering.xml", numbering))
            types += "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
            rels += "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
        }
        let all: [(String, String)] = [
            ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>\(types)</Types>"),
            ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>"),
            ("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"\(Self.w)\"><w:body>\(body.joined())<w:sectPr/></w:body></w:document>"),
        ] + parts
        return Self.zip(all.map { ($0.0, Array($0.1.utf8)) }, deflate: !stored)
    }

    /// A ZIP file of `parts`, as the specification lays it out: local headers, central directory, end record.
    public static func zip(_ parts: [(String, [UInt8])], deflate: Bool) -> [UInt8] {
        var out: [UInt8] = [], directory: [UInt8] = []
        func le(_ v: Int, _ n: Int) -> [UInt8] { (0..<n).map { UInt8((v >> (8 * $0)) & 0xFF) } }
        for (name, data) in parts {
            let crc = data.withUnsafeBufferPointer { Int(crc32(0, $0.baseAddress, UInt32($0.count))) }
            let body = deflate ? Self.deflate(data) : data
            let method = deflate ? 8 : 0
            let common = le(20, 2) + le(0, 2) + le(method, 2) + le(0, 2) + le(0x21, 2) + le(crc, 4) + le(body.count, 4) + le(data.count, 4) + le(name.utf8.count, 2) + le(0, 2)
            directory += le(0x0201_4B50, 4) + le(20, 2) + common + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(out.count, 4) + Array(name.utf8)
            out += le(0x0403_4B50, 4) + common + Array(name.utf8) + body
        }
        let end = le(0x0605_4B50, 4) + le(0, 2) + le(0, 2) + le(parts.count, 2) + le(parts.count, 2) + le(directory.count, 4) + le(out.count, 4) + le(0, 2)
        return out + directory + end
    }

    /// Raw deflate, as ZIP stores it.
    public static func deflate(_ data: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        deflateInit2_(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        defer { deflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(data.count))) + 64)
        var input = data
        let produced = input.withUnsafeMutableBufferPointer { inp in
            out.withUnsafeMutableBufferPointer { buf in
                stream.next_in = inp.baseAddress
                stream.avail_in = UInt32(inp.count)
                stream.next_out = buf.baseAddress
                stream.avail_out = UInt32(buf.count)
                _ = CZlib.deflate(&stream, Z_FINISH)
                return buf.count - Int(stream.avail_out)
            }
        }
        return Array(out.prefix(produced))
    }
}

extension String {
    func replacingAll(_ a: String, _ b: String) -> String { split(separator: a, omittingEmptySubsequences: false).joined(separator: b) }
}
