/// A protocol type that writes its own JSON, keys in sorted order, nil fields left out: the
/// bytes `JSONWriter` gives through `Encoder`, without building a tree. The outline and the
/// code lenses of a 10 MB draft are megabytes of these (JSONWriterTests compares both ways).
protocol JSONWritable {
    func writeJSON(into out: inout [UInt8])
}

/// Writes one object's fields, in the order given (which must be sorted).
struct JSONObjectWriter {
    private var first = true

    init(_ out: inout [UInt8]) { out.append(UInt8(ascii: "{")) }

    private mutating func key(_ k: StaticString, _ out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        out.append(UInt8(ascii: "\""))
        k.withUTF8Buffer { out.append(contentsOf: $0) }
        out += "\":".utf8
    }

    mutating func field(_ k: StaticString, _ v: some JSONWritable, _ out: inout [UInt8]) { key(k, &out); v.writeJSON(into: &out) }
    mutating func field(_ k: StaticString, _ v: (some JSONWritable)?, _ out: inout [UInt8]) { if let v { field(k, v, &out) } }
    mutating func field(_ k: StaticString, _ v: Int, _ out: inout [UInt8]) { key(k, &out); JSONWriter.writeInt(v, into: &out) }
    mutating func field(_ k: StaticString, _ v: Int?, _ out: inout [UInt8]) { if let v { field(k, v, &out) } }
    mutating func field(_ k: StaticString, _ v: String, _ out: inout [UInt8]) { key(k, &out); JSONWriter.writeString(v, into: &out) }
    mutating func field(_ k: StaticString, _ v: String?, _ out: inout [UInt8]) { if let v { field(k, v, &out) } }
    mutating func field(_ k: StaticString, _ v: JSONValue, _ out: inout [UInt8]) { key(k, &out); JSONWriter.write(v, into: &out) }

    func end(_ out: inout [UInt8]) { out.append(UInt8(ascii: "}")) }
}

extension Array: JSONWritable where Element: JSONWritable {
    func writeJSON(into out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (n, e) in enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            e.writeJSON(into: &out)
        }
        out.append(UInt8(ascii: "]"))
    }
}

extension JSONValue: JSONWritable {
    func writeJSON(into out: inout [UInt8]) { JSONWriter.write(self, into: &out) }
}

extension Position: JSONWritable {
    func writeJSON(into out: inout [UInt8]) {
        var o = JSONObjectWriter(&out)
        o.field("character", character, &out)
        o.field("line", line, &out)
        o.end(&out)
    }
}

extension LSPRange: JSONWritable {
    func writeJSON(into out: inout [UInt8]) {
        var o = JSONObjectWriter(&out)
        o.field("end", end, &out)
        o.field("start", start, &out)
        o.end(&out)
    }
}

extension Location: JSONWritable {
    func writeJSON(into out: inout [UInt8]) {
        var o = JSONObjectWriter(&out)
        o.field("range", range, &out)
        o.field("uri", uri, &out)
        o.end(&out)
    }
}

extension DocumentSymbol: JSONWritable {
    func writeJSON(into out: inout [UInt8]) {
        var o = JSONObjectWriter(&out)
        o.field("children", children, &out)
        o.field("detail", detail, &out)
        o.field("kind", kind, &out)
        o.field("name", name, &out)
        o.field("range", range, &out)
        o.field("selectionRange", selectionRange, &out)
        o.end(&out)
    }
}

extension DiagnosticRelatedInformation: JSONWritable {
    func writeJSON(into out: inout [UInt8]) {
        var o = JSONObjectWriter(&out)
        o.field("location", location, &out)
        o.field("message", message, &out)
        o.end(&out)
    }
}

extension LSPDiagnostic: JSONWritable {
    func writeJSON(into out: inout [UInt8]) {
        var o = JSONObjectWriter(&out)
        o.field("code", code, &out)
        o.field("message", message, &out)
        o.field("range", range, &out)
        o.field("relatedInformation", relatedInformation, &out)
        o.field("severity", severity, &out)
        o.field("source", source, &out)
        o.end(&out)
    }
}

extension PublishDiagnosticsParams: JSONWritable {
    func writeJSON(into out: inout [UInt8]) {
        var o = JSONObjectWriter(&out)
        o.field("diagnostics", diagnostics, &out)
        o.field("uri", uri, &out)
        o.field("version", version, &out)
        o.end(&out)
    }
}

extension Command: JSONWritable {
    func writeJSON(into out: inout [UInt8]) {
        var o = JSONObjectWriter(&out)
        o.field("arguments", arguments, &out)
        o.field("command", command, &out)
        o.field("title", title, &out)
        o.end(&out)
    }
}

extension CodeLensData: JSONWritable {
    func writeJSON(into out: inout [UInt8]) {
        for (k, n) in [document, kind.rawValue, offset].enumerated() {
            out.append(UInt8(ascii: k == 0 ? "[" : ","))
            JSONWriter.writeInt(n, into: &out)
        }
        out.append(UInt8(ascii: "]"))
    }
}

extension CodeLens: JSONWritable {
    func writeJSON(into out: inout [UInt8]) {
        var o = JSONObjectWriter(&out)
        o.field("command", command, &out)
        o.field("data", data, &out)
        o.field("range", range, &out)
        o.end(&out)
    }
}
