/// A report type that writes itself in JSONEncoder's pretty layout: the bytes `encodePretty`
/// gives through Encoder, without building a tree (a 10 MB draft's report has thousands of
/// findings). Fields are written in sorted key order and nil ones left out, as `encodePretty`
/// does; a test compares the two.
public protocol PrettyJSONWritable {
    func writePretty(_ out: inout PrettyJSON)
}

/// Bytes being written in the pretty layout, at some depth.
public struct PrettyJSON {
    public private(set) var bytes: [UInt8] = []
    private var depth: Int
    /// For each open object, whether it has no field yet.
    private var empty: [Bool] = []

    /// For a value that sits `depth` levels inside the document.
    public init(depth: Int) {
        self.depth = depth
        bytes.reserveCapacity(4096)
    }

    private mutating func newline(_ level: Int) {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<level { bytes += "  ".utf8 }
    }

    /// An object whose fields `body` writes, in sorted order of their keys.
    public mutating func object(_ body: (inout PrettyJSON) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        empty.append(true)
        depth += 1
        body(&self)
        depth -= 1
        if empty.removeLast() { bytes.append(UInt8(ascii: "\n")) }
        newline(depth)
        bytes.append(UInt8(ascii: "}"))
    }

    /// A field's key: a comma after the field before it, a new line, the key and " : ".
    private mutating func key(_ write: (inout [UInt8]) -> Void) {
        if !empty[empty.count - 1] { bytes.append(UInt8(ascii: ",")) }
        empty[empty.count - 1] = false
        newline(depth)
        write(&bytes)
        bytes += " : ".utf8
    }

    private mutating func key(_ k: StaticString) {
        key { out in
            out.append(UInt8(ascii: "\""))
            k.withUTF8Buffer { out.append(contentsOf: $0) }
            out.append(UInt8(ascii: "\""))
        }
    }

    /// A key known only when writing (an encoded value's), escaped as a string.
    mutating func key(_ k: String) { key { JSONWriter.writeString(k, into: &$0) } }

    /// An array of `count` elements, each written by `element` one level in.
    mutating func array(_ count: Int, _ element: (inout PrettyJSON, Int) -> Void) {
        bytes.append(UInt8(ascii: "["))
        if count == 0 { bytes.append(UInt8(ascii: "\n")) }
        for n in 0..<count {
            if n > 0 { bytes.append(UInt8(ascii: ",")) }
            newline(depth + 1)
            depth += 1
            element(&self, n)
            depth -= 1
        }
        newline(depth)
        bytes.append(UInt8(ascii: "]"))
    }

    /// A value with no layout of its own (a string, a number, true, null), as `write` gives it.
    mutating func scalar(_ write: (inout [UInt8]) -> Void) { write(&bytes) }

    public mutating func field(_ k: StaticString, _ v: String?) {
        guard let v else { return }
        key(k)
        JSONWriter.writeString(v, into: &bytes)
    }

    public mutating func field(_ k: StaticString, _ v: Int?) {
        guard let v else { return }
        key(k)
        JSONWriter.writeInt(v, into: &bytes)
    }

    public mutating func field(_ k: StaticString, _ v: Bool?) {
        guard let v else { return }
        key(k)
        bytes += (v ? "true" : "false").utf8
    }

    public mutating func field(_ k: StaticString, _ v: (some PrettyJSONWritable)?) {
        guard let v else { return }
        key(k)
        v.writePretty(&self)
    }

    public mutating func field(_ k: StaticString, _ items: [some PrettyJSONWritable]) {
        key(k)
        array(items.count) { out, n in items[n].writePretty(&out) }
    }
}

extension JSONWriter {
    /// `value` in the pretty layout, written by itself: the bytes `encodePretty` gives.
    public static func encodePretty(writing value: some PrettyJSONWritable, depth: Int = 0) -> [UInt8] {
        var out = PrettyJSON(depth: depth)
        value.writePretty(&out)
        return out.bytes
    }
}
