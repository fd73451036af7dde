// JSONWriter's pretty layout: the one Foundation's JSONEncoder gives with `.prettyPrinted`,
// which `check`'s JSON and SARIF reports have always had (JSONWriterTests compares the two).

extension JSONWriter {
    /// As `encode`, laid out as JSONEncoder's `.prettyPrinted` lays it out (two spaces a level,
    /// " : " after a key, an empty container as an empty line between its brackets), for a value
    /// that sits `depth` levels in: `check`'s JSON and SARIF reports, written file by file.
    public static func encodePretty<T: Encodable>(_ value: T, depth: Int = 0) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        writePretty(try TreeEncoder.node(for: value), depth: depth, into: &out)
        return out
    }

    static func writePretty(_ node: Node, depth: Int, into out: inout [UInt8]) {
        func newline(_ level: Int) {
            out.append(UInt8(ascii: "\n"))
            for _ in 0..<level { out += "  ".utf8 }
        }
        switch node {
        case .array(let a):
            out.append(UInt8(ascii: "["))
            if a.items.isEmpty { out.append(UInt8(ascii: "\n")) }
            for (n, item) in a.items.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                writePretty(item, depth: depth + 1, into: &out)
            }
            newline(depth)
            out.append(UInt8(ascii: "]"))
        case .object(let o):
            out.append(UInt8(ascii: "{"))
            if o.keys.isEmpty { out.append(UInt8(ascii: "\n")) }
            for (n, k) in o.keys.indices.sorted(by: { o.keys[$0] < o.keys[$1] }).enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                writeString(o.keys[k], into: &out)
                out += " : ".utf8
                writePretty(o.values[k], depth: depth + 1, into: &out)
            }
            newline(depth)
            out.append(UInt8(ascii: "}"))
        default:
            write(node, into: &out)
        }
    }
}
