import DraftAnalysis
import DraftSyntax

/// The one place where byte ranges become LSP positions, in the negotiated encoding.
struct Converter {
    let text: SourceText
    let encoding: PositionEncoding
    /// Whether the client takes relatedInformation; without it the related places are told in the message.
    var relatedInformation = true

    func position(_ offset: Int) -> Position {
        let p = text.lines.position(of: offset, in: encoding)
        return Position(line: p.line, character: p.column)
    }

    func range(_ r: ByteRange) -> LSPRange { LSPRange(start: position(r.start), end: position(r.end)) }

    /// A client position as a byte offset; out-of-range positions are clamped, never fatal.
    func offset(_ p: Position) -> Int {
        text.lines.offset(of: LinePosition(line: p.line, column: p.character), in: encoding)
    }

    /// `textOf` gives the text of another file a related location lies in.
    /// A client's `{line, character}` as a byte offset (missing parts read as 0).
    func offset(_ json: JSONValue) -> Int {
        offset(Position(line: json["line"].int ?? 0, character: json["character"].int ?? 0))
    }

    /// A client's `{start, end}` as a byte range; an end before the start is taken as the start.
    func byteRange(_ json: JSONValue) -> ByteRange {
        let start = offset(json["start"])
        return ByteRange(start, max(start, offset(json["end"])))
    }

    func byteRange(_ r: LSPRange) -> ByteRange {
        let start = offset(r.start)
        return ByteRange(start, max(start, offset(r.end)))
    }

    func diagnostic(_ d: Diagnostic, uri: String, language: TextLanguage, textOf: (String) -> SourceText? = { _ in nil }) -> LSPDiagnostic {
        let severity: Int
        switch d.severity {
        case .error: severity = 1
        case .warning: severity = 2
        case .information: severity = 3
        case .hint: severity = 4
        }
        let related = d.related.compactMap { r -> DiagnosticRelatedInformation? in
            guard let file = r.file else {
                return DiagnosticRelatedInformation(location: Location(uri: uri, range: range(r.range)), message: r.message.text(language))
            }
            guard let other = textOf(file) else { return nil }
            return DiagnosticRelatedInformation(location: Location(uri: file, range: Converter(text: other, encoding: encoding).range(r.range)),
                                                message: r.message.text(language))
        }
        var message = d.message.text(language)
        if !relatedInformation && !related.isEmpty {
            let zh = language == .zh
            let places = related.map { r in
                let line = r.location.range.start.line + 1
                let file = r.location.uri == uri ? "" : (URIPath.path(r.location.uri).map { String($0.split(separator: "/").last ?? "") } ?? r.location.uri) + (zh ? " " : ", ")
                return zh ? "\(r.message)：\(file)第 \(line) 行" : "\(r.message): \(file)line \(line)"
            }
            message += zh ? "（\(places.joined(separator: "；"))）" : " (\(places.joined(separator: "; ")))"
        }
        return LSPDiagnostic(range: range(d.range), severity: severity, code: d.code, source: ToolInfo.name,
                             message: message, relatedInformation: relatedInformation && !related.isEmpty ? related : nil)
    }

    func edit(_ e: TextEdit) -> LSPTextEdit { LSPTextEdit(range: range(e.range), newText: e.newText) }
}
