/// Encodes any `Encodable` to JSON bytes with sorted keys and unescaped slashes, as
/// Foundation's JSONEncoder does, at a fraction of its cost: a 10 MB draft's findings or a
/// long outline is encoded on every keystroke, and JSONEncoder dominated the server's time.
public enum JSONWriter {
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        try encode(value, direct: true)
    }

    /// `direct: false` goes through `Encoder` even for types that write themselves (tests compare the two).
    static func encode<T: Encodable>(_ value: T, direct: Bool) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        // A JSONValue (code lens, selection ranges, semantic tokens) is written directly, not through Encoder.
        if let json = value as? JSONValue {
            write(json, into: &out)
            return out
        }
        if direct, let direct = value as? any JSONWritable {
            direct.writeJSON(into: &out)
            return out
        }
        write(try TreeEncoder.node(for: value), into: &out)
        return out
    }

    static func write(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let i): writeInt(i, into: &out)
        case .double(let d): write(Node.double(d), into: &out)
        case .string(let s): writeString(s, into: &out)
        case .array(let a):
            out.append(UInt8(ascii: "["))
            for (n, item) in a.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                write(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let o):
            out.append(UInt8(ascii: "{"))
            for (n, key) in o.keys.sorted().enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                write(o[key]!, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    static func write(_ node: Node, into out: inout [UInt8]) {
        switch node {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let i): writeInt(i, into: &out)
        case .double(let d):
            if d.isFinite && d == d.rounded() && abs(d) < 1e15 { out += String(Int(d)).utf8 } else if d.isFinite { out += String(d).utf8 } else { out += "null".utf8 }
        case .string(let s): writeString(s, into: &out)
        case .array(let a):
            out.append(UInt8(ascii: "["))
            for (n, item) in a.items.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                write(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let o):
            out.append(UInt8(ascii: "{"))
            let order = o.keys.count < 2 ? Array(o.keys.indices) : o.keys.indices.sorted { o.keys[$0] < o.keys[$1] }
            for (n, k) in order.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                writeString(o.keys[k], into: &out)
                out.append(UInt8(ascii: ":"))
                write(o.values[k], into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Digits without a String in between: positions and lengths are most of what is written.
    @usableFromInline static func writeInt(_ i: Int, into out: inout [UInt8]) {
        guard i >= 0 && i < 1_000_000_000 else { out += String(i).utf8; return }
        if i < 10 { out.append(UInt8(ascii: "0") + UInt8(i)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = i, count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while n > 0 { d[count] = UInt8(ascii: "0") + UInt8(n % 10); n /= 10; count += 1 }
            for k in stride(from: count - 1, through: 0, by: -1) { out.append(d[k]) }
        }
    }

    @usableFromInline static func writeString(_ s: String, into out: inout [UInt8]) {
        var s = s
        // Over the string's contiguous bytes: its UTF8View is read one scalar's worth at a time.
        s.withUTF8 { bytes in
            out.append(UInt8(ascii: "\""))
            // Most strings need no escape: copied whole.
            if !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                out.append(contentsOf: bytes)
            } else {
                for b in bytes { escape(b, into: &out) }
            }
            out.append(UInt8(ascii: "\""))
        }
    }

    private static func escape(_ b: UInt8, into out: inout [UInt8]) {
        switch b {
        case UInt8(ascii: "\""): out += #"\""#.utf8
        case UInt8(ascii: "\\"): out += #"\\"#.utf8
        case 0x0A: out += #"\n"#.utf8
        case 0x0D: out += #"\r"#.utf8
        case 0x09: out += #"\t"#.utf8
        case 0..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            out += #"\u00"#.utf8
            out.append(hex[Int(b >> 4)])
            out.append(hex[Int(b & 0xF)])
        default: out.append(b)
        }
    }

    /// A value being built; containers are classes so that nested containers fill them in place.
    enum Node {
        case null
        case bool(Bool)
        case int(Int)
        case double(Double)
        case string(String)
        case array(ArrayNode)
        case object(ObjectNode)
    }

    final class ArrayNode { var items: [Node] = [] }
    /// Fields in the order they were encoded (a key encoded twice keeps its last value); written sorted.
    final class ObjectNode {
        var keys: [String] = []
        var values: [Node] = []
        func set(_ key: String, _ value: Node) {
            if let i = keys.firstIndex(of: key) { values[i] = value } else { keys.append(key); values.append(value) }
        }
    }
}

/// The `Encoder` that builds `JSONWriter.Node`s. Coding paths are not extended as containers
/// nest (an array per value was most of the cost): no type encoded here reads them.
final class TreeEncoder: Encoder {
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var root: JSONWriter.Node?

    init(codingPath: [any CodingKey]) { self.codingPath = codingPath }

    static func node<T: Encodable>(for value: T, codingPath: [any CodingKey] = []) throws -> JSONWriter.Node {
        switch value {
        case let json as JSONValue: return node(json)
        case let s as String: return .string(s)
        case let i as Int: return .int(i)
        case let b as Bool: return .bool(b)
        case let d as Double: return .double(d)
        // Other widths end here too: their encode(to:) asks a single-value container to encode themselves.
        case let i as any BinaryInteger: return .int(Int(i))
        case let f as any BinaryFloatingPoint: return .double(Double(f))
        default:
            let encoder = TreeEncoder(codingPath: codingPath)
            try value.encode(to: encoder)
            return encoder.root ?? .object(JSONWriter.ObjectNode())
        }
    }

    /// A JSONValue inside an Encodable (command arguments): its nodes directly.
    static func node(_ json: JSONValue) -> JSONWriter.Node {
        switch json {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .array(let a):
            let n = JSONWriter.ArrayNode()
            n.items = a.map(node)
            return .array(n)
        case .object(let o):
            let n = JSONWriter.ObjectNode()
            for (k, v) in o { n.set(k, node(v)) }
            return .object(n)
        }
    }

    func object() -> JSONWriter.ObjectNode {
        if case .object(let o) = root { return o }
        let o = JSONWriter.ObjectNode()
        root = .object(o)
        return o
    }

    func array() -> JSONWriter.ArrayNode {
        if case .array(let a) = root { return a }
        let a = JSONWriter.ArrayNode()
        root = .array(a)
        return a
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedContainer<Key>(object: object(), codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { UnkeyedContainer(array: array(), codingPath: codingPath) }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: JSONWriter.ObjectNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { object.set(key.stringValue, .null) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        object.set(key.stringValue, try TreeEncoder.node(for: value, codingPath: codingPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONWriter.ObjectNode()
        object.set(key.stringValue, .object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: nested, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONWriter.ArrayNode()
        object.set(key.stringValue, .array(nested))
        return UnkeyedContainer(array: nested, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let nested = JSONWriter.ObjectNode()
        object.set(key.stringValue, .object(nested))
        let encoder = TreeEncoder(codingPath: codingPath)
        encoder.root = .object(nested)
        return encoder
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let array: JSONWriter.ArrayNode
    let codingPath: [any CodingKey]
    var count: Int { array.items.count }

    mutating func encodeNil() throws { array.items.append(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { array.items.append(try TreeEncoder.node(for: value, codingPath: codingPath)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONWriter.ObjectNode()
        array.items.append(.object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: nested, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONWriter.ArrayNode()
        array.items.append(.array(nested))
        return UnkeyedContainer(array: nested, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = TreeEncoder(codingPath: codingPath)
        let nested = JSONWriter.ObjectNode()
        array.items.append(.object(nested))
        encoder.root = .object(nested)
        return encoder
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.root = .null }
    mutating func encode<T: Encodable>(_ value: T) throws { encoder.root = try TreeEncoder.node(for: value, codingPath: codingPath) }
}
