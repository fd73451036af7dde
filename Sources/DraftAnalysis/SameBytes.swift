extension String {
    /// Whether `other` has the same UTF-8 bytes (not only canonically equivalent ones), compared
    /// over contiguous memory: a UTF8View is read one scalar's worth at a time.
    func hasSameBytes(as other: String) -> Bool {
        var (a, b) = (self, other)
        return a.utf8.count == b.utf8.count && a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
    }
}
