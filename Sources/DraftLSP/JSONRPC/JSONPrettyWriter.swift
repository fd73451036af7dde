// JSONWriter's pretty layout: the one Foundation's JSONEncoder gives with `.prettyPrinted`,
// which `check`'s JSON and SARIF reports have always had (JSONWriterTests compares the two).

extension JSONWriter {
    /// As `encode`, laid out as JSONEncoder's `.prettyPrinted` lays it out (two spaces a level,
    /// " : " after a key, an empty container as an empty line between its brackets), for a value
    /// that sits `depth` levels in: `check`'s JSON and SARIF reports, written file by file.
    public static func encodePretty<T: Encodable>(_ value: T, depth: Int = 0) throws -> [UInt8] {
        var out = PrettyJSON(depth: depth)
        writePretty(try TreeEncoder.node(for: value), into: &out)
        return out.bytes
    }

    /// An encoded value in the layout `PrettyJSON` keeps: keys sorted, nested containers indented.
    static func writePretty(_ node: Node, into out: inout PrettyJSON) {
        switch node {
        case .array(let a):
            out.array(a.items.count) { out, n in writePretty(a.items[n], into: &out) }
        case .object(let o):
            out.object { out in
                for k in o.keys.indices.sorted(by: { o.keys[$0] < o.keys[$1] }) {
                    out.key(o.keys[k])
                    writePretty(o.values[k], into: &out)
                }
            }
        default:
            out.scalar { write(node, into: &$0) }
        }
    }
}
