/// A pull reader for the XML of Office parts: elements with their attributes (in any order),
/// text with the five entities and character references decoded, CDATA, and namespaces resolved
/// by their declared prefixes, so that `w:p` is matched by namespace whatever the prefix.
/// Comments and processing instructions are skipped; a DTD is refused (entity expansion is how
/// XML bombs work, and Office parts have none). Malformed input is an error naming the offset.
struct XMLReader {
    struct Name: Equatable {
        let namespace: String
        let local: String
    }

    enum Event {
        case start(Name, attributes: [Name: String], selfClosing: Bool)
        case end(Name)
        case text(String)
    }

    struct Failure: Error, CustomStringConvertible {
        let offset: Int
        let reason: String
        var description: String { "\(reason) at byte \(offset)" }
    }

    private let bytes: [UInt8]
    private var i = 0
    /// Prefix bindings, innermost last, one entry per open element ("" is the default namespace).
    private var scopes: [[String: String]] = [["xml": "http://www.w3.org/XML/1998/namespace"]]
    private var open: [Name] = []
    private var pendingEnd: Name?
    /// Namespaces read as another: ISO strict WordprocessingML as the transitional one Word writes.
    private let aliases: [String: String]

    init(_ bytes: [UInt8], aliases: [String: String] = [:]) {
        self.bytes = bytes
        self.aliases = aliases
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    }

    /// The next event; nil at the end of a well-formed document.
    mutating func next() throws(Failure) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name)
        }
        while i < bytes.count {
            if bytes[i] != UInt8(ascii: "<") { return .text(try readText()) }
            if starts("<!--") { try skip(past: "-->"); continue }
            if starts("<?") { try skip(past: "?>"); continue }
            if starts("<![CDATA[") {
                let from = i + 9
                try skip(past: "]]>")
                return .text(String(decoding: bytes[from..<(i - 3)], as: UTF8.self))
            }
            if starts("<!") { throw Failure(offset: i, reason: "a DTD or declaration, which Office parts never have") }
            if starts("</") { return .end(try readEndTag()) }
            return try readStartTag()
        }
        if let unclosed = open.last { throw Failure(offset: i, reason: "the element \(unclosed.local) is never closed") }
        return nil
    }

    private func starts(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        return s.withUTF8Buffer { buf in (0..<n).allSatisfy { bytes[i + $0] == buf[$0] } }
    }

    private mutating func skip(past s: StaticString) throws(Failure) {
        let from = i
        while i < bytes.count && !starts(s) { i += 1 }
        guard i < bytes.count else { throw Failure(offset: from, reason: "unterminated markup") }
        i += s.utf8CodeUnitCount
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    private static func isNameByte(_ b: UInt8) -> Bool { !isSpace(b) && b != UInt8(ascii: ">") && b != UInt8(ascii: "/") && b != UInt8(ascii: "=") && b != UInt8(ascii: "<") }

    private mutating func skipSpace() { while i < bytes.count && Self.isSpace(bytes[i]) { i += 1 } }

    private mutating func readName() throws(Failure) -> String {
        let from = i
        while i < bytes.count && Self.isNameByte(bytes[i]) { i += 1 }
        guard i > from else { throw Failure(offset: from, reason: "a name was expected") }
        return String(decoding: bytes[from..<i], as: UTF8.self)
    }

    private func resolve(_ qualified: String, attribute: Bool = false) throws(Failure) -> Name {
        if let colon = qualified.utf8.firstIndex(of: UInt8(ascii: ":")) {
            let prefix = String(qualified[..<colon])
            guard let ns = scopes.reversed().lazy.compactMap({ $0[prefix] }).first else {
                throw Failure(offset: i, reason: "the prefix \(prefix) is not declared")
            }
            return Name(namespace: aliases[ns] ?? ns, local: String(qualified[qualified.index(after: colon)...]))
        }
        // Unprefixed attributes are in no namespace; unprefixed elements in the default one.
        let ns = attribute ? "" : scopes.reversed().lazy.compactMap { $0[""] }.first ?? ""
        return Name(namespace: aliases[ns] ?? ns, local: qualified)
    }

    private mutating func readStartTag() throws(Failure) -> Event {
        let tagStart = i
        i += 1
        let qualified = try readName()
        var raw: [(String, String)] = []
        var scope: [String: String] = [:]
        var selfClosing = false
        while true {
            skipSpace()
            guard i < bytes.count else { throw Failure(offset: tagStart, reason: "unterminated tag <\(qualified)") }
            if bytes[i] == UInt8(ascii: ">") { i += 1; break }
            if starts("/>") { i += 2; selfClosing = true; break }
            let attr = try readName()
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else { throw Failure(offset: i, reason: "= expected after the attribute \(attr)") }
            i += 1
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else { throw Failure(offset: i, reason: "a quoted value expected for \(attr)") }
            let quote = bytes[i]
            i += 1
            let from = i
            while i < bytes.count && bytes[i] != quote { i += 1 }
            guard i < bytes.count else { throw Failure(offset: from, reason: "unterminated attribute value") }
            let value = try Self.decode(bytes[from..<i], at: from)
            i += 1
            if attr == "xmlns" { scope[""] = value } else if attr.hasPrefix("xmlns:") { scope[String(attr.dropFirst(6))] = value } else { raw.append((attr, value)) }
        }
        scopes.append(scope)
        let name = try resolve(qualified)
        var attributes: [Name: String] = [:]
        for (k, v) in raw { attributes[try resolve(k, attribute: true)] = v }
        if selfClosing {
            scopes.removeLast()
            pendingEnd = name
        } else {
            open.append(name)
        }
        return .start(name, attributes: attributes, selfClosing: selfClosing)
    }

    private mutating func readEndTag() throws(Failure) -> Name {
        let from = i
        i += 2
        let name = try resolve(try readName())
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ">") else { throw Failure(offset: from, reason: "unterminated end tag") }
        i += 1
        guard open.last == name else { throw Failure(offset: from, reason: "the end tag \(name.local) does not close \(open.last?.local ?? "any element")") }
        open.removeLast()
        scopes.removeLast()
        return name
    }

    private mutating func readText() throws(Failure) -> String {
        let from = i
        while i < bytes.count && bytes[i] != UInt8(ascii: "<") { i += 1 }
        return try Self.decode(bytes[from..<i], at: from)
    }

    /// `&lt; &gt; &amp; &quot; &apos; &#N; &#xH;` decoded; any other entity is an error.
    static func decode(_ s: ArraySlice<UInt8>, at offset: Int) throws(Failure) -> String {
        guard s.contains(UInt8(ascii: "&")) else { return String(decoding: s, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var k = s.startIndex
        while k < s.endIndex {
            guard s[k] == UInt8(ascii: "&") else { out.append(s[k]); k += 1; continue }
            guard let semi = s[k...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { throw Failure(offset: offset + k - s.startIndex, reason: "a bare & (not an entity)") }
            let entity = String(decoding: s[(k + 1)..<semi], as: UTF8.self)
            let scalar: Unicode.Scalar?
            switch entity {
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "amp": scalar = "&"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") { scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
                else if entity.hasPrefix("#") { scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init) }
                else { scalar = nil }
            }
            guard let scalar else { throw Failure(offset: offset + k - s.startIndex, reason: "the entity &\(entity); is not XML's") }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
            k = semi + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension XMLReader.Name: Hashable {}
