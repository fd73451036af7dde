#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether `other` has the same UTF-8 bytes (not only canonically equivalent ones), compared
    /// over contiguous memory: a UTF8View is read one scalar's worth at a time.
    func hasSameBytes(as other: String) -> Bool {
        var (a, b) = (self, other)
        // A kept block's citations keep their strings: the same storage is the same bytes.
        return a.utf8.count == b.utf8.count && a.withUTF8 { x in
            b.withUTF8 { y in x.baseAddress == y.baseAddress || x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
    }
}

/// A text compared by its UTF-8 bytes: hashing a String normalises non-ASCII text first, and a
/// long draft defines thousands of abbreviations and cites thousands of titles. One file spells
/// an expansion with one encoding; titles, which must meet across encodings, are hashed as
/// Strings once counted by their bytes.
struct Spelling: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: Spelling, b: Spelling) -> Bool { a.text.hasSameBytes(as: b.text) }
}
