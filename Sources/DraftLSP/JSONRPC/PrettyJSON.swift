import DraftSyntax

/// A report type that writes itself in JSONEncoder's pretty layout: the bytes `encodePretty`
/// gives through Encoder, without building a tree (a 10 MB draft's report has thousands of
/// findings). Fields are written in sorted key order and nil ones left out, as `encodePretty`
/// does; a test compares the two.
public protocol PrettyJSONWritable {
    func writePretty(_ out: inout PrettyJSON)
}

/// Bytes being written in the pretty layout, at some depth. Inlinable so that the report
/// types' writers, in the executable, are specialised: through witness tables the 2 MB report
/// of a 10 MB draft took 28 ms.
public struct PrettyJSON {
    @usableFromInline var storage: [UInt8] = []
    @usableFromInline var depth: Int
    /// Whether the innermost open object has no field yet.
    @usableFromInline var noFieldYet = false

    public var bytes: [UInt8] { storage }

    /// For a value that sits `depth` levels inside the document.
    @inlinable public init(depth: Int) {
        self.depth = depth
        storage.reserveCapacity(4096)
    }

    @inlinable mutating func newline(_ level: Int) {
        storage.append(UInt8(ascii: "\n"))
        storage.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    /// An object whose fields `body` writes, in sorted order of their keys.
    @inlinable public mutating func object(_ body: (inout PrettyJSON) -> Void) {
        storage.append(UInt8(ascii: "{"))
        let outer = noFieldYet
        noFieldYet = true
        depth += 1
        body(&self)
        depth -= 1
        if noFieldYet { storage.append(UInt8(ascii: "\n")) }
        noFieldYet = outer
        newline(depth)
        storage.append(UInt8(ascii: "}"))
    }

    /// A field's key: a comma after the field before it, a new line, the key and " : ".
    @inlinable mutating func key(_ k: StaticString) {
        if !noFieldYet { storage.append(UInt8(ascii: ",")) }
        noFieldYet = false
        newline(depth)
        storage.append(UInt8(ascii: "\""))
        k.withUTF8Buffer { storage.append(contentsOf: $0) }
        storage.append(UInt8(ascii: "\""))
        endKey()
    }

    /// A key known only when writing (an encoded value's), escaped as a string.
    mutating func key(_ k: String) {
        if !noFieldYet { storage.append(UInt8(ascii: ",")) }
        noFieldYet = false
        newline(depth)
        JSONWriter.writeString(k, into: &storage)
        endKey()
    }

    @inlinable mutating func endKey() {
        storage.append(UInt8(ascii: " "))
        storage.append(UInt8(ascii: ":"))
        storage.append(UInt8(ascii: " "))
    }

    /// An array of `count` elements, each written by `element` one level in.
    @inlinable mutating func array(_ count: Int, _ element: (inout PrettyJSON, Int) -> Void) {
        storage.append(UInt8(ascii: "["))
        if count == 0 { storage.append(UInt8(ascii: "\n")) }
        for n in 0..<count {
            if n > 0 { storage.append(UInt8(ascii: ",")) }
            newline(depth + 1)
            depth += 1
            element(&self, n)
            depth -= 1
        }
        newline(depth)
        storage.append(UInt8(ascii: "]"))
    }

    /// A value with no layout of its own (a string, a number, true, null), as `write` gives it.
    mutating func scalar(_ write: (inout [UInt8]) -> Void) { write(&storage) }

    @inlinable public mutating func field(_ k: StaticString, _ v: String?) {
        guard let v else { return }
        key(k)
        JSONWriter.writeString(v, into: &storage)
    }

    @inlinable public mutating func field(_ k: StaticString, _ v: Int?) {
        guard let v else { return }
        key(k)
        JSONWriter.writeInt(v, into: &storage)
    }

    @inlinable public mutating func field(_ k: StaticString, _ v: Bool?) {
        guard let v else { return }
        key(k)
        storage.append(contentsOf: (v ? "true" : "false").utf8)
    }

    @inlinable public mutating func field(_ k: StaticString, _ v: (some PrettyJSONWritable)?) {
        guard let v else { return }
        key(k)
        v.writePretty(&self)
    }

    /// From this many elements on, an array's elements are written on every core, each at its
    /// depth, and joined in order (a 10 MB draft's report has thousands of findings).
    public static let parallelElementsFrom = 512

    @inlinable public mutating func field(_ k: StaticString, _ items: [some PrettyJSONWritable]) {
        key(k)
        guard items.count >= Self.parallelElementsFrom else {
            array(items.count) { out, n in items[n].writePretty(&out) }
            return
        }
        let depth = self.depth
        let written = orderedMap(items.count, parallel: true) { n in
            var out = PrettyJSON(depth: depth + 1)
            items[n].writePretty(&out)
            return out.storage
        }
        // Room for the elements, their commas and indentation, and what usually follows (a
        // report's path): growing a 2 MB report by doubling copied it and faulted its pages in.
        storage.reserveCapacity(storage.count + written.reduce(0) { $0 + $1.count + 2 * depth + 4 } + 4096)
        array(items.count) { out, n in out.storage.append(contentsOf: written[n]) }
    }
}

extension JSONWriter {
    /// `value` in the pretty layout, written by itself: the bytes `encodePretty` gives, after
    /// `prefix` (a report's comma and indentation, written in place rather than by copying).
    public static func encodePretty(writing value: some PrettyJSONWritable, depth: Int = 0, prefix: [UInt8] = []) -> [UInt8] {
        var out = PrettyJSON(depth: depth)
        out.storage.append(contentsOf: prefix)
        value.writePretty(&out)
        return out.bytes
    }
}
